"""Bounded connections for ``policykg serve``: slow or idle clients cannot exhaust the server.

uvicorn has no deadline for a request's headers, so a client that sends them one byte at a time
keeps its connection (and file descriptor) forever: 1,100 such clients under ``ulimit -n 1024``
stopped ``/health`` from answering (issue 19). Here:

* a request's headers must be complete within ``header_timeout`` seconds of their first byte (or
  of the connection opening), else the connection is closed;
* at most ``max_connections`` connections are open; a new one beyond that closes the oldest
  connection still waiting for its headers (a slow client), or, if every connection is busy with a
  request, is itself closed at once. So a flood of slow clients cannot lock out a real one;
* request bodies have their own deadline (``limits.read_body``, 408), and idle keep-alive
  connections close after uvicorn's ``timeout_keep_alive``.

``raise_open_files_limit`` lifts the soft file-descriptor limit to the hard one at start, and
``default_max_connections`` keeps a reserve of descriptors for the store, the query workers and
one burst of accepts (``ACCEPT_BURST``, given to uvicorn as ``backlog``).
"""
from __future__ import annotations

import asyncio
import resource
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

RESERVED_DESCRIPTORS = 64  # for the store (RocksDB files), worker pipes, logs
# asyncio accepts up to ``backlog`` connections in one go before any of them is seen (and shed): that
# many descriptors must stay free, or accept() fails with EMFILE and asyncio stops accepting for 1 s.
ACCEPT_BURST = 128


def raise_open_files_limit() -> int:
    """Lift the soft RLIMIT_NOFILE to the hard limit (at most 65,536); the soft limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65_536 if hard == resource.RLIM_INFINITY else min(hard, 65_536)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            pass
    return soft if soft != resource.RLIM_INFINITY else 65_536


def default_max_connections(open_files: int) -> int:
    """Connections the server accepts at once, leaving descriptors for everything else."""
    return max(16, min(1000, open_files - RESERVED_DESCRIPTORS - ACCEPT_BURST))


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a header deadline and a connection cap (see module doc)."""

    header_timeout: float = 10.0
    max_connections: int = 1000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        self._opened = 0.0

    # a connection that cannot finish its headers in time is closed
    def _waiting_for_headers(self) -> bool:
        return self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete)

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._header_deadline)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_deadline(self) -> None:
        self._header_timer = None
        if self._waiting_for_headers() and not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._opened = self.loop.time()
        self._arm_header_timer()
        if len(self.connections) > self.max_connections:
            self._shed()

    def _shed(self) -> None:
        """Over the cap: close the oldest connection still waiting for headers, else this one."""
        waiting = [c for c in self.connections if isinstance(c, GuardedH11Protocol) and c is not self
                   and c._waiting_for_headers() and not c.transport.is_closing()]
        victim = min(waiting, key=lambda c: c._opened) if waiting else self
        victim.transport.close()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.transport.is_closing():
            self._disarm_header_timer()
        elif self._waiting_for_headers():
            self._arm_header_timer()  # headers still incomplete: the deadline from their first byte holds
        else:
            self._disarm_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # keep-alive: the next request's headers get their own deadline, counted from its first byte
        self._disarm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)


def guarded_protocol(*, header_timeout: float, max_connections: int) -> type[GuardedH11Protocol]:
    """A ``GuardedH11Protocol`` class with these limits, to give uvicorn as ``http=``."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,),
                {"header_timeout": header_timeout, "max_connections": max_connections})
