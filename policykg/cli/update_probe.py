"""Ask a SPARQL server whether it takes updates before spending time on work that must write.

A server that refuses updates (read-only, or no token) used to be found out only at the end,
when a large update was cut off with a vague connection error. An empty ``INSERT DATA {}`` is a
valid update that changes nothing: the server's answer to it says at once whether writes will go
through.
"""
from __future__ import annotations

from policykg.cli.common import InputProblem
from policykg.store import StoreError
from policykg.store.sparql_store import SparqlStore

__all__ = ["ensure_updates_accepted"]

NO_OP_UPDATE = "INSERT DATA { }"


def ensure_updates_accepted(store: SparqlStore) -> None:
    """Raise InputProblem (exit 2) naming what to do when ``store`` will not accept updates."""
    try:
        store.update(NO_OP_UPDATE)
    except StoreError as error:
        reason = str(error)
        if store.update_url is None:
            raise InputProblem(reason) from error
        advice = ("pass a token with POLICYKG_TOKEN" if not store.token
                  else "check POLICYKG_TOKEN: it is not the token the server was started with")
        raise InputProblem(f"{store.update_url}: this server refuses updates: {advice} ({reason})") from error
