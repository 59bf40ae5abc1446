"""A reviewer's corrected verdict wins in what ``policykg check`` stores, writes and exits with.

``check`` judges every policy from its text; then, for each finding a reviewer corrected (a review of
field ``verdict``, action ``correct``, made on this version or an earlier one of the same policy and
re-anchored on this version by its quote, ``apply.anchor_on``), the reviewer's verdict and reason
replace the checker's. A ``met`` needs a quote: a reviewer's "met" on a finding that quotes nothing
(and a review that points at no passage) becomes ``review``, saying so. The finding keeps the checker's quotes (or, when it had none, the passage the
reviewer pointed at) and is marked in ``pkgr:compliance`` with ``pkg:checkerVerdict`` and
``prov:wasDerivedFrom`` the review, so the checker's own view is never lost. The exit code follows,
because it is computed from the verdicts (1 only for an adverse verdict under a statute).
A review that is orphaned or ambiguous on this version changes nothing (``policykg reviews list``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import PROV

from policykg.namespaces import COMPLIANCE_GRAPH, ID, PKG, sparql_prefixes
from policykg.reviews.model import Review
from policykg.store.base import Store

if TYPE_CHECKING:
    from policykg.compliance.check import CheckResult

VERDICTS = ("contravention", "omission", "met", "not-applicable", "review")


@dataclass(frozen=True)
class ReviewedVerdict:
    finding: str  # finding IRI
    checker_verdict: str
    review: Review


def verdict_reviews(store: Store) -> list[Review]:
    """Every correction of a verdict in the store (one ASK when there is none). A check over many
    policies reads them once and passes them to ``with_reviewed_verdicts`` per policy."""
    if not store.ask(sparql_prefixes() + 'ASK { GRAPH pkgr:reviews { ?r pkg:reviewedField "verdict" ; pkg:reviewAction "correct" } }'):
        return []
    from policykg.reviews.store import read_reviews

    return [r for r in read_reviews(store) if r.field == "verdict" and r.action == "correct" and r.new_value in VERDICTS]


def with_reviewed_verdicts(store: Store, result: "CheckResult", reviews: list[Review] | None = None) -> "CheckResult":
    """``result`` with every corrected verdict that stands on its policy versions in place of the
    checker's (one ASK when no verdict was ever corrected; none when ``reviews`` is given)."""
    if reviews is None:
        reviews = verdict_reviews(store)
    if not reviews:
        return result
    from policykg.compliance.text import Sentence
    from policykg.reviews.apply import index_reviews
    from policykg.workbench.findings import Finding, FindingQuote
    from policykg.workbench.policy_data import PolicyView, previous_versions

    by_source: dict[str, list[Review]] = {}
    for review in reviews:
        by_source.setdefault(review.source_name, []).append(review)
    changed: list[ReviewedVerdict] = []
    results = []
    for policy_result in result.results:
        info = policy_result.policy
        candidates = by_source.get(info.file, [])
        lineage = {info.iri, *(str(ID[f"policy/{d}"]) for d in previous_versions(store, info.iri))} if candidates else set()
        mine = [r for r in candidates if r.policy in lineage]
        if not mine:
            results.append(policy_result)
            continue
        iri_of = {j.requirement.key: str(ID[f"finding/{info.docid}/{j.requirement.key}"]) for j in policy_result.judgements}
        findings = [Finding(iri=iri_of[j.requirement.key], policy=info.iri, key=j.requirement.key, verdict=j.result.verdict,
                            reason=j.result.reason, quotes=[FindingQuote(q.text, q.start, q.end) for q in j.result.quotes])
                    for j in policy_result.judgements]
        view = PolicyView(docid=info.docid, iri=info.iri, file=info.file, title=None, language=info.language, modified=None,
                          company=info.company, ingested=None, text=_text(store, info.iri), facts=[], findings=findings)
        standing: dict[str, tuple[Review, int | None, int | None]] = {}
        for item in index_reviews(view, mine).items:  # oldest first: the latest correction wins
            if item.applies and item.anchoring.target:
                standing[item.anchoring.target] = (item.review, item.anchoring.start, item.anchoring.end)
        judgements = []
        for j in policy_result.judgements:
            found = standing.get(iri_of[j.requirement.key])
            if found is None:
                judgements.append(j)
                continue
            review, start, end = found
            quotes = j.result.quotes
            if not quotes and start is not None and end is not None:
                quotes = (Sentence(index=-1, start=start, end=end, text=view.text[start:end]),)
            verdict, said = str(review.new_value), review.new_reason or review.comment or "Corrected by a reviewer."
            if verdict == "met" and not quotes:  # no legal conclusion without the sentence that shows it
                verdict, said = "review", f"A reviewer judged this met without pointing at the sentence that shows it: {said}"
            reason = f"{said} [reviewed by {review.reviewer}, {review.created[:10]}; the checker found {j.result.verdict}]"
            try:
                result_now = replace(j.result, verdict=verdict, reason=reason, quotes=quotes)
            except ValueError:  # a verdict the model refuses: the checker's stands, the report lists the review
                judgements.append(j)
                continue
            changed.append(ReviewedVerdict(iri_of[j.requirement.key], j.result.verdict, review))
            judgements.append(replace(j, result=result_now))
        results.append(replace(policy_result, judgements=tuple(judgements)))
    if not changed:
        return result
    return _reviewed_result_class()(results=tuple(results), run=result.run, checked_at=result.checked_at,
                                    reviewed=tuple(changed))


def _reviewed_result_class() -> type:
    """``CheckResult`` that also says which verdicts came from reviewers (made lazily: check.py imports us)."""
    global _ReviewedResult
    if _ReviewedResult is None:
        from policykg.compliance.check import CheckResult

        @dataclass(frozen=True)
        class ReviewedCheckResult(CheckResult):
            reviewed: tuple[ReviewedVerdict, ...] = field(default_factory=tuple)

        _ReviewedResult = ReviewedCheckResult
    return _ReviewedResult


_ReviewedResult: type | None = None


def reviewed_in(result: "CheckResult") -> tuple[ReviewedVerdict, ...]:
    """The verdicts of ``result`` that reviewers set (empty when none)."""
    return tuple(getattr(result, "reviewed", ()))


def mark_reviewed_findings(store: Store, result: "CheckResult") -> int:
    """After the findings are stored: mark each reviewed one with the checker's own verdict and the
    review it follows (``pkg:checkerVerdict``, ``prov:wasDerivedFrom``, ``pkg:reviewedBy``)."""
    items = reviewed_in(result)
    if not items:
        return 0
    lines = []
    for item in items:
        node = URIRef(item.finding)
        for p, o in ((PKG.checkerVerdict, Literal(item.checker_verdict)), (PROV.wasDerivedFrom, item.review.iri),
                     (PKG.reviewedBy, ID[f"reviewer/{item.review.reviewer}"])):
            lines.append(f"{node.n3()} {p.n3()} {o.n3()} .")
    graph = str(COMPLIANCE_GRAPH)
    sparql = f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(lines) + "\n} }"
    narrow = getattr(store, "update_graphs", None)
    if narrow is not None:
        narrow(sparql, [graph])
    else:
        store.update(sparql)
    return len(items)


def _text(store: Store, policy_iri: str) -> str:
    rows = store.select(sparql_prefixes() + f"SELECT ?c WHERE {{ <{policy_iri}> pkg:hasText/pkg:content ?c }} LIMIT 1")
    return str(rows[0]["c"]) if rows else ""


def mark_reviewed_json(text: str, result: "CheckResult") -> str:
    """policy-findings/1 text with ``"reviewed": {"by", "at", "checker_verdict", "review"}`` on each
    finding whose verdict a reviewer set (the same key ``policykg reviews export`` writes)."""
    items = {item.finding: item for item in reviewed_in(result)}
    if not items:
        return text
    import json

    document = json.loads(text)
    for policy in document.get("policies", []):
        for finding in policy.get("findings", []):
            item = items.get(str(ID[f"finding/{policy.get('docid')}/{finding.get('requirement')}"]))
            if item is not None:
                finding["reviewed"] = {"by": item.review.reviewer, "at": item.review.created,
                                       "checker_verdict": item.checker_verdict, "review": str(item.review.iri)}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
