"""A real ``policykg serve`` process and a loopback listener, for the hostile-input tests (issue 19).

Usage::

    from hostile_server import Listener, PolicykgServer, make_store
    folder = make_store(tmp_path / "kg", slow_triples=3000)
    with PolicykgServer(folder, "--timeout", "2") as server:
        status, body = server.get("/health")
"""
from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from graph_fixtures import load_fixture
from servers import free_port

from policykg.store.oxigraph_store import OxigraphStore

SLOW_GRAPH = "http://example.org/slow"
POLICYKG = str(Path(sys.executable).with_name("policykg"))


def make_store(folder: Path, *, slow_triples: int = 0) -> Path:
    """A store folder with the three fixture policies and ``slow_triples`` filler triples (for runaway joins)."""
    with OxigraphStore(folder) as disk:
        load_fixture(disk)
        if slow_triples:
            disk.bulk_load_nquads("".join(
                f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o{i}> <{SLOW_GRAPH}> .\n"
                for i in range(slow_triples)).encode())
    return folder


class Listener:
    """A loopback TCP listener recording every connection: a fetch that slipped through would hit it."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.1)
        self.port = int(self.sock.getsockname()[1])
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            conn.settimeout(0.5)
            try:
                self.received.append(conn.recv(4096) or b"(connected)")
                body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"LEAK"}}]}}'
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                             b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
            except OSError:
                self.received.append(b"(connected)")
            finally:
                conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


class PolicykgServer:
    """``policykg --store FOLDER serve --port P ARGS...`` on 127.0.0.1, stopped on exit."""

    def __init__(self, folder: Path, *args: str, env: dict[str, str] | None = None, open_files: int | None = None) -> None:
        self.folder = folder
        self.open_files = open_files  # RLIMIT_NOFILE for the server (as `ulimit -n` would set it)
        self.args = args
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None
        self.log = tempfile.TemporaryFile()
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> PolicykgServer:
        for _attempt in range(3):
            self.port = free_port()
            self.process = subprocess.Popen(
                [POLICYKG, "--store", str(self.folder), "serve", "--port", str(self.port), *self.args],
                stdout=self.log, stderr=subprocess.STDOUT, env=self.env, preexec_fn=self._limits,
            )
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    with urllib.request.urlopen(self.base + "/health", timeout=5):  # noqa: S310 - loopback
                        return self
                except (urllib.error.URLError, OSError):
                    time.sleep(0.1)
            self.stop()
        raise RuntimeError(f"policykg serve did not start: {self.output()}")

    def _limits(self) -> None:
        if self.open_files is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (self.open_files, self.open_files))

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def request(self, path: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
                method: str | None = None, timeout: float = 60) -> tuple[int, str, dict[str, str]]:
        """(status, body, headers with lower-case names) of one request; HTTP errors are answers too."""
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback only
                return response.status, response.read().decode("utf-8", "replace"), {k.lower(): v for k, v in response.headers.items()}
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace"), {k.lower(): v for k, v in error.headers.items()}

    def query(self, sparql: str, *, accept: str = "application/sparql-results+json", timeout: float = 60) -> tuple[int, str]:
        status, body, _ = self.request("/query", data=sparql.encode(), timeout=timeout,
                                       headers={"Content-Type": "application/sparql-query", "Accept": accept})
        return status, body

    def get_query(self, sparql: str, **params: str) -> tuple[int, str]:
        status, body, _ = self.request("/query?" + urllib.parse.urlencode({"query": sparql, **params}))
        return status, body

    def timed(self, sparql: str) -> tuple[int, float]:
        started = time.monotonic()
        status, _ = self.query(sparql)
        return status, time.monotonic() - started
