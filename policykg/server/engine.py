"""Run queries against the embedded store with a deadline, a row limit and (served) a memory limit.

Two ways to run a query, with the same answers:

* in worker processes (``policykg serve``, a store folder): see ``policykg.server.workers``. A query
  past its deadline is killed, freeing its slot and its memory at once; each worker has a memory
  limit and cannot open network sockets. Costs one round trip over a pipe per query.
* in threads (an in-memory store, as tests and ``create_app`` callers use, or ``--query-workers
  thread``): pyoxigraph cannot cancel a query but lets other threads run while it evaluates, so the
  request waits at most ``timeout`` seconds, then answers 504. A streaming query stops at its next
  row once the deadline passes; one that computes everything before its first row (ORDER BY,
  GROUP BY over a huge join) keeps its thread, and its slot, until it finishes: at most
  ``max_running`` run at once, and new requests get 503 rather than piling up more work.

Updates and the /health count always run in the server process, which holds the store.
"""
from __future__ import annotations

import asyncio
import errno
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import pyoxigraph as ox

from policykg.namespaces import PREFIXES
from policykg.queries.answer_tables import stored_lines
from policykg.queries.catalogue import CatalogueQuery
from policykg.queries.ordering import OrderKey, sort_bindings
from policykg.server.limits import HttpError, Limits, check_nesting
from policykg.server.negotiation import Negotiated, ResultFormat
from policykg.server.protocol import QueryRequest
from policykg.store.base import StoreError
from policykg.store.oxigraph_store import OxigraphStore
from policykg.store.sparql_text import has_dataset_clause
from policykg.server.workers import Snapshots, WorkerPool, WorkerSpec

T = TypeVar("T")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
TURTLE_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


class Cancelled(Exception):
    """The request behind a running query gave up (deadline passed); stop producing rows."""


@dataclass(frozen=True)
class Answer:
    """A serialised query answer, ready to send."""

    body: bytes
    format: ResultFormat
    rows: int  # solutions or triples (1 for ASK)


class QueryCore:
    """Evaluate and serialise queries over one store, synchronously (in a thread or a worker process)."""

    def __init__(self, store: OxigraphStore, limits: Limits) -> None:
        self.store = store
        self.limits = limits

    def run(self, request: QueryRequest, negotiated: Negotiated, cancel: threading.Event) -> Answer:
        """One query's serialised answer."""
        check_nesting(request.sparql)
        return self._run(request, negotiated, cancel)

    def stored(self, query: CatalogueQuery, sparql: str, negotiated: Negotiated, cancel: threading.Event) -> Answer | None:
        """A catalogue answer from the store's current answer table, or None."""
        return self._stored(query, sparql, negotiated, cancel)

    # -- queries ----------------------------------------------------------------------------
    def _run(self, request: QueryRequest, negotiated: Negotiated, cancel: threading.Event) -> Answer:
        result = self._evaluate(request)
        try:
            if isinstance(result, ox.QueryBoolean):
                fmt = negotiated.for_family("results")
                return Answer(result.serialize(format=_results_format(fmt)), fmt, 1)
            if isinstance(result, ox.QuerySolutions):
                fmt = negotiated.for_family("results")
                body, rows = self._solutions(result, fmt, cancel, request.order)
                return Answer(body, fmt, rows)
            fmt = negotiated.for_family("graph")
            body, rows = self._triples(result, fmt, cancel)
            return Answer(body, fmt, rows)
        except (HttpError, Cancelled):
            raise
        except PermissionError:
            raise HttpError(403, FETCH_REFUSED) from None
        except (OSError, RuntimeError, ValueError) as error:
            raise HttpError(500, f"the query failed while running: {error}") from error

    def _stored(self, query: CatalogueQuery, sparql: str, negotiated: Negotiated, cancel: threading.Event) -> Answer | None:
        stored = stored_lines(self.store, query, sparql)
        if stored is None:
            return None
        columns, lines = stored
        document = "\t".join(f"?{name}" for name in columns) + "\n" + "".join(f"{line}\n" for line in lines)
        fmt = negotiated.for_family("results")
        solutions = ox.parse_query_results(document.encode(), format=ox.QueryResultsFormat.TSV)
        body, rows = self._solutions(solutions, fmt, cancel)  # type: ignore[arg-type]
        return Answer(body, fmt, rows)

    def _evaluate(self, request: QueryRequest) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        options: dict[str, object] = {}
        if request.names_dataset:
            options["default_graph"] = [ox.NamedNode(g) for g in request.default_graphs]
            if request.named_graphs:
                options["named_graphs"] = [ox.NamedNode(g) for g in request.named_graphs]
        else:
            options["use_default_graph_as_union"] = not has_dataset_clause(request.sparql)
        try:
            return self.store.native.query(request.sparql, **options)  # type: ignore[arg-type]
        except SyntaxError as error:
            raise HttpError(400, f"malformed SPARQL query: {error}") from None
        except ValueError as error:
            raise HttpError(400, f"cannot run this query: {error}") from None
        except PermissionError:
            raise HttpError(403, FETCH_REFUSED) from None
        except (OSError, RuntimeError) as error:
            raise HttpError(500, f"the query failed: {error}") from error
        except StoreError as error:
            raise HttpError(500, str(error)) from error

    def _over_limit(self, what: str) -> HttpError:
        return HttpError(
            422,
            f"the answer has more than {self.limits.max_rows} {what} (this server's --max-rows); "
            "add LIMIT/OFFSET to page through it, or start the server with a larger --max-rows",
        )

    def _solutions(self, solutions: ox.QuerySolutions, fmt: ResultFormat, cancel: threading.Event,
                   order: tuple[OrderKey, ...] = ()) -> tuple[bytes, int]:
        variables = [variable.value for variable in solutions.variables]
        bindings: list[dict[str, object]] = []
        cells: dict[object, dict[str, object]] = {}  # one JSON cell per distinct term: answers repeat them
        for solution in solutions:
            if cancel.is_set():
                raise Cancelled()
            if len(bindings) >= self.limits.max_rows:
                raise self._over_limit("rows")
            row: dict[str, object] = {}
            for name in variables:
                term = solution[name]
                if term is not None:
                    cell = cells.get(term)
                    if cell is None:
                        cell = cells[term] = term_json(term)
                    row[name] = cell
            bindings.append(row)
        if order:
            bindings = sort_bindings(bindings, order)  # type: ignore[arg-type]
        document = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
        if fmt.media_type == "application/sparql-results+json":
            return document, len(bindings)
        parsed = ox.parse_query_results(document, format=ox.QueryResultsFormat.JSON)
        return parsed.serialize(format=_results_format(fmt)), len(bindings)

    def _triples(self, triples: ox.QueryTriples, fmt: ResultFormat, cancel: threading.Event) -> tuple[bytes, int]:
        count = 0

        def limited() -> Iterator[ox.Triple]:
            nonlocal count
            for triple in triples:
                if cancel.is_set():
                    raise Cancelled()
                count += 1
                if count > self.limits.max_rows:
                    raise self._over_limit("triples")
                yield triple

        rdf_format = ox.RdfFormat.from_media_type(fmt.media_type)
        assert rdf_format is not None, fmt.media_type
        prefixes = TURTLE_PREFIXES if rdf_format == ox.RdfFormat.TURTLE else None
        body = ox.serialize(limited(), format=rdf_format, prefixes=prefixes)
        return body or b"", count



class QueryEngine:
    """Queries and updates over one embedded store, bounded by ``Limits``."""

    def __init__(self, store: OxigraphStore, limits: Limits, *, workers: WorkerSpec | None = None) -> None:
        if not isinstance(store, OxigraphStore):
            raise TypeError("the server runs over the embedded store: give a store folder, not a SPARQL URL")
        self.store = store
        self.limits = limits
        self.core = QueryCore(store, limits)
        self.pool = WorkerPool(workers, limits.max_running) if workers is not None else None
        self._snapshots: Snapshots | None = None  # a writable store's snapshots for the workers
        self._stale = False  # an update happened since the workers' snapshot
        self._started = False
        self._snapshot_lock: asyncio.Lock | None = None
        self._snapshot_loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._slots_loop: asyncio.AbstractEventLoop | None = None
        self._write_lock = threading.Lock()
        self._policies: int | None = None  # cached for /health; reset by updates

    # -- threads with deadlines -----------------------------------------------------------------
    async def call(self, job: Callable[[threading.Event], T], *, what: str = "query") -> T:
        """Run ``job(cancel)`` in a worker thread; 503 when no slot frees in time, 504 past the deadline."""
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:  # one semaphore per event loop
            self._slots = asyncio.Semaphore(self.limits.max_running)
            self._slots_loop = loop
        slots = self._slots
        deadline = loop.time() + self.limits.timeout
        try:
            await asyncio.wait_for(slots.acquire(), self.limits.timeout)
        except TimeoutError:
            raise HttpError(
                503,
                f"the server is busy: all {self.limits.max_running} query slots are taken (perhaps by "
                "queries that timed out and are still finishing); try again later",
                headers={"Retry-After": str(max(1, int(self.limits.timeout)))},
            ) from None
        cancel = threading.Event()
        future: asyncio.Future[T] = loop.create_future()

        def settle(result: T | None, error: BaseException | None) -> None:
            slots.release()
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)  # type: ignore[arg-type]

        def work() -> None:
            result: T | None = None
            error: BaseException | None = None
            try:
                result = job(cancel)
            # Hand the request a fresh exception: the original's traceback holds pyoxigraph result
            # objects, which must be freed on this thread (pyoxigraph refuses cross-thread drops).
            except HttpError as exc:
                error = HttpError(exc.status, exc.message, headers=exc.headers)
            except Cancelled:
                error = Cancelled()
            except Exception as exc:  # noqa: BLE001 - reported to the client as a 500
                error = HttpError(500, f"the {what} failed: {type(exc).__name__}: {exc}")
            try:
                loop.call_soon_threadsafe(settle, result, error)
            except RuntimeError:
                pass  # the server stopped while this job ran

        threading.Thread(target=work, name=f"policykg-{what}", daemon=True).start()
        try:
            return await asyncio.wait_for(asyncio.shield(future), max(0.0, deadline - loop.time()))
        except TimeoutError:
            cancel.set()
            future.add_done_callback(_consume)  # nobody waits any more: drop its outcome quietly
            raise HttpError(
                504,
                f"the {what} ran longer than this server's {self.limits.timeout:g} s limit and was abandoned; "
                "narrow it (LIMIT, more specific patterns) or start the server with a larger --timeout",
            ) from None

    # -- queries ----------------------------------------------------------------------------
    async def query(self, request: QueryRequest, negotiated: Negotiated) -> Answer:
        """Run one query and serialise its answer in the negotiated format."""
        check_nesting(request.sparql)  # before any parser sees it: deep nesting crashes pyoxigraph's
        if self.pool is not None:
            await self._fresh_snapshot()
            return await self.pool.run("query", (request, negotiated), timeout=self.limits.timeout, what="query")  # type: ignore[no-any-return]
        return await self.call(lambda cancel: self.core.run(request, negotiated, cancel))

    async def stored_answer(self, query: CatalogueQuery, sparql: str, negotiated: Negotiated) -> Answer | None:
        """A catalogue answer read from the store's current answer table, in the negotiated format,
        with the same row limit; None when there is no current table (evaluate the query instead)."""
        if self.pool is not None:
            await self._fresh_snapshot()
            return await self.pool.run("stored", (query, sparql, negotiated), timeout=self.limits.timeout,  # type: ignore[no-any-return]
                                       what="answer table")
        return await self.call(lambda cancel: self.core.stored(query, sparql, negotiated, cancel), what="answer table")

    def start(self) -> None:
        """Start the worker processes (if any) before serving, so the first queries do not wait."""
        if self.pool is None or self._started:
            return
        self._started = True
        if not self.store.read_only and self.store.path is not None:
            self._snapshots = Snapshots(self.store.path)
            self.pool.use_source(self._snapshots.take(self.store.native))
        self.pool.start()

    def close(self) -> None:
        """Stop the worker processes (if any) and remove the snapshots they read."""
        if self.pool is not None:
            self.pool.close()
        if self._snapshots is not None:
            self._snapshots.close()

    async def _fresh_snapshot(self) -> None:
        """Start the workers on first use; after an update, give them a new snapshot to read."""
        self.start()
        if not self._stale or self._snapshots is None or self.pool is None:
            return
        loop = asyncio.get_running_loop()
        if self._snapshot_lock is None or self._snapshot_loop is not loop:  # one lock per event loop
            self._snapshot_lock, self._snapshot_loop = asyncio.Lock(), loop
        async with self._snapshot_lock:
            if not self._stale:
                return
            snapshots, native = self._snapshots, self.store.native

            def take() -> str:
                with self._write_lock:  # no update half-way through the checkpoint
                    self._stale = False
                    return snapshots.take(native)

            self.pool.use_source(await asyncio.to_thread(take))

    # -- other work -------------------------------------------------------------------------------
    async def update(self, sparql: str) -> None:
        """Run one SPARQL Update (Oxigraph applies it in one transaction)."""

        def job(_cancel: threading.Event) -> None:
            with self._write_lock:
                self._policies = None
                try:
                    self.store.update(sparql)
                except StoreError as error:
                    raise update_error(error) from None

        try:
            await self.call(job, what="update")
        finally:
            self._stale = True  # the next query gets a new snapshot, so its answer includes this update

    def note_write(self) -> None:
        """A write made beside ``update`` (a review through the workbench pages): the next query reads a
        fresh snapshot, so SPARQL answers include it."""
        self._stale = True

    async def policy_count(self) -> int:
        """How many policies the store holds, for /health: counted once, again after each update,
        so health checks stay instant even when runaway queries hold every slot."""
        if self._policies is not None:
            return self._policies
        query = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/policykg/ns#PrivacyPolicy> }"

        def job(_cancel: threading.Event) -> int:
            for solution in self.store.native.query(query, use_default_graph_as_union=True):  # type: ignore[union-attr]
                return int(solution["n"].value)
            return 0

        self._policies = await self.call(job, what="health check")
        return self._policies


FETCH_REFUSED = ("this server does not fetch URLs (SERVICE and LOAD are disabled: it cannot open network "
                 "connections); run the query without them, or start the server with --allow-service")


def update_error(error: StoreError) -> HttpError:
    """The client's answer for a failed update: what went wrong, never where the store lives."""
    cause = error.__cause__
    if isinstance(cause, SyntaxError) or "invalid SPARQL update" in str(error):
        return HttpError(400, str(error))
    if isinstance(cause, PermissionError):
        return HttpError(403, FETCH_REFUSED)
    if isinstance(cause, OSError) and cause.errno == errno.ENOSPC or "No space left" in str(cause):
        return HttpError(507, "the server's disk is full: nothing was changed; free some space and send the update again")
    if isinstance(cause, RuntimeError) and ("does not exist" in str(cause) or "already exists" in str(cause)):
        return HttpError(400, f"{cause}: nothing was changed (use SILENT, e.g. CLEAR SILENT GRAPH, to ignore this)")
    return HttpError(500, f"the update failed, nothing was changed: {type(cause).__name__ if cause else 'error'}: {cause or error}")


def _consume(future: asyncio.Future[object]) -> None:
    if not future.cancelled():
        future.exception()


def _results_format(fmt: ResultFormat) -> ox.QueryResultsFormat:
    found = ox.QueryResultsFormat.from_media_type(fmt.media_type)
    assert found is not None, fmt.media_type
    return found


def term_json(term: object) -> dict[str, object]:
    """One RDF term as a SPARQL 1.1 JSON results binding (with RDF 1.2 triple terms)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        cell: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            cell["xml:lang"] = term.language
            if getattr(term, "direction", None) is not None:
                cell["its:dir"] = str(term.direction.value if hasattr(term.direction, "value") else term.direction)
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            cell["datatype"] = term.datatype.value
        return cell
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term_json(term.subject),
                "predicate": term_json(term.predicate),
                "object": term_json(term.object),
            },
        }
    raise TypeError(f"unexpected term {term!r}")
