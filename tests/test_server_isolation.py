"""Issue 19, items 1-4, against a real ``policykg serve``: no fetching, no crash, no runaway.

1. SSRF: the three spellings that got past the old keyword guard, and hypothesis-made ones with
   comments, escapes and odd whitespace around SERVICE / LOAD / FROM, never reach a loopback
   listener of ours; the server process and its workers run under the no-network filter.
2. Deep nesting is refused with 400 before parsing (GET and POST), and ``query --file`` exits 2.
3. A query that needs memory without bound is stopped at --max-query-memory (422).
4. Four concurrent cross products get 504 and are killed: a trivial query answers within a second.
"""
from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_server import POLICYKG, SLOW_GRAPH, Listener, PolicykgServer, make_store
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policykg.namespaces import PKG

TOKEN = "isolation-test-token-0123456789"
POLICIES = f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}"
TRIVIAL = "ASK { }"
CROSS_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SLOW_GRAPH}> {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }} }}"
CROSS_SORT = f"SELECT * WHERE {{ GRAPH <{SLOW_GRAPH}> {{ ?a ?b ?c . ?d ?e ?f }} }} ORDER BY ?a ?f LIMIT 1"
UPDATE_HEADERS = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}

# The spellings issue 19 found (each reached the listener before): a comment ended by CR, an escaped
# quote in a prefixed name that opened a fake string, a \u0022 that the guard unescaped first.
BYPASSES = (
    "SELECT * WHERE {{ #\rSERVICE <{url}/A> {{ ?x ?p ?o }} }}",
    "PREFIX ex: <http://ex/> SELECT ?x WHERE {{ VALUES ?z {{ ex:a\\' }} SERVICE <{url}/B> {{?x ?p ?o}} }} #'",
    'SELECT ?x WHERE {{ BIND("a\\u0022" AS ?z) SERVICE <{url}/C> {{ ?x ?p "o" }} }}',
)
UPDATE_BYPASSES = (
    "#\rLOAD <{url}/A>",
    "PREFIX ex: <http://ex/> INSERT {{ ?x ?p ?o }} WHERE {{ VALUES ?z {{ ex:a\\' }} }} ; LOAD <{url}/B> #'",
    'INSERT {{ ?x ?p "o" }} WHERE {{ BIND("a\\u0022" AS ?z) }} ; LOAD <{url}/C>',
)


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("isolation") / "kg", slow_triples=3000)


@pytest.fixture(scope="module")
def server(folder: Path) -> Iterator[PolicykgServer]:
    with PolicykgServer(folder, "--timeout", "2", "--max-query-memory", "256", "--max-running", "4") as running:
        yield running


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PolicykgServer]:
    folder = make_store(tmp_path_factory.mktemp("isolation-rw") / "kg")
    with PolicykgServer(folder, "--allow-update", "--timeout", "5", env={"POLICYKG_TOKEN": TOKEN}) as running:
        yield running


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
                found.extend(_children(int(entry.name)))
    return found


def _workers(server: PolicykgServer) -> set[int]:
    """The query workers: children of the server's multiprocessing fork server."""
    assert server.process is not None
    workers: set[int] = set()
    for pid in _children(server.process.pid):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"forkserver" in command:
            workers |= {child for child in _children(pid) if not _exited(child)}
    return workers


def _settled_workers(server: PolicykgServer, expected: int, wait: float = 10.0) -> set[int]:
    """The workers once a previous test's killed worker is gone (the server replaces it at once, and the
    old one may still be dying for a moment)."""
    deadline = time.monotonic() + wait
    workers = _workers(server)
    while len(workers) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = _workers(server)
    return workers


def _exited(pid: int) -> bool:
    """A killed worker not yet reaped (a zombie) is no worker: its replacement is already counted."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def _seccomp_filters(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Seccomp_filters:"):
            return int(line.split()[1])
    return 0


# -- 1. SSRF ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("template", BYPASSES)
def test_the_three_bypass_spellings_fetch_nothing(server: PolicykgServer, listener: Listener, template: str) -> None:
    before = len(listener.received)
    status, body = server.query(template.format(url=listener.url))
    assert status in (400, 403), (status, body)
    assert "LEAK" not in body
    assert len(listener.received) == before, listener.received[before:]


@pytest.mark.parametrize("template", UPDATE_BYPASSES)
def test_a_token_holder_cannot_make_the_server_load_a_url(writable: PolicykgServer, listener: Listener, template: str) -> None:
    before = len(listener.received)
    status, body, _ = writable.request("/update", data=template.format(url=listener.url).encode(), headers=UPDATE_HEADERS)
    assert status in (400, 403), (status, body)
    assert len(listener.received) == before, listener.received[before:]
    assert writable.query(POLICIES)[0] == 200


def test_server_and_workers_run_without_network(server: PolicykgServer, writable: PolicykgServer) -> None:
    """The guarantee behind the refusals: every process of the server is under the no-network filter."""
    for running in (server, writable):
        assert running.process is not None
        pids = [running.process.pid, *_children(running.process.pid)]
        assert len(pids) >= 1 + 4  # the server and (at least) its four query workers
        for pid in pids:
            assert _seccomp_filters(pid) >= 1, f"process {pid} of the server can open network sockets"


def test_query_file_cannot_fetch_either(folder: Path, listener: Listener, tmp_path: Path) -> None:
    """``policykg query --file`` runs the file's SPARQL where it cannot open sockets: plain SERVICE too."""
    before = len(listener.received)
    for index, text in enumerate([f"SELECT * WHERE {{ SERVICE <{listener.url}/plain> {{ ?x ?p ?o }} }}",
                                  *(t.format(url=listener.url) for t in BYPASSES)]):
        rq = tmp_path / f"q{index}.rq"
        rq.write_text(text, encoding="utf-8")
        done = subprocess.run([POLICYKG, "--store", str(folder), "query", "--file", str(rq)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, (text, done.stdout, done.stderr)
        assert str(rq) in done.stderr and "Traceback" not in done.stderr
    assert len(listener.received) == before, listener.received[before:]


_GAPS = st.sampled_from([" ", "\t", "\n", "\r", "\r\n", "\x0c", "  ", "#c\r", "#c\n", "# SERVICE LOAD FROM\r", "#'\"\n",
                         " #\r\n ", "\u00a0", "\u2028"])
_DECOYS = st.sampled_from(["", "?s ?p ?o .", "VALUES ?z { ex:a\\' }", 'BIND("a\\u0022" AS ?z)', "BIND('it\\'s' AS ?z)",
                           'BIND("""x"y""" AS ?z)', "BIND(<http://e/#> AS ?z)", 'BIND("\\\\" AS ?z)', "VALUES ?z { ex:b\\# }",
                           "BIND('a\\u0027 AS ?z)", "VALUES ?z { ex:%41 }"])
_KEYWORDS = {
    "SERVICE": st.sampled_from(["SERVICE", "service", "SeRvIcE", "\\u0053ERVICE", "SERV\\u0049CE", "SERVICE SILENT", "service silent"]),
    "LOAD": st.sampled_from(["LOAD", "load", "\\u004cOAD", "LOAD SILENT"]),
    "FROM": st.sampled_from(["FROM", "from", "FROM NAMED", "\\u0046ROM"]),
}


@st.composite
def fetching_sparql(draw: st.DrawFn, url: str) -> tuple[str, str]:
    """(kind, text): a query or update naming ``url`` with SERVICE / LOAD / FROM in odd surroundings."""
    kind = draw(st.sampled_from(["SERVICE", "SERVICE", "LOAD", "FROM"]))
    gap = [draw(_GAPS) for _ in range(4)]
    decoy = draw(_DECOYS)
    keyword = draw(_KEYWORDS[kind])
    target = f"<{url}/{draw(st.integers(0, 999))}>"
    tail = draw(st.sampled_from(["", " #'", ' #"', "\r", " # }"]))
    if kind == "SERVICE":
        text = f"PREFIX ex: <http://ex/> SELECT * WHERE {{{gap[0]}{decoy}{gap[1]}{keyword}{gap[2]}{target}{gap[3]}{{ ?x ?p ?o }} }}{tail}"
    elif kind == "FROM":
        text = f"PREFIX ex: <http://ex/> SELECT *{gap[0]}{keyword}{gap[1]}{target}{gap[2]}WHERE {{ {decoy} ?s ?p ?o }} LIMIT 1{tail}"
    else:
        text = f"PREFIX ex: <http://ex/>{gap[0]}INSERT {{ ?s ?p ?o }} WHERE {{ {decoy} }}{gap[1]};{gap[2]}{keyword}{gap[3]}{target}{tail}"
    return kind, text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_spelling_of_service_load_or_from_makes_the_server_fetch(
        server: PolicykgServer, writable: PolicykgServer, listener: Listener, data: st.DataObject) -> None:
    kind, text = data.draw(fetching_sparql(listener.url))
    before = len(listener.received)
    if kind == "LOAD":
        status, body, _ = writable.request("/update", data=text.encode(), headers=UPDATE_HEADERS)
        assert status in (400, 403), (status, text, body)
    else:
        status, body = server.query(text)
        assert status in (200, 400, 403), (status, text, body)
        assert "LEAK" not in body
    assert len(listener.received) == before, f"the server fetched for {text!r}: {listener.received[before:]}"


# -- 2. deep nesting ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { FILTER(" + "(" * 6000 + "1" + ")" * 6000 + ") }",
    "SELECT * WHERE " + "{" * 8000 + "}" * 8000,
    "SELECT * WHERE { ?s ?p " + "[ ?p " * 200 + "1" + " ]" * 200 + " }",
    "SELECT * WHERE { " + "<< ?s ?p " * 200 + "?o" + " >>" * 200 + " ?p ?o }",
])
def test_deep_nesting_is_refused_before_parsing(server: PolicykgServer, sparql: str) -> None:
    for status, body in (server.query(sparql), server.get_query(sparql)):
        assert status == 400 and "levels deep" in body, (status, body[:300])
    assert server.alive()
    assert server.query(POLICIES)[0] == 200


def test_nesting_within_the_limit_still_runs(server: PolicykgServer) -> None:
    status, body = server.query("SELECT ?x WHERE { BIND(" + "(" * 30 + "1" + ")" * 30 + " AS ?x) }")
    assert status == 200 and '"value": "1"' in body.replace('":"', '": "')


def test_query_file_refuses_deep_nesting_with_exit_2(folder: Path, tmp_path: Path) -> None:
    rq = tmp_path / "deep.rq"
    rq.write_text("SELECT * WHERE { FILTER(" + "(" * 6000 + "1" + ")" * 6000 + ") }", encoding="utf-8")
    done = subprocess.run([POLICYKG, "--store", str(folder), "query", "--file", str(rq)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "levels deep" in done.stderr and str(rq) in done.stderr, (done.returncode, done.stderr)


# -- 3 and 4. runaway queries -------------------------------------------------------------------------
def test_a_query_without_memory_bound_is_stopped_and_the_server_goes_on(server: PolicykgServer) -> None:
    status, body = server.query(CROSS_SORT)
    assert status in (422, 504), body  # the memory limit, or the deadline if the machine is slow
    if status == 422:
        assert "--max-query-memory" in body
    status, elapsed = server.timed(TRIVIAL)
    assert status == 200 and elapsed < 1.0, elapsed
    assert server.alive()


def test_four_runaway_queries_are_killed_and_free_their_slots(server: PolicykgServer) -> None:
    workers_before = _settled_workers(server, 4)
    assert len(workers_before) == 4
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: server.timed(CROSS_COUNT), range(4)))
    assert [status for status, _ in answers] == [504] * 4, answers
    assert all(elapsed < 10 for _, elapsed in answers), answers
    status, elapsed = server.timed(TRIVIAL)
    assert status == 200 and elapsed < 1.0, f"the trivial query took {elapsed:.2f} s after the runaways"
    killed = workers_before - _workers(server)
    assert len(killed) >= 4, "the workers that ran the runaway queries should be gone"
    status, body = server.query(POLICIES)
    assert status == 200 and body.count("policy/") == 3


def test_a_crashing_worker_costs_one_answer_not_the_server(server: PolicykgServer) -> None:
    """A worker that dies mid-query (here: SIGSEGV sent from outside) gives its client a 500 and is replaced."""
    assert server.process is not None
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pending = pool.submit(server.query, CROSS_COUNT)
        time.sleep(0.5)
        for pid in _workers(server):
            os.kill(pid, signal.SIGSEGV)
        status, body = pending.result()
    assert status == 500 and "crashed" in body, (status, body)
    assert server.alive()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and server.query(TRIVIAL)[0] != 200:
        time.sleep(0.1)
    assert server.query(POLICIES)[0] == 200


def test_a_worker_killed_while_idle_is_replaced_without_failing_a_query(server: PolicykgServer) -> None:
    """The kernel's OOM killer may pick an idle worker: the next queries must not pay for it."""
    deadline = time.monotonic() + 10
    while len(_workers(server)) < 4 and time.monotonic() < deadline:  # earlier tests replaced some
        time.sleep(0.1)
    victims = sorted(_workers(server))[:2]
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    for _ in range(6):
        status, body = server.query(POLICIES)
        assert status == 200 and body.count("policy/") == 3, (status, body)
