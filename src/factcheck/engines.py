"""Where the pure steps of a scan run: in this process, in a local process pool, or on Dask.

A scan is three maps and two small joins (see `pipeline.run`): read each file, extract each
document (a pure function of the document, its language and its anchor date), and match each
story (a pure function of its claims). An engine only maps a picklable, module-level function
over a list and returns the results in order, so every engine gives the same report byte for
byte.

- `LocalEngine(1)` runs everything in this process.
- `LocalEngine(n)` uses a pool of n worker processes, only when a map has enough items to pay
  for it (`MIN_POOL_ITEMS`); small scans never start a process.
- `DaskEngine(address)` submits the same functions as Dask tasks to the scheduler at
  `address`, or to a `LocalCluster` it starts (and stops) when no address is given. Dask is an
  optional extra: `pip install 'factcheck[dask]'`.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from types import TracebackType
from typing import Any, Protocol, TypeVar

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

MIN_POOL_ITEMS = 250
"""Below this many items a map runs in-process: a pool costs its start and, for extraction,
the parent's warm-up of every lexicon (1.1 s on 2 cores). Measured on 2 cores: 100 articles
took 1.8 s in-process and 2.6 s with two workers; 1,000 took 8.1 s and 6.5 s."""
CHUNKS_PER_WORKER = 4
"""Items are sent in batches: a few per worker, so that uneven batches still balance."""
MAX_CHUNK = 64


class EngineError(Exception):
    """The engine cannot run (Dask missing, scheduler unreachable); the message says why."""


class Engine(Protocol):
    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """`[fn(item) for item in items]`, wherever it runs."""
        ...

    def close(self) -> None: ...


def _chunk_size(items: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, -(-items // (workers * CHUNKS_PER_WORKER))))


def _run_batch(job: tuple[Callable[[T], R], Sequence[T]]) -> list[R]:
    fn, batch = job
    return [fn(item) for item in batch]


_shared: Any = None
"""What `LocalEngine.map_shared` lends the workers it forks."""


def _run_shared_batch(job: tuple[Callable[[Any, T], R], Sequence[T]]) -> list[R]:
    fn, batch = job
    return [fn(_shared, item) for item in batch]


def _batches(fn: Callable[..., R], items: Sequence[T], size: int) -> list[tuple[Any, Any]]:
    return [(fn, items[i : i + size]) for i in range(0, len(items), size)]


class LocalEngine:
    """In-process, or a pool of `jobs` processes (None: one per core)."""

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
        self._pool: Executor | None = None

    def pooled(self, items: int) -> bool:
        """Will a map over this many items use the process pool?"""
        return self.jobs > 1 and items >= MIN_POOL_ITEMS

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        if not self.pooled(len(items)):
            return [fn(item) for item in items]
        pool = self._executor()
        size = _chunk_size(len(items), self.jobs)
        return [r for batch in pool.map(_run_batch, _batches(fn, items, size)) for r in batch]

    def map_shared(
        self, fn: Callable[[S, T], R], shared: S, items: Sequence[T], work: int | None = None
    ) -> list[R]:
        """`[fn(shared, item) for item in items]`. In a pool it is a pool forked for this map
        alone, whose workers find `shared` in the memory they inherit: the claims of a large
        scan cost more to pickle to the workers and back than matching them does. Without
        fork (Windows, macOS), in this process. `work` is how many units of work the items
        hold together (claims to match, for stories), when that, not their number, is what
        pays for the pool."""
        pooled = self.pooled(len(items) if work is None else work) and len(items) > 1
        if not pooled or not sys.platform.startswith("linux"):
            return [fn(shared, item) for item in items]
        global _shared
        _shared = shared
        try:
            with ProcessPoolExecutor(self.jobs, multiprocessing.get_context("fork")) as pool:
                size = _chunk_size(len(items), self.jobs)
                batches = _batches(fn, items, size)
                return [r for batch in pool.map(_run_shared_batch, batches) for r in batch]
        finally:
            _shared = None

    def _executor(self) -> Executor:
        if self._pool is None:
            # fork shares the loaded modules and lexicons with the workers at no cost; where
            # it does not exist (Windows, macOS default), spawn re-imports them once per worker.
            method = "fork" if sys.platform.startswith("linux") else None
            self._pool = ProcessPoolExecutor(self.jobs, multiprocessing.get_context(method))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskEngine:
    """Dask tasks on the scheduler at `address`, or on a LocalCluster of `jobs` workers."""

    def __init__(self, address: str | None = None, jobs: int | None = None) -> None:
        try:
            distributed: Any = importlib.import_module("distributed")
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EngineError(
                "the dask engine needs the dask extra: pip install 'factcheck[dask]'"
            ) from exc
        Client, LocalCluster = distributed.Client, distributed.LocalCluster
        self._cluster: Any = None
        try:
            if address is None:
                workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
                self._client: Any = Client(self._cluster)
            else:
                self._client = Client(address, timeout=30)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(f"cannot reach the Dask scheduler {address}: {exc}") from exc
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        if not items:
            return []
        size = _chunk_size(len(items), self.workers)
        futures = self._client.map(_run_batch, _batches(fn, items, size), pure=False)
        return [r for batch in self._client.gather(futures) for r in batch]

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


class opened:
    """`with opened(engine) as e:` closes the engine (its pool or cluster) on the way out."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __enter__(self) -> Engine:
        return self.engine

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.engine.close()


def make_engine(name: str, jobs: int | None = None, scheduler: str | None = None) -> Engine:
    """`local` or `dask`; raises EngineError for anything else or an engine that cannot run."""
    if jobs is not None and jobs < 1:
        raise EngineError(f"jobs must be at least 1, not {jobs}")
    if name == "local":
        if scheduler is not None:
            raise EngineError("a scheduler address needs the dask engine")
        return LocalEngine(jobs)
    if name == "dask":
        return DaskEngine(scheduler, jobs)
    raise EngineError(f"unknown engine {name!r}; known: local, dask")
