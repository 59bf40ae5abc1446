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
import mmap
import multiprocessing
import os
import signal
import struct
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from itertools import chain, islice
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

    Items travel to the workers in small batches, one pool task per batch (the pool's own cost per
    task, ~1-2 ms, was 5-7 % of ingesting short policies). The deadline stays per item: a worker
    notes in memory shared with this process which item of its batch it is reading and since when,
    and this process stops a worker whose current item is past its deadline. When a batch's worker
    is stopped or dies, that item fails with its own reason and the batch's other items run again.
    """
    # The heap built so far (compiled matchers, language models) lives as long as the process:
    # keeping it out of the collector's passes while the files stream (here and in the forked
    # workers) saves CPU per file, and spares the workers copying the pages the collector would touch.
    gc.freeze()
    jobs = max(1, jobs)
    context = _fork_context()
    remaining = iter(items)
    first = list(islice(remaining, _WINDOW_PER_WORKER * jobs * _BATCH))
    # Batches need the shared memory a forked worker inherits; several workers each need work even
    # when there are few items.
    size = _BATCH if jobs == 1 else min(_BATCH, len(first) // (4 * jobs))
    progress = _Progress() if size > 1 and context.get_start_method() == "fork" else None
    token = id(progress)
    if progress is not None:
        _PROGRESS[token] = progress  # before the pool forks its workers, which inherit it
    pool = ProcessPool(max_workers=jobs, initializer=_limit_worker, initargs=(budget.memory_mib,), context=context)
    source = chain(first, remaining)
    pending: deque[_Batch] = deque()

    def alone(item: Item) -> _Batch:
        return _Batch([item], pool.schedule(function, args=(item,), timeout=budget.seconds), None)

    def batch(chunk: list) -> _Batch:  # type: ignore[type-arg]
        if progress is None or len(chunk) == 1:
            return alone(chunk[0])
        slot = progress.take()
        return _Batch(chunk, pool.schedule(_run_batch, args=(function, chunk, token, slot)), slot)

    def submit(count: int) -> None:
        for _ in range(count):
            chunk = list(islice(source, size if progress is not None else 1))
            if not chunk:
                return
            pending.append(batch(chunk))

    finished = False
    try:
        submit(max(3 * jobs, _WINDOW_PER_WORKER * jobs // max(1, size)) if progress is not None
               else _WINDOW_PER_WORKER * jobs)
        while pending:
            head = pending.popleft()
            if head.future is None:  # an item whose failure is already known
                yield failed(head.items[0], head.why or "")
                continue
            if head.slot is None:
                if progress is not None:  # the batches running meanwhile keep their deadlines
                    _wait(head, pending, progress, budget)
                yield _outcome(head.items[0], head.future, budget, function_failed=failed)
                submit(1)
                continue
            assert progress is not None
            culprit, why = _watch(head, pending, progress, budget)
            progress.give(head.slot)
            if why is None:
                yield from head.future.result()  # type: ignore[attr-defined]
                submit(1)
            elif culprit is None:  # not one item's fault as far as we can tell: each runs alone
                pending.extendleft(reversed([alone(item) for item in head.items]))
            else:
                before, after = head.items[:culprit], head.items[culprit + 1:]
                again = [batch(before)] if before else []
                again.append(_Batch([head.items[culprit]], None, None, why))
                if after:
                    again.append(batch(after))
                pending.extendleft(reversed(again))
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # the consumer stopped early (an error, Ctrl-C): do not wait for the queued files
            pool.stop()
        pool.join()
        _PROGRESS.pop(token, None)
        gc.unfreeze()  # what became garbage meanwhile is collected as usual again


# Items per pool task (see isolated_map): an ordinary policy takes ~20 ms, so a batch takes well under
# a second and a worker that dies costs only its batch's other items a second run.
_BATCH = 8
# How often the writer looks at the running items' deadlines while it waits for a batch, in seconds.
_POLL_SECONDS = 0.1


@dataclass
class _Batch:
    """Items sent as one task (``slot``: its progress slot); no ``future``: one item failed with ``why``."""

    items: list  # type: ignore[type-arg]
    future: object
    slot: int | None
    why: str | None = None
    stopped: int | None = None  # the index of the item found past its deadline, when its worker was stopped


class _Progress:
    """Memory shared with the forked workers: per running batch one 64-bit word, the millisecond
    (``time.monotonic``, the same clock in every process) the current item's reading started times
    256, plus that item's index from 1 (0: none started). One aligned word is written and read whole,
    so this process never sees an index with another item's start time."""

    _WORD = struct.Struct("q")
    _SLOTS = 4096

    def __init__(self) -> None:
        self.memory = mmap.mmap(-1, self._WORD.size * self._SLOTS)
        self.free = list(range(self._SLOTS - 1, -1, -1))

    def take(self) -> int:
        slot = self.free.pop()
        self.set(slot, 0)
        return slot

    def give(self, slot: int) -> None:
        self.free.append(slot)

    def set(self, slot: int, index: int) -> None:
        self._WORD.pack_into(self.memory, slot * self._WORD.size, int(time.monotonic() * 1000) * 256 + index)

    def get(self, slot: int) -> tuple[int, float]:
        """(index of the item being read from 1, or 0; monotonic second its reading started)."""
        (word,) = self._WORD.unpack_from(self.memory, slot * self._WORD.size)
        return word % 256, (word // 256) / 1000


_PROGRESS: dict[int, _Progress] = {}  # per running isolated_map; forked workers inherit it


def _run_batch(function: Callable[[Item], Result], items: list, token: int, slot: int) -> list:  # type: ignore[type-arg]
    """In a worker: ``function`` over a batch, noting in the shared slot which item is being read."""
    progress = _PROGRESS[token]
    results = []
    for index, item in enumerate(items, 1):
        progress.set(slot, index)
        results.append(function(item))
    return results


def _watch(head: _Batch, pending: deque, progress: _Progress, budget: Budget) -> tuple[int | None, str | None]:  # type: ignore[type-arg]
    """Wait for ``head``'s batch, stopping any running batch whose current item is past its deadline.

    Returns (None, None) when the batch came back whole; else the index of the item to blame
    (None: none can be told) and why, in the words ``_outcome`` uses for a single item.
    """
    _wait(head, pending, progress, budget)
    try:
        head.future.result()  # type: ignore[attr-defined]
        return None, None
    except CancelledError:
        if head.stopped is not None:
            return head.stopped, _over_time(budget)
        return None, "cancelled"
    except ProcessExpired as error:
        index, _started = progress.get(head.slot)  # type: ignore[arg-type]
        return (index - 1 if index else None), _death(error.exitcode, budget)
    except Exception:  # noqa: BLE001 - e.g. a result that cannot be sent back: each item alone says which
        return None, "internal"


def _wait(head: _Batch, pending: deque, progress: _Progress, budget: Budget) -> None:  # type: ignore[type-arg]
    """Until ``head``'s task is done, stop the worker of any running batch whose current item is past
    its deadline (its batch's ``stopped`` says which item)."""
    future = head.future
    while not future.done():  # type: ignore[attr-defined]
        try:
            future.result(timeout=_POLL_SECONDS)  # type: ignore[attr-defined]
        except FutureTimeout:
            pass
        except Exception:  # noqa: BLE001 - done: the caller reads the outcome
            return
        now = time.monotonic()
        for running in (head, *pending):
            if running.slot is None or running.stopped is not None or running.future.done():  # type: ignore[attr-defined]
                continue
            index, started = progress.get(running.slot)
            if index and now - started > budget.seconds:
                running.stopped = index - 1
                running.future.cancel()  # type: ignore[attr-defined]  # pebble stops the worker running it


def _over_time(budget: Budget) -> str:
    return (
        f"over the time budget: reading and extracting it took more than {budget.seconds:g} s, so it was "
        "stopped and skipped (a hostile or pathological file?); if it is genuine, raise the limit with "
        "`policykg ingest --file-timeout SECONDS`"
    )


def _outcome(item: Item, future, budget: Budget, *, function_failed: Callable[[Item, str], Result]) -> Result:  # type: ignore[no-untyped-def]
    try:
        return future.result()
    except TimeoutError:
        return function_failed(item, _over_time(budget))
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
