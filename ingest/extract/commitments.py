"""Commitment statements: cookie control, incident notification, policy-change notice,
implied consent and selling.

Each is a cue match on one sentence (or list item) in the document's language:

* COOKIE_CONTROL: a refuse/delete/browser-settings cue in a sentence that, or whose section
  heading, names cookies.
* INCIDENT_NOTIFICATION: a security-incident word plus a notify cue.
* POLICY_CHANGE: a publish/notify cue in a sentence about changing the policy, in the sentence
  right after one, or in a section whose heading is about changes ("Policy updates", "本政策如何更新").
* IMPLIED_CONSENT: "by using ... you agree", "继续使用即视为同意", "providing data = consent".
* SELLING: a sell/rent verb with personal data nearby; NEGATIVE when a negation cue precedes
  the verb in the same clause ("we will not provide, rent or sell"), AFFIRMATIVE otherwise. A verb
  whose object is something else ("rents a designated space in data centres", "出售商品") is not
  about data, and a heading or a contents entry is never the evidence ("Selling personal data").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.extract.cues import _sentence_like, first_under
from policykg.ingest.extract.toc import toc_entries
from policykg.ingest.model import Polarity, Segment, SegmentKind, Span, Statement, StatementKind

CLAUSE_END = re.compile(r"[.;:!?。；：！？\n]")
NEGATION_WINDOW = 80
OBJECT_WINDOW = 60
# a verb followed by more coordinated verbs (", sell, trade", "、出租"): its object comes after the series
SERIES = re.compile(r"\s*(?:[,，、/]|\bor\b|\band\b|或|和)")
SERIES_REACH = 160


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield commitment statements, at most one of each kind per sentence."""
    cues = cues_for(context.language)
    headings = _HeadingTopics(cues)
    previous_change = False
    previous_lowered: str | None = None  # the segment before, lower-cased (asked only when needed)
    for segment in context.segments:
        text = segment.text
        # Azerbaijani and Turkish capital "İ" lower-cases to "i" plus a combining dot, which no gate word has
        lowered = text.replace("İ", "i").lower()
        changes = cues.passes("policy_change", lowered) and cues.search(
            "policy_change.change", _blanked(cues, "policy_change.not_change", text)) is not None
        # "We may revise this policy. The new version will be posted here.": the second sentence
        # inherits the topic, if it still talks about a change (gate word present)
        carried = previous_change and cues.passes("policy_change", lowered)
        for kind in _kinds(cues, segment, lowered, headings, about_change=changes or carried,
                           before=previous_lowered):
            evidence = _evidence(cues, segment, kind, headings, context)
            if evidence is not None:
                yield Statement(kind=kind, span=Span(evidence.start, evidence.end))
        polarity = None
        if cues.passes("selling", lowered) and not _is_title(segment, context):
            polarity = selling_polarity(cues, text)
        if polarity is not None:
            yield Statement(kind=StatementKind.SELLING, span=Span(segment.start, segment.end), polarity=polarity)
        previous_change = changes
        previous_lowered = lowered


def _names_cookies(cues: Cues, lowered: str) -> bool:
    """Whether a (lower-cased) segment names cookies, for the control sentence after it."""
    return cues.passes("cookie_control", lowered) and cues.search("cookie_control.cookie", lowered) is not None


class _HeadingTopics:
    """Per-document memo of what each section heading is about (many sentences share one)."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues
        self.memo: dict[str, tuple[bool, bool]] = {}

    def topics(self, heading: str | None) -> tuple[bool, bool]:
        """(about cookies, about policy changes)."""
        if not heading:
            return False, False
        if heading not in self.memo:
            self.memo[heading] = (
                self.cues.search("cookie_control.cookie", heading) is not None,
                self.cues.search("policy_change.heading", heading) is not None,
            )
        return self.memo[heading]


def _kinds(
    cues: Cues, segment: Segment, lowered: str, headings: _HeadingTopics, *, about_change: bool,
    before: str | None = None,
) -> Iterator[StatementKind]:
    """The commitment kinds one segment states. ``before``: the segment before, lower-cased; where it names
    cookies, a control sentence that names only the browser ("Их можно удалить в настройках браузера") is
    about them ("Сайт использует cookie. Их можно ...": the pronoun is the cookies). It is asked only when
    the rest of the test needs it, not of every segment."""
    text = segment.text
    cookie_heading, change_heading = headings.topics(segment.heading)
    if (
        cues.passes("cookie_control", lowered, gate="control_gate")
        and (cookie_heading or (cues.passes("cookie_control", lowered) and cues.search("cookie_control.cookie", lowered))
             or (before is not None and _names_cookies(cues, before)
                 and cues.search("cookie_control.browser", lowered) is not None
                 and cues.search("cookie_control.carried_control", lowered) is not None))
        and cues.search("cookie_control.control", _blanked(cues, "cookie_control.lifetime", text))
    ):
        yield StatementKind.COOKIE_CONTROL
    if (
        cues.passes("incident", lowered)
        and cues.search("incident.event", text)
        and cues.search("incident.notify", _blanked(cues, "incident.to_regulator", text))
        and not cues.search("incident.user_reports", text)  # the person telling the company of a leak
    ):
        yield StatementKind.INCIDENT_NOTIFICATION
    if (about_change or change_heading) and cues.search("policy_change.publish", text):
        yield StatementKind.POLICY_CHANGE
    if (cues.passes("implied_consent", lowered) and cues.search("implied_consent.cue", text)
            and cues.search("implied_consent.explicit_act", text) is None):
        # "Регистрируясь, вы ставите отметку «Я даю согласие»", "by ticking the box you agree": consent given
        # by an act (ticking a box) is express, not deemed from use
        yield StatementKind.IMPLIED_CONSENT


def _blanked(cues: Cues, key: str, text: str) -> str:
    """The text with every match of cue list ``key`` replaced by spaces, offsets kept (also used by
    cross_border): "按照监管部门要求上报安全事件" reports to a regulator; the notify cue may still be found
    elsewhere in the sentence ("及时告知您，并上报监管部门")."""
    pattern = cues.pattern(key)
    if pattern is None or pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def selling_polarity(cues: Cues, text: str) -> Polarity | None:
    """NEGATIVE/AFFIRMATIVE for a sentence about selling personal data, None if it is not one."""
    verbs = cues.pattern("selling.verb")
    if verbs is None:
        return None
    text = _blanked(cues, "selling.split_word", text)  # "提出售后": 出 belongs to 提出, nothing is sold
    # the "Do Not Sell or Share My Personal Information" link a US law prescribes is a control's name: it neither
    # denies nor admits a sale (policies that sell show it too)
    text = _blanked(cues, "selling.link_title", text)
    titles = _title_spans(text)
    found: Polarity | None = None
    for match in verbs.finditer(text):
        if titles and any(start < match.start() and match.end() < end for start, end in titles):
            continue  # "《网络预约出租汽车经营服务管理暂行办法》": a word inside a law's or a document's title sells nothing
        around = text[max(0, match.start() - OBJECT_WINDOW) : match.end() + OBJECT_WINDOW]
        if cues.search("selling.object", around) is None and SERIES.match(text, match.end()):
            # "We do not rent, sell, trade, or otherwise transfer to outside parties your personal data": a verb
            # series shares the object named after its last verb, however long the series; up to the clause end
            series_end = CLAUSE_END.search(text, match.end())
            around = text[match.start() : min(series_end.start() if series_end else len(text), match.end() + SERIES_REACH)]
        if cues.search("selling.object", around) is None or _other_object(cues, text, match.end()):
            continue
        if cues.search("selling.user_subject", text[max(0, match.start() - 24) : match.start()]):
            continue  # "if you lease your home", "the films you rent", "您出售的商品": the user is the seller
        if _user_prohibited(cues, _clause_before(text, match.start())):
            continue  # "您不得复制、……、出售本APP发布的信息", "you may not copy, sell or rent the content": a user's duty
        clause_start = max(0, match.start() - NEGATION_WINDOW)
        window = text[clause_start : match.end()]
        boundaries = list(CLAUSE_END.finditer(window[: match.start() - clause_start]))
        if boundaries:
            window = window[boundaries[-1].end() :]
        if cues.search("selling.negation", window):
            return Polarity.NEGATIVE
        if cues.search("selling.not_context", text) is None:
            found = Polarity.AFFIRMATIVE
    return found


_TITLE = re.compile(r"《[^《》]{1,80}》")


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of titles in book-title marks (a law's or a document's name): their words are names. Guillemets
    are not titles: Russian quotes whole statements in them («Мы не продаём ваши данные»)."""
    if "《" not in text:
        return []  # most sentences: no title marks, no regex
    return [m.span() for m in _TITLE.finditer(text)]


_SENTENCE_BREAK = re.compile(r"[。；;!?！？]|\.\s")


def _clause_before(text: str, end: int) -> str:
    """The part of the sentence before ``end`` (at most 200 characters): where the subject of a verb
    series stands ("您不得复制、修改、……、出售" names the user once, far before the last verb)."""
    start = max(0, end - 200)
    breaks = list(_SENTENCE_BREAK.finditer(text, start, end))
    return text[breaks[-1].end() if breaks else start : end]


def _user_prohibited(cues: Cues, before: str) -> bool:
    """The verb's subject is a user who is forbidden to act, and the company does not speak up after it
    ("you may not opt out, and we sell ..." is the company's sale)."""
    forbidden = cues.search("selling.user_prohibited", before)
    return forbidden is not None and cues.search("selling.speaker", before[forbidden.end():]) is None


def _other_object(cues: Cues, text: str, verb_end: int) -> bool:
    """Does the verb's own object come first, and is it not personal data ("rents a designated
    space", "sell products", "出售商品", "租赁服务器")? The nearest noun after the verb is its object."""
    after = text[verb_end : verb_end + OBJECT_WINDOW]
    end = CLAUSE_END.search(after)
    after = after[: end.start()] if end else after
    other = cues.search("selling.not_object", after)
    if other is None:
        return False
    data = cues.search("selling.object", after)
    return data is None or other.start() <= data.start()


def _evidence(cues: Cues, segment: Segment, kind: StatementKind, headings: _HeadingTopics,
              context: ExtractionContext) -> Segment | None:
    """The segment that shows a commitment: itself, or for a title ("安全事件通知") the first sentence of
    its section; None for a contents entry, an empty section, or a section whose first sentence
    states the same commitment itself (it is yielded in its own right)."""
    if not _is_title(segment, context):
        return segment
    if segment.index in toc_entries(context.segments):
        return None
    evidence = first_under(context.segments, segment)
    if evidence is None:
        return None
    lowered = evidence.text.replace("İ", "i").lower()
    changes = cues.passes("policy_change", lowered) and cues.search("policy_change.change", evidence.text) is not None
    if kind in _kinds(cues, evidence, lowered, headings, about_change=changes):
        return None
    return evidence


def _is_title(segment: Segment, context: ExtractionContext) -> bool:
    """A title heading or a contents entry: never the evidence of a statement."""
    if segment.kind is SegmentKind.HEADING and not _states_something(segment.text):
        return True
    return segment.index in toc_entries(context.segments)


def _states_something(heading: str) -> bool:
    """A heading line that is a sentence or a long list intro ("我们不会出售您的信息，但以下情况除外：")
    states a fact; a short title ("Selling personal information") does not."""
    stripped = heading.rstrip(" *#")
    if _sentence_like(stripped):
        return True
    han = sum(1 for ch in stripped if "\u4e00" <= ch <= "\u9fff")
    return stripped.endswith((":", "：")) and (han >= 15 or len(stripped) >= 60)
