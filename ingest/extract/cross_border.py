"""CROSS_BORDER statements: where data is stored and whether it leaves the country.

A sentence counts when it mentions a cross-border transfer ("cross-border", "境外", "xaricdə",
"трансграничн") or states a storage location ("stored within the People's Republic of China",
"存储在中华人民共和国境内"); the location becomes ``storage_location`` (ISO-3166 alpha-2).
Location names per country code are lexicon data, so a new country is a data change.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.model import Span, Statement, StatementKind


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield one CROSS_BORDER statement per sentence about storage location or transfer abroad."""
    cues = cues_for(context.language)
    storage, codes = _compiled(cues)
    for segment in context.segments:
        text = segment.text
        if not cues.passes("cross_border", text.lower()):
            continue
        location = _location(storage, codes, text)
        if location is None and cues.search("cross_border.cue", text) is None:
            continue
        attributes: dict[str, str | int] = {"storage_location": location} if location else {}
        yield Statement(
            kind=StatementKind.CROSS_BORDER,
            span=Span(segment.start, segment.end),
            attributes=attributes,
        )


def _location(
    storage: tuple[re.Pattern[str], ...], codes: tuple[tuple[str, re.Pattern[str]], ...], text: str
) -> str | None:
    for pattern in storage:
        match = pattern.search(text)
        if match is None:
            continue
        place = match.group("loc")
        for code, names in codes:
            if names.fullmatch(place):
                return code
    return None


_CACHE: dict[tuple[str, ...], tuple[tuple[re.Pattern[str], ...], tuple[tuple[str, re.Pattern[str]], ...]]] = {}


def _compiled(cues: Cues) -> tuple[tuple[re.Pattern[str], ...], tuple[tuple[str, re.Pattern[str]], ...]]:
    """Storage patterns with {LOC} filled in, and one name pattern per country code (cached)."""
    if cues.languages in _CACHE:
        return _CACHE[cues.languages]
    locations = cues.table("cross_border.locations")
    codes = tuple(
        (code.upper(), re.compile("|".join(f"(?:{n})" for n in names), re.IGNORECASE))
        for code, names in locations.items()
    )
    every_name = "|".join(f"(?:{n})" for names in locations.values() for n in names)
    storage = tuple(
        re.compile(p.replace("{LOC}", f"(?P<loc>{every_name})"), re.IGNORECASE)
        for p in cues.raw("cross_border.storage")
    )
    _CACHE[cues.languages] = (storage, codes)
    return storage, codes

