"""Tracking statements: cookies, web beacons, SDKs, fingerprinting, local storage.

Any sentence naming a tracking technology is a statement about it; a denial in its clause
("we do not use cookies") makes it NEGATIVE. The ``cookies`` boolean of policy-facts/1 is an
affirmative tracking statement with ``cookies``.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import analyse
from policykg.ingest.model import Polarity, Span, Statement, StatementKind

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """TRACKING statements, one per segment and polarity."""
    analysis = analyse(context)
    for info in analysis.infos:
        hits = info.matches["tracking"]
        if not hits:
            continue
        by_polarity: dict[Polarity, list[str]] = {}
        for start, end in analysis.clauses(info.segment):
            keys = [m.key for m in hits if start <= m.start < end]
            if keys:
                negative = not info.is_heading and analysis.negated(start, end) and not (
                    analysis.lexicon.has("exception", analysis.text[start:end])
                )
                by_polarity.setdefault(Polarity.NEGATIVE if negative else Polarity.AFFIRMATIVE, []).extend(keys)
        for polarity, keys in by_polarity.items():
            yield Statement(
                kind=StatementKind.TRACKING,
                span=Span(info.segment.start, info.segment.end),
                polarity=polarity,
                values={"tracking": tuple(dict.fromkeys(keys))},
            )
