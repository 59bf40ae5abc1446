"""The PRC legal layer: one IRI per provision in legal-facts.md, dates and editions, review flags, and
the condition-to-provision relations the compliance checks reason with."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

from policykg.namespaces import EU, LAW, LOC, PKG, VOCAB, sparql_prefixes
from policykg.ontology.loader import load_ontology

COND = "https://w3id.org/policykg/vocab/condition/"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return load_ontology(include_shapes=False)


@pytest.fixture(scope="module")
def facts(shared_dir: Path) -> str:
    return (shared_dir / "reference" / "legal-facts.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def format_md(shared_dir: Path) -> str:
    return (shared_dir / "eval" / "FORMAT.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def condition_table(graph: Graph) -> dict[str, dict[str, set[str]]]:
    """The must-show catalogue query, run over the shipped ontology: key -> column -> provision IRIs."""
    query = resources.files("policykg.queries").joinpath("catalogue/condition-provisions.rq").read_text(encoding="utf-8")
    table = {}
    for row in graph.query(sparql_prefixes() + query):
        table[str(row.key)] = {
            "sharing": set(str(row.sharingProvisions).split()),
            "collection": set(str(row.collectionProvisions).split()),
            "bases": set(str(row.legalBases).split()),
            "consent": set(str(row.consentRequiredUnder).split()),
            "none": set(str(row.noBasisIn).split()),
        }
    return table


def law(path: str) -> str:
    return str(LAW[path])


def test_query_header_follows_catalogue_format() -> None:
    text = resources.files("policykg.queries").joinpath("catalogue/condition-provisions.rq").read_text(encoding="utf-8")
    header = dict(re.findall(r"^# (\w+): (.+)$", text, flags=re.M))
    assert {"title", "question", "provisions", "tags"} <= header.keys()


def test_no_sharing_basis_for_collection_only_cases(condition_table) -> None:
    for key in ("contract", "service-security", "research"):
        assert condition_table[key]["sharing"] == set(), key
        assert condition_table[key]["collection"], f"{key} is still a collection exception"
    assert condition_table["contract"]["collection"] == {law("GBT35273-2017/s5.4/item-g"), law("GBT35273-2020/s5.6/item-g")}
    assert condition_table["service-security"]["collection"] == {law("GBT35273-2017/s5.4/item-h"), law("GBT35273-2020/s5.6/item-i")}
    assert condition_table["contract"]["bases"] == {law("PIPL/art13/item2")}


def test_legal_obligation_only_in_2020_edition(condition_table) -> None:
    row = condition_table["legal-obligation"]
    assert law("GBT35273-2020/s9.5") in row["sharing"]
    assert law("GBT35273-2017/s8.5") not in row["sharing"]
    assert row["bases"] == {law("PIPL/art13/item3")}


def test_sharing_exceptions_in_both_editions(condition_table) -> None:
    for key in ("national-security", "public-interest", "criminal-investigation", "vital-interests",
                "self-disclosed", "lawful-public-source"):
        assert {law("GBT35273-2017/s8.5"), law("GBT35273-2020/s9.5")} <= condition_table[key]["sharing"], key


def test_other_routes_and_no_basis(condition_table) -> None:
    assert law("PIPL/art21") in condition_table["entrusted-processing"]["sharing"]
    assert law("PIPL/art22") in condition_table["merger-acquisition"]["sharing"]
    assert law("CSL-2016/art42") in condition_table["anonymised"]["sharing"]
    for key in ("affiliates", "partners"):
        assert condition_table[key]["consent"] == {law("PIPL/art23")}
        assert condition_table[key]["sharing"] == set()
    for key in ("protect-rights", "unilateral-discretion"):
        assert law("PIPL") in condition_table[key]["none"]
        assert condition_table[key]["sharing"] == condition_table[key]["bases"] == set()


def test_condition_keys_are_format_keys(condition_table, format_md: str) -> None:
    section = format_md.split("### Disclosure-condition keys", 1)[1].split("###", 1)[0]
    keys = set(re.findall(r"^\| `([a-z-]+)` \|", section, flags=re.M))
    assert len(keys) == 20
    assert set(condition_table) == keys


def test_laws_have_keys_jurisdiction_and_dates(graph: Graph, format_md: str) -> None:
    section = format_md.split("### Law keys", 1)[1].split("###", 1)[0]
    keys = set(re.findall(r"`((?:CN|EU|US)-[A-Z0-9-]+)`", section))
    assert len(keys) == 10 and "`other`" in section
    found = {str(graph.value(s, PKG.lawKey)): s for s in graph.subjects(RDF.type, PKG.Law) if graph.value(s, PKG.lawKey)}
    assert set(found) - {"other"} == keys  # "other" (an unmodelled law) may have its catch-all individual
    assert found["EU-GDPR"] == EU["law-GDPR"]
    for key, iri in found.items():
        assert (iri, RDF.type, URIRef("https://w3id.org/dpv#Law")) in graph
        if key.startswith("CN-"):
            assert (iri, URIRef("https://w3id.org/dpv#hasJurisdiction"), LOC.CN) in graph, key
        if key not in ("CN-GBT35273", "other"):
            assert graph.value(iri, PKG.inForceFrom).datatype == XSD_DATE, key
    assert graph.value(LAW["GBT35273"], PKG.edition) is None


def test_gbt_editions(graph: Graph) -> None:
    for edition in ("GBT35273-2017", "GBT35273-2020"):
        assert (LAW[edition], DCTERMS.isVersionOf, LAW["GBT35273"]) in graph
    assert (LAW["GBT35273-2020"], DCTERMS.replaces, LAW["GBT35273-2017"]) in graph
    assert graph.value(LAW["GBT35273-2020"], PKG.inForceFrom) == Literal("2020-10-01", datatype=XSD_DATE)
    assert graph.value(LAW["GBT35273-2017"], PKG.inForceFrom) == Literal("2018-05-01", datatype=XSD_DATE)
    assert graph.value(LAW["PIPL"], PKG.inForceFrom) == Literal("2021-11-01", datatype=XSD_DATE)
    assert graph.value(LAW["CSL-2016"], PKG.inForceFrom) == Literal("2017-06-01", datatype=XSD_DATE)


def _root(graph: Graph, node) -> URIRef:
    seen = set()
    while (parent := graph.value(node, PKG.partOf)) is not None:
        assert node not in seen, f"cycle at {node}"
        seen.add(node)
        node = parent
    return node


def test_every_provision_is_complete(graph: Graph) -> None:
    provisions = set(graph.subjects(RDF.type, PKG.Provision))
    assert len(provisions) > 120
    for p in provisions:
        assert graph.value(p, PKG.number), p
        root = _root(graph, p)
        assert (root, RDF.type, PKG.Law) in graph, p
        assert graph.value(root, PKG.edition) == graph.value(p, PKG.edition), p
        assert graph.value(p, PKG.inForceFrom).datatype == XSD_DATE, p
        assert graph.value(p, PKG.verified) in (Literal(True), Literal(False)), p
        assert {label.language for label in graph.objects(p, RDFS.label)} == {"en", "zh"}, p
        assert graph.value(p, PKG.topic) and graph.value(p, RDFS.comment), p


def _articles(table: str) -> set[str]:
    """Article numbers in the first column of a facts table: '13', '44–50' -> 44..50, '22 ¶3', '76(5)'."""
    found = set()
    for cell in re.findall(r"^\| ([0-9][^|]*?) \|", table, flags=re.M):
        if m := re.fullmatch(r"(\d+)[–-](\d+)", cell):
            found |= {str(n) for n in range(int(m[1]), int(m[2]) + 1)}
        else:
            found.add(re.match(r"\d+", cell)[0])
    return found


def test_every_article_in_facts_has_an_iri(graph: Graph, facts: str) -> None:
    csl = facts.split("## Cybersecurity Law", 1)[1].split("## Data Security Law", 1)[0]
    pipl = facts.split("## PIPL", 1)[1].split("Network Data Security", 1)[0]
    for law_name, table in (("CSL-2016", csl), ("PIPL", pipl)):
        numbers = _articles(table)
        assert len(numbers) > 8
        for n in numbers:
            assert (LAW[f"{law_name}/art{n}"], RDF.type, PKG.Provision) in graph, f"{law_name} art. {n}"
    for n in re.findall(r"(?<=[ ;,\n])(\d\d)(?= [a-z])", facts.split("## Data Security Law", 1)[1].split("##", 1)[0]):
        assert (LAW[f"DSL/art{n}"], RDF.type, PKG.Provision) in graph, f"DSL art. {n}"
    for n in range(1, 8):
        assert (LAW[f"PIPL/art13/item{n}"], PKG.partOf, LAW["PIPL/art13"]) in graph
    for extra in ("CSL-2016/art22/para3", "CSL-2016/art76/item5", "NDSMR-2024/art21", "CSL-2025/art42"):
        assert (LAW[extra], RDF.type, PKG.Provision) in graph, extra


def test_every_gbt_clause_in_facts_has_an_iri(graph: Graph, facts: str) -> None:
    table = facts.split("| topic | 2017 | 2020 |", 1)[1].split("\n\n", 1)[0]
    for row in table.splitlines()[1:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        for edition, cell in (("2017", cells[1]), ("2020", cells[2])):
            numbers = re.findall(r"§(\d+(?:\.\d+)?)", cell)
            for chapter, first, last in re.findall(r"§(\d+)\.(\d+)–\1\.(\d+)", cell):  # a range: §7.4–7.12
                numbers += [f"{chapter}.{n}" for n in range(int(first), int(last) + 1)]
            for number in numbers:
                assert (LAW[f"GBT35273-{edition}/s{number}"], RDF.type, PKG.Provision) in graph, f"{edition} §{number}"
    for letter in "abcdefghijk":
        assert (LAW[f"GBT35273-2017/s5.4/item-{letter}"], PKG.partOf, LAW["GBT35273-2017/s5.4"]) in graph
    for letter in "abcdefghijkl":
        assert (LAW[f"GBT35273-2020/s5.6/item-{letter}"], PKG.partOf, LAW["GBT35273-2020/s5.6"]) in graph
    for annex in ("GBT35273-2020/annexA", "GBT35273-2020/annexB", "GBT35273-2017/annexB"):
        assert (LAW[annex], RDF.type, PKG.Provision) in graph


# (IRI, a phrase that the facts file marks UNVERIFIED near it)
UNVERIFIED = [
    ("GBT35273-2017/s8.7", "§8.7 (UNVERIFIED number)"),
    ("GBT35273-2020/s5.6/item-l", 'item (l) "other cases under laws" is UNVERIFIED'),
    ("GBT35273-2017/s5.6", "Privacy-policy content (2017 §5.6 / 2020 §5.5; details UNVERIFIED)"),
    ("GBT35273-2020/s5.5", "Privacy-policy content (2017 §5.6 / 2020 §5.5; details UNVERIFIED)"),
    ("CSL-2025/art43", "probably shift by +2: UNVERIFIED"),
    ("CSL-2025/art44", "probably shift by +2: UNVERIFIED"),
]


def test_unverified_items_are_flagged(graph: Graph, facts: str) -> None:
    for path, phrase in UNVERIFIED:
        assert phrase in facts, f"legal-facts.md no longer says {phrase!r}: update this test"
        assert graph.value(LAW[path], PKG.verified) == Literal(False), path
    assert graph.value(LAW["CSL-2025"], PKG.verified) == Literal(False)
    assert "8.5 account cancellation; other sub-numbers UNVERIFIED" in facts
    assert graph.value(LAW["GBT35273-2020/s8.5"], PKG.verified) == Literal(True)
    # items the facts state plainly stay verified
    for path in ("PIPL/art13/item2", "GBT35273-2017/s8.5", "GBT35273-2020/s9.5", "CSL-2016/art22/para3"):
        assert graph.value(LAW[path], PKG.verified) == Literal(True), path


def test_csl_amendment_is_a_separate_edition(graph: Graph) -> None:
    assert (LAW["CSL-2025"], DCTERMS.replaces, LAW["CSL-2016"]) in graph
    assert graph.value(LAW["CSL-2025"], PKG.inForceFrom) == Literal("2026-01-01", datatype=XSD_DATE)
    assert (LAW["CSL-2025/art42"], PKG.correspondsTo, LAW["CSL-2016/art40"]) in graph
    assert graph.value(LAW["CSL-2025/art42"], PKG.edition) == Literal("2025")


def test_gdpr_provisions_use_dpv_iris(graph: Graph) -> None:
    gdpr = "https://w3id.org/dpv/legal/eu/gdpr#"
    for local in ("A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f", "A9-2-f", "A9-2-j"):
        assert (URIRef(gdpr + local), PKG.partOf, EU["law-GDPR"]) in graph
    assert (URIRef(COND + "protect-rights"), PKG.comparableTo, URIRef(gdpr + "A6-1-f")) in graph


def test_relations_point_at_defined_provisions(graph: Graph) -> None:
    for predicate in (PKG.permittedForSharingBy, PKG.permittedForCollectionBy, PKG.notPermittedForSharingBy, PKG.requiresConsentUnder):
        pairs = list(graph.subject_objects(predicate))
        assert pairs, predicate
        for concept, provision in pairs:
            assert str(concept).startswith(str(VOCAB["condition/"])), concept
            assert (provision, RDF.type, PKG.Provision) in graph, provision


def test_must_show_query_gives_same_answer_on_oxigraph(graph: Graph, condition_table) -> None:
    """The store is Oxigraph, not rdflib: the catalogue query must mean the same there."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    query = resources.files("policykg.queries").joinpath("catalogue/condition-provisions.rq").read_text(encoding="utf-8")
    rows = {row["key"].value: row for row in store.query(sparql_prefixes() + query)}
    assert set(rows) == set(condition_table)
    for key, columns in condition_table.items():
        assert set(rows[key]["sharingProvisions"].value.split()) == columns["sharing"], key
        assert set(rows[key]["collectionProvisions"].value.split()) == columns["collection"], key
