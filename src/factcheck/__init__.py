"""factcheck: find where news sources about one event contradict each other.

The library's entry point is `factcheck.pipeline.run`; the CLI is a thin layer over it.
"""

__version__ = "0.1.0"
