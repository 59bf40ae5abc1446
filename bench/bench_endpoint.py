"""Bounded loopback load on the SPARQL endpoint: throughput and p50/p95 latency.

Builds a synthetic store (invented policies, our own words), then measures for a few seconds each:

1. baseline: the same query run directly on the embedded store in this process (one thread);
2. ``policykg serve --query-workers thread``: queries in threads of the server (before issue 19);
3. ``policykg serve`` (queries in worker processes, killed at the deadline; the default since
   issue 19), both read-only with ``--clients`` concurrent clients (keep-alive HTTP);
4. ``oxigraph serve-read-only`` on the same folder, if the ``oxigraph`` command is installed.

The last line gives the cost of isolation: worker processes vs threads, measured in the same run.
Every phase stops after ``--seconds`` or ``--requests`` per client, whichever comes first, so a run
takes about 4 x --seconds plus start-up (default: well under 30 s). Only 127.0.0.1, free ports.

    python bench/bench_endpoint.py --policies 300 --clients 8 --seconds 4 [--tiny]
"""
from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

PKG = "https://w3id.org/policykg/ns#"
QUERY = (
    f"SELECT ?p ?file WHERE {{ ?p a <{PKG}PrivacyPolicy> ; <{PKG}fileName> ?file ; "
    f"<{PKG}collectsCategory> <https://w3id.org/policykg/vocab/pd/EmailAddress> }} ORDER BY ?file LIMIT 20"
)
TINY = f"ASK {{ <https://w3id.org/policykg/id/policy/0000000000000001> a <{PKG}PrivacyPolicy> }}"
CATEGORIES = ("EmailAddress", "Name", "TelephoneNumber", "IPAddress", "PreciseLocation", "Fingerprint")


@dataclass(frozen=True)
class Measurement:
    name: str
    requests: int
    errors: int
    seconds: float
    latencies: tuple[float, ...]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


def build_store(folder: Path, policies: int) -> None:
    """A store with ``policies`` small invented policy graphs."""
    from policykg.store.oxigraph_store import OxigraphStore

    lines: list[str] = []
    for n in range(policies):
        policy = f"<https://w3id.org/policykg/id/policy/{n:016x}>"
        graph = f"<https://w3id.org/policykg/graph/policy/{n:016x}>"
        lines.append(f"{policy} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{PKG}PrivacyPolicy> {graph} .")
        lines.append(f'{policy} <{PKG}fileName> "bench-{n:05d}.txt" {graph} .')
        for k, category in enumerate(CATEGORIES):
            if (n + k) % 3:
                lines.append(f"{policy} <{PKG}collectsCategory> <https://w3id.org/policykg/vocab/pd/{category}> {graph} .")
    store = OxigraphStore(folder)
    store.bulk_load_nquads(("\n".join(lines) + "\n").encode())
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(port: int, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/query?" + urllib.parse.urlencode({"query": "ASK {}"}))
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not answer in {timeout:.0f} s")


def load(name: str, port: int, *, query: str, clients: int, per_client: int, seconds: float) -> Measurement:
    """``clients`` threads, each with one keep-alive connection, sending GET /query until the budget ends."""
    path = "/query?" + urllib.parse.urlencode({"query": query})
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        failed = 0
        for _ in range(per_client):
            if time.monotonic() > stop_at:
                break
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except OSError:
                failed += 1
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Measurement(name, len(latencies), errors[0], time.monotonic() - started, tuple(latencies))


def baseline(folder: Path, *, query: str, seconds: float, limit: int) -> Measurement:
    """The same query straight on the embedded store, serialised to JSON, in this process."""
    from policykg.store.oxigraph_store import OxigraphStore

    store = OxigraphStore(folder, read_only=True)
    latencies: list[float] = []
    stop_at = time.monotonic() + seconds
    started = time.monotonic()
    while time.monotonic() < stop_at and len(latencies) < limit:
        t = time.perf_counter()
        store.query_serialized(query, "application/sparql-results+json")
        latencies.append(time.perf_counter() - t)
    elapsed = time.monotonic() - started
    store.close()
    return Measurement("in-process store (1 thread)", len(latencies), 0, elapsed, tuple(latencies))


def serve(command: list[str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port, process)
    except RuntimeError:
        process.kill()
        raise
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=int, default=300, help="synthetic policies in the store")
    parser.add_argument("--clients", type=int, default=8, help="concurrent HTTP clients")
    parser.add_argument("--requests", type=int, default=2000, help="most requests per client")
    parser.add_argument("--seconds", type=float, default=4.0, help="time budget per phase")
    parser.add_argument("--tiny", action="store_true",
                        help="send a one-triple ASK instead of the join, to see the HTTP stack's own cost")
    args = parser.parse_args(argv)
    query = TINY if args.tiny else QUERY

    work = Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    results: list[Measurement] = []
    try:
        folder = work / "store"
        build_store(folder, args.policies)
        results.append(baseline(folder, query=query, seconds=args.seconds, limit=args.requests * args.clients))

        policykg = Path(sys.executable).with_name("policykg")
        for name, extra in (("policykg serve (threads)", ["--query-workers", "thread"]),
                            ("policykg serve (worker processes)", [])):
            port = free_port()
            process = serve([str(policykg), "--store", str(folder), "serve", "--port", str(port), *extra], port)
            try:
                results.append(load(name, port, query=query, clients=args.clients, per_client=args.requests, seconds=args.seconds))
            finally:
                stop(process)

        oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
        if os.path.exists(oxigraph):
            port = free_port()
            process = serve([oxigraph, "serve-read-only", "--location", str(folder), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], port)
            try:
                results.append(load("oxigraph serve-read-only", port, query=query, clients=args.clients,
                                    per_client=args.requests, seconds=args.seconds))
            finally:
                stop(process)
        else:
            print("oxigraph command not installed: skipping its server (pip install oxigraph)", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    base = results[0].rate
    print(f"query: {query[:90]}...")
    print(f"{args.policies} policies, {args.clients} clients, <= {args.seconds:g} s per phase, loopback, {os.cpu_count()} cores")
    print(f"{'phase':34} {'requests':>8} {'errors':>6} {'q/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'vs base':>8}")
    for m in results:
        ratio = m.rate / base if base else float("nan")
        print(f"{m.name:34} {m.requests:8d} {m.errors:6d} {m.rate:8.0f} {m.percentile(0.5):8.2f} "
              f"{m.percentile(0.95):8.2f} {ratio:8.2f}")
    threads, workers = results[1], results[2]
    if threads.rate:
        print(f"isolation cost: worker processes answer {workers.rate / threads.rate:.2f}x the queries per second of threads "
              f"(p50 {workers.percentile(0.5):.2f} ms vs {threads.percentile(0.5):.2f} ms)")
    return 0 if all(m.errors == 0 for m in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
