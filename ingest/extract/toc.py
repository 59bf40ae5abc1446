"""Table-of-contents entries: lines that only repeat a heading found later in the document.

A policy's contents list ("1. How we share your information", "三、我们如何共享、转让、公开披露您的
个人信息") names topics, it states nothing; a fact drawn from it (sharing, selling, a security
measure) would cite a title as its evidence. An entry is recognised by its text: after dropping
the numbering, list marks, markdown and page numbers, it equals the text of a heading further down.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from policykg.ingest.model import Segment, SegmentKind

# numbering and marks around a title: "1.", "1.2", "(3)", "一、", "第三条", "•", "#", "**", "...... 12"
_MARKS = re.compile(
    r"^[\s#*_>•·\-–—]*(?:第[一二三四五六七八九十百\d]+[条章节部分]|[(（]?[\dⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ一二三四五六七八九十]{1,3}[)）.、．:：]?(?:\d{1,2}[.．])*)?"
)
_TAIL = re.compile(r"[\s.·…_*#]*\d{0,3}\s*$")
_SPACE = re.compile(r"[\s*_#]+")
MIN_RUN = 2  # entries in a row that make a contents list
MIN_TITLE = 4  # shorter titles ("概述", "Intro") are too common to call an entry by their text alone


def _title(text: str) -> str:
    core = _TAIL.sub("", _MARKS.sub("", text, count=1))
    return _SPACE.sub(" ", core).strip(" :：").casefold()


def toc_entries(segments: Sequence[Segment]) -> frozenset[int]:
    """Indices of the segments in runs that repeat the texts of later headings (a contents list)."""
    last_heading: dict[str, int] = {}
    titles: list[str] = []
    for position, segment in enumerate(segments):
        title = _title(segment.text)
        titles.append(title)
        if segment.kind is SegmentKind.HEADING and len(title) >= MIN_TITLE:
            last_heading[title] = position
    # a contents list is a run of such lines; a lone heading repeated further down (a page printed
    # twice, a navigation bar) is still the heading of its own section
    flagged = [len(title) >= MIN_TITLE and last_heading.get(title, -1) > position for position, title in enumerate(titles)]
    entries: set[int] = set()
    run: list[int] = []
    for position, flag in enumerate([*flagged, False]):
        if flag:
            run.append(position)
            continue
        if len(run) >= MIN_RUN:
            entries.update(segments[p].index for p in run)
        run = []
    return frozenset(entries)
