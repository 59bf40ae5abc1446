"""The embedded Oxigraph store: terms, atomic replacement, union queries, persistence, locking."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import rdflib.namespace as rns
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from store_fixtures import G1, G2, P1, P2, TITLE, policy_triples

from policykg.namespaces import ONTOLOGY_GRAPH, PKG
from policykg.store import StoreError, open_store
from policykg.store.open import endpoints
from policykg.store.oxigraph_store import OxigraphStore
from policykg.store.terms import to_oxigraph, to_rdflib

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def memory_store():
    with OxigraphStore(None) as store:
        yield store


def titles(store, graph: str) -> set[str]:
    rows = store.select(f"SELECT ?t WHERE {{ GRAPH <{graph}> {{ ?p <{TITLE}> ?t }} }}")
    return {str(row["t"]) for row in rows}


# -- terms --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "term",
    [
        URIRef("https://w3id.org/policykg/id/policy/x"),
        Literal("plain"),
        Literal("收集您的电话号码", lang="zh"),
        Literal("42", datatype=rns.XSD.integer),
        Literal("2023-11-29", datatype=rns.XSD.date),
        BNode("b0"),
    ],
)
def test_terms_round_trip(term) -> None:
    assert to_rdflib(to_oxigraph(term)) == term


def test_plain_literals_stay_plain(memory_store) -> None:
    """xsd:string typed input and plain input both come back as a plain rdflib literal."""
    s = URIRef("http://example.org/s")
    typed = Literal("typed", datatype=rns.XSD.string)
    memory_store.replace_graphs({G1: [(s, TITLE, typed), (s, TITLE, Literal("plain"))]})
    values = {row["t"] for row in memory_store.select(f"SELECT ?t WHERE {{ ?s <{TITLE}> ?t }}")}
    assert values == {Literal("typed"), Literal("plain")}
    assert all(value.datatype is None for value in values)


# -- atomic replacement -------------------------------------------------------------------
def test_replace_graphs_replaces_only_the_named_graphs(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "old one"), G2: policy_triples(P2, "two")})
    memory_store.replace_graphs({G1: policy_triples(P1, "new one")})
    assert titles(memory_store, G1) == {"new one"}
    assert titles(memory_store, G2) == {"two"}
    assert memory_store.graph_names() == sorted([G1, G2])


def test_replace_with_an_invalid_term_leaves_the_old_graph(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "kept")})
    bad = policy_triples(P1, "lost") + [(URIRef("not an iri"), TITLE, Literal("x"))]
    with pytest.raises(StoreError, match="invalid RDF term"):
        memory_store.replace_graphs({G2: policy_triples(P2, "never"), G1: bad})
    assert titles(memory_store, G1) == {"kept"}
    assert memory_store.graph_names() == [G1]


def test_replace_with_a_failing_source_leaves_the_old_graph(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "kept")})

    def broken():
        yield from policy_triples(P1, "half")
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError, match="extractor crashed"):
        memory_store.replace_graphs({G1: broken()})
    assert titles(memory_store, G1) == {"kept"}


def test_an_update_that_fails_part_way_changes_nothing(memory_store) -> None:
    """The transaction replace_graphs relies on: the first operation ran, the second failed."""
    memory_store.replace_graphs({G1: policy_triples(P1, "kept")})
    with pytest.raises(StoreError, match="nothing was changed"):
        memory_store.update(f"DROP GRAPH <{G1}> ; DROP GRAPH <http://example.org/missing>")
    assert titles(memory_store, G1) == {"kept"}


def test_drop_graphs_and_clear(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "a"), G2: policy_triples(P2, "b")})
    memory_store.drop_graphs([G1, "http://example.org/never-existed"])
    assert memory_store.graph_names() == [G2]
    memory_store.clear()
    assert memory_store.info().quads == 0


def test_blank_nodes_keep_their_links(memory_store) -> None:
    node = BNode()
    memory_store.replace_graphs({G1: [(P1, PKG.hasText, node), (node, PKG.content, Literal("text"))]})
    rows = memory_store.select(f"SELECT ?c WHERE {{ <{P1}> <{PKG.hasText}> ?t . ?t <{PKG.content}> ?c }}")
    assert [row["c"] for row in rows] == [Literal("text")]


# -- queries ------------------------------------------------------------------------------
def test_default_graph_is_the_union_and_graph_patterns_work(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "two")})
    rows = memory_store.select(f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}")
    assert {row["p"] for row in rows} == {P1, P2}
    rows = memory_store.select(f"SELECT ?g ?p WHERE {{ GRAPH ?g {{ ?p a <{PKG.PrivacyPolicy}> }} }}")
    assert {(str(row["g"]), row["p"]) for row in rows} == {(G1, P1), (G2, P2)}
    assert memory_store.ask(f"ASK {{ GRAPH <{G2}> {{ <{P2}> ?x ?y }} }}")
    assert not memory_store.ask(f"ASK {{ GRAPH <{G1}> {{ <{P2}> ?x ?y }} }}")


def test_unbound_variables_are_absent(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "one")})
    query = f"SELECT ?p ?missing WHERE {{ ?p a <{PKG.PrivacyPolicy}> OPTIONAL {{ ?p <urn:x> ?missing }} }}"
    rows = memory_store.select(query)
    assert rows == [{"p": P1}]


def test_duplicate_rows_from_several_graphs_are_guarded(memory_store) -> None:
    """A triple held in two graphs (issue 1919 in Oxigraph 0.5.13) must not count twice."""
    shared = [(P1, rns.RDF.type, PKG.PrivacyPolicy)]
    memory_store.replace_graphs({G1: shared, G2: shared})
    assert memory_store.info().policies == 1
    rows = memory_store.select(f"SELECT DISTINCT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}")
    assert rows == [{"p": P1}]


def test_construct_returns_rdflib_triples(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "one")})
    triples = set(memory_store.construct(f"CONSTRUCT {{ ?p <{TITLE}> ?t }} WHERE {{ ?p <{TITLE}> ?t }}"))
    assert triples == {(P1, TITLE, Literal("one", lang="en"))}


def test_query_serialized_in_every_media_type(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "one")})
    select = f"SELECT ?p WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}"
    data = json.loads(memory_store.query_serialized(select, "application/sparql-results+json"))
    assert data["results"]["bindings"][0]["p"]["value"] == str(P1)
    assert str(P1).encode() in memory_store.query_serialized(select, "application/sparql-results+xml")
    assert memory_store.query_serialized(select, "text/csv").splitlines() == [b"p", str(P1).encode()]
    assert memory_store.query_serialized(select, "text/tab-separated-values").splitlines() == [
        b"?p", f"<{P1}>".encode()]
    assert json.loads(memory_store.query_serialized("ASK { ?s ?p ?o }", "application/sparql-results+json")) [
        "boolean"] is True
    construct = f"CONSTRUCT {{ ?p <{TITLE}> ?t }} WHERE {{ ?p <{TITLE}> ?t }}"
    for media, fmt in [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")]:
        graph = Graph().parse(data=memory_store.query_serialized(construct, media), format=fmt)
        assert set(graph) == {(P1, TITLE, Literal("one", lang="en"))}, media
    with pytest.raises(StoreError, match="cannot write"):
        memory_store.query_serialized(select, "image/png")


def test_errors_name_the_problem(memory_store) -> None:
    with pytest.raises(StoreError, match="invalid SPARQL query"):
        memory_store.select("SELECT WHERE {")
    with pytest.raises(StoreError, match="needs a SELECT"):
        memory_store.select("ASK {}")
    with pytest.raises(StoreError, match="invalid SPARQL update"):
        memory_store.update("INSERT nonsense")


def test_quads_of_one_graph_and_of_all(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "two")})
    assert {q[3] for q in memory_store.quads()} == {URIRef(G1), URIRef(G2)}
    assert {(q[0], q[3]) for q in memory_store.quads(G2)} == {(P2, URIRef(G2))}


def test_bulk_load_nquads(tmp_path: Path, memory_store) -> None:
    line = f'<{P1}> <{TITLE}> "bulk" <{G1}> .\n'
    memory_store.bulk_load_nquads(line.encode())
    path = tmp_path / "more.nq"
    path.write_text(f'<{P2}> <{TITLE}> "file" <{G2}> .\n', encoding="utf-8")
    memory_store.bulk_load_nquads(path)
    assert titles(memory_store, G1) == {"bulk"} and titles(memory_store, G2) == {"file"}
    with pytest.raises(StoreError, match="fix the N-Quads"):
        memory_store.bulk_load_nquads(b"this is not n-quads")


# -- ontology graph -----------------------------------------------------------------------
def _ontology_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the real loader if it exists; otherwise (tests only) parse ontology/**/*.ttl."""
    try:
        import policykg.ontology.loader  # noqa: F401
    except ImportError:
        import types

        def load_ontology() -> Graph:
            graph = Graph()
            for path in sorted((ROOT / "ontology").rglob("*.ttl")):
                graph.parse(path, format="turtle")
            return graph

        module = types.ModuleType("policykg.ontology.loader")
        module.load_ontology = load_ontology  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "policykg.ontology.loader", module)


def test_load_ontology_replaces_the_ontology_graph(memory_store, monkeypatch) -> None:
    _ontology_loader(monkeypatch)
    from policykg.store.ontology_graph import load_ontology

    stale = (URIRef("http://example.org/stale"), rns.RDF.type, URIRef("http://example.org/Old"))
    memory_store.replace_graphs({str(ONTOLOGY_GRAPH): [stale], G1: policy_triples(P1, "one")})
    count = load_ontology(memory_store)
    assert count > 0
    ontology = set(memory_store.quads(str(ONTOLOGY_GRAPH)))
    assert len(ontology) == count
    assert (*stale, URIRef(str(ONTOLOGY_GRAPH))) not in ontology
    assert titles(memory_store, G1) == {"one"}


def _ontology_content(store) -> tuple[set, int]:
    """The ontology graph's quads without blank nodes (their labels differ per load), and its size."""
    quads = list(store.quads(str(ONTOLOGY_GRAPH)))
    return {q for q in quads if not any(isinstance(term, BNode) for term in q)}, len(quads)


def test_ensure_ontology_graph_loads_the_packaged_ontology_on_a_new_and_a_stale_store(tmp_path: Path) -> None:
    """A new store takes the N-Quads path, a stale graph the rdflib one: both hold the ontology graph
    as ``load_ontology()`` reads it, stamped with its fingerprint, and the policy graphs are untouched."""
    from policykg.ontology.loader import load_ontology
    from policykg.store.ontology_graph import ensure_ontology_graph, ontology_fingerprint

    expected = Graph()
    for triple in load_ontology():
        expected.add(triple)
    expected.add((URIRef(str(ONTOLOGY_GRAPH)), PKG.fingerprint, Literal(ontology_fingerprint())))
    wanted = {(*t, URIRef(str(ONTOLOGY_GRAPH))) for t in expected if not any(isinstance(x, BNode) for x in t)}

    fresh = OxigraphStore(tmp_path / "fresh")
    try:
        assert ensure_ontology_graph(fresh) is True
        assert _ontology_content(fresh) == (wanted, len(expected))
        assert ensure_ontology_graph(fresh) is False  # the same version is not loaded twice
    finally:
        fresh.close()

    stale = OxigraphStore(tmp_path / "stale")
    try:
        old = (URIRef("http://example.org/stale"), rns.RDF.type, URIRef("http://example.org/Old"))
        stale.replace_graphs({str(ONTOLOGY_GRAPH): [old], G1: policy_triples(P1, "one")})
        assert ensure_ontology_graph(stale) is True
        assert _ontology_content(stale) == (wanted, len(expected))
        assert titles(stale, G1) == {"one"}
    finally:
        stale.close()


# -- on disk: persistence and locking -----------------------------------------------------
def run_python(code: str, *args: str) -> str:
    command = [sys.executable, "-c", textwrap.dedent(code), *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


WRITE = """
import sys
from rdflib import Literal, URIRef
from policykg.store import open_store
with open_store(sys.argv[1]) as store:
    triple = (URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(sys.argv[3]))
    store.replace_graphs({sys.argv[2]: [triple]})
"""
READ = """
import json, sys
from policykg.store import open_store
with open_store(sys.argv[1], read_only=sys.argv[2] == "ro") as store:
    values = sorted(str(r["o"]) for r in store.select("SELECT ?o WHERE { ?s ?p ?o }"))
    print(json.dumps({"graphs": store.graph_names(), "values": values}))
"""


def test_data_persists_across_processes(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "kg"
    run_python(WRITE, str(folder), G1, "first")
    run_python(WRITE, str(folder), G2, "second")
    seen = json.loads(run_python(READ, str(folder), "rw"))
    assert seen == {"graphs": sorted([G1, G2]), "values": ["first", "second"]}
    assert json.loads(run_python(READ, str(folder), "ro")) == seen


def test_a_locked_store_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "kg"
    run_python(WRITE, str(folder), G1, "value")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from policykg.store import open_store; s = open_store(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read()", str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as caught:
            open_store(folder)
        message = str(caught.value)
        assert str(folder) in message and f"in use by another policykg process (pid {holder.pid})" in message
        assert "--store URL" in message
        with open_store(folder, read_only=True) as reader:  # a reader may still look
            assert reader.graph_names() == [G1]
            with pytest.raises(StoreError, match="read-only"):
                reader.replace_graphs({G1: []})
    finally:
        holder.communicate("", timeout=30)
    with open_store(folder) as store:  # the lock went with the process
        assert store.graph_names() == [G1]


def test_close_releases_the_lock_in_the_same_process(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kg")
    with pytest.raises(StoreError, match="already open in this process"):
        open_store(tmp_path / "kg")
    store.close()
    with open_store(tmp_path / "kg") as again:
        assert again.info().kind == "oxigraph"


# -- open_store ---------------------------------------------------------------------------
def test_open_store_picks_the_kind_and_checks_locations(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("POLICYKG_STORE", str(tmp_path / "from-env"))
    monkeypatch.delenv("POLICYKG_UPDATE_URL", raising=False)
    with open_store() as store:
        assert store.location == str(tmp_path / "from-env")
    remote = open_store("http://127.0.0.1:9/query")
    assert type(remote).__name__ == "SparqlStore"
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "file.txt")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "note.md").write_text("x")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        open_store(tmp_path / "docs")
    with pytest.raises(StoreError, match="unsupported URL scheme"):
        open_store("ftp://example.org/kg")
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "absent", read_only=True)


def test_endpoint_urls_are_derived(monkeypatch) -> None:
    monkeypatch.delenv("POLICYKG_UPDATE_URL", raising=False)
    assert endpoints("http://h:7878/query") == ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    assert endpoints("http://h/ds/sparql") == ("http://h/ds/sparql", "http://h/ds/sparql", None)
    assert endpoints("http://h/q?update=http://h/u") == ("http://h/q", "http://h/u", None)
    monkeypatch.setenv("POLICYKG_UPDATE_URL", "http://h/env-update")
    assert endpoints("http://h/sparql")[1] == "http://h/env-update"
    with pytest.raises(StoreError, match="no host"):
        endpoints("http:///query")


def test_dataset_dump_matches_the_store(tmp_path: Path, memory_store) -> None:
    import io

    from policykg.store.dump import dump_store

    memory_store.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "二")})
    buffer = io.BytesIO()
    dump_store(memory_store, buffer, format_name="trig")
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue(), format="trig")
    assert set(dataset.quads()) == set(memory_store.quads())


def test_a_from_clause_overrides_the_union(memory_store) -> None:
    memory_store.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "two")})
    rows = memory_store.select(f"SELECT ?t FROM <{G1}> WHERE {{ ?p <{TITLE}> ?t }}")
    assert {str(row["t"]) for row in rows} == {"one"}
    rows = memory_store.select(f'SELECT ?t WHERE {{ ?p <{TITLE}> ?t FILTER(?t != "from <x>") }} # from')
    assert {str(row["t"]) for row in rows} == {"one", "two"}


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        ("SELECT * FROM <http://g> WHERE { ?s ?p ?o }", True),
        ("select * from named <http://g> where { graph ?g { ?s ?p ?o } }", True),
        ("PREFIX pkgr: <https://w3id.org/policykg/graph/>\nSELECT * FROM pkgr:ontology { ?s ?p ?o }", True),
        ('SELECT * WHERE { ?s ?p "taken FROM the text" }', False),
        ("SELECT * WHERE { ?s ?p '''a\nfrom b''' }", False),
        ("# FROM a comment\nSELECT * WHERE { ?s <http://e/from> ?o }", False),
        ("SELECT ?fromage WHERE { ?fromage ?p ?o }", False),
    ],
)
def test_dataset_clause_detection(sparql: str, expected: bool) -> None:
    from policykg.store.sparql_text import has_dataset_clause

    assert has_dataset_clause(sparql) is expected


TRICKY = [
    Literal('a "quote" \\ back\nnew\ttab \U0001F600 \r end'),
    Literal("it's ''' odd"),
    Literal("为保障服务安全", lang="zh-Hans-CN"),
    Literal("P3Y", datatype=rns.XSD.duration),
]


def test_awkward_literals_survive_replace_graphs(memory_store) -> None:
    memory_store.replace_graphs({G1: [(P1, TITLE, value) for value in TRICKY]})
    assert {row["o"] for row in memory_store.select(f"SELECT ?o WHERE {{ <{P1}> <{TITLE}> ?o }}")} == set(TRICKY)
