"""The corpus page's question to the summary rows: filters, text search, facets, keyset paging.

Facets follow datasette: each is one GROUP BY over the already-filtered policies, limited to
``FACET_SIZE + 1`` rows (the extra row says "more"); each value carries the URL that toggles it.
Paging is by keyset (sort key, docid) of the last row shown, never OFFSET.
"""
from __future__ import annotations

import base64
import sqlite3
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
        if len(q) >= 3:
            clauses.append("p.docid IN (SELECT docid FROM texts WHERE texts MATCH ?)")
            args.append('"' + q.replace('"', '""') + '"')
        else:
            clauses.append("p.docid IN (SELECT docid FROM texts WHERE instr(content, ?) > 0)")
            args.append(q)
    return (" AND ".join(clauses) or "1"), args


def query_corpus(conn: sqlite3.Connection, selected: dict[str, list[str]], q: str, after: str | None,
                 *, page_size: int = PAGE_SIZE, base: str = "/policies") -> CorpusPage:
    """One page of current policies matching the filters, with facet counts over all of them."""
    where, args = _filter_sql(selected, q)
    keyset, keyset_args = "", []
    token = decode_token(after) if after else None
    if token:
        keyset, keyset_args = " AND (p.sort_key, p.docid) > (?, ?)", list(token)
    rows = conn.execute(
        f"SELECT p.* FROM policies p WHERE {where}{keyset} ORDER BY p.sort_key, p.docid LIMIT ?",
        [*args, *keyset_args, page_size + 1]).fetchall()
    total = conn.execute(f"SELECT COUNT(*) FROM policies p WHERE {where}", args).fetchone()[0]
    next_url = None
    if len(rows) > page_size:
        rows = rows[:page_size]
        last = rows[-1]
        next_url = base + "?" + urlencode([*_pairs(selected, q), ("_next", encode_token(last["sort_key"], last["docid"]))])
    facets = []
    for name in FACETS:
        found = conn.execute(
            f"""SELECT f.value, COUNT(*) AS n, l.label FROM facet_values f JOIN policies p ON p.docid = f.docid
                LEFT JOIN labels l ON l.facet = f.facet AND l.value = f.value
                WHERE f.facet = ? AND {where} GROUP BY f.value ORDER BY n DESC, f.value LIMIT ?""",
            [name, *args, FACET_SIZE + 1]).fetchall()
        chosen = selected.get(name, [])
        values = [FacetValue(r["value"], r["label"] or r["value"], r["n"], r["value"] in chosen,
                             _toggle(base, selected, q, name, r["value"])) for r in found[:FACET_SIZE]]
        shown = {v.value for v in values}
        values += [FacetValue(v, v, 0, True, _toggle(base, selected, q, name, v)) for v in chosen if v not in shown]
        facets.append(Facet(name, values, len(found) > FACET_SIZE))
    return CorpusPage(rows=rows, total=total, facets=facets, next_url=next_url, selected=selected, q=q)


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
