"""DATE statements: when the policy says it was last updated or takes effect.

Only dates introduced by a role cue ("Last updated:", "生效日期", "Son yenilənmə", "вступает в
силу", "Última actualización") or followed by one ("于2021年1月1日发布并同时生效") are kept, so
dates of laws, copyright years and examples do not leak in; a date followed by its cue whose
sentence is about a law or standard ("《某某法》于…发布") is a law's date, not the policy's.
Formats come from the lexicons: 2023-11-29, 2023年11月29日, 29 noyabr 2023, 29 ноября 2023 г.,
November 29, 2023, 06 16, 2022, 29 de noviembre de 2023, 29/11/2023. A month without a day
("最后修订时间：2018年9月", "Last updated: June 2019") is kept as the month's first day with
``date_precision`` "month", so a reader of the graph knows the day was not stated.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.cues import table_cells
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.extract.fact_spans import evidence_span
from policykg.ingest.model import Statement, StatementKind

LOOKBACK = 80  # characters before a date searched for its role cue
# characters after it, for "2023年11月29日起生效", "2022-03-01 tarixindən etibarən qüvvəyə",
# "12.03.2024-cü il tarixli 07/24 nömrəli qərarı ilə təsdiq edilmişdir" (every *_after cue is anchored)
LOOKAHEAD = 72
ROLES = ("last_updated", "effective")
HISTORY = "history"  # date_source of a date in a version table (a change log)
# a version column or number in a table ("Version", "Versión", "Versiya", "Редакция", "版本", "v2.0", "V5.2")
VERSION = re.compile(r"(?i:\bversi(?:on|ón|ya|yası)\b|\bредакци|\bверси)|版本|\b[vV]\d+(?:\.\d+)*\b")
HEAD_CHARS = 400  # a date alone on a line this near the top is the policy's version date
LAW_LOOKBACK = 120  # characters before a date's cue searched for the law it may belong to
# the lookahead is implied by the pattern: the engine skips other characters before the lookbehind
YEAR = re.compile(r"(?=[12])(?<!\d)(?:19|20)\d{2}(?!\d)")
# after the year: "2023-cü ilin 15 sentyabrı" (Azerbaijani writes the year first) needs 24
YEAR_BEFORE, YEAR_AFTER = 32, 24


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    iso: str
    precision: str = "day"  # "month" when the text names no day


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield one DATE statement per dated role cue."""
    cues = cues_for(context.language)
    text = context.document.text
    found = find_dates(cues, text)
    previous_role: str | None = None
    previous_cue = 0
    for position, date in enumerate(found):
        previous_end = found[position - 1].end if position else 0
        window_start = max(previous_end, date.start - LOOKBACK)
        role, cue_start = _role(cues, text, window_start, date)
        if role is None and previous_role is not None and _listed_after(text, previous_end, date.start):
            role, cue_start = previous_role, previous_cue  # "Revised: September 23, 2013; October 2, 2022"
        if role is None and (_heads_the_policy(cues, text, date) or _dateline(cues, text, date)):
            role, cue_start = "last_updated", date.start
        if role is None and _version_log(text, found, date):  # read only when nothing else dates the text
            role, cue_start = "last_updated", date.start
        previous_role, previous_cue = role, cue_start
        if role is None or _about_a_law(cues, text[max(0, cue_start - LAW_LOOKBACK) : cue_start]):
            continue
        attributes: dict[str, str | int] = {"date": date.iso, "date_role": role}
        if date.precision != "day":
            attributes["date_precision"] = date.precision
        if _in_history_table(text, found, date):
            attributes["date_source"] = HISTORY
        yield Statement(
            kind=StatementKind.DATE,
            span=evidence_span(context.segments, min(cue_start, date.start), date.end),
            attributes=attributes,
        )


def stated_date(statements: Iterable[Statement]) -> str | None:
    """The policy's version date from its DATE statements: the latest last-updated date, else the latest
    effective date. Dates in a version table (a change log) are history: the policy's own dateline outranks
    them ("更新日期：2024年3月 / 生效日期：2024年3月18日" over the log's "V5.2 | 2024年3月11日"). A month-only
    update date ("更新时间：2022年3月", read as the 1st) gives way to a day-dated effective date of the same
    month ("生效日期：2022年3月15日"): both name one version, and only the second states the day."""
    dates: dict[str, str] = {}
    month_only: set[str] = set()
    dated = [s for s in statements if s.kind is StatementKind.DATE and "date" in s.attributes]
    stated = [s for s in dated if s.attributes.get("date_source") != HISTORY]
    for statement in stated or dated:  # a version table is read only when the text dates itself nowhere else
        role = str(statement.attributes.get("date_role", "last_updated"))
        date = str(statement.attributes["date"])
        if statement.attributes.get("date_precision", "day") != "day":
            month_only.add(date)
        if date > dates.get(role, ""):
            dates[role] = date
    chosen = dates.get("last_updated") or dates.get("effective")
    effective = dates.get("effective")
    if chosen and chosen in month_only and effective and effective not in month_only and effective[:7] == chosen[:7]:
        return effective
    return chosen


def _history_table(text: str, found: list[FoundDate], date: FoundDate) -> tuple[int, int] | None:
    """The table (start, end) when the date is in a version table: a row of a table whose other rows are dated too
    ("V5.1 | 2023年8月2日 | 新增小程序", "3 | 12.01.2021 | …"); None otherwise. A one-row table of the
    document's details is no history."""
    start, end = _line_at(text, date.start)
    if table_cells(text[start:end]) is None:
        return None
    low, high = start, end
    while low > 0 and table_cells(text[_line_at(text, low - 1)[0] : low - 1]) is not None:
        low = _line_at(text, low - 1)[0]
    while high < len(text) and table_cells(text[high + 1 : _line_at(text, high + 1)[1]]) is not None:
        high = _line_at(text, high + 1)[1]
    dated_rows = any(low <= other.start < high and not start <= other.start < end for other in found)
    return (low, high) if dated_rows else None


def _in_history_table(text: str, found: list[FoundDate], date: FoundDate) -> bool:
    return _history_table(text, found, date) is not None


def _version_log(text: str, found: list[FoundDate], date: FoundDate) -> bool:
    """Is the date a row of a version table that names its versions ("Version | Date | Summary", "v2.0", "版本")?
    Such a log dates the policy's versions even with no "updated" cue; a table of laws or of cookies with dates
    names no version."""
    table = _history_table(text, found, date)
    return table is not None and VERSION.search(text, *table) is not None


def _line_at(text: str, at: int) -> tuple[int, int]:
    """Start and end of the line holding position ``at``."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def find_dates(cues: Cues, text: str) -> list[FoundDate]:
    """Every valid date in ``text`` in document order (overlapping readings dropped)."""
    months = cues.table("dates.months")
    hits: list[FoundDate] = _han_numeral_dates(text)
    month_first = _MonthFirst(cues, text)  # asked only of an ambiguous "11/07/2022"
    for low, high in _year_windows(text):
        for pattern in cues.patterns("dates.formats"):
            for match in pattern.finditer(text, low, high):
                iso = _iso(match, months, month_first=month_first)
                if iso is not None:
                    hits.append(FoundDate(match.start(), match.end(), iso))
        for pattern in cues.patterns("dates.month_formats"):
            for match in pattern.finditer(text, low, high):
                iso = _iso(match, months, day_stated=False)
                if iso is not None:
                    hits.append(FoundDate(match.start(), match.end(), iso, "month"))
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


# "二〇二四年一月一日", "二零二三年十二月三十一日": a date written in Han numerals (formal Chinese documents)
_HAN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_DATE = re.compile(r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")


def _han_number(text: str) -> int:
    """一 .. 三十一: 十 is ten, 二十 twenty, 十五 fifteen, 二十三 twenty-three."""
    if "十" not in text:
        return _HAN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS[tens] if tens else 1) * 10 + (_HAN_DIGITS[units] if units else 0)


def _han_numeral_dates(text: str) -> list[FoundDate]:
    """Dates in Han numerals; the literal pre-check (a Han zero) keeps the regex off almost every text."""
    if "〇" not in text and "二零" not in text and "○" not in text:
        return []
    found = []
    for match in _HAN_DATE.finditer(text):
        try:
            year = int("".join(str(_HAN_DIGITS[ch]) for ch in match["y"]))
            iso = dt.date(year, _han_number(match["m"]), _han_number(match["d"])).isoformat()
        except (KeyError, ValueError):
            continue
        if 1990 <= year <= 2099:
            found.append(FoundDate(match.start(), match.end(), iso))
    return found


def _month_first(cues: Cues, text: str) -> bool:
    """Whether "11/07/2022" reads month first: the United States convention, taken from the policy's own
    signs of being American (a US law such as the CCPA or COPPA, a California rights section, a US postal
    address: "Boston, MA 02110"). Elsewhere (the UK, the EU, Asia) the day comes first; a date whose first
    number exceeds 12 is unambiguous either way."""
    if any(sign in text for sign in cues.raw("dates.month_first_signs")):
        return True
    return cues.search("dates.month_first_address", text) is not None


class _MonthFirst:
    """``_month_first`` of one text, read once and only when a date needs it (one regex over the text)."""

    def __init__(self, cues: Cues, text: str) -> None:
        self.cues, self.text, self.value = cues, text, None  # type: ignore[assignment]

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = _month_first(self.cues, self.text)
        return bool(self.value)


def _iso(match: re.Match[str], months: dict[str, int], *, day_stated: bool = True,
         month_first: bool | _MonthFirst = False) -> str | None:
    groups = match.groupdict()
    try:
        year, day = int(groups["y"]), int(groups["d"]) if day_stated else 1
        if groups.get("mon"):
            month = months.get(groups["mon"].lower().rstrip("."))
            if month is None:
                return None
        else:
            month = int(groups["m"])
            if month > 12 and day <= 12:  # 11/29/2023 written month first
                month, day = day, month
            elif (day_stated and day <= 12 and "/" in match.group() and groups.get("d") is not None
                  and match.start("d") < match.start("y") and month_first):
                month, day = day, month  # an American "11/07/2022" is November 7
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


# between two dates of one label's list: "Revised: September 23, 2013; October 2, 2022", "修订日期：2019年3月1日、2021年6月1日"
LIST_SEPARATOR = re.compile(r"\s*(?:[;；,，、/]|\band\b|及|和)\s*(?:(?:and|及|和)\s*)?")


def _listed_after(text: str, previous_end: int, start: int) -> bool:
    """Is the date the next item of the list the previous date opened (only a separator between them)?"""
    return 0 < start - previous_end <= 8 and LIST_SEPARATOR.fullmatch(text, previous_end, start) is not None


def _about_a_law(cues: Cues, before: str) -> bool:
    """Is the sentence leading up to the date about a law or standard rather than the policy?"""
    sentence = re.split(r"[。！？!?；;\n]|\.\s", before)[-1]
    sentence = re.split(r"[，,：:]", sentence)[-1]  # the clause the date belongs to ("依据《某法》制定，更新日期：")
    return cues.search("dates.law_subject", sentence) is not None and cues.search("dates.own_subject", sentence) is None


def _heads_the_policy(cues: Cues, text: str, date: FoundDate) -> bool:
    """A date standing alone on a line near the top, or after the title on the title's line
    ("隐私权政策 2018年8月20日", "Privacy Policy\n2020-07-01"), is the version the text is."""
    if date.start > HEAD_CHARS:
        return False
    line_start = text.rfind("\n", 0, date.start) + 1
    line_end = text.find("\n", date.end)
    after = text[date.end : line_end if line_end >= 0 else len(text)]
    year_word = cues.search("dates.year_word", after)  # "«14» августа 2023 г.", "2024-cü il": the year's word is the date's
    if year_word is not None and not after[: year_word.start()].strip():
        after = after[year_word.end() :]
    rest = text[line_start : date.start] + " " + after
    rest = re.sub(r"[\s*#_|()（）\[\]【】]+|\d{1,2}:\d{2}(?::\d{2})?", " ", rest).strip()
    return not rest or cues.search("dates.title_line", rest) is not None


def _dateline(cues: Cues, text: str, date: FoundDate) -> bool:
    """A place and a date alone on a line ("Berlin, November 5, 2013", "Москва, 5 ноября 2013 г."): the
    dateline with which a signed document ends (or starts) dates the text itself, wherever it stands."""
    if "," not in text[max(0, date.start - 40) : date.start]:
        return False  # every dateline separates place and date by a comma: most dates stop here, cheaply
    line_start = text.rfind("\n", 0, date.start) + 1
    line_end = text.find("\n", date.end)
    after = text[date.end : line_end if line_end >= 0 else len(text)]
    if re.sub(r"[\s.*_г]|год[а]?", "", after):
        return False  # more words follow the date: a sentence, not a dateline
    return cues.search("dates.dateline", text[line_start : date.start].strip(" *_#")) is not None

