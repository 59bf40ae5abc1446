"""The core ontology: OWL 2 DL consistency under HermiT, alignment IRIs that really exist in DPV, and
the statement classes that ingest relies on."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from policykg.namespaces import DPV, LOC, PD, PKG
from policykg.ontology.loader import load_ontology, load_shapes, ontology_files
from policykg.ontology_tools.check import run_reasoner

# Real DPV terms that the 2.3 reference table lacks: dpv:Process is the DPV 2 process concept, and the
# table has no loc: module at all.
ALLOWED_OUTSIDE_TSV = {str(DPV.Process), str(LOC.CN)}

STATEMENT_CLASSES = [
    "CollectionStatement", "UseStatement", "SharingStatement", "RetentionStatement", "CrossBorderStatement",
    "MinorsStatement", "SellingStatement", "TrackingStatement", "CookieControlStatement", "RightStatement",
    "SecurityStatement", "IncidentNotificationStatement", "PolicyChangeStatement", "ImpliedConsentStatement",
    "LawCitation", "ContactStatement",
]


@pytest.fixture(scope="module")
def owl_graph() -> Graph:
    return load_ontology(include_shapes=False)


@pytest.fixture(scope="module")
def dpv_terms(shared_dir: Path) -> set[str]:
    path = shared_dir / "reference" / "dpv-terms.tsv"
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row["iri"] for row in csv.DictReader(rows, delimiter="\t")}


def test_files_found_core_first() -> None:
    files = ontology_files()
    assert files[0].name == "core.ttl"
    assert any(p.parent.name == "law" for p in files)
    assert any(p.parent.name == "shapes" for p in files)
    assert all(p.suffix == ".ttl" and p.is_file() for p in files)


def test_loader_returns_independent_copies() -> None:
    first = load_ontology()
    first.remove((None, None, None))
    assert len(first) == 0
    assert len(load_ontology()) > 1000
    shapes = load_shapes()
    assert (None, RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")) in shapes
    assert (PKG.Company, RDF.type, OWL.Class) not in shapes


def test_hermit_consistent_without_unsatisfiable_classes(owl_graph: Graph) -> None:
    result = run_reasoner(owl_graph)
    assert result.consistent, result.message
    assert result.unsatisfiable == ()


def test_hermit_detects_disjoint_statement_classes(owl_graph: Graph) -> None:
    """The disjointness axioms have teeth: a class under two statement kinds is unsatisfiable."""
    broken = Graph()
    for triple in owl_graph:
        broken.add(triple)
    both = URIRef("https://example.org/test#Both")
    broken.add((both, RDF.type, OWL.Class))
    broken.add((both, RDFS.subClassOf, PKG.CollectionStatement))
    broken.add((both, RDFS.subClassOf, PKG.SharingStatement))
    result = run_reasoner(broken)
    assert result.consistent
    assert result.unsatisfiable == (str(both),)


def test_polarity_individuals_are_distinct(owl_graph: Graph) -> None:
    broken = Graph()
    for triple in owl_graph:
        broken.add(triple)
    broken.add((PKG.Affirmative, OWL.sameAs, PKG.Negative))
    assert run_reasoner(broken).consistent is False


def test_statement_classes_and_alignment(owl_graph: Graph) -> None:
    for name in STATEMENT_CLASSES:
        assert (PKG[name], RDFS.subClassOf, PKG.PracticeStatement) in owl_graph, name
    assert (PKG.PracticeStatement, RDFS.subClassOf, DPV.Process) in owl_graph
    assert (PKG.Company, RDFS.subClassOf, DPV.Organisation) in owl_graph
    assert (PKG.PrivacyPolicy, RDFS.subClassOf, DPV.PrivacyNotice) in owl_graph
    assert (PKG.Law, RDFS.subClassOf, DPV.Law) in owl_graph
    assert (PKG.IngestActivity, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Activity")) in owl_graph
    for individual, cls in ((PKG.Affirmative, PKG.Polarity), (PKG.Negative, PKG.Polarity),
                            (PKG.PurposeBoundRetention, PKG.RetentionKind), (PKG.FixedPeriodRetention, PKG.RetentionKind)):
        assert (individual, RDF.type, cls) in owl_graph


def test_every_ingest_statement_kind_has_a_class(owl_graph: Graph) -> None:
    from policykg.ingest.model import StatementKind

    for kind in StatementKind:
        name = "".join(part.capitalize() for part in kind.value.split("-"))
        name = name if kind.value == "law-citation" else name + "Statement"
        assert (PKG[name], RDF.type, OWL.Class) in owl_graph, f"{kind} -> pkg:{name} missing"


def test_core_classes_have_english_and_chinese_labels(owl_graph: Graph) -> None:
    classes = [c for c in owl_graph.subjects(RDF.type, OWL.Class) if str(c).startswith(str(PKG))]
    assert len(classes) >= 25
    for cls in classes:
        languages = {label.language for label in owl_graph.objects(cls, RDFS.label)}
        assert {"en", "zh"} <= languages, cls
        assert any(True for _ in owl_graph.objects(cls, RDFS.comment)), cls


def test_every_used_pkg_term_is_declared(owl_graph: Graph) -> None:
    """No typos: every pkg: IRI used anywhere in the ontology (shapes included) is declared in core.ttl."""
    full = load_ontology()
    declared = {s for s in owl_graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(PKG))}
    used = {t for triple in full for t in triple if isinstance(t, URIRef) and str(t).startswith(str(PKG))}
    assert used - declared == set()


def test_dpv_iris_exist_in_reference_table(dpv_terms: set[str]) -> None:
    full = load_ontology()
    used = {str(t) for triple in full for t in triple
            if isinstance(t, URIRef) and str(t).startswith((str(DPV), str(PD), str(LOC)))}
    assert used, "the ontology should reuse DPV terms"
    unknown = used - dpv_terms - ALLOWED_OUTSIDE_TSV
    assert unknown == set(), f"not DPV 2.3 terms: {sorted(unknown)}"
    assert not any(iri.startswith("https://w3id.org/dpv/legal/cn") for iri in used)


def test_reused_properties_are_declared_for_dl(owl_graph: Graph) -> None:
    """Every predicate in the OWL graph (outside rdf/rdfs/owl) has an OWL property declaration."""
    builtin = (str(RDF), str(RDFS), str(OWL))
    kinds = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    for predicate in set(owl_graph.predicates()):
        if str(predicate).startswith(builtin):
            continue
        declared = {k for k in kinds if (predicate, RDF.type, k) in owl_graph}
        assert len(declared) == 1, f"{predicate}: declared as {declared or 'nothing'}"


def test_ontology_header(owl_graph: Graph) -> None:
    header = URIRef(str(PKG)[:-1])
    assert (header, RDF.type, OWL.Ontology) in owl_graph
    assert owl_graph.value(header, OWL.versionInfo) is not None
    assert owl_graph.value(header, URIRef("http://purl.org/dc/terms/license")) is not None
    assert owl_graph.value(header, URIRef("http://purl.org/dc/terms/creator")) == Literal("policykg")
    assert not any(isinstance(s, BNode) and (s, RDF.type, OWL.Ontology) in owl_graph for s in owl_graph.subjects())
