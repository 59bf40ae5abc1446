"""The SPARQL endpoint under hostile input: random text, SERVICE smuggling, runaway joins, big bodies.

Property-based (hypothesis) against the real ASGI app over a real in-memory store, plus one live
``policykg serve`` process. SERVICE targets are loopback or documentation-only (TEST-NET) addresses,
and a loopback listener of ours proves that a refused query never opens a connection.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from graph_fixtures import load_fixture
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from servers import free_port, stop
from starlette.testclient import TestClient

from policykg.namespaces import PKG
from policykg.server import Limits, create_app
from policykg.store.oxigraph_store import OxigraphStore

ALLOWED = {200, 400, 403, 413, 422, 504}
JSON = {"Accept": "application/sparql-results+json, text/turtle;q=0.9"}  # both families: no 406
DIRECT = {**JSON, "Content-Type": "application/sparql-query"}
SLOW_GRAPH = "http://example.org/slow"
RUNAWAY = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SLOW_GRAPH}> {{ ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }} }}"
POLICIES = f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}"
MAX_BYTES = 4000
HYPOTHESIS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class Listener:
    """A loopback TCP listener that counts connections: a SERVICE that slipped through would hit it."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


@pytest.fixture(scope="module")
def store() -> Iterator[OxigraphStore]:
    memory = OxigraphStore(None)
    load_fixture(memory)
    slow = "".join(f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o{i}> <{SLOW_GRAPH}> .\n" for i in range(300))
    memory.bulk_load_nquads(slow.encode())
    yield memory
    memory.close()


@pytest.fixture(scope="module")
def client(store: OxigraphStore) -> Iterator[TestClient]:
    limits = Limits(timeout=1.0, max_rows=200, max_request_bytes=MAX_BYTES, max_running=4)
    with TestClient(create_app(store, limits=limits), raise_server_exceptions=False) as test_client:
        yield test_client


def _assert_answered(response, query: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code in ALLOWED, f"{response.status_code} for {query!r}: {response.text[:500]}"
    if response.status_code != 200:
        assert len(response.text.strip()) > 10, f"{response.status_code} without a message for {query!r}"
        assert "Traceback" not in response.text


# -- random text never breaks the server ----------------------------------------------------------
FRAGMENTS = (
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", "(", ")", ".", ";", ",", "*", "?s", "?p", "?o",
    "$x", "<http://example.org/a>", "<", ">", '"text"', "'x'", '"""long\nstring"""', "12", "-3.5e9", "FILTER",
    "OPTIONAL", "UNION", "MINUS", "GRAPH", "BIND", "AS", "VALUES", "UNDEF", "GROUP BY", "ORDER BY", "LIMIT",
    "OFFSET", "COUNT", "SUM", "REGEX", "STR", "LANG", "@en", "^^", "a", "PREFIX ex: <http://example.org/>",
    "ex:p", "BASE <http://x/>", "FROM", "FROM NAMED", "NOT EXISTS", "#comment\n", "\\u0041", "||", "&&", "!",
    "=", "!=", "+", "/", "|", "^", "_:b", "[]", "SERVICE", "LOAD", "INSERT DATA", "DELETE", "CLEAR ALL", "\x00",
    "\u202e", "é", "隐私", "\ud7ff", "<<", ">>", "{|", "|}", "SILENT", "TRIPLE", "IRI(", "SUBSTR(", "1/0",
)
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
_SOUP = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map(" ".join)


@HYPOTHESIS
@given(query=st.one_of(_TEXT, _SOUP), method=st.sampled_from(["get", "form", "direct"]))
def test_random_query_text_never_gets_a_500(client: TestClient, query: str, method: str) -> None:
    if method == "get":
        response = client.get("/query", params={"query": query}, headers=JSON)
    elif method == "form":
        response = client.post("/query", data={"query": query}, headers=JSON)
    else:
        response = client.post("/query", content=query.encode("utf-8"), headers=DIRECT)
    _assert_answered(response, query)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=300))
def test_random_bytes_as_body_never_get_a_500(client: TestClient, body: bytes) -> None:
    response = client.post("/query", content=body, headers=DIRECT)
    _assert_answered(response, repr(body))


CATALOGUE = ("companies-collecting-category", "evidence-for-fact", "policy-diff", "silent-on", "policies-overview", "no-such-query")
_PARAM_VALUE = st.one_of(_TEXT, st.sampled_from(["pd/Contact", "pd/", "<http://x>", "> } SERVICE <http://127.0.0.1/> {", "'; DROP", "pkv:pd/Name", "\\u0053ERVICE"]))


@HYPOTHESIS
@given(name=st.sampled_from(CATALOGUE), params=st.dictionaries(st.sampled_from(["category", "fact", "topic", "policy", "older", "newer", "x"]), _PARAM_VALUE, max_size=3))
def test_catalogue_route_with_random_parameters_never_gets_a_500(client: TestClient, listener: Listener, name: str, params: dict[str, str]) -> None:
    """Parameters become RDF terms, never SPARQL text: odd values give 400, not a 500 or a fetch."""
    before = listener.connections
    response = client.get(f"/queries/{name}", params=params, headers=JSON)
    assert response.status_code in ALLOWED | {404}, f"{response.status_code} for {name} {params!r}: {response.text[:300]}"
    if response.status_code != 200:
        assert len(response.text.strip()) > 10
    assert listener.connections == before


# -- malformed queries: 400 with the parser's own message -----------------------------------------
VALID = (
    POLICIES,
    "SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o FILTER(?n > 2) } GROUP BY ?s ORDER BY DESC(?n) LIMIT 5",
    "ASK { ?s a <https://w3id.org/policykg/ns#PrivacyPolicy> }",
    'CONSTRUCT { ?s <http://example.org/q> "x"@en } WHERE { ?s ?p ?o } LIMIT 3',
)


def _parser_error(query: str) -> str | None:
    try:
        ox.Store().query(query)
    except SyntaxError as error:
        return str(error)
    return None


@HYPOTHESIS
@given(query=st.sampled_from(VALID), cut=st.integers(min_value=1, max_value=200), junk=st.sampled_from(["", "}", "{", "(", "?", "<", "'"]))
def test_broken_query_gets_400_with_the_parser_message(client: TestClient, query: str, cut: int, junk: str) -> None:
    broken = query[: cut % (len(query) - 1) + 1] + junk
    expected = _parser_error(broken)
    response = client.post("/query", content=broken.encode(), headers=DIRECT)
    if expected is None:
        _assert_answered(response, broken)
        return
    assert response.status_code == 400, f"{response.status_code} for {broken!r}: {response.text}"
    assert f"malformed SPARQL query: {expected}" in response.text


# -- SERVICE: refused when it is the keyword, allowed when the word is only text ----------------------
_HOSTS = st.one_of(
    st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(1, 254)).map(lambda t: f"127.{t[0]}.{t[1]}.{t[2]}"),
    st.sampled_from(["192.0.2", "198.51.100", "203.0.113"]).flatmap(lambda net: st.integers(1, 254).map(lambda h: f"{net}.{h}")),
    st.sampled_from(["localhost", "LOCALHOST", "[::1]", "0.0.0.0", "2130706433", "0x7f000001", "metadata.invalid"]),
)


@st.composite
def service_keyword(draw: st.DrawFn) -> str:
    """SERVICE in random case, with some letters as \\u / \\U escapes (refused as malformed outside strings:
    the SPARQL text applies them before parsing, Oxigraph refuses them there)."""
    letters = []
    for char in "SERVICE":
        char = char.lower() if draw(st.booleans()) else char
        style = draw(st.sampled_from(["plain", "plain", "u", "U"]))
        letters.append(char if style == "plain" else f"\\u{ord(char):04X}" if style == "u" else f"\\U{ord(char):08x}")
    return "".join(letters)


_GAP = st.sampled_from([" ", "\n", "\t", "  ", " #note SERVICE\n ", "\r\n"])


@st.composite
def federated_query(draw: st.DrawFn, port: int) -> str:
    host = draw(_HOSTS)
    target = draw(st.sampled_from([f"<http://{host}:{port}/sparql>", f"<http://{host}/>", "?endpoint"]))
    silent = draw(st.sampled_from(["", "SILENT ", "silent "]))
    gap = draw(_GAP)
    values = f'VALUES ?endpoint {{ <http://{host}:{port}/> }}' if target == "?endpoint" else ""
    before = draw(st.sampled_from(["", '?s ?p "SERVICE" . ', "# SERVICE in a comment\n", "?s ?p ?o . "]))
    tight = draw(st.booleans()) and target.startswith("<")
    keyword = draw(service_keyword())
    service = f"{keyword}{'' if tight and not silent else gap}{silent}{target}{'' if tight else gap}{{ ?a ?b ?c }}"
    return f"SELECT * WHERE {{ {values} {before}{service} }} LIMIT 1"


@pytest.fixture(scope="module")
def federated(listener: Listener) -> st.SearchStrategy[str]:
    return federated_query(listener.port)


@HYPOTHESIS
@given(data=st.data())
def test_service_is_refused_in_every_spelling(client: TestClient, listener: Listener, federated: st.SearchStrategy[str], data: st.DataObject) -> None:
    query = data.draw(federated)
    before = listener.connections
    response = client.post("/query", content=query.encode(), headers=DIRECT)
    if "\\" in query.split("{", 1)[1]:  # an escaped keyword: malformed, refused before anything runs
        assert response.status_code == 400 and "backslash" in response.text, f"{response.status_code} for {query!r}: {response.text}"
    else:
        assert response.status_code == 403, f"{response.status_code} for {query!r}: {response.text}"
        assert "SERVICE is disabled on this endpoint" in response.text and "--allow-service" in response.text
    assert listener.connections == before, f"the server connected out for {query!r}"


@st.composite
def harmless_mention(draw: st.DrawFn) -> str:
    """The word SERVICE (any case, escaped or not) only inside a string, comment, IRI, variable or prefixed name."""
    word = draw(service_keyword())
    plain = draw(st.sampled_from(["SERVICE", "service", "Service"]))
    host = draw(_HOSTS)
    phrase = f"{word} <http://{host}/> {{ ?a ?b ?c }}"
    where = draw(st.sampled_from(["string", "single", "long", "comment", "iri", "variable", "prefixed"]))
    if where == "string":
        return f'SELECT ?x WHERE {{ BIND("{phrase}" AS ?x) }}'
    if where == "single":
        return f"SELECT ?x WHERE {{ BIND('{phrase}' AS ?x) }}"
    if where == "long":
        return f'SELECT ?x WHERE {{ BIND("""first line\n{phrase}\n""" AS ?x) }}'
    if where == "comment":
        return f"SELECT ?x WHERE {{ # {phrase}\n BIND(1 AS ?x) }}"
    if where == "iri":
        return f"SELECT ?x WHERE {{ BIND(<http://{host}/{plain}/x> AS ?x) }}"
    if where == "variable":
        return f"SELECT ?{plain} WHERE {{ BIND(1 AS ?{plain}) }}"
    return f"PREFIX {plain}: <http://example.org/> SELECT ?x WHERE {{ BIND({plain}:{plain} AS ?x) }}"


@HYPOTHESIS
@given(query=harmless_mention())
def test_the_word_service_inside_text_is_not_refused(client: TestClient, listener: Listener, query: str) -> None:
    before = listener.connections
    response = client.post("/query", content=query.encode(), headers=DIRECT)
    assert response.status_code == 200, f"{response.status_code} for {query!r}: {response.text}"
    assert listener.connections == before


# -- updates, sizes, runaway joins -----------------------------------------------------------------
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(update=st.sampled_from(["INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "CLEAR ALL", "DROP SILENT GRAPH <http://x/g>",
                               "LOAD <http://127.0.0.1:9/x.ttl>", "DELETE WHERE { ?s ?p ?o }"]),
       token=st.sampled_from(["", "Bearer guess", "Basic abc", "Bearer "]))
def test_updates_are_refused_on_a_read_only_endpoint(client: TestClient, store: OxigraphStore, update: str, token: str) -> None:
    before = len(list(store.quads()))
    headers = {"Content-Type": "application/sparql-update", **({"Authorization": token} if token else {})}
    response = client.post("/update", content=update.encode(), headers=headers)
    assert response.status_code == 403 and "read-only" in response.text
    via_query = client.post("/query", data={"update": update})
    assert via_query.status_code == 400 and "/update" in via_query.text
    assert len(list(store.quads())) == before


TOKEN = "hostile-test-token-0123456789"


@pytest.mark.parametrize("update", [
    "LOAD <http://127.0.0.1:{port}/data.ttl>",
    "lOaD SILENT <http://127.0.0.1:{port}/> INTO GRAPH <http://x/g>",
    "INSERT {{ ?a ?b ?c }} WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
    "INSERT {{ ?a ?b ?c }} WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
])
def test_updates_with_the_token_still_cannot_fetch_urls(listener: Listener, update: str) -> None:
    sparql = update.format(port=listener.port)
    before = listener.connections
    with OxigraphStore(None) as memory, TestClient(create_app(memory, limits=Limits(allow_update=True, token=TOKEN))) as client:
        response = client.post("/update", content=sparql.encode(), headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert response.status_code in (400, 403) and ("--allow-service" in response.text or "backslash" in response.text), response.text
        allowed = client.post("/update", content=b'INSERT DATA { <http://x/a> <http://x/b> "LOAD <http://127.0.0.1/> SERVICE" }',
                              headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert allowed.status_code == 204, allowed.text
    assert listener.connections == before


def test_oversized_requests_get_413_even_when_the_length_is_not_declared(client: TestClient) -> None:
    big = POLICIES + " #" + "x" * MAX_BYTES
    assert client.post("/query", content=big.encode(), headers=DIRECT).status_code == 413
    assert client.get("/query", params={"query": big}, headers=JSON).status_code == 413
    assert client.post("/query", data={"query": big}, headers=JSON).status_code == 413

    def chunks() -> Iterator[bytes]:  # chunked transfer: no Content-Length to check up front
        yield POLICIES.encode()
        for _ in range(100):
            yield b" #" + b"y" * 200 + b"\n"

    streamed = client.post("/query", content=chunks(), headers=DIRECT)
    assert streamed.status_code == 413 and f"limit of {MAX_BYTES}" in streamed.text
    lying = client.post("/query", content=big.encode(), headers={**DIRECT, "Content-Length": "not-a-number"})
    assert lying.status_code in {400, 413}
    assert client.post("/query", content=POLICIES.encode(), headers=DIRECT).status_code == 200


def test_runaway_joins_time_out_and_the_server_keeps_serving(client: TestClient) -> None:
    started = time.monotonic()
    response = client.post("/query", content=RUNAWAY.encode(), headers=DIRECT)
    assert response.status_code == 504, response.text
    assert "--timeout" in response.text and time.monotonic() - started < 5
    for _ in range(5):  # while the abandoned join still runs in its thread
        quick = client.post("/query", content=POLICIES.encode(), headers=DIRECT)
        assert quick.status_code == 200 and len(quick.json()["results"]["bindings"]) == 3
    assert client.get("/health").status_code == 200


# -- one live server -----------------------------------------------------------------------------
def _http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback only
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, store: OxigraphStore) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile") / "store"
    with OxigraphStore(folder) as disk:
        load_fixture(disk)
        disk.bulk_load_nquads("".join(f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o{i}> <{SLOW_GRAPH}> .\n" for i in range(300)).encode())
    script = Path(sys.executable).with_name("policykg")
    for _attempt in range(3):
        port = free_port()
        process = subprocess.Popen(
            [str(script), "--store", str(folder), "serve", "--port", str(port), "--timeout", "1", "--max-request-bytes", str(MAX_BYTES)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ),
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2):  # noqa: S310 - loopback
                    break
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        if process.poll() is None:
            try:
                yield base
            finally:
                stop(process)
            return
    pytest.fail(f"policykg serve did not start on {folder}")


def test_live_server_refuses_service_and_survives_abuse(live: str, listener: Listener) -> None:
    before = listener.connections
    smuggled = f"SELECT * WHERE {{ \\u0053eRvIcE <http://127.0.0.1:{listener.port}/> {{ ?a ?b ?c }} }}"
    status, text = _http(live + "/query", data=smuggled.encode(), headers=DIRECT)
    assert status == 400 and "backslash" in text
    status, _ = _http(live + "/query", data=b'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1/> {}" AS ?x) }', headers=DIRECT)
    assert status == 200
    status, text = _http(live + "/query", data=RUNAWAY.encode(), headers=DIRECT)
    assert status == 504, text
    status, text = _http(live + "/query", data=b"SELECT * WHERE { ?s ?p }", headers=DIRECT)
    assert status == 400 and "malformed SPARQL query" in text
    status, _ = _http(live + "/query", data=b"#" * (MAX_BYTES + 10), headers=DIRECT)
    assert status == 413
    status, text = _http(live + "/update", data=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and "read-only" in text
    status, text = _http(live + "/query?" + urllib.parse.urlencode({"query": POLICIES}), headers=JSON)
    assert status == 200 and text.count("policy/") == 3
    assert listener.connections == before
