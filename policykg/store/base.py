"""The one interface every store offers, embedded or remote.

Query results are rdflib terms so callers do not care where the store lives; the server
asks for serialised results directly (``query_serialized``) so nothing is parsed twice.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.term import Node

from policykg.store.result_table import ResultParseError, parse_json_table


class StoreError(Exception):
    """The store cannot do what was asked; the message says why and what to do."""


@dataclass(frozen=True)
class StoreInfo:
    location: str
    kind: str  # "oxigraph" | "sparql"
    graphs: int
    quads: int
    policies: int
    details: dict[str, str] = field(default_factory=dict)


Quad = tuple[Node, Node, Node, Node]  # subject, predicate, object, graph
POLICY_COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/policykg/ns#PrivacyPolicy> }"


class Store(ABC):
    """A quad store holding one named graph per policy, the ontology graph and the compliance graph."""

    location: str

    @abstractmethod
    def select(self, sparql: str) -> list[dict[str, Node]]:
        """Run a SELECT query; each row maps variable name (without '?') to a term; unbound vars are absent."""

    @abstractmethod
    def ask(self, sparql: str) -> bool:
        """Run an ASK query."""

    @abstractmethod
    def construct(self, sparql: str) -> Iterator[tuple[Node, Node, Node]]:
        """Run a CONSTRUCT or DESCRIBE query."""

    @abstractmethod
    def query_serialized(self, sparql: str, media_type: str) -> bytes:
        """Run any query and return the result serialised as ``media_type``
        (application/sparql-results+json|xml, text/csv, text/tab-separated-values for
        SELECT/ASK; text/turtle, application/n-triples, application/ld+json for graphs)."""

    def select_table(self, sparql: str) -> tuple[tuple[str, ...], list[tuple[Node | None, ...]]]:
        """Run a SELECT query and return its columns and rows of terms (None where unbound).

        The fast path for big answers (``result_table``): each distinct cell is parsed once.
        Remote servers answer in SPARQL JSON; the embedded store overrides this with TSV.
        """
        try:
            return parse_json_table(self.query_serialized(sparql, "application/sparql-results+json"))
        except ResultParseError as error:
            raise StoreError(f"{self.location}: {error}") from error

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""

    @abstractmethod
    def replace_graphs(self, graphs: dict[str, Iterable[tuple[Node, Node, Node]]]) -> None:
        """Atomically replace each named graph (IRI -> triples): afterwards each holds exactly the
        given triples, or, if anything failed, the store is unchanged."""

    def write_graphs_nquads(
        self,
        new: bytes,
        *,
        replaced: dict[str, bytes] | None = None,
        new_graphs: Iterable[str] | None = None,
        validated: bool = False,
    ) -> None:
        """Write whole named graphs given as N-Quads, in one transaction where the store allows.

        ``new`` holds graphs that do not exist yet; ``replaced`` maps existing graph IRIs to their new
        content. Ingest serialises in its workers, so the single writer only has to parse.
        ``new_graphs`` names the graphs in ``new``, for stores with a faster path for new graphs;
        ``validated`` says pyoxigraph already checked every IRI in the data (a store may skip that).
        """
        graphs = graphs_from_nquads(new)
        for iri, data in (replaced or {}).items():
            graphs[iri] = graphs_from_nquads(data).get(iri, [])
        if graphs:
            self.replace_graphs(graphs)

    @abstractmethod
    def drop_graphs(self, graph_iris: Iterable[str]) -> None:
        """Remove named graphs (atomically)."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """IRIs of all named graphs."""

    @abstractmethod
    def quads(self, graph_iri: str | None = None) -> Iterator[Quad]:
        """All quads, or those of one graph."""

    @abstractmethod
    def info(self) -> StoreInfo:
        """Counts for ``policykg store info``."""

    def policy_count(self) -> int:
        """How many policies the store holds: one COUNT, where ``info`` also counts every quad (a
        scan of the whole store on disk)."""
        rows = self.select(POLICY_COUNT)
        return int(rows[0]["n"]) if rows and "n" in rows[0] else 0  # type: ignore[arg-type]

    @abstractmethod
    def clear(self) -> None:
        """Remove everything."""

    @property
    def compactable(self) -> bool:
        """Whether ``compact`` has files to merge (an embedded store on disk, opened for writing)."""
        return False

    def disk_bytes(self) -> int:
        """Bytes the store takes on this machine's disk (0 for memory and remote stores)."""
        return 0

    @property
    def answers_file(self) -> Path | None:
        """The file of this store's answer tables (``policykg.queries.answer_tables``), or None when
        the store cannot keep any (in memory, remote: a server answers from its own indexes)."""
        return None

    def compact(self) -> None:  # noqa: B027 - only an embedded on-disk store has files to merge
        """Merge the store's index files so that queries read fewer of them (see ``compactable``).

        A remote server manages its own storage, and an in-memory store has none: nothing to do.
        """

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files or connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def graphs_from_nquads(data: bytes) -> dict[str, list[tuple[Node, Node, Node]]]:
    """N-Quads -> graph IRI -> triples (rdflib terms); default-graph quads are refused."""
    import pyoxigraph as ox

    from policykg.store.terms import to_rdflib

    graphs: dict[str, list[tuple[Node, Node, Node]]] = {}
    if not data:
        return graphs
    try:
        quads = list(ox.parse(input=data, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as error:
        raise StoreError(f"invalid N-Quads: {error}") from error
    for quad in quads:
        if not isinstance(quad.graph_name, ox.NamedNode):
            raise StoreError("N-Quads for named graphs must name their graph on every line")
        graphs.setdefault(quad.graph_name.value, []).append((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graphs
