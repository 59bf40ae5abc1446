"""One policy as the reader shows it: its text, its facts with their evidence spans, its findings.

Offsets are code points (Python ``str`` indices), as the graph's ``oa:start``/``oa:end`` are.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from policykg.namespaces import DPV, GRAPH, ID, PKG, VOCAB, LAW, sparql_prefixes
from policykg.store.base import Store
from policykg.workbench.findings import Finding, read_findings
from policykg.workbench.labels import Labels, local_name

DOCID = re.compile(r"^[0-9a-f]{16}$")

# property -> the field name a reader (and a reviewer) sees
FIELD_BY_PROPERTY = {
    str(DPV.hasPersonalData): "category",
    str(DPV.hasPurpose): "purpose",
    str(DPV.hasRecipient): "recipient",
    str(DPV.hasRight): "right",
    str(PKG.hasMeasure): "measure",
    str(PKG.trackingTechnology): "tracking",
    str(PKG.citesLaw): "law",
    str(PKG.conditionKind): "condition",
    str(PKG.storageLocation): "location",
    str(PKG.ageThreshold): "age",
    str(PKG.retentionKind): "retention",
    str(PKG.retentionPeriod): "period",
    str(PKG.email): "email",
    str(PKG.phone): "phone",
    str(PKG.statedDate): "date",
    str(PKG.dateRole): "date role",
    str(PKG.transferMechanism): "mechanism",
    str(PKG.transferDestination): "destination",
    str(PKG.foreignRecipient): "foreign recipient",
}
# fields whose values are vocabulary concepts a reviewer may correct to another concept of the scheme
SCHEME_OF_FIELD = {
    "category": str(VOCAB["pd/"]), "purpose": str(VOCAB["purpose/"]), "recipient": str(VOCAB["recipient/"]),
    "right": str(VOCAB["right/"]), "measure": str(VOCAB["measure/"]), "tracking": str(VOCAB["tracking/"]),
    "condition": str(VOCAB["condition/"]), "law": str(LAW),
}


class NotFound(LookupError):
    """No policy with that docid in the store."""


def policy_iri(docid: str) -> str:
    return str(ID[f"policy/{docid}"])


def docid_of(iri: str) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def check_docid(docid: str) -> str:
    if not DOCID.match(docid or ""):
        raise NotFound(f"{docid!r} is not a policy id (16 hex digits)")
    return docid


@dataclass
class FactValue:
    field: str
    value: str  # IRI or literal text
    label: str
    is_iri: bool


@dataclass
class Fact:
    """One statement (or disclosure condition) of the policy, with the passage it was drawn from."""

    iri: str
    kind: str  # class local name, e.g. CollectionStatement
    polarity: str | None  # Affirmative | Negative | Conditional | None
    values: list[FactValue]
    quote: str | None
    start: int | None
    end: int | None
    parent: str | None = None  # the sharing statement a condition belongs to


@dataclass
class PolicyView:
    docid: str
    iri: str
    file: str
    title: str | None
    language: str
    modified: str | None
    company: str | None
    ingested: str | None
    text: str
    facts: list[Fact]
    findings: list[Finding]
    previous: list[str] = field(default_factory=list)  # docids of older versions, newest first
    newer: str | None = None  # docid of the next version, if any
    publisher_quote: tuple[str, int, int] | None = None


_META = """
SELECT ?p ?o WHERE { GRAPH <%(graph)s> { <%(policy)s> ?p ?o } }
"""
_TEXT = """
SELECT ?content WHERE { GRAPH <%(graph)s> { <%(policy)s> pkg:hasText/pkg:content ?content } }
"""
_FACTS = """
SELECT ?s ?p ?o ?parent WHERE { GRAPH <%(graph)s> {
  { <%(policy)s> pkg:states ?s . ?s ?p ?o }
  UNION
  { <%(policy)s> pkg:states ?parent . ?parent pkg:hasCondition ?s . ?s ?p ?o }
} }
"""
_PUBLISHER_QUOTE = """
SELECT ?exact ?start ?end WHERE { GRAPH <%(graph)s> {
  <%(policy)s> pkg:publisherEvidence ?e . ?e oa:hasTarget/oa:hasSelector ?q, ?pos .
  ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end } } LIMIT 1
"""
_NEWER = "SELECT ?n WHERE { ?n pkg:previousVersion <%(policy)s> }"


def read_policy(store: Store, docid: str, labels: Labels) -> PolicyView:
    """Everything the reader shows about one policy version; NotFound if it is not in the store."""
    check_docid(docid)
    iri, graph = policy_iri(docid), str(GRAPH[f"policy/{docid}"])
    prefixes = sparql_prefixes()
    args = {"graph": graph, "policy": iri}
    meta: dict[str, list[str]] = defaultdict(list)
    for row in store.select(prefixes + _META % args):
        meta[str(row["p"])].append(str(row["o"]))
    if not meta:
        raise NotFound(f"no policy {docid} in the store")
    text_rows = store.select(prefixes + _TEXT % args)
    text = str(text_rows[0]["content"]) if text_rows else ""
    facts = _read_facts(store, prefixes + _FACTS % args, labels)
    publisher = store.select(prefixes + _PUBLISHER_QUOTE % args)
    newer_rows = store.select(prefixes + _NEWER % args)

    def one(prop: object) -> str | None:
        values = meta.get(str(prop))
        return values[0] if values else None

    return PolicyView(
        docid=docid, iri=iri, file=one(PKG.fileName) or docid, title=one("http://purl.org/dc/terms/title"),
        language=one("http://purl.org/dc/terms/language") or "und", modified=one("http://purl.org/dc/terms/modified"),
        company=one(PKG.companyName), ingested=one(PKG.ingestedAt), text=text, facts=facts,
        findings=read_findings(store, [iri]),
        previous=previous_versions(store, iri),
        newer=docid_of(str(newer_rows[0]["n"])) if newer_rows else None,
        publisher_quote=(str(publisher[0]["exact"]), int(publisher[0]["start"]), int(publisher[0]["end"])) if publisher else None,
    )


def previous_versions(store: Store, iri: str, limit: int = 50) -> list[str]:
    """Docids of the older versions, newest first (follows ``pkg:previousVersion``)."""
    found: list[str] = []
    current = iri
    for _ in range(limit):
        rows = store.select(f"SELECT ?o WHERE {{ <{current}> <{PKG.previousVersion}> ?o }} LIMIT 1")
        if not rows:
            break
        current = str(rows[0]["o"])
        found.append(docid_of(current))
    return found


_SKIP = {str(PKG.evidence), str(PKG.quote), str(PKG.quoteStart), str(PKG.quoteEnd), str(PKG.hasCondition),
         str(PKG.hasPolarity), "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", str(DPV.hasProcessing)}


_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def set_statement_field(fact: Fact, prop: str, obj: object) -> bool:
    """Fold one triple of a statement into the fields every statement has (kind, polarity, quote and its
    offsets); False when ``prop`` is none of them, so the caller reads it as a value or skips it."""
    if prop == _TYPE:
        fact.kind = local_name(str(obj))
    elif prop == str(PKG.hasPolarity):
        fact.polarity = local_name(str(obj))
    elif prop == str(PKG.quote):
        fact.quote = str(obj)
    elif prop == str(PKG.quoteStart):
        fact.start = int(obj)  # type: ignore[call-overload]
    elif prop == str(PKG.quoteEnd):
        fact.end = int(obj)  # type: ignore[call-overload]
    else:
        return False
    return True


def _read_facts(store: Store, sparql: str, labels: Labels) -> list[Fact]:
    by_iri: dict[str, Fact] = {}
    for row in store.select(sparql):
        iri = str(row["s"])
        fact = by_iri.get(iri)
        if fact is None:
            fact = by_iri[iri] = Fact(iri=iri, kind="", polarity=None, values=[], quote=None, start=None, end=None,
                                      parent=str(row["parent"]) if "parent" in row else None)
        prop, obj = str(row["p"]), row["o"]
        if set_statement_field(fact, prop, obj) or prop in _SKIP:
            continue
        else:
            name = FIELD_BY_PROPERTY.get(prop, local_name(prop))
            is_iri = str(obj).startswith(("http://", "https://")) and not hasattr(obj, "datatype")
            fact.values.append(FactValue(name, str(obj), labels.label(str(obj)) if is_iri else str(obj), is_iri))
    for fact in by_iri.values():
        fact.values.sort(key=lambda v: (v.field, v.label))
    return sorted(by_iri.values(), key=lambda f: (f.start if f.start is not None else 10**9, f.kind, _number(f.iri)))


def _number(iri: str) -> int:
    tail = iri.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0
