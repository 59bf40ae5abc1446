"""The remote store against a real ``oxigraph serve`` on loopback (tests/servers.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib.namespace as rns
from rdflib import BNode, Graph, Literal, URIRef
from servers import free_port, oxigraph_server
from store_fixtures import G1, G2, P1, P2, TITLE, policy_triples

from policykg.namespaces import PKG
from policykg.store import StoreError, open_store
from policykg.store.oxigraph_store import OxigraphStore
from policykg.store.sparql_store import SparqlStore



@pytest.fixture(scope="module")
def server():
    with oxigraph_server() as running:
        yield running


@pytest.fixture()
def remote(server, monkeypatch):
    monkeypatch.delenv("POLICYKG_UPDATE_URL", raising=False)
    store = open_store(server.query_url)
    store.clear()
    yield store
    store.close()


def titles(store, graph: str) -> set[str]:
    rows = store.select(f"SELECT ?t WHERE {{ GRAPH <{graph}> {{ ?p <{TITLE}> ?t }} }}")
    return {str(row["t"]) for row in rows}


def test_open_store_derives_the_oxigraph_endpoints(server, remote) -> None:
    assert isinstance(remote, SparqlStore)
    assert (remote.query_url, remote.update_url, remote.graph_store_url) == (
        server.query_url, server.update_url, server.store_url)


def test_select_ask_construct_over_the_union(remote) -> None:
    remote.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "two")})
    rows = remote.select(f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}")
    assert {row["p"] for row in rows} == {P1, P2}
    rows = remote.select(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{P2}> a ?c }} }}")
    assert [str(row["g"]) for row in rows] == [G2]
    assert remote.ask(f"ASK {{ <{P1}> <{TITLE}> \"one\"@en }}")
    assert not remote.ask(f"ASK {{ <{P1}> <{TITLE}> \"two\"@en }}")
    triples = set(remote.construct(f"CONSTRUCT {{ ?p <{TITLE}> ?t }} WHERE {{ GRAPH <{G1}> {{ ?p <{TITLE}> ?t }} }}"))
    assert triples == {(P1, TITLE, Literal("one", lang="en"))}


def test_terms_match_the_embedded_store(remote) -> None:
    data = [
        (P1, TITLE, Literal("plain")),
        (P1, TITLE, Literal("typed", datatype=rns.XSD.string)),
        (P1, TITLE, Literal("中文", lang="zh")),
        (P1, PKG.ageThreshold, Literal(14)),
        (P1, PKG.hasText, BNode()),
    ]
    remote.replace_graphs({G1: data})
    with OxigraphStore(None) as local:
        local.replace_graphs({G1: data})
        query = "SELECT ?o WHERE { ?s ?p ?o FILTER(!isBlank(?o)) }"
        expected = {row["o"] for row in local.select(query)}
    assert {row["o"] for row in remote.select(query)} == expected
    assert Literal("typed") in expected and Literal(14) in expected


def test_update_graph_names_info_and_clear(remote) -> None:
    remote.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{P1}> a <{PKG.PrivacyPolicy}> }} }}")
    remote.replace_graphs({G2: policy_triples(P2, "two")})
    assert remote.graph_names() == sorted([G1, G2])
    info = remote.info()
    assert (info.kind, info.graphs, info.quads, info.policies) == ("sparql", 2, 3, 2)
    assert info.details["update_url"] == remote.update_url
    remote.drop_graphs([G1])
    assert remote.graph_names() == [G2]
    remote.clear()
    assert remote.info().quads == 0 and remote.graph_names() == []


def test_replace_graphs_in_one_update_is_atomic(remote) -> None:
    remote.replace_graphs({G1: policy_triples(P1, "old"), G2: policy_triples(P2, "two")})
    remote.replace_graphs({G1: policy_triples(P1, "new")})
    assert titles(remote, G1) == {"new"} and titles(remote, G2) == {"two"}
    with pytest.raises(StoreError, match="invalid RDF term"):
        remote.replace_graphs({G2: [], G1: [(URIRef("not an iri"), TITLE, Literal("x"))]})
    assert titles(remote, G1) == {"new"} and titles(remote, G2) == {"two"}


def test_large_replacements_use_graph_store_puts(remote) -> None:
    remote.replace_graphs({G1: policy_triples(P1, "old")})
    remote.max_update_triples = 1
    node = BNode()
    remote.replace_graphs({
        G1: policy_triples(P1, "put") + [(P1, PKG.hasText, node), (node, PKG.content, Literal("t"))],
        G2: [],
    })
    assert titles(remote, G1) == {"put"}
    rows = remote.select(f"SELECT ?c WHERE {{ <{P1}> <{PKG.hasText}> ?x . ?x <{PKG.content}> ?c }}")
    assert [row["c"] for row in rows] == [Literal("t")]
    assert remote.graph_names() == [G1]


def test_query_serialized_passes_the_servers_bytes(remote) -> None:
    remote.replace_graphs({G1: policy_triples(P1, "one")})
    select = f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}"
    data = json.loads(remote.query_serialized(select, "application/sparql-results+json"))
    assert [b["p"]["value"] for b in data["results"]["bindings"]] == [str(P1)]
    assert remote.query_serialized(select, "text/csv").splitlines() == [b"p", str(P1).encode()]
    turtle = remote.query_serialized(f"CONSTRUCT WHERE {{ ?p <{TITLE}> ?t }}", "text/turtle")
    assert set(Graph().parse(data=turtle, format="turtle")) == {(P1, TITLE, Literal("one", lang="en"))}


def test_quads_from_the_server(remote) -> None:
    remote.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "two")})
    quads = set(remote.quads())
    assert len(quads) == 4 and {q[3] for q in quads} == {URIRef(G1), URIRef(G2)}
    assert {q[0] for q in remote.quads(G1)} == {P1}


def test_errors_name_the_endpoint(remote, server) -> None:
    expected = re.escape(server.query_url) + r" refused the request \(QueryBadFormed: error at"
    with pytest.raises(StoreError, match=expected):
        remote.select("SELECT WHERE {")
    unreachable = SparqlStore(f"http://127.0.0.1:{free_port()}/query", update_url=None, timeout=5)
    with pytest.raises(StoreError, match="cannot reach .* is the server running"):
        unreachable.ask("ASK {}")
    with pytest.raises(StoreError, match="without an update endpoint"):
        unreachable.update("CLEAR ALL")


def test_a_folder_written_embedded_is_served_read_only(tmp_path: Path) -> None:
    """The hand-over the CLI documents: write with the embedded store, then serve the folder."""
    folder = tmp_path / "kg"
    with open_store(folder) as local:
        local.replace_graphs({G1: policy_triples(P1, "served")})
    with oxigraph_server(folder, read_only=True) as running:
        store = open_store(running.query_url)
        assert titles(store, G1) == {"served"}
        assert store.info().policies == 1
        with pytest.raises(StoreError, match="HTTP|refused"):
            store.update("CLEAR ALL")


def test_a_from_clause_overrides_the_union_remotely(remote) -> None:
    remote.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "two")})
    rows = remote.select(f"SELECT ?t FROM <{G2}> WHERE {{ ?p <{TITLE}> ?t }}")
    assert {str(row["t"]) for row in rows} == {"two"}


def test_a_folder_held_by_a_server_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "kg"
    with open_store(folder) as local:
        local.replace_graphs({G1: policy_triples(P1, "one")})
    with oxigraph_server(folder) as running:
        expected = r"is in use by another process \(policykg or an Oxigraph server\).*--store URL"
        with pytest.raises(StoreError, match=expected):
            open_store(folder)
        store = open_store(running.query_url)  # the advice works: write through the server
        store.replace_graphs({G1: policy_triples(P1, "through the server")})
        assert titles(store, G1) == {"through the server"}


def test_awkward_literals_survive_the_round_trip(remote) -> None:
    values = [
        Literal('a "quote" \\ back\nnew\ttab \U0001F600 \r end'),
        Literal("it's ''' odd"),
        Literal("为保障服务安全", lang="zh-Hans-CN"),
        Literal("P3Y", datatype=rns.XSD.duration),
    ]
    remote.replace_graphs({G1: [(P1, TITLE, value) for value in values]})
    assert {row["o"] for row in remote.select(f"SELECT ?o WHERE {{ <{P1}> <{TITLE}> ?o }}")} == set(values)
    assert {t[2] for t in remote.construct(f"CONSTRUCT WHERE {{ <{P1}> <{TITLE}> ?o }}")} == set(values)


def test_runner_rows_match_the_embedded_store(remote) -> None:
    """``run_query`` reads remote answers from SPARQL JSON and embedded ones from TSV: same rows, same order."""
    from policykg.queries.runner import run_query

    values = [Literal('a "quote" \\ back\nnew\ttab \U0001F600 \r end'), Literal("为保障服务安全", lang="zh-Hans-CN"),
              Literal("P3Y", datatype=rns.XSD.duration), Literal(14), Literal("9", datatype=rns.XSD.integer),
              Literal("plain"), URIRef("https://example.org/z")]
    data = [(P1, URIRef(f"https://example.org/p{i}"), value) for i, value in enumerate(values)]
    remote.replace_graphs({G1: data})
    query = f"SELECT ?p ?o ?none WHERE {{ <{P1}> ?p ?o OPTIONAL {{ ?o <{TITLE}> ?none }} }} ORDER BY DESC(?o) ?p"
    with OxigraphStore(None) as local:
        local.replace_graphs({G1: data})
        embedded = run_query(local, query)
    remote_result = run_query(remote, query)
    assert remote_result.columns == embedded.columns == ("p", "o", "none")
    assert [[None if c is None else c.n3() for c in row] for row in remote_result.rows] == \
        [[None if c is None else c.n3() for c in row] for row in embedded.rows]
    assert len(embedded.rows) == len(values)
    assert embedded.rows[-1][1] == URIRef("https://example.org/z")  # DESC: IRIs sort below literals
