"""Sharing statements: who receives personal data, and in which listed cases.

Emits ``SHARING`` statements (values["recipients"]) and attaches the disclosure conditions
(policy-facts/1 ``disclosure_conditions``) to the statement they qualify:

* a list introduced by a sharing sentence ("we will not share ... except in the following cases:",
  "在以下情形中，共享、转让、公开披露您的个人信息无需事先征得您的授权同意：") gives one statement
  for the introducing sentence carrying one :class:`Condition` per case, each with its item's span;
* a list whose intro speaks only of collection or use (GB/T 35273-2017 §5.4 / 2020 §5.6 consent
  exceptions) is NOT a disclosure list, whatever its items say;
* a sharing sentence names its conditions inline ("except as required by law");
* sharing with affiliates, partners, successors, or processors acting on the company's behalf is
  itself a listed case (``affiliates``, ``partners``, ``merger-acquisition``, ``entrusted-processing``).

"We do not share" without an exception is a NEGATIVE statement; with one it is affirmative
(sharing happens, but only in the listed cases, so the recipients of the denial do receive data
in those cases). A single inline exception does not make the denied recipients real: in "we do not
provide your data to other companies, except as required by law" only recipients named in the
exception count. The items of a list introduced by a denial without an exception ("we will never
share your data with: - advertisers") are denied too.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import Analysis, SegmentInfo, analyse, future_hypotheticals
from policykg.ingest.extract.fact_cues import cues_for
from policykg.ingest.extract.toc import toc_entries
from policykg.ingest.model import Condition, Polarity, SegmentKind, Span, Statement, StatementKind

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["condition_items", "extract"]

# recipients whose mere presence in a sharing statement is a listed case
# a condition read inside a segment that also names the second one is part of it: "lawfully public
# sources such as news reports" is a public source, not news reporting
SHADOWED_BY = {"news-reporting": "lawful-public-source"}
_NOT_SHARING = frozenset({"rights"})
_IGNORECASE = int(re.IGNORECASE)  # a plain int: ``flags & RegexFlag`` builds an enum member per call
CONDITION_BY_RECIPIENT = {"affiliates": "affiliates", "partners": "partners", "successors": "merger-acquisition"}


def _is_sharing_intro(analysis: Analysis, info: SegmentInfo) -> bool:
    """An intro whose list names who receives data: it shares, or it entrusts processing to the listed
    parties ("Оператор поручает обработку следующим лицам:"), which hands the data over too."""
    if analysis.has("share", info) or analysis.has("entrust", info):
        return True
    return "sharing" in info.sections and not analysis.has("collect", info)


def condition_items(analysis: Analysis) -> dict[int, int | None]:
    """List items that are cases of sharing: item index -> index of the intro it qualifies."""
    result: dict[int, int | None] = {}
    groups: dict[int, list[SegmentInfo]] = {}
    for info in analysis.infos:
        if info.segment.kind is SegmentKind.ITEM:
            groups.setdefault(info.group, []).append(info)
    for items in groups.values():
        intro_index = items[0].intro
        intro = analysis.info(intro_index) if intro_index is not None else None
        if intro is not None:
            is_cases = _is_sharing_intro(analysis, intro)
        else:
            # an unintroduced list: cases of sharing when one item says "share" and several name cases
            with_cases = sum(1 for i in items if i.matches["disclosure_conditions"])
            # (not in a purposes section: "to perform the contract (legal basis: contract)" lists
            # purposes with their legal bases, not cases of disclosure)
            is_cases = ("sharing" in items[0].sections and with_cases >= 1) or (
                not items[0].sections & {"use", "collection"}
                and any(analysis.has("share", i) for i in items) and with_cases >= 2
            )
        if is_cases:
            for info in items:
                result[info.segment.index] = intro_index
    return result


def _with_run_on_cases(analysis: Analysis, items: dict[int, int | None]) -> dict[int, int | None]:
    """Case items plus the cases run on inside one of them after a semicolon.

    "İstisna hallar: həyatına təhlükə yarandıqda; məhkəmənin sorğusu olduqda; ..." is one numbered
    entry whose cases the segmenter splits at ";" into the item and sentences hanging from it; each
    piece after a ";" is one more case of the same list. (Only here: a later sentence of an item is
    not a case for the purposes reader, which skips cases.)
    """
    result = dict(items)
    for info in analysis.infos:
        segment = info.segment
        if segment.kind is SegmentKind.SENTENCE and segment.parent in result:
            previous = analysis.infos[segment.index - 1].segment
            if previous.text.rstrip().endswith((";", "；")):
                result[segment.index] = result[segment.parent]
    return result


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Sharing statements with recipients and their disclosure conditions."""
    analysis = analyse(context)
    items = _with_run_on_cases(analysis, condition_items(analysis))
    cases_by_intro: dict[int | None, list[SegmentInfo]] = {}
    for index, intro in items.items():
        cases_by_intro.setdefault(intro, []).append(analysis.infos[index])
    for info in analysis.infos:
        segment = info.segment
        index = segment.index
        if info.is_heading and index not in cases_by_intro:
            continue
        if index in items:
            if index not in toc_entries(context.segments):  # a contents entry names a topic, it shares nothing
                yield from _item_statement(analysis, info)
                if index in cases_by_intro:  # an item that opens a list of its own cases ("7.4 …以下情形…：a. …")
                    nested = _sentence_statement(analysis, info, cases_by_intro[index])
                    if nested is not None:
                        yield nested
            continue
        cases = cases_by_intro.get(index, [])
        statement = _sentence_statement(analysis, info, cases)
        if statement is not None and index not in toc_entries(context.segments):
            yield statement
    loose = cases_by_intro.get(None)
    if loose:  # cases listed with no introducing sentence: the whole list is the evidence
        conditions = tuple(c for info in loose for c in _conditions_in(analysis, info))
        # an entry denying sharing "without your consent" ("razılığınız olmadan heç kimə vermirik") says it
        # happens with consent, as the same denial does in a sentence (see _sentence_statement)
        conditions += tuple(Condition("consent", Span(info.segment.start, info.segment.end)) for info in loose
                            if analysis.has("share", info) and _share_negated(analysis, info)
                            and _denies_consent(analysis, info))
        if conditions:
            yield Statement(
                kind=StatementKind.SHARING,
                span=Span(loose[0].segment.start, loose[-1].segment.end),
                conditions=_unique(conditions),
            )


def _sentence_statement(analysis: Analysis, info: SegmentInfo, cases: list[SegmentInfo]) -> Statement | None:
    # processors receive data too; so does a party that collects it from the user itself ("ad networks may
    # collect your device ID"): it is a recipient of the user's data, though not of a disclosure by the company
    shares = analysis.has("share", info) or analysis.has("entrust", info) or analysis.has("third_party_subject", info)
    in_section = "sharing" in info.sections and not analysis.has("collect", info)
    if not (shares or in_section or cases):
        return None
    if info.sections & _NOT_SHARING and "sharing" not in info.sections and not cases:
        return None  # "transfer it to another provider" in a rights section is portability
    if not cases and any(start < 8 for start, _ in future_hypotheticals(info.segment.text)):
        return None  # "Если в будущем появится …, мы передадим …": a sharing only a future feature would bring
    denied = (0, 0) if cases else _denied_region(analysis, info)
    recipients = _keys(
        m for m in info.matches["recipients"]
        if not (denied[0] <= m.start < denied[1]) and not _names_a_facility(analysis, m.start, m.end)
        and not (m.key == "affiliates" and _names_the_controller(analysis, m.start, m.end))
    )
    if not recipients and in_section and not shares and not cases and _names_a_party(analysis, info):
        recipients = ("third-parties",)  # "Con el productor del evento (...)" under "Con quién los compartimos"
    if not recipients and not cases and analysis.has("entrust", info):
        recipients = ("service-providers",)  # see _processor_recipient
    elif recipients == ("third-parties",) and analysis.has("entrust", info):
        recipients += ("service-providers",)  # "поручить обработку третьим лицам": third parties we entrust are processors
    inline = _conditions_in(analysis, info) if (shares or in_section) else ()
    listed = tuple(c for case in cases for c in _conditions_in(analysis, case))
    # "we will not share it with third parties without your consent": a denial whose only way out is
    # consent states that sharing happens with consent, even where the sentence names no recipient left
    consent_only = not (recipients or inline or listed) and _share_negated(analysis, info) and _denies_consent(analysis, info)
    if not (recipients or inline or listed or consent_only or (shares and analysis.has("entrust", info))):
        return None
    negative = (_share_negated(analysis, info) and not analysis.has("exception", info) and not cases
                and not _denies_consent(analysis, info))  # "未经您同意，我们不会共享": shared with consent
    if negative or (cases and _denies_list(analysis, info)):
        return Statement(  # the denied recipients, for the record; no conditions in a denial
            kind=StatementKind.SHARING,
            span=Span(info.segment.start, info.segment.end),
            polarity=Polarity.NEGATIVE,
            values={"recipients": _keys(info.matches["recipients"])} if info.matches["recipients"] else {},
        )
    polarity = Polarity.AFFIRMATIVE
    conditions = list(inline) + list(listed)
    if _share_negated(analysis, info) and _denies_consent(analysis, info):
        # "we do not share without your consent, except: ...": sharing happens with consent or in the cases
        conditions.append(Condition("consent", Span(info.segment.start, info.segment.end)))
    if polarity is Polarity.AFFIRMATIVE:
        conditions += _derived(analysis, info, recipients)
        if any(c.key == "merger-acquisition" for c in inline) and "successors" not in recipients:
            recipients += ("successors",)  # data transferred in a merger goes to the successor
    return Statement(
        kind=StatementKind.SHARING,
        span=Span(info.segment.start, info.segment.end),
        polarity=polarity,
        values={"recipients": recipients} if recipients else {},
        conditions=_unique(tuple(conditions)),
    )


def _names_the_controller(analysis: Analysis, start: int, end: int) -> bool:
    """"collected, used and disclosed by Acme Inc. and its subsidiaries", "Acme及其关联公司（以下简称
    “我们”）": the group named as the one processing the data is the controller, not a recipient."""
    cues = cues_for(analysis.lexicon.language)
    after = cues.pattern("sharing.controller_after")
    before = cues.pattern("sharing.controller_before")
    return (after is not None and after.match(analysis.text, end, end + 30) is not None) or (
        before is not None and before.search(analysis.text, max(0, start - 100), start) is not None
    )


def _names_a_facility(analysis: Analysis, start: int, end: int) -> bool:
    """"第三方数据中心", "third-party data centers", "centros de datos de terceros": the party qualifies
    a place or machine the company uses (servers, hosting); it receives nothing."""
    cues = cues_for(analysis.lexicon.language)
    after = cues.pattern("sharing.facility_after")
    before = cues.pattern("sharing.facility_before")
    return (after is not None and after.match(analysis.text, end, end + 30) is not None) or (
        before is not None and before.search(analysis.text, max(0, start - 40), start) is not None
    )


def _denied_region(analysis: Analysis, info: SegmentInfo) -> tuple[int, int]:
    """Document offsets of the denied part of a sentence that denies and excepts.

    From the denial to the next exception cue or the end of the denial's clause, whichever comes
    first: "we do not provide it to other companies | except ...", "除...外，我们不会向第三方提供
    ... | 但司法机关依法要求的除外". (0, 0) when the sentence does not both deny and except.
    """
    if not (analysis.has("negation", info) and analysis.has("exception", info)):
        return (0, 0)
    segment = info.segment
    lowered = segment.text.replace("İ", "i").lower()
    negation = _first(analysis.lexicon.cues.get("negation"), segment.text, lowered, 0)
    if negation is None:
        return (0, 0)
    start = segment.start + negation
    end = next((b for a, b in analysis.clauses(segment) if a <= start < b), segment.end)
    exception = _first(analysis.lexicon.cues.get("exception"), segment.text, lowered, negation + 1)
    if exception is not None:
        if _LIST_OPENS.match(segment.text, exception):
            return (0, 0)  # "..., except: (a) ...; (b) ...": the cases of a list, as with list items
        end = min(end, segment.start + exception)
    return (start, end)


# an exception that opens a list of cases: "except:", "except in the following cases:", "除以下情形外："
_LIST_OPENS = re.compile(r"[^:：;；.。\n]{0,50}[:：]")


def _first(pattern: re.Pattern[str] | None, text: str, lowered: str, at: int) -> int | None:
    """Offset (in ``text``) of the first hit of a cue at or after ``at``."""
    if pattern is None:
        return None
    match = pattern.search(text if pattern.flags & _IGNORECASE else lowered, at)
    return match.start() if match is not None else None


def _share_negated(analysis: Analysis, info: SegmentInfo) -> bool:
    """A denial of sharing: the negation stands in the clause of the first sharing verb, before it.

    "We may disclose it without informing you, if we believe this does not break a rule" is not a
    denial: its "not" belongs to another clause. Without a sharing verb the whole segment counts.
    """
    if not analysis.has("negation", info):
        return False
    segment = info.segment
    lowered = segment.text.replace("İ", "i").lower()
    verb = _first(analysis.lexicon.cues.get("share"), segment.text, lowered, 0)
    if verb is None:
        return True
    at = segment.start + verb
    for start, end in analysis.clauses(segment):
        if start <= at < end:
            return analysis.negated(start, at + 1) or (
                analysis.negated(start, min(end, at + 40)) and not _restricted(analysis, start, at, end))
    return True


_COMMA = re.compile(r"[,，]")


def _restricted(analysis: Analysis, start: int, at: int, end: int) -> bool:
    """"我们仅向其提供去标识化的统计信息，不会提供能识别您身份的信息", "we only share aggregated data, not your name":
    the comma clause of the sharing verb restricts it and denies nothing; the negation after it denies only what
    lies outside the restriction, so the sharing still happens."""
    comma = _COMMA.search(analysis.text, at, end)
    first = analysis.text[start : comma.start() if comma else end]
    return (cues_for(analysis.lexicon.language).search("sharing.restricted", first) is not None
            and not analysis.lexicon.has("negation", first))


def _denies_list(analysis: Analysis, info: SegmentInfo) -> bool:
    """An intro that denies sharing and names no exception: its list items are denied too."""
    return analysis.has("negation", info) and not analysis.has("exception", info)


# _processor_recipient: a party that processes data "on our behalf", "por cuenta nuestra", under a processing
# agreement, or "受委托" is a processor, which FORMAT.md counts among the service providers. When the sentence
# names that party in words no recipient cue knows ("the crematoria we work with", "Pixel Orchard Studio"),
# the entrustment itself says what kind of recipient it is. A named kind ("partners", "affiliates") wins.


def _item_statement(analysis: Analysis, info: SegmentInfo) -> Iterator[Statement]:
    """A case of a listed disclosure: its recipients, and its condition when it has no intro."""
    intro = analysis.info(info.intro) if info.intro is not None else None
    # a numbered case that denies sharing itself ("5.4. Мы никогда не передаём данные рекламным сетям")
    denied_here = (analysis.has("share", info) and _share_negated(analysis, info)
                   and not analysis.has("exception", info))
    if denied_here or (intro is not None and _denies_list(analysis, intro)):
        if info.matches["recipients"]:
            yield Statement(
                kind=StatementKind.SHARING,
                span=Span(info.segment.start, info.segment.end),
                polarity=Polarity.NEGATIVE,
                values={"recipients": _keys(info.matches["recipients"])},
            )
        return
    recipients = _keys(info.matches["recipients"])
    if "successors" not in recipients and any(m.key == "merger-acquisition" for m in info.matches["disclosure_conditions"]):
        recipients += ("successors",)  # data transferred in a merger goes to the successor
    if (not recipients and "sharing" in info.sections and not analysis.has("share", info)
            and not analysis.has("entrust", info) and _names_a_party(analysis, info)):
        recipients = ("third-parties",)  # "Kuryer xidməti — ad, telefon və ünvan." under "Kimə ötürülür?"
    if not recipients and analysis.has("entrust", info):
        recipients = ("service-providers",)  # see _processor_recipient
    elif recipients == ("third-parties",) and analysis.has("entrust", info):
        recipients += ("service-providers",)  # third parties entrusted with processing are processors
    derived = _derived(analysis, info, recipients)
    if recipients or derived:
        yield Statement(
            kind=StatementKind.SHARING,
            span=Span(info.segment.start, info.segment.end),
            values={"recipients": recipients} if recipients else {},
            conditions=_unique(tuple(derived)),
        )


# the head of an entry: a table's first cell, or the words before a dash or a colon ("Kuryer xidməti — ad,
# telefon", "El repartidor: nombre y dirección", "| ООО «Платёжный сервис» | приём оплаты |")
_ENTRY_HEAD = re.compile(r"[ \t]*(?:[|│][ \t]*)?([^\t|│:—–\n]{2,60}?)[ \t]*(?:\t|[ \t][|│]|[ \t]?[—–][ \t]|[ \t]-[ \t]|:[ \t])")
# "Con el productor del evento (...)", "With the venue ...", "С организатором ...": the party the data go with
_WITH_HEAD = re.compile(r"[ \t]*(?:con (?:el|la|los|las|nuestros?|nuestras?|sus?)|with (?:the|our|its)|со?)[ \t]+"
                        r"([^\W\d][^,.;:(\n]{1,50})", re.IGNORECASE)
# a head that states a purpose or a basis, not a party: "Para el pago: ...", "Для доставки — ...", "С вашего согласия"
_NOT_A_PARTY = re.compile(r"^(?:para|por|para el|for|to|in order|для|в целях|с целью|по|при|вашего|вашей|вашим|"
                          r"согласия|целью|помощью|momento|fines|finalidad)\b|üçün$|\bilə$", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)?")
_PARTY_GATE = ("\t", "|", "│", ":", "—", "–", " - ", "con ", "Con ", "with ", "With ", "С ", "с ", "Со ", "со ")


def _names_a_party(analysis: Analysis, info: SegmentInfo) -> bool:
    """An entry of a sharing section that names who gets the data without a sharing verb: a table row's
    first cell, a run-in "party — data" line, or a "with X" sentence ("Con el productor del evento").
    The heading has said what happens; the entry says to whom. A head naming data, a purpose word
    opening it, a condition or a denial make it no party."""
    text = info.segment.text
    if not any(g in text[:70] for g in _PARTY_GATE):
        return False  # literal gate: most sentences have no entry head
    m = _ENTRY_HEAD.match(text) or _WITH_HEAD.match(text)
    if m is None:
        return False
    head = _ASIDE.sub("", m.group(1)).strip(" «»\"'“”()")  # "İmtahan mərkəzi (... üçün)": the aside is no head
    words = head.split()
    if not words or len(words) > 7 or not any(ch.isalpha() for ch in head) or _NOT_A_PARTY.search(head):
        return False
    start, end = info.segment.start + m.start(1), info.segment.start + m.end(1)
    if any(start <= x.start < end for field in ("disclosure_conditions", "rights") for x in info.matches[field]):
        return False
    first_word_end = start + len(text[m.start(1):]) - len(text[m.start(1):].lstrip()) + len(words[0]) + 1
    if any(start <= x.start < first_word_end for x in info.matches["data_categories"]):
        return False  # "Nombre y DNI: ..." labels data; "Sociedades de Información Crediticia" is a party
    if analysis.lexicon.first("personal_term", head) is not None:
        return False  # "Datos compartidos: nombre ..." is a label of data
    return not analysis.negated(info.segment.start, info.segment.end)


def _derived(analysis: Analysis, info: SegmentInfo, recipients: tuple[str, ...]) -> list[Condition]:
    span = Span(info.segment.start, info.segment.end)
    found = [Condition(CONDITION_BY_RECIPIENT[r], span) for r in recipients if r in CONDITION_BY_RECIPIENT]
    if analysis.has("entrust", info):
        found.append(Condition("entrusted-processing", span))
    elif "service-providers" in recipients:
        found.append(Condition("partners", span))  # FORMAT.md: partners covers service providers
    return found


def _conditions_in(analysis: Analysis, info: SegmentInfo) -> tuple[Condition, ...]:
    """Condition hits of one segment, minus those denied ("without your consent")."""
    span = Span(info.segment.start, info.segment.end)
    denial = analysis.lexicon.cues.get("condition_negation")
    found = []
    for match in info.matches["disclosure_conditions"]:
        before = analysis.text[max(info.segment.start, match.start - 30):match.start]
        if denial is not None and denial.search(before):
            continue
        if match.key == "consent" and analysis.lexicon.has("denied_condition", analysis.text[match.start:match.end]):
            continue  # the hit itself denies consent: "without your consent" (but "without informing you" is a case)
        if match.key == "consent" and analysis.lexicon.has("denied_condition", _next_word(analysis.text, match.end)):
            continue  # a postposition denies it after the hit: "razılığınız olmadan" (without your consent)
        found.append(Condition(match.key, span))
    keys = {c.key for c in found}
    if {"vital-interests", "protect-rights"} <= keys and analysis.has("consent_hard_to_obtain", info):
        # the GB/T vital-interests item ("life, property and other major rights ... where consent is
        # hard to obtain") also reads like protecting rights; it is the vital-interests case
        keys.discard("protect-rights")
        found = [c for c in found if c.key != "protect-rights"]
    return tuple(c for c in found if SHADOWED_BY.get(c.key) not in keys)


def _denies_consent(analysis: Analysis, info: SegmentInfo) -> bool:
    """A consent hit that the sentence denies: "without your consent", "razılığınız olmadan"."""
    denial = analysis.lexicon.cues.get("condition_negation")
    for match in info.matches["disclosure_conditions"]:
        if match.key != "consent":
            continue
        before = analysis.text[max(info.segment.start, match.start - 30):match.start]
        if (denial is not None and denial.search(before)) or analysis.lexicon.has(
                "denied_condition", analysis.text[match.start:match.end]) or analysis.lexicon.has(
                "denied_condition", _next_word(analysis.text, match.end)):
            return True
    return False


_NEXT_WORD = re.compile(r"\s*(\S+)")


def _next_word(text: str, at: int) -> str:
    """The word right after ``at`` (a postposition: "razılığınız olmadan")."""
    found = _NEXT_WORD.match(text, at, at + 24)
    return found.group(1) if found else ""


def _keys(matches) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.key for m in matches))


def _unique(conditions: tuple[Condition, ...]) -> tuple[Condition, ...]:
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for c in conditions:
        marker = (c.key, c.span.start, c.span.end)
        if marker not in seen:
            seen.add(marker)
            kept.append(c)
    return tuple(kept)
