"""Answer tables: the rows of the biggest catalogue questions, kept beside an on-disk store.

Why: at 10^5 policies the quote lists and matrices of the catalogue answer with 10^5-10^6 rows, and
their cost is per row (evaluation, RocksDB reads of every string, Python terms): 10-35 s each on a
100k store, whatever the query text (bench/profile_notes.md, sections 5 and 7). Those answers change
only when policies do. So the store keeps them, sorted, in a SQLite file in its folder, and brings
them up to date after each write; reading one back costs a few microseconds a row.

Which questions: catalogue queries whose header says ``# answers: per-policy`` or ``# answers:
whole``, with their default parameters, and with each value that ``# answers-for: param = a, b``
lists (other values are evaluated live).

* ``per-policy``: every row names one policy (it projects ``?policy``) and follows from that
  policy's graph and the ontology graph alone. Policies that changed are evaluated again by
  themselves: the query runs with its default graph restricted to their graphs and the ontology.
* ``whole``: rows sum over policies (per company, say); a changed policy means evaluating it again.

Never a stale answer: every write through the store records the graphs it is about to change
(``policykg.store.change_journal``). A table is read only when it holds the current text of its
query, was built in the journal's current epoch, and no graph it reads changed after it was brought
up to date; otherwise the question is evaluated live, as if there were no table. Tables are written
only by a process holding the store open for writing (ingest when it finishes, ``policykg store
tabulate``); readers' stores are snapshots and never write them.
"""
from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from policykg.namespaces import COMPLIANCE_GRAPH, GRAPH, ID, ONTOLOGY_GRAPH
from policykg.queries.catalogue import CatalogueError, CatalogueQuery, list_queries, split_list
from policykg.queries.ordering import OrderKey, node_sort_key, sortable_bytes, split_order_by
from policykg.store.base import Store, StoreError
from policykg.store.change_journal import connect, counter
from policykg.store.result_table import Row, parse_tsv_rows, tsv_columns, tsv_term

PER_POLICY, WHOLE = "per-policy", "whole"
FORMAT = "policykg-answer-table/1"  # part of every fingerprint: a new row format rebuilds the tables
CHUNK = 8  # changed policy graphs evaluated at a time to update tables (see ``_update``)
FULL_SHARE = 0.2  # from this share of changed policies on, rebuilding is cheaper than updating
# ingest builds tables from this many policies on: the slowest tabled question costs ~0.2 ms a policy
# live (2.1 s at 10k, bench/README.md), so a smaller store answers within ~0.4 s without them, and
# building them (~1.4 s per 1k policies) would only slow its ingest
TABLES_FROM = 2_000

# Rows are clustered by (question, order key, arrival), so an answer is read in order by one
# sequential scan: 4x faster than through a secondary index (60k rows: 0.037 vs 0.144 s).
SCHEMA = """
CREATE TABLE IF NOT EXISTS answer_tables (
  name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, mode TEXT NOT NULL, columns TEXT NOT NULL,
  epoch INTEGER NOT NULL, seq INTEGER NOT NULL, rows INTEGER NOT NULL, seconds REAL NOT NULL,
  updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answer_rows (
  name TEXT NOT NULL, key BLOB NOT NULL, n INTEGER NOT NULL, graph TEXT, line TEXT NOT NULL,
  PRIMARY KEY (name, key, n)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS answer_rows_graph ON answer_rows (name, graph);
"""
_POLICY_IRI = f"<{ID['policy/']}"
_POLICY_GRAPH = str(GRAPH["policy/"])
_IGNORED_GRAPHS = {str(COMPLIANCE_GRAPH)}  # findings of `policykg check`: no tabled query reads them


class AnswerTableError(CatalogueError):
    """A catalogue query cannot be kept as an answer table as its header says (fix the header)."""


@dataclass(frozen=True)
class TableSpec:
    """One tabled question with one set of parameter values (``params``: those that differ from the
    defaults), and its SPARQL without the ORDER BY that the table's key replaces."""

    query: CatalogueQuery
    mode: str
    sparql: str
    unordered: str
    order: tuple[OrderKey, ...]
    params: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        """The question's name, with ``?param=value`` for a table of non-default values."""
        if not self.params:
            return self.query.name
        return self.query.name + "?" + "&".join(f"{name}={value}" for name, value in self.params)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(f"{FORMAT}\n{self.mode}\n{self.sparql}".encode()).hexdigest()


@dataclass(frozen=True)
class TableState:
    """How one table stands against the store: ``state`` is current, missing, outdated or update."""

    name: str
    mode: str
    state: str
    rows: int = 0
    changed: tuple[str, ...] = ()  # changed policy graphs, when the table can be updated from them
    reason: str = ""


@dataclass(frozen=True)
class RefreshResult:
    """What bringing one table up to date did: ``how`` is built, updated or current."""

    name: str
    how: str
    rows: int
    changed: int
    seconds: float


def specs_for(query: CatalogueQuery) -> list[TableSpec]:
    """The tables a catalogue query's header asks for: one for its default parameters, and one per
    value its ``# answers-for: param = a, b, c`` header lists (a parameter with few, known values)."""
    mode = query.header_value("answers")
    if not mode:
        return []
    source = f"queries/catalogue/{query.name}.rq"
    if mode not in (PER_POLICY, WHOLE):
        raise AnswerTableError(f"{source}: '# answers: {mode}' is not {PER_POLICY} or {WHOLE}")
    bindings: list[tuple[tuple[str, str], ...]] = [()]
    listed = query.header_value("answers-for")
    if listed:
        name, _, values = listed.partition("=")
        param = query.param(name.strip())
        if param is None or not values.strip():
            raise AnswerTableError(f"{source}: write '# answers-for: PARAM = value, value, ...' with one of its parameters")
        bindings += [((param.name, value),) for value in split_list([values]) if value != param.default]
    return [_spec(query, mode, binding, source) for binding in bindings]


def _spec(query: CatalogueQuery, mode: str, params: tuple[tuple[str, str], ...], source: str) -> TableSpec:
    from policykg.queries.runner import bind_params  # the runner imports this module

    sparql = bind_params(query, dict(params))
    unordered, order = split_order_by(sparql)
    if "ORDER BY" in unordered.upper() and not order:
        raise AnswerTableError(f"{source}: its ORDER BY must be plain variables at the very end to be tabled")
    return TableSpec(query, mode, sparql, unordered, order, params)


@lru_cache(maxsize=1)
def table_specs() -> tuple[TableSpec, ...]:
    """Every answer table the catalogue asks for, by question and parameter values."""
    return tuple(spec for query in list_queries() for spec in specs_for(query))


# -- reading ------------------------------------------------------------------------------
def read_answer(store: Store, query: CatalogueQuery, sparql: str) -> tuple[tuple[str, ...], list[Row]] | None:
    """The stored, sorted rows of ``query`` if its table is current for this exact SPARQL; else None.

    Anything wrong with the file (missing, locked, damaged) also gives None: the caller then
    evaluates the question live, so a table can make an answer faster but never different.
    """
    stored = stored_lines(store, query, sparql)
    if stored is None:
        return None
    columns, lines = stored
    return columns, parse_tsv_rows(columns, lines)


def stored_lines(store: Store, query: CatalogueQuery, sparql: str) -> tuple[tuple[str, ...], list[str]] | None:
    """Like ``read_answer``, but the rows as SPARQL TSV lines (for the endpoint, which re-serialises)."""
    path = getattr(store, "answers_file", None)  # duck-typed stores (benchmarks' rdflib) keep none
    if path is None or not path.exists():
        return None
    spec = next((spec for spec in table_specs() if spec.query.name == query.name and spec.sparql == sparql), None)
    if spec is None:  # not tabled, or parameter values that no table holds
        return None
    try:
        connection = connect(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for the check and the rows
        if not _is_current(connection, spec):
            return None
        columns = _stored_columns(connection, spec.name)
        lines = [line for (line,) in connection.execute(
            "SELECT line FROM answer_rows WHERE name = ? ORDER BY key", (spec.name,))]
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return columns, lines


def table_states(store: Store) -> list[TableState]:
    """Every tabled question's state on this store (all missing when it keeps no tables)."""
    specs = table_specs()
    path = store.answers_file
    if path is None or not path.exists():
        return [TableState(spec.name, spec.mode, "missing", reason="never built") for spec in specs]
    connection = connect(path, read_only=True)
    try:
        connection.execute("BEGIN")
        return [_state(connection, spec) for spec in specs]
    finally:
        connection.close()


def _stored_columns(connection: sqlite3.Connection, name: str) -> tuple[str, ...]:
    row = connection.execute("SELECT columns FROM answer_tables WHERE name = ?", (name,)).fetchone()
    return tuple(row[0].split()) if row and row[0] else ()


def _stored(connection: sqlite3.Connection, spec: TableSpec) -> tuple[str | None, int, int]:
    """(why the stored table cannot answer ``spec`` whatever changed since, or None; its journal
    position; its row count). The first reason is "never built", "the query's text changed" or
    "the store was changed as a whole"."""
    try:
        row = connection.execute(
            "SELECT fingerprint, epoch, seq, rows FROM answer_tables WHERE name = ?", (spec.name,)).fetchone()
    except sqlite3.OperationalError:  # the file holds only the change journal so far
        row = None
    if row is None:
        return "never built", 0, 0
    fingerprint, epoch, seq, rows = row
    if fingerprint != spec.fingerprint:
        return "the query's text changed", seq, rows
    if epoch != counter(connection, "epoch"):
        return "the store was changed as a whole", seq, rows
    return None, seq, rows


def _is_current(connection: sqlite3.Connection, spec: TableSpec) -> bool:
    """``_state(...).state == "current"`` without listing the changes (the read path's check)."""
    reason, seq, _rows = _stored(connection, spec)
    if reason is not None:
        return False
    ignored = ", ".join("?" for _ in _IGNORED_GRAPHS)
    change = connection.execute(f"SELECT 1 FROM changes WHERE seq > ? AND graph NOT IN ({ignored}) LIMIT 1",
                                (seq, *_IGNORED_GRAPHS)).fetchone()
    return change is None


def _state(connection: sqlite3.Connection, spec: TableSpec) -> TableState:
    """Whether the stored table answers ``spec`` now, and if not, whether it can be updated."""
    reason, seq, rows = _stored(connection, spec)
    if reason is not None:
        return TableState(spec.name, spec.mode, "missing" if reason == "never built" else "outdated", rows, reason=reason)
    changed = [graph for (graph,) in connection.execute("SELECT graph FROM changes WHERE seq > ?", (seq,))
               if graph not in _IGNORED_GRAPHS]
    if not changed:
        return TableState(spec.name, spec.mode, "current", rows)
    policies = tuple(sorted(graph for graph in changed if graph.startswith(_POLICY_GRAPH)))
    if spec.mode == WHOLE or len(policies) < len(changed):
        other = "a policy" if len(policies) == len(changed) else "the ontology or another shared graph"
        return TableState(spec.name, spec.mode, "outdated", rows, reason=f"{other} changed")
    return TableState(spec.name, spec.mode, "update", rows, policies, reason=f"{len(policies)} policies changed")


# -- writing ------------------------------------------------------------------------------
def refresh_after_ingest(
    store: Store, written: int, *, progress: Callable[[str], None] | None = None,
) -> list[RefreshResult]:
    """What ingest does when it is done: update the tables a store keeps, or build them once it holds
    ``TABLES_FROM`` policies. Whole-store tables (sums over policies) are rebuilt only when the run
    wrote a fifth or more of the store; after a smaller run they are left for ``policykg store
    tabulate``, and their questions are evaluated live meanwhile.
    """
    path = store.answers_file
    if path is None or getattr(store, "read_only", False):
        return []
    policies = store.policy_count()
    if policies < TABLES_FROM and not keeps_tables(store):
        return []
    return refresh(store, whole=written >= FULL_SHARE * max(policies, 1), progress=progress)


def keeps_tables(store: Store) -> bool:
    """Whether any answer table was ever built for this store."""
    path = store.answers_file
    if path is None or not path.exists():
        return False
    try:
        connection = connect(path, read_only=True)
        try:
            return connection.execute("SELECT COUNT(*) FROM answer_tables").fetchone()[0] > 0
        finally:
            connection.close()
    except sqlite3.Error:  # no table of tables yet: only the change journal
        return False


def refresh(
    store: Store,
    *,
    names: Sequence[str] | None = None,
    whole: bool = True,
    progress: Callable[[str], None] | None = None,
) -> list[RefreshResult]:
    """Bring the tables of ``names`` (default: all) up to date; ``whole=False`` leaves whole-mode
    tables as they are (outdated ones are then evaluated live until the next full refresh).

    Needs an on-disk store opened for writing: only its writer knows that nothing changes meanwhile.
    """
    path = store.answers_file
    if path is None or getattr(store, "read_only", False):
        raise StoreError(f"{store.location} cannot keep answer tables: only an on-disk store opened for writing "
                         "can (a SPARQL server answers from its own indexes)")
    specs = [spec for spec in table_specs() if names is None or spec.name in names or spec.query.name in names]
    unknown = sorted(set(names or ()) - {spec.name for spec in specs} - {spec.query.name for spec in specs})
    if unknown:
        known = ", ".join(spec.name for spec in table_specs())
        raise AnswerTableError(f"no answer table for {', '.join(unknown)}; the tabled questions are {known}")
    try:
        return _refresh(store, connect(path), specs, whole=whole, progress=progress)
    except sqlite3.Error as error:
        raise StoreError(f"cannot write the answer tables in {path} ({error}); the store itself is unchanged and "
                         "its questions are evaluated live. Free disk space, or delete the file and run "
                         "`policykg store tabulate`") from error


def _refresh(
    store: Store, connection: sqlite3.Connection, specs: list[TableSpec], *, whole: bool,
    progress: Callable[[str], None] | None,
) -> list[RefreshResult]:
    try:
        connection.executescript(SCHEMA)
        results: list[RefreshResult] = []
        updates: list[tuple[TableSpec, tuple[str, ...]]] = []
        policies: int | None = None
        for spec in specs:
            connection.execute("BEGIN")
            state = _state(connection, spec)
            connection.execute("COMMIT")
            if state.state == "current" or (spec.mode == WHOLE and not whole and state.state != "missing"):
                results.append(RefreshResult(spec.name, "current" if state.state == "current" else "left outdated",
                                             state.rows, 0, 0.0))
                continue
            if state.state == "update":
                policies = store.policy_count() if policies is None else policies
                if len(state.changed) < FULL_SHARE * max(policies, 1):
                    updates.append((spec, state.changed))
                    continue
            if progress is not None:
                progress(f"building the answer table of {spec.name}")
            started = time.perf_counter()
            rows = _build(connection, store, spec)
            results.append(RefreshResult(spec.name, "built", rows, len(state.changed), time.perf_counter() - started))
        if updates:
            results.extend(_update(connection, store, updates, progress))
        if len(specs) == len(table_specs()):
            _drop_retired_tables(connection, {spec.name for spec in specs})
        _forget_absorbed_changes(connection)
        return sorted(results, key=lambda result: result.name)
    finally:
        connection.close()


def _build(connection: sqlite3.Connection, store: Store, spec: TableSpec) -> int:
    """Evaluate the whole question and replace its table."""
    started = time.perf_counter()
    columns, rows = _evaluate(store, spec)
    rows.sort(key=_order)  # stable: equal keys keep their arrival; in key order the clustered index only appends
    connection.execute("BEGIN IMMEDIATE")
    try:
        stamp = _stamp(connection)
        connection.execute("DELETE FROM answer_rows WHERE name = ?", (spec.name,))
        first = _arrival(stamp)
        connection.executemany("INSERT INTO answer_rows VALUES (?, ?, ?, ?, ?)",
                               ((spec.name, key, first + n, graph, line) for n, (graph, key, line) in enumerate(rows)))
        _record(connection, spec, columns, stamp, len(rows), time.perf_counter() - started)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return len(rows)


def _update(
    connection: sqlite3.Connection, store: Store, updates: list[tuple[TableSpec, tuple[str, ...]]],
    progress: Callable[[str], None] | None,
) -> list[RefreshResult]:
    """Evaluate per-policy questions again over the changed policies only, and swap their rows.

    Each question runs with its default graph restricted to ``CHUNK`` changed policy graphs and the
    ontology graph at a time. Oxigraph then seeks every listed graph for every pattern it matches,
    so the cost grows with the chunk's size squared (200 changed policies in a 100k store, ten
    tables: 13.4 s in one chunk, 3.7 s in chunks of 64, 1.4 s in chunks of 8, 2.1 s one by one).
    A copy of the graphs in an in-memory store orders GROUP_CONCAT items differently, and a table
    must hold exactly the rows that evaluating the question gives.
    """
    stamp = _stamp(connection)  # the writer holds the store: no change can arrive while this runs
    changed = sorted(set().union(*(graphs for _spec, graphs in updates)))
    if progress is not None:
        progress(f"updating {len(updates)} answer tables for {len(changed)} changed policies")
    fresh: dict[str, list[tuple[str | None, bytes, str]]] = {spec.name: [] for spec, _graphs in updates}
    columns = {spec.name: _stored_columns(connection, spec.name) for spec, _graphs in updates}
    seconds = dict.fromkeys(fresh, 0.0)
    for start in range(0, len(changed), CHUNK):
        chunk = changed[start:start + CHUNK]
        dataset = [*chunk, str(ONTOLOGY_GRAPH)]
        for spec, graphs in updates:
            started = time.perf_counter()
            columns[spec.name], rows = _evaluate(store, spec, dataset)
            stray = {graph for graph, _key, _line in rows} - set(chunk)
            if stray:
                raise AnswerTableError(f"queries/catalogue/{spec.name}.rq: rows for {min(stray)} came out of other "
                                       f"policies' graphs, so it is not '# answers: {PER_POLICY}'")
            wanted = set(graphs)
            fresh[spec.name].extend(row for row in rows if row[0] in wanted)
            seconds[spec.name] += time.perf_counter() - started
    results = []
    for spec, graphs in updates:
        started = time.perf_counter()
        total = _swap_rows(connection, spec, columns[spec.name], stamp, graphs, fresh[spec.name])
        spent = seconds[spec.name] + time.perf_counter() - started
        results.append(RefreshResult(spec.name, "updated", total, len(graphs), spent))
    return results


def _swap_rows(connection: sqlite3.Connection, spec: TableSpec, columns: tuple[str, ...], stamp: tuple[int, int],
               graphs: Sequence[str], fresh: list[tuple[str | None, bytes, str]]) -> int:
    """Replace the rows of ``graphs`` in one table by ``fresh``, in one transaction; the new row count."""
    fresh.sort(key=_order)
    connection.execute("BEGIN IMMEDIATE")
    try:
        before = connection.execute("SELECT rows, seconds FROM answer_tables WHERE name = ?", (spec.name,)).fetchone()
        removed = connection.executemany("DELETE FROM answer_rows WHERE name = ? AND graph = ?",
                                         ((spec.name, graph) for graph in graphs)).rowcount
        first = _arrival(stamp)
        connection.executemany("INSERT INTO answer_rows VALUES (?, ?, ?, ?, ?)",
                               ((spec.name, key, first + n, graph, line) for n, (graph, key, line) in enumerate(fresh)))
        total = before[0] - removed + len(fresh)  # counting the table's rows would read all of them
        _record(connection, spec, columns, stamp, total, before[1])  # keeps the time of the last full build
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return int(total)


def _stamp(connection: sqlite3.Connection) -> tuple[int, int]:
    return counter(connection, "epoch"), counter(connection, "seq")


def _order(row: tuple[str | None, bytes, str]) -> bytes:
    return row[1]


def _arrival(stamp: tuple[int, int]) -> int:
    """The first arrival number of rows written at ``stamp``: later than every row already in the
    table (each write follows a new journal entry), so rows with equal keys keep the order they came in."""
    return stamp[1] << 32


def _record(connection: sqlite3.Connection, spec: TableSpec, columns: tuple[str, ...], stamp: tuple[int, int],
            rows: int, seconds: float) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO answer_tables VALUES (?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
        (spec.name, spec.fingerprint, spec.mode, " ".join(columns), stamp[0], stamp[1], rows, seconds))


def _drop_retired_tables(connection: sqlite3.Connection, names: set[str]) -> None:
    """Remove the tables of questions that no longer ask for one (renamed, removed, or header dropped)."""
    retired = [name for (name,) in connection.execute("SELECT name FROM answer_tables") if name not in names]
    if not retired:
        return
    connection.execute("BEGIN IMMEDIATE")
    for name in retired:
        connection.execute("DELETE FROM answer_rows WHERE name = ?", (name,))
        connection.execute("DELETE FROM answer_tables WHERE name = ?", (name,))
    connection.execute("COMMIT")


def _forget_absorbed_changes(connection: sqlite3.Connection) -> None:
    """Drop journal entries that every kept table has taken in (they matter to no table any more)."""
    connection.execute("BEGIN IMMEDIATE")
    oldest = connection.execute("SELECT MIN(seq) FROM answer_tables WHERE epoch = "
                                "(SELECT value FROM counters WHERE name = 'epoch')").fetchone()[0]
    if oldest is not None:
        connection.execute("DELETE FROM changes WHERE seq <= ?", (oldest,))
    connection.execute("COMMIT")


def _evaluate(store: Store, spec: TableSpec, graphs: Sequence[str] | None = None,
              ) -> tuple[tuple[str, ...], list[tuple[str | None, bytes, str]]]:
    """(columns, [(policy graph, order key, TSV line)]) of the question over the store, or over the
    given graphs only."""
    lines = store.select_tsv(spec.unordered, graphs=graphs).decode("utf-8").split("\n")  # type: ignore[attr-defined]
    columns = tsv_columns(lines[0])
    body = lines[1:]
    if body and body[-1] == "":
        body.pop()
    parts = [(columns.index(key.variable), key.descending) for key in spec.order if key.variable in columns]
    policy_index = columns.index("policy") if "policy" in columns else None
    if spec.mode == PER_POLICY and policy_index is None:
        raise AnswerTableError(f"queries/catalogue/{spec.name}.rq: a '# answers: {PER_POLICY}' query must select ?policy")
    keys: list[dict[str, bytes]] = [{} for _ in parts]
    rows: list[tuple[str | None, bytes, str]] = []
    for line in body:
        cells = line.split("\t")
        key = b"".join(_cell_key(keys[n], cells[index], descending) for n, (index, descending) in enumerate(parts))
        graph = _graph_of(spec, cells[policy_index]) if policy_index is not None and spec.mode == PER_POLICY else None
        rows.append((graph, key, line))
    return columns, rows


def _cell_key(memo: dict[str, bytes], cell: str, descending: bool) -> bytes:
    found = memo.get(cell)
    if found is None:
        found = memo[cell] = sortable_bytes(node_sort_key(tsv_term(cell)), descending=descending)
    return found


def _graph_of(spec: TableSpec, cell: str) -> str:
    """The policy graph a row belongs to, from its ``?policy`` cell (``<...id/policy/DOCID>``)."""
    if not cell.startswith(_POLICY_IRI) or not cell.endswith(">"):
        raise AnswerTableError(f"queries/catalogue/{spec.name}.rq: a row's ?policy is {cell or 'unbound'!r}, "
                               f"not a policy, so the query is not '# answers: {PER_POLICY}'")
    return _POLICY_GRAPH + cell[len(_POLICY_IRI):-1]

