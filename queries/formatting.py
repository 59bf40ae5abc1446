"""Render a QueryResult as a text table, CSV, JSON or Markdown.

IRIs are shortened with the project prefixes (``pkv:pd/EmailAddress``) in human formats; JSON keeps
full IRIs for programs. CSV cells that a spreadsheet would run as a formula are prefixed with an
apostrophe and Markdown cells are escaped, because quotes from policies are untrusted text: both by
the one guard and escaper every output shares (``policykg.export.safety``).
"""
from __future__ import annotations

import csv
import io
import json

from rdflib import Literal, URIRef
from rich.cells import cell_len, set_cell_size
from rdflib.term import Node

from policykg.export.safety import defuse_formula, escape_markdown
from policykg.namespaces import PREFIXES
from policykg.queries.ordering import per_object
from policykg.queries.runner import QueryResult

FORMATS = ("table", "csv", "json", "md")
# longest namespace first, so pkv: wins over a shorter prefix of the same IRI
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def compact(term: Node | None) -> str:
    """A short display form: ``prefix:local`` for known IRIs, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for namespace, prefix in _NAMESPACES:
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace):]}"
        return text
    return str(term)


def neutralise_csv_cell(text: str) -> str:
    """Stop spreadsheets from evaluating a cell as a formula (CSV injection): ``safety.defuse_formula``."""
    return defuse_formula(text)


def format_result(result: QueryResult, *, fmt: str = "table", full_iris: bool = False, max_cell: int | None = 60) -> str:
    """The result as text in one of FORMATS; ``full_iris`` disables prefix shortening (not for JSON).

    ``max_cell`` clips table cells to that many terminal columns (None: never, for output that is
    not read on a terminal, e.g. piped into a file)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "json":
        return _json(result)
    show = (lambda t: "" if t is None else str(t)) if full_iris else compact
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        # csv quotes a cell only for the characters of its line end ("\n"): a lone CR would end the row
        # in a spreadsheet, and what follows it would be a new, unguarded cell. Such rows are quoted whole.
        quoting_all = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writerow(result.columns)
        csv_cell = per_object(lambda term: neutralise_csv_cell(show(term)))
        for cells in ([csv_cell(term) for term in row] for row in result.rows):
            (quoting_all if any("\r" in cell for cell in cells) else writer).writerow(cells)
        return buffer.getvalue()
    display = per_object(show)
    cells = [[display(term) for term in row] for row in result.rows]
    if fmt == "md":
        return _markdown(result.columns, cells)
    return _table(result.columns, cells, max_width=max_cell)


def _json(result: QueryResult) -> str:
    def plain(term: Node | None) -> object:
        if isinstance(term, Literal):
            value = term.toPython()
            return value if isinstance(value, (int, float, bool)) else str(term)
        return None if term is None else str(term)

    value = per_object(plain)
    head = json.dumps({"query": result.name, "columns": list(result.columns)}, ensure_ascii=False)[:-1]
    # one row per line, each written by json's C encoder (indent= would use its pure-Python one: 3x slower)
    rows = ",\n".join(json.dumps({column: value(term) for column, term in zip(result.columns, row)}, ensure_ascii=False)
                      for row in result.rows)
    return f'{head}, "rows": [\n{rows}\n]}}\n'


def _markdown(columns: tuple[str, ...], cells: list[list[str]]) -> str:
    escape = per_object(escape_markdown)  # cells repeat the same string objects
    lines = ["| " + " | ".join(escape_markdown(column) for column in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in cells]
    return "\n".join(lines) + "\n"


def _table(columns: tuple[str, ...], cells: list[list[str]], *, max_width: int | None = 60) -> str:
    """Aligned columns measured in terminal cells (a Chinese character takes two), not characters."""
    def clip(text: str) -> str:
        text = text.replace("\n", " ")
        if max_width is None or cell_len(text) <= max_width:
            return text
        return set_cell_size(text, max_width - 1).rstrip() + "…"

    clipped_once = per_object(clip)  # type: ignore[arg-type] # cells repeat the same string objects
    clipped = [[clipped_once(cell) for cell in row] for row in cells]  # type: ignore[arg-type]
    measure = per_object(cell_len)  # type: ignore[arg-type]
    widths = [max([cell_len(column)] + [measure(row[i]) for row in clipped]) for i, column in enumerate(columns)]

    def pad(text: str, width: int) -> str:
        return text + " " * (width - measure(text))  # type: ignore[operator]

    line = "  ".join(pad(column, widths[i]) for i, column in enumerate(columns))
    rule = "  ".join("-" * width for width in widths)
    body = ["  ".join(pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip() for row in clipped]
    footer = f"({len(cells)} row{'s' if len(cells) != 1 else ''})"
    return "\n".join([line, rule, *body, footer]) + "\n"
