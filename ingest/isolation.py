"""Run one function per input file in worker processes, each with a deadline and a memory cap.

Why: documents are untrusted. A hostile file can make a reader run for minutes or allocate
gigabytes, and a worker can die (the kernel's OOM killer, a crash in a C extension, a stray
SIGKILL). With a plain process pool any of these loses or blocks the whole batch. Here every
file runs in a pebble worker with a wall-clock deadline and an address-space limit; a file that
overruns, or whose worker dies, becomes one failure naming the file, the worker is replaced, and
the rest of the batch goes on. ``--jobs 1`` runs in one such worker too, so it has the same
deadline (a deadline inside the writing process could not stop C code, nor cap its memory).
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

# Imported with this module, not when the first pool starts: a caller may drop privileges in
# between (tests run ingest as user nobody) and can then no longer read the package files.
import multiprocessing.popen_fork  # noqa: F401  (the fork start method's own module)
from pebble import ProcessExpired, ProcessPool

__all__ = ["Budget", "DEFAULT_BUDGET", "isolated_map", "memory_cap_mib", "release_memory"]

Item = TypeVar("Item")
Result = TypeVar("Result")

# Results waiting in order per worker: enough to keep every worker busy while one slow file is
# read, small enough that the waiting results stay a few MB.
_WINDOW_PER_WORKER = 16


@dataclass(frozen=True)
class Budget:
    """What reading one document may cost: wall-clock seconds and MiB of memory (None: no cap)."""

    seconds: float = 60.0
    memory_mib: int | None = 2048


DEFAULT_BUDGET = Budget()

_memory_cap_mib: int | None = None  # the cap applied in this worker, for error messages

# The youngest-generation threshold of the collector in a worker (CPython's default is 700). Reading
# one policy allocates ~10^5 short-lived containers (matches, segments, statements), almost none in
# cycles: at 700 the collector ran every few hundred allocations and cost ~3-4 % of the worker's CPU
# (gc.get_stats, 200 synthetic policies); at 10,000 it runs 14x less often. The garbage a cycle can
# hold meanwhile is a few MB at most, far below the memory cap; outputs do not depend on it.
WORKER_GC_THRESHOLD = 10_000


def memory_cap_mib() -> int | None:
    """The memory cap of the current worker process in MiB, or None outside a capped worker."""
    return _memory_cap_mib


def release_memory() -> None:
    """After a file ran into the memory cap: collect garbage and hand freed heap back to the system,
    so the worker's next file starts with its whole budget (glibc keeps freed arenas otherwise)."""
    import ctypes
    import ctypes.util
    import gc

    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the memory is still reusable by this process
        pass


def isolated_map(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    jobs: int,
    budget: Budget,
    failed: Callable[[Item, str], Result],
) -> Iterator[Result]:
    """``function(item)`` for every item in worker processes, yielded in input order.

    An item that overruns ``budget.seconds``, or whose worker dies, yields ``failed(item, why)``
    instead; ``why`` is one sentence without the item's name. A worker is replaced after either.
    """
    # The heap built so far (compiled matchers, language models) lives as long as the process:
    # keeping it out of the collector's passes while the files stream (here and in the forked
    # workers) saves CPU per file, and spares the workers copying the pages the collector would touch.
    gc.freeze()
    pool = ProcessPool(max_workers=max(1, jobs), initializer=_limit_worker, initargs=(budget.memory_mib,),
                       context=_fork_context())
    pending: deque = deque()
    remaining = iter(items)

    def submit(count: int) -> None:
        for item in islice(remaining, count):
            pending.append((item, pool.schedule(function, args=(item,), timeout=budget.seconds)))

    finished = False
    try:
        submit(_WINDOW_PER_WORKER * max(1, jobs))
        while pending:
            item, future = pending.popleft()
            yield _outcome(item, future, budget, function_failed=failed)
            submit(1)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # the consumer stopped early (an error, Ctrl-C): do not wait for the queued files
            pool.stop()
        pool.join()
        gc.unfreeze()  # what became garbage meanwhile is collected as usual again


def _outcome(item: Item, future, budget: Budget, *, function_failed: Callable[[Item, str], Result]) -> Result:  # type: ignore[no-untyped-def]
    try:
        return future.result()
    except TimeoutError:
        return function_failed(item, (
            f"over the time budget: reading and extracting it took more than {budget.seconds:g} s, so it was "
            "stopped and skipped (a hostile or pathological file?); if it is genuine, raise the limit with "
            "`policykg ingest --file-timeout SECONDS`"
        ))
    except ProcessExpired as error:
        return function_failed(item, _death(error.exitcode, budget))
    except CancelledError:
        return function_failed(item, "cancelled before it was read")
    except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be sent back: one failed file
        return function_failed(item, f"internal error in the worker {type(error).__name__}: {error}")


def _death(exitcode: int | None, budget: Budget) -> str:
    """Why a worker died, in words: a signal by name, and the memory cap as the likely cause of an abort."""
    cause = f"exit code {exitcode}"
    if exitcode is not None and exitcode < 0:
        try:
            cause = f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            cause = f"signal {-exitcode}"
    hint = ""
    if exitcode in (-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV) and budget.memory_mib is not None:
        hint = (f"; it may have run out of memory (the cap is {budget.memory_mib} MiB per file, "
                "`policykg ingest --max-memory MIB`) or been killed from outside")
    return f"the worker reading it died ({cause}){hint}; the file was skipped and the others go on"


def _limit_worker(memory_mib: int | None) -> None:
    """Pool initializer: cap this worker's address space at what it has now plus ``memory_mib``.

    The cap is relative because a forked worker starts with its parent's mappings (the language
    model, the store's files); an allocation past it raises MemoryError in Python and fails in C,
    which ends only this worker.
    """
    global _memory_cap_mib
    gc.freeze()  # the inherited heap stays out of this worker's collections (cheap: moves list heads)
    _threshold, *older = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, *older)  # fewer passes over the per-file garbage (see above)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle: it stops the pool
    if memory_mib is None:
        return
    try:
        import resource
    except ImportError:  # not on this platform: the deadline still holds
        return
    current = _address_space_bytes()
    if current is None:
        return
    limit = current + memory_mib * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    _memory_cap_mib = memory_mib


def _address_space_bytes() -> int | None:
    """This process's virtual size (VmSize), which RLIMIT_AS bounds."""
    try:
        with open(f"/proc/{os.getpid()}/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _fork_context():  # type: ignore[no-untyped-def]
    """Fork where available: workers inherit the compiled matchers instead of building them again."""
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return multiprocessing.get_context()
