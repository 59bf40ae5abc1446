"""Table-of-contents entries: lines that only repeat a heading found later in the document.

A policy's contents list ("1. How we share your information", "三、我们如何共享、转让、公开披露您的
个人信息") names topics, it states nothing; a fact drawn from it (sharing, selling, a security
measure) would cite a title as its evidence. An entry is recognised by its text: after dropping
the numbering, list marks, markdown and page numbers, it equals the text of a heading further down.
"""
from __future__ import annotations

from collections.abc import Sequence

from policykg.ingest.model import Segment, SegmentKind

# numbering and marks around a title ("1.", "(3)", "一、", "•", "#", "**", "...... 12"); stripped as
# characters (str methods, not regexes: every short line of every policy is normalised), the same
# way on both sides of the comparison, so a title that itself starts with such a character still matches
_LEAD = " \t#*_>•·-–—0123456789.．、:：()（）[]【】ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ一二三四五六七八九十第条章节"
_TRAIL = " \t.·…_*#:：0123456789"
MAX_ENTRY = 120  # longer lines are sentences, not titles
MIN_RUN = 2  # entries in a row that make a contents list
MIN_TITLE = 4  # shorter titles ("概述", "Intro") are too common to call an entry by their text alone


def _title(text: str) -> str:
    return " ".join(text.strip(_TRAIL).lstrip(_LEAD).split()).casefold()


def toc_entries(segments: Sequence[Segment]) -> frozenset[int]:
    """Indices of the segments in runs that repeat the texts of later headings (a contents list).

    Three extractors ask for the same document in a row: the answer for the last one is kept."""
    global _LAST
    if _LAST is not None and _LAST[0] is segments:
        return _LAST[1]
    found = _toc_entries(segments)
    _LAST = (segments, found)
    return found


_LAST: tuple[Sequence[Segment], frozenset[int]] | None = None


def _toc_entries(segments: Sequence[Segment]) -> frozenset[int]:
    last_heading: dict[str, int] = {}
    longest = 0
    for position, segment in enumerate(segments):
        if segment.kind is SegmentKind.HEADING and len(segment.text) <= MAX_ENTRY:
            title = _title(segment.text)
            if len(title) >= MIN_TITLE:
                last_heading[title] = position
                longest = max(longest, len(segment.text))
    if not last_heading:
        return frozenset()
    # a contents list is a run of such lines; a lone heading repeated further down (a page printed
    # twice, a navigation bar) is still the heading of its own section
    limit = longest + 16  # numbering, marks and a page number around the title
    latest = max(last_heading.values())  # no line at or after the last heading can repeat a later one
    entries: set[int] = set()
    run: list[int] = []
    for position, segment in enumerate([*segments, None]):
        flag = False
        if segment is not None and position < latest and len(segment.text) <= limit:
            title = _title(segment.text)
            flag = len(title) >= MIN_TITLE and last_heading.get(title, -1) > position
        if flag:
            run.append(position)
            continue
        if len(run) >= MIN_RUN:
            entries.update(segments[p].index for p in run)
        run = []
    return frozenset(entries)
