"""HTTP routes for the query catalogue: ``GET /queries`` lists it, ``GET /queries/{name}`` runs one.

Parameters are bound by the same code ``policykg query`` uses (``policykg.queries.runner.bind_params``:
values become single RDF terms, never SPARQL text), and the resulting SPARQL then runs through the
endpoint's engine, so the answer has the same rows as the CLI and gets the endpoint's formats,
timeout and row limit. Every URL parameter except ``format`` is a query parameter.
"""
from __future__ import annotations

from dataclasses import replace

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from policykg.queries.catalogue import CatalogueError, CatalogueQuery, get_query, list_queries
from policykg.queries.ordering import split_order_by
from policykg.queries.runner import ParamError, bind_params
from policykg.server.limits import HttpError, check_query_string
from policykg.server.negotiation import negotiate
from policykg.server.protocol import QueryRequest

RESERVED = ("format",)


def describe(query: CatalogueQuery) -> dict[str, Any]:
    """One catalogue entry as JSON: its documentation, its URL and its SPARQL with default parameters."""
    try:
        sparql = bind_params(query, {})
    except ParamError:
        sparql = query.body  # a parameter without a usable default: show the placeholders
    return {
        "name": query.name,
        "title": query.title,
        "question": query.question,
        "params": [
            {"name": p.name, "default": p.default, "type": p.type, "description": p.description} for p in query.params
        ],
        "provisions": list(query.provisions),
        "tags": list(query.tags),
        "url": f"/queries/{query.name}",
        "sparql": sparql,
        "answer_table": query.header_value("answers") or None,  # kept by an on-disk store (default parameters)
    }


async def list_route(request: Request) -> Response:
    """``GET /queries[?tag=...]``: the catalogue as a JSON array."""
    tag = request.query_params.get("tag") or None
    try:
        items = list_queries(tag=tag)
    except CatalogueError as error:
        raise HttpError(500, f"the query catalogue is broken: {error}") from error
    return JSONResponse([describe(q) for q in items])


async def run_route(request: Request) -> Response:
    """``GET /queries/{name}?param=value&format=csv``: run one catalogue query."""
    from policykg.server.app import answer_response, engine_of

    check_query_string(request, engine_of(request).limits)
    name = request.path_params["name"]
    try:
        query = get_query(name)
    except CatalogueError as error:
        raise HttpError(404, str(error)) from None
    params: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key in RESERVED:
            continue
        if key in params:
            raise HttpError(400, f"parameter {key!r} is given twice; give it once")
        params[key] = value
    try:
        sparql = bind_params(query, params)
    except ParamError as error:
        raise HttpError(400, str(error)) from None
    negotiated = negotiate(request.headers.get("accept"), request.query_params.get("format"))
    engine = engine_of(request)
    answer = await engine.stored_answer(query, sparql, negotiated)  # a current answer table, if the store keeps one
    source = "answer-table" if answer is not None else "evaluated"
    if answer is None:
        unordered, order = split_order_by(sparql)  # sorted after evaluation: cheaper than the store's sort on disk
        answer = await engine.query(QueryRequest(sparql=unordered, order=order), negotiated)
    if answer.format.media_type in _SPREADSHEET_DELIMITERS:
        answer = replace(answer, body=_defuse_cells(answer.body, _SPREADSHEET_DELIMITERS[answer.format.media_type]))
    return answer_response(answer, extra={"X-Policykg-Query": query.name, "X-Policykg-Source": source})


# Catalogue answers are meant for people and spreadsheets (unlike /query, which returns the data
# exactly as the SPARQL protocol says): cells that a spreadsheet would evaluate are defused.
_SPREADSHEET_DELIMITERS = {"text/csv": ",", "text/tab-separated-values": "\t"}


def _defuse_cells(body: bytes, delimiter: str) -> bytes:
    import csv
    import io

    from policykg.queries.formatting import neutralise_csv_cell

    if delimiter == ",":
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(rows[0] if rows else [])
        writer.writerows([[neutralise_csv_cell(cell) for cell in row] for row in rows[1:]])
        return out.getvalue().encode("utf-8")
    lines = body.decode("utf-8").split("\n")
    defused = [lines[0]] + ["\t".join(_defuse_tsv(cell) for cell in line.split("\t")) if line else line for line in lines[1:]]
    return "\n".join(defused).encode("utf-8")


def _defuse_tsv(cell: str) -> str:
    """TSV cells are RDF terms ("text", <iri>); a plain literal's text is defused inside its quotes."""
    from policykg.queries.formatting import neutralise_csv_cell

    if cell.startswith('"'):
        return '"' + neutralise_csv_cell(cell[1:])
    return neutralise_csv_cell(cell)


ROUTES = [
    Route("/queries", list_route, methods=["GET"]),
    Route("/queries/{name}", run_route, methods=["GET"]),
]
