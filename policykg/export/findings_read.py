"""Read the compliance findings that ``policykg check`` stored in ``pkgr:compliance``.

The shape is the findings-graph contract of docs/DESIGN.md (``policykg/compliance/findings.py``): one
finding per policy and requirement key with its verdict, severity (``law`` for PIPL, CSL, DSL;
``standard`` for GB/T 35273), the act or edition applied at the policy's date, a one-sentence reason,
the quotes that show it and the provisions it rests on. Findings carry all of it, so exports read them
without the policy graphs. A reviewer's corrected verdict wins (``policykg.reviews``), marked with the
reviewer.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store

__all__ = ["StoredFinding", "FindingQuote", "read_findings", "worst_verdict", "VERDICTS", "SEVERITIES", "verdict_label"]

VERDICTS = ("contravention", "omission", "review", "met", "not-applicable")  # most adverse first
SEVERITIES = ("law", "standard")
_ORDER = {verdict: n for n, verdict in enumerate(VERDICTS)}


@dataclass(frozen=True)
class FindingQuote:
    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class StoredFinding:
    iri: str
    policy: str
    key: str  # requirement key, e.g. "consent-by-use"
    requirement: str  # requirement IRI
    requirement_title: str
    verdict: str  # contravention | omission | met | not-applicable | review
    severity: str  # law | standard | "" (not-applicable: no source in force)
    law: str  # IRI of the act or edition applied at as_of ("" when none was in force)
    law_label: str
    as_of: str
    reason: str
    provisions: tuple[str, ...]
    quotes: tuple[FindingQuote, ...]
    reviewed_by: str = ""  # the reviewer whose corrected verdict replaced the checker's, if any
    checker_verdict: str = ""  # the checker's own verdict when a reviewer's stands in its place

    @property
    def adverse(self) -> bool:
        return self.verdict in ("contravention", "omission")

    @property
    def statute_provisions(self) -> tuple[str, ...]:
        """The provisions of statutes (PIPL, CSL, DSL ...) among those in force at as_of."""
        return tuple(p for p in self.provisions if not _is_standard(p))

    @property
    def standard_provisions(self) -> tuple[str, ...]:
        """The provisions of the recommended standard GB/T 35273 among those in force at as_of."""
        return tuple(p for p in self.provisions if _is_standard(p))

    @property
    def label(self) -> str:
        """The verdict as a reader should see it (``verdict_label``)."""
        return verdict_label(self.verdict, self.severity)


def _is_standard(provision: str) -> bool:
    return "/GBT" in provision


def verdict_label(verdict: str, severity: str) -> str:
    """Words that keep the statute apart from the standard: an adverse verdict under the recommended
    standard GB/T 35273 is a *deviation*, never a breach of law."""
    if verdict in ("contravention", "omission"):
        return f"{verdict} of law" if severity == "law" else f"deviation from standard ({verdict})"
    return verdict


_FINDINGS = sparql_prefixes() + """
SELECT ?finding ?policy ?key ?req ?title ?verdict ?severity ?law ?lawLabel ?asOf ?reason ?checker ?by ?prov ?q ?exact ?start ?end WHERE {
  GRAPH pkgr:compliance {
    ?finding a pkg:Finding ; pkg:aboutPolicy ?policy ; pkg:requirementKey ?key ; pkg:verdict ?verdict .
    %s
    OPTIONAL { ?finding pkg:requirement ?req OPTIONAL { ?req dct:title ?title } }
    OPTIONAL { ?finding pkg:severity ?severity }
    OPTIONAL { ?finding pkg:appliedSource ?law }
    OPTIONAL { ?finding pkg:asOf ?asOf }
    OPTIONAL { ?finding pkg:reason ?reason }
    OPTIONAL { ?finding pkg:checkerVerdict ?checker }
    OPTIONAL { ?finding pkg:reviewedBy ?by }
    OPTIONAL { ?finding pkg:citesProvision ?prov }
    OPTIONAL { ?finding pkg:hasQuote ?q . ?q oa:exact ?exact . OPTIONAL { ?q oa:start ?start ; oa:end ?end } }
  }
  OPTIONAL { ?law rdfs:label ?lawLabel FILTER(LANG(?lawLabel) IN ("en", "")) }
}
"""


def read_findings(store: Store, *, policy_iri: str | None = None) -> list[StoredFinding]:
    """All stored findings (or those about one policy), sorted by policy, requirement key.

    Returns an empty list when ``policykg check`` has not run yet.
    """
    if policy_iri and any(c in policy_iri for c in "<>\" {}|\\^`"):
        raise ValueError(f"{policy_iri!r} is not an IRI")
    restriction = f"VALUES ?policy {{ <{policy_iri}> }}" if policy_iri else ""
    grouped: dict[str, dict] = {}
    for row in store.select(_FINDINGS % restriction):
        iri = str(row["finding"])
        entry = grouped.setdefault(iri, {
            "policy": str(row["policy"]), "key": str(row["key"]), "req": str(row.get("req", "")),
            "title": str(row.get("title", "")), "verdict": str(row["verdict"]), "severity": str(row.get("severity", "")),
            "law": str(row.get("law", "")), "law_label": str(row.get("lawLabel", "")), "as_of": str(row.get("asOf", "")),
            "reason": str(row.get("reason", "")), "checker": str(row.get("checker", "")),
            "by": _short(str(row.get("by", ""))), "provisions": set(), "quotes": {},
        })
        if "prov" in row:
            entry["provisions"].add(str(row["prov"]))
        if "q" in row:
            start = int(row["start"].toPython()) if "start" in row else None  # type: ignore[union-attr]
            end = int(row["end"].toPython()) if "end" in row else None  # type: ignore[union-attr]
            entry["quotes"][str(row["q"])] = FindingQuote(str(row["exact"]), start, end)
    findings = [
        StoredFinding(
            iri=iri, policy=e["policy"], key=e["key"], requirement=e["req"] or e["key"],
            requirement_title=e["title"] or e["key"], verdict=e["verdict"], severity=e["severity"],
            law=e["law"], law_label=e["law_label"] or _law_name(e["law"]), as_of=e["as_of"][:10], reason=e["reason"],
            provisions=tuple(sorted(e["provisions"])),
            quotes=tuple(sorted(e["quotes"].values(), key=lambda q: (q.start if q.start is not None else -1, q.text))),
            checker_verdict=e["checker"], reviewed_by=e["by"] if e["checker"] else "",
        )
        for iri, e in grouped.items()
    ]
    findings = _with_reviews(store, findings)
    findings.sort(key=lambda f: (f.policy, f.key, f.iri))
    return findings


def _short(iri: str) -> str:
    return iri.rsplit("/", 1)[-1] if iri else ""


def _law_name(iri: str) -> str:
    """The act's or edition's name from the packaged requirement model, when the store has no label
    (a store whose ontology graph was not loaded)."""
    if not iri:
        return ""
    from policykg.compliance.model import packaged_requirements

    for requirement in packaged_requirements().values():
        for _, source in requirement.provisions:
            if source.iri == iri and source.label:
                return source.label
    return _short(iri)


def _with_reviews(store: Store, findings: list[StoredFinding]) -> list[StoredFinding]:
    """Reviewed verdicts win over the checker's, marked with the reviewer (``policykg.reviews``)."""
    from policykg.reviews.listing import reviewed_verdicts

    reviewed = reviewed_verdicts(store)
    if not reviewed:
        return findings
    out = []
    for finding in findings:
        found = reviewed.get(finding.iri)
        if found is not None and not finding.checker_verdict:  # a check since the review stored it already
            verdict, reason, reviewer = found  # (a "met" without a passage already reads "review": listing.py)
            finding = replace(finding, verdict=verdict, reason=reason or finding.reason, reviewed_by=reviewer,
                              checker_verdict=finding.checker_verdict or finding.verdict)
        out.append(finding)
    return out


def worst_verdict(verdicts: list[str]) -> str:
    """The most adverse of several verdicts: contravention, omission, review, met, not-applicable."""
    return min(verdicts, key=lambda v: _ORDER.get(v, len(VERDICTS)))
