"""Keep the ``pkgr:ontology`` graph in step with the ontology files shipped in the package."""
from __future__ import annotations

from functools import lru_cache

from policykg.namespaces import ONTOLOGY_GRAPH
from policykg.store.base import Store, StoreError


def load_ontology(store: Store) -> int:
    """Replace the ontology graph with the packaged ontology; returns the number of triples.

    The loader is imported here, not at module level, so the store works (and says clearly
    what is missing) even in a build without the ontology package.
    """
    try:
        from policykg.ontology.loader import load_ontology as read_ontology
    except ImportError as error:
        raise StoreError(
            f"the ontology loader is missing ({error}); reinstall policykg with its ontology/ folder"
        ) from error
    graph = read_ontology()
    store.replace_graphs({str(ONTOLOGY_GRAPH): list(graph)})
    return len(graph)


@lru_cache(maxsize=1)
def ontology_fingerprint() -> str:
    """SHA-256 over the packaged ontology files, to tell whether a store holds the current ontology.

    Computed once per process: the packaged files do not change while it runs.
    """
    import hashlib

    from policykg.ontology.loader import ontology_files

    digest = hashlib.sha256()
    for path in sorted(ontology_files(), key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_ontology_graph(store: Store) -> bool:
    """Load the ontology graph unless the store already holds this exact version; True if loaded."""
    from rdflib import Literal

    from policykg.namespaces import PKG

    fingerprint = ontology_fingerprint()
    stamp = (ONTOLOGY_GRAPH, PKG.fingerprint, Literal(fingerprint))
    if store.ask(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ {' '.join(term.n3() for term in stamp)} }} }}"):
        return False
    try:
        from policykg.ontology.loader import load_ontology as read_ontology
        from policykg.ontology.loader import ontology_nquads
    except ImportError as error:
        raise StoreError(f"the ontology loader is missing ({error}); reinstall policykg with its ontology/ folder") from error
    if not store.ask(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"):  # a new store: the fast path
        data = ontology_nquads(str(ONTOLOGY_GRAPH)) + f"{' '.join(term.n3() for term in stamp)} <{ONTOLOGY_GRAPH}> .\n".encode()
        store.write_graphs_nquads(data, new_graphs=[str(ONTOLOGY_GRAPH)], validated=True)
        return True
    triples = list(read_ontology())
    triples.append(stamp)
    store.replace_graphs({str(ONTOLOGY_GRAPH): triples})
    return True
