"""Security statements: the measures a policy claims (PIPL art. 51, GB/T 35273-2020 §11).

Anonymising or de-identifying data at the end of its retention period is a retention practice,
not a security measure, so those hits are dropped in retention sentences. A denied measure
("is not encrypted") becomes a NEGATIVE statement.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import analyse
from policykg.ingest.model import Statement, StatementKind

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]

RETENTION_ONLY = frozenset({"anonymisation", "de-identification"})


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """SECURITY statements, one per segment and polarity."""
    analysis = analyse(context)
    for info in analysis.infos:
        hits = info.matches["security_measures"]
        if not hits or info.is_heading:
            continue
        retention = analysis.has("retention", info)
        if retention:
            hits = [m for m in hits if m.key not in RETENTION_ONLY]
        yield from analysis.statements_by_polarity(info, hits, kind=StatementKind.SECURITY, field="security_measures")
