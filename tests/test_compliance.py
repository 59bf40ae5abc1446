"""Compliance checks: findings in pkgr:compliance tell contraventions from omissions, cite provisions, quote evidence."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from graph_fixtures import ACME_V1, ACME_V2, BETA, CONTRACT_QUOTE, IMPLIED_QUOTE, load_fixture
from rdflib import Graph

from policykg.cli import cli
from policykg.compliance import CheckError, check_policies, render_report
from policykg.compliance.sparql_checks import compliance_queries
from policykg.namespaces import COMPLIANCE_GRAPH, ID, LAW, ONTOLOGY_GRAPH, sparql_prefixes
from policykg.store.oxigraph_store import OxigraphStore

POLICY = {key: str(ID[f"policy/{key}"]) for key in (ACME_V1, ACME_V2, BETA)}

# Two shapes of our own, to test how SHACL results become findings independently of the shipped shapes.
TEST_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix pkg: <https://w3id.org/policykg/ns#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix pks: <https://w3id.org/policykg/shapes#> .
@prefix law: <https://w3id.org/policykg/law/> .

pks:TestStatedDate a sh:NodeShape ; sh:targetClass pkg:PrivacyPolicy ;
    rdfs:label "Policy states its date"@en ; rdfs:seeAlso law:GBT35273-2020\\/s5.5 ;
    sh:property [ sh:path dct:modified ; sh:minCount 1 ; sh:message "No last-updated date."@en ] .

pks:TestChildAge a sh:NodeShape ; sh:targetClass pkg:MinorsStatement ;
    rdfs:label "Child age threshold"@en ; rdfs:seeAlso law:PIPL\\/art31 ;
    sh:property [ sh:path pkg:ageThreshold ; sh:maxInclusive 13 ; sh:message "Age above 13."@en ] .
"""

FINDINGS = sparql_prefixes() + """
SELECT ?finding ?requirement ?status ?kind ?provision ?detail ?quote ?start ?end WHERE {
  GRAPH pkgr:compliance {
    ?finding a pkg:Finding ; pkg:aboutPolicy ?_policy ; pkg:requirement ?requirement ; pkg:status ?status .
    ?finding a ?kind . FILTER(?kind != pkg:Finding)
    OPTIONAL { ?finding pkg:citesProvision ?provision }
    OPTIONAL { ?finding pkg:detail ?detail }
    OPTIONAL { ?finding pkg:hasQuote ?q . ?q oa:exact ?quote . OPTIONAL { ?q oa:start ?start ; oa:end ?end } }
  }
}"""


def findings_of(store: OxigraphStore, docid: str, requirement: str) -> list[dict]:
    rows = store.select(FINDINGS.replace("?_policy", f"<{POLICY[docid]}>"))
    wanted = str(ID[f"requirement/{requirement}"])
    return [{k: str(v) for k, v in row.items()} for row in rows if str(row["requirement"]) == wanted]


@pytest.fixture()
def store():
    with OxigraphStore(None) as opened:
        yield load_fixture(opened)


@pytest.fixture()
def checked(store: OxigraphStore):
    result = check_policies(store, shacl=False)
    return store, result


def test_requirements_are_documented() -> None:
    queries = compliance_queries()
    assert {"gbt-sharing-exceptions", "explicit-consent", "separate-consent-sharing", "retention-period"} <= set(queries)
    for query in queries.values():
        assert query.header_value("kind") in ("contravention", "omission") and query.provisions


def test_contravention_finding_cites_provision_and_quote(checked) -> None:
    store, result = checked
    assert result.failed
    rows = findings_of(store, ACME_V1, "gbt-sharing-exceptions")
    contract = [r for r in rows if r.get("detail", "").endswith("condition/contract")]
    assert contract, rows
    finding = contract[0]
    assert finding["status"] == "fail"
    assert finding["kind"].endswith("#Contravention")
    assert finding["provision"] == str(LAW["GBT35273-2017/s8.5"])  # the edition the policy cites
    assert finding["quote"] == CONTRACT_QUOTE
    text = store.select(f"SELECT ?t WHERE {{ <{ID[f'text/{ACME_V1}']}> <https://w3id.org/policykg/ns#content> ?t }}")
    assert str(text[0]["t"])[int(finding["start"]):int(finding["end"])] == CONTRACT_QUOTE


def test_omission_is_not_a_contravention(checked) -> None:
    store, _ = checked
    rows = findings_of(store, BETA, "retention-period")
    assert len({r["finding"] for r in rows}) == 1  # one finding, one row per cited provision
    assert all(r["status"] == "not-stated" and r["kind"].endswith("#Omission") and "quote" not in r for r in rows)
    provisions = {r["provision"] for r in findings_of(store, BETA, "retention-period")}
    assert str(LAW["PIPL/art17/item2"]) in provisions
    stated = findings_of(store, ACME_V1, "retention-period")
    assert {r["status"] for r in stated} == {"pass"} and stated[0]["kind"].endswith("#Conformance")
    assert stated[0]["quote"] == "We keep your data for three years."


def test_pass_fail_per_policy(checked) -> None:
    store, result = checked
    status = {(f.docid, f.requirement.name, f.status) for f in result.findings}
    assert (ACME_V1, "explicit-consent", "fail") in status
    assert (ACME_V2, "explicit-consent", "pass") in status
    assert (ACME_V1, "separate-consent-sharing", "fail") in status
    assert (BETA, "separate-consent-sharing", "pass") in status  # shares with partners only with consent
    assert (ACME_V1, "cross-border-mechanism", "not-stated") in status
    assert (ACME_V2, "cross-border-mechanism", "pass") in status
    assert not {s for s in status if s[0] == BETA and s[1] == "cross-border-mechanism"}  # stores in China
    [implied] = [f for f in result.findings if f.docid == ACME_V1 and f.requirement.name == "explicit-consent"]
    assert implied.evidence[0].quote == IMPLIED_QUOTE and implied.kind.endswith("Contravention")


def test_rechecking_one_policy_keeps_the_others(checked) -> None:
    store, first = checked
    before = len(list(store.quads(str(COMPLIANCE_GRAPH))))
    again = check_policies(store, policy=BETA, shacl=False)
    assert {p.docid for p in again.policies} == {BETA}
    assert len(list(store.quads(str(COMPLIANCE_GRAPH)))) == before  # replaced, not duplicated
    assert findings_of(store, ACME_V1, "explicit-consent")  # untouched
    with pytest.raises(CheckError, match="no policy matches"):
        check_policies(store, policy="nothing-like-this")
    assert {p.docid for p in check_policies(store, policy="acme.txt", shacl=False, write=False).policies} == {ACME_V1, ACME_V2}


def test_shacl_results_become_findings(store: OxigraphStore) -> None:
    shapes = Graph().parse(data=TEST_SHAPES, format="turtle")
    result = check_policies(store, shapes=shapes)
    shacl = [f for f in result.findings if f.requirement.source == "shacl"]
    dates = [f for f in shacl if f.requirement.name == "shacl/TestStatedDate"]
    assert {f.docid for f in dates} == {ACME_V1, ACME_V2, BETA}
    assert all(f.status == "not-stated" and f.provisions == (str(LAW["GBT35273-2020/s5.5"]),) for f in dates)
    [age] = [f for f in shacl if f.requirement.name == "shacl/TestChildAge"]
    assert age.status == "fail" and age.docid == ACME_V1 and age.provisions == (str(LAW["PIPL/art31"]),)
    assert age.evidence[0].quote == "We do not knowingly collect data of children under 14."


def test_shipped_shapes_run_against_the_shipped_ontology(store: OxigraphStore) -> None:
    from policykg.compliance.check import load_shapes_graph, policy_graph
    from policykg.compliance.shacl_checks import run_shacl_check
    from policykg.ontology.loader import load_ontology

    ontology = load_ontology(include_shapes=False)
    store.replace_graphs({str(ONTOLOGY_GRAPH): list(ontology)})
    shacl = run_shacl_check(str(ID[f"policy/{ACME_V1}"]), policy_graph(store, ACME_V1), ontology, load_shapes_graph())
    assert shacl, "the shipped shapes found nothing in a policy that breaks several rules"
    assert all(f.provisions for f in shacl)
    contract = [f for f in shacl if (f.detail or "").endswith("condition/contract")]
    assert contract and contract[0].status == "fail" and contract[0].evidence[0].quote == CONTRACT_QUOTE
    # the SPARQL layer agrees with the shipped legal relations, and the report counts the problem once
    result = check_policies(store)
    about_contract = [f for f in result.findings if f.docid == ACME_V1 and f.status == "fail"
                      and (f.detail or "").endswith("condition/contract")]
    assert [f.requirement.name for f in about_contract if f.requirement.source == "sparql"] == ["gbt-sharing-exceptions"]
    assert not [f for f in about_contract if f.requirement.source == "shacl"], "a SHACL finding restated a SPARQL one"


def test_duplicate_rows_become_one_finding_with_all_quotes() -> None:
    from policykg.compliance.check import merge_duplicates
    from policykg.compliance.findings import Evidence, Finding, Requirement

    requirement = Requirement("r", "R", "?", (str(LAW["PIPL/art23"]),), "sparql")
    first = Finding("p", requirement, "fail", requirement.provisions, (Evidence("a", 0, 1),), "x")
    second = Finding("p", requirement, "fail", requirement.provisions, (Evidence("b", 5, 6), Evidence("a", 0, 1)), "x")
    other = Finding("p", requirement, "fail", requirement.provisions, (Evidence("c", 9, 10),), "y")
    merged = merge_duplicates([first, second, other])
    assert len(merged) == 2
    assert [e.quote for e in merged[0].evidence] == ["a", "b"]


def test_reports(checked) -> None:
    _, result = checked
    labels = {str(LAW["GBT35273-2017/s8.5"]): "GB/T 35273-2017 §8.5"}
    md = render_report(result, fmt="md", labels=labels)
    assert "## Acme Cloud Ltd. — acme.txt" in md and CONTRACT_QUOTE in md and "GB/T 35273-2017 §8.5" in md
    assert "| **not-stated** | omission" in md and "| **fail** | contravention: contract" in md
    data = json.loads(render_report(result, fmt="json"))
    beta = next(p for p in data["policies"] if p["docid"] == BETA)
    assert beta["counts"]["not-stated"] >= 3
    html = render_report(result, fmt="html")
    assert html.startswith("<!doctype html>") and "contravention" in html and "<script" not in html


def test_report_html_escapes_quotes(checked) -> None:
    _, result = checked
    from dataclasses import replace

    from policykg.compliance import Evidence

    finding = replace(result.findings[0], evidence=(Evidence("<script>alert(1)</script>", 0, 5),))
    hostile = replace(result, findings=(finding,))
    html = render_report(hostile, fmt="html")
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_cli_check(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with OxigraphStore(folder) as opened:
        load_fixture(opened)
    runner = CliRunner()
    base = ["--store", str(folder)]
    report = tmp_path / "report.html"
    out = runner.invoke(cli, [*base, "check", "--no-shacl", "--report", str(report)])
    assert out.exit_code == 1, out.output  # Acme's first version fails requirements
    assert "fail" in out.output and report.read_text(encoding="utf-8").startswith("<!doctype html>")
    clean = runner.invoke(cli, [*base, "check", ACME_V2, "--no-shacl", "--format", "json"])
    assert clean.exit_code == 0, clean.output
    body = clean.stdout  # progress and the summary line go to stderr
    assert [p["docid"] for p in json.loads(body)["policies"]] == [ACME_V2]
    missing = runner.invoke(cli, [*base, "check", "no-such-policy"])
    assert missing.exit_code == 2 and "no policy matches" in missing.output
    assert "Exit codes" in runner.invoke(cli, ["check", "--help"]).output
