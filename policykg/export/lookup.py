"""Reading what every export and view needs from the store: policies, their publishers, labels.

All reads are SPARQL over the store interface, so exports work on the embedded store and on a
remote endpoint alike (both query the union of named graphs as the default graph).
"""
from __future__ import annotations

from dataclasses import dataclass

from policykg.namespaces import BASE, LAW, VOCAB, sparql_prefixes
from policykg.store.base import Store

__all__ = ["ExportError", "PolicyRef", "list_policies", "resolve_policy", "labels", "short_name", "superseded"]


class ExportError(Exception):
    """An export or view cannot be made; the message says why and what to do."""


@dataclass(frozen=True)
class PolicyRef:
    """One policy version and who publishes it."""

    iri: str
    docid: str
    company: str  # legal name, else the file name, else the docid
    company_iri: str  # the pkg:Company, else the policy IRI itself
    file: str
    title: str
    language: str


_POLICIES = sparql_prefixes() + """
SELECT ?policy (SAMPLE(?name) AS ?company) (SAMPLE(?publisher) AS ?companyIri) (SAMPLE(?fileName) AS ?file)
       (SAMPLE(?title0) AS ?title) (SAMPLE(?lang) AS ?language) WHERE {
  ?policy a pkg:PrivacyPolicy .
  OPTIONAL { ?policy dct:publisher ?publisher . OPTIONAL { ?publisher pkg:legalName ?name } }
  OPTIONAL { ?policy pkg:fileName ?fileName }
  OPTIONAL { ?policy dct:title ?title0 }
  OPTIONAL { ?policy dct:language ?lang }
} GROUP BY ?policy ORDER BY ?policy
"""


def list_policies(store: Store) -> list[PolicyRef]:
    """Every policy in the store, sorted by company then file name."""
    policies = []
    for row in store.select(_POLICIES):
        iri = str(row["policy"])
        docid = iri.rstrip("/").rsplit("/", 1)[-1]
        file = str(row.get("file", "")) or ""
        company = str(row.get("company", "")) or file or docid
        policies.append(
            PolicyRef(
                iri=iri,
                docid=docid,
                company=company,
                company_iri=str(row.get("companyIri", "")) or iri,
                file=file,
                title=str(row.get("title", "")) or "",
                language=str(row.get("language", "")) or "und",
            )
        )
    policies.sort(key=lambda p: (p.company.casefold(), p.file, p.docid))
    return policies


def resolve_policy(store: Store, selector: str) -> PolicyRef:
    """The one policy a selector names: docid (or its start), policy IRI, file name or company name.

    Raises ExportError when nothing or more than one policy matches, listing the candidates.
    """
    policies = list_policies(store)
    if not policies:
        raise ExportError(f"{store.location}: the store holds no policies; run 'policykg ingest FILES' first")
    wanted = selector.strip()
    folded = wanted.casefold()
    exact = [p for p in policies if wanted in (p.iri, p.docid)]
    chosen = exact or [
        p for p in policies if p.docid.startswith(wanted) or p.file == wanted or p.company.casefold() == folded
    ]
    if not chosen:
        raise ExportError(
            f"no policy matches {selector!r}; give a docid, a file name, a company name or a policy IRI "
            "(list them with 'policykg query policies-overview')"
        )
    if len(chosen) > 1:
        names = ", ".join(f"{p.docid} ({p.file or p.company})" for p in chosen[:8])
        raise ExportError(f"{selector!r} matches {len(chosen)} policies: {names}; give a docid instead")
    return chosen[0]


_LABELS = sparql_prefixes() + """
SELECT ?thing ?label ?kind WHERE {
  { ?thing skos:prefLabel ?label . BIND("pref" AS ?kind) FILTER(LANG(?label) = "en" || LANG(?label) = "") }
  UNION { ?thing rdfs:label ?label . BIND("rdfs" AS ?kind) FILTER(LANG(?label) = "en" || LANG(?label) = "") }
  UNION { ?thing skos:notation ?label . BIND("notation" AS ?kind) }
}
"""

_RANK = {"pref": 0, "rdfs": 1, "notation": 2}


def labels(store: Store) -> dict[str, str]:
    """IRI -> English label of every concept, law and provision (prefLabel, rdfs:label, then notation)."""
    best: dict[str, tuple[int, str]] = {}
    for row in store.select(_LABELS):
        iri, label, rank = str(row["thing"]), str(row["label"]), _RANK[str(row["kind"])]
        current = best.get(iri)
        if current is None or (rank, label) < current:
            best[iri] = (rank, label)
    return {iri: label for iri, (_, label) in best.items()}


def short_name(iri: str) -> str:
    """A readable name for an IRI without a label: ``pd/EmailAddress`` -> ``EmailAddress``, laws keep their path."""
    if iri.startswith(str(LAW)):
        return iri[len(str(LAW)):]
    if iri.startswith(str(VOCAB)):
        return iri[len(str(VOCAB)):].split("/", 1)[-1]
    if iri.startswith(BASE):
        rest = iri[len(BASE):]
        return rest[3:] if rest.startswith("ns#") else rest
    for separator in ("#", "/"):
        if separator in iri:
            tail = iri.rstrip("/").rsplit(separator, 1)[-1]
            if tail:
                return tail
    return iri


_SUPERSEDED = sparql_prefixes() + "SELECT DISTINCT ?old WHERE { ?newer pkg:previousVersion ?old }"


def superseded(store: Store) -> set[str]:
    """IRIs of policy versions that a newer version replaces (views show the latest version only)."""
    return {str(row["old"]) for row in store.select(_SUPERSEDED)}
