"""Compliance findings as triples in the ``pkgr:compliance`` graph (the contract the workbench reads).

Shape (one finding per policy and requirement key)::

    pki:finding/{docid}/{key} a pkg:Finding, pkg:Contravention ;   # or Omission, Conformance, NotApplicable, NeedsReview
        pkg:aboutPolicy pki:policy/{docid} ; pkg:requirement pki:requirement/{key} ;
        pkg:requirementKey "consent-by-use" ; pkg:verdict "contravention" ; pkg:severity "law" ;
        pkg:appliedSource law:PIPL ; pkg:citesProvision law:PIPL/art14 ; pkg:asOf "2024-01-15"^^xsd:date ;
        pkg:reason "..." ; pkg:status "fail" ;                      # status: the older pass/fail/not-stated view
        pkg:hasQuote pki:finding/{docid}/{key}/q1 ; prov:wasGeneratedBy pki:check/{run} .
    pki:finding/{docid}/{key}/q1 a oa:TextQuoteSelector, oa:TextPositionSelector ;
        oa:exact "..." ; oa:start 120 ; oa:end 188 .
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from policykg.namespaces import ID, OA, PKG

if TYPE_CHECKING:
    from policykg.compliance.check import CheckResult

KIND_BY_VERDICT = {"contravention": PKG.Contravention, "omission": PKG.Omission, "met": PKG.Conformance,
                   "not-applicable": PKG.NotApplicable, "review": PKG.NeedsReview}
LEGACY_STATUS = {"contravention": "fail", "omission": "not-stated", "met": "pass",
                 "not-applicable": "not-applicable", "review": "review"}


def finding_prefix(policy_iri: str) -> str:
    """IRI prefix shared by every finding about one policy (used to replace them)."""
    docid = policy_iri.rstrip("/").rsplit("/", 1)[-1]
    return str(ID[f"finding/{docid}/"])


def finding_iri(docid: str, key: str) -> URIRef:
    return ID[f"finding/{docid}/{key}"]


def findings_to_triples(result: "CheckResult", *, run: URIRef) -> list[tuple[Node, Node, Node]]:
    """Triples for the compliance graph: the run, the requirements used and one finding per policy and key."""
    return [t for chunk in iter_finding_triples(result, run=run) for t in chunk]


def iter_finding_triples(result: "CheckResult", *, run: URIRef, per_chunk: int = 500) -> Iterator[list[tuple[Node, Node, Node]]]:
    """The same triples in chunks of ``per_chunk`` policies, so a large check never holds them all."""
    triples: list[tuple[Node, Node, Node]] = [
        (run, RDF.type, PROV.Activity), (run, RDF.type, PKG.ComplianceCheck),
        (run, PROV.endedAtTime, Literal(result.checked_at, datatype=XSD.dateTime)),
    ]
    seen: set[str] = set()
    for number, policy_result in enumerate(result.results, start=1):
        if number % per_chunk == 0:
            yield triples
            triples = []
        info = policy_result.policy
        for j in policy_result.judgements:
            req = URIRef(j.requirement.iri)
            if j.requirement.key not in seen:
                seen.add(j.requirement.key)
                triples += [(req, RDF.type, PKG.Requirement), (req, PKG.requirementKey, Literal(j.requirement.key)),
                            (req, DCTERMS.title, Literal(j.requirement.title, lang="en")),
                            (req, RDFS.label, Literal(j.requirement.title, lang="en"))]
            node = finding_iri(info.docid, j.requirement.key)
            v = j.result
            triples += [
                (node, RDF.type, PKG.Finding), (node, RDF.type, KIND_BY_VERDICT[v.verdict]),
                (node, PKG.aboutPolicy, URIRef(info.iri)), (node, PKG.requirement, req),
                (node, PKG.requirementKey, Literal(j.requirement.key)), (node, PKG.verdict, Literal(v.verdict)),
                (node, PKG.severity, Literal(j.severity)), (node, PKG.reason, Literal(v.reason)),
                (node, PKG.status, Literal(LEGACY_STATUS[v.verdict])),
                (node, PKG.asOf, Literal(j.as_of.isoformat(), datatype=XSD.date)),
                (node, PROV.wasGeneratedBy, run),
            ]
            if j.applied.source is not None:
                triples.append((node, PKG.appliedSource, URIRef(j.applied.source.iri)))
            triples += [(node, PKG.citesProvision, URIRef(p)) for p in j.applied.provisions]
            for n, s in enumerate(v.quotes, start=1):
                q = URIRef(f"{node}/q{n}")
                triples += [(node, PKG.hasQuote, q), (q, RDF.type, OA.TextQuoteSelector), (q, RDF.type, OA.TextPositionSelector),
                            (q, OA.exact, Literal(s.text)), (q, OA.start, Literal(s.start)), (q, OA.end, Literal(s.end))]
    if triples:
        yield triples


def nquads(triples: list[tuple[Node, Node, Node]], graph: str) -> bytes:
    """N-Quads text of ``triples`` in ``graph`` (rdflib's N-Triples term syntax).

    Literals go through the N-Triples quoting: ``Literal.n3()`` writes a quote that spans lines
    ("ООО «…»\\nот «15» марта …") as a Turtle long string, which N-Quads does not allow."""
    from rdflib import Literal
    from rdflib.plugins.serializers.nt import _quoteLiteral

    g = f"<{graph}>"
    return "".join(f"{s.n3()} {p.n3()} {_quoteLiteral(o) if isinstance(o, Literal) else o.n3()} {g} .\n"
                   for s, p, o in triples).encode("utf-8")
