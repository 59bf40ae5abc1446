"""The graph as RDF files: the whole dataset (TriG, N-Quads, JSON-LD with a @context) and the
ontology (Turtle, and RDF/XML for Protégé and other OWL tools).

TriG and N-Quads stream through ``policykg.store.dump``. JSON-LD is compacted with rdflib against
a @context of the project's prefixes, so keys read ``pkg:collectsCategory`` rather than full IRIs.
The RDF/XML ontology leaves the SHACL shapes out by default: SHACL's own terms are not OWL 2 DL
and make Protégé report punning errors; ``include_shapes`` keeps them.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from policykg.namespaces import PREFIXES
from policykg.store.base import Store

__all__ = ["DATASET_FORMATS", "ONTOLOGY_FORMATS", "jsonld_context", "export_dataset", "export_ontology"]

DATASET_FORMATS = {"trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld"}
ONTOLOGY_FORMATS = {"turtle": ".ttl", "xml": ".owl", "rdfxml": ".rdf"}


def jsonld_context() -> dict[str, str]:
    """The @context written into JSON-LD exports: one entry per prefix of ``policykg.namespaces``."""
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def export_dataset(store: Store, out: Path, *, format_name: str) -> Path:
    """Write every named graph of ``store`` to ``out`` as ``trig``, ``nquads`` or ``jsonld``."""
    if format_name not in DATASET_FORMATS:
        raise ValueError(f"unknown dataset format {format_name!r}: choose one of {', '.join(DATASET_FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if format_name in ("trig", "nquads"):
        from policykg.store.dump import dump_store

        with out.open("wb") as handle:
            dump_store(store, handle, format_name=format_name)
        return out
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    for s, p, o, g in store.quads():
        graph = dataset.default_graph if g == DATASET_DEFAULT_GRAPH_ID else dataset.graph(URIRef(str(g)))
        graph.add((s, p, o))
    text = dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True, indent=1)
    out.write_text(text, encoding="utf-8")
    return out


def export_ontology(out: Path, *, format_name: str = "turtle", include_shapes: bool | None = None) -> Path:
    """Write the shipped ontology (core, vocabularies, laws; shapes by default only in Turtle).

    ``format_name``: ``turtle``, or ``xml``/``rdfxml`` for RDF/XML that Protégé opens.
    """
    from policykg.ontology.loader import load_ontology

    if format_name not in ONTOLOGY_FORMATS:
        raise ValueError(f"unknown ontology format {format_name!r}: choose one of {', '.join(ONTOLOGY_FORMATS)}")
    rdf_xml = format_name in ("xml", "rdfxml")
    shapes = (not rdf_xml) if include_shapes is None else include_shapes
    graph = load_ontology(include_shapes=shapes)
    out.parent.mkdir(parents=True, exist_ok=True)
    graph.serialize(destination=out, format="xml" if rdf_xml else "turtle", encoding="utf-8")
    return out
