"""Small facts about SPARQL text that the stores need before running it.

Both stores run queries over the union of all graphs, but a query that names its own
dataset (``FROM`` / ``FROM NAMED``) must get exactly that dataset: Oxigraph would otherwise
let the union flag override the ``FROM`` clause.
"""
from __future__ import annotations

from policykg.sparql_keywords import keywords_in

_FROM = frozenset({"FROM"})


def has_dataset_clause(sparql: str) -> bool:
    """True if the query has a ``FROM`` or ``FROM NAMED`` clause (outside strings, IRIs, comments, names)."""
    return bool(keywords_in(sparql, _FROM))
