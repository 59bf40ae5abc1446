"""A remote store: any SPARQL 1.1 Protocol server (Oxigraph, Fuseki, Virtuoso, ``policykg serve``).

Queries and updates go through SPARQLWrapper with form-encoded POSTs (Virtuoso hangs on
direct POSTs). Results are parsed into rdflib terms, the same ones the embedded store gives.

Atomicity: ``replace_graphs`` sends one SPARQL UPDATE (drop + insert of every graph), which
Oxigraph and Fuseki run in one transaction. Above ``max_update_triples`` triples, and when a
Graph Store Protocol URL is known, each graph is instead replaced with one HTTP PUT: atomic
per graph, not across graphs (a failure part-way leaves earlier graphs replaced).
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    POST,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from policykg.store.base import POLICY_COUNT, Quad, Store, StoreError, StoreInfo
from policykg.store.oxigraph_store import replace_update, to_sparql_iri
from policykg.store.result_table import ResultParseError, json_cell_term
from policykg.store.sparql_text import has_dataset_clause
from policykg.store.terms import to_oxigraph, to_rdflib

JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
# Oxigraph's server takes this parameter to query the union of all graphs, like the embedded
# store does; servers that do not know it ignore it (Virtuoso's default graph is the union already).
UNION_PARAMETER = "union-default-graph"
# SPARQLWrapper also sends its return format as format=/output= parameters, which some servers
# (policykg serve among them) prefer to the Accept header: keep the two in agreement.
RETURN_FORMATS = {
    JSON_RESULTS: JSON,
    "application/sparql-results+xml": XML,
    "text/csv": CSV,
    "text/tab-separated-values": TSV,
    "text/turtle": TURTLE,
    N_TRIPLES: N3,
    "application/ld+json": JSONLD,
    "application/rdf+xml": RDFXML,
}


class SparqlStore(Store):
    """A store behind SPARQL 1.1 query/update endpoints (and optionally a Graph Store endpoint)."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        timeout: float = 120.0,
        union_default_graph: bool = True,
        max_update_triples: int = 200_000,
        token: str | None = None,
    ) -> None:
        self.query_url = query_url
        # a bearer token for servers that guard updates (policykg serve --allow-update); env by default
        self.token = token if token is not None else os.environ.get("POLICYKG_TOKEN") or None
        self.update_url = update_url
        self.graph_store_url = graph_store_url
        self.timeout = timeout
        self.union_default_graph = union_default_graph
        self.max_update_triples = max_update_triples
        self.location = query_url

    # -- HTTP ---------------------------------------------------------------------------
    def _request(self, text: str, *, accept: str, union: bool = True, is_update: bool = False) -> bytes:
        if is_update and self.update_url is None:
            raise StoreError(
                f"{self.query_url} was opened without an update endpoint: add ?update=URL to --store "
                "or set POLICYKG_UPDATE_URL"
            )
        wrapper = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(URLENCODED)
        wrapper.setTimeout(int(max(1, self.timeout)))
        wrapper.setQuery(text)
        if is_update != wrapper.isSparqlUpdateRequest():
            kind = "an update" if is_update else "a query"
            raise StoreError(f"expected {kind}, got: {text[:80]!r}")
        if union and self.union_default_graph and not is_update and not has_dataset_clause(text):
            wrapper.addParameter(UNION_PARAMETER, "true")
        wrapper.addCustomHttpHeader("Accept", accept)
        if accept in RETURN_FORMATS:
            wrapper.setReturnFormat(RETURN_FORMATS[accept])
        if self.token:
            wrapper.addCustomHttpHeader("Authorization", f"Bearer {self.token}")
        try:
            response = wrapper.query().response
            return response.read()
        except SPARQLWrapperException as error:
            hint = ""
            if type(error).__name__ == "Unauthorized":
                hint = "; set POLICYKG_TOKEN to the server's update token"
            raise StoreError(f"{self._endpoint(is_update)} refused the request ({_describe(error)}){hint}") from error
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:500]
            raise StoreError(f"{self._endpoint(is_update)} answered HTTP {error.code}: {detail}") from error
        except (urllib.error.URLError, OSError) as error:
            if is_update and isinstance(getattr(error, "reason", error), (BrokenPipeError, ConnectionResetError)):
                raise StoreError(
                    f"{self._endpoint(True)} closed the connection while receiving an update of {len(text)} characters: "
                    "it may refuse updates without a token (set POLICYKG_TOKEN) or limit the request size"
                ) from error
            raise StoreError(
                f"cannot reach {self._endpoint(is_update)}: {error}; is the server running? check --store"
            ) from error

    def _endpoint(self, is_update: bool) -> str:
        return (self.update_url or self.query_url) if is_update else self.query_url

    def _json(self, sparql: str, *, union: bool = True) -> dict[str, Any]:
        body = self._request(sparql, accept=JSON_RESULTS, union=union)
        try:
            return json.loads(body)
        except ValueError as error:
            raise StoreError(f"{self.query_url} did not answer with SPARQL JSON results: {body[:200]!r}") from error

    # -- queries --------------------------------------------------------------------------
    def select(self, sparql: str) -> list[dict[str, Node]]:
        return self._select(sparql)

    def _select(self, sparql: str, *, union: bool = True) -> list[dict[str, Node]]:
        data = self._json(sparql, union=union)
        if "results" not in data:
            raise StoreError("select() needs a SELECT query")
        return [
            {name: json_term(value) for name, value in binding.items()}
            for binding in data["results"]["bindings"]
        ]

    def ask(self, sparql: str) -> bool:
        data = self._json(sparql)
        if "boolean" not in data:
            raise StoreError("ask() needs an ASK query")
        return bool(data["boolean"])

    def construct(self, sparql: str) -> Iterator[tuple[Node, Node, Node]]:
        body = self._request(sparql, accept=N_TRIPLES)
        try:
            parsed = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError as error:
            raise StoreError(f"{self.query_url} sent invalid N-Triples for a CONSTRUCT: {error}") from error
        for item in parsed:
            yield to_rdflib(item.subject), to_rdflib(item.predicate), to_rdflib(item.object)

    def query_serialized(self, sparql: str, media_type: str) -> bytes:
        return self._request(sparql, accept=media_type)

    # -- updates --------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        self._request(sparql, accept="*/*", is_update=True)

    def replace_graphs(self, graphs: dict[str, Iterable[tuple[Node, Node, Node]]]) -> None:
        materialised = {iri: list(triples) for iri, triples in graphs.items()}
        if not materialised:
            return
        total = sum(len(triples) for triples in materialised.values())
        if total > self.max_update_triples and self.graph_store_url is not None:
            for iri, triples in materialised.items():
                self._put_graph(iri, triples)
            return
        self.update(replace_update(materialised))

    def _put_graph(self, graph_iri: str, triples: list[tuple[Node, Node, Node]]) -> None:
        """Replace one graph with a Graph Store Protocol PUT (atomic for that graph)."""
        if not triples:
            self.drop_graphs([graph_iri])
            return
        body = ox.serialize(
            [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples],  # type: ignore[arg-type]
            format=ox.RdfFormat.N_TRIPLES,
        )
        url = f"{self.graph_store_url}?{urllib.parse.urlencode({'graph': str(graph_iri)})}"
        request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": N_TRIPLES, **({"Authorization": f"Bearer {self.token}"} if self.token else {})})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:500]
            raise StoreError(
                f"{self.graph_store_url} refused the graph {graph_iri}: HTTP {error.code} {detail}"
            ) from error
        except (urllib.error.URLError, OSError) as error:
            raise StoreError(f"cannot reach {self.graph_store_url}: {error}") from error

    def drop_graphs(self, graph_iris: Iterable[str]) -> None:
        drops = [f"DROP SILENT GRAPH {to_sparql_iri(iri)}" for iri in graph_iris]
        if drops:
            self.update(" ;\n".join(drops))

    def clear(self) -> None:
        self.update("DROP SILENT ALL")

    # -- reading the dataset --------------------------------------------------------------
    def graph_names(self) -> list[str]:
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", union=False)
        return sorted(str(row["g"]) for row in rows if isinstance(row.get("g"), URIRef))

    def quads(self, graph_iri: str | None = None) -> Iterator[Quad]:
        if graph_iri is not None:
            graph = URIRef(str(graph_iri))
            sparql = f"SELECT ?s ?p ?o WHERE {{ GRAPH {to_sparql_iri(graph_iri)} {{ ?s ?p ?o }} }}"
            for row in self._select(sparql, union=False):
                yield row["s"], row["p"], row["o"], graph
            return
        for row in self._select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", union=False):
            yield row["s"], row["p"], row["o"], DATASET_DEFAULT_GRAPH_ID
        for row in self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False):
            yield row["s"], row["p"], row["o"], row["g"]

    def info(self) -> StoreInfo:
        named = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        default = self._select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", union=False)
        policies = self._select(POLICY_COUNT)
        details = {"query_url": self.query_url, "update_url": self.update_url or "(none: read-only)"}
        if self.graph_store_url:
            details["graph_store_url"] = self.graph_store_url
        return StoreInfo(
            location=self.location,
            kind="sparql",
            graphs=len(self.graph_names()),
            quads=_count(named) + _count(default),
            policies=_count(policies),
            details=details,
        )


def _describe(error: SPARQLWrapperException) -> str:
    """The exception's kind and the server's own message, on one line."""
    text = str(error).split("Response:", 1)
    detail = text[1].strip() if len(text) > 1 else ""
    if detail.startswith(("b'", 'b"')):
        detail = detail[2:-1]
    detail = detail.replace("\\n", " ").strip()
    kind = type(error).__name__
    return f"{kind}: {detail}" if detail else f"{kind}: {error.msg}"


def _count(rows: list[dict[str, Node]]) -> int:
    return int(rows[0]["n"]) if rows and "n" in rows[0] else 0  # type: ignore[arg-type]


def json_term(value: dict[str, str]) -> Node:
    """An rdflib term for one binding of SPARQL 1.1 JSON results."""
    try:
        return json_cell_term(value)
    except ResultParseError as error:
        raise StoreError(f"unsupported term in SPARQL results: {value!r} (RDF-star triples are not supported)") from error


__all__ = ["SparqlStore", "json_term"]
