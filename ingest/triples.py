"""Stage 4: an Extraction becomes the triples of one policy's named graph (docs/DESIGN.md).

Every statement becomes an n-ary practice node with its polarity, its values as vocabulary
concepts, and a Web Annotation whose selectors quote the exact text it came from. Summary
triples from the policy straight to the concepts make cross-policy aggregates cheap.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node

from policykg import __version__
from policykg.ingest.model import Extraction, Polarity, Span, Statement, StatementKind
from policykg.namespaces import DPV, GRAPH, ID, LOC, OA, PKG, concept_iri

Triple = tuple[Node, Node, Node]

QUOTE_CONTEXT = 32  # characters of prefix and suffix kept in a TextQuoteSelector

STATEMENT_CLASS: dict[StatementKind, URIRef] = {
    StatementKind.COLLECTION: PKG.CollectionStatement,
    StatementKind.USE: PKG.UseStatement,
    StatementKind.SHARING: PKG.SharingStatement,
    StatementKind.RETENTION: PKG.RetentionStatement,
    StatementKind.CROSS_BORDER: PKG.CrossBorderStatement,
    StatementKind.MINORS: PKG.MinorsStatement,
    StatementKind.SELLING: PKG.SellingStatement,
    StatementKind.TRACKING: PKG.TrackingStatement,
    StatementKind.COOKIE_CONTROL: PKG.CookieControlStatement,
    StatementKind.RIGHT: PKG.RightStatement,
    StatementKind.SECURITY: PKG.SecurityStatement,
    StatementKind.INCIDENT_NOTIFICATION: PKG.IncidentNotificationStatement,
    StatementKind.POLICY_CHANGE: PKG.PolicyChangeStatement,
    StatementKind.IMPLIED_CONSENT: PKG.ImpliedConsentStatement,
    StatementKind.LAW_CITATION: PKG.LawCitation,
    StatementKind.CONTACT: PKG.ContactStatement,
    StatementKind.DATE: PKG.DateStatement,
}

# DPV processing operation each practice performs, where one applies.
PROCESSING: dict[StatementKind, URIRef] = {
    StatementKind.COLLECTION: DPV.Collect,
    StatementKind.USE: DPV.Use,
    StatementKind.SHARING: DPV.Share,
    StatementKind.RETENTION: DPV.Store,
    StatementKind.CROSS_BORDER: DPV.Transfer,
}

# policy-facts/1 list field -> (property on the statement, summary property on the policy)
VALUE_PROPERTIES: dict[str, tuple[URIRef, URIRef]] = {
    "data_categories": (DPV.hasPersonalData, PKG.collectsCategory),
    "purposes": (DPV.hasPurpose, PKG.hasPurposeSummary),
    "recipients": (DPV.hasRecipient, PKG.sharesWith),
    "rights": (DPV.hasRight, PKG.grantsRight),
    "security_measures": (PKG.hasMeasure, PKG.claimsMeasure),
    "tracking": (PKG.trackingTechnology, PKG.usesTracking),
}

RETENTION_KIND = {"purpose-bound": PKG.PurposeBoundRetention, "fixed": PKG.FixedPeriodRetention}


@dataclass(frozen=True)
class PolicyIris:
    """The IRIs of one policy version, derived from its docid."""

    docid: str

    @property
    def graph(self) -> URIRef:
        return GRAPH[f"policy/{self.docid}"]

    @property
    def policy(self) -> URIRef:
        return ID[f"policy/{self.docid}"]

    @property
    def text(self) -> URIRef:
        return ID[f"text/{self.docid}"]

    @property
    def activity(self) -> URIRef:
        return ID[f"policy/{self.docid}/activity"]

    def node(self, kind: str, number: int) -> URIRef:
        return ID[f"policy/{self.docid}/{kind}/{number}"]


def company_iri(name: str) -> URIRef:
    """One IRI per company name, so that versions and policies of a company meet in one node."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    slug = re.sub(r"[^\w]+", "-", folded).strip("-") or "unknown"
    return ID[f"company/{slug}"]


@lru_cache(maxsize=1)
def law_iris_by_key() -> dict[str, URIRef]:
    """Law key (CN-PIPL, ...) -> law IRI, read from the ontology so that the mapping is data."""
    from policykg.namespaces import PKG as _PKG
    from policykg.ontology.loader import load_ontology

    graph = load_ontology()
    return {str(key): URIRef(law) for law, key in graph.subject_objects(_PKG.lawKey)}


def build_triples(
    extraction: Extraction,
    *,
    ingested_at: datetime | None = None,
    previous_version: str | None = None,
) -> list[Triple]:
    """All triples of the policy's named graph (graph IRI: ``PolicyIris(docid).graph``)."""
    builder = _GraphBuilder(extraction, ingested_at or datetime.now(timezone.utc))
    builder.add_policy(previous_version)
    for statement in extraction.statements:
        builder.add_statement(statement)
    builder.add_stated_date()
    return builder.triples


# Fixed terms, built once: a Namespace attribute builds and validates a new URIRef on every use,
# and a policy adds thousands of them.
_A = RDF.type
_EVIDENCE = PKG.evidence
_QUOTE, _QUOTE_START, _QUOTE_END = PKG.quote, PKG.quoteStart, PKG.quoteEnd
_USES_DATA_FOR = PKG.usesDataFor
_ANNOTATION, _MOTIVATED_BY, _IDENTIFYING = OA.Annotation, OA.motivatedBy, OA.identifying
_HAS_BODY, _HAS_TARGET, _GENERATED_BY = OA.hasBody, OA.hasTarget, PROV.wasGeneratedBy
_SPECIFIC, _HAS_SOURCE, _HAS_SELECTOR = OA.SpecificResource, OA.hasSource, OA.hasSelector
_QUOTE_SELECTOR, _EXACT, _PREFIX, _SUFFIX = OA.TextQuoteSelector, OA.exact, OA.prefix, OA.suffix
_POSITION_SELECTOR, _START, _END = OA.TextPositionSelector, OA.start, OA.end
_STATES, _HAS_POLARITY, _AFFIRMATIVE, _NEGATIVE = PKG.states, PKG.hasPolarity, PKG.Affirmative, PKG.Negative
_HAS_PROCESSING, _HAS_CONDITION, _DISCLOSURE_CONDITION = DPV.hasProcessing, PKG.hasCondition, PKG.DisclosureCondition
_CONDITION_KIND, _DISCLOSES_WHEN, _CITES_LAW = PKG.conditionKind, PKG.disclosesWhen, PKG.citesLaw


@lru_cache(maxsize=8192)
def _use_iri(category: str, purpose: str) -> URIRef:
    """The shared node for "this data category, for this purpose" (docs/DESIGN.md, summary triples)."""
    return ID[f"use/{category}/{purpose}"]


@lru_cache(maxsize=4096)
def _concept(field: str, key: str) -> URIRef:
    return concept_iri(field, key)


class _GraphBuilder:
    def __init__(self, extraction: Extraction, ingested_at: datetime) -> None:
        self.extraction = extraction
        self.document = extraction.document
        self.iris = PolicyIris(extraction.document.docid)
        self.policy = self.iris.policy
        self.text = self.iris.text
        self.activity = self.iris.activity
        self.node_prefix = str(self.iris.node("x", 0))[: -len("x/0")]  # ".../id/policy/<docid>/"
        self.ingested_at = ingested_at
        self.triples: list[Triple] = []
        self.counter = 0
        self.company: URIRef | None = None
        self.summary: set[tuple[URIRef, URIRef]] = set()

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.triples.append((s, p, o))

    def next_number(self) -> int:
        self.counter += 1
        return self.counter

    def node(self, kind: str, number: int) -> URIRef:
        """``PolicyIris.node`` without rebuilding the policy prefix each time."""
        return URIRef(f"{self.node_prefix}{kind}/{number}")

    def add_policy(self, previous_version: str | None) -> None:
        doc, iris, add = self.document, self.iris, self.add
        policy = iris.policy
        add(policy, RDF.type, PKG.PrivacyPolicy)
        add(policy, DCTERMS.language, Literal(doc.language))
        add(policy, DCTERMS.source, Literal(doc.source))
        add(policy, PKG.fileName, Literal(doc.name))
        add(policy, PKG.sha256, Literal(doc.sha256))
        add(policy, PKG.mediaType, Literal(doc.media_type))
        if doc.encoding:
            add(policy, PKG.sourceEncoding, Literal(doc.encoding))
        if doc.title:
            add(policy, DCTERMS.title, Literal(doc.title))
        add(policy, PKG.ingestedAt, Literal(self.ingested_at.isoformat(), datatype=XSD.dateTime))
        add(policy, PKG.hasText, iris.text)
        if previous_version:
            add(policy, PKG.previousVersion, URIRef(previous_version))
        add(iris.text, RDF.type, PKG.SourceText)
        add(iris.text, PKG.content, Literal(doc.text))
        add(iris.activity, RDF.type, PROV.Activity)
        add(iris.activity, RDF.type, PKG.IngestActivity)
        add(iris.activity, PROV.used, iris.text)
        add(iris.activity, PROV.endedAtTime, Literal(self.ingested_at.isoformat(), datatype=XSD.dateTime))
        agent = ID[f"agent/policykg-{__version__}"]
        add(iris.activity, PROV.wasAssociatedWith, agent)
        add(agent, RDF.type, PROV.SoftwareAgent)
        add(agent, PKG.extractorVersion, Literal(self.extraction.extractor_version))
        company = self.extraction.company
        if company is not None:
            self.company = company_iri(company.name)
            add(policy, DCTERMS.publisher, self.company)
            add(self.company, RDF.type, PKG.Company)
            add(self.company, PKG.legalName, Literal(company.name))
            add(policy, PKG.companyName, Literal(company.name))  # one hop for per-policy answers
            for alias in company.aliases:
                add(self.company, PKG.alias, Literal(alias))
            self.add_evidence_for(policy, company.span, PKG.publisherEvidence)

    def add_evidence_for(self, subject: URIRef, span: Span, predicate: URIRef = _EVIDENCE) -> URIRef:
        """A Web Annotation whose target quotes ``span`` of the stored text."""
        text = self.document.text
        start, end = span.start, span.end
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"{self.document.source}: evidence span {start}-{end} outside the text")
        number = self.next_number()
        annotation = self.node("e", number)
        target = URIRef(f"{annotation}/t")
        quote = URIRef(f"{annotation}/q")
        position = URIRef(f"{annotation}/p")
        self.triples += (
            (subject, predicate, annotation),
            (annotation, _A, _ANNOTATION),
            (annotation, _MOTIVATED_BY, _IDENTIFYING),
            (annotation, _HAS_BODY, subject),
            (annotation, _HAS_TARGET, target),
            (annotation, _GENERATED_BY, self.activity),
            (target, _A, _SPECIFIC),
            (target, _HAS_SOURCE, self.text),
            (target, _HAS_SELECTOR, quote),
            (target, _HAS_SELECTOR, position),
            (quote, _A, _QUOTE_SELECTOR),
            (quote, _EXACT, Literal(text[start:end])),
            (quote, _PREFIX, Literal(text[max(0, start - QUOTE_CONTEXT) : start])),
            (quote, _SUFFIX, Literal(text[end : end + QUOTE_CONTEXT])),
            (position, _A, _POSITION_SELECTOR),
            (position, _START, Literal(start)),
            (position, _END, Literal(end)),
        )
        if predicate is _EVIDENCE:
            # the same quote and offsets one hop from the fact: cross-policy queries read these
            # instead of walking annotation/target/selector (8 index look-ups per row on disk)
            self.triples += (
                (subject, _QUOTE, Literal(text[start:end])),
                (subject, _QUOTE_START, Literal(start)),
                (subject, _QUOTE_END, Literal(end)),
            )
        return annotation

    def add_statement(self, statement: Statement) -> None:
        node = self.node("s", self.next_number())
        add = self.add
        affirmative = statement.polarity is Polarity.AFFIRMATIVE
        add(self.policy, _STATES, node)
        add(node, _A, STATEMENT_CLASS[statement.kind])
        add(node, _HAS_POLARITY, _AFFIRMATIVE if affirmative else _NEGATIVE)
        if statement.kind in PROCESSING:
            add(node, _HAS_PROCESSING, PROCESSING[statement.kind])
        self.add_evidence_for(node, statement.span)
        for field, keys in statement.values.items():
            for key in keys:
                self.add_value(node, field, key, affirmative)
        if affirmative:  # category x purpose pairs: an aggregate over policies reads one triple each
            for category in statement.values.get("data_categories", ()):
                for purpose in statement.values.get("purposes", ()):
                    self.add_summary(_USES_DATA_FOR, _use_iri(category, purpose))
        for condition in statement.conditions:
            condition_node = self.node("c", self.next_number())
            add(node, _HAS_CONDITION, condition_node)
            add(condition_node, _A, _DISCLOSURE_CONDITION)
            concept = _concept("disclosure_conditions", condition.key)
            add(condition_node, _CONDITION_KIND, concept)
            self.add_evidence_for(condition_node, condition.span)
            # the listed cases count under "we do not share, except ..." too
            self.add_summary(_DISCLOSES_WHEN, concept)
        for name, value in statement.attributes.items():
            self.add_attribute(node, name, value)

    def add_stated_date(self) -> None:
        """dct:modified = the stated last-updated date, else the stated effective date."""
        dates: dict[str, str] = {}
        for statement in self.extraction.statements:
            if statement.kind is StatementKind.DATE and "date" in statement.attributes:
                role = str(statement.attributes.get("date_role", "last_updated"))
                dates[role] = max(dates.get(role, ""), str(statement.attributes["date"]))
        chosen = dates.get("last_updated") or dates.get("effective")
        if chosen:
            self.add(self.iris.policy, DCTERMS.modified, Literal(chosen, datatype=XSD.date))

    def add_value(self, node: URIRef, field: str, key: str, affirmative: bool) -> None:
        if field == "laws_cited":
            law = law_iris_by_key().get(key)
            if law is None:
                raise ValueError(f"{self.document.source}: unknown law key {key!r}")
            self.add(node, _CITES_LAW, law)
            if affirmative:
                self.add_summary(_CITES_LAW, law)
            return
        predicate, summary = VALUE_PROPERTIES[field]
        concept = _concept(field, key)
        self.add(node, predicate, concept)
        if affirmative:
            self.add_summary(summary, concept)

    def add_summary(self, predicate: URIRef, value: URIRef) -> None:
        if (predicate, value) not in self.summary:
            self.summary.add((predicate, value))
            self.add(self.policy, predicate, value)

    def add_attribute(self, node: URIRef, name: str, value: str | int) -> None:
        add = self.add
        if name == "retention_kind":
            add(node, PKG.retentionKind, RETENTION_KIND[str(value)])
        elif name == "retention_period":
            add(node, PKG.retentionPeriod, Literal(str(value), datatype=XSD.duration))
        elif name == "storage_location":
            add(node, PKG.storageLocation, LOC[str(value).upper()])
        elif name == "age":
            add(node, PKG.ageThreshold, Literal(int(value)))
        elif name in ("email", "phone"):
            add(node, PKG[name], Literal(str(value)))
            if self.company is not None:
                add(self.company, PKG[name], Literal(str(value)))
        elif name == "date":
            add(node, PKG.statedDate, Literal(str(value), datatype=XSD.date))
        elif name == "date_role":
            add(node, PKG.dateRole, Literal(str(value)))
        else:
            add(node, PKG[_camel(name)], Literal(value))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
