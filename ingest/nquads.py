"""RDF terms written straight in N-Quads syntax, for the ingest write path.

Ingest writes each policy graph as N-Quads for the store's bulk loader. Building rdflib terms
first and serialising them afterwards cost ~3 ms a policy (an rdflib ``Literal`` alone is a few
microseconds); writing the text directly costs a fraction of that. Every IRI that comes from
data is validated by pyoxigraph (cached per distinct IRI), so the loader may skip validation.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import URIRef

from policykg.store.base import StoreError

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_SUFFIX = f"^^<{XSD}integer>"
_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"))  # backslash first


@lru_cache(maxsize=65536)
def iri(value: str) -> str:
    """``<value>`` once pyoxigraph accepts it as an absolute IRI; raises StoreError otherwise."""
    import pyoxigraph as ox

    try:
        return str(ox.NamedNode(str(value)))
    except ValueError as error:
        raise StoreError(f"invalid IRI {value!r}: {error}; fix the data that produced it") from error


def plain(text: str) -> str:
    """A plain string literal (``xsd:string``); only the four characters N-Quads forbids are escaped."""
    for char, escaped in _ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return '"' + text + '"'


def integer(value: int) -> str:
    """An ``xsd:integer`` literal, written as rdflib writes ``Literal(value)``."""
    return f'"{value}"{_INTEGER_SUFFIX}'


def typed(lexical: str, datatype: str | URIRef) -> str:
    """A literal of the given datatype; the lexical form is kept as it is, as rdflib keeps it."""
    return plain(lexical) + "^^" + iri(str(datatype))


def scalar(value: str | int) -> str:
    """A literal for a statement attribute, with the datatype ``rdflib.Literal(value)`` gives it."""
    if isinstance(value, bool):  # before int: a bool is an int
        return typed("true" if value else "false", XSD + "boolean")
    if isinstance(value, int):
        return integer(value)
    return plain(str(value))

