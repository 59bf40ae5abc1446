"""Right statements: the data-subject rights a policy grants or describes.

A right counts where the text addresses the person ("you may ...", "您有权...") or sits in a
rights section; "we delete data after the retention period" is retention, not the right to
erasure. Matching comes from the ``pkv:right`` vocabulary (PIPL arts. 44-50, GB/T 35273-2020 §8).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import analyse
from policykg.ingest.model import Span, Statement, StatementKind

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """One RIGHT statement per segment that names rights."""
    analysis = analyse(context)
    for info in analysis.infos:
        hits = info.matches["rights"]
        if not hits or info.is_heading and "rights" not in info.sections:
            continue
        if not ("rights" in info.sections or analysis.has("subject", info)):
            continue
        yield Statement(
            kind=StatementKind.RIGHT,
            span=Span(info.segment.start, info.segment.end),
            values={"rights": tuple(dict.fromkeys(m.key for m in hits))},
        )
