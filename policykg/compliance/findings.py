"""Compliance findings as frozen records, and their triples in the ``pkgr:compliance`` graph.

A finding says, for one policy and one requirement, whether the policy passes, says something the
law does not allow (status ``fail``, class ``pkg:Contravention``) or is silent on something the law
requires (status ``not-stated``, class ``pkg:Omission``). Quotes and offsets are copied into the
finding so the compliance graph can be read (and published) without the policy graphs.

Shape (one finding)::

    pki:finding/{docid}/{requirement}/{n} a pkg:Finding, pkg:Contravention ;
        pkg:aboutPolicy pki:policy/{docid} ; pkg:requirement pki:requirement/{requirement} ;
        pkg:status "fail" ; pkg:citesProvision law:GBT35273-2017/s8.5 ; pkg:detail pkv:condition/contract ;
        pkg:evidence pki:policy/{docid}/e/7 ; pkg:hasQuote pki:finding/{docid}/{requirement}/{n}/q1 ;
        prov:wasGeneratedBy pki:check/{run} .
    pki:finding/.../q1 a oa:TextQuoteSelector, oa:TextPositionSelector ;
        oa:exact "..." ; oa:start 120 ; oa:end 188 ; pkg:annotation pki:policy/{docid}/e/7 .
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD
from rdflib.term import Node

from policykg.namespaces import ID, OA, PKG

STATUSES = ("pass", "fail", "not-stated")
KIND_BY_STATUS = {"pass": PKG.Conformance, "fail": PKG.Contravention, "not-stated": PKG.Omission}


@dataclass(frozen=True)
class Evidence:
    """A quote from the policy text that the finding rests on."""

    quote: str
    start: int | None = None
    end: int | None = None
    annotation: str | None = None  # IRI of the oa:Annotation in the policy graph


@dataclass(frozen=True)
class Requirement:
    """What a policy is checked for, and where the law says so."""

    name: str  # stable id, e.g. "gbt-sharing-exceptions" or "shacl/PolicyPublisherShape"
    title: str
    question: str
    provisions: tuple[str, ...]  # provision IRIs
    source: str  # "sparql" or "shacl"

    @property
    def iri(self) -> URIRef:
        return ID[f"requirement/{self.name}"]


@dataclass(frozen=True)
class Finding:
    """One result of checking one policy against one requirement."""

    policy: str  # policy IRI
    requirement: Requirement
    status: str  # pass | fail | not-stated
    provisions: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    detail: str | None = None  # what exactly: a condition concept IRI, a SHACL message, ...

    @property
    def kind(self) -> URIRef:
        """pkg:Contravention (says what the law forbids), pkg:Omission (silent) or pkg:Conformance."""
        return KIND_BY_STATUS[self.status]

    @property
    def docid(self) -> str:
        return self.policy.rstrip("/").rsplit("/", 1)[-1]


def finding_prefix(policy_iri: str) -> str:
    """IRI prefix shared by every finding about one policy (used to replace them)."""
    docid = policy_iri.rstrip("/").rsplit("/", 1)[-1]
    return str(ID[f"finding/{docid}/"])


def findings_to_triples(findings: Iterable[Finding], *, run: URIRef, when: str) -> list[tuple[Node, Node, Node]]:
    """Triples for the compliance graph: the findings, their requirements and the check run."""
    triples: list[tuple[Node, Node, Node]] = [
        (run, RDF.type, PROV.Activity),
        (run, RDF.type, PKG.ComplianceCheck),
        (run, PROV.endedAtTime, Literal(when, datatype=XSD.dateTime)),
    ]
    seen_requirements: set[str] = set()
    counters: dict[tuple[str, str], int] = {}
    for finding in findings:
        requirement = finding.requirement
        if requirement.name not in seen_requirements:
            seen_requirements.add(requirement.name)
            triples += [
                (requirement.iri, RDF.type, PKG.Requirement),
                (requirement.iri, DCTERMS.title, Literal(requirement.title, lang="en")),
                (requirement.iri, DCTERMS.description, Literal(requirement.question, lang="en")),
                (requirement.iri, PKG.checkedBy, Literal(requirement.source)),
            ]
            triples += [(requirement.iri, PKG.citesProvision, URIRef(p)) for p in requirement.provisions]
        key = (finding.policy, requirement.name)
        counters[key] = counters.get(key, 0) + 1
        node = ID[f"finding/{finding.docid}/{requirement.name}/{counters[key]}"]
        triples += [
            (node, RDF.type, PKG.Finding),
            (node, RDF.type, finding.kind),
            (node, PKG.aboutPolicy, URIRef(finding.policy)),
            (node, PKG.requirement, requirement.iri),
            (node, PKG.status, Literal(finding.status)),
            (node, PROV.wasGeneratedBy, run),
        ]
        triples += [(node, PKG.citesProvision, URIRef(p)) for p in finding.provisions]
        if finding.detail:
            detail = URIRef(finding.detail) if finding.detail.startswith(("http://", "https://")) else Literal(finding.detail)
            triples.append((node, PKG.detail, detail))
        for number, evidence in enumerate(finding.evidence, start=1):
            quote = URIRef(f"{node}/q{number}")
            triples += [
                (node, PKG.hasQuote, quote),
                (quote, RDF.type, OA.TextQuoteSelector),
                (quote, OA.exact, Literal(evidence.quote)),
            ]
            if evidence.start is not None and evidence.end is not None:
                triples += [
                    (quote, RDF.type, OA.TextPositionSelector),
                    (quote, OA.start, Literal(evidence.start)),
                    (quote, OA.end, Literal(evidence.end)),
                ]
            if evidence.annotation:
                triples += [(node, PKG.evidence, URIRef(evidence.annotation)), (quote, PKG.annotation, URIRef(evidence.annotation))]
    return triples
