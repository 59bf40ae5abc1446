"""Collection and use statements: which data categories the policy collects, and for what.

A data category counts as collected only where the text says so: a collection cue in the
sentence or item (or in the sentence introducing its list), or a collection section heading
above it. Categories named while sharing, securing or granting rights are not collection, and
cases of a disclosure list (see ``conditions``) are never practices. A denial in the clause
("we do not collect ...", "我们不会收集...") flips polarity to NEGATIVE instead of dropping the fact.

Purposes found in a collection sentence ride on its COLLECTION statement; elsewhere they form
USE statements where a purpose frame or a collection/use section makes them purposes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.conditions import condition_items
from policykg.ingest.extract.cues import Analysis, SegmentInfo, analyse, fold
from policykg.ingest.model import Polarity, SegmentKind, Span, Statement, StatementKind
from policykg.ingest.vocabulary import Match

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]

# sections whose sentences describe something other than collection or use
_ELSEWHERE = frozenset({"sharing", "security", "rights", "contact", "changes"})
# sections whose sentences give no purposes (sharing ones do: "to deliver your order")
_NO_PURPOSES = frozenset({"security", "rights", "contact", "changes"})
_PURPOSE_SECTIONS = frozenset({"collection", "use", "tracking"})


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """COLLECTION and USE statements, one per segment and polarity."""
    analysis = analyse(context)
    cases = condition_items(analysis)
    for info in analysis.infos:
        if info.is_heading or info.segment.index in cases:
            continue
        categories = _named_as_data(analysis, info)
        purposes = _purposes(analysis, info) if _purposeful(analysis, info) else ()
        if categories and _collects(analysis, info):
            yield from _statements(analysis, info, StatementKind.COLLECTION, categories, purposes)
        elif purposes:
            yield from _statements(analysis, info, StatementKind.USE, (), purposes)


def _collects(analysis: Analysis, info: SegmentInfo) -> bool:
    intro = analysis.info(info.intro) if info.intro is not None else None
    if intro is not None and analysis.has("definition", intro) and not analysis.has("collect", info):
        return False  # the items of a definition's list are its examples
    previous = analysis.info(info.segment.index - 1)
    if previous is not None and _CONTINUES.match(info.segment.text) and analysis.has("definition", previous):
        return False  # "…是指…。包括…" goes on with the definition
    if analysis.has("collect", info):
        return not (analysis.has("share", info) and "collection" not in info.sections)
    if (previous is not None and _CONTINUES.match(info.segment.text) and not analysis.has("share", info)
            and analysis.has("collect", previous) and not analysis.has("share", previous)):
        return True  # "…我们会收集您的个人信息。包括您的姓名…" goes on with the collection
    if analysis.has("share", info):
        return False
    if intro is not None and analysis.has("collect", intro) and not analysis.has("share", intro):
        return True
    return "collection" in info.sections and not (info.sections & _ELSEWHERE)


# data categories a person is reached at: named as a channel or filled in, they are no collected data
_CONTACT_KEYS = frozenset({"EmailAddress", "TelephoneNumber", "PhysicalAddress", "PostalCode", "Contact"})
_CREDENTIAL_KEYS = frozenset({"Password", "PINCode", "Username", "Authenticating"})
# "Email: privacy@x.com", "地址：北京市…路1号", "邮编：100010", "电话：400-…": a label with its value is
# the publisher's own contact point (the value is an address, a number or an e-mail, not a data kind)
_FILLED_IN = re.compile(
    # an e-mail address or a number right after the label, with or without a colon or bracket
    r"\s*(?:[:：]\s*)?[（(\[]?\s*(?:[\w.+-]+@[\w-]+\.|\+?\d[\d\s()（）-]{5,})"
    # a street address, or nothing (the value on the next line), after a colon
    r"|\s*[:：]\s*(?:[^\n，。；,;]{0,24}?(?:省|市|区|县|路|街|号|楼|室|大厦|大道|"
    r"\b(?:street|st\.|road|avenue|floor|suite)\b)|$)",
    re.IGNORECASE | re.MULTILINE,
)


# "相册权限", "位置（GPS/网格）权限": the name of a device permission, not the data behind it
_PERMISSION = re.compile(r"\s*(?:[（(][^)）]{0,16}[)）])?\s*权限")


def _named_as_data(analysis: Analysis, info: SegmentInfo) -> tuple[Match, ...]:
    """Category hits that name data, not a contact channel, a filled-in contact point or, in an
    account-safety clause, the account whose name and password the user must keep safe."""
    hits = info.matches["data_categories"]
    if not hits:
        return hits
    text = analysis.text
    contact_hits = [m for m in hits if m.key in _CONTACT_KEYS]
    channels: list[tuple[int, int]] = []
    if contact_hits and analysis.has("channel", info):
        channels = analysis.cue_spans("channel", info)
    # sentences that define a term ("personal information means ... such as ...") or state terms of
    # service ("content you post is licensed to us", "accounts in breach are suspended") collect nothing
    void = [(a, b) for cue in ("definition", "terms") if analysis.has(cue, info)
            for a, b in _sentences(info) if any(a <= c < b for c, _ in analysis.cue_spans(cue, info))]
    unsafe: list[tuple[int, int]] = []  # sentences of the segment that tell the user to keep the account safe
    if any(m.key in _CREDENTIAL_KEYS for m in hits) and analysis.has("safekeeping", info):
        cues = analysis.cue_spans("safekeeping", info)
        unsafe = [(a, b) for a, b in _sentences(info) if any(a <= c < b for c, _ in cues)]
    kept = []
    for m in hits:
        if _PERMISSION.match(text, m.end, info.segment.end) or any(a <= m.start < b for a, b in void):
            continue
        if m.key in _CONTACT_KEYS and (
            _FILLED_IN.match(text, m.end, info.segment.end)
            or any(a <= m.start and m.end <= b for a, b in channels)
        ):
            continue
        if m.key in _CREDENTIAL_KEYS and any(a <= m.start < b for a, b in unsafe):
            continue
        kept.append(m)
    return tuple(kept) if len(kept) != len(hits) else hits


# a sentence that only goes on with the one before: "包括…", "例如…", "such as …"
_CONTINUES = re.compile(r"^[\W_]{0,4}(?:包括|包含|例如|比如|如|其中|such as|including|for example)", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[。！？!?；;]|\.(?:\s|$)")


def _sentences(info: SegmentInfo) -> list[tuple[int, int]]:
    """Document spans of the sentences inside a segment (a heading or item may hold several)."""
    base, text = info.segment.start, info.segment.text
    bounds = [0] + [m.end() for m in _SENTENCE_STOP.finditer(text)] + [len(text)]
    return [(base + a, base + b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _purposeful(analysis: Analysis, info: SegmentInfo) -> bool:
    if info.sections & _PURPOSE_SECTIONS:
        return True
    if info.sections & _NO_PURPOSES:
        return False
    # list items are mostly "to ..." purposes whose frame sits in the intro
    return info.segment.kind is SegmentKind.ITEM or analysis.has("use", info)


def _purposes(analysis: Analysis, info: SegmentInfo) -> tuple[Match, ...]:
    """Purpose hits that are not the name of a measure ("access control") or a disclosure case."""
    others = info.matches["security_measures"]
    if "sharing" in info.sections or analysis.has("share", info):
        others += info.matches["disclosure_conditions"]
    return tuple(
        m for m in info.matches["purposes"]
        if not any(x.start < m.end and m.start < x.end for x in others)
    )


def _statements(
    analysis: Analysis,
    info: SegmentInfo,
    kind: StatementKind,
    categories: tuple[Match, ...],
    purposes: tuple[Match, ...],
) -> Iterator[Statement]:
    """Split hits by clause polarity; one statement per polarity present."""
    intro_negative = _intro_denies(analysis, info)
    by_polarity: dict[Polarity, tuple[list[str], list[str]]] = {}
    negative = False
    for start, end in analysis.clauses(info.segment):
        # a list after a colon belongs to the clause that announced it: "我们不会收集以下信息：…"
        announced = negative and analysis.text[start] in ":："
        clause = _without_if_clauses(analysis, analysis.text[start:end])
        negative = intro_negative or announced or (
            analysis.lexicon.has("negation", clause) and not analysis.lexicon.has("exception", clause)
        )
        polarity = Polarity.NEGATIVE if negative else Polarity.AFFIRMATIVE
        cats = [m.key for m in categories if start <= m.start < end]
        purps = [m.key for m in purposes if start <= m.start < end]
        if cats or purps:
            bucket = by_polarity.setdefault(polarity, ([], []))
            bucket[0].extend(cats)
            bucket[1].extend(purps)
    for polarity, (cats, purps) in by_polarity.items():
        values: dict[str, tuple[str, ...]] = {}
        if cats:
            values["data_categories"] = tuple(dict.fromkeys(cats))  # gold lists broad and narrow alike
        if purps:
            values["purposes"] = tuple(dict.fromkeys(purps))
        statement_kind = kind if cats or kind is StatementKind.USE else StatementKind.USE
        yield Statement(
            kind=statement_kind,
            span=Span(info.segment.start, info.segment.end),
            polarity=polarity,
            values=values,
        )


def _without_if_clauses(analysis: Analysis, clause: str) -> str:
    """The clause with its negative if-clauses blanked: "如果您不使用…，" denies nothing else."""
    pattern = analysis.lexicon.cues.get("hypothetical")
    if pattern is None:
        return clause
    folded = clause if pattern.flags & re.IGNORECASE else fold(clause)
    if pattern.search(folded) is None:
        return clause
    return pattern.sub(lambda m: " " * len(m.group(0)), folded)


def _intro_denies(analysis: Analysis, info: SegmentInfo) -> bool:
    """Items of "we will not collect the following:" inherit the denial."""
    if info.segment.kind is not SegmentKind.ITEM or info.intro is None:
        return False
    intro = analysis.info(info.intro)
    if intro is None:
        return False
    if analysis.has("collect", info):
        return False  # the item says for itself what happens
    return analysis.has("negation", intro) and analysis.has("collect", intro) and not analysis.has("exception", intro)
