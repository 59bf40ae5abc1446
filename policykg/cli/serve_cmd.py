"""``policykg serve``: run the SPARQL 1.1 endpoint (policykg.server) on the store folder."""
from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import click

from policykg.cli.common import StoreProblem, open_store_from_ctx

TOKEN_ENV = "POLICYKG_TOKEN"
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost; anything else would expose the store to the network."""
    if host.strip().lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, bound here so that port 0 shows its real number and a busy port is a clear error."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as error:
        sock.close()
        raise click.UsageError(f"cannot listen on {host}:{port}: {error.strerror or error}; choose another --port") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def read_token(token_file: Path | None) -> str | None:
    """The update token from --token-file, else $POLICYKG_TOKEN, else None."""
    if token_file is not None:
        token = token_file.read_text(encoding="utf-8").strip()
        if not token:
            raise click.UsageError(f"{token_file} is empty: write the token (one line) into it")
        return token
    token = os.environ.get(TOKEN_ENV, "").strip()
    return token or None


@click.command(
    "serve",
    epilog="""Examples:

\b
  policykg --store ./kg serve                       # read-only, http://127.0.0.1:7878/
  policykg --store ./kg serve --port 8080 --timeout 10
  POLICYKG_TOKEN=s3cret policykg --store ./kg serve --allow-update
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/query
  curl 'http://127.0.0.1:7878/queries/companies-collecting-category?category=pd/Contact&format=csv'
  policykg --store http://127.0.0.1:7878/query query policies-overview

\b
Routes:
  /                  query page (YASGUI, works offline) with the query catalogue
  /policies          the workbench: every policy, with facets, text search and compliance counts
  /policies/DOCID    one policy's text with its facts and findings;  /compare?a=DOCID&b=DOCID
  /reviews           every review and where it stands (orphans first); reviewing needs --allow-review
  /query             SPARQL 1.1 Protocol: GET ?query=, POST form (query=) or application/sparql-query;
                     default-graph-uri / named-graph-uri set the dataset (default: union of all graphs)
  /update            POST form (update=) or application/sparql-update, 'Authorization: Bearer TOKEN'
  /queries           the catalogue as JSON;  /queries/NAME?param=value&format=csv runs one
  /health            JSON: status, version, store, policies

\b
Formats (Accept header, or format= which wins):
  SELECT/ASK:          json, xml, csv, tsv        (application/sparql-results+json, ...)
  CONSTRUCT/DESCRIBE:  turtle, ntriples, jsonld, rdfxml
  anything else: 406 Not Acceptable

\b
Refusals: 400 malformed SPARQL (with the parser's message) or nested more than 40 brackets deep,
401/403 update without the right token or on a read-only server, 403 SERVICE or LOAD without
--allow-service, 408 body slower than --body-timeout, 413 request larger than --max-request-bytes,
421 unknown Host, 422 answer larger than --max-rows or query over --max-query-memory, 503 all query
workers busy, 504 timeout, 507 disk full on an update.

The store: without --allow-update the folder is opened read-only, a snapshot taken at start
(restart to see new ingests). With --allow-update the server holds the folder's write lock: send
writes through /update (policykg --store http://HOST:PORT/query ...) or stop the server first.
Queries run in --max-running worker processes: one past --timeout is answered with 504 and its
worker killed (its slot and memory are free at once); one that needs more than --max-query-memory
gets 422. Unless --allow-service is given, neither the server nor its workers can open network
connections, so no spelling of SERVICE or LOAD can make it fetch a URL. Slow clients: headers
must arrive within --header-timeout, bodies within --body-timeout; past --max-connections the
oldest connection still sending headers is dropped. Requests naming another Host get 421.""",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless --public).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="TCP port (0: any free port).")
@click.option("--public", is_flag=True, help="Allow a non-loopback --host: anyone who can reach it can query the store.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update at /update (needs a token); opens the store read-write.")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help=f"File holding the bearer token for /update (default: ${TOKEN_ENV}).")
@click.option("--allow-review", is_flag=True,
              help="Let reviewers record reviews in the workbench pages (needs --reviewer-tokens); opens the store read-write.")
@click.option("--reviewer-tokens", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="File of reviewers, one 'name token' a line; each signs in at /review/sign-in with name and token. "
              "Sessions (12 h, until sign-out, or until the token leaves the file) and failed sign-ins (429 after 5 per "
              "name or 10 per address in 10 min) are kept in policykg-review-sessions.sqlite (0600) in the store folder.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query or update may run before the client gets 504.")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(min=1),
              help="Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) in one answer; more gives 422.")
@click.option("--max-request-bytes", default=1_000_000, show_default=True, type=click.IntRange(min=1),
              help="Largest request body or query string; larger gives 413.")
@click.option("--max-update-bytes", default=64_000_000, show_default=True, type=click.IntRange(min=1),
              help="Largest body of an update that carries the right token (ingesting through the server sends whole policy graphs).")
@click.option("--max-running", default=4, show_default=True, type=click.IntRange(min=1),
              help="Queries running at once (timed-out ones count until they finish); more wait, then 503.")
@click.option("--in-memory", is_flag=True,
              help="Copy the store into memory at start and answer from the copy: aggregate queries run several times "
              "faster than on disk (RocksDB), at the cost of start-up time and RAM. Read-only (not with --allow-update).")
@click.option("--max-query-memory", default=1024, show_default=True, type=click.IntRange(min=0), metavar="MIB",
              help="Memory (MiB) each query worker may use beyond the store it opened; a query that needs more is "
              "stopped with 422. 0: no limit.")
@click.option("--query-workers", type=click.Choice(["process", "thread"]), default="process", show_default=True,
              help="Where queries run. process: worker processes, killed at --timeout (slot and memory freed at once), "
              "each with --max-query-memory. thread: threads of the server (faster for tiny queries, but a runaway "
              "query keeps its slot and memory until it finishes); only for trusted clients.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (repeatable). Loopback names and the --host address "
              "are always accepted; any other Host gets 421 (DNS rebinding).")
@click.option("--header-timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a client may take to send a request's headers before the connection is closed.")
@click.option("--body-timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a client may take to send a request body; slower gets 408.")
@click.option("--max-connections", type=click.IntRange(min=1), default=None,
              help="Open connections at once; past it, the oldest one still sending headers is closed "
              "[default: from the open-files limit, at most 1000].")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (federated queries) and LOAD: the server then fetches URLs that clients name.")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]), help="uvicorn log level (info shows each request).")
@click.pass_context
def serve(
    ctx: click.Context,
    *,
    host: str,
    port: int,
    public: bool,
    allow_update: bool,
    token_file: Path | None,
    timeout: float,
    max_rows: int,
    max_request_bytes: int,
    max_update_bytes: int,
    max_running: int,
    in_memory: bool,
    max_query_memory: int,
    query_workers: str,
    allow_hosts: tuple[str, ...],
    header_timeout: float,
    body_timeout: float,
    max_connections: int | None,
    allow_service: bool,
    log_level: str,
    allow_review: bool = False,
    reviewer_tokens: Path | None = None,
) -> None:
    """Serve the store over the SPARQL 1.1 Protocol, with a query page and the query catalogue.

    Runs until interrupted (Ctrl-C). The store must be a folder (--store PATH); to query a remote
    endpoint, point other commands at it with --store URL instead.
    """
    import uvicorn

    from policykg.server.app import create_app, describe_limits
    from policykg.server.connections import ACCEPT_BURST, default_max_connections, guarded_protocol, raise_open_files_limit
    from policykg.server.hosts import allowed_hosts
    from policykg.server.limits import Limits
    from policykg.server.sandbox import forbid_network
    from policykg.server.workers import MiB, WorkerSpec
    from policykg.store.oxigraph_store import OxigraphStore

    if not is_loopback(host) and not public:
        raise click.UsageError(
            f"--host {host} is not a loopback address: anyone on the network could query the store. "
            "Add --public if that is what you want, or use --host 127.0.0.1"
        )
    token = read_token(token_file)
    if allow_update and not token:
        raise click.UsageError(f"--allow-update needs a token: give --token-file FILE or set {TOKEN_ENV}")
    limits = Limits(
        timeout=timeout, max_rows=max_rows, max_request_bytes=max_request_bytes, max_update_bytes=max_update_bytes, max_running=max_running,
        allow_service=allow_service, allow_update=allow_update, token=token if allow_update else None,
        body_timeout=body_timeout,
    )
    if in_memory and allow_update:
        raise click.UsageError("--in-memory serves a read-only copy: drop --allow-update, or --in-memory")
    reviewers = _reviewers(allow_review, reviewer_tokens, in_memory)
    store = open_store_from_ctx(ctx, read_only=not (allow_update or allow_review))
    try:
        if not isinstance(store, OxigraphStore):
            raise StoreProblem(
                f"'serve' needs a store folder, but --store is the endpoint {store.location}; "
                "give --store PATH (the folder to serve)"
            )
        workers = None
        if query_workers == "process":
            assert store.path is not None
            workers = WorkerSpec(str(store.path), limits, in_memory=in_memory, memory_bytes=max_query_memory * MiB)
            if in_memory:
                click.echo(f"each of the {max_running} query workers copies {store.location} into memory ...", err=True)
        elif in_memory:
            click.echo(f"copying {store.location} into memory ...", err=True)
            store = store.copy_to_memory()
        app = create_app(store, limits=limits, workers=workers, hosts=allowed_hosts(host, allow_hosts),
                         reviewer_tokens=reviewers, warm_workbench=True)
        sock = bind(host, port)
        if not allow_service and not forbid_network():
            click.echo("warning: this system cannot stop the query engine from opening network connections "
                       "(no seccomp); SERVICE and LOAD are refused by keyword only", err=True)
        engine = app.state.engine
        try:
            engine.start()
        except RuntimeError as error:
            raise StoreProblem(str(error)) from error
        bound = sock.getsockname()[1]
        mode = "read-write, updates at /update" if allow_update else ("read-write, reviews on" if allow_review else ("read-only copy in memory" if in_memory else "read-only snapshot"))
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"policykg serve: http://{shown}:{bound}/  store {store.location} ({mode})", err=True)
        click.echo(f"limits: {describe_limits(limits)}", err=True)
        open_files = raise_open_files_limit()
        connections = max_connections or default_max_connections(open_files)
        protocol = guarded_protocol(header_timeout=header_timeout, max_connections=connections)
        config = uvicorn.Config(app, log_level=log_level, access_log=log_level in ("info", "debug"),
                                lifespan="off", server_header=False, http=protocol, timeout_keep_alive=5,
                                backlog=ACCEPT_BURST)
        try:
            uvicorn.Server(config).run(sockets=[sock])
        finally:
            engine.close()
    finally:
        store.close()


def _reviewers(allow_review: bool, token_file: Path | None, in_memory: bool) -> dict[str, str] | None:
    """token -> reviewer name when reviewing is on; a usage error names what is missing or wrong."""
    from policykg.reviews.access import TokenFileError, read_reviewer_tokens

    if not allow_review:
        if token_file is not None:
            raise click.UsageError("--reviewer-tokens is only used with --allow-review")
        return None
    if in_memory:
        raise click.UsageError("--in-memory serves a read-only copy: reviews cannot be recorded; drop one of them")
    if token_file is None:
        raise click.UsageError("--allow-review needs --reviewer-tokens FILE (one 'name token' a line)")
    try:
        return read_reviewer_tokens(token_file)
    except TokenFileError as error:
        raise click.UsageError(str(error)) from None
