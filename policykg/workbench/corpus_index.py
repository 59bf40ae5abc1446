"""Per-policy summary rows in SQLite, so the corpus page filters, counts and pages 10k policies fast.

Why: a facet is a GROUP BY over the filtered policies; asked of the graph on disk, each costs
seconds at 10^4 policies (one RocksDB look-up per triple). The rows a corpus page needs change only
when a policy is ingested or checked, so they are built once from the graph and kept in
``policykg-workbench.sqlite`` in the store folder (in memory for an in-memory store), rebuilt when the
store's fingerprint (its graph names and its check runs) changes. Text search uses an FTS5 trigram
text search scans a case-folded copy of every text (``instr``): 0.6 s at 10k policies, any script. An
FTS5 trigram index answers in 0.01 s but took 72 s to build at 10k (1 s for the plain copy), on every
start after an ingest or check; the page caches each search's matches instead
(``corpus_query.ResultCache``).
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store
from policykg.workbench.findings import VERDICTS, read_findings
from policykg.workbench.labels import Labels
from policykg.workbench.policy_data import docid_of

FILE_NAME = "policykg-workbench.sqlite"
FORMAT = "policykg-workbench-index/2"
FACETS = ("language", "law", "category", "recipient", "verdict")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE policies (
  docid TEXT PRIMARY KEY, file TEXT NOT NULL, company TEXT, sort_key TEXT NOT NULL, language TEXT NOT NULL,
  modified TEXT, ingested TEXT, versions INTEGER NOT NULL,
  contravention INTEGER NOT NULL, omission INTEGER NOT NULL, review INTEGER NOT NULL,
  met INTEGER NOT NULL, not_applicable INTEGER NOT NULL);
CREATE INDEX policies_sort ON policies (sort_key, docid);
CREATE TABLE facet_values (facet TEXT NOT NULL, value TEXT NOT NULL, docid TEXT NOT NULL,
  PRIMARY KEY (facet, value, docid)) WITHOUT ROWID;
CREATE INDEX facet_values_docid ON facet_values (docid, facet);
CREATE TABLE labels (facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (facet, value));
CREATE TABLE texts (docid TEXT PRIMARY KEY, folded TEXT NOT NULL) WITHOUT ROWID;
"""

_POLICIES = """
SELECT ?policy ?file ?language ?modified ?company ?ingested ?previous WHERE {
  ?policy a pkg:PrivacyPolicy ; pkg:fileName ?file ; dct:language ?language .
  OPTIONAL { ?policy dct:modified ?modified }
  OPTIONAL { ?policy pkg:companyName ?company }
  OPTIONAL { ?policy pkg:ingestedAt ?ingested }
  OPTIONAL { ?policy pkg:previousVersion ?previous }
}
"""
_MULTI = {
    "law": "SELECT ?policy ?v WHERE { ?policy pkg:citesLaw ?v }",
    "category": "SELECT ?policy ?v WHERE { ?policy pkg:collectsCategory ?v }",
    "recipient": "SELECT ?policy ?v WHERE { ?policy pkg:sharesWith ?v }",
}
_TEXTS = "SELECT ?policy ?content WHERE { ?policy a pkg:PrivacyPolicy ; pkg:hasText/pkg:content ?content }"
_RUNS = """SELECT (COUNT(?run) AS ?n) (MAX(STR(?t)) AS ?last) WHERE { GRAPH pkgr:compliance {
  ?run a pkg:ComplianceCheck . OPTIONAL { ?run prov:endedAtTime ?t } } }"""
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p a pkg:PrivacyPolicy } }"
_VERDICT_REVIEWS = """SELECT (COUNT(?r) AS ?n) (MAX(STR(?t)) AS ?last) WHERE { GRAPH pkgr:reviews {
  ?r pkg:reviewedField "verdict" ; dct:created ?t } }"""


def fingerprint(store: Store) -> str:
    """Changes whenever a policy graph is added or removed or a check runs."""
    digest = hashlib.sha256(FORMAT.encode())
    graphs = sorted(str(row["g"]) for row in store.select(sparql_prefixes() + _GRAPHS))
    for name in graphs:
        digest.update(name.encode() + b"\n")
    for row in store.select(sparql_prefixes() + _RUNS):
        digest.update(f"{row.get('n')}|{row.get('last')}|".encode())
    return digest.hexdigest()


def verdict_reviews_state(store: Store) -> str:
    """Changes whenever a reviewer judges a finding (reviews of facts do not touch the corpus rows)."""
    rows = store.select(sparql_prefixes() + _VERDICT_REVIEWS)
    return "|".join(f"{row.get('n')}|{row.get('last')}" for row in rows)


class CorpusIndex:
    """The summary rows of an open store; ``connection()`` brings them up to date first."""

    def __init__(self, store: Store, labels: Labels, folder: Path | None) -> None:
        self.store = store
        self.labels = labels
        self.path = (folder / FILE_NAME) if folder is not None else None
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._checked_at = 0.0
        self.build_seconds: float | None = None
        self.generation = 0  # changes whenever the rows may have changed (caches key on it)

    def connection(self, *, recheck_after: float = 30.0) -> sqlite3.Connection:
        """A connection to rows that match the store (rebuilt if the fingerprint differs).

        A read-only store is a snapshot: checked once. A writable one is checked again after
        ``recheck_after`` seconds or after ``invalidate()`` (a review written through the pages)."""
        with self._lock:
            now = time.monotonic()
            fresh = getattr(self.store, "read_only", False) or now - self._checked_at < recheck_after
            if self._conn is not None and fresh:
                return self._conn
            wanted = fingerprint(self.store)
            conn = self._conn or self._open()
            if _meta(conn, "fingerprint") != wanted:
                conn = self._build(wanted)  # the old connection is left to requests still reading it
                self.generation += 1
            else:
                verdicts = verdict_reviews_state(self.store)
                if _meta(conn, "verdicts") != verdicts:  # a finding was reviewed: only its policies' rows change
                    refresh_reviewed(conn, self.store)
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('verdicts', ?)", (verdicts,))
                    conn.commit()
                    self.generation += 1
            self._conn, self._checked_at = conn, now
            return conn

    def invalidate(self) -> None:
        """Check the fingerprint again on the next request (after a write through this server)."""
        with self._lock:
            self._checked_at = 0.0
        self.generation += 1

    def _open(self) -> sqlite3.Connection:
        if self.path is not None and self.path.exists():
            try:
                return _connect(str(self.path))
            except sqlite3.DatabaseError:
                self.path.unlink(missing_ok=True)
        return _connect(":memory:")

    def _build(self, wanted: str, progress: Callable[[str], None] | None = None) -> sqlite3.Connection:
        started = time.perf_counter()
        target = ":memory:"
        if self.path is not None:
            try:
                tmp = self.path.with_suffix(".building")
                tmp.unlink(missing_ok=True)
                sqlite3.connect(str(tmp)).close()
                target = str(tmp)
            except OSError:  # a folder we may not write: keep the rows in memory
                target = ":memory:"
        conn = _connect(target)
        conn.executescript(SCHEMA)
        fill(conn, self.store, self.labels)
        conn.execute("INSERT INTO meta VALUES ('fingerprint', ?), ('format', ?), ('verdicts', ?)",
                     (wanted, FORMAT, verdict_reviews_state(self.store)))
        conn.commit()
        if target != ":memory:":
            conn.close()
            assert self.path is not None
            Path(target).replace(self.path)
            conn = _connect(str(self.path))
        self.build_seconds = time.perf_counter() - started
        return conn


def _connect(target: str) -> sqlite3.Connection:
    conn = sqlite3.connect(target, check_same_thread=False, isolation_level=None if target == ":memory:" else "DEFERRED")
    conn.row_factory = sqlite3.Row
    return conn


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _rows(store: Store, sparql: str) -> list[dict]:
    """SELECT answers as dicts through the store's table path (TSV for the embedded store: several times
    cheaper per row than ``select``, which matters at 10^5 findings)."""
    names, rows = store.select_table(sparql_prefixes() + sparql)
    return [{name: value for name, value in zip(names, row) if value is not None} for row in rows]


_VERDICTS = """SELECT ?policy ?key ?verdict WHERE { GRAPH pkgr:compliance {
  ?f pkg:aboutPolicy ?policy ; pkg:verdict ?verdict ; pkg:requirementKey ?key } }"""
_FINDINGS = "SELECT (COUNT(?f) AS ?n) WHERE { GRAPH pkgr:compliance { ?f a pkg:Finding } }"
_REVIEWED = """SELECT ?f ?policy ?key ?verdict WHERE { VALUES ?f { %s } GRAPH pkgr:compliance {
  ?f pkg:aboutPolicy ?policy ; pkg:verdict ?verdict ; pkg:requirementKey ?key } }"""


def verdict_pairs(store: Store, docids: set[str]) -> dict[str, Counter]:
    """docid -> Counter of (requirement key, verdict) over its findings, reviewed verdicts applied.

    Why not ``read_findings``: the rows need three values a finding, and one three-pattern query read
    as TSV takes ~8 s at 210k findings where the full records (nine OPTIONALs, provisions) take ~65 s.
    Findings of the old contract (no ``pkg:verdict``) make the counts differ: then the full reader."""
    rows = _rows(store, _VERDICTS)
    expected = int(_rows(store, _FINDINGS)[0].get("n", 0))
    pairs: dict[str, Counter] = defaultdict(Counter)
    if len(rows) != expected:  # findings written by the old contract: translate them one by one
        reviewed = _reviewed_verdicts(store)
        for finding in read_findings(store, None, with_quotes=False):
            docid = docid_of(finding.policy)
            if docid in docids:
                pairs[docid][(finding.key, reviewed.get(finding.iri, finding.verdict))] += 1
        return pairs
    for row in rows:
        docid = docid_of(str(row["policy"]))
        if docid in docids:
            pairs[docid][(str(row["key"]), str(row["verdict"]))] += 1
    reviewed = _reviewed_verdicts(store)
    if reviewed:
        values = " ".join(f"<{iri}>" for iri in reviewed)
        for row in _rows(store, _REVIEWED % values):
            docid, key, was = docid_of(str(row["policy"])), str(row["key"]), str(row["verdict"])
            now = reviewed[str(row["f"])]
            if docid in docids and pairs[docid][(key, was)] > 0:
                pairs[docid][(key, was)] -= 1
                pairs[docid][(key, now)] += 1
    return pairs


def fill(conn: sqlite3.Connection, store: Store, labels: Labels) -> None:
    """Read the graph once and write every current policy's summary rows."""
    previous: dict[str, str] = {}
    info: dict[str, dict] = {}
    for row in _rows(store, _POLICIES):
        docid = docid_of(str(row["policy"]))
        info.setdefault(docid, {k: str(v) for k, v in row.items()})
        if "previous" in row:
            previous[docid] = docid_of(str(row["previous"]))
    superseded = set(previous.values())
    current = [d for d in info if d not in superseded]
    current_set = set(current)
    pairs = verdict_pairs(store, current_set)
    policy_rows = []
    for docid in current:
        meta = info[docid]
        versions, walk = 1, docid
        while walk in previous and versions < 1000:
            walk = previous[walk]
            versions += 1
        company = meta.get("company")
        sort_key = (company or meta["file"]).casefold()
        c = dict.fromkeys(VERDICTS, 0)
        for (_, verdict), n in pairs.get(docid, Counter()).items():
            c[verdict] = c.get(verdict, 0) + n
        policy_rows.append((docid, meta["file"], company, sort_key, meta["language"], meta.get("modified"),
                            meta.get("ingested"), versions, c["contravention"], c["omission"], c["review"], c["met"],
                            c["not-applicable"]))
    conn.executemany("INSERT INTO policies VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", policy_rows)
    facet_rows = [("language", info[d]["language"], d) for d in current]
    for facet, sparql in _MULTI.items():
        for row in _rows(store, sparql):
            docid = docid_of(str(row["policy"]))
            if docid in current_set:
                facet_rows.append((facet, labels.key(str(row["v"])), docid))
    for docid, counter in pairs.items():
        facet_rows += [("verdict", f"{key}:{verdict}", docid) for (key, verdict), n in counter.items() if n > 0]
    conn.executemany("INSERT OR IGNORE INTO facet_values VALUES (?,?,?)", facet_rows)
    label_rows = set()
    for facet, value, _ in facet_rows:
        if facet in ("law", "category", "recipient"):
            label_rows.add((facet, value))
    conn.executemany("INSERT OR IGNORE INTO labels VALUES (?,?,?)",
                     [(facet, value, _label_for(labels, facet, value)) for facet, value in label_rows])
    texts = ((docid_of(str(row["policy"])), str(row["content"])) for row in _rows(store, _TEXTS))
    conn.executemany("INSERT OR IGNORE INTO texts (docid, folded) VALUES (?, ?)",
                     ((d, fold(t)) for d, t in texts if d in current_set))


def fold(text: str) -> str:
    """Case-folded for search (Latin, Cyrillic; CJK is unchanged); the search query is folded the same way."""
    return text.casefold()


def _label_for(labels: Labels, facet: str, key: str) -> str:
    from policykg.namespaces import VOCAB

    segment = {"category": "pd", "recipient": "recipient"}.get(facet)
    if segment:
        return labels.label(str(VOCAB[f"{segment}/{key}"]))
    iri = labels.iri_for_key(key)
    return labels.label(iri) if iri else key



def _reviewed_verdicts(store: Store) -> dict[str, str]:
    from policykg.reviews.listing import reviewed_verdicts

    return {iri: verdict for iri, (verdict, _, _) in reviewed_verdicts(store).items()}


def refresh_reviewed(conn: sqlite3.Connection, store: Store) -> int:
    """Recount the findings of the policies that have reviewed findings (a few, not the corpus)."""
    from policykg.reviews.listing import list_reviews
    from policykg.workbench.policy_data import policy_iri

    items = [i for i in list_reviews(store, Labels(store)) if i.review.field == "verdict" and i.current]
    docids = sorted({i.current for i in items if i.current})
    reviewed = {i.applied.anchoring.target: i.review.new_value for i in items
                if i.applied is not None and i.applied.applies and i.review.action == "correct" and i.review.new_value}
    counts: dict[str, dict[str, int]] = {d: dict.fromkeys(VERDICTS, 0) for d in docids}
    values: dict[str, set[str]] = defaultdict(set)
    for finding in read_findings(store, [policy_iri(d) for d in docids], with_quotes=False):
        docid = docid_of(finding.policy)
        verdict = reviewed.get(finding.iri, finding.verdict)
        counts[docid][verdict] = counts[docid].get(verdict, 0) + 1
        values[docid].add(f"{finding.key}:{verdict}")
    for docid in docids:
        c = counts[docid]
        conn.execute("UPDATE policies SET contravention = ?, omission = ?, review = ?, met = ?, not_applicable = ? WHERE docid = ?",
                     (c["contravention"], c["omission"], c["review"], c["met"], c["not-applicable"], docid))
        conn.execute("DELETE FROM facet_values WHERE facet = 'verdict' AND docid = ?", (docid,))
        conn.executemany("INSERT OR IGNORE INTO facet_values VALUES ('verdict', ?, ?)", [(v, docid) for v in values[docid]])
    return len(docids)
