"""Answer tables: the biggest catalogue questions read back from SQLite, the same rows as live, never stale.

Every test works on a real on-disk Oxigraph store made by ingesting the sample policies (and the
seeds), and compares what the tables give with the same question evaluated live by the store.
"""
from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.cli import cli
from policykg.ingest.pipeline import ingest_paths
from policykg.namespaces import COMPLIANCE_GRAPH, ONTOLOGY_GRAPH
from policykg.queries import answer_tables
from policykg.queries.answer_tables import PER_POLICY, WHOLE, read_answer, refresh, table_specs, table_states
from policykg.queries.ordering import node_sort_key, sort_rows, sortable_bytes, term_sort_key
from policykg.queries.runner import run_query
from policykg.store.base import StoreError
from policykg.store.oxigraph_store import OxigraphStore

SAMPLES = Path(__file__).resolve().parents[1] / "policykg" / "samples" / "policies"
NEW_POLICY = "Privacy Policy of Quillmoor Games\nWe collect your e-mail address and phone number to run your account.\n" \
             "We share your e-mail address with our affiliates for marketing.\nWe keep your data for 2 years.\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A store of the samples and seeds whose tables were all built (closed; copy it to change it)."""
    folder = tmp_path_factory.mktemp("answers") / "kg"
    store = OxigraphStore(folder)
    report = ingest_paths([SAMPLES, seeds_dir], store=store)
    assert not report.failed, [outcome.error for outcome in report.failed]
    results = refresh(store)
    assert {result.how for result in results} == {"built"}
    store.close()
    return folder


@pytest.fixture()
def store(built: Path, tmp_path: Path):
    folder = tmp_path / "kg"
    shutil.copytree(built, folder)
    opened = OxigraphStore(folder)
    yield opened
    opened.close()


def _live(store: OxigraphStore, name: str, **params: str):
    return run_query(store, name, params=params, tables=False)


def _live_spec(store: OxigraphStore, spec, *, tables: bool = False):  # type: ignore[no-untyped-def]
    return run_query(store, spec.query, params=dict(spec.params), tables=tables)


def _stored(store: OxigraphStore, name: str):
    spec = next(spec for spec in table_specs() if spec.name == name)
    return read_answer(store, spec.query, spec.sparql)


def _assert_same_as_live(store: OxigraphStore, *, exact_order: bool) -> None:
    """Each tabled question: its table is used, holds the live rows, and gives them in ORDER BY order."""
    counted = {state.name: state.rows for state in table_states(store)}
    for spec in table_specs():
        stored = _stored(store, spec.name)
        assert stored is not None, f"{spec.name}: table not current"
        columns, rows = stored
        live = _live_spec(store, spec)
        assert columns == live.columns, spec.name
        if exact_order:
            assert rows == list(live.rows), spec.name
        else:
            assert Counter(rows) == Counter(live.rows), spec.name
            assert sort_rows(rows, columns, spec.order) == rows, f"{spec.name}: not in ORDER BY order"
        assert _live_spec(store, spec, tables=True).rows == tuple(rows)  # the runner reads the table
        assert counted[spec.name] == len(rows), f"{spec.name}: the recorded row count is off"


def test_the_catalogue_declares_tables_it_can_keep() -> None:
    """Headers name a known mode; per-policy questions select ?policy; none reads a graph by name."""
    specs = table_specs()
    assert len(specs) >= 10
    for spec in specs:
        assert spec.mode in (PER_POLICY, WHOLE)
        assert spec.order, f"{spec.name}: a tabled question needs an ORDER BY the table can keep"
        assert "GRAPH" not in spec.query.body and "compliance" not in spec.query.body.lower(), spec.name
    assert {"disclosure-conditions", "category-company-matrix"} <= {spec.name for spec in specs}


def test_every_table_gives_the_live_rows_in_the_live_order(store: OxigraphStore) -> None:
    assert sum(len(_live_spec(store, spec).rows) for spec in table_specs()) > 300  # real answers, not empty ones
    _assert_same_as_live(store, exact_order=True)
    assert {state.state for state in table_states(store)} == {"current"}


def test_changed_policies_are_evaluated_again_alone(store: OxigraphStore, tmp_path: Path, monkeypatch) -> None:
    """New, replaced and removed policies: per-policy tables are updated from those graphs only."""
    monkeypatch.setattr(answer_tables, "FULL_SHARE", 1.0)  # update even when many policies changed
    old_graphs = [name for name in store.graph_names() if "/graph/policy/" in name]
    new = tmp_path / "quillmoor.txt"
    new.write_text(NEW_POLICY, encoding="utf-8")
    assert not ingest_paths([new], store=store).failed
    changed = SAMPLES / "en_fernleaf_short_notice.txt"
    edited = tmp_path / changed.name
    edited.write_text(changed.read_text(encoding="utf-8") + "\nWe keep your data for 5 years.\n", encoding="utf-8")
    assert not ingest_paths([edited], store=store).failed
    store.drop_graphs(old_graphs[:1])
    states = {state.name: state for state in table_states(store)}
    assert states["disclosure-conditions"].state == "update" and len(states["disclosure-conditions"].changed) == 3
    assert states["category-company-matrix"].state == "outdated"
    results = {result.name: result for result in refresh(store)}
    for spec in table_specs():
        assert results[spec.name].how == ("updated" if spec.mode == PER_POLICY else "built"), spec.name
    _assert_same_as_live(store, exact_order=False)
    assert any("quillmoor" in str(row).lower() for row in _live(store, "policies-overview").rows)


def test_a_table_is_not_read_once_a_policy_it_covers_changed(store: OxigraphStore, tmp_path: Path) -> None:
    new = tmp_path / "quillmoor.txt"
    new.write_text(NEW_POLICY, encoding="utf-8")
    before = len(run_query(store, "policies-overview").rows)
    assert not ingest_paths([new], store=store).failed
    assert _stored(store, "policies-overview") is None and _stored(store, "category-company-matrix") is None
    assert len(run_query(store, "policies-overview").rows) == before + 1  # evaluated live meanwhile


def test_findings_of_check_do_not_outdate_tables(store: OxigraphStore) -> None:
    store.replace_graphs({str(COMPLIANCE_GRAPH): []})
    assert {state.state for state in table_states(store)} == {"current"}


def test_a_new_ontology_rebuilds_every_table(store: OxigraphStore) -> None:
    triples = [(s, p, o) for s, p, o, _g in store.quads(str(ONTOLOGY_GRAPH))]
    store.replace_graphs({str(ONTOLOGY_GRAPH): triples})
    states = table_states(store)
    assert {state.state for state in states} == {"outdated"}
    assert all("ontology" in state.reason or state.mode == WHOLE for state in states)
    assert {result.how for result in refresh(store)} == {"built"}


def test_an_update_of_unknown_graphs_outdates_every_table(store: OxigraphStore) -> None:
    store.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }")
    assert {state.reason for state in table_states(store)} == {"the store was changed as a whole"}
    assert _stored(store, "disclosure-conditions") is None
    refresh(store)
    _assert_same_as_live(store, exact_order=True)


def test_a_failed_write_still_marks_its_graph(store: OxigraphStore) -> None:
    """The journal is written before the store: a write cut short leaves a mark, never a stale table."""
    graph = "https://w3id.org/policykg/graph/policy/00000000deadbeef"
    with pytest.raises(StoreError):
        store.write_graphs_nquads(b"<urn:a> <urn:b> not n-quads .\n", new_graphs=[graph])
    states = {state.name: state for state in table_states(store)}
    assert states["disclosure-conditions"].changed == (graph,)
    assert {result.how for result in refresh(store) if result.name == "disclosure-conditions"} == {"updated"}
    _assert_same_as_live(store, exact_order=False)


def test_other_parameter_values_are_evaluated_live(store: OxigraphStore) -> None:
    spec = next(spec for spec in table_specs() if spec.name == "disclosure-beyond-gbt")
    assert spec.query.params, "the test needs a tabled question with a parameter"
    other = run_query(store, "disclosure-beyond-gbt", params={"edition": "2017"})
    assert other.rows == _live(store, "disclosure-beyond-gbt", edition="2017").rows
    assert other.rows != run_query(store, "disclosure-beyond-gbt").rows


def test_a_reader_uses_current_tables(built: Path) -> None:
    reader = OxigraphStore(built, read_only=True)
    try:
        assert _stored(reader, "disclosure-conditions") is not None
        with pytest.raises(StoreError, match="opened for writing"):
            refresh(reader)
    finally:
        reader.close()


def test_a_damaged_table_file_is_never_read_and_blocks_no_question(store: OxigraphStore) -> None:
    path = store.answers_file
    assert path is not None
    path.write_bytes(b"this is not a database" * 100)
    assert run_query(store, "disclosure-conditions").rows == _live(store, "disclosure-conditions").rows
    with pytest.raises(StoreError, match=path.name):  # and a write says which file to fix, before writing
        store.drop_graphs(["https://w3id.org/policykg/graph/policy/0000000000000000"])


def test_a_failed_build_leaves_the_old_table(store: OxigraphStore, monkeypatch) -> None:
    before = _stored(store, "disclosure-conditions")
    store.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }")

    def fail(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(answer_tables, "_record", fail)
    with pytest.raises(StoreError, match="cannot write the answer tables"):
        refresh(store, names=["disclosure-conditions"])
    monkeypatch.undo()
    connection = sqlite3.connect(store.answers_file)
    count = connection.execute("SELECT COUNT(*) FROM answer_rows WHERE name = 'disclosure-conditions'").fetchone()[0]
    connection.close()
    assert before is not None and count == len(before[1])


# -- the command line ------------------------------------------------------------------------
def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_store_tabulate_and_info(tmp_path: Path) -> None:
    folder = str(tmp_path / "kg")
    assert _run("--store", folder, "ingest", str(SAMPLES), "--quiet").exit_code == 0
    assert "answer tables" not in _run("--store", folder, "store", "info").output  # 12 policies: none built
    result = _run("--store", folder, "store", "tabulate")
    assert result.exit_code == 0, result.output
    assert "disclosure-conditions: built" in result.output and f"{len(table_specs())} answer tables up to date" in result.output
    assert f"answer tables: {len(table_specs())} of {len(table_specs())} current" in _run("--store", folder, "store", "info").output
    again = _run("--store", folder, "store", "tabulate", "disclosure-conditions")
    assert "disclosure-conditions: current" in again.output
    unknown = _run("--store", folder, "store", "tabulate", "no-such-question")
    assert unknown.exit_code == 2 and "tabled questions are" in unknown.output
    live = _run("--store", folder, "query", "disclosure-conditions", "--live", "--format", "csv")
    stored = _run("--store", folder, "query", "disclosure-conditions", "--format", "csv")
    assert live.exit_code == 0 and live.output == stored.output and live.output.count("\n") > 10


def test_ingest_keeps_tables_up_to_date(tmp_path: Path, monkeypatch) -> None:
    """From TABLES_FROM policies on, ingest builds the tables; later runs update them, unless --no-tables."""
    monkeypatch.setattr(answer_tables, "TABLES_FROM", 10)
    folder = str(tmp_path / "kg")
    assert _run("--store", folder, "ingest", str(SAMPLES), "--quiet").exit_code == 0
    total = len(table_specs())
    assert f"{total} of {total} current" in _run("--store", folder, "store", "info").output
    new = tmp_path / "quillmoor.txt"
    new.write_text(NEW_POLICY, encoding="utf-8")
    result = _run("--store", folder, "ingest", str(new))
    assert result.exit_code == 0 and "left for `policykg store tabulate`" in result.output  # 1 of 13: whole ones wait
    whole = sum(spec.mode == WHOLE for spec in table_specs())
    assert f"{total - whole} of {total} current" in _run("--store", folder, "store", "info").output
    second = tmp_path / "second.txt"
    second.write_text(NEW_POLICY.replace("Quillmoor", "Brackenfold"), encoding="utf-8")
    assert _run("--store", folder, "ingest", str(second), "--no-tables").exit_code == 0
    assert f"0 of {total} current" in _run("--store", folder, "store", "info").output


def test_remote_and_memory_stores_keep_no_tables() -> None:
    memory = OxigraphStore(None)
    assert memory.answers_file is None
    assert run_query(memory, "disclosure-conditions").rows == ()
    with pytest.raises(StoreError, match="only an on-disk store"):
        refresh(memory)


# -- the order key ---------------------------------------------------------------------------
_XSD = "http://www.w3.org/2001/XMLSchema#"
_terms = st.one_of(
    st.just((None, "", None)),
    st.tuples(st.just("uri"), st.text(max_size=6), st.none()),
    st.tuples(st.just("literal"), st.text(max_size=6), st.none()),
    st.tuples(st.just("literal"), st.integers(-10**20, 10**20).map(str), st.just(f"{_XSD}integer")),
    st.tuples(st.just("literal"), st.decimals(allow_nan=False, places=4).map(str), st.just(f"{_XSD}decimal")),
    st.tuples(st.just("literal"), st.sampled_from(["INF", "-INF", "1e400", "-0", "0.0", "1E-3"]), st.just(f"{_XSD}double")),
)


@settings(max_examples=400, deadline=None)
@given(_terms, _terms, st.booleans())
def test_order_bytes_compare_like_the_sparql_order(a: tuple, b: tuple, descending: bool) -> None:
    """memcmp of the stored keys agrees with ``term_sort_key`` (both ways, both directions)."""
    key_a, key_b = term_sort_key(*a), term_sort_key(*b)
    bytes_a, bytes_b = sortable_bytes(key_a, descending=descending), sortable_bytes(key_b, descending=descending)
    first, second = (key_b, key_a) if descending else (key_a, key_b)
    assert (bytes_a < bytes_b) == (first < second)
    assert (bytes_a == bytes_b) == (key_a == key_b)


def test_order_bytes_concatenate_per_key() -> None:
    """Two ORDER BY keys: the first decides, the second breaks ties (a prefix never decides alone)."""
    from rdflib import Literal

    rows = [(Literal("ab"), Literal(2)), (Literal("a"), Literal(10)), (Literal("a"), Literal(9)), (Literal("a\x00"), Literal(1))]
    keyed = sorted(rows, key=lambda row: b"".join(sortable_bytes(node_sort_key(term)) for term in row))
    assert keyed == sorted(rows, key=lambda row: tuple(node_sort_key(term) for term in row))


def test_a_question_that_no_longer_asks_for_a_table_loses_it(store: OxigraphStore) -> None:
    connection = sqlite3.connect(store.answers_file)
    connection.execute("INSERT INTO answer_tables SELECT 'old-question', fingerprint, mode, columns, epoch, 0, rows, "
                       "seconds, updated FROM answer_tables WHERE name = 'disclosure-conditions'")
    connection.execute("INSERT INTO answer_rows SELECT 'old-question', key, n, graph, line FROM answer_rows "
                       "WHERE name = 'disclosure-conditions'")
    connection.commit()
    store.drop_graphs([next(name for name in store.graph_names() if "/graph/policy/" in name)])
    refresh(store)
    names = {name for (name,) in connection.execute("SELECT DISTINCT name FROM answer_rows")}
    assert "old-question" not in names and "disclosure-conditions" in names
    assert connection.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == 0  # nothing left to take in
    connection.close()


def test_ingest_says_what_it_builds_on_a_big_store(tmp_path: Path, monkeypatch) -> None:
    """Where building takes minutes (from MAINTENANCE_WORTH_TELLING bytes on), ingest names each table."""
    from policykg.cli import ingest_cmd

    monkeypatch.setattr(answer_tables, "TABLES_FROM", 10)
    monkeypatch.setattr(ingest_cmd, "MAINTENANCE_WORTH_TELLING", 1)
    result = _run("--store", str(tmp_path / "kg"), "ingest", str(SAMPLES))
    assert result.exit_code == 0, result.output
    assert "building the answer table of disclosure-conditions" in result.output
    assert "answer tables up to date in" in result.output


def test_clearing_the_store_removes_its_tables(store: OxigraphStore) -> None:
    path = store.answers_file
    assert path is not None and path.exists()
    store.clear()
    assert not path.exists()
    assert run_query(store, "disclosure-conditions").rows == ()


def test_a_parameter_with_listed_values_gets_a_table_per_value(store: OxigraphStore) -> None:
    """silent-on lists its eight topics: each has a table, read for that value (and only for it)."""
    variants = [spec for spec in table_specs() if spec.query.name == "silent-on"]
    assert len(variants) == 8 and {spec.name for spec in variants} >= {"silent-on", "silent-on?topic=rights"}
    rights = next(spec for spec in variants if spec.name == "silent-on?topic=rights")
    assert _stored(store, "silent-on?topic=rights") is not None
    assert run_query(store, "silent-on", params={"topic": "rights"}).rows == _live_spec(store, rights).rows
    unlisted = read_answer(store, rights.query, rights.sparql.replace('"rights"', '"no-such-topic"'))
    assert unlisted is None
