"""Stage 3: segments -> statements with evidence spans.

Each extractor module exposes ``extract(context) -> Iterable[Statement]`` and is listed in
``EXTRACTORS``; the company extractor is separate because it gives one answer per document.
Extractors are plain functions over an :class:`ExtractionContext` so they can be tested alone.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
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

    from policykg.ingest.extract.blocks import language_blocks, main_language, renumber

    from policykg.ingest.extract.az_cyrillic import latinise_az

    original = document
    document, segments = latinise_az(document, tuple(segments))  # az in Cyrillic letters read as Latin
    context = ExtractionContext(document=document, segments=tuple(segments))
    statements: list[Statement] = []
    blocks = language_blocks(document.text, context.segments, document.language)
    main = main_language(blocks)
    if main != original.language:  # a page in two languages is written in the one that says most
        original, document = replace(original, language=main), replace(document, language=main)
        context = ExtractionContext(document=document, segments=context.segments)
    if len(blocks) == 1:
        for extractor in _extractors():
            statements.extend(extractor(context))
    else:  # a page in two languages: each block read with its own lexicon, its statements kept to it
        for language, first, end in blocks:
            part = renumber(context.segments, first, end)
            doc = document if language == document.language else replace(document, language=language)
            low, high = part[0].start, part[-1].end
            sub = ExtractionContext(document=doc, segments=part)
            for extractor in _extractors():
                statements.extend(s for s in extractor(sub) if low <= s.span.start < high)
    return Extraction(
        document=original,
        company=extract_company(context),
        statements=tuple(statements),
        extractor_version=EXTRACTOR_VERSION,
    )
