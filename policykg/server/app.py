"""The SPARQL 1.1 endpoint: a thin ASGI app (Starlette) over the embedded store.

Routes: ``/`` query page (YASGUI, vendored, works offline), ``/query`` (GET/POST, SPARQL 1.1
Protocol), ``/update`` (POST; only with ``--allow-update`` and a bearer token), ``/queries`` and
``/queries/{name}`` (the query catalogue), ``/health`` (JSON), ``/static/...``.

Why our own app and not ``oxigraph serve-read-only``: Oxigraph's server is faster and passes the
protocol checks (stack-measurements.md: 22/22, ~1,000 q/s), but it has no catalogue routes, no
query page of ours, no token-guarded updates, no SERVICE refusal, no query timeout and no result
limit, and it would be a second process on the same folder. This app runs the same engine
(pyoxigraph) in-process. Measured on this machine with ``bench/bench_endpoint.py`` (300 synthetic
policies, 8 keep-alive clients on loopback, 4 s per phase, 2 cores shared by server and clients):

=============================  ==========================  ============================
                               join + ORDER BY (~2 ms)     one-triple ASK (``--tiny``)
=============================  ==========================  ============================
in-process store, 1 thread     292 q/s, p50 2.0 ms         13,300 q/s, p50 0.03 ms
``policykg serve``             231 q/s, p50 30 ms, p95 67  851 q/s, p50 9 ms, p95 15 ms
``oxigraph serve-read-only``   195 q/s, p50 40 ms, p95 76  5,800 q/s, p50 0.7 ms
=============================  ==========================  ============================

For queries that do real work the store dominates and this app keeps up with Oxigraph's server;
on trivial queries Python's HTTP stack (uvicorn + Starlette + one thread per query, ~1 ms of CPU
per request) caps it near 850 q/s, which is ample for a policy corpus served to a few analysts.

Isolation (issue 19): ``policykg serve`` evaluates queries in worker processes (``workers``), each
killed at the deadline and limited in memory, and neither the server nor its workers can open
network sockets (``sandbox``), so no spelling of SERVICE or LOAD fetches anything. Measured with
``bench/bench_endpoint.py`` in one run, workers vs threads: 0.93x the q/s on the one-triple ASK and
0.47-0.65x on the join under 8 clients on a loaded 2-core machine (same p50 for one client at a time).
``--query-workers thread`` keeps the old in-process threads for trusted clients.

Store access: the server holds the store for its whole life. Without ``--allow-update`` it opens
the folder read-only, which is a snapshot taken at start: restart the server to see later ingests.
With ``--allow-update`` it holds the folder's write lock, and every writer must go through
``POST /update`` (``policykg --store http://HOST:PORT/query ...``) or stop the server first.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from policykg import __version__
from policykg.server import catalogue
from policykg.server.engine import Answer, QueryEngine
from policykg.server.hosts import HostCheck
from policykg.server.limits import HttpError, Limits, check_nesting, check_service, check_update_allowed
from policykg.server.negotiation import negotiate
from policykg.server.protocol import parse_query_request, parse_update_request
from policykg.server.workers import WorkerSpec
from policykg.store.oxigraph_store import OxigraphStore

STATIC = Path(__file__).resolve().parent / "static"
# The page loads only our own files; nothing may be fetched from another origin.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def engine_of(request: Request) -> QueryEngine:
    """The app's query engine (kept on the app state)."""
    return request.app.state.engine  # type: ignore[no-any-return]


def answer_response(answer: Answer, *, extra: Mapping[str, str] | None = None) -> Response:
    """An HTTP response for a serialised answer."""
    headers = {"Vary": "Accept", "X-Policykg-Rows": str(answer.rows), **(extra or {})}
    return Response(answer.body, media_type=answer.format.content_type, headers=headers)


async def query_route(request: Request) -> Response:
    """``GET|POST /query``: one SPARQL query, answered in the negotiated format."""
    engine = engine_of(request)
    parsed = await parse_query_request(request, engine.limits)
    negotiated = negotiate(request.headers.get("accept"), parsed.format)
    check_service(parsed.sparql, engine.limits)
    return answer_response(await engine.query(parsed, negotiated))


async def update_route(request: Request) -> Response:
    """``POST /update``: one SPARQL update; refused unless enabled and the token matches."""
    engine = engine_of(request)
    check_update_allowed(request, engine.limits)
    parsed = await parse_update_request(request, engine.limits)
    check_service(parsed.sparql, engine.limits)
    check_nesting(parsed.sparql)
    await engine.update(parsed.sparql)
    return Response(status_code=204)


async def health_route(request: Request) -> Response:
    """``GET /health``: is the server up, what kind of store, how many policies.

    The store's kind, never its location: a path or an upstream URL tells an outside caller
    about the machine (user names, folders) and nothing it needs to use the endpoint.
    """
    engine = engine_of(request)
    return JSONResponse({
        "status": "ok",
        "version": __version__,
        "store": "sparql-endpoint" if engine.store.location.startswith(("http://", "https://")) else "embedded",
        "policies": await engine.policy_count(),
        "read_only": engine.store.read_only,
        "updates": engine.limits.allow_update,
    })


async def page_route(request: Request) -> Response:
    """``GET /``: the query page."""
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-cache"})


async def http_error(request: Request, error: Exception) -> Response:
    """Every refusal as plain text, so SPARQL clients show the message as it is."""
    assert isinstance(error, HttpError)
    return PlainTextResponse(error.message + "\n", status_code=error.status, headers=error.headers)


async def unexpected_error(request: Request, error: Exception) -> Response:
    return PlainTextResponse(
        f"internal error: {type(error).__name__}: {error}\nplease report this with the query that caused it\n",
        status_code=500,
    )


class SecurityHeaders:
    """Adds nosniff and no-referrer to every response; answers are data, never pages to sniff."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:  # type: ignore[type-arg]
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(store: OxigraphStore, *, limits: Limits | None = None, workers: WorkerSpec | None = None,
               hosts: frozenset[str] | None = None,
               reviewer_tokens: dict[str, str] | None = None, warm_workbench: bool = False) -> Starlette:
    """The ASGI app serving ``store``; the caller owns the store and closes it after the app stops.

    With ``workers``, queries run in worker processes (``policykg.server.workers``); the caller calls
    ``app.state.engine.close()`` when done. Without, they run in threads of this process.
    With ``hosts``, requests whose Host is neither loopback nor one of them get 421 (``hosts.HostCheck``).
    ``reviewer_tokens`` (token -> reviewer name) turns on recording reviews in the workbench pages;
    ``warm_workbench`` builds the corpus page's summary rows in the background at once.
    """
    from policykg.workbench import routes as workbench
    from policykg.workbench.state import make_workbench

    limits = limits or Limits()
    routes = [
        Route("/", page_route, methods=["GET"]),
        Route("/query", query_route, methods=["GET", "POST"]),
        Route("/update", update_route, methods=["POST"]),
        Route("/health", health_route, methods=["GET"]),
        *catalogue.ROUTES,
        *workbench.routes(),  # /policies, /policies/{docid}, /compare, /reviews (the researcher's workbench)
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HttpError: http_error, **workbench.EXCEPTION_HANDLERS, Exception: unexpected_error},
        middleware=[],
    )
    app.state.engine = QueryEngine(store, limits, workers=workers)
    app.state.workbench = make_workbench(store, reviewer_tokens=reviewer_tokens, warm=warm_workbench)
    app.add_middleware(SecurityHeaders)
    if hosts is not None:
        app.add_middleware(HostCheck, allowed=hosts)  # outermost: a rebinding page gets nothing else
    return app


def describe_limits(limits: Limits) -> str:
    """One line for the startup log."""
    return json.dumps({
        "timeout_s": limits.timeout, "max_rows": limits.max_rows, "max_request_bytes": limits.max_request_bytes,
        "service": limits.allow_service, "updates": limits.allow_update,
    })
