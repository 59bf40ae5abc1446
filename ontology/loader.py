"""Find and parse the ontology's Turtle files (core, vocabularies, law, shapes).

Files are located through importlib.resources so the loader works from a source checkout and from
an installed wheel alike. Parsing all files takes a noticeable fraction of a second, so parsed graphs
are cached; callers get a fresh copy each time and may change it freely.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from policykg.namespaces import PREFIXES

__all__ = ["OntologyError", "ontology_files", "load_ontology", "load_shapes", "ontology_nquads"]

_PACKAGE = "policykg.ontology"
_SHAPES_FOLDER = "shapes"


class OntologyError(Exception):
    """A Turtle file of the ontology cannot be read; the message names the file."""


def ontology_files() -> list[Path]:
    """All ``.ttl`` files shipped with the ontology package, sorted by relative path.

    Example: ``[p.name for p in ontology_files()][:2] == ['core.ttl', 'csl.ttl']`` (core first).
    """
    root = resources.files(_PACKAGE)
    found: list[Path] = []
    _walk(root, found)
    base = Path(str(root))
    return sorted(found, key=lambda p: (p.name != "core.ttl", str(p.relative_to(base)) if p.is_relative_to(base) else str(p)))


def _walk(node, found: list[Path]) -> None:  # node: importlib.resources.abc.Traversable
    for child in node.iterdir():
        if child.is_dir():
            if child.name != "__pycache__":
                _walk(child, found)
        elif child.name.endswith(".ttl"):
            found.append(Path(str(child)))


def _is_shape_file(path: Path) -> bool:
    return path.parent.name == _SHAPES_FOLDER


@lru_cache(maxsize=4)
def _parsed(include_shapes: bool, only_shapes: bool) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for path in ontology_files():
        shape = _is_shape_file(path)
        if (only_shapes and not shape) or (not include_shapes and shape):
            continue
        for triple in _read_turtle(path):
            graph.add(triple)
    return graph


def _read_turtle(path: Path) -> list[tuple]:
    """The triples of one Turtle file, parsed by pyoxigraph: twice as fast as rdflib's parser
    even with the conversion, and every command that needs the ontology pays it at start-up."""
    from policykg.store.terms import to_rdflib

    return [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in _parse_turtle(path)]


def _parse_turtle(path: Path) -> list:  # list of pyoxigraph.Triple
    import pyoxigraph as ox

    try:
        return list(ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE, base_iri=path.as_uri()))
    except (SyntaxError, ValueError, OSError) as error:
        raise OntologyError(f"{path}: not valid Turtle ({error}); fix the file and run 'policykg ontology check'") from error


def ontology_nquads(graph_iri: str) -> bytes:
    """What ``load_ontology()`` holds, as N-Quads in the named graph ``graph_iri``.

    Why: a store's ontology graph needs no rdflib terms; parsing straight to N-Quads takes ~0.01 s
    where building the rdflib graph and converting it back took ~0.4 s, paid by every first ingest.
    A triple stated in two files appears twice; stores keep it once, as the rdflib graph does.
    """
    import pyoxigraph as ox

    graph = ox.NamedNode(graph_iri)
    quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for path in ontology_files() for t in _parse_turtle(path)]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True)
    for triple in graph:
        copy.add(triple)
    return copy


def load_ontology(*, include_shapes: bool = True) -> Graph:
    """The whole ontology (core, vocabularies, laws and, unless excluded, SHACL shapes) as one graph.

    This is what goes into the ``pkgr:ontology`` named graph. The OWL reasoner is given the graph
    without shapes, because SHACL's own vocabulary is not OWL 2 DL.
    """
    return _copy(_parsed(include_shapes, False))


def load_shapes() -> Graph:
    """Only the SHACL shapes (``ontology/shapes/*.ttl``), as a shapes graph for pyshacl."""
    return _copy(_parsed(True, True))
