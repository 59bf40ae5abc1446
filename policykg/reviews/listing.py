"""Every review with where it stands on the current version of its policy (orphans included)."""
from __future__ import annotations

from dataclasses import dataclass

from policykg.namespaces import PKG
from policykg.reviews.apply import Applied, anchor_on
from policykg.reviews.model import Review
from policykg.reviews.overlay import materialise_reviews, restore_extracted
from policykg.reviews.store import created_order, read_reviews, write_anchorings
from policykg.store.base import Store
from policykg.workbench.labels import Labels
from policykg.workbench.policy_data import NotFound, PolicyView, docid_of, read_policy


@dataclass
class ListedReview:
    review: Review
    current: str | None  # docid of the newest version of the reviewed policy
    applied: Applied | None  # its anchoring there (None when that version is missing)


def newest_version(store: Store, policy_iri: str) -> str:
    """The newest version following ``pkg:previousVersion`` links forward from ``policy_iri``."""
    current = policy_iri
    for _ in range(1000):
        rows = store.select(f"SELECT ?n WHERE {{ ?n <{PKG.previousVersion}> <{current}> }} LIMIT 1")
        if not rows:
            return current
        current = str(rows[0]["n"])
    return current


def list_reviews(store: Store, labels: Labels, *, record: bool = False) -> list[ListedReview]:
    """All reviews, each anchored on the newest version of its policy; ``record`` stores the outcomes."""
    views: dict[str, PolicyView | None] = {}
    listed = []
    for review in read_reviews(store):
        newest = newest_version(store, review.policy)
        docid = docid_of(newest)
        if docid not in views:
            try:
                views[docid] = read_policy(store, docid, labels)
                restore_extracted(store, views[docid], labels)  # as the extractor wrote it (overlay.py)
            except NotFound:
                views[docid] = None
        view = views[docid]
        applied = Applied(review, anchor_on(view, review)) if view is not None else None
        listed.append(ListedReview(review, docid, applied))
    if record:
        changed = [(item.review, item.applied.anchoring) for item in listed if item.applied is not None
                   and _differs(item.review.anchorings.get(item.applied.anchoring.docid), item.applied.anchoring)]
        write_anchorings(store, changed)
        materialise_reviews(store, force=False)  # reviewed values into the policy graphs (overlay.py)
    order = {"orphaned": 0, "ambiguous": 1, "moved": 2, "anchored": 3}
    listed.sort(key=lambda item: (order.get(item.applied.anchoring.status if item.applied else "orphaned", 0),
                                  created_order(item.review.created)))
    return listed


def _differs(old, new) -> bool:
    if old is None:
        return True
    return (old.status, old.target, old.start, old.end) != (new.status, new.target, new.start, new.end)


def reviewed_verdicts(store: Store) -> dict[str, tuple[str, str, str]]:
    """finding IRI -> (verdict, reason, reviewer) for every finding a reviewer's correction stands on,
    anchored as the reader anchors it (on the newest version of its policy). One ASK when none."""
    from policykg.namespaces import sparql_prefixes

    if not store.ask(sparql_prefixes() + 'ASK { GRAPH pkgr:reviews { ?r pkg:reviewedField "verdict" } }'):
        return {}
    out: dict[str, tuple[str, str, str]] = {}
    for item in list_reviews(store, Labels(store)):
        applied, review = item.applied, item.review
        if (review.field == "verdict" and applied is not None and applied.applies and review.action == "correct"
                and review.new_value and applied.anchoring.target):
            verdict, reason = review.new_value, review.new_reason or ""
            if verdict == "met" and not review.exact:  # as `check` does: no "met" without the sentence that shows it
                verdict, reason = "review", f"A reviewer judged this met without pointing at the sentence that shows it: {reason}"
            out[applied.anchoring.target] = (verdict, reason, review.reviewer)
    return out
