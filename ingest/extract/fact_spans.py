"""Evidence helpers shared by the scalar-fact extractors: from a text offset to the segment quoted.

Statements quote the sentence or list item a fact came from; when the segmenter left an offset
uncovered (e.g. a stray line), the match itself is quoted so the evidence is always real text.
"""
from __future__ import annotations

from bisect import bisect_right

from policykg.ingest.model import Segment, Span


def segment_index_at(segments: tuple[Segment, ...], offset: int) -> int | None:
    """Index (in ``segments``) of the segment covering ``offset``, or None."""
    starts = [s.start for s in segments]
    position = bisect_right(starts, offset) - 1
    if position >= 0 and segments[position].start <= offset < segments[position].end:
        return position
    return None


def evidence_span(segments: tuple[Segment, ...], start: int, end: int) -> Span:
    """The span of the segments covering ``start``..``end`` (the match itself when uncovered)."""
    first = segment_index_at(segments, start)
    last = segment_index_at(segments, max(start, end - 1))
    if first is None or last is None:
        return Span(start, end)
    return Span(min(segments[first].start, start), max(segments[last].end, end))

