"""``policykg serve`` as a real process on a free loopback port, queried with SPARQLWrapper.

Checks every result format end to end, the refusals a client sees, token-guarded updates on a
second (read-write) server, a runaway query answered with 504 while the server keeps serving,
and that a catalogue query gives the same rows through the endpoint and through ``policykg query``.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.dom.minidom import Document

import pytest
from click.testing import CliRunner
from graph_fixtures import BETA, load_fixture
from rdflib import Graph
from servers import free_port, stop
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized

from policykg.cli import cli
from policykg.namespaces import ID, PKG
from policykg.store.oxigraph_store import OxigraphStore

POLICIES = f"SELECT ?p ?file WHERE {{ ?p a <{PKG.PrivacyPolicy}> ; <{PKG.fileName}> ?file }} ORDER BY ?p"
CONSTRUCT = f"CONSTRUCT {{ ?p a <{PKG.PrivacyPolicy}> ; <{PKG.fileName}> ?f }} WHERE {{ ?p a <{PKG.PrivacyPolicy}> ; <{PKG.fileName}> ?f }}"
SLOW_GRAPH = "http://example.org/slow"
RUNAWAY = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SLOW_GRAPH}> {{ ?a ?p ?b . ?c ?q ?d }} }}"
TOKEN = "live-token-abcdef0123456789"


def policykg_command() -> list[str]:
    """The installed ``policykg`` script next to this Python (fails loudly if missing)."""
    script = Path(sys.executable).with_name("policykg")
    if not script.exists():
        raise RuntimeError(f"{script} is missing: pip install -e . into this environment")
    return [str(script)]


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    process: subprocess.Popen[bytes]

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"


def start_server(store: Path, *extra: str, env: dict[str, str] | None = None, startup: float = 30.0) -> LiveServer:
    """``policykg --store STORE serve --port FREE ...``, polled until /health answers."""
    last = ""
    for _attempt in range(3):  # the port may be taken between probe and bind
        port = free_port()
        log = tempfile.TemporaryFile()
        process = subprocess.Popen(
            [*policykg_command(), "--store", str(store), "serve", "--port", str(port), *extra],
            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + startup
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2) as response:  # noqa: S310 - loopback
                    if response.status == 200:
                        return LiveServer(base, process)
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        stop(process)
        log.seek(0)
        last = log.read().decode("utf-8", "replace")[-2000:]
    raise RuntimeError(f"policykg serve did not start on {store}: {last}")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("live") / "store"
    store = OxigraphStore(folder)
    load_fixture(store)
    slow = "".join(
        f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o{i}> <{SLOW_GRAPH}> .\n" for i in range(4000)
    )
    store.bulk_load_nquads(slow.encode())
    store.close()
    return folder


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[LiveServer]:
    live = start_server(store_dir, "--timeout", "1", "--max-request-bytes", "20000")
    yield live
    stop(live.process)


def wrapper(server: LiveServer, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.query_url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(20)
    return sparql


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 - loopback
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


# -- every format through SPARQLWrapper ------------------------------------------------------------
def test_select_json_and_xml(server: LiveServer) -> None:
    result = wrapper(server, POLICIES, JSON).query()
    assert result.info()["content-type"] == "application/sparql-results+json"
    rows = result.convert()["results"]["bindings"]
    assert len(rows) == 3 and rows[2]["p"]["value"] == str(ID[f"policy/{BETA}"])
    xml = wrapper(server, POLICIES, XML).query()
    assert xml.info()["content-type"] == "application/sparql-results+xml"
    document = xml.convert()
    assert isinstance(document, Document)
    assert len(document.getElementsByTagName("result")) == 3


def test_select_csv_and_tsv(server: LiveServer) -> None:
    csv_result = wrapper(server, POLICIES, CSV).query()
    assert csv_result.info()["content-type"].startswith("text/csv")
    lines = csv_result.convert().decode().strip().splitlines()
    assert lines[0] == "p,file" and len(lines) == 4
    tsv_result = wrapper(server, POLICIES, TSV).query()
    assert tsv_result.info()["content-type"].startswith("text/tab-separated-values")
    rows = [line.split("\t") for line in tsv_result.convert().decode().strip().splitlines()]
    assert rows[0] == ["?p", "?file"] and rows[3][0] == f"<{ID[f'policy/{BETA}']}>"


def test_ask(server: LiveServer) -> None:
    sparql = wrapper(server, f"ASK {{ ?p a <{PKG.PrivacyPolicy}> }}", JSON)
    sparql.setMethod(POST)
    assert sparql.query().convert() == {"head": {}, "boolean": True}


def test_construct_turtle_ntriples_jsonld(server: LiveServer) -> None:
    turtle = wrapper(server, CONSTRUCT, TURTLE).query()
    assert turtle.info()["content-type"].startswith("text/turtle")
    assert len(Graph().parse(data=turtle.convert(), format="turtle")) == 6
    n3 = wrapper(server, CONSTRUCT, N3).query()  # SPARQLWrapper sends format=n3: Turtle is valid N3
    assert n3.info()["content-type"].startswith("text/turtle")
    nt = wrapper(server, CONSTRUCT, N3)
    nt.setOnlyConneg(True)  # no format= parameter: the Accept header decides
    nt.addCustomHttpHeader("Accept", "application/n-triples")
    nt_result = nt.query()
    assert nt_result.info()["content-type"].startswith("application/n-triples")
    body = nt_result.response.read().decode()
    assert len(body.strip().splitlines()) == 6 and len(Graph().parse(data=body, format="nt")) == 6
    jsonld = wrapper(server, CONSTRUCT, JSONLD).query()
    assert jsonld.info()["content-type"] == "application/ld+json"
    graph = jsonld.convert()
    assert isinstance(graph, Graph) and len(graph) == 6


def test_form_post_through_sparqlwrapper(server: LiveServer) -> None:
    sparql = wrapper(server, POLICIES, JSON)
    sparql.setMethod(POST)
    sparql.setRequestMethod(URLENCODED)
    assert len(sparql.query().convert()["results"]["bindings"]) == 3


# -- refusals seen by a client -----------------------------------------------------------------------
def test_malformed_query_is_400(server: LiveServer) -> None:
    with pytest.raises(QueryBadFormed) as caught:
        wrapper(server, "SELECT ?x WHERE { ?x }", JSON).query()
    assert "malformed SPARQL query" in str(caught.value)


def test_service_is_403(server: LiveServer) -> None:
    url = server.query_url + "?" + urllib.parse.urlencode({"query": "SELECT * { SERVICE <http://127.0.0.1:1/q> { ?s ?p ?o } }"})
    status, body, _ = http(url)
    assert status == 403 and b"--allow-service" in body


def test_update_on_read_only_server_is_403(server: LiveServer) -> None:
    status, body, _ = http(server.base_url + "/update", data=b"update=CLEAR+ALL",
                           headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"})
    assert status == 403 and b"read-only" in body


def test_health_names_the_store_kind_not_its_path(server: LiveServer, store_dir: Path) -> None:
    status, body, _ = http(server.base_url + "/health")
    answer = json.loads(body)
    assert status == 200 and answer["store"] == "embedded" and answer["policies"] == 3
    assert str(store_dir) not in body.decode() and str(store_dir.parent) not in body.decode()


def test_oversized_request_is_413(server: LiveServer) -> None:
    body = ("ASK {} #" + "z" * 30000).encode()
    status, answer, _ = http(server.query_url, data=body, headers={"Content-Type": "application/sparql-query"})
    assert status == 413 and b"20000" in answer


def test_runaway_query_times_out_and_server_still_answers(server: LiveServer) -> None:
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as caught:  # SPARQLWrapper passes 504 through as is
        wrapper(server, RUNAWAY, JSON).query()
    assert caught.value.code == 504 and b"--timeout" in caught.value.read()
    assert time.monotonic() - started < 5
    status, body, _ = http(server.base_url + "/health")
    assert status == 200 and json.loads(body)["policies"] == 3
    assert len(wrapper(server, POLICIES, JSON).query().convert()["results"]["bindings"]) == 3


# -- catalogue: endpoint and CLI agree ---------------------------------------------------------------
def test_catalogue_query_same_rows_as_cli(server: LiveServer, store_dir: Path) -> None:
    status, body, headers = http(server.base_url + "/queries/companies-collecting-category?category=pd/Contact",
                                 headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    endpoint_rows = [{k: v["value"] for k, v in row.items()} for row in json.loads(body)["results"]["bindings"]]
    cli = subprocess.run(
        [*policykg_command(), "--store", str(store_dir), "query", "companies-collecting-category",
         "--param", "category=pd/Contact", "--format", "json"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert cli.returncode == 0, cli.stderr
    cli_rows = [{k: str(v) for k, v in row.items() if v is not None} for row in json.loads(cli.stdout)["rows"]]
    assert endpoint_rows and endpoint_rows == cli_rows
    status, listing, _ = http(server.base_url + "/queries")
    assert status == 200 and "companies-collecting-category" in {q["name"] for q in json.loads(listing)}


def test_page_served_without_cdn(server: LiveServer) -> None:
    status, body, headers = http(server.base_url + "/")
    text = body.decode()
    assert status == 200 and "yasgui.min.js" in text and "https://" not in text and "http://" not in text
    assert "connect-src 'self'" in headers["content-security-policy"]


# -- token-guarded updates on a read-write server -------------------------------------------------------
def test_updates_with_token(store_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "rw"
    shutil.copytree(store_dir, copy)
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    live = start_server(copy, "--allow-update", "--token-file", str(token_file))
    try:
        insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 7 } }"
        update = SPARQLWrapper(live.query_url, updateEndpoint=live.base_url + "/update")
        update.setMethod(POST)
        update.setQuery(insert)
        with pytest.raises(Unauthorized):
            update.query()
        update.addCustomHttpHeader("Authorization", "Bearer wrong")
        status, body, _ = http(live.base_url + "/update", data=b"update=CLEAR+ALL",
                               headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": "Bearer wrong"})
        assert status == 403 and b"wrong token" in body
        update.clearCustomHttpHeader("Authorization")
        update.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
        update.query()
        ask = wrapper(live, "ASK { <http://example.org/a> <http://example.org/b> 7 }", JSON)
        assert ask.query().convert()["boolean"] is True
        status, body, _ = http(live.base_url + "/health")
        assert json.loads(body)["updates"] is True and json.loads(body)["policies"] == 3
    finally:
        stop(live.process)


def test_serve_refuses_public_host_and_update_without_token(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    public = runner.invoke(cli, ["--store", str(store_dir), "serve", "--host", "0.0.0.0"])
    assert public.exit_code == 2 and "--public" in public.output
    monkeypatch.delenv("POLICYKG_TOKEN", raising=False)
    no_token = runner.invoke(cli, ["--store", str(store_dir), "serve", "--allow-update"])
    assert no_token.exit_code == 2 and "token" in no_token.output
    remote = runner.invoke(cli, ["--store", "http://127.0.0.1:9/query", "serve"])
    assert remote.exit_code == 2 and "needs a store folder" in remote.output
    missing = runner.invoke(cli, ["--store", str(store_dir.parent / "absent"), "serve"])
    assert missing.exit_code == 2 and "no store at" in missing.output
    helptext = subprocess.run([*policykg_command(), "serve", "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert helptext.returncode == 0 and "--allow-service" in helptext.stdout and "/queries" in helptext.stdout


# -- catalogue answers read from answer tables -----------------------------------------------------------
def test_catalogue_route_reads_current_answer_tables(tmp_path: Path) -> None:
    """A store that keeps answer tables: the route serves them (same rows as evaluating, same row limit)."""
    from policykg.queries.answer_tables import refresh, table_specs
    from policykg.queries.catalogue import list_queries
    from policykg.queries.runner import run_query

    samples = Path(__file__).resolve().parents[1] / "policykg" / "samples" / "policies"
    folder = tmp_path / "kg"
    assert CliRunner().invoke(cli, ["--store", str(folder), "ingest", str(samples), "--quiet"]).exit_code == 0
    store = OxigraphStore(folder)
    refresh(store)
    live = {name: run_query(store, name, tables=False) for name in ("policies-overview", "disclosure-conditions")}
    limit = len(live["policies-overview"].rows) + 1
    tabled = {spec.name for spec in table_specs()}
    untabled = next(query.name for query in list_queries() if query.name not in tabled and not query.params
                    and 0 < len(run_query(store, query.name).rows) <= limit)
    store.close()
    assert len(live["disclosure-conditions"].rows) > limit
    server = start_server(folder, "--max-rows", str(limit))
    try:
        status, body, headers = http(server.base_url + "/queries/policies-overview",
                                     headers={"Accept": "application/sparql-results+json"})
        assert status == 200, body
        assert headers["x-policykg-source"] == "answer-table"
        served = [[row.get(column, {}).get("value") for column in live["policies-overview"].columns]
                  for row in json.loads(body)["results"]["bindings"]]
        assert served == [[None if term is None else str(term) for term in row] for row in live["policies-overview"].rows]
        status, body, _ = http(server.base_url + "/queries/disclosure-conditions?format=csv")
        assert status == 422 and b"max-rows" in body  # a stored answer obeys the row limit too
        status, body, headers = http(server.base_url + f"/queries/{untabled}")
        assert status == 200 and headers["x-policykg-source"] == "evaluated"  # not a tabled question
    finally:
        stop(server.process)
