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


def test_facet_more_lists_every_value_and_keeps_the_filters() -> None:
    conn = rows(90)
    for i in range(90):  # 20 categories, category c collected by 20 - c of the Chinese policies (every third)
        for c in range(20):
            if i < 3 * (20 - c):
                conn.execute("INSERT INTO facet_values VALUES ('category', ?, ?)", (f"Cat{c:02d}", f"{i:016x}"))
    page = query_corpus(conn, {"language": ["zh"]}, "", None, page_size=5)
    category = next(f for f in page.facets if f.name == "category")
    assert category.truncated and len(category.values) == 12 and category.distinct == 20
    assert [(v.value, v.count) for v in category.values] == [(f"Cat{c:02d}", 20 - c) for c in range(12)]  # most first
    searched = query_corpus(conn, {"language": ["zh"]}, "we keep", None, page_size=5)
    assert dict(parse_qsl(urlparse(searched.more_url).query)) == {"language": "zh", "q": "we keep", "_facet_size": "max"}
    full = query_corpus(conn, {"language": ["zh"]}, "we keep", None, page_size=5, expanded=True)
    assert full.total == searched.total and [r["docid"] for r in full.rows] == [r["docid"] for r in searched.rows]
    category = next(f for f in query_corpus(conn, {"language": ["zh"]}, "", None, expanded=True).facets if f.name == "category")
    assert not category.truncated and [v.count for v in category.values] == list(range(20, 0, -1))
    # every link of the expanded page keeps it expanded, and the filters
    for url in [full.next_url, *(v.toggle_url for f in full.facets for v in f.values)]:
        assert dict(parse_qsl(urlparse(url).query)).get("_facet_size") == "max", url
    assert "_facet_size" not in full.fewer_url and "language=zh" in full.fewer_url
    assert dict(parse_qsl(urlparse(full.clear_q_url).query)) == {"language": "zh", "_facet_size": "max"}


def test_verdict_facet_groups_verdicts_by_requirement_adverse_first() -> None:
    conn = rows(30)
    for i in range(30):
        docid = f"{i:016x}"
        conn.execute("INSERT INTO facet_values VALUES ('verdict', ?, ?)",
                     ("explicit-consent:" + ("met" if i % 3 else "omission"), docid))
        conn.execute("INSERT INTO facet_values VALUES ('verdict', 'retention-period:not-applicable', ?)", (docid,))
    page = query_corpus(conn, {}, "", None)
    verdict = next(f for f in page.facets if f.name == "verdict")
    keys = [g.key for g in verdict.groups]
    assert keys == ["explicit-consent", "cross-border-mechanism", "retention-period"]  # 10 and 6 adverse, then none
    consent = verdict.groups[0]
    assert [(v.label, v.count) for v in consent.values] == [("omission", 10), ("met", 20)]  # checklist order
    chosen = query_corpus(conn, {"verdict": ["explicit-consent:omission"]}, "", None)
    assert chosen.total == 10
    group = next(f for f in chosen.facets if f.name == "verdict").groups[0]
    assert group.selected and group.values[0].selected and group.values[0].toggle_url == "/policies"
    assert [(a.facet, a.value, a.remove_url) for a in chosen.active] == [("verdict", "explicit-consent:omission", "/policies")]


def test_facet_counts_match_a_plain_group_by_whichever_way_they_are_counted() -> None:
    """Few matches are counted from their own rows, most matches as the corpus less the rest: same numbers."""
    conn = rows(60)
    for i in range(0, 60, 2):
        conn.execute("INSERT INTO facet_values VALUES ('category', 'EmailAddress', ?)", (f"{i:016x}",))
    cache = ResultCache()
    for selected, q in [({"language": ["zh"]}, ""), ({"language": ["zh", "en"]}, ""), ({}, "we keep"),
                        ({"verdict": ["cross-border-mechanism:contravention"]}, ""), ({"language": ["en", "ru"]}, "we")]:
        page = query_corpus(conn, selected, q, None, cache=cache, expanded=True)
        ids = [r[0] for r in conn.execute("SELECT docid FROM policies")]
        ids = [d for d in ids if all(
            conn.execute("SELECT 1 FROM facet_values WHERE facet = ? AND value = ? AND docid = ?", (name, v, d)).fetchone()
            for name, values in selected.items() if name != "language" for v in values)]
        if selected.get("language"):
            ids = [d for d in ids if conn.execute("SELECT language FROM policies WHERE docid = ?", (d,)).fetchone()[0]
                   in selected["language"]]
        if q:
            ids = [d for d in ids if q in conn.execute("SELECT folded FROM texts WHERE docid = ?", (d,)).fetchone()[0]]
        assert page.total == len(ids), (selected, q)
        expected = {}
        for d in ids:
            for facet, value in conn.execute("SELECT facet, value FROM facet_values WHERE docid = ?", (d,)):
                expected[(facet, value)] = expected.get((facet, value), 0) + 1
        shown = {(f.name, v.value): v.count for f in page.facets for v in f.values if v.count}
        assert shown == expected, (selected, q)
