"""Making policy text safe to put into spreadsheets, HTML pages and inline JSON.

Policy texts are third-party input. A quote that starts with ``=`` becomes a live formula when a
spreadsheet opens a CSV or XLSX cell (CSV/formula injection, OWASP), and a quote holding
``<script>`` runs when pasted raw into a page. Every renderer goes through these helpers.
"""
from __future__ import annotations

import html
import json
from typing import Any

# Characters that make spreadsheet programs read a cell as a formula or DDE payload: the OWASP
# CSV-injection list, their full-width forms (Excel and LibreOffice fold ＝＋－＠ to = + - @ when a
# cell is typed or imported in East Asian locales) and the small forms (﹦﹢﹣).
FORMULA_LEADERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63")
# A cell that starts with any of these is defused whatever follows: spreadsheets strip them, and
# a formula behind them runs (" =1+1", "\n=HYPERLINK(...)", "\t@SUM(1)").
_LEADING_BLANKS = "\t\r\n\x0b\x0c \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"
FORMULA_TRIGGERS = tuple(sorted(FORMULA_LEADERS)) + ("\t", "\r", "\n")  # kept for callers of the old name

__all__ = ["FORMULA_LEADERS", "FORMULA_TRIGGERS", "defuse_formula", "safe_cell", "is_formula_like",
           "escape_html", "escape_markdown", "json_for_script"]


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could treat ``text`` as a formula or a DDE payload.

    That is: it starts with a tab, CR or LF (OWASP), or its first character after any blanks
    (spaces of any width, line breaks, zero-width characters) is a formula leader.
    """
    if not text:
        return False
    if text[0] in "\t\r\n":
        return True
    visible = text.lstrip(_LEADING_BLANKS)
    return bool(visible) and visible[0] in FORMULA_LEADERS


def defuse_formula(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet could evaluate it (the one guard for CSV, TSV, XLSX)."""
    return "'" + text if is_formula_like(text) else text


def safe_cell(value: Any) -> Any:
    """A cell value that a spreadsheet shows as text, never evaluates.

    Numbers and booleans pass through; strings that start like a formula get a leading apostrophe,
    which Excel and LibreOffice treat as "this is text" (and hide).

    Example: ``safe_cell('=HYPERLINK("http://x")') == "'=HYPERLINK(\\"http://x\\")"``
    """
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return defuse_formula(str(value))


def escape_markdown(text: Any) -> str:
    """Text for a Markdown line or table cell (the one escaper for every Markdown output).

    HTML is escaped (CommonMark passes raw tags through, so a quote's ``<script>`` would reach the
    page), as are the characters that would start a link, code span or table column, and line
    breaks become spaces so that a cell stays one cell.
    """
    out = html.escape("" if text is None else str(text), quote=False)
    out = out.replace("\\", "\\\\")
    for char in "|[]`":
        out = out.replace(char, "\\" + char)
    return out.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def escape_html(text: Any) -> str:
    """HTML-escape any value for element content and quoted attributes (quotes included)."""
    return html.escape("" if text is None else str(text), quote=True)


def json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>``, ``&`` or line separators.

    ``</script>`` in a policy quote therefore cannot close the block; ``JSON.parse`` restores the text.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
