"""The frozen records that pass between ingest stages.

Offsets everywhere are character offsets into ``Document.text`` (the normalised text that is
stored in the graph), so every quote can be checked with ``text[start:end]``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class IngestError(Exception):
    """A document that cannot be ingested; the message names the file and what to do."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


@dataclass(frozen=True)
class Document:
    """One policy document, read and normalised."""

    source: str  # path or URL as given by the user
    name: str  # file name without folders (the policy-facts/1 ``file`` key)
    text: str  # normalised text; all offsets index into it
    sha256: str  # of the raw bytes
    media_type: str  # text/plain, text/html, application/pdf, ...
    encoding: str | None  # detected encoding of text inputs
    language: str  # BCP-47 primary language subtag, "und" if unknown
    language_confidence: float = 0.0
    title: str | None = None
    imprint_start: int | None = None  # where the text's closing lines kept from a page footer start (HTML)

    @property
    def docid(self) -> str:
        """Stable identifier of this exact version of the document."""
        return self.sha256[:16]


class SegmentKind(str, Enum):
    HEADING = "heading"
    ITEM = "item"  # numbered or bulleted list item
    SENTENCE = "sentence"


@dataclass(frozen=True)
class Segment:
    """A heading, list item or sentence, with where it sits in the document."""

    start: int
    end: int
    text: str  # == document.text[start:end]
    kind: SegmentKind
    index: int  # position in document order
    heading: str | None = None  # text of the nearest heading above, for section context
    parent: int | None = None  # index of the segment that introduces this list item, if any


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Polarity(str, Enum):
    AFFIRMATIVE = "affirmative"
    NEGATIVE = "negative"
    # "if we need to transfer abroad in future, we will ...": neither done nor denied; only
    # cross-border statements use it so far (pkg:Conditional)
    CONDITIONAL = "conditional"


class StatementKind(str, Enum):
    """Maps one-to-one onto the pkg:*Statement classes of the ontology."""

    COLLECTION = "collection"
    USE = "use"
    SHARING = "sharing"
    RETENTION = "retention"
    CROSS_BORDER = "cross-border"
    MINORS = "minors"
    SELLING = "selling"
    TRACKING = "tracking"
    COOKIE_CONTROL = "cookie-control"
    RIGHT = "right"
    SECURITY = "security"
    INCIDENT_NOTIFICATION = "incident-notification"
    POLICY_CHANGE = "policy-change"
    IMPLIED_CONSENT = "implied-consent"
    LAW_CITATION = "law-citation"
    CONTACT = "contact"
    DATE = "date"


@dataclass(frozen=True)
class Condition:
    """One case in which the policy says it shares or discloses data (a disclosure-condition key)."""

    key: str
    span: Span


@dataclass(frozen=True)
class Statement:
    """One practice the policy states, with the text it came from.

    ``values`` maps a policy-facts/1 list field ("data_categories", "purposes", "recipients",
    "rights", "security_measures", "tracking", "laws_cited") to vocabulary keys.
    ``attributes`` holds scalars: retention_kind, retention_period (ISO-8601), storage_location
    (ISO-3166), age (int), email, phone, date (YYYY-MM-DD), date_role ("last_updated"|"effective");
    and tuples where one sentence names several: transfer_destinations (ISO-3166 codes),
    transfer_mechanisms (PIPL 38 routes), foreign_recipients (names as written).
    """

    kind: StatementKind
    span: Span
    polarity: Polarity = Polarity.AFFIRMATIVE
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    conditions: tuple[Condition, ...] = ()
    attributes: dict[str, str | int | tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Company:
    name: str
    span: Span
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    company: Company | None
    statements: tuple[Statement, ...]
    extractor_version: str
