"""Making policy text safe to put into spreadsheets, HTML pages and inline JSON.

Policy texts are third-party input. A quote that starts with ``=`` becomes a live formula when a
spreadsheet opens a CSV or XLSX cell (CSV/formula injection, OWASP), and a quote holding
``<script>`` runs when pasted raw into a page. Every renderer goes through these helpers.
"""
from __future__ import annotations

import html
import json
from typing import Any

# Characters that make spreadsheet programs read a cell as a formula (OWASP CSV injection list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

__all__ = ["FORMULA_TRIGGERS", "safe_cell", "is_formula_like", "escape_html", "json_for_script"]


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would treat ``text`` as a formula or a DDE payload."""
    return text.startswith(FORMULA_TRIGGERS)


def safe_cell(value: Any) -> Any:
    """A cell value that a spreadsheet shows as text, never evaluates.

    Numbers and booleans pass through; strings that start like a formula get a leading apostrophe,
    which Excel and LibreOffice treat as "this is text" (and hide).

    Example: ``safe_cell('=HYPERLINK("http://x")') == "'=HYPERLINK(\\"http://x\\")"``
    """
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    if is_formula_like(text):
        return "'" + text
    return text


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
