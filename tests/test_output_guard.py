"""The one formula guard and the one Markdown escaper (issue 19 item 9), as properties.

Every spreadsheet output (query CSV, the server's catalogue CSV and TSV, XLSX) goes through
``safety.defuse_formula`` and every Markdown output through ``safety.escape_markdown``; these
properties say what the two promise for any text, and the outputs are checked to use them.
"""
from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from rdflib import Literal

from policykg.export.safety import FORMULA_LEADERS, defuse_formula, escape_markdown, safe_cell
from policykg.queries.formatting import format_result
from policykg.queries.runner import QueryResult
from policykg.server.catalogue import _defuse_cells

BLANKS = st.text(alphabet=" \t\r\n\u00a0\u3000\u2003\u200b\ufeff", max_size=4)
LEADERS = st.sampled_from(sorted(FORMULA_LEADERS))
PAYLOAD = st.sampled_from(['HYPERLINK("http://evil.example","x")', "cmd|' /C calc'!A0", "SUM(1)", "1+1"])


@given(BLANKS, LEADERS, PAYLOAD)
def test_every_formula_behind_blanks_is_defused(blanks: str, leader: str, payload: str) -> None:
    cell = blanks + leader + payload
    assert defuse_formula(cell) == "'" + cell
    assert safe_cell(cell) == "'" + cell


@given(st.text())
def test_the_guard_only_ever_prefixes_an_apostrophe(text: str) -> None:
    guarded = defuse_formula(text)
    assert guarded in (text, "'" + text)
    if guarded == text and text:
        assert text[0] not in "\t\r\n"
        visible = text.lstrip(" \t\r\n\x0b\x0c\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u2060\ufeff\u1680\u2028\u2029\u202f\u205f")
        assert not visible or visible[0] not in FORMULA_LEADERS


@given(BLANKS, LEADERS, PAYLOAD)
def test_query_csv_and_catalogue_csv_use_the_same_guard(blanks: str, leader: str, payload: str) -> None:
    cell = blanks + leader + payload
    result = QueryResult(columns=("quote",), rows=((Literal(cell),),))
    (row,) = list(csv.reader(io.StringIO(format_result(result, fmt="csv"), newline="")))[1:]
    assert row == ["'" + cell]
    body = io.StringIO(newline="")
    csv.writer(body, lineterminator="\r\n").writerows([["quote"], [cell]])
    (served,) = list(csv.reader(io.StringIO(_defuse_cells(body.getvalue().encode(), ",").decode(), newline="")))[1:]
    assert served == ["'" + cell]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_markdown_cells_carry_no_raw_html_and_stay_one_cell(text: str) -> None:
    row = f"| a | {escape_markdown(text)} |"
    table = "| x | y |\n|---|---|\n" + row + "\n"
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(table)
    assert not any(token.type in ("html_inline", "html_block") for token in tokens)
    assert not any(child.type in ("html_inline", "link_open") for token in tokens for child in token.children or [])
    assert sum(1 for token in tokens if token.type in ("td_open", "th_open")) == 4
    assert "\n" not in escape_markdown(text)


def test_query_markdown_escapes_html_from_quotes() -> None:
    result = QueryResult(columns=("quote",), rows=((Literal("We <script>alert(1)</script> [x](javascript:alert(1)) | y"),),))
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(format_result(result, fmt="md"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "href=" not in html
