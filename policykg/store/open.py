"""Pick the store a location names: a folder (embedded Oxigraph) or a SPARQL endpoint URL."""
from __future__ import annotations

import os
import urllib.parse
from pathlib import Path

from policykg.store.base import Store, StoreError

ENV_STORE = "POLICYKG_STORE"
ENV_UPDATE_URL = "POLICYKG_UPDATE_URL"


def default_location() -> Path:
    """``$POLICYKG_STORE`` if set, else ``store/`` in the user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("policykg")) / "store"


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``location``.

    Args:
        location: a folder (created if missing) for the embedded store; an ``http(s)://`` SPARQL
            query URL (``?update=URL`` names the update endpoint); None for $POLICYKG_STORE or
            the default folder in the user data directory.
        read_only: open the folder read-only (several readers may share it).

    Returns:
        An ``OxigraphStore`` or a ``SparqlStore``; use it as a context manager to close it.

    Example:
        >>> with open_store("http://127.0.0.1:7878/query") as store:  # doctest: +SKIP
        ...     store.ask("ASK { ?s ?p ?o }")
    """
    if location is None or str(location).strip() == "":
        location = os.environ.get(ENV_STORE) or default_location()
    text = str(location).strip()
    scheme = urllib.parse.urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        return _open_remote(text)
    if scheme and len(scheme) > 1 and "://" in text:
        raise StoreError(
            f"--store {text}: unsupported URL scheme {scheme!r}; give a folder path or an http(s):// SPARQL URL"
        )
    from policykg.store.oxigraph_store import OxigraphStore

    return OxigraphStore(Path(text).expanduser(), read_only=read_only)


def endpoints(url: str) -> tuple[str, str | None, str | None]:
    """(query URL, update URL, Graph Store URL) for a SPARQL URL as the user gave it.

    ``.../query`` (Oxigraph) pairs with ``.../update`` and ``.../store``; ``.../sparql`` (Fuseki,
    Virtuoso) takes updates at the same URL; ``?update=URL`` or $POLICYKG_UPDATE_URL override.
    """
    parts = urllib.parse.urlsplit(url)
    if not parts.netloc:
        raise StoreError(f"--store {url}: the URL has no host; write it like http://127.0.0.1:7878/query")
    params = urllib.parse.parse_qs(parts.query)
    explicit = params.pop("update", [None])[0] or os.environ.get(ENV_UPDATE_URL) or None
    query = urllib.parse.urlencode(params, doseq=True)
    query_url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rsplit("/", 1)[0], "", ""))
    graph_store: str | None = None
    if parts.path.endswith("/query"):
        update = base + "/update"
        graph_store = base + "/store"
    else:
        update = query_url
    return query_url, explicit or update, graph_store


def _open_remote(url: str) -> Store:
    from policykg.store.sparql_store import SparqlStore

    query_url, update_url, graph_store_url = endpoints(url)
    return SparqlStore(query_url, update_url=update_url, graph_store_url=graph_store_url)
