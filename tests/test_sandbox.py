"""The engine cannot fetch, whatever the SPARQL says: the no-network filter and the worker pool (issue 19).

These bypass the keyword guard on purpose (plain ``SERVICE`` / ``LOAD`` go straight to pyoxigraph),
so they show the guarantee itself, not the guard's refusals.
"""
from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_server import Listener, make_store

from policykg.server.engine import FETCH_REFUSED, QueryEngine
from policykg.server.limits import HttpError, Limits
from policykg.server.negotiation import negotiate
from policykg.server.protocol import QueryRequest
from policykg.server.workers import WorkerSpec
from policykg.sparql_keywords import keywords_in, nesting_depth, stray_escape
from policykg.store.oxigraph_store import OxigraphStore


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


def test_the_filter_stops_service_and_load_in_pyoxigraph(listener: Listener) -> None:
    """In a child process (the filter cannot be removed): plain SERVICE and LOAD fail, AF_UNIX still works."""
    script = textwrap.dedent(f"""
        import socket, pyoxigraph as ox
        from policykg.server.sandbox import forbid_network, network_forbidden
        assert forbid_network() and network_forbidden()
        a, b = socket.socketpair(); socket.socket(socket.AF_UNIX).close()
        store = ox.Store()
        for attempt in (lambda: list(store.query("SELECT * WHERE {{ SERVICE <{listener.url}/s> {{ ?a ?b ?c }} }}")),
                        lambda: store.update("LOAD <{listener.url}/l.ttl>"),
                        lambda: socket.create_connection(("127.0.0.1", {listener.port}))):
            try:
                attempt()
            except PermissionError:
                continue
            raise SystemExit("a fetch was not refused")
        print("refused")
    """)
    before = len(listener.received)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "refused", done.stderr
    assert len(listener.received) == before


def test_without_the_filter_the_same_service_does_fetch(listener: Listener) -> None:
    """The control: the listener does see pyoxigraph's request when nothing stops it."""
    script = f"import pyoxigraph as ox\ntry:\n    list(ox.Store().query('SELECT * WHERE {{ SERVICE <{listener.url}/c> {{ ?a ?b ?c }} }}'))\nexcept Exception:\n    pass\n"
    before = len(listener.received)
    subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, check=True)
    assert len(listener.received) == before + 1 and b"POST /c" in listener.received[-1]


def test_worker_processes_refuse_to_fetch_without_any_keyword_guard(tmp_path: Path, listener: Listener) -> None:
    folder = make_store(tmp_path / "kg")
    limits = Limits(timeout=20, max_running=2)
    before = len(listener.received)
    with OxigraphStore(folder, read_only=True) as store:
        engine = QueryEngine(store, limits, workers=WorkerSpec(str(folder), limits))
        try:
            async def ask() -> None:
                with pytest.raises(HttpError) as refused:
                    await engine.query(QueryRequest(f"SELECT * WHERE {{ SERVICE <{listener.url}/w> {{ ?a ?b ?c }} }}"), negotiate(None))
                assert refused.value.status == 403 and refused.value.message == FETCH_REFUSED
                answer = await engine.query(QueryRequest("ASK { ?s ?p ?o }"), negotiate(None))
                assert b"true" in answer.body

            asyncio.run(ask())
        finally:
            engine.close()
    assert len(listener.received) == before


# -- the guard's tokenizer follows Oxigraph's ------------------------------------------------------------
@pytest.mark.parametrize(("sparql", "service"), [
    ("SELECT * WHERE { #\rSERVICE <http://x/> { ?x ?p ?o } }", True),  # CR ends a comment
    ("PREFIX ex: <http://ex/> SELECT ?x WHERE { VALUES ?z { ex:a\\' } SERVICE <http://x/> {?x ?p ?o} } #'", True),
    ('SELECT ?x WHERE { BIND("a\\u0022" AS ?z) SERVICE <http://x/> { ?x ?p "o" } }', True),
    ('SELECT ?x WHERE { BIND("SERVICE <http://x/> {}" AS ?x) } # SERVICE', False),
    ("SELECT ?service WHERE { <http://e/SERVICE> ex:service '''SERVICE''' }", False),
])
def test_keywords_are_found_as_oxigraph_reads_them(sparql: str, service: bool) -> None:
    assert bool(keywords_in(sparql, frozenset({"SERVICE"}))) is service


def test_stray_escapes_and_nesting() -> None:
    assert stray_escape("SELECT * { \\u0053ERVICE <x:y> {} }") == 11
    assert stray_escape('SELECT * { <http://a/\\u0073> ?p "\\u0022" . ?s ex:a\\,b ?o }') is None
    assert nesting_depth("SELECT * { FILTER((1)) }") == 3
    assert nesting_depth('SELECT * { FILTER("((((" = "))") }') == 2
    assert nesting_depth("SELECT * { << << ?s ?p ?o >> ?q ?r >> ?t ?u }") == 3
