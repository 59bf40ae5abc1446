"""Law citations: the laws and standards a policy names (policy-facts/1 law keys).

Law keys are not SKOS concepts, so their name patterns live in the cue lexicons
(``[laws]`` of ``lexicon/practices/{lang}.toml``). GB/T 35273 is keyed by the edition year written
next to it; the edition-less key is kept only when no edition is named anywhere in the document.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import analyse, might_cite
from policykg.ingest.model import Span, Statement, StatementKind

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract", "GENERIC_EDITIONS"]

OTHER = "other"  # a named law outside the list: only where no listed law's name overlaps it

# an edition-less key and the prefix of its edition keys
GENERIC_EDITIONS = {"CN-GBT35273": "CN-GBT35273-"}


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """One LAW_CITATION statement per segment that names laws."""
    analysis = analyse(context)
    infos = analysis.infos
    starts = [info.segment.start for info in infos]
    spans_by_segment: dict[int, list[tuple[str, int, int]]] = {}
    folded = analysis.text.replace("İ", "i").lower()
    for key, pattern, literals, ways in analysis.lexicon.laws:  # whole text once per law, hits bucketed
        if not might_cite(literals, ways, folded):
            continue
        for m in pattern.finditer(analysis.text):
            n = bisect.bisect_right(starts, m.start()) - 1
            if n >= 0 and m.end() <= infos[n].segment.end:
                spans_by_segment.setdefault(n, []).append((key, m.start(), m.end()))
    found = [(n, _keys(spans)) for n, spans in sorted(spans_by_segment.items())]
    every = {key for _, keys in found for key in keys}
    drop = {generic for generic, prefix in GENERIC_EDITIONS.items() if any(k.startswith(prefix) for k in every)}
    for n, keys in found:
        kept = [k for k in keys if k not in drop]
        if kept:
            segment = analysis.infos[n].segment
            yield Statement(
                kind=StatementKind.LAW_CITATION,
                span=Span(segment.start, segment.end),
                values={"laws_cited": tuple(kept)},
            )


def _keys(spans: list[tuple[str, int, int]]) -> list[str]:
    """Law keys of one segment; an ``other`` hit overlapping a listed law's name is that law."""
    named = [(a, b) for key, a, b in spans if key != OTHER]
    keys: list[str] = []
    for key, a, b in spans:
        if key == OTHER and any(a < y and x < b for x, y in named):
            continue
        if key not in keys:
            keys.append(key)
    return keys
