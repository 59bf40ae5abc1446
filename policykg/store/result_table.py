"""SELECT answers as a table of rdflib terms, parsed from SPARQL JSON or TSV results.

Why a module of its own: catalogue answers reach 10^5-10^6 rows at 100k policies, and building
the rows in Python cost more than evaluating the query (94k rows: 1.25 s of a 2.0 s query through
SPARQL JSON). Answers repeat the same cells row after row (a policy's company and file, concept
IRIs, offsets), so each distinct cell is parsed once; a row is then one ``split`` and dictionary
look-ups. The embedded store answers in TSV (its cells are RDF terms in Turtle syntax, parsed
here exactly); remote servers answer in SPARQL JSON, the format every server writes the same way.
"""
from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

Row = tuple[Node | None, ...]
Table = tuple[tuple[str, ...], list[Row]]

_XSD_STRING = str(XSD.string)  # own copy: store.terms imports store.base, which imports this
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_DOUBLE = re.compile(r"[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+")
_LITERAL_TAIL = re.compile(r'"(?:@(?P<lang>[A-Za-z0-9-]+)|\^\^<(?P<datatype>[^>]*)>)?$')


class ResultParseError(ValueError):
    """A results document is not the SPARQL results format it claims to be."""


def _unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        if match.group(1) or match.group(2):
            return chr(int(match.group(1) or match.group(2), 16))
        char = match.group(3)
        if char not in _ECHARS:
            raise ResultParseError(f"unknown escape \\{char} in a TSV literal")
        return _ECHARS[char]

    return _ECHAR.sub(one, text) if "\\" in text else text


def tsv_term(cell: str) -> Node | None:
    """One TSV results cell (an RDF term in Turtle syntax, or empty when unbound) as an rdflib term."""
    if not cell:
        return None
    first = cell[0]
    if cell.startswith("<<"):
        raise ResultParseError("the answer holds a triple term (RDF 1.2), which policykg does not read; "
                               "select the triple's parts (subject, predicate, object) instead")
    if first == "<" and cell.endswith(">"):
        return URIRef(cell[1:-1])
    if cell.startswith("_:"):
        return BNode(cell[2:])
    if first == '"':
        if cell[-1] == '"' and len(cell) > 1:  # a plain string, the most common cell
            return Literal(_unescape(cell[1:-1]), normalize=False)
        tail = _LITERAL_TAIL.search(cell, 1)
        if tail is None or tail.start() < 1:
            raise ResultParseError(f"unreadable TSV literal: {cell[:80]!r}")
        value = _unescape(cell[1:tail.start()])
        # normalize=False: normalising a plain or language-tagged string changes nothing, and rdflib
        # would try every Python-to-XSD rule on it first (most of the parse time for distinct cells)
        if tail.group("lang"):
            return Literal(value, lang=tail.group("lang"), normalize=False)
        datatype = tail.group("datatype")
        if datatype and datatype != _XSD_STRING:
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value, normalize=False)
    if _INTEGER.fullmatch(cell):
        return Literal(cell, datatype=XSD.integer)
    if _DECIMAL.fullmatch(cell):
        return Literal(cell, datatype=XSD.decimal)
    if _DOUBLE.fullmatch(cell):
        return Literal(cell, datatype=XSD.double)
    if cell in ("true", "false"):
        return Literal(cell, datatype=XSD.boolean)
    raise ResultParseError(f"unreadable TSV cell: {cell[:80]!r}")


def json_cell_term(cell: dict[str, str]) -> Node:
    """One SPARQL JSON binding (``{"type": ..., "value": ...}``) as an rdflib term."""
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind not in ("literal", "typed-literal"):
        raise ResultParseError(f"unknown binding type {kind!r} in SPARQL JSON results")
    language, datatype = cell.get("xml:lang"), cell.get("datatype")
    if language:
        return Literal(value, lang=language)
    if datatype and datatype != _XSD_STRING:
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


class _CellCache(dict):
    """Cell text -> term, parsing each distinct cell once (``__missing__``)."""

    def __init__(self, parse: Callable[[str], Node | None]) -> None:
        super().__init__()
        self._parse = parse

    def __missing__(self, cell: str) -> Node | None:
        term = self[cell] = self._parse(cell)
        return term


def parse_tsv_table(data: bytes) -> Table:
    """Columns and rows of a SPARQL 1.1 TSV results document (SELECT only)."""
    text = data.decode("utf-8")
    lines = text.split("\n")
    columns = tsv_columns(lines[0])
    body = lines[1:]
    if body and body[-1] == "":
        body.pop()  # the terminator of the last row (an empty line before it is a row: one unbound cell)
    return columns, parse_tsv_rows(columns, body)


def tsv_columns(header: str) -> tuple[str, ...]:
    """Variable names of a TSV results header line (``?a\t?b``)."""
    header = header.rstrip("\r")
    return tuple(name.lstrip("?$") for name in header.split("\t")) if header else ()


def parse_tsv_rows(columns: tuple[str, ...], body: list[str]) -> list[Row]:
    """Rows of TSV results lines (without the header and the final newline), each cell parsed once.

    Python's cycle collector is paused meanwhile: the rows and terms made here hold no cycles, and
    at 10^5-10^6 rows its passes over them took 40 % of the parse (600k rows: 2.5 -> 1.5 s).
    """
    with _collector_paused():
        return _parse_tsv_rows(columns, body)


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse_tsv_rows(columns: tuple[str, ...], body: list[str]) -> list[Row]:
    cache = _CellCache(tsv_term)
    lookup = cache.__getitem__
    width = len(columns)
    rows: list[Row] = []
    for number, line in enumerate(body, start=2):
        cells = line.rstrip("\r").split("\t") if width else ([] if line == "" else [line])
        if len(cells) != width:
            raise ResultParseError(f"TSV results line {number} has {len(cells)} cells, the header names {width}")
        rows.append(tuple(map(lookup, cells)))
    return rows


def parse_json_table(data: bytes | str | dict) -> Table:
    """Columns and rows of a SPARQL 1.1 JSON results document (SELECT only)."""
    payload = json.loads(data) if isinstance(data, bytes | str) else data
    try:
        columns = tuple(payload["head"].get("vars", []))
        bindings = payload["results"]["bindings"]
    except (KeyError, TypeError, AttributeError) as error:
        raise ResultParseError(f"not SPARQL JSON SELECT results (missing {error})") from None
    cache: dict[tuple, Node] = {}
    rows: list[Row] = []
    for binding in bindings:
        row: list[Node | None] = []
        for column in columns:
            cell = binding.get(column)
            if cell is None:
                row.append(None)
                continue
            key = (cell.get("type"), cell.get("value"), cell.get("datatype"), cell.get("xml:lang"))
            term = cache.get(key)
            if term is None:
                term = cache[key] = json_cell_term(cell)
            row.append(term)
        rows.append(tuple(row))
    return columns, rows
