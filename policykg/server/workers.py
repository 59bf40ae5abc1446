"""Query worker processes: each query runs in a process that is killed at its deadline.

pyoxigraph cannot cancel a query, and a thread that runs one cannot be stopped: four runaway
joins used to hold every slot (and gigabytes) long after their clients got 504 (issue 19). So the
server evaluates queries in a small pool of worker processes. Each worker

* opens the store folder itself, read-only (``Store.read_only``: a snapshot, reopened after every
  update the server makes, so answers include it), or copies it into memory (``--in-memory``);
* runs with a memory limit (``RLIMIT_AS``: its size after opening the store plus
  ``--max-query-memory``), so a runaway sort or join dies alone instead of exhausting the host;
* cannot open network sockets (``sandbox.forbid_network``), so SERVICE and LOAD cannot fetch;
* answers one job at a time over a pipe.

At the deadline the worker is killed (SIGKILL) and a fresh one takes its place; a worker that dies
(memory limit, a crash in the engine) is replaced the same way, and its client gets a clear error.
Workers are forked from multiprocessing's fork server, which starts them in milliseconds.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import resource
import shutil
import signal
import tempfile
import threading
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from policykg.server.limits import HttpError, Limits

STARTUP_TIMEOUT = 60.0  # seconds a new worker may take to open (or copy) the store
MiB = 1024 * 1024


@dataclass(frozen=True)
class WorkerSpec:
    """What every worker needs to start: the store folder and the limits."""

    store_path: str
    limits: Limits
    in_memory: bool = False  # copy the folder into memory (--in-memory): faster aggregates, RAM per worker
    memory_bytes: int = 1024 * MiB  # address space a worker may add on top of its size after opening the store


class WorkerDied(Exception):
    """A worker ended while it ran a job (killed at the deadline, memory limit, or an engine crash)."""


# -- inside a worker -------------------------------------------------------------------------------
def _vm_size() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _open(spec: WorkerSpec, source: str) -> Any:
    from policykg.store.oxigraph_store import OxigraphStore

    store = OxigraphStore(Path(source), read_only=True)
    if spec.in_memory:
        copy = store.copy_to_memory()
        store.close()
        return copy
    return store


def worker_main(conn: multiprocessing.connection.Connection, spec: WorkerSpec, generation: int, source: str) -> None:
    """A worker's life: open the store, say ready, then answer jobs until the pipe closes."""
    from policykg.server.engine import QueryCore
    from policykg.server.sandbox import forbid_network

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which then stops us
    if not spec.limits.allow_service:
        forbid_network()
    try:
        store = _open(spec, source)
    except Exception as error:  # noqa: BLE001 - reported to the server, which refuses to start
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    if spec.memory_bytes > 0:
        limit = _vm_size() + spec.memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    core = QueryCore(store, spec.limits)
    conn.send(("ready", os.getpid()))
    never = threading.Event()  # jobs are never cancelled from inside: the server kills us instead
    while True:
        try:
            kind, payload, wanted, source = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if wanted != generation:  # the server changed the store: read the new state
                store.close()
                store = _open(spec, source)
                core = QueryCore(store, spec.limits)
                generation = wanted
            if kind not in ("query", "stored"):
                raise ValueError(f"unknown job {kind!r}")
            run = core.run if kind == "query" else core.stored
            reply: tuple[Any, ...] = ("ok", run(*payload, never))
        except HttpError as error:
            reply = ("http", error.status, error.message, error.headers)
        except MemoryError:
            conn.send(("memory", None))
            os._exit(1)  # the heap may be in any state: let a fresh worker take over
        except Exception as error:  # noqa: BLE001 - reported to the client as a 500
            reply = ("http", 500, f"the query failed: {type(error).__name__}: {error}", {})
        try:
            conn.send(reply)
        except MemoryError:
            os._exit(1)


# -- in the server ---------------------------------------------------------------------------------
class _Worker:
    def __init__(self, process: multiprocessing.process.BaseProcess, conn: multiprocessing.connection.Connection) -> None:
        self.process = process
        self.conn = conn

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.conn.close()
        self.process.join(timeout=5)


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["policykg.server.engine", "policykg.server.workers"])
        return context
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """``size`` workers; a job waits for an idle one, and a job past its deadline kills its worker."""

    def __init__(self, spec: WorkerSpec, size: int) -> None:
        self.spec = spec
        self.size = size
        self.generation = 0
        self.source = spec.store_path  # the folder workers open: the store, or its latest snapshot (``Snapshots``)
        self._context = _context()
        self._idle: asyncio.Queue[_Worker] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._started: list[_Worker] = []  # started before the event loop runs (start())
        self._all: set[_Worker] = set()
        self._closed = False

    # starting and stopping
    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(target=worker_main, args=(child, self.spec, self.generation, self.source),
                                        name="policykg-query-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._all.add(worker)
        return worker

    def _ready(self, worker: _Worker, message: object) -> None:
        if not (isinstance(message, tuple) and message and message[0] == "ready"):
            detail = message[1] if isinstance(message, tuple) and len(message) > 1 else message
            self._retire(worker)
            raise RuntimeError(f"a query worker could not open the store {self.spec.store_path}: {detail}")

    def start(self) -> None:
        """Start every worker and wait until each has opened the store (blocking; before serving)."""
        workers = [self._spawn() for _ in range(self.size)]
        for worker in workers:
            if not worker.conn.poll(STARTUP_TIMEOUT):
                self._retire(worker)
                raise RuntimeError(f"a query worker did not open the store {self.spec.store_path} within {STARTUP_TIMEOUT:g} s")
            try:
                message = worker.conn.recv()
            except EOFError:
                self._retire(worker)
                raise RuntimeError(f"a query worker died while opening the store {self.spec.store_path}") from None
            self._ready(worker, message)
        self._started.extend(workers)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        for worker in list(self._all):
            self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        self._all.discard(worker)
        worker.kill()

    def _queue(self) -> asyncio.Queue[_Worker]:
        loop = asyncio.get_running_loop()
        if self._idle is None or self._loop is not loop:
            if self._idle is not None:  # a new event loop: jobs of the old one may still be running
                for worker in list(self._all):
                    self._retire(worker)
                self._idle = None
            if not self._started:
                self.start()  # first use without start() (an app made in a test), or a new loop
            self._idle = asyncio.Queue()
            self._loop = loop
            for worker in self._started:
                self._idle.put_nowait(worker)
            self._started = []
        return self._idle

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another; it joins the idle queue once it has opened the store."""
        self._retire(worker)
        if not self._closed:
            asyncio.get_running_loop().create_task(self._add_fresh())

    async def _add_fresh(self) -> None:
        idle = self._idle
        assert idle is not None
        while not self._closed:
            fresh = self._spawn()
            try:
                self._ready(fresh, await self._receive(fresh, STARTUP_TIMEOUT))
            except (WorkerDied, TimeoutError, RuntimeError):
                self._retire(fresh)
                await asyncio.sleep(1.0)  # do not spin if the store cannot be opened any more
                continue
            idle.put_nowait(fresh)
            return

    # running jobs
    async def _receive(self, worker: _Worker, timeout: float) -> Any:
        loop = asyncio.get_running_loop()
        readable: asyncio.Future[None] = loop.create_future()
        fd = worker.conn.fileno()

        def wake() -> None:
            if not readable.done():
                readable.set_result(None)

        loop.add_reader(fd, wake)
        try:
            await asyncio.wait_for(readable, max(0.0, timeout))
        finally:
            loop.remove_reader(fd)
        try:
            return worker.conn.recv()
        except (EOFError, OSError):
            raise WorkerDied() from None

    async def run(self, kind: str, payload: tuple[Any, ...], *, timeout: float, what: str) -> Any:
        """Run one job within ``timeout`` seconds (waiting for a worker included)."""
        loop = asyncio.get_running_loop()
        idle = self._queue()
        deadline = loop.time() + timeout
        while True:
            try:
                worker = await asyncio.wait_for(idle.get(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                raise HttpError(
                    503,
                    f"the server is busy: all {self.size} query workers are taken; try again later",
                    headers={"Retry-After": str(max(1, int(self.spec.limits.timeout)))},
                ) from None
            if worker.process.is_alive():
                break
            self._replace(worker)  # died while idle (e.g. the kernel's OOM killer): not this job's fault
        try:
            worker.conn.send((kind, payload, self.generation, self.source))
            reply = await self._receive(worker, deadline - loop.time())
        except TimeoutError:
            self._replace(worker)
            raise HttpError(
                504,
                f"the {what} ran longer than this server's {self.spec.limits.timeout:g} s limit and was stopped; "
                "narrow it (LIMIT, more specific patterns) or start the server with a larger --timeout",
            ) from None
        except asyncio.CancelledError:  # the client went away: the job may still be running
            self._replace(worker)
            raise
        except (WorkerDied, BrokenPipeError, OSError):
            raise self._died(worker, what) from None
        if reply[0] == "memory":
            raise self._died(worker, what)
        idle.put_nowait(worker)
        if reply[0] == "ok":
            return reply[1]
        _, status, message, headers = reply
        raise HttpError(status, message, headers=headers)

    def _died(self, worker: _Worker, what: str) -> HttpError:
        worker.process.join(timeout=2)
        code = worker.process.exitcode
        self._replace(worker)
        budget = self.spec.memory_bytes // MiB
        if code in (1, -signal.SIGABRT, -signal.SIGKILL):  # MemoryError, Rust's failed allocation, the OOM killer
            return HttpError(
                422,
                f"the {what} needed more memory than this server allows each query ({budget} MiB, --max-query-memory) "
                "and was stopped; narrow it (LIMIT, more specific patterns, no ORDER BY over a huge join)",
            )
        return HttpError(
            500,
            f"the query engine crashed on this {what} (exit {code}); the server goes on. "
            "Please report the query that caused it",
        )

    def use_source(self, source: str) -> None:
        """Workers open ``source`` (a newer snapshot) before their next job."""
        self.source = source
        self.generation += 1


class Snapshots:
    """Point-in-time copies of a store that the server writes to, for the workers to read.

    A read-only RocksDB instance beside a writer can fail when the writer deletes files it has not
    opened yet ("Corruption: IO error: No such file", seen after an update). So a writable server
    gives its workers a checkpoint (``Store.backup``: hard links to the immutable table files when
    on the same disk, so cheap), taken again only when a query follows an update. The last few are
    kept, so a query still running on an older one keeps its files.
    """

    KEEP = 3

    def __init__(self, store_path: Path) -> None:
        prefix = f".policykg-serve-{os.getpid()}-"
        try:
            self.root = Path(tempfile.mkdtemp(prefix=prefix, dir=store_path.parent))
        except OSError:  # the parent folder is not writable: another disk, so full copies
            self.root = Path(tempfile.mkdtemp(prefix=prefix))
        _remove_orphans(self.root.parent)
        self._taken = 0
        self._kept: list[Path] = []

    def take(self, native: Any) -> str:
        """A new checkpoint of ``native`` (a pyoxigraph Store); its folder."""
        target = self.root / str(self._taken)
        self._taken += 1
        native.backup(str(target))
        self._kept.append(target)
        while len(self._kept) > self.KEEP:
            shutil.rmtree(self._kept.pop(0), ignore_errors=True)
        return str(target)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _remove_orphans(folder: Path) -> None:
    """Remove snapshot folders left by servers that were killed (their pid is gone)."""
    for entry in folder.glob(".policykg-serve-*-*"):
        try:
            pid = int(entry.name.split("-")[2])
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(entry, ignore_errors=True)
        except (ValueError, IndexError, PermissionError):
            continue
