"""Write a store's content as RDF, streaming, whichever kind of store it is."""
from __future__ import annotations

from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from policykg.namespaces import PREFIXES
from policykg.store.base import Store, StoreError
from policykg.store.terms import to_oxigraph

# format name (as the CLI takes it) -> pyoxigraph format
DUMP_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def dump_store(store: Store, output: IO[bytes], *, format_name: str = "trig", graph_iri: str | None = None) -> None:
    """Serialise the whole dataset, or one named graph, to ``output`` without building it in memory.

    Turtle and N-Triples hold a single graph, so they need ``graph_iri``.
    """
    rdf_format = DUMP_FORMATS.get(format_name)
    if rdf_format is None:
        raise StoreError(f"unknown dump format {format_name!r}: choose one of {', '.join(DUMP_FORMATS)}")
    if graph_iri is None and not rdf_format.supports_datasets:
        raise StoreError(
            f"{format_name} holds one graph: give --graph IRI, or dump everything as trig or nquads"
        )
    if graph_iri is not None and graph_iri not in store.graph_names():
        raise StoreError(f"no graph {graph_iri} in {store.location}: see the graph names with `policykg store info`")
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()} if rdf_format in (
        ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None

    from policykg.store.oxigraph_store import OxigraphStore

    if isinstance(store, OxigraphStore):
        store.dump(output, rdf_format=rdf_format, graph_iri=graph_iri, prefixes=prefixes)
        return
    items: Iterator[ox.Quad] | Iterator[ox.Triple]
    if rdf_format.supports_datasets:
        items = _oxigraph_quads(store, graph_iri)
    else:
        items = (ox.Triple(q.subject, q.predicate, q.object) for q in _oxigraph_quads(store, graph_iri))
    ox.serialize(items, output, rdf_format, prefixes=prefixes)


def _oxigraph_quads(store: Store, graph_iri: str | None) -> Iterator[ox.Quad]:
    for s, p, o, g in store.quads(graph_iri):
        graph = ox.DefaultGraph() if g == DATASET_DEFAULT_GRAPH_ID else to_oxigraph(g)
        yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
