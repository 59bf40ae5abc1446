"""A review as a record, and as W3C Web Annotation triples in ``pkgr:reviews``.

Shape (one review)::

    pki:review/{id} a oa:Annotation, pkg:Review ;
        oa:motivatedBy oa:assessing ;              # confirm/reject; oa:editing: correct; oa:commenting: comment only
        pkg:reviewAction "reject" ; pkg:reviewedField "category" ; pkg:reviewedValue pkv:pd/EmailAddress ;
        pkg:correctedValue pkv:pd/TelephoneNumber ;    # correct only (a literal for dates, names, reasons)
        pkg:factKind "CollectionStatement" ;         # or the requirement key of a finding
        pkg:reviewedPolicy pki:policy/{docid} ; pkg:sourceName "acme.txt" ;
        oa:hasTarget pki:policy/{docid}/s/7 ;        # the statement (or finding, or policy) reviewed
        oa:hasTarget pki:review/{id}/t ;             # ... and the passage it was drawn from
        oa:hasBody pki:review/{id}/comment ;         # oa:TextualBody, oa:purpose oa:commenting
        dct:creator pki:reviewer/{name} ; prov:wasAttributedTo pki:reviewer/{name} ;
        dct:created "..."^^xsd:dateTime ; prov:generatedAtTime "..."^^xsd:dateTime .
    pki:review/{id}/t a oa:SpecificResource ; oa:hasSource pki:text/{docid} ;
        oa:hasSelector pki:review/{id}/q, pki:review/{id}/p ; oa:hasState pki:review/{id}/state .
    pki:review/{id}/q a oa:TextQuoteSelector ; oa:exact "..." ; oa:prefix "..." ; oa:suffix "..." .
    pki:review/{id}/p a oa:TextPositionSelector ; oa:start 120 ; oa:end 188 .
    pki:review/{id}/state a oa:State ; pkg:extractorVersion "0.1.0" .
    pki:review/{id}/anchor/{docid} a pkg:ReviewAnchoring ; pkg:anchorOf pki:review/{id} ;
        pkg:onPolicy pki:policy/{docid} ; pkg:anchorStatus "anchored" ; pkg:anchorScore 1.0 ;
        pkg:anchoredTo pki:policy/{docid}/s/9 ; oa:start 131 ; oa:end 199 ; prov:generatedAtTime ... .
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node

from policykg.namespaces import GRAPH, ID, OA, PKG

REVIEWS_GRAPH = GRAPH["reviews"]
ACTIONS = ("confirm", "reject", "correct", "comment")
MOTIVATION = {"confirm": OA.assessing, "reject": OA.assessing, "correct": OA.editing, "comment": OA.commenting}
FACT_FIELDS = ("category", "purpose", "recipient", "right", "measure", "tracking", "law", "condition",
               "polarity", "publisher", "date", "location", "age", "period", "email", "phone", "mechanism",
               "destination", "foreign recipient", "fact")
FINDING_FIELDS = ("verdict",)
REVIEWER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass
class Review:
    """One reviewer's judgement on one value of one fact or finding."""

    id: str
    reviewer: str
    created: str  # ISO dateTime, UTC
    action: str  # confirm | reject | correct | comment
    field: str  # category, purpose, ..., polarity, publisher, date, verdict
    value: str  # the value judged (IRI or text); "" for the fact as a whole
    target: str  # IRI of the statement, finding or policy reviewed
    policy: str  # IRI of the policy version reviewed
    fact_kind: str  # statement class (CollectionStatement) or requirement key (for findings)
    source_name: str  # the policy's file name: later versions share it
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    new_value: str | None = None
    new_reason: str | None = None
    comment: str = ""
    extractor_version: str = ""
    anchorings: dict[str, "Anchoring"] = field(default_factory=dict)  # docid -> outcome on that version

    @property
    def iri(self) -> URIRef:
        return ID[f"review/{self.id}"]

    @property
    def is_finding(self) -> bool:
        return "/finding/" in self.target


@dataclass
class Anchoring:
    """Where a review stands on one policy version."""

    docid: str
    status: str  # anchored | moved | ambiguous | orphaned
    score: float
    target: str | None  # the statement/finding/policy on that version it applies to, if any
    start: int | None
    end: int | None
    note: str = ""


def _term(value: str) -> Node:
    return URIRef(value) if value.startswith(("http://", "https://")) else Literal(value)


def review_triples(review: Review) -> list[tuple[Node, Node, Node]]:
    """The review's annotation, target, selectors, state and body."""
    node = review.iri
    reviewer = ID[f"reviewer/{review.reviewer}"]
    when = Literal(review.created, datatype=XSD.dateTime)
    target = URIRef(f"{node}/t")
    docid = review.policy.rstrip("/").rsplit("/", 1)[-1]
    triples: list[tuple[Node, Node, Node]] = [
        (node, RDF.type, OA.Annotation), (node, RDF.type, PKG.Review),
        (node, OA.motivatedBy, MOTIVATION[review.action]),
        (node, PKG.reviewAction, Literal(review.action)),
        (node, PKG.reviewedField, Literal(review.field)),
        (node, PKG.factKind, Literal(review.fact_kind)),
        (node, PKG.reviewedPolicy, URIRef(review.policy)),
        (node, PKG.sourceName, Literal(review.source_name)),
        (node, OA.hasTarget, URIRef(review.target)),
        (node, DCTERMS.creator, reviewer), (node, PROV.wasAttributedTo, reviewer),
        (node, DCTERMS.created, when), (node, PROV.generatedAtTime, when),
        (reviewer, RDF.type, PROV.Agent), (reviewer, PKG.reviewerName, Literal(review.reviewer)),
    ]
    if review.value:
        triples.append((node, PKG.reviewedValue, _term(review.value)))
    if review.new_value is not None:
        triples.append((node, PKG.correctedValue, _term(review.new_value)))
    if review.new_reason:
        triples.append((node, PKG.correctedReason, Literal(review.new_reason)))
    if review.exact:
        quote, position, state = URIRef(f"{node}/q"), URIRef(f"{node}/p"), URIRef(f"{node}/state")
        triples += [
            (node, OA.hasTarget, target), (target, RDF.type, OA.SpecificResource),
            (target, OA.hasSource, ID[f"text/{docid}"]),
            (target, OA.hasSelector, quote), (target, OA.hasSelector, position), (target, OA.hasState, state),
            (quote, RDF.type, OA.TextQuoteSelector), (quote, OA.exact, Literal(review.exact)),
            (quote, OA.prefix, Literal(review.prefix)), (quote, OA.suffix, Literal(review.suffix)),
            (state, RDF.type, OA.State), (state, PKG.extractorVersion, Literal(review.extractor_version)),
        ]
        if review.start is not None and review.end is not None:
            triples += [(position, RDF.type, OA.TextPositionSelector), (position, OA.start, Literal(review.start)),
                        (position, OA.end, Literal(review.end))]
    if review.comment:
        body = URIRef(f"{node}/comment")
        triples += [(node, OA.hasBody, body), (body, RDF.type, OA.TextualBody), (body, RDF.value, Literal(review.comment)),
                    (body, OA.purpose, OA.commenting), (body, DCTERMS.format, Literal("text/plain"))]
    return triples


def anchoring_triples(review: Review, anchoring: Anchoring, when: str) -> list[tuple[Node, Node, Node]]:
    node = URIRef(f"{review.iri}/anchor/{anchoring.docid}")
    triples: list[tuple[Node, Node, Node]] = [
        (node, RDF.type, PKG.ReviewAnchoring), (node, PKG.anchorOf, review.iri),
        (node, PKG.onPolicy, ID[f"policy/{anchoring.docid}"]), (node, PKG.anchorStatus, Literal(anchoring.status)),
        (node, PKG.anchorScore, Literal(float(anchoring.score))), (node, PROV.generatedAtTime, Literal(when, datatype=XSD.dateTime)),
    ]
    if anchoring.target:
        triples.append((node, PKG.anchoredTo, URIRef(anchoring.target)))
    if anchoring.start is not None and anchoring.end is not None:
        triples += [(node, OA.start, Literal(anchoring.start)), (node, OA.end, Literal(anchoring.end))]
    if anchoring.note:
        triples.append((node, PKG.anchorNote, Literal(anchoring.note)))
    return triples
