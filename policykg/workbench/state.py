"""What the workbench pages share: the store, labels, the corpus index and review access."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from policykg import __version__
from policykg.reviews.access import ReviewAccess
from policykg.store.base import Store
from policykg.workbench.corpus_index import CorpusIndex
from policykg.workbench.corpus_query import ResultCache
from policykg.workbench.labels import Labels


@dataclass
class Workbench:
    store: Store
    labels: Labels
    index: CorpusIndex
    access: ReviewAccess
    results: ResultCache = field(default_factory=ResultCache)
    extractor_version: str = __version__

    @property
    def can_review(self) -> bool:
        return self.access.enabled and not getattr(self.store, "read_only", False)


def make_workbench(store: Store, *, reviewer_tokens: dict[str, str] | None = None, warm: bool = False) -> Workbench:
    """The pages' shared state; ``warm`` brings the corpus rows up to date in the background at once,
    so the first visitor of a big store does not wait for them."""
    labels = Labels(store)
    folder = getattr(store, "path", None)
    folder = Path(folder) if folder else None
    bench = Workbench(store=store, labels=labels, index=CorpusIndex(store, labels, folder),
                      access=ReviewAccess(reviewer_tokens, folder))
    if warm:
        threading.Thread(target=_warm, args=(bench,), name="policykg-workbench-warm", daemon=True).start()
    return bench


def _warm(bench: Workbench) -> None:
    try:
        bench.index.connection()
    except Exception:  # noqa: BLE001 - a store closed meanwhile: the first page builds the rows instead
        pass
