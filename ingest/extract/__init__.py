"""Stage 3: segments -> statements with evidence spans.

Each extractor module exposes ``extract(context) -> Iterable[Statement]`` and is listed in
``EXTRACTORS``; the company extractor is separate because it gives one answer per document.
Extractors are plain functions over an :class:`ExtractionContext` so they can be tested alone.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from policykg.ingest.model import Document, Extraction, Segment, Statement

EXTRACTOR_VERSION = "policykg-extract/0.1"

# module names under policykg.ingest.extract, run in this order
EXTRACTORS: tuple[str, ...] = (
    "practices",  # collection / use / sharing with categories, purposes, recipients
    "conditions",  # disclosure conditions attached to sharing statements
    "rights",
    "security",
    "tracking",
    "laws",
    "contacts",
    "dates",
    "retention",
    "cross_border",
    "minors",
    "commitments",  # incident notification, policy-change notice, implied consent, selling
)


@dataclass(frozen=True)
class ExtractionContext:
    document: Document
    segments: tuple[Segment, ...]

    @property
    def language(self) -> str:
        return self.document.language


Extractor = Callable[[ExtractionContext], Iterable[Statement]]


@lru_cache(maxsize=None)
def _extractors() -> tuple[Extractor, ...]:
    """The registered extractors, imported once (a missing module is an error, never a silent gap)."""
    return tuple(importlib.import_module(f"{__name__}.{name}").extract for name in EXTRACTORS)


def extract(document: Document, segments: list[Segment] | tuple[Segment, ...]) -> Extraction:
    """Run every extractor over one segmented document."""
    from policykg.ingest.extract.company import extract_company

    context = ExtractionContext(document=document, segments=tuple(segments))
    statements: list[Statement] = []
    for extractor in _extractors():
        statements.extend(extractor(context))
    return Extraction(
        document=document,
        company=extract_company(context),
        statements=tuple(statements),
        extractor_version=EXTRACTOR_VERSION,
    )
