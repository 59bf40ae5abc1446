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
  the verb in the same clause ("we will not provide, rent or sell"), AFFIRMATIVE otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.fact_cues import Cues, cues_for
from policykg.ingest.model import Polarity, Segment, Span, Statement, StatementKind

CLAUSE_END = re.compile(r"[.;:!?。；：！？\n]")
NEGATION_WINDOW = 80
OBJECT_WINDOW = 60


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """Yield commitment statements, at most one of each kind per sentence."""
    cues = cues_for(context.language)
    headings = _HeadingTopics(cues)
    previous_change = False
    for segment in context.segments:
        text = segment.text
        lowered = text.lower()
        changes = cues.passes("policy_change", lowered) and cues.search("policy_change.change", text) is not None
        # "We may revise this policy. The new version will be posted here.": the second sentence
        # inherits the topic, if it still talks about a change (gate word present)
        carried = previous_change and cues.passes("policy_change", lowered)
        for kind in _kinds(cues, segment, lowered, headings, about_change=changes or carried):
            yield Statement(kind=kind, span=Span(segment.start, segment.end))
        polarity = selling_polarity(cues, text) if cues.passes("selling", lowered) else None
        if polarity is not None:
            yield Statement(kind=StatementKind.SELLING, span=Span(segment.start, segment.end), polarity=polarity)
        previous_change = changes


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
    cues: Cues, segment: Segment, lowered: str, headings: _HeadingTopics, *, about_change: bool
) -> Iterator[StatementKind]:
    text = segment.text
    cookie_heading, change_heading = headings.topics(segment.heading)
    if (
        cues.passes("cookie_control", lowered, gate="control_gate")
        and (cookie_heading or (cues.passes("cookie_control", lowered) and cues.search("cookie_control.cookie", lowered)))
        and cues.search("cookie_control.control", text)
    ):
        yield StatementKind.COOKIE_CONTROL
    if (
        cues.passes("incident", lowered)
        and cues.search("incident.event", text)
        and cues.search("incident.notify", text)
    ):
        yield StatementKind.INCIDENT_NOTIFICATION
    if (about_change or change_heading) and cues.search("policy_change.publish", text):
        yield StatementKind.POLICY_CHANGE
    if cues.passes("implied_consent", lowered) and cues.search("implied_consent.cue", text):
        yield StatementKind.IMPLIED_CONSENT


def selling_polarity(cues: Cues, text: str) -> Polarity | None:
    """NEGATIVE/AFFIRMATIVE for a sentence about selling personal data, None if it is not one."""
    verbs = cues.pattern("selling.verb")
    if verbs is None:
        return None
    found: Polarity | None = None
    for match in verbs.finditer(text):
        around = text[max(0, match.start() - OBJECT_WINDOW) : match.end() + OBJECT_WINDOW]
        if cues.search("selling.object", around) is None:
            continue
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
