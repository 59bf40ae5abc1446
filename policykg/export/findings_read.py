"""Read the compliance findings that ``policykg check`` stored in ``pkgr:compliance``.

The shape is the one ``policykg/compliance/findings.py`` writes: findings carry their own quotes
and cited provisions, so exports read them without the policy graphs.
"""
from __future__ import annotations

from dataclasses import dataclass

from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store

__all__ = ["StoredFinding", "FindingQuote", "read_findings", "worst_status"]

# Order of severity when several findings about one requirement meet in one cell.
_SEVERITY = {"fail": 0, "not-stated": 1, "review": 1, "pass": 2, "not-applicable": 3}
# a reviewer's verdict (policykg.reviews) in this module's status words
_STATUS_OF_VERDICT = {"contravention": "fail", "omission": "not-stated", "met": "pass", "review": "review",
                      "not-applicable": "not-applicable"}


@dataclass(frozen=True)
class FindingQuote:
    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class StoredFinding:
    iri: str
    policy: str
    requirement: str  # requirement IRI
    requirement_title: str
    status: str  # pass | fail | not-stated
    provisions: tuple[str, ...]
    quotes: tuple[FindingQuote, ...]
    detail: str
    reviewed_by: str = ""  # the reviewer whose corrected verdict replaced the checker's, if any


_FINDINGS = sparql_prefixes() + """
SELECT ?finding ?policy ?req ?title ?status ?prov ?detail ?q ?exact ?start ?end WHERE {
  GRAPH pkgr:compliance {
    ?finding a pkg:Finding ; pkg:aboutPolicy ?policy ; pkg:requirement ?req ; pkg:status ?status .
    OPTIONAL { ?req dct:title ?title }
    OPTIONAL { ?finding pkg:citesProvision ?prov }
    OPTIONAL { ?finding pkg:detail ?detail }
    OPTIONAL { ?finding pkg:hasQuote ?q . ?q oa:exact ?exact . OPTIONAL { ?q oa:start ?start ; oa:end ?end } }
  }
  %s
}
"""


def read_findings(store: Store, *, policy_iri: str | None = None) -> list[StoredFinding]:
    """All stored findings (or those about one policy), sorted by policy, requirement and finding IRI.

    Returns an empty list when ``policykg check`` has not run yet.
    """
    restriction = f"FILTER(?policy = <{policy_iri}>)" if policy_iri else ""
    if policy_iri and any(c in policy_iri for c in "<>\" {}|\\^`"):
        raise ValueError(f"{policy_iri!r} is not an IRI")
    grouped: dict[str, dict] = {}
    for row in store.select(_FINDINGS % restriction):
        key = str(row["finding"])
        entry = grouped.setdefault(key, {
            "policy": str(row["policy"]), "requirement": str(row["req"]), "title": str(row.get("title", "")),
            "status": str(row["status"]), "provisions": set(), "quotes": {}, "detail": str(row.get("detail", "")),
        })
        if "prov" in row:
            entry["provisions"].add(str(row["prov"]))
        if "q" in row:
            start = int(row["start"].toPython()) if "start" in row else None  # type: ignore[union-attr]
            end = int(row["end"].toPython()) if "end" in row else None  # type: ignore[union-attr]
            entry["quotes"][str(row["q"])] = FindingQuote(str(row["exact"]), start, end)
    findings = [
        StoredFinding(
            iri=key, policy=e["policy"], requirement=e["requirement"],
            requirement_title=e["title"] or e["requirement"].rsplit("/", 1)[-1],
            status=e["status"], provisions=tuple(sorted(e["provisions"])),
            quotes=tuple(q for _, q in sorted(e["quotes"].items())), detail=e["detail"],
        )
        for key, e in grouped.items()
    ]
    findings = _with_reviews(store, findings)
    findings.sort(key=lambda f: (f.policy, f.requirement, f.iri))
    return findings


def _with_reviews(store: Store, findings: list[StoredFinding]) -> list[StoredFinding]:
    """Reviewed verdicts win over the checker's, marked with the reviewer (``policykg.reviews``)."""
    from dataclasses import replace

    from policykg.reviews.listing import reviewed_verdicts

    reviewed = reviewed_verdicts(store)
    if not reviewed:
        return findings
    out = []
    for finding in findings:
        found = reviewed.get(finding.iri)
        if found is not None:
            verdict, reason, reviewer = found
            finding = replace(finding, status=_STATUS_OF_VERDICT.get(verdict, verdict), reviewed_by=reviewer)
        out.append(finding)
    return out


def worst_status(statuses: list[str]) -> str:
    """The most severe of several statuses: fail, then not-stated, then pass."""
    return min(statuses, key=lambda s: _SEVERITY.get(s, -1))
