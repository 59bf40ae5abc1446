"""Stage 4: an Extraction becomes one policy's named graph, written as N-Quads (docs/DESIGN.md).

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

from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node

from policykg import __version__
from policykg.ingest import nquads as nq
from policykg.ingest.model import Extraction, Polarity, Span, Statement, StatementKind
from policykg.namespaces import DPV, GRAPH, ID, LOC, OA, PKG, concept_iri

Triple = tuple[Node, Node, Node]

QUOTE_CONTEXT = 32  # characters of prefix and suffix kept in a TextQuoteSelector
# the publisher's quote keeps the context `policykg show` prints (ingest.show.QUOTE_LIMIT): the facts export
# rebuilds the sentence naming the publisher from prefix + exact + suffix, without the stored text
PUBLISHER_QUOTE_CONTEXT = 160

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


def build_nquads(
    extraction: Extraction,
    *,
    ingested_at: datetime | None = None,
    previous_version: str | None = None,
) -> bytes:
    """The policy's named graph (``PolicyIris(docid).graph``) as N-Quads, ready for the bulk loader.

    Every IRI built from data (company slugs, vocabulary keys, locations) is validated by
    pyoxigraph; the rest are the policy's own node IRIs under a validated prefix.
    """
    builder = _GraphBuilder(extraction, ingested_at or datetime.now(timezone.utc))
    builder.add_policy(previous_version)
    for statement in extraction.statements:
        builder.add_statement(statement)
    builder.add_stated_date()
    builder.add_statement_count()
    return "".join(builder.lines).encode("utf-8")


def build_triples(
    extraction: Extraction,
    *,
    ingested_at: datetime | None = None,
    previous_version: str | None = None,
) -> list[Triple]:
    """The same graph as rdflib triples, in the same order (for inspection, tests and tools)."""
    import pyoxigraph as ox

    from policykg.store.terms import to_rdflib

    data = build_nquads(extraction, ingested_at=ingested_at, previous_version=previous_version)
    return [
        (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS)
    ]


# Fixed terms, written once in N-Quads syntax (a policy writes thousands of them).
_A = nq.iri(RDF.type)
_EVIDENCE = nq.iri(PKG.evidence)
_PUBLISHER_EVIDENCE = nq.iri(PKG.publisherEvidence)
_QUOTE, _QUOTE_START, _QUOTE_END = nq.iri(PKG.quote), nq.iri(PKG.quoteStart), nq.iri(PKG.quoteEnd)
_USES_DATA_FOR = nq.iri(PKG.usesDataFor)
_ANNOTATION, _MOTIVATED_BY, _IDENTIFYING = nq.iri(OA.Annotation), nq.iri(OA.motivatedBy), nq.iri(OA.identifying)
_HAS_BODY, _HAS_TARGET, _GENERATED_BY = nq.iri(OA.hasBody), nq.iri(OA.hasTarget), nq.iri(PROV.wasGeneratedBy)
_SPECIFIC, _HAS_SOURCE, _HAS_SELECTOR = nq.iri(OA.SpecificResource), nq.iri(OA.hasSource), nq.iri(OA.hasSelector)
_QUOTE_SELECTOR, _EXACT = nq.iri(OA.TextQuoteSelector), nq.iri(OA.exact)
_PREFIX, _SUFFIX = nq.iri(OA.prefix), nq.iri(OA.suffix)
_POSITION_SELECTOR, _START, _END = nq.iri(OA.TextPositionSelector), nq.iri(OA.start), nq.iri(OA.end)
_STATES, _HAS_POLARITY, _STATEMENT_COUNT = nq.iri(PKG.states), nq.iri(PKG.hasPolarity), nq.iri(PKG.statementCount)
_AFFIRMATIVE, _NEGATIVE = nq.iri(PKG.Affirmative), nq.iri(PKG.Negative)
_POLARITY = {Polarity.AFFIRMATIVE: _AFFIRMATIVE, Polarity.NEGATIVE: _NEGATIVE, Polarity.CONDITIONAL: nq.iri(PKG.Conditional)}
_STORE = nq.iri(DPV.Store)
# PIPL art. 38 routes (ingest/extract/cross_border.py keys) -> pkg:TransferMechanism individuals
TRANSFER_MECHANISM = {
    "cac-security-assessment": PKG.CACSecurityAssessment,
    "pi-protection-certification": PKG.PIProtectionCertification,
    "cac-standard-contract": PKG.CACStandardContract,
}
_TRANSFER_MECHANISM = {key: nq.iri(iri) for key, iri in TRANSFER_MECHANISM.items()}
_HAS_PROCESSING, _HAS_CONDITION = nq.iri(DPV.hasProcessing), nq.iri(PKG.hasCondition)
_DISCLOSURE_CONDITION = nq.iri(PKG.DisclosureCondition)
_CONDITION_KIND, _DISCLOSES_WHEN, _CITES_LAW = nq.iri(PKG.conditionKind), nq.iri(PKG.disclosesWhen), nq.iri(PKG.citesLaw)
_STATEMENT_CLASS = {kind: nq.iri(iri) for kind, iri in STATEMENT_CLASS.items()}
_PROCESSING = {kind: nq.iri(iri) for kind, iri in PROCESSING.items()}
_VALUE_PROPERTIES = {field: (nq.iri(p), nq.iri(summary)) for field, (p, summary) in VALUE_PROPERTIES.items()}
_RETENTION_KIND = {kind: nq.iri(iri) for kind, iri in RETENTION_KIND.items()}


@lru_cache(maxsize=8192)
def _use_iri(category: str, purpose: str) -> str:
    """The shared node for "this data category, for this purpose" (docs/DESIGN.md, summary triples)."""
    return nq.iri(ID[f"use/{category}/{purpose}"])


@lru_cache(maxsize=4096)
def _concept(field: str, key: str) -> str:
    return nq.iri(concept_iri(field, key))


@lru_cache(maxsize=1)
def _law_terms() -> dict[str, str]:
    return {key: nq.iri(law) for key, law in law_iris_by_key().items()}


def _date_time(moment: datetime) -> str:
    return nq.typed(moment.isoformat(), XSD.dateTime)


class _GraphBuilder:
    """Writes one policy graph as N-Quads lines; every term below is already in N-Quads syntax."""

    def __init__(self, extraction: Extraction, ingested_at: datetime) -> None:
        self.extraction = extraction
        self.document = extraction.document
        self.iris = PolicyIris(extraction.document.docid)
        self.graph = nq.iri(self.iris.graph)
        self.policy = nq.iri(self.iris.policy)
        self.text = nq.iri(self.iris.text)
        self.activity = nq.iri(self.iris.activity)
        node_prefix = str(self.iris.node("x", 0))[: -len("x/0")]  # ".../id/policy/<docid>/"
        nq.iri(node_prefix + "s/0")  # validated once: every node adds only "<kind>/<number>"
        self.node_prefix = "<" + node_prefix
        self.ingested_at = ingested_at
        self.lines: list[str] = []
        self.counter = 0
        self.company: str | None = None
        self.summary: set[tuple[str, str]] = set()
        # (start, end) -> annotation IRI, quote literal and offset literals of a passage already written
        self.annotations: dict[tuple[int, int], tuple[str, str, str, str]] = {}
        self.tail = f" {self.graph} .\n"

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o}{self.tail}")

    def next_number(self) -> int:
        self.counter += 1
        return self.counter

    def node(self, kind: str, number: int) -> str:
        """``PolicyIris.node`` in N-Quads syntax, without re-validating the policy prefix."""
        return f"{self.node_prefix}{kind}/{number}>"

    def add_policy(self, previous_version: str | None) -> None:
        doc, add, plain = self.document, self.add, nq.plain
        policy, text, activity = self.policy, self.text, self.activity
        ingested_at = _date_time(self.ingested_at)
        add(policy, _A, nq.iri(PKG.PrivacyPolicy))
        add(policy, nq.iri(DCTERMS.language), plain(doc.language))
        add(policy, nq.iri(DCTERMS.source), plain(doc.source))
        add(policy, nq.iri(PKG.fileName), plain(doc.name))
        add(policy, nq.iri(PKG.sha256), plain(doc.sha256))
        add(policy, nq.iri(PKG.mediaType), plain(doc.media_type))
        if doc.encoding:
            add(policy, nq.iri(PKG.sourceEncoding), plain(doc.encoding))
        if doc.title:
            add(policy, nq.iri(DCTERMS.title), plain(doc.title))
        add(policy, nq.iri(PKG.ingestedAt), ingested_at)
        add(policy, nq.iri(PKG.hasText), text)
        if previous_version:
            add(policy, nq.iri(PKG.previousVersion), nq.iri(previous_version))
        add(text, _A, nq.iri(PKG.SourceText))
        add(text, nq.iri(PKG.content), plain(doc.text))
        add(activity, _A, nq.iri(PROV.Activity))
        add(activity, _A, nq.iri(PKG.IngestActivity))
        add(activity, nq.iri(PROV.used), text)
        add(activity, nq.iri(PROV.endedAtTime), ingested_at)
        agent = nq.iri(ID[f"agent/policykg-{__version__}"])
        add(activity, nq.iri(PROV.wasAssociatedWith), agent)
        add(agent, _A, nq.iri(PROV.SoftwareAgent))
        add(agent, nq.iri(PKG.extractorVersion), plain(self.extraction.extractor_version))
        company = self.extraction.company
        if company is not None:
            self.company = nq.iri(company_iri(company.name))
            add(policy, nq.iri(DCTERMS.publisher), self.company)
            add(self.company, _A, nq.iri(PKG.Company))
            add(self.company, nq.iri(PKG.legalName), plain(company.name))
            add(policy, nq.iri(PKG.companyName), plain(company.name))  # one hop for per-policy answers
            for alias in company.aliases:
                add(self.company, nq.iri(PKG.alias), plain(alias))
            self.add_evidence_for(policy, company.span, _PUBLISHER_EVIDENCE)

    def add_evidence_for(self, subject: str, span: Span, predicate: str = _EVIDENCE) -> str:
        """The Web Annotation whose target quotes ``span`` of the stored text, linked to ``subject``.

        One annotation per quoted passage: facts drawn from the same span (a sharing statement and
        the disclosure case its whole sentence names, say) are bodies of the same annotation, so a
        passage's target and selectors are written once (a fifth of the annotations of a policy).
        """
        start, end = span.start, span.end
        tail = self.tail
        known = self.annotations.get((start, end))
        if known is None:
            context = PUBLISHER_QUOTE_CONTEXT if predicate is _PUBLISHER_EVIDENCE else QUOTE_CONTEXT
            annotation, exact, first, last = self._new_annotation(start, end, context)
            self.annotations[(start, end)] = (annotation, exact, first, last)
        else:
            annotation, exact, first, last = known
        self.lines += (
            f"{subject} {predicate} {annotation}{tail}",
            f"{annotation} {_HAS_BODY} {subject}{tail}",
        )
        if predicate is _EVIDENCE:
            # the same quote and offsets one hop from the fact: cross-policy queries read these
            # instead of walking annotation/target/selector (8 index look-ups per row on disk)
            self.lines += (
                f"{subject} {_QUOTE} {exact}{tail}",
                f"{subject} {_QUOTE_START} {first}{tail}",
                f"{subject} {_QUOTE_END} {last}{tail}",
            )
        return annotation

    def _new_annotation(self, start: int, end: int, context: int = QUOTE_CONTEXT) -> tuple[str, str, str, str]:
        """Annotation, target and both selectors of one passage; returns its IRI, quote and offsets."""
        text = self.document.text
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"{self.document.source}: evidence span {start}-{end} outside the text")
        base = f"{self.node_prefix}e/{self.next_number()}"
        annotation, target, quote, position = base + ">", base + "/t>", base + "/q>", base + "/p>"
        exact = nq.plain(text[start:end])
        first, last = nq.integer(start), nq.integer(end)
        tail = self.tail
        self.lines += (
            f"{annotation} {_A} {_ANNOTATION}{tail}",
            f"{annotation} {_MOTIVATED_BY} {_IDENTIFYING}{tail}",
            f"{annotation} {_HAS_TARGET} {target}{tail}",
            f"{annotation} {_GENERATED_BY} {self.activity}{tail}",
            f"{target} {_A} {_SPECIFIC}{tail}",
            f"{target} {_HAS_SOURCE} {self.text}{tail}",
            f"{target} {_HAS_SELECTOR} {quote}{tail}",
            f"{target} {_HAS_SELECTOR} {position}{tail}",
            f"{quote} {_A} {_QUOTE_SELECTOR}{tail}",
            f"{quote} {_EXACT} {exact}{tail}",
            f"{quote} {_PREFIX} {nq.plain(text[max(0, start - context) : start])}{tail}",
            f"{quote} {_SUFFIX} {nq.plain(text[end : end + context])}{tail}",
            f"{position} {_A} {_POSITION_SELECTOR}{tail}",
            f"{position} {_START} {first}{tail}",
            f"{position} {_END} {last}{tail}",
        )
        return annotation, exact, first, last

    def add_statement(self, statement: Statement) -> None:
        node = self.node("s", self.next_number())
        add = self.add
        affirmative = statement.polarity is Polarity.AFFIRMATIVE
        add(self.policy, _STATES, node)
        add(node, _A, _STATEMENT_CLASS[statement.kind])
        add(node, _HAS_POLARITY, _POLARITY[statement.polarity])
        if statement.kind is StatementKind.CROSS_BORDER and "storage_location" in statement.attributes:
            add(node, _HAS_PROCESSING, _STORE)  # where data is kept is not a transfer (docs/DESIGN.md)
        elif statement.kind in _PROCESSING:
            add(node, _HAS_PROCESSING, _PROCESSING[statement.kind])
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
        from policykg.ingest.extract.dates import stated_date  # the export reads the same rule (record.py)

        chosen = stated_date(self.extraction.statements)
        if chosen:
            self.add(self.policy, nq.iri(DCTERMS.modified), nq.typed(chosen, XSD.date))

    def add_statement_count(self) -> None:
        """Summary: the per-policy overview reads this instead of counting every pkg:states link."""
        self.add(self.policy, _STATEMENT_COUNT, nq.integer(len(self.extraction.statements)))

    def add_value(self, node: str, field: str, key: str, affirmative: bool) -> None:
        if field == "laws_cited":
            law = _law_terms().get(key)
            if law is None:
                raise ValueError(f"{self.document.source}: unknown law key {key!r}")
            self.add(node, _CITES_LAW, law)
            if affirmative:
                self.add_summary(_CITES_LAW, law)
            return
        predicate, summary = _VALUE_PROPERTIES[field]
        concept = _concept(field, key)
        self.add(node, predicate, concept)
        if affirmative:
            self.add_summary(summary, concept)

    def add_summary(self, predicate: str, value: str) -> None:
        if (predicate, value) not in self.summary:
            self.summary.add((predicate, value))
            self.add(self.policy, predicate, value)

    def add_attribute(self, node: str, name: str, value: str | int | tuple[str, ...]) -> None:
        add = self.add
        if isinstance(value, tuple):  # one triple per value: every destination is its own fact
            for item in value:
                self.add_attribute(node, name, item)
        elif name == "transfer_destinations":
            add(node, nq.iri(PKG.transferDestination), nq.iri(LOC[str(value).upper()]))
        elif name == "transfer_mechanisms":
            add(node, nq.iri(PKG.transferMechanism), _TRANSFER_MECHANISM[str(value)])
        elif name == "foreign_recipients":
            add(node, nq.iri(PKG.foreignRecipient), nq.plain(str(value)))
        elif name == "retention_kind":
            add(node, nq.iri(PKG.retentionKind), _RETENTION_KIND[str(value)])
        elif name == "retention_period":
            add(node, nq.iri(PKG.retentionPeriod), nq.typed(str(value), XSD.duration))
        elif name == "storage_location":
            add(node, nq.iri(PKG.storageLocation), nq.iri(LOC[str(value).upper()]))
        elif name == "age":
            add(node, nq.iri(PKG.ageThreshold), nq.integer(int(value)))
        elif name in ("email", "phone"):
            predicate, literal = nq.iri(PKG[name]), nq.plain(str(value))
            add(node, predicate, literal)
            if self.company is not None:
                add(self.company, predicate, literal)
        elif name == "date":
            add(node, nq.iri(PKG.statedDate), nq.typed(str(value), XSD.date))
        elif name == "date_role":
            add(node, nq.iri(PKG.dateRole), nq.plain(str(value)))
        else:
            add(node, nq.iri(PKG[_camel(name)]), nq.scalar(value))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
