"""Reviewed values win: policy-facts/1 records and findings with the reviews of each policy applied.

Why here and not in the SPARQL of ``ingest/facts.py``: a review stands on a statement only after
re-anchoring on the current text (``apply.py``), which SPARQL cannot do. Only policies that have
reviews are re-read, so the cost is nil for a store without reviews (one query).
"""
from __future__ import annotations

from typing import Any

from policykg.reviews.apply import ReviewIndex, effective_values, index_reviews
from policykg.reviews.model import Review
from policykg.reviews.overlay import restore_extracted
from policykg.reviews.store import read_reviews
from policykg.store.base import Store
from policykg.workbench.findings import Finding
from policykg.workbench.labels import Labels
from policykg.workbench.policy_data import PolicyView, docid_of, read_policy

LIST_FIELD_OF = {"category": "data_categories", "purpose": "purposes", "recipient": "recipients", "right": "rights",
                 "measure": "security_measures", "tracking": "tracking", "law": "laws_cited",
                 "condition": "disclosure_conditions"}


def reviewed_views(store: Store, records: list[dict[str, Any]], labels: Labels | None = None,
                   reviews: list[Review] | None = None) -> dict[str, tuple[PolicyView, ReviewIndex]]:
    """policy IRI -> (view, reviews anchored on it), for the records' policies that have reviews."""
    reviews = read_reviews(store) if reviews is None else reviews
    if not reviews:
        return {}
    labels = labels or Labels(store)
    by_source: dict[str, list[Review]] = {}
    for review in reviews:
        by_source.setdefault(review.source_name, []).append(review)
    out = {}
    for record in records:
        candidates = by_source.get(record["file"])
        if not candidates:
            continue
        view = read_policy(store, docid_of(record["policy"]), labels)
        restore_extracted(store, view, labels)  # reviews apply to what the extractor said (overlay.py)
        lineage = {view.iri, *(f"{view.iri.rsplit('/', 1)[0]}/{d}" for d in view.previous)}
        mine = [r for r in candidates if r.policy in lineage]
        if mine:
            out[record["policy"]] = (view, index_reviews(view, mine))
    return out


def apply_to_records(store: Store, records: list[dict[str, Any]], labels: Labels | None = None) -> int:
    """Rewrite the records of reviewed policies with reviewed values; returns how many changed."""
    labels = labels or Labels(store)
    views = reviewed_views(store, records, labels)
    for record in records:
        found = views.get(record["policy"])
        if found is None:
            continue
        view, index = found
        values = effective_values(view, index)
        for field, list_field in LIST_FIELD_OF.items():
            if list_field in record:
                record[list_field] = sorted({labels.key(v) if v.startswith("http") else v for v in values.get(field, {})})
        record["cookies"] = "cookies" in record.get("tracking", [])
        for applied in index.items:
            review = applied.review
            if not applied.applies or review.action != "correct" or not review.new_value:
                continue
            if review.field == "publisher":
                record["company"] = review.new_value
            elif review.field == "date":
                record["last_updated"] = review.new_value
        record["reviewed"] = {
            "reviews": len([a for a in index.items if a.applies]),
            "by": sorted({a.review.reviewer for a in index.items if a.applies}),
            "unplaced": len(index.unplaced),
        }
    return len(views)


def apply_to_findings(findings: list[Finding], index: ReviewIndex) -> list[dict[str, Any]]:
    """Findings as policy-findings/1 items, a reviewer's verdict and reason winning over the checker's."""
    items = []
    for finding in findings:
        applied = index.latest(finding.iri, "verdict", finding.verdict)
        verdict, reason, reviewed = finding.verdict, finding.reason, None
        if applied is not None:
            reviewed = {"action": applied.review.action, "by": applied.review.reviewer, "at": applied.review.created}
            if applied.review.action == "correct" and applied.review.new_value:
                verdict, reason = applied.review.new_value, applied.review.new_reason or reason
        item = {"requirement": finding.key, "verdict": verdict, "reason": reason, "provisions": finding.provisions,
                "quotes": [{"exact": q.exact, "start": q.start, "end": q.end} for q in finding.quotes]}
        if reviewed:
            item["reviewed"] = reviewed
        items.append(item)
    return items
