"""MINORS statements: what the policy says about children, with the age threshold it states.

A sentence counts when it names children/minors in the document's language ("children",
"未成年人", "不满十四周岁", "uşaq", "несовершеннолетних", "menores"); an age between 10 and 21 in
the same sentence becomes ``age`` ("under 14" -> 14, "十四周岁" -> 14, "14 yaşından" -> 14).
A section title ("7. Children") or its entry in a contents list is never the evidence: the first sentence under it carries the
fact, because what follows such a title is about children even when it only says "anyone under 13".
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.cues import first_under, is_title
from policykg.ingest.extract.fact_cues import Cues, cues_for, number_value
from policykg.ingest.extract.toc import toc_entries
from policykg.ingest.model import Span, Statement, StatementKind

MIN_AGE, MAX_AGE = 10, 21


_EMPHASIS_MARKS = re.compile(r"[*_]+")


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield one MINORS statement per sentence about children or minors."""
    cues = cues_for(context.language)
    quoted: set[int] = set()
    for segment in context.segments:
        if segment.index in quoted:
            continue
        if not cues.passes("minors", segment.text.lower()) or cues.search("minors.cue", segment.text) is None:
            continue  # the cheap gate first: most segments fail it
        if segment.index in toc_entries(context.segments):
            continue  # a contents entry ("6. Children's privacy") names the section; the section says it
        age = age_threshold(cues, segment.text)
        if is_title(segment):
            evidence = first_under(context.segments, segment)
            if evidence is None:
                continue
            quoted.add(evidence.index)
            age = age_threshold(cues, evidence.text) or age
            segment = evidence
        yield Statement(
            kind=StatementKind.MINORS,
            span=Span(segment.start, segment.end),
            attributes={"age": age} if age is not None else {},
        )


def age_threshold(cues: Cues, text: str) -> int | None:
    """The lowest plausible age stated in ``text`` (the children's threshold beside an adult one)."""
    found: list[int] = []
    if "*" in text or "_" in text:
        # markdown emphasis split inside the phrase ("如果您是14_** ** _周岁以下", "under the age of **13**"):
        # the marks are layout, not words, and must not stand between the number and its unit
        text = _EMPHASIS_MARKS.sub("", text)
    for pattern in cues.patterns("minors.age"):
        for match in pattern.finditer(text):
            value = number_value(cues, match.group("age"))
            if value is not None and MIN_AGE <= value <= MAX_AGE:
                found.append(value)
    return min(found) if found else None
