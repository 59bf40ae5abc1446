"""Requirements written as SPARQL (``queries/compliance/*.rq``) and how their rows become findings.

Two kinds, named in each file's header (``# kind: ...``):

* ``contravention``: every row is something the policy says that the law does not allow
  (columns ?policy ?detail [?provision] [?evidence ?quote ?start ?end]). A checked policy with no
  row passes.
* ``omission``: rows carry ?status "pass" or "not-stated" for each policy the requirement applies to
  (with ?evidence ?quote ?start ?end for a pass). A policy with no row is out of scope.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from rdflib import URIRef

from policykg.compliance.findings import Evidence, Finding, Requirement
from policykg.namespaces import PREFIXES
from policykg.queries.catalogue import CatalogueError, CatalogueQuery, load_folder
from policykg.queries.runner import run_query
from policykg.store.base import Store

KINDS = ("contravention", "omission")


@lru_cache(maxsize=1)
def compliance_queries() -> dict[str, CatalogueQuery]:
    """The compliance requirements shipped in ``queries/compliance``, by name."""
    queries = load_folder(resources.files("policykg.queries") / "compliance", label="queries/compliance")
    for name, query in queries.items():
        if query.header_value("kind") not in KINDS:
            raise CatalogueError(f"queries/compliance/{name}.rq: header needs '# kind: contravention' or '# kind: omission'")
    return queries


def expand(curie: str) -> str:
    """A full IRI for ``law:PIPL/art13`` style names in headers."""
    prefix, sep, local = curie.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return str(PREFIXES[prefix]) + local
    return curie


def requirement_of(query: CatalogueQuery) -> Requirement:
    return Requirement(
        name=query.name,
        title=query.title,
        question=query.question,
        provisions=tuple(expand(p) for p in query.provisions),
        source="sparql",
    )


def run_sparql_check(store: Store, query: CatalogueQuery, policies: Iterable[str]) -> list[Finding]:
    """Findings of one SPARQL requirement for the given policy IRIs."""
    wanted = list(policies)
    scope = set(wanted)
    requirement = requirement_of(query)
    result = run_query(store, query)
    grouped: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for record in result.records():
        policy = str(record.get("policy") or "")
        if policy not in scope:
            continue
        status = str(record.get("status") or "fail")
        detail = record.get("detail")
        grouped[(policy, status, "" if detail is None else str(detail))].append(record)
    findings: list[Finding] = []
    reported: set[str] = set()
    for (policy, status, detail), records in sorted(grouped.items()):
        if query.header_value("kind") == "omission" and status == "not-stated":
            evidence: tuple[Evidence, ...] = ()
        else:
            evidence = _evidence(records)
        provisions = tuple(sorted({str(r["provision"]) for r in records if r.get("provision") is not None}))
        findings.append(
            Finding(
                policy=policy,
                requirement=requirement,
                status=status,
                provisions=provisions or requirement.provisions,
                evidence=evidence,
                detail=detail or None,
            )
        )
        reported.add(policy)
    if query.header_value("kind") == "contravention":
        findings += [
            Finding(policy=p, requirement=requirement, status="pass", provisions=requirement.provisions)
            for p in wanted
            if p not in reported
        ]
    return findings


def _evidence(records: list[dict]) -> tuple[Evidence, ...]:
    seen: dict[tuple, Evidence] = {}
    for record in records:
        quote = record.get("quote")
        if quote is None:
            continue
        start, end = record.get("start"), record.get("end")
        annotation = record.get("evidence")
        item = Evidence(
            quote=str(quote),
            start=int(start) if start is not None else None,
            end=int(end) if end is not None else None,
            annotation=str(annotation) if isinstance(annotation, URIRef) else None,
        )
        seen.setdefault((item.start, item.end, item.quote), item)
    return tuple(sorted(seen.values(), key=lambda e: (e.start or 0, e.quote)))
