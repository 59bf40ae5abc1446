"""Run a ``policykg query --file`` query in a child process that cannot reach the network.

The file's SPARQL is text from outside: a ``SERVICE`` or ``LOAD`` in it would make pyoxigraph
fetch any URL it names (issue 19), and a deeply nested one crashes pyoxigraph's parser. So on an
embedded store the query runs in a forked child that opens the folder read-only itself, installs
``server.sandbox.forbid_network`` and sends the rows back; a crash of the child is reported as a
clear error instead of taking the command down with a SIGSEGV. Catalogue queries (our own text,
parameters bound as RDF terms) run in-process as before.
"""
from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Mapping
from pathlib import Path

from policykg.queries.runner import QueryResult, run_query


class IsolatedQueryError(Exception):
    """The query failed in the child; the message says why (already worded for the user)."""


def _child(conn: multiprocessing.connection.Connection, folder: str, sparql: str, params: dict[str, str], tables: bool) -> None:
    from policykg.server.sandbox import forbid_network
    from policykg.store.oxigraph_store import OxigraphStore

    forbid_network()
    try:
        with OxigraphStore(Path(folder), read_only=True) as store:
            reply: tuple[str, object] = ("ok", run_query(store, sparql, params=params, tables=tables))
    except PermissionError as error:
        reply = ("error", f"the query tried to reach the network, which 'policykg query' never does "
                          f"(SERVICE or LOAD): {error}")
    except Exception as error:  # noqa: BLE001 - the parent reports it
        reply = ("error", f"{type(error).__name__}: {error}" if not isinstance(error, (SyntaxError, ValueError, OSError))
                 else str(error))
    try:
        conn.send(reply)
    except (pickle.PicklingError, TypeError) as error:
        conn.send(("error", f"cannot return the answer: {error}"))


def run_isolated(folder: Path, sparql: str, *, params: Mapping[str, str], tables: bool) -> QueryResult:
    """``run_query`` on the store folder, in a network-less child; IsolatedQueryError if it fails."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, str(folder), sparql, dict(params), tables), daemon=True)
    process.start()
    child.close()
    try:
        kind, value = parent.recv()
    except EOFError:
        process.join()
        raise IsolatedQueryError(
            f"the query engine crashed on this query (exit {process.exitcode}); nothing was changed. "
            "Please report the query that caused it"
        ) from None
    finally:
        parent.close()
    process.join()
    if kind == "ok":
        assert isinstance(value, QueryResult)
        return value
    raise IsolatedQueryError(str(value))
