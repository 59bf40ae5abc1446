"""The corpus page's question to the summary rows: filters, text search, facets, keyset paging.

Facets follow datasette: each is one GROUP BY over the already-filtered policies, limited to
``FACET_SIZE + 1`` rows (the extra row says "more"); each value carries the URL that toggles it.
Paging is by keyset (sort key, docid) of the last row shown, never OFFSET.

A filtered page first resolves its filters (and text search, a scan) to the matching docids once;
count, rows and every facet then read those ids (``json_each``). The ids, count and facets of the
last filters asked are kept in a small cache (``ResultCache``), so the next page of the same
filters, or the unfiltered corpus, costs one keyset read.
"""
from __future__ import annotations

import base64
import json
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from policykg.workbench.corpus_index import FACETS

PAGE_SIZE = 50
FACET_SIZE = 12
ANY_OF = {"language"}  # single-valued facets: several selected values mean "any of"


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str


@dataclass
class Facet:
    name: str
    values: list[FacetValue]
    truncated: bool


@dataclass
class CorpusPage:
    rows: list[sqlite3.Row]
    total: int
    facets: list[Facet]
    next_url: str | None
    selected: dict[str, list[str]] = field(default_factory=dict)
    q: str = ""


def encode_token(sort_key: str, docid: str) -> str:
    return base64.urlsafe_b64encode(f"{sort_key}\x1f{docid}".encode()).decode().rstrip("=")


def decode_token(token: str) -> tuple[str, str] | None:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        sort_key, docid = raw.split("\x1f", 1)
        return sort_key, docid
    except (ValueError, UnicodeDecodeError):
        return None


class ResultCache:
    """(generation, filters) -> (matching ids or None for all, count, raw facet rows); least recently used out."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):  # type: ignore[no-untyped-def]
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        return None

    def put(self, key, value) -> None:  # type: ignore[no-untyped-def]
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def _filter_sql(selected: dict[str, list[str]], q: str) -> tuple[str, list[object]]:
    clauses, args = [], []
    for facet, values in selected.items():
        if not values:
            continue
        if facet in ANY_OF:
            marks = ",".join("?" * len(values))
            clauses.append(f"p.docid IN (SELECT docid FROM facet_values WHERE facet = ? AND value IN ({marks}))")
            args += [facet, *values]
        else:
            for value in values:
                clauses.append("p.docid IN (SELECT docid FROM facet_values WHERE facet = ? AND value = ?)")
                args += [facet, value]
    if q:
        clauses.append("p.docid IN (SELECT docid FROM texts WHERE instr(folded, ?) > 0)")
        args.append(q.casefold())
    return (" AND ".join(clauses) or "1"), args


def query_corpus(conn: sqlite3.Connection, selected: dict[str, list[str]], q: str, after: str | None,
                 *, page_size: int = PAGE_SIZE, base: str = "/policies", cache: ResultCache | None = None,
                 generation: int = 0) -> CorpusPage:
    """One page of current policies matching the filters, with facet counts over all of them."""
    key = (generation, tuple((name, tuple(selected.get(name, []))) for name in FACETS), q)
    found = cache.get(key) if cache is not None else None
    if found is None:
        found = _resolve(conn, selected, q)
        if cache is not None:
            cache.put(key, found)
    ids, total, facet_rows = found
    keyset, keyset_args = "", []
    token = decode_token(after) if after else None
    if token:
        keyset, keyset_args = " AND (p.sort_key, p.docid) > (?, ?)", list(token)
    if ids is None:
        rows = conn.execute(f"SELECT p.* FROM policies p WHERE 1{keyset} ORDER BY p.sort_key, p.docid LIMIT ?",
                            [*keyset_args, page_size + 1]).fetchall()
    else:
        rows = conn.execute(
            f"SELECT p.* FROM policies p WHERE p.docid IN (SELECT value FROM json_each(?)){keyset} "
            "ORDER BY p.sort_key, p.docid LIMIT ?", [ids, *keyset_args, page_size + 1]).fetchall()
    next_url = None
    if len(rows) > page_size:
        rows = rows[:page_size]
        last = rows[-1]
        next_url = base + "?" + urlencode([*_pairs(selected, q), ("_next", encode_token(last["sort_key"], last["docid"]))])
    facets = []
    for name in FACETS:
        raw = facet_rows[name]
        chosen = selected.get(name, [])
        values = [FacetValue(value, label or value, n, value in chosen, _toggle(base, selected, q, name, value))
                  for value, n, label in raw[:FACET_SIZE]]
        shown = {v.value for v in values}
        values += [FacetValue(v, v, 0, True, _toggle(base, selected, q, name, v)) for v in chosen if v not in shown]
        facets.append(Facet(name, values, len(raw) > FACET_SIZE))
    return CorpusPage(rows=rows, total=total, facets=facets, next_url=next_url, selected=selected, q=q)


def _resolve(conn: sqlite3.Connection, selected: dict[str, list[str]], q: str):  # type: ignore[no-untyped-def]
    """(ids as a JSON array, or None for every policy; count; facet name -> [(value, count, label)])."""
    where, args = _filter_sql(selected, q)
    facet_sql = ("SELECT f.value, COUNT(*) AS n, l.label FROM facet_values f "
                 "LEFT JOIN labels l ON l.facet = f.facet AND l.value = f.value WHERE f.facet = ? {extra} "
                 "GROUP BY f.value ORDER BY n DESC, f.value LIMIT ?")
    if where == "1":
        ids, total = None, conn.execute("SELECT COUNT(*) FROM policies").fetchone()[0]
        facet_rows = {name: [tuple(r) for r in conn.execute(facet_sql.format(extra=""), [name, FACET_SIZE + 1])]
                      for name in FACETS}
        return ids, total, facet_rows
    matching = [r[0] for r in conn.execute(f"SELECT p.docid FROM policies p WHERE {where}", args)]
    ids = json.dumps(matching)
    extra = "AND f.docid IN (SELECT value FROM json_each(?))"
    facet_rows = {name: [tuple(r) for r in conn.execute(facet_sql.format(extra=extra), [name, ids, FACET_SIZE + 1])]
                  for name in FACETS}
    return ids, len(matching), facet_rows


def _pairs(selected: dict[str, list[str]], q: str) -> list[tuple[str, str]]:
    pairs = [(name, value) for name in FACETS for value in selected.get(name, [])]
    if q:
        pairs.append(("q", q))
    return pairs


def _toggle(base: str, selected: dict[str, list[str]], q: str, facet: str, value: str) -> str:
    changed = {name: list(values) for name, values in selected.items()}
    values = changed.setdefault(facet, [])
    if value in values:
        values.remove(value)
    else:
        values.append(value)
    pairs = _pairs(changed, q)
    return base + ("?" + urlencode(pairs) if pairs else "")
