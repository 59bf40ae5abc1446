"""What the workbench pages share: the store, labels, the corpus index and review access."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policykg import __version__
from policykg.reviews.access import ReviewAccess
from policykg.store.base import Store
from policykg.workbench.corpus_index import CorpusIndex
from policykg.workbench.labels import Labels


@dataclass
class Workbench:
    store: Store
    labels: Labels
    index: CorpusIndex
    access: ReviewAccess
    extractor_version: str = __version__

    @property
    def can_review(self) -> bool:
        return self.access.enabled and not getattr(self.store, "read_only", False)


def make_workbench(store: Store, *, reviewer_tokens: dict[str, str] | None = None) -> Workbench:
    labels = Labels(store)
    folder = getattr(store, "path", None)
    folder = Path(folder) if folder else None
    return Workbench(store=store, labels=labels, index=CorpusIndex(store, labels, folder),
                     access=ReviewAccess(reviewer_tokens))
