"""Findings of ``policykg check`` read through one adapter, whichever contract wrote them.

Why: the findings graph (``pkgr:compliance``) is being rewritten. The old contract has
``pkg:status "pass"|"fail"|"not-stated"`` and ``pkg:requirement pki:requirement/{key}``; the new one
``pkg:verdict "met"|"contravention"|"omission"|"not-applicable"|"review"``, ``pkg:requirementKey``,
``pkg:severity``, ``pkg:appliedSource`` and ``pkg:reason``. Pages and exports read only ``Finding``
records from here, so they work before and after the switch.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store

VERDICTS = ("contravention", "omission", "review", "met", "not-applicable")
OLD_STATUS_TO_VERDICT = {"fail": "contravention", "not-stated": "omission", "pass": "met"}
OLD_CLASS_TO_VERDICT = {"Contravention": "contravention", "Omission": "omission", "Conformance": "met"}


@dataclass
class FindingQuote:
    exact: str
    start: int | None
    end: int | None


@dataclass
class Finding:
    """One finding in the new contract's terms (old findings translated)."""

    iri: str
    policy: str
    key: str  # requirement key, e.g. "explicit-consent"
    verdict: str  # one of VERDICTS
    reason: str
    provisions: list[str] = field(default_factory=list)
    severity: str | None = None
    applied_source: str | None = None
    quotes: list[FindingQuote] = field(default_factory=list)


_QUERY = """
SELECT ?f ?policy ?key ?requirement ?verdict ?status ?class ?reason ?detail ?severity ?source WHERE {
  GRAPH pkgr:compliance {
    ?f a pkg:Finding ; pkg:aboutPolicy ?policy .
    %(filter)s
    OPTIONAL { ?f pkg:requirementKey ?key }
    OPTIONAL { ?f pkg:requirement ?requirement }
    OPTIONAL { ?f pkg:verdict ?verdict }
    OPTIONAL { ?f pkg:status ?status }
    OPTIONAL { ?f a ?class FILTER(?class IN (pkg:Contravention, pkg:Omission, pkg:Conformance)) }
    OPTIONAL { ?f pkg:reason ?reason }
    OPTIONAL { ?f pkg:detail ?detail }
    OPTIONAL { ?f pkg:severity ?severity }
    OPTIONAL { ?f pkg:appliedSource ?source }
  }
}
"""
_PROVISIONS = """
SELECT ?f ?p WHERE { GRAPH pkgr:compliance { ?f a pkg:Finding ; pkg:aboutPolicy ?policy ; pkg:citesProvision ?p . %(filter)s } }
"""
_QUOTES = """
SELECT ?f ?exact ?start ?end WHERE { GRAPH pkgr:compliance {
  ?f a pkg:Finding ; pkg:aboutPolicy ?policy ; pkg:hasQuote ?q . %(filter)s
  ?q oa:exact ?exact . OPTIONAL { ?q oa:start ?start } OPTIONAL { ?q oa:end ?end } } }
"""


def _policy_filter(policies: Iterable[str] | None) -> str:
    if policies is None:
        return ""
    values = " ".join(f"<{p}>" for p in policies)
    return f"VALUES ?policy {{ {values} }}"


def verdict_of(row: dict) -> str:
    """The new contract's verdict from whichever terms the finding carries."""
    if "verdict" in row:
        return str(row["verdict"])
    if "status" in row:
        return OLD_STATUS_TO_VERDICT.get(str(row["status"]), "review")
    if "class" in row:
        return OLD_CLASS_TO_VERDICT.get(str(row["class"]).rsplit("#", 1)[-1], "review")
    return "review"


def key_of(row: dict) -> str:
    if "key" in row:
        return str(row["key"])
    if "requirement" in row:
        return str(row["requirement"]).rsplit("/requirement/", 1)[-1]
    return str(row["f"]).rsplit("/", 2)[-2]


def read_findings(store: Store, policies: Iterable[str] | None = None, *, with_quotes: bool = True) -> list[Finding]:
    """Every finding (or those about ``policies``), sorted by policy, verdict severity, key."""
    policies = list(policies) if policies is not None else None
    if policies == []:
        return []
    flt = {"filter": _policy_filter(policies)}
    prefixes = sparql_prefixes()
    found: dict[str, Finding] = {}
    for row in store.select(prefixes + _QUERY % flt):
        iri = str(row["f"])
        if iri in found:  # a second class row: keep the first
            continue
        reason = str(row["reason"]) if "reason" in row else (f"detail: {_short(row['detail'])}" if "detail" in row else "")
        found[iri] = Finding(
            iri=iri, policy=str(row["policy"]), key=key_of(row), verdict=verdict_of(row), reason=reason,
            severity=str(row["severity"]) if "severity" in row else None,
            applied_source=str(row["source"]) if "source" in row else None,
        )
    provisions: dict[str, set[str]] = defaultdict(set)
    for row in store.select(prefixes + _PROVISIONS % flt):
        provisions[str(row["f"])].add(str(row["p"]))
    for iri, values in provisions.items():
        if iri in found:
            found[iri].provisions = sorted(values)
    if with_quotes:
        for row in store.select(prefixes + _QUOTES % flt):
            finding = found.get(str(row["f"]))
            if finding is None:
                continue
            start = int(row["start"]) if "start" in row else None
            end = int(row["end"]) if "end" in row else None
            finding.quotes.append(FindingQuote(str(row["exact"]), start, end))
        for finding in found.values():
            finding.quotes.sort(key=lambda q: (q.start if q.start is not None else -1, q.exact))
    order = {verdict: n for n, verdict in enumerate(VERDICTS)}
    return sorted(found.values(), key=lambda f: (f.policy, order.get(f.verdict, 9), f.key, f.iri))


def _short(node: object) -> str:
    text = str(node)
    return text.rsplit("/", 1)[-1] if text.startswith("http") else text
