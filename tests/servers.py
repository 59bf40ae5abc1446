"""Start a real Oxigraph SPARQL server on a free loopback port, for tests.

Usage::

    from servers import oxigraph_server  # tests/ is on sys.path under pytest (no __init__.py)
    with oxigraph_server(tmp_path / "db") as server:
        store = open_store(server.query_url)

The ``oxigraph`` command comes from the PyPI ``oxigraph`` package (a test dependency).
A missing binary or a server that does not answer fails the test loudly: nothing skips.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class OxigraphServer:
    """A running ``oxigraph serve``: its endpoints and its process."""

    base_url: str  # http://127.0.0.1:PORT
    location: Path | None  # data folder, None for in memory
    process: subprocess.Popen[bytes]

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"

    @property
    def update_url(self) -> str:
        return self.base_url + "/update"

    @property
    def store_url(self) -> str:
        """Graph Store Protocol endpoint."""
        return self.base_url + "/store"


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable next to this Python, else on PATH; fails loudly if absent."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the 'oxigraph' command is missing: pip install 'oxigraph>=0.5,<0.6' (a test dependency)")
    return found


def free_port() -> int:
    """A port the OS just handed out for 127.0.0.1 (port 0), released for the server to take."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(base_url: str) -> bool:
    url = base_url + "/query?" + urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310 - loopback only
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


def start_oxigraph(
    location: Path | None = None,
    *,
    read_only: bool = False,
    union_default_graph: bool = False,
    startup_timeout: float = 30.0,
) -> OxigraphServer:
    """Start ``oxigraph serve`` (or ``serve-read-only``) on 127.0.0.1 and wait until it answers."""
    command = [oxigraph_binary(), "serve-read-only" if read_only else "serve"]
    if location is not None:
        command += ["--location", str(location)]
    elif read_only:
        raise ValueError("a read-only server needs a location")
    if union_default_graph:
        command.append("--union-default-graph")
    last_error = ""
    for _attempt in range(3):  # another process may grab the port between probe and bind
        port = free_port()
        log = tempfile.TemporaryFile()
        process = subprocess.Popen(
            [*command, "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "RUST_LOG": "warn"},
        )
        base_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + startup_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            if _answers(base_url):
                return OxigraphServer(base_url=base_url, location=location, process=process)
            time.sleep(0.05)
        stop(process)
        log.seek(0)
        last_error = log.read().decode("utf-8", "replace")[-2000:]
    raise RuntimeError(f"oxigraph server did not start ({' '.join(command)}): {last_error}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server process: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def oxigraph_server(
    location: Path | None = None, *, read_only: bool = False, union_default_graph: bool = False
) -> Iterator[OxigraphServer]:
    """A running Oxigraph server for the duration of a ``with`` block."""
    server = start_oxigraph(location, read_only=read_only, union_default_graph=union_default_graph)
    try:
        yield server
    finally:
        stop(server.process)
