"""Run the SHACL shapes of the ontology over one policy graph and turn the results into findings.

The data graph is the policy graph plus the ontology triples about every IRI the policy uses
(concepts carry the legal relations the shapes follow) and the class hierarchy; passing the whole
ontology as pySHACL's ``ont_graph`` is orders of magnitude slower. Only results whose focus node is
described in the policy graph count: the ontology's own data is checked by ``policykg ontology``.

A result from a minimum-count constraint means something required is missing: a ``not-stated``
omission. Any other violation means the policy says something the shape forbids: ``fail``.
Provisions are the ``law:`` IRIs the shape points to (rdfs:seeAlso, dct:references, ...).
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH

from policykg.compliance.findings import Evidence, Finding, Requirement
from policykg.namespaces import LAW, OA, PKG

_MISSING = {SH.MinCountConstraintComponent, SH.QualifiedMinCountConstraintComponent}


def has_shapes(shapes: Graph) -> bool:
    return any(True for _ in shapes.subjects(RDF.type, SH.NodeShape)) or any(
        True for _ in shapes.subjects(RDF.type, SH.PropertyShape)
    )


def data_graph(policy: Graph, ontology: Graph) -> Graph:
    """The policy graph plus what the ontology says about the IRIs it uses, and rdfs:subClassOf."""
    data = Graph()
    for triple in policy:
        data.add(triple)
    for node in {o for o in policy.objects() if isinstance(o, URIRef)}:
        for p, o in ontology.predicate_objects(node):
            data.add((node, p, o))
    for s, o in ontology.subject_objects(RDFS.subClassOf):
        data.add((s, RDFS.subClassOf, o))
    return data


def run_shacl_check(policy_iri: str, policy: Graph, ontology: Graph, shapes: Graph) -> list[Finding]:
    """SHACL findings (fail / not-stated) for one policy graph; conforming shapes yield nothing."""
    from pyshacl import validate  # imported here: pyshacl is slow to import

    conforms, report, _ = validate(
        data_graph(policy, ontology), shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    if conforms:
        return []
    own_nodes = set(policy.subjects())
    findings: list[Finding] = []
    seen: set[tuple] = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if report.value(result, SH.resultSeverity) != SH.Violation:
            continue
        focus = report.value(result, SH.focusNode)
        if focus not in own_nodes:
            continue
        shape = report.value(result, SH.sourceShape)
        component = report.value(result, SH.sourceConstraintComponent)
        named = shape if isinstance(shape, URIRef) else _parent(shapes, shape)
        key = (str(named), str(focus), str(report.value(result, SH.value)), str(component))
        if key in seen:
            continue
        seen.add(key)
        status = "not-stated" if component in _MISSING else "fail"
        requirement = _requirement(shapes, named, shape, report, result)
        findings.append(
            Finding(
                policy=policy_iri,
                requirement=requirement,
                status=status,
                provisions=requirement.provisions,
                evidence=_evidence(policy, focus) if status == "fail" else (),
                detail=_detail(policy, report, result, focus),
            )
        )
    return findings


def _parent(shapes: Graph, shape: object) -> object:
    """The named shape a blank property shape belongs to, so the requirement has a stable name."""
    for parent in shapes.subjects(SH.property, shape):
        return parent
    return shape


def _english(graph: Graph, subject: object, predicate: URIRef) -> str | None:
    values = [v for v in graph.objects(subject, predicate) if isinstance(v, Literal)]
    for value in values:
        if value.language in (None, "en"):
            return str(value)
    return str(values[0]) if values else None


def _requirement(shapes: Graph, named: object, shape: object, report: Graph, result: object) -> Requirement:
    parents = [p for p in shapes.subjects(SH.property, named)] if isinstance(named, URIRef) else []
    provisions: set[str] = set()
    for level in ({named, shape}, set(parents)):  # the shape's own citations, else its parent's
        for subject in level:
            for obj in shapes.objects(subject, None):
                if isinstance(obj, URIRef) and str(obj).startswith(str(LAW)):
                    provisions.add(str(obj))
        if provisions:
            break
    local = str(named).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if isinstance(named, URIRef) else "shape"
    title = (
        _english(shapes, named, RDFS.label)
        or _english(shapes, named, SH.name)
        or next((t for t in (_english(shapes, p, RDFS.label) for p in parents) if t), None)
        or local
    )
    question = (
        _english(shapes, shape, SH.message)
        or _english(shapes, named, RDFS.comment)
        or _english(shapes, named, DCTERMS.description)
        or _english(report, result, SH.resultMessage)
        or ""
    )
    return Requirement(name=f"shacl/{local}", title=title, question=question, provisions=tuple(sorted(provisions)), source="shacl")


def _detail(policy: Graph, report: Graph, result: object, focus: object) -> str:
    """What the finding is about: the condition's kind, else the offending value, else the message."""
    kind = policy.value(focus, PKG.conditionKind)
    if isinstance(kind, URIRef):
        return str(kind)
    value = report.value(result, SH.value)
    if isinstance(value, URIRef):
        return str(value)
    return _english(report, result, SH.resultMessage) or f"{focus}"


def _evidence(data: Graph, focus: object) -> tuple[Evidence, ...]:
    items = []
    for annotation in data.objects(focus, PKG.evidence):
        for target in data.objects(annotation, OA.hasTarget):
            quote = start = end = None
            for selector in data.objects(target, OA.hasSelector):
                quote = quote if quote is not None else data.value(selector, OA.exact)
                start = start if start is not None else data.value(selector, OA.start)
                end = end if end is not None else data.value(selector, OA.end)
            if quote is not None:
                items.append(Evidence(str(quote), _int(start), _int(end), str(annotation)))
    return tuple(items)


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))


__all__ = ["data_graph", "has_shapes", "run_shacl_check"]
