"""Convert RDF terms between pyoxigraph and rdflib.

Queries run in pyoxigraph (fast) while the rest of policykg speaks rdflib, so every term
crosses this border. Plain literals stay plain: pyoxigraph types them ``xsd:string``, and
rdflib treats ``Literal("x")`` and ``Literal("x", datatype=XSD.string)`` as different terms
(which made pyshacl report false violations through oxrdflib), so ``xsd:string`` is dropped.
"""
from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from policykg.store.base import StoreError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


@lru_cache(maxsize=65536)
def _uriref(iri: str) -> URIRef:
    return URIRef(iri)


@lru_cache(maxsize=65536)
def _named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@lru_cache(maxsize=4096)
def _datatype(iri: str) -> URIRef:
    return URIRef(iri)


def to_rdflib(term: object) -> Node:
    """An rdflib term for a pyoxigraph term (IRI, blank node or literal)."""
    if isinstance(term, ox.NamedNode):
        return _uriref(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=_datatype(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"cannot convert {term!r} to rdflib: RDF-star triples and other terms are not supported")


def to_oxigraph(term: Node) -> OxTerm:
    """A pyoxigraph term for an rdflib term; raises StoreError for terms Oxigraph rejects."""
    try:
        if isinstance(term, URIRef):
            return _named_node(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None and str(term.datatype) not in (XSD_STRING, RDF_LANG_STRING):
                return ox.Literal(str(term), datatype=_named_node(str(term.datatype)))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
    except ValueError as error:
        raise StoreError(f"invalid RDF term {term!r}: {error}; fix the data that produced it") from error
    raise StoreError(
        f"cannot store {term!r} ({type(term).__name__}): only IRIs, blank nodes and literals are supported"
    )


def graph_node(graph_iri: str | None) -> ox.NamedNode | ox.DefaultGraph:
    """The pyoxigraph graph name for an IRI, or the default graph for None."""
    if graph_iri is None:
        return ox.DefaultGraph()
    try:
        return _named_node(str(graph_iri))
    except ValueError as error:
        raise StoreError(f"invalid graph IRI {graph_iri!r}: {error}") from error


def to_sparql(term: Node) -> str:
    """The term in SPARQL/N-Triples syntax, validated by pyoxigraph (so no injection is possible)."""
    return str(to_oxigraph(term))
