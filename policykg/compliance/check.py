"""``policykg check``: run every compliance requirement over the policies and store the findings.

Requirements come from two places: the SPARQL files of ``queries/compliance`` (cross-checks against
law provisions, e.g. GB/T 35273 sharing exceptions) and the SHACL shapes of the ontology (graph-level
rules, run with pySHACL over each policy graph plus the ontology). Findings replace earlier findings
about the same policies in ``pkgr:compliance``; findings about other policies are kept.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from rdflib import Graph, URIRef

from policykg.compliance.findings import Finding, finding_prefix, findings_to_triples
from policykg.compliance.shacl_checks import has_shapes, run_shacl_check
from policykg.compliance.sparql_checks import compliance_queries, run_sparql_check
from policykg.namespaces import COMPLIANCE_GRAPH, GRAPH, ID, ONTOLOGY_GRAPH, sparql_prefixes
from policykg.store.base import Store


class CheckError(ValueError):
    """The check cannot run (unknown policy, empty store); the message says what to do."""


@dataclass(frozen=True)
class PolicyInfo:
    iri: str
    docid: str
    company: str
    file: str


@dataclass(frozen=True)
class CheckResult:
    """What one ``check`` run found."""

    policies: tuple[PolicyInfo, ...]
    findings: tuple[Finding, ...]
    run: str  # IRI of the check activity
    checked_at: str

    @property
    def failed(self) -> bool:
        """True if any finding is a contravention (status fail): the CLI exits 1."""
        return any(f.status == "fail" for f in self.findings)

    def counts(self) -> dict[str, int]:
        counter = Counter(f.status for f in self.findings)
        return {status: counter.get(status, 0) for status in ("pass", "fail", "not-stated")}

    def for_policy(self, policy_iri: str) -> list[Finding]:
        return [f for f in self.findings if f.policy == policy_iri]


_POLICIES = sparql_prefixes() + """
SELECT DISTINCT ?policy (SAMPLE(?name) AS ?company) (SAMPLE(?fileName) AS ?file) WHERE {
  ?policy a pkg:PrivacyPolicy .
  OPTIONAL { ?policy dct:publisher/pkg:legalName ?name }
  OPTIONAL { ?policy pkg:fileName ?fileName }
} GROUP BY ?policy ORDER BY ?company ?file ?policy
"""


def list_policies(store: Store) -> list[PolicyInfo]:
    """Every policy in the store with its company name and file name."""
    rows = store.select(_POLICIES)
    policies = []
    for row in rows:
        iri = str(row["policy"])
        policies.append(
            PolicyInfo(iri=iri, docid=iri.rsplit("/", 1)[-1], company=str(row.get("company", "")), file=str(row.get("file", "")))
        )
    return policies


def resolve_policies(store: Store, selector: str | None = None) -> list[PolicyInfo]:
    """All policies, or those a selector names: docid (or its start), IRI, file name or company name."""
    policies = list_policies(store)
    if not policies:
        raise CheckError("the store holds no policies; run 'policykg ingest FILES' (or 'policykg demo') first")
    if not selector:
        return policies
    wanted = selector.strip()
    folded = wanted.casefold()
    chosen = [
        p for p in policies
        if wanted in (p.iri, p.file) or p.docid.startswith(wanted) or p.company.casefold() == folded
    ]
    if not chosen:
        raise CheckError(
            f"no policy matches {selector!r}; give a docid, a file name, a company name or a policy IRI "
            "(see 'policykg query policies-overview')"
        )
    return chosen


def load_ontology_graph(store: Store) -> Graph:
    """The ontology as stored in ``pkgr:ontology``, else as shipped in the package."""
    graph = Graph()
    for s, p, o, _ in store.quads(str(ONTOLOGY_GRAPH)):
        graph.add((s, p, o))
    if len(graph):
        return graph
    from policykg.ontology.loader import load_ontology

    return load_ontology(include_shapes=False)


def load_shapes_graph() -> Graph:
    """The SHACL shapes shipped in ``ontology/shapes``."""
    from policykg.ontology.loader import load_shapes

    return load_shapes()


def policy_graph(store: Store, docid: str) -> Graph:
    graph = Graph()
    for s, p, o, _ in store.quads(str(GRAPH[f"policy/{docid}"])):
        graph.add((s, p, o))
    return graph


def check_policies(
    store: Store,
    *,
    policy: str | None = None,
    shacl: bool = True,
    write: bool = True,
    ontology: Graph | None = None,
    shapes: Graph | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> CheckResult:
    """Check all policies (or the one ``policy`` names) and, with ``write``, store the findings.

    ``on_progress(stage, done, total)`` is told how far each stage has got (a check of many
    policies takes seconds to minutes).

    ``ontology`` defaults to the ``pkgr:ontology`` graph (else the packaged ontology), ``shapes`` to
    the packaged SHACL shapes. Example: ``check_policies(store).failed`` is True if any requirement fails.
    """
    report = on_progress or (lambda stage, done, total: None)
    policies = resolve_policies(store, policy)
    iris = [p.iri for p in policies]
    findings: list[Finding] = []
    queries = list(compliance_queries().values())
    for done, query in enumerate(queries):
        report("requirements (SPARQL)", done, len(queries))
        findings += run_sparql_check(store, query, iris)
    report("requirements (SPARQL)", len(queries), len(queries))
    findings = merge_duplicates(findings)
    if shacl:
        shapes_graph = shapes if shapes is not None else load_shapes_graph()
        if has_shapes(shapes_graph):
            ontology_graph = ontology if ontology is not None else load_ontology_graph(store)
            shacl_findings: list[Finding] = []
            for done, info in enumerate(policies):
                report("SHACL shapes, policy by policy", done, len(policies))
                shacl_findings += run_shacl_check(info.iri, policy_graph(store, info.docid), ontology_graph, shapes_graph)
            report("SHACL shapes, policy by policy", len(policies), len(policies))
            findings += drop_restated(shacl_findings, findings)
    findings.sort(key=lambda f: (f.policy, f.requirement.name, f.status, f.detail or ""))
    checked_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    run = ID[f"check/{checked_at.replace(':', '').replace('+', 'Z')}"]
    result = CheckResult(tuple(policies), tuple(findings), str(run), checked_at)
    if write:
        report("storing the findings", 0, 1)
        write_findings(store, result)
        report("storing the findings", 1, 1)
    return result


def merge_duplicates(findings: list[Finding]) -> list[Finding]:
    """One finding per policy, requirement, status and detail: several rows saying the same thing
    (the same condition listed twice, say) become one finding carrying all their quotes."""
    merged: dict[tuple, Finding] = {}
    for finding in findings:
        key = (finding.policy, finding.requirement.name, finding.status, finding.detail)
        if key not in merged:
            merged[key] = finding
            continue
        known = merged[key]
        evidence = tuple(dict.fromkeys((*known.evidence, *finding.evidence)))
        provisions = tuple(dict.fromkeys((*known.provisions, *finding.provisions)))
        merged[key] = replace(known, evidence=evidence, provisions=provisions)
    return list(merged.values())


def drop_restated(shacl_findings: list[Finding], sparql_findings: list[Finding]) -> list[Finding]:
    """SHACL findings that only restate a SPARQL finding are dropped, so a report counts each problem once.

    A SHACL result restates a SPARQL one when both judge the same policy the same way and either name
    the same detail with the same quotes, or (omissions, which have no quotes) cite a provision in common.
    """
    kept: list[Finding] = []
    for finding in shacl_findings:
        quotes = {(e.start, e.end) for e in finding.evidence}
        restated = any(
            other.policy == finding.policy and other.status == finding.status and (
                (other.detail == finding.detail and quotes <= {(e.start, e.end) for e in other.evidence})
                or (finding.status == "not-stated" and set(other.provisions) & set(finding.provisions))
                or (bool(quotes) and quotes <= {(e.start, e.end) for e in other.evidence} and bool(set(other.provisions) & set(finding.provisions)))
            )
            for other in sparql_findings
        )
        if not restated:
            kept.append(finding)
    return merge_duplicates(kept)


def write_findings(store: Store, result: CheckResult) -> None:
    """Replace the findings about the checked policies in ``pkgr:compliance``, keeping the rest."""
    prefixes = tuple(finding_prefix(p.iri) for p in result.policies)
    kept = [(s, p, o) for s, p, o, _ in store.quads(str(COMPLIANCE_GRAPH)) if not str(s).startswith(prefixes)]
    live_runs = {o for s, p, o in kept if str(p).endswith("wasGeneratedBy")}
    kept = [t for t in kept if not (str(t[0]).startswith(str(ID["check/"])) and t[0] not in live_runs)]
    new = findings_to_triples(result.findings, run=URIRef(result.run), when=result.checked_at)
    store.replace_graphs({str(COMPLIANCE_GRAPH): kept + new})
