"""Sort catalogue answers in Python instead of in the store.

Why: on the on-disk store, Oxigraph's ORDER BY decodes both strings from RocksDB on every
comparison (n log n lookups): sorting 10k rows cost 0.46 s of a 0.51 s query at 10k policies,
while sorting the same rows here costs ~10 ms (bench/README.md, "ORDER BY"). So the runner and
the endpoint's catalogue route take a catalogue query's trailing ``ORDER BY`` off, run the rest,
and sort the rows with the SPARQL 1.1 ordering (section 15.1): unbound < blank node < IRI < literal;
numbers by value, dates and other literals by their lexical form. The ``.rq`` files keep their
ORDER BY, so the text a researcher reads (or pastes elsewhere) means the same thing.

Only plain keys (``?v``, ``ASC(?v)``, ``DESC(?v)``) at the very end of the query are handled;
anything else (expressions, LIMIT/OFFSET after the ORDER BY) leaves the query to the store.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from rdflib import BNode, Literal

from policykg.sparql_keywords import blank_out

T = TypeVar("T")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {
    f"{_XSD}{name}"
    for name in (
        "integer", "decimal", "float", "double", "int", "long", "short", "byte", "nonNegativeInteger",
        "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
        "unsignedShort", "unsignedByte",
    )
}
_KEY = re.compile(r"\s*(?:(?P<dir>ASC|DESC)\s*\(\s*[?$](?P<inner>\w+)\s*\)|[?$](?P<plain>\w+))", re.IGNORECASE)
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)


@dataclass(frozen=True)
class OrderKey:
    """One ORDER BY key: a variable name and its direction."""

    variable: str
    descending: bool = False


def split_order_by(sparql: str) -> tuple[str, tuple[OrderKey, ...]]:
    """The query without its trailing ORDER BY, and the keys; ``(sparql, ())`` if it cannot be split.

    The clause must be the last thing in the query (comments aside) and stand outside every group
    (after the WHERE clause and any GROUP BY/HAVING), so an ORDER BY inside a sub-select (which may
    feed a LIMIT) is never touched.
    """
    code = blank_out(sparql, strings=False)
    bare = blank_out(sparql, strings=True)  # for the structure: braces or keywords in strings don't count
    matches = list(_ORDER_BY.finditer(bare))
    if not matches:
        return sparql, ()
    last = matches[-1]
    head = bare[: last.start()]
    if "}" not in head or head.count("{") != head.count("}"):  # not after the outermost WHERE group
        return sparql, ()
    keys: list[OrderKey] = []
    rest = bare[last.end():]
    position = 0
    while position < len(rest.rstrip()):
        match = _KEY.match(rest, position)
        if match is None:
            return sparql, ()  # an expression or a solution modifier: leave it to the store
        descending = (match.group("dir") or "").upper() == "DESC"
        keys.append(OrderKey(match.group("inner") or match.group("plain"), descending))
        position = match.end()
    if not keys:
        return sparql, ()
    return code[: last.start()].rstrip() + "\n", tuple(keys)


def sort_bindings(bindings: Sequence[Mapping[str, Mapping[str, str]]], keys: Sequence[OrderKey]) -> list:
    """SPARQL JSON result bindings sorted by ``keys``.

    Stable (ties keep the store's order, as Oxigraph's own sort does); a multi-key sort is done as
    successive stable sorts from the last key to the first, so each key keeps its own direction.
    """
    key_of = per_object(cell_sort_key)  # the endpoint shares one cell object per distinct term
    ordered = list(bindings)
    for key in reversed(keys):
        ordered.sort(key=lambda binding, name=key.variable: key_of(binding.get(name)), reverse=key.descending)
    return ordered


def sort_rows(rows: Sequence[tuple], columns: Sequence[str], keys: Sequence[OrderKey]) -> list:
    """Rows of rdflib terms (None: unbound) sorted by ``keys``, like ``sort_bindings``.

    Each distinct term's key is computed once: big answers repeat the same company, file and
    concept in row after row, and the rows share term objects (``store.result_table``).
    """
    node_key = per_object(node_sort_key)
    ordered = list(rows)
    for key in reversed(keys):
        index = columns.index(key.variable) if key.variable in columns else None
        if index is None:
            continue  # a variable the answer does not project is unbound in every row
        ordered.sort(key=lambda row, i=index: node_key(row[i]), reverse=key.descending)
    return ordered


def per_object(compute: Callable[[Any], T]) -> Callable[[Any], T]:
    """``compute`` memoised by object identity, for one pass over an answer (a sort, a rendering):
    the objects outlive it, answers share one object per distinct term, and identity is cheaper to
    hash than the terms or JSON cells themselves."""
    keys: dict[int, T] = {}

    def key(obj: Any) -> T:
        found = keys.get(id(obj))
        if found is None:
            found = keys[id(obj)] = compute(obj)
        return found

    return key


def node_sort_key(term: object) -> tuple:
    """SPARQL ordering key of one rdflib term (None: unbound)."""
    if term is None:
        return (0,)
    if isinstance(term, Literal):
        datatype = term.datatype
        return term_sort_key("literal", str(term), str(datatype) if datatype else None, term.language)
    if isinstance(term, BNode):
        return term_sort_key("bnode", str(term))
    return term_sort_key("uri", str(term))


def cell_sort_key(cell: Mapping[str, str] | None) -> tuple:
    """SPARQL ordering key of one SPARQL JSON cell (None: unbound)."""
    if cell is None:
        return (0,)
    return term_sort_key(cell.get("type"), cell.get("value", ""), cell.get("datatype"), cell.get("xml:lang"))


def term_sort_key(kind: str | None, value: str, datatype: str | None = None, language: str | None = None) -> tuple:
    """SPARQL ordering key for one term described by its kind ("uri", "bnode", "literal" or None).

    Numbers sort by value before other literals; mixing numbers and strings in one column does not
    happen in the catalogue, and SPARQL leaves that order to the implementation anyway.
    """
    if kind is None:
        return (0,)
    if kind == "bnode":
        return (1, value)
    if kind == "uri":
        return (2, value)
    if datatype in _NUMERIC:
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            number = None
        if number is not None and not number.is_nan():
            return (3, 0, number, value)
    return (3, 1, value, datatype or "", language or "")


def sortable_bytes(key: tuple, *, descending: bool = False) -> bytes:
    """An ordering key (``node_sort_key``) as bytes that compare byte by byte in the same order.

    Why: the answer tables keep big answers in SQLite, sorted by an index on these bytes (SQLite
    compares BLOBs with memcmp), so a stored answer comes back in SPARQL order without a sort in
    Python. Every part is self-delimiting, so the keys of several ORDER BY terms can be concatenated,
    and inverting every byte reverses the order (DESC).
    """
    parts = bytearray()
    for item in key:
        if isinstance(item, Decimal):
            parts += _decimal_bytes(item)
        elif isinstance(item, str):
            parts += _string_bytes(item)
        else:  # the small integer tags of the key
            parts.append(int(item))
    return bytes(255 - byte for byte in parts) if descending else bytes(parts)


def _string_bytes(text: str) -> bytes:
    """UTF-8 (code point order) with 0x00 escaped as 0x00 0xFF and ended by 0x00 0x00."""
    return text.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\xff") + b"\x00\x00"


def _decimal_bytes(number: Decimal) -> bytes:
    """Numbers in value order: a sign class, then exponent and digits (inverted when negative)."""
    if number.is_infinite():
        return b"\x00" if number < 0 else b"\x04"
    if number.is_zero():
        return b"\x02"
    magnitude = _magnitude_bytes(abs(number))
    return b"\x01" + bytes(255 - byte for byte in magnitude) if number < 0 else b"\x03" + magnitude


def _magnitude_bytes(number: Decimal) -> bytes:
    """A positive number as its adjusted exponent (8 bytes, biased) and significant digits, ended by 0x00."""
    digits = tuple(number.as_tuple().digits)
    while len(digits) > 1 and digits[-1] == 0:  # 1.50 and 1.5 are one value
        digits = digits[:-1]
    return (number.adjusted() + 2**63).to_bytes(8, "big") + bytes(48 + d for d in digits) + b"\x00"
