"""Which reviews stand on a policy version, where, and what they change.

A review made on version A applies to A and to every later version of the same policy (the
``pkg:previousVersion`` chain), and to A re-ingested by a new extractor: on each it is re-anchored by
its quote (``anchor.anchor``) and attached to the statement of the same kind that now stands on the
passage (and names the value reviewed). Reviews that are ``ambiguous`` or ``orphaned`` there, or that
find no such statement, change nothing and are listed for a reviewer; ``moved`` ones apply but are
marked for another look.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from policykg.reviews.anchor import AMBIGUOUS, ANCHORED, MOVED, ORPHANED, anchor
from policykg.reviews.model import Anchoring, Review
from policykg.reviews.store import read_reviews
from policykg.store.base import Store
from policykg.workbench.policy_data import PolicyView, policy_iri

APPLIES = (ANCHORED, MOVED)


@dataclass
class Applied:
    """A review and its anchoring on this version."""

    review: Review
    anchoring: Anchoring

    @property
    def applies(self) -> bool:
        return self.anchoring.status in APPLIES and self.anchoring.target is not None


@dataclass
class ReviewIndex:
    """The reviews standing on one policy version, keyed the way pages and exports look them up."""

    items: list[Applied] = field(default_factory=list)
    by_value: dict[tuple[str, str, str], Applied] = field(default_factory=dict)  # (target, field, value) -> latest

    def latest(self, target: str, field_name: str, value: str = "") -> Applied | None:
        return self.by_value.get((target, field_name, value))

    @property
    def unplaced(self) -> list[Applied]:
        """Reviews that do not apply here: orphaned, ambiguous or without a matching statement."""
        return [a for a in self.items if not a.applies]


def lineage(view: PolicyView) -> list[str]:
    """This version's policy IRI and its older versions'."""
    return [view.iri, *(policy_iri(d) for d in view.previous)]


def reviews_on(store: Store, view: PolicyView) -> ReviewIndex:
    """Every review of this policy's lineage, anchored on this version (whose facts are first put back
    as the extractor wrote them where reviews were written into the graph: ``overlay.py``)."""
    from policykg.reviews.overlay import restore_extracted

    restore_extracted(store, view)
    return index_reviews(view, read_reviews(store, lineage(view)))


def index_reviews(view: PolicyView, reviews: list[Review]) -> ReviewIndex:
    index = ReviewIndex()
    for review in reviews:  # oldest first: a later review of the same value wins
        applied = Applied(review, anchor_on(view, review))
        index.items.append(applied)
        if applied.applies:
            assert applied.anchoring.target is not None
            index.by_value[(applied.anchoring.target, review.field, review.value)] = applied
            if review.action == "correct" and review.new_value:  # a value already corrected in the store
                index.by_value.setdefault((applied.anchoring.target, review.field, review.new_value), applied)
    return index


def anchor_on(view: PolicyView, review: Review) -> Anchoring:
    """Where ``review`` stands on ``view``: the passage (re-anchored) and the statement on it."""
    if review.exact:
        found = anchor(view.text, review.exact, review.prefix, review.suffix, review.start, review.end)
    else:  # a finding about silence quotes nothing: it stands on the policy as a whole
        found = None
    status = found.status if found else ANCHORED
    start, end = (found.start, found.end) if found else (None, None)
    score = found.score if found else 1.0
    if status in (ORPHANED, AMBIGUOUS):
        note = "the quoted passage is no longer in the text" if status == ORPHANED else "the quote matches several passages"
        return Anchoring(view.docid, status, score, None, start, end, note)
    target, note = _target_on(view, review, start, end)
    return Anchoring(view.docid, status, score, target, start, end, note)


def _target_on(view: PolicyView, review: Review, start: int | None, end: int | None) -> tuple[str | None, str]:
    if review.field in ("publisher", "date") and review.target == review.policy:
        return view.iri, ""
    if review.is_finding:
        same_key = [f for f in view.findings if f.key == review.fact_kind]
        if not same_key:
            return None, f"no finding for {review.fact_kind} on this version"
        if start is not None and end is not None:
            for finding in same_key:
                if any(q.start is not None and q.end is not None and q.start < end and start < q.end for q in finding.quotes):
                    return finding.iri, ""
        if review.target in {f.iri for f in same_key}:
            return review.target, ""
        return same_key[0].iri, ""
    if start is None or end is None:
        return None, "the fact has no passage to anchor to"
    candidates = []
    for fact in view.facts:
        if fact.kind != review.fact_kind or fact.start is None or fact.end is None:
            continue
        overlap = min(end, fact.end) - max(start, fact.start)
        if overlap > 0:
            names_value = not review.value or review.field in ("polarity", "fact") or any(v.value == review.value for v in fact.values)
            candidates.append((names_value, overlap, fact.iri))
    if not candidates:
        return None, f"no {review.fact_kind} stands on the passage in this version"
    names_value, _, iri = max(candidates)
    if not names_value:
        return None, f"the {review.fact_kind} on the passage no longer names this {review.field}"
    return iri, ""


@dataclass
class Supported:
    """One value a policy version states, after reviews, with the passages it rests on."""

    quotes: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    reviewed: list[Applied] = field(default_factory=list)


def effective_values(view: PolicyView, index: ReviewIndex) -> dict[str, dict[str, Supported]]:
    """field -> value -> support, from affirmative statements (and disclosure conditions), reviews applied:
    a rejected value or fact is gone, a corrected one replaced, a polarity review flips the statement."""
    out: dict[str, dict[str, Supported]] = {}
    for fact in view.facts:
        whole = index.latest(fact.iri, "fact", "")
        if whole and whole.review.action == "reject":
            continue
        polarity = fact.polarity
        polarity_review = index.latest(fact.iri, "polarity", polarity or "")
        marks = [a for a in (whole, polarity_review) if a]
        if polarity_review and polarity_review.review.action == "correct" and polarity_review.review.new_value:
            polarity = polarity_review.review.new_value
        elif polarity_review and polarity_review.review.action == "reject":
            polarity = "Negative" if polarity == "Affirmative" else "Affirmative"
        if polarity == "Negative":
            continue
        for value in fact.values:
            applied = index.latest(fact.iri, value.field, value.value)
            shown = value.value
            if applied and applied.review.action == "reject":
                continue
            if applied and applied.review.action == "correct" and applied.review.new_value:
                shown = applied.review.new_value
            support = out.setdefault(value.field, {}).setdefault(shown, Supported())
            support.quotes.append((fact.quote or "", fact.start, fact.end))
            support.reviewed += marks + ([applied] if applied else [])
    return out


def reviewed_findings(view: PolicyView, index: ReviewIndex) -> list:
    """The version's findings with a reviewer's verdict and reason in place of the checker's (copies;
    each carries ``reviewed``: the review that stands on it, or None)."""
    from dataclasses import replace

    out = []
    for finding in view.findings:
        applied = index.latest(finding.iri, "verdict", finding.verdict)
        copy = replace(finding)
        if applied is not None and applied.review.action == "correct" and applied.review.new_value:
            copy.verdict = applied.review.new_value
            copy.reason = applied.review.new_reason or finding.reason
        copy.reviewed = applied  # type: ignore[attr-defined]
        out.append(copy)
    return out
