"""What the endpoint refuses, and why: limits and guards applied before a query runs.

SPARQL text is untrusted. ``SERVICE`` and ``LOAD`` make pyoxigraph fetch any URL (a server-side
request forgery). Unless the operator opts in (``--allow-service``), the server runs the engine where
it cannot open network sockets (``sandbox``), whatever the spelling; the keyword check here only
turns the usual spellings into a clear 403 before anything runs. Deeply nested queries are refused
before parsing (``check_nesting``). Updates need ``--allow-update`` *and*
a bearer token. Request bodies are read in chunks and cut off at the size limit, so a client
cannot make the server buffer more than that even when it lies about Content-Length.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
from dataclasses import dataclass

from starlette.requests import ClientDisconnect, Request

from policykg.sparql_keywords import keywords_in, nesting_problem, stray_escape



LOG = logging.getLogger("policykg.server")


class HttpError(Exception):
    """An HTTP error answer: status code and a message that says what to do."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(frozen=True)
class Limits:
    """The operator's limits for one server (``policykg serve`` options)."""

    timeout: float = 30.0  # seconds a query may run before the client gets 504
    max_rows: int = 100_000  # rows (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
    max_request_bytes: int = 1_000_000  # request body (and GET query string) size
    max_update_bytes: int = 64_000_000  # body of an authorised update (loading a policy graph is larger)
    max_running: int = 4  # queries running at once, counting timed-out ones still finishing
    allow_service: bool = False  # permit SERVICE (federated queries fetch other URLs)
    allow_update: bool = False  # accept SPARQL Update at /update (needs ``token`` too)
    token: str | None = None  # bearer token for updates
    body_timeout: float = 30.0  # seconds a request body may take to arrive (slow clients get 408)

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.max_rows <= 0 or self.max_request_bytes <= 0 or self.max_running <= 0:
            raise ValueError("timeout, max_rows, max_request_bytes and max_running must be positive")
        if self.allow_update and not self.token:
            raise ValueError("updates need a token: give --token-file FILE or set POLICYKG_TOKEN")


_FETCHING = frozenset({"SERVICE", "LOAD"})


def fetching_keywords(sparql: str) -> set[str]:
    """SERVICE / LOAD keywords (upper-cased) outside strings, IRIs, comments, variables and prefixed names.

    Both make the server fetch a URL: SERVICE in queries and updates, LOAD in updates.
    """
    return keywords_in(sparql, _FETCHING)


def check_nesting(sparql: str) -> None:
    """Refuse (400) a query nested deeper than ``MAX_NESTING``, before any SPARQL parser sees it."""
    problem = nesting_problem(sparql)
    if problem is not None:
        raise HttpError(400, problem)


def check_service(sparql: str, limits: Limits) -> None:
    """Refuse federated queries (SERVICE) and LOAD unless the server was started with --allow-service.

    Also refuses a backslash escape outside strings and IRIs (a reader applying ``\\uXXXX`` first
    could see a keyword there that this check does not).
    """
    offset = stray_escape(sparql)
    if offset is not None:
        raise HttpError(
            400,
            f"malformed SPARQL: a backslash at offset {offset} outside a string, IRI or prefixed name; "
            "\\u escapes are only allowed inside strings and IRIs",
        )
    found = fetching_keywords(sparql)
    if found and not limits.allow_service:
        words = " and ".join(sorted(found))
        raise HttpError(
            403,
            f"{words} is disabled on this endpoint (it would make the server fetch other URLs); "
            f"run it without {words}, or start the server with --allow-service",
        )


def check_update_allowed(request: Request, limits: Limits) -> None:
    """Updates need --allow-update and the right bearer token (compared in constant time)."""
    if not limits.allow_update or not limits.token:
        raise HttpError(
            403,
            "this endpoint is read-only: start 'policykg serve' with --allow-update and a token "
            "(--token-file or POLICYKG_TOKEN) to accept SPARQL updates",
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HttpError(
            401,
            "updates need 'Authorization: Bearer <token>' with the server's token",
            headers={"WWW-Authenticate": 'Bearer realm="policykg"'},
        )
    if not hmac.compare_digest(given.strip().encode(), limits.token.encode()):
        raise HttpError(403, "wrong token: use the token the server was started with")


async def read_body(request: Request, limits: Limits, *, limit: int | None = None) -> bytes:
    """The request body, refused with 413 as soon as it passes the limit (declared or actual)."""
    limit = limits.max_request_bytes if limit is None else limit
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise HttpError(400, f"Content-Length {declared!r} is not a number") from None
        if size > limit:
            raise HttpError(413, _too_large(size, limits, limit))
    chunks: list[bytes] = []
    total = 0
    try:
        async with asyncio.timeout(limits.body_timeout):
            async for chunk in request.stream():
                total += len(chunk)
                if total > limit:
                    raise HttpError(413, _too_large(total, limits, limit))
                chunks.append(chunk)
    except TimeoutError:
        raise HttpError(408, f"the request body did not arrive within {limits.body_timeout:g} s; send it at once",
                        headers={"Connection": "close"}) from None
    except ClientDisconnect:  # the client gave up: one line in the log, no traceback
        client = f"{request.client.host}:{request.client.port}" if request.client else "a client"
        LOG.warning("%s %s: %s closed the connection before sending its whole body", request.method, request.url.path, client)
        raise HttpError(400, "the request body ended early (the client closed the connection)") from None
    return b"".join(chunks)


def check_query_string(request: Request, limits: Limits) -> None:
    """GET requests carry the query in the URL; the same size limit applies."""
    size = len(request.url.query.encode())
    if size > limits.max_request_bytes:
        raise HttpError(413, _too_large(size, limits))


def _too_large(size: int, limits: Limits, limit: int | None = None) -> str:
    limit = limits.max_request_bytes if limit is None else limit
    option = "--max-request-bytes" if limit == limits.max_request_bytes else "--max-update-bytes"
    return (
        f"the request has {size} bytes, more than this server's limit of {limit}; "
        f"send a shorter request, or start the server with a larger {option}"
    )
