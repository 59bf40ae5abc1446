"""Read a SPARQL 1.1 Protocol request into a frozen record, or refuse it with a clear HTTP error.

Accepted (https://www.w3.org/TR/sparql11-protocol/):

* query: ``GET /query?query=...``; ``POST`` form-encoded ``query=...``; ``POST`` with
  ``Content-Type: application/sparql-query`` and the query as the body. ``default-graph-uri`` and
  ``named-graph-uri`` (repeatable) set the dataset, overriding the union default graph.
* update: ``POST /update`` form-encoded ``update=...`` or ``Content-Type: application/sparql-update``.
  ``using-graph-uri`` / ``using-named-graph-uri`` are refused (write ``USING`` in the update instead).

``format=`` (URL or form) overrides the Accept header; ``union-default-graph`` (sent by policykg's
remote store and Oxigraph clients) is accepted and has no effect: the default graph is the union of
all graphs unless the request or the query names its dataset.
"""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox
from starlette.datastructures import QueryParams
from starlette.requests import Request

from policykg.queries.ordering import OrderKey
from policykg.server.limits import HttpError, Limits, check_query_string, read_body

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


@dataclass(frozen=True)
class QueryRequest:
    """One query as the client sent it."""

    sparql: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    format: str | None = None  # the format= values, comma-separated, if any
    order: tuple[OrderKey, ...] = ()  # sort keys applied after evaluation (catalogue route: queries.ordering)

    @property
    def names_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


@dataclass(frozen=True)
class UpdateRequest:
    """One update as the client sent it."""

    sparql: str


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _decode(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HttpError(400, f"the {what} is not valid UTF-8 ({error}); send UTF-8 text") from None


def _form(body: bytes) -> QueryParams:
    text = _decode(body, "form body")
    try:
        return QueryParams(urllib.parse.parse_qsl(text, keep_blank_values=True, strict_parsing=False))
    except ValueError as error:
        raise HttpError(400, f"cannot read the form body: {error}") from None


def _single(params: QueryParams, name: str, *, where: str) -> str:
    values = params.getlist(name)
    if not values:
        raise HttpError(400, f"no '{name}' parameter in the {where}; send {name}=<SPARQL text>")
    if len(values) > 1:
        raise HttpError(400, f"{len(values)} '{name}' parameters in the {where}; send exactly one")
    if not values[0].strip():
        raise HttpError(400, f"the '{name}' parameter is empty; send the SPARQL text")
    return values[0]


def _format(*sources: QueryParams) -> str | None:
    """Every ``format`` value, comma-joined (SPARQLWrapper repeats it, with names and media types)."""
    for params in sources:
        values = [v for v in params.getlist("format") if v.strip()]
        if values:
            return ",".join(values)
    return None


def _graphs(params: QueryParams, name: str) -> tuple[str, ...]:
    graphs = tuple(value.strip() for value in params.getlist(name))
    for iri in graphs:
        try:
            parts = urllib.parse.urlsplit(iri)
            valid = bool(parts.scheme) and not any(c in iri for c in ' <>"{}|^`\\')
            if valid:
                ox.NamedNode(iri)  # the engine's own check (e.g. a bad %-escape such as %ZZ)
        except ValueError:
            valid = False
        if not valid:
            shown = iri if len(iri) <= 200 else iri[:200] + "..."
            raise HttpError(400, f"{name} {shown!r} is not a valid absolute IRI; give a full IRI such as "
                                 "https://w3id.org/policykg/graph/ontology")
    return graphs


async def parse_query_request(request: Request, limits: Limits) -> QueryRequest:
    """The query of a GET or POST to /query."""
    url_params = request.query_params
    if request.method == "GET":
        check_query_string(request, limits)
        sparql = _single(url_params, "query", where="URL")
        return _query(sparql, url_params, url_params)
    if request.method != "POST":
        raise HttpError(405, f"{request.method} is not supported at /query; use GET or POST", headers={"Allow": "GET, POST"})
    kind = _content_type(request)
    if kind == FORM:
        form = _form(await read_body(request, limits))
        if "update" in form and "query" not in form:
            raise HttpError(400, "this is an update: send it to /update (form field 'update=')")
        sparql = _single(form, "query", where="form body")
        return _query(sparql, form, url_params)
    if kind == SPARQL_QUERY:
        sparql = _decode(await read_body(request, limits), "query")
        if not sparql.strip():
            raise HttpError(400, "the request body is empty; send the SPARQL query as the body")
        return _query(sparql, url_params, url_params)
    if kind == SPARQL_UPDATE:
        raise HttpError(400, "this is an update: POST it to /update, not /query")
    raise HttpError(
        415,
        f"unsupported Content-Type {kind or '(none)'!r} for a query; use {FORM} (query=...) or {SPARQL_QUERY}",
    )


def _query(sparql: str, dataset: QueryParams, url_params: QueryParams) -> QueryRequest:
    return QueryRequest(
        sparql=sparql,
        default_graphs=_graphs(dataset, "default-graph-uri"),
        named_graphs=_graphs(dataset, "named-graph-uri"),
        format=_format(dataset, url_params),
    )


async def parse_update_request(request: Request, limits: Limits) -> UpdateRequest:
    """The update of a POST to /update (the caller checks the token first)."""
    if request.method != "POST":
        raise HttpError(405, "updates must be POSTed to /update", headers={"Allow": "POST"})
    kind = _content_type(request)
    url_params = request.query_params
    if kind == FORM:
        form = _form(await read_body(request, limits, limit=limits.max_update_bytes))
        sparql = _single(form, "update", where="form body")
        _refuse_using(form)
    elif kind == SPARQL_UPDATE:
        sparql = _decode(await read_body(request, limits, limit=limits.max_update_bytes), "update")
        if not sparql.strip():
            raise HttpError(400, "the request body is empty; send the SPARQL update as the body")
    else:
        raise HttpError(
            415,
            f"unsupported Content-Type {kind or '(none)'!r} for an update; use {FORM} (update=...) or {SPARQL_UPDATE}",
        )
    _refuse_using(url_params)
    return UpdateRequest(sparql=sparql)


def _refuse_using(params: QueryParams) -> None:
    for name in ("using-graph-uri", "using-named-graph-uri"):
        if name in params:
            raise HttpError(400, f"{name} is not supported here; write USING / USING NAMED in the update itself")
