"""DATE statements: when the policy says it was last updated or takes effect.

Only dates introduced by a role cue ("Last updated:", "生效日期", "Son yenilənmə", "вступает в
силу", "Última actualización") are kept, so dates of laws, copyright years and examples do not
leak in. Formats come from the lexicons: 2023-11-29, 2023年11月29日, 29 noyabr 2023,
29 ноября 2023 г., November 29, 2023, 29 de noviembre de 2023, 29/11/2023.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.extract.fact_spans import evidence_span
from policykg.ingest.model import Statement, StatementKind

LOOKBACK = 80  # characters before a date searched for its role cue
LOOKAHEAD = 16  # characters after it, for "2023年11月29日起生效"
ROLES = ("last_updated", "effective")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
YEAR_BEFORE, YEAR_AFTER = 32, 12


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    iso: str


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield one DATE statement per dated role cue."""
    cues = cues_for(context.language)
    text = context.document.text
    found = find_dates(cues, text)
    for position, date in enumerate(found):
        previous_end = found[position - 1].end if position else 0
        window_start = max(previous_end, date.start - LOOKBACK)
        role, cue_start = _role(cues, text, window_start, date)
        if role is None:
            continue
        yield Statement(
            kind=StatementKind.DATE,
            span=evidence_span(context.segments, min(cue_start, date.start), date.end),
            attributes={"date": date.iso, "date_role": role},
        )


def find_dates(cues: Cues, text: str) -> list[FoundDate]:
    """Every valid date in ``text`` in document order (overlapping readings dropped)."""
    months = cues.table("dates.months")
    hits: list[FoundDate] = []
    for low, high in _year_windows(text):
        for pattern in cues.patterns("dates.formats"):
            for match in pattern.finditer(text, low, high):
                iso = _iso(match, months)
                if iso is not None:
                    hits.append(FoundDate(match.start(), match.end(), iso))
    hits.sort(key=lambda d: (d.start, -d.end))
    kept: list[FoundDate] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Merged windows around four-digit years: every date format contains one, and scanning
    only there keeps the month-name formats from running over the whole text."""
    windows: list[tuple[int, int]] = []
    for match in YEAR.finditer(text):
        low, high = max(0, match.start() - YEAR_BEFORE), min(len(text), match.end() + YEAR_AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _iso(match: re.Match[str], months: dict[str, int]) -> str | None:
    groups = match.groupdict()
    try:
        year, day = int(groups["y"]), int(groups["d"])
        if groups.get("mon"):
            month = months.get(groups["mon"].lower().rstrip("."))
            if month is None:
                return None
        else:
            month = int(groups["m"])
            if month > 12 and day <= 12:  # 11/29/2023 written month first
                month, day = day, month
        return dt.date(year, int(month), day).isoformat()
    except (KeyError, TypeError, ValueError):
        return None


def _role(cues: Cues, text: str, window_start: int, date: FoundDate) -> tuple[str | None, int]:
    before = text[window_start : date.start]
    after = text[date.end : date.end + LOOKAHEAD].split("\n", 1)[0]
    for role in ROLES:
        if cues.search(f"dates.{role}_after", after):
            return role, date.start
    best: tuple[int, str] | None = None  # the cue closest to the date wins
    for role in ROLES:
        pattern = cues.pattern(f"dates.{role}")
        if pattern is None:
            continue
        for match in pattern.finditer(before):
            if best is None or match.start() > best[0]:
                best = (match.start(), role)
    if best is None:
        return None, date.start
    return best[1], window_start + best[0]
