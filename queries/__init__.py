"""policykg.queries: the catalogue of documented cross-policy SPARQL questions and their runner.

``run(store, "companies-collecting-category", params={"category": "pd/Contact"})`` is the one-line
entry point for notebooks: a pandas DataFrame when pandas is installed, else a QueryResult.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policykg.queries.catalogue import CatalogueQuery
    from policykg.store.base import Store

__all__ = ["run", "to_dataframe"]


def run(store: Store | str | Path | None, query: CatalogueQuery | str, *, params: Mapping[str, str] = {}) -> Any:
    """Run a catalogue query (name or record) or SPARQL text.

    ``store`` is a Store or a location for ``open_store`` (None: the default store). Returns a
    pandas DataFrame (IRIs as strings, numbers as numbers) when pandas is importable, else the
    ``QueryResult``.
    """
    from policykg.queries.runner import run_query
    from policykg.store import Store as StoreClass, open_store

    if isinstance(store, StoreClass):
        result = run_query(store, query, params=params)
    else:
        with open_store(store, read_only=True) as opened:
            result = run_query(opened, query, params=params)
    import importlib.util

    if importlib.util.find_spec("pandas") is None:
        return result
    return to_dataframe(result)


def to_dataframe(result: Any) -> Any:
    """A pandas DataFrame of a QueryResult (raises ImportError naming the extra if pandas is missing)."""
    try:
        import pandas
    except ImportError as error:
        raise ImportError("pandas is not installed: pip install 'policykg[pandas]'") from error
    from rdflib import Literal

    def plain(term: object) -> object:
        if isinstance(term, Literal):
            value = term.toPython()
            return value if isinstance(value, (int, float, bool)) else str(term)
        return None if term is None else str(term)

    return pandas.DataFrame([[plain(t) for t in row] for row in result.rows], columns=list(result.columns))
