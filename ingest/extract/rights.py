"""Right statements: the data-subject rights a policy grants or describes.

A right counts where the text addresses the person ("you may ...", "you can ask us to ...",
"您有权...") or sits in a rights section; "we delete data after the retention period" is
retention, not the right to erasure. Matching comes from the ``pkv:right`` vocabulary (PIPL arts.
44-50, GB/T 35273-2020 §8). Short numbered lines under a rights heading ("1. Отозвать согласие",
"2. 删除您的个人信息") are list entries of that section even when the segmenter took them for
headings of their own.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import Analysis, SegmentInfo, analyse, first_under
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.model import SegmentKind, Span, Statement, StatementKind
from policykg.ingest.vocabulary import Match

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]

# the person lets someone reach data ("you may grant access to your e-mail address, or to your account on a
# social network"): a permission the person gives, not the right of access; "we grant you access" is one
_USER_GRANTS = re.compile(r"\byou\s+(?:\w+\s+){0,2}?(?:grant|give|allow|permit)\w*\s+(?:us\s+|them\s+|it\s+)?access\b",
                          re.IGNORECASE)
# a list marker at the start of a line: "1.", "2)", "(3)", "（四）", "-", "•", "a)"
_MARKED = re.compile(r"^\s*(?:[•·\-*●▪◆■–—]|[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-z])\s*[.)）、．])\s*\S")


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """One RIGHT statement per segment that names rights."""
    analysis = analyse(context)
    for info in analysis.infos:
        hits = info.matches["rights"]
        if hits and any(m.key == "access" for m in hits) and "grant" in info.segment.text.lower():
            hits = [m for m in hits if not (m.key == "access" and _USER_GRANTS.search(
                analysis.text, max(info.segment.start, m.start - 40), m.start + 7))]
        if hits and info.matches["security_measures"]:
            hits = _outside_measures(hits, info.matches["security_measures"])
        if info.segment.kind is SegmentKind.ITEM and "rights" in info.sections:
            hits = list(hits) + _bare_rights(cues_for(context.language), info)
        if not hits:
            continue
        in_section = "rights" in info.sections or _listed_under_rights(analysis, info)
        if info.is_heading and not in_section:
            continue
        if not (in_section or analysis.has("subject", info) or _intro_addresses_the_person(analysis, info)):
            continue
        evidence = info.segment
        if info.is_heading:
            # "Access to your information", "4.1 访问您的个人信息": a title names the right, the first
            # sentence of its section is the quote; a run of short marked lines is a list, each its own
            under = first_under(context.segments, evidence)
            if under is not None:
                evidence = under
            elif not _MARKED.match(evidence.text):
                continue
        yield Statement(
            kind=StatementKind.RIGHT,
            span=Span(evidence.start, evidence.end),
            values={"rights": tuple(dict.fromkeys(m.key for m in hits))},
        )


def _outside_measures(hits: tuple[Match, ...] | list[Match], measures: tuple[Match, ...]) -> list[Match]:
    """Rights words inside the name of a security measure name the measure: "giriş hüquqlarının
    məhdudlaşdırılması", "ограничение прав доступа" (restricting staff access rights) is access control,
    not the person's right to restrict processing."""
    return [m for m in hits if not any(s.start <= m.start < s.end for s in measures)]


_BARE_RIGHTS = (("access", "access"), ("rectification", "rectification"), ("erasure", "erasure"),
                ("restrict_or_object", "restrict-or-object"), ("portability", "portability"),
                ("complaint_to_authority", "complaint-to-authority"))


def _bare_rights(cues: Cues, info: SegmentInfo) -> list[Match]:
    """Rights named by a bare noun opening a list entry of a rights section ("• correction", "• erasure, where we no
    longer need the data"): the heading says they are the person's rights, the entry only which one. Only ITEMs in a
    rights section are asked, so "access" elsewhere ("access to our site") stays no right."""
    found = []
    for cue, key in _BARE_RIGHTS:
        if cues.search(f"rights_bare.{cue}", info.segment.text) is not None:
            found.append(Match(key, info.segment.start, info.segment.end))
    return found


def _intro_addresses_the_person(analysis: Analysis, info: SegmentInfo) -> bool:
    """An item of a list whose intro grants rights ("El titular tiene derecho a: ...; presentar quejas
    ante la Superintendencia; ..."): the intro's subject governs its items."""
    if info.intro is None:
        return False
    intro = analysis.info(info.intro)
    return intro is not None and analysis.has("subject", intro)


def _listed_under_rights(analysis: Analysis, info: SegmentInfo) -> bool:
    """A marked line taken for a heading, in a run of such lines right below a rights heading."""
    if info.segment.kind is not SegmentKind.HEADING or not _MARKED.match(info.segment.text):
        return False
    index = info.segment.index - 1
    while index >= 0:
        previous = analysis.infos[index]
        if previous.segment.kind is not SegmentKind.HEADING:
            return False
        if not _MARKED.match(previous.segment.text):
            return "rights" in previous.sections
        index -= 1
    return False
