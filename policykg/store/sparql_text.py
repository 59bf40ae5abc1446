"""Small facts about SPARQL text that the stores need before running it.

Both stores run queries over the union of all graphs, but a query that names its own
dataset (``FROM`` / ``FROM NAMED``) must get exactly that dataset: Oxigraph would otherwise
let the union flag override the ``FROM`` clause.
"""
from __future__ import annotations

import re

# One alternation so that strings, IRIs and comments are consumed whole: a "from" inside
# them is not a keyword. Long strings come before short ones.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'
    r"|\#[^\n]*"
    r"|(?P<from>\bFROM\b)",
    re.IGNORECASE | re.DOTALL,
)


def has_dataset_clause(sparql: str) -> bool:
    """True if the query has a ``FROM`` or ``FROM NAMED`` clause (outside strings, IRIs, comments)."""
    return any(match.group("from") for match in _TOKENS.finditer(sparql))
