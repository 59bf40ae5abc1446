"""Corpus rows: keyset paging returns every policy once and in order; facets count the filtered set."""
from __future__ import annotations

import sqlite3
from urllib.parse import parse_qsl, urlparse

from policykg.workbench.corpus_index import SCHEMA
from policykg.workbench.corpus_query import ResultCache, query_corpus


def rows(n: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    for i in range(n):
        docid = f"{i:016x}"
        language = ("zh", "en", "ru")[i % 3]
        # several policies share a publisher: the keyset must break ties by docid
        conn.execute("INSERT INTO policies VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (docid, f"p{i}.txt", f"Company {i // 4}", f"company {i // 4:03d}", language, None, None, 1,
                      i % 2, 0, 0, 3, 0))
        conn.execute("INSERT INTO facet_values VALUES ('language', ?, ?)", (language, docid))
        if i % 5 == 0:
            conn.execute("INSERT INTO facet_values VALUES ('verdict', 'cross-border-mechanism:contravention', ?)", (docid,))
        conn.execute("INSERT INTO texts (docid, folded) VALUES (?, ?)",
                     (docid, "我们会把数据传输到境外服务器" if i % 7 == 0 else "we keep your data in the country."))
    return conn


def test_keyset_paging_visits_every_policy_once_in_order() -> None:
    conn = rows(123)
    seen, after = [], None
    while True:
        page = query_corpus(conn, {}, "", after, page_size=20)
        seen += [(r["sort_key"], r["docid"]) for r in page.rows]
        if not page.next_url:
            break
        after = dict(parse_qsl(urlparse(page.next_url).query))["_next"]
    assert len(seen) == 123 and seen == sorted(seen) and len(set(seen)) == 123
    cache, filtered, after = ResultCache(), [], None  # the same through the cache, with a filter
    while True:
        page = query_corpus(conn, {"language": ["zh"]}, "", after, page_size=7, cache=cache)
        filtered += [r["docid"] for r in page.rows]
        assert page.total == 41
        if not page.next_url:
            break
        after = dict(parse_qsl(urlparse(page.next_url).query))["_next"]
    assert len(filtered) == len(set(filtered)) == 41


def test_facets_count_the_filtered_policies_and_toggle() -> None:
    conn = rows(60)
    page = query_corpus(conn, {"verdict": ["cross-border-mechanism:contravention"]}, "", None)
    assert page.total == 12
    languages = {v.value: v.count for v in next(f for f in page.facets if f.name == "language").values}
    assert sum(languages.values()) == 12
    chosen = next(f for f in page.facets if f.name == "verdict").values[0]
    assert chosen.selected and chosen.toggle_url == "/policies"  # toggling it off clears the filter
    zh = query_corpus(conn, {"language": ["zh", "en"]}, "", None)
    assert zh.total == 40  # several languages: any of them
    assert query_corpus(conn, {}, "传输到境外", None).total == 9  # substring search, CJK
    assert query_corpus(conn, {}, "WE KEEP", None).total == 51  # case-folded
    assert query_corpus(conn, {}, "境外", None).total == 9  # two characters
    assert query_corpus(conn, {}, '"; DROP TABLE policies; --', None).total == 0
    assert query_corpus(conn, {}, "", "not-a-token").total == 60  # a broken token starts at the beginning
