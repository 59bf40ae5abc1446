"""RETENTION statements: how long the policy says personal data is kept.

A sentence counts when it names keeping/storing data together with a duration cue: either
purpose-bound ("only as long as necessary for the purposes", "实现目的所必需的最短时间") or a fixed
period ("for 3 years", "不少于六个月" -> P3Y / P6M). A sentence that only says "we store your data"
is not a retention statement. Headings like "Storage period" count as explicit cues, quoted from
the first sentence under them (a title is never evidence).
"""
from __future__ import annotations


from collections.abc import Iterator
from dataclasses import replace

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.cues import first_under, is_title, table_cells
from policykg.ingest.extract.fact_cues import Cues, cues_for, number_value
from policykg.ingest.model import Segment, SegmentKind, Span, Statement, StatementKind

PURPOSE_BOUND = "purpose-bound"
FIXED = "fixed"
_FALLBACK = "_fallback"  # marks a rule read only when the policy states no other (never written to the graph)


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield one RETENTION statement per sentence that states a retention rule."""
    cues = cues_for(context.language)
    verb_before = False  # the previous segment ended with ";" and had a retention verb it stated no rule with
    # "账号注销后，我们将删除您的个人信息": the rule only where no other states a kind (beside "kept as the law
    # requires", which names none, the deletion at the end of the relationship is what bounds the keeping)
    fallback: Statement | None = None
    kinded = False
    retention_heading: dict[str, bool] = {}  # per heading text: does it name the retention topic?
    column: int | None = None  # the retention column of the table being read ("信息类型 | 保存期限 | …")
    for segment in context.segments:
        rows, column = _table_rules(cues, segment, column)
        if rows:  # the rows of a retention table state their rules in its column, verb or not
            kinded = True
            yield from rows
            if all(table_cells(line) is not None for line in segment.text.split("\n")):
                continue  # a PDF paragraph may end the table with a sentence, still read below
        # "Saxlama\nHesabınız silinənədək.", "Сколько мы храним данные\nПока ваш аккаунт активен.": under a heading
        # that names the topic, a verbless sentence still states the rule (it must name a bound or a period)
        heading = segment.heading
        if heading and heading not in retention_heading:
            retention_heading[heading] = cues.search("retention.heading", heading) is not None
        under_heading = bool(heading) and retention_heading[heading] and segment.kind is not SegmentKind.HEADING
        attributes = retention_attributes(cues, segment, verb_given=verb_before or under_heading)
        verb_before = (attributes is None and segment.text.rstrip().endswith((";", "；"))
                       and cues.search("retention.verb", segment.text) is not None)
        if attributes is None:
            continue
        if is_title(segment):  # "Storage period" is quoted from the first sentence of its section
            evidence = first_under(context.segments, segment)
            if evidence is None or retention_attributes(cues, evidence) is not None:
                continue  # an empty section or a contents entry; or the sentence states the rule itself
            segment = evidence
        if attributes.pop(_FALLBACK, None) is not None:
            if fallback is None and heading and cues.search("retention.storage_heading", heading) is not None:
                fallback = Statement(kind=StatementKind.RETENTION, span=Span(segment.start, segment.end), attributes=attributes)
            continue
        kinded = kinded or "retention_kind" in attributes
        yield Statement(
            kind=StatementKind.RETENTION,
            span=Span(segment.start, segment.end),
            attributes=attributes,
        )
    if fallback is not None and not kinded:
        yield fallback


def retention_attributes(cues: Cues, segment: Segment, *, verb_given: bool = False) -> dict[str, str | int] | None:
    """retention_kind (and retention_period for fixed periods) for one segment, or None.

    ``verb_given``: the segment is the second half of a sentence cut at ";" whose first half has
    the verb ("los registros se guardan ...; los demás datos, mientras seas cliente y hasta diez
    años después"): the elliptical half keeps it, but must still name a bound or a period.
    """
    text = segment.text
    if not verb_given and not cues.passes("retention", text.lower()):
        return None
    explicit = cues.search("retention.explicit", text) is not None
    if not explicit and not verb_given and cues.search("retention.verb", text) is None:
        if cues.search("retention.account_deletion", text) is not None:
            return {"retention_kind": PURPOSE_BOUND, _FALLBACK: 1}
        return None
    period = _period(cues, text)
    if period is not None and cues.search("retention.recipient_duty", text) is not None:
        # "... a processing agreement requiring it to delete them within 30 days of delivery": the period binds the
        # recipient the sentence is about, not the company's own keeping of the data (asked only when a period is named)
        return None
    if cues.search("retention.purpose_bound", text):
        if period is not None and _deletion_bound_only(cues, text):
            # "骑行轨迹保存180天，订单信息保存三年，身份证号码在您注销账号后15日内删除": the deletion on closing is
            # what happens to one item at the end; the periods the sentence keeps data for are its rule
            return {"retention_kind": FIXED, "retention_period": period}
        if (period is not None and cues.search("retention.after_end", text)
                and (cues.search("retention.deletion", text) is None
                     or cues.search("retention.then_deleted", text) is not None)):
            # "while the contract lasts and five years after it ends": the period that follows the
            # relationship is the rule the data subject can hold the company to; but "deleted within
            # 30 days after closing" is a deletion delay, the rule stays purpose-bound; a deletion that
            # follows the period ("..., tras lo cual serán suprimidos", "after which it is deleted") is
            # what happens at its end, not a delay (``then_deleted``; asked only of such sentences)
            return {"retention_kind": FIXED, "retention_period": period}
        return {"retention_kind": PURPOSE_BOUND}
    if period is not None:
        return {"retention_kind": FIXED, "retention_period": period}
    if explicit:
        return {}
    return None


def _table_rules(cues: Cues, segment: Segment, column: int | None) -> tuple[list[Statement], int | None]:
    """The rules the table rows in ``segment`` state in the retention column (one statement per row; a PDF
    paragraph may hold several rows, one a line), and the column in force after it (None once a line is no row)."""
    rules: list[Statement] = []
    if "\t" not in segment.text and "|" not in segment.text:
        return rules, None
    offset = segment.start
    for line in segment.text.split("\n"):
        cells = table_cells(line)
        column = None if cells is None else _retention_column(cues, cells, column)
        if cells is not None and column is not None and column < len(cells):
            rule = _cell_rule(cues, segment, cells[column])
            if rule is not None:
                span = Span(offset, offset + len(line))
                rules.append(Statement(kind=StatementKind.RETENTION, span=span, attributes=rule))
        offset += len(line) + 1
    return rules, column


def _retention_column(cues: Cues, cells: list[str], column: int | None) -> int | None:
    """The retention column after this row: the cell of a header row that names it ("保存期限", "Retention
    period", "Saxlama müddəti", "Срок хранения", "Plazo de conservación"), else the column already read."""
    for index, cell in enumerate(cells):
        if cell and cues.search("retention.column", cell) is not None:
            return index
    return column


def _cell_rule(cues: Cues, segment: Segment, cell: str) -> dict[str, str | int] | None:
    """The rule a retention column's cell states: a bound ("账号存续期间", "while your account is open") or a
    period, written bare as columns write it ("3 il", "90 days", "自最后一次沟通之日起3年"): the header is
    the cell's verb. The row's other cells (the data kept, what happens after) decide nothing."""
    if not cell:
        return None
    attributes = retention_attributes(cues, replace(segment, text=cell), verb_given=True)
    if attributes:
        return attributes
    period = _period(cues, cell, "retention.cell")
    return {"retention_kind": FIXED, "retention_period": period} if period is not None else None


def _deletion_bound_only(cues: Cues, text: str) -> bool:
    """Is every purpose bound in ``text`` a deletion when the account closes ("注销账号后15日内删除")
    (``retention.end_deletion`` names the deletion verb), not a keeping for as long as needed?"""
    bounds = list(cues.finditer("retention.purpose_bound", text))
    return bool(bounds) and all(cues.search("retention.end_deletion", b.group(0)) is not None for b in bounds)


def _period(cues: Cues, text: str, key: str = "retention.period") -> str | None:
    units = cues.table("retention.units")
    for pattern in cues.patterns_in(key, text):  # a regex whose literals are absent is not run
        for match in pattern.finditer(text):
            amount = number_value(cues, match.group("n"))
            unit = units.get(match.group("unit").lower())
            if amount and unit and amount < 1000:
                if unit == "M" and amount % 12 == 0:
                    amount, unit = amount // 12, "Y"  # "24 meses" is P2Y, as the graph's xsd:duration reads it back
                return f"P{amount}{unit}"
    return None

