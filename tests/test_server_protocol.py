"""The SPARQL endpoint in-process (Starlette TestClient over the real ASGI app and a real store).

Covers the protocol (GET, form POST, direct POST, dataset parameters), content negotiation, the
refusals (400, 401, 403, 405, 406, 413, 415, 422, 503, 504), the catalogue routes and the page.
"""
from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from graph_fixtures import ACME_V1, BETA, load_fixture
from rdflib import Graph
from starlette.testclient import TestClient

from policykg.namespaces import GRAPH, ID, PKG
from policykg.server import Limits, create_app
from policykg.server.limits import fetching_keywords
from policykg.server.negotiation import negotiate, parse_accept
from policykg.store.oxigraph_store import OxigraphStore

POLICIES = f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }} ORDER BY ?p"
ALL_POLICIES = {str(ID[f"policy/{d}"]) for d in (ACME_V1, "a2a2a2a2a2a2a2a2", BETA)}
SRX = "{http://www.w3.org/2005/sparql-results#}"
SLOW_GRAPH = "http://example.org/slow"
RUNAWAY = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SLOW_GRAPH}> {{ ?a ?p ?b . ?c ?q ?d }} }}"
TOKEN = "test-token-0123456789"


def _store(slow_triples: int = 0) -> OxigraphStore:
    store = OxigraphStore(None)
    load_fixture(store)
    if slow_triples:
        lines = "".join(
            f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o{i}> <{SLOW_GRAPH}> .\n"
            for i in range(slow_triples)
        )
        store.bulk_load_nquads(lines.encode())
    return store


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    store = _store()
    with TestClient(create_app(store, limits=Limits(timeout=10, max_rows=50, max_request_bytes=4000))) as test_client:
        yield test_client
    store.close()


def bindings(response) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    payload = response.json()
    return [{k: v["value"] for k, v in row.items()} for row in payload["results"]["bindings"]]


# -- the protocol ------------------------------------------------------------------------------
def test_get_post_form_and_direct_post_give_the_same_rows(client: TestClient) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    get = client.get("/query", params={"query": POLICIES}, headers=accept)
    form = client.post("/query", data={"query": POLICIES}, headers=accept)
    direct = client.post("/query", content=POLICIES.encode(), headers={**accept, "Content-Type": "application/sparql-query"})
    for response in (get, form, direct):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/sparql-results+json"
        assert {row["p"] for row in bindings(response)} == ALL_POLICIES
    assert get.headers["x-policykg-rows"] == "3"


def test_select_in_xml_csv_and_tsv(client: TestClient) -> None:
    xml = client.get("/query", params={"query": POLICIES}, headers={"Accept": "application/sparql-results+xml"})
    assert xml.headers["content-type"] == "application/sparql-results+xml"
    uris = {e.text for e in ET.fromstring(xml.content).iter(f"{SRX}uri")}
    assert uris == ALL_POLICIES
    text = client.get("/query", params={"query": POLICIES}, headers={"Accept": "text/csv"})
    assert text.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text.text)))
    assert {r["p"] for r in rows} == ALL_POLICIES
    tsv = client.get("/query", params={"query": POLICIES, "format": "tsv"}, headers={"Accept": "application/json"})
    assert tsv.headers["content-type"].startswith("text/tab-separated-values")
    lines = tsv.text.strip().splitlines()
    assert lines[0] == "?p" and {line.strip("<>") for line in lines[1:]} == ALL_POLICIES


def test_ask_in_json_and_xml(client: TestClient) -> None:
    yes = client.get("/query", params={"query": f"ASK {{ <{ID['policy/' + BETA]}> a <{PKG.PrivacyPolicy}> }}"})
    assert yes.json() == {"head": {}, "boolean": True}
    no = client.get("/query", params={"query": "ASK { <http://example.org/nothing> ?p ?o }", "format": "xml"})
    assert ET.fromstring(no.content).find(f"{SRX}boolean").text == "false"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("accept", "media", "rdflib_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_construct_in_each_rdf_format(client: TestClient, accept: str, media: str, rdflib_format: str) -> None:
    query = f"CONSTRUCT {{ ?p a <{PKG.PrivacyPolicy}> ; <{PKG.fileName}> ?f }} WHERE {{ ?p a <{PKG.PrivacyPolicy}> ; <{PKG.fileName}> ?f }}"
    response = client.post("/query", data={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    graph = Graph().parse(data=response.content, format=rdflib_format)
    assert {str(s) for s in graph.subjects()} == ALL_POLICIES
    assert len(graph) == 6


def test_default_and_named_graph_uri_set_the_dataset(client: TestClient) -> None:
    beta_graph = str(GRAPH[f"policy/{BETA}"])
    only_beta = client.get("/query", params={"query": POLICIES, "default-graph-uri": beta_graph})
    assert [row["p"] for row in bindings(only_beta)] == [str(ID[f"policy/{BETA}"])]
    named = client.get(
        "/query",
        params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": beta_graph},
    )
    assert [row["g"] for row in bindings(named)] == [beta_graph]
    bad = client.get("/query", params={"query": POLICIES, "default-graph-uri": "not an iri"})
    assert bad.status_code == 400 and "absolute IRI" in bad.text


# -- refusals -----------------------------------------------------------------------------------
def test_malformed_query_is_400_with_the_parser_message(client: TestClient) -> None:
    response = client.get("/query", params={"query": "SELECT ?x WHERE { ?x ?p }"})
    assert response.status_code == 400
    assert response.text.startswith("malformed SPARQL query: error at 1:")
    missing = client.get("/query")
    assert missing.status_code == 400 and "'query'" in missing.text
    twice = client.get("/query?query=ASK%7B%7D&query=ASK%7B%7D")
    assert twice.status_code == 400 and "exactly one" in twice.text


def test_service_is_refused_but_the_word_in_strings_is_not(client: TestClient) -> None:
    refused = client.get("/query", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"})
    assert refused.status_code == 403 and "--allow-service" in refused.text
    # Oxigraph refuses \u escapes outside strings; so does the guard (a reader applying them first would see SERVICE)
    escaped = client.get("/query", params={"query": "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:1/x> { ?s ?p ?o } }"})
    assert escaped.status_code == 400 and "backslash" in escaped.text
    harmless = client.get("/query", params={"query": 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) } # SERVICE'})
    assert harmless.status_code == 200 and bindings(harmless) == [{"service": "SERVICE"}]


def test_fetching_keywords_scanner() -> None:
    assert fetching_keywords("select * { service silent <x:y> {} }") == {"SERVICE"}
    assert fetching_keywords("LOAD <http://example.org/data.ttl>") == {"LOAD"}
    assert fetching_keywords('SELECT ?load { ex:service ?p "LOAD SERVICE" } # SERVICE') == set()
    assert fetching_keywords("SELECT * { <http://e/SERVICE> ?p '''x SERVICE''' }") == set()


def test_not_acceptable_formats_are_406(client: TestClient) -> None:
    assert client.get("/query", params={"query": POLICIES}, headers={"Accept": "image/png"}).status_code == 406
    construct = client.get("/query", params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": "text/csv"})
    assert construct.status_code == 406 and "text/turtle" in construct.text
    assert client.get("/query", params={"query": POLICIES, "format": "yaml"}).status_code == 406


def test_bad_method_and_content_type(client: TestClient) -> None:
    assert client.put("/query", content=b"ASK {}").status_code == 405
    wrong = client.post("/query", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert wrong.status_code == 415 and "application/sparql-query" in wrong.text


def test_oversized_requests_are_413(client: TestClient) -> None:
    big = "ASK { } #" + "x" * 5000
    declared = client.post("/query", content=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert declared.status_code == 413 and "--max-request-bytes" in declared.text

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit applies while reading
        for _ in range(10):
            yield b"#" + b"y" * 999

    streamed = client.post("/query", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert streamed.status_code == 413
    assert client.get("/query", params={"query": big}).status_code == 413


def test_too_many_rows_is_422(client: TestClient) -> None:
    response = client.get("/query", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 422 and "--max-rows" in response.text and "LIMIT" in response.text
    assert client.get("/query", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 50"}).status_code == 200


def test_updates_are_refused_on_a_read_only_server(client: TestClient) -> None:
    response = client.post("/update", data={"update": "INSERT DATA { <http://e/a> <http://e/b> 1 }"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403 and "--allow-update" in response.text


def test_updates_need_the_token() -> None:
    store = _store()
    app = create_app(store, limits=Limits(allow_update=True, token=TOKEN))
    insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 42 } }"
    with TestClient(app) as client:
        none = client.post("/update", data={"update": insert})
        assert none.status_code == 401 and none.headers["www-authenticate"].startswith("Bearer")
        wrong = client.post("/update", data={"update": insert}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403
        ask = {"query": "ASK { <http://example.org/a> <http://example.org/b> 42 }"}
        assert client.get("/query", params=ask).json()["boolean"] is False
        ok = client.post("/update", content=insert.encode(),
                         headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"})
        assert ok.status_code == 204, ok.text
        assert client.get("/query", params=ask).json()["boolean"] is True
        bad = client.post("/update", data={"update": "INSERT NONSENSE"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 400 and "invalid SPARQL update" in bad.text
        load = client.post("/update", data={"update": "LOAD <http://127.0.0.1:1/x.ttl>"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
        assert load.status_code == 403
    store.close()


def test_runaway_query_times_out_and_the_server_keeps_answering() -> None:
    store = _store(slow_triples=4000)
    app = create_app(store, limits=Limits(timeout=0.5, max_running=1))
    with TestClient(app) as client:
        started = time.monotonic()
        slow = client.get("/query", params={"query": RUNAWAY})
        assert slow.status_code == 504 and "--timeout" in slow.text
        assert time.monotonic() - started < 2.0
        # The one slot is still held by the abandoned query: the next query waits, then gets 503.
        busy = client.get("/query", params={"query": POLICIES})
        assert busy.status_code == 503 and "busy" in busy.text
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            answer = client.get("/query", params={"query": POLICIES})
            if answer.status_code == 200:
                break
        assert answer.status_code == 200 and {r["p"] for r in bindings(answer)} == ALL_POLICIES
    store.close()


# -- catalogue, health, page ---------------------------------------------------------------------
def test_catalogue_lists_and_runs_queries(client: TestClient) -> None:
    listing = client.get("/queries").json()
    entry = next(e for e in listing if e["name"] == "companies-collecting-category")
    assert entry["url"] == "/queries/companies-collecting-category"
    assert entry["params"][0]["name"] == "category" and "SELECT" in entry["sparql"]
    run = client.get("/queries/companies-collecting-category", params={"category": "pd/Contact"})
    assert run.status_code == 200 and run.headers["x-policykg-query"] == "companies-collecting-category"
    categories = {row["category"].rsplit("/", 1)[-1] for row in bindings(run)}
    assert categories and categories <= {"EmailAddress", "TelephoneNumber", "Contact"}
    as_csv = client.get("/queries/companies-collecting-category", params={"category": "pd/Contact", "format": "csv"})
    assert len(list(csv.DictReader(io.StringIO(as_csv.text)))) == len(bindings(run))
    assert client.get("/queries/no-such-query").status_code == 404
    unknown = client.get("/queries/companies-collecting-category", params={"colour": "red"})
    assert unknown.status_code == 400 and "colour" in unknown.text
    injected = client.get("/queries/companies-collecting-category", params={"category": "x> } ; DROP ALL ; #"})
    assert injected.status_code == 400


def test_health(client: TestClient) -> None:
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["policies"] == 3 and health["updates"] is False


def test_page_is_offline_and_escapes_nothing_from_the_server(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "connect-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text and "//cdn" not in page.text
    assert '<script src="/static/vendor/yasgui.min.js">' in page.text
    script = client.get("/static/page.js")
    assert script.status_code == 200 and "innerHTML" not in script.text and "/queries" in script.text
    vendor = client.get("/static/vendor/yasgui.min.js")
    assert vendor.status_code == 200 and len(vendor.content) > 500_000
    assert "sourceMappingURL" not in vendor.text[-200:]
    css = client.get("/static/vendor/yasgui.min.css")
    assert css.status_code == 200 and "url(http" not in css.text


def test_accept_parsing_and_negotiation() -> None:
    assert parse_accept("text/csv;q=0.5, application/sparql-results+xml") == [
        ("application/sparql-results+xml", 1.0), ("text/csv", 0.5)]
    chosen = negotiate("text/*;q=0.9, application/ld+json")
    assert chosen.results is not None and chosen.results.media_type == "text/csv"
    assert chosen.graph is not None and chosen.graph.media_type == "application/ld+json"
    default = negotiate(None)
    assert default.results.media_type == "application/sparql-results+json"  # type: ignore[union-attr]
    assert default.graph.media_type == "text/turtle"  # type: ignore[union-attr]
    assert negotiate("*/*;q=0.1, text/csv;q=0").results.media_type == "application/sparql-results+json"  # type: ignore[union-attr]
    assert json.loads(json.dumps(negotiate(None, "ntriples").graph.media_type)) == "application/n-triples"  # type: ignore[union-attr]


def test_from_clause_detection_ignores_variables_and_names() -> None:
    from policykg.store.sparql_text import has_dataset_clause

    assert has_dataset_clause("SELECT * FROM <http://e/g> { ?s ?p ?o }")
    assert has_dataset_clause("select * from named <http://e/g> { graph ?g { ?s ?p ?o } }")
    assert not has_dataset_clause("SELECT ?from { ?s ex:from ?o } # FROM")
    assert not has_dataset_clause('SELECT * { ?s ?p "FROM here" }')
