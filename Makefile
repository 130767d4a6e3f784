# The two entry points of the README: `make run` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test browser lint typecheck unit fuzz devset peer bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEVSTAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/factcheck scan fixtures/solar-plant-deal-2025 --fail-on never

test: $(DEVSTAMP) browser lint typecheck unit

# The HTML report's browser test drives Debian's chromium through chromedriver. Installed once,
# only when missing and apt can be used; if that fails the test skips and says why.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing chromium and chromium-driver for the browser test"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver \
	      >/dev/null) \
	      || echo "could not install chromium: the browser test will be skipped"; \
	  else echo "no chromium and no apt as root: the browser test will be skipped"; fi; \
	fi

lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(DEVSTAMP)
	$(BIN)/mypy

unit: $(DEVSTAMP)
	$(BIN)/pytest -n 2

# Property tests with thousands of examples each, and the linear-time checks.
fuzz: $(DEVSTAMP)
	HYPOTHESIS_PROFILE=fuzz FUZZ_PIPELINE_EXAMPLES=300 $(BIN)/pytest -n 2 -p no:cacheprovider \
		tests/test_properties.py tests/test_linear_time.py tests/test_hostile_files.py

peer: $(STAMP)
	$(BIN)/python bench/peer_eval.py

devset: $(STAMP)
	FACTCHECK_CMD=$(BIN)/factcheck $(BIN)/python ../shared/devset/score.py -v

bench: $(STAMP)
	$(BIN)/python bench/benchmark.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
