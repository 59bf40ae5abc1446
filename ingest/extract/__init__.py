"""Stage 3: segments -> statements with evidence spans.

Each extractor module exposes ``extract(context) -> Iterable[Statement]`` and is listed in
``EXTRACTORS``; the company extractor is separate because it yields one answer per document.
Extractors are plain functions over an :class:`ExtractionContext` so they can be tested alone.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from policykg.ingest.model import Company, Document, Extraction, Segment, Statement

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


def _load(name: str) -> Extractor | None:
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as error:
        if error.name == f"{__name__}.{name}":
            return None  # not written yet
        raise
    return module.extract


def extract(document: Document, segments: list[Segment] | tuple[Segment, ...]) -> Extraction:
    """Run every extractor over one segmented document."""
    context = ExtractionContext(document=document, segments=tuple(segments))
    statements: list[Statement] = []
    for name in EXTRACTORS:
        extractor = _load(name)
        if extractor is not None:
            statements.extend(extractor(context))
    company = _extract_company(context)
    return Extraction(
        document=document,
        company=company,
        statements=tuple(statements),
        extractor_version=EXTRACTOR_VERSION,
    )


def _extract_company(context: ExtractionContext) -> Company | None:
    try:
        module = importlib.import_module(f"{__name__}.company")
    except ModuleNotFoundError as error:
        if error.name == f"{__name__}.company":
            return None
        raise
    return module.extract_company(context)
