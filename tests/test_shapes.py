"""SHACL shapes: valid SHACL, citing real provisions, readable in two languages, and doing what they
say on small policy graphs written for the test."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH

from policykg.namespaces import DPV, ID, LAW, LOC, PKG, SHAPES, VOCAB
from policykg.ontology.loader import load_ontology, load_shapes, ontology_files
from policykg.ontology_tools.check import validate_ontology_data, validate_shapes_graph


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology(include_shapes=False)


def _policy_shape_files() -> list[Path]:
    return [p for p in ontology_files() if p.parent.name == "shapes" and p.name != "ontology-data.ttl"]


@pytest.fixture(scope="module")
def policy_shapes() -> Graph:
    """Only the shapes that target policy graphs; the ontology-data shapes are tested on their own above."""
    graph = Graph()
    for path in _policy_shape_files():
        graph.parse(path)
    return graph


def test_shapes_graph_is_valid_shacl(shapes: Graph) -> None:
    conforms, text = validate_shapes_graph(shapes)
    assert conforms, text


def test_meta_validation_rejects_a_malformed_shape(shapes: Graph) -> None:
    broken = Graph()
    for triple in shapes:
        broken.add(triple)
    broken.add((SHAPES.ProvisionNumber, SH.minCount, Literal("one")))
    conforms, _ = validate_shapes_graph(broken)
    assert not conforms


def test_ontology_data_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, messages = validate_ontology_data(ontology, shapes)
    assert conforms, messages


def test_ontology_data_shapes_catch_gaps(ontology: Graph, shapes: Graph) -> None:
    broken = Graph()
    for triple in ontology:
        broken.add(triple)
    broken.remove((LAW["PIPL/art14"], PKG.number, None))
    broken.remove((LAW["DSL"], PKG.lawKey, None))
    orphan = LAW["PIPL/art999"]
    broken.add((orphan, RDF.type, PKG.Provision))
    conforms, messages = validate_ontology_data(broken, shapes)
    assert not conforms
    focus = {m.split(": ", 1)[0] for m in messages}
    assert {str(LAW["PIPL/art14"]), str(LAW["DSL"]), str(orphan)} <= focus


def test_every_cited_provision_exists(shapes: Graph, ontology: Graph) -> None:
    cited = set(shapes.objects(None, RDFS.seeAlso))
    assert len(cited) >= 10
    for iri in cited:
        assert (iri, RDF.type, PKG.Provision) in ontology, f"shape cites unknown provision {iri}"


def test_policy_shapes_cite_law_and_speak_two_languages() -> None:
    files = _policy_shape_files()
    assert len(files) >= 2
    for path in files:
        graph = Graph().parse(path)
        constraints = [s for s in graph.subjects(SH.message, None) if not isinstance(s, BNode) or (s, SH.path, None) in graph]
        assert constraints, path
        for shape in set(graph.subjects(SH.message, None)):
            languages = {m.language for m in graph.objects(shape, SH.message)}
            assert {"en", "zh"} <= languages, f"{path.name}: {shape}"
        for shape in set(graph.subjects(RDF.type, SH.NodeShape)) | set(graph.subjects(RDF.type, SH.PropertyShape)):
            assert any(True for _ in graph.objects(shape, RDFS.seeAlso)), f"{path.name}: {shape} cites no provision"
        for shape in set(graph.subjects(RDF.type, SH.PropertyShape)):
            assert graph.value(shape, SH.severity) is not None, f"{path.name}: {shape} has no severity"


# ------------------------------------------------------------------ behaviour on policy graphs

def _policy(**parts: bool) -> Graph:
    """A hand-made policy graph; each keyword switches one feature on."""
    g = Graph()
    policy, company = ID["policy/t1"], ID["company/acme"]
    g.add((policy, RDF.type, PKG.PrivacyPolicy))
    g.add((company, RDF.type, PKG.Company))
    g.add((policy, DCTERMS.publisher, company))
    if parts.get("contact"):
        g.add((company, PKG.email, Literal("privacy@acme.example")))

    def statement(n: int, cls: URIRef, polarity: URIRef = PKG.Affirmative) -> URIRef:
        node = ID[f"policy/t1/s/{n}"]
        g.add((policy, PKG.states, node))
        g.add((node, RDF.type, cls))
        g.add((node, PKG.hasPolarity, polarity))
        return node

    collect = statement(1, PKG.CollectionStatement)
    if parts.get("categories"):
        g.add((collect, DPV.hasPersonalData, VOCAB["pd/EmailAddress"]))
    if parts.get("purposes"):
        g.add((collect, DPV.hasPurpose, VOCAB["purpose/ServiceProvision"]))
    if parts.get("retention"):
        statement(2, PKG.RetentionStatement)
    if parts.get("rights"):
        statement(3, PKG.RightStatement)
    for i, key in enumerate(parts.get("conditions", ()) or ()):
        share = statement(10 + i, PKG.SharingStatement)
        g.add((share, DPV.hasRecipient, VOCAB["recipient/third-parties"]))
        condition = ID[f"policy/t1/c/{i}"]
        g.add((share, PKG.hasCondition, condition))
        g.add((condition, RDF.type, PKG.DisclosureCondition))
        g.add((condition, PKG.conditionKind, VOCAB[f"condition/{key}"]))
    if parts.get("implied") is not None:
        statement(20, PKG.ImpliedConsentStatement, PKG.Affirmative if parts["implied"] else PKG.Negative)
    if parts.get("abroad") is not None:
        node = statement(21, PKG.CrossBorderStatement)
        if parts["abroad"] == "CN":
            g.add((node, PKG.storageLocation, LOC.CN))
    return g


COMPLETE = dict(contact=True, categories=True, purposes=True, retention=True, rights=True)


def _results(policy: Graph, ontology: Graph, shapes: Graph) -> dict[tuple[str, str], str]:
    """(focus local name, source shape local name) -> severity."""
    data = Graph()
    for triple in ontology:
        data.add(triple)
    for triple in policy:
        data.add(triple)
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True)
    out = {}
    for result in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        # constraints nested in sh:or report the node shape; name anonymous ones by their parent
        name = str(shape).split("#")[-1] if isinstance(shape, URIRef) else "anonymous"
        focus = str(report.value(result, SH.focusNode)).rsplit("/", 1)[-1]
        out[(focus, name)] = str(report.value(result, SH.resultSeverity)).split("#")[-1]
    return out


def test_complete_notice_passes(ontology: Graph, policy_shapes: Graph) -> None:
    assert _results(_policy(**COMPLETE), ontology, policy_shapes) == {}


@pytest.mark.parametrize("missing, shape", [
    ("contact", "NoticeHandlerContact"), ("categories", "NoticeCategories"), ("purposes", "NoticePurposes"),
    ("retention", "NoticeRetention"), ("rights", "NoticeRights"),
])
def test_each_missing_notice_item_is_reported(missing: str, shape: str, ontology: Graph, policy_shapes: Graph) -> None:
    parts = dict(COMPLETE, **{missing: False})
    results = _results(_policy(**parts), ontology, policy_shapes)
    assert results == {("t1", shape): "Violation"}


def test_disclosure_conditions(ontology: Graph, policy_shapes: Graph) -> None:
    keys = ("contract", "national-security", "protect-rights", "legal-obligation", "affiliates", "research")
    results = _results(_policy(**COMPLETE, conditions=keys), ontology, policy_shapes)
    by_condition: dict[str, set[str]] = {}
    for (focus, shape), severity in results.items():
        by_condition.setdefault(focus, set()).add(f"{shape}:{severity}")
    assert "BeyondSharingExceptions2020:Violation" in by_condition["0"]  # contract
    assert "BeyondSharingExceptions2020:Violation" in by_condition["5"]  # research
    assert "1" not in by_condition  # national security is a sharing exception in both editions
    assert "NoBasisInPRCLaw:Violation" in by_condition["2"]  # protect-rights
    assert by_condition["3"] == {"BeyondSharingExceptions2017:Info"}  # legal obligation: 2020 only
    assert by_condition["4"] == {"SeparateConsentForProvision:Warning"}  # affiliates


def test_sharing_without_recipient_is_reported_by_sparql_constraint(ontology: Graph, policy_shapes: Graph) -> None:
    policy = _policy(**COMPLETE, conditions=("national-security",))
    assert _results(policy, ontology, policy_shapes) == {}
    policy.remove((None, DPV.hasRecipient, None))
    assert _results(policy, ontology, policy_shapes) == {("t1", "SharingRecipientsShape"): "Warning"}


def test_implied_consent_and_cross_border(ontology: Graph, policy_shapes: Graph) -> None:
    assert _results(_policy(**COMPLETE, implied=True), ontology, policy_shapes) == {("20", "ImpliedConsentPolarity"): "Violation"}
    assert _results(_policy(**COMPLETE, implied=False), ontology, policy_shapes) == {}
    assert _results(_policy(**COMPLETE, abroad="elsewhere"), ontology, policy_shapes) == {("21", "CrossBorderShape"): "Warning"}
    assert _results(_policy(**COMPLETE, abroad="CN"), ontology, policy_shapes) == {}
