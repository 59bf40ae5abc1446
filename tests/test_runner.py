"""The runner answers the issue's questions with the rows a lawyer expects, and binds parameters safely."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from graph_fixtures import ACME_V1, ACME_V2, BETA, CONTRACT_QUOTE, IMPLIED_QUOTE, PROTECT_QUOTE, SECURITY_QUOTE, load_fixture
from rdflib import Literal, URIRef

from policykg.cli import cli
from policykg.namespaces import ID, LAW, VOCAB
from policykg.queries import run
from policykg.queries.catalogue import Param, get_query
from policykg.queries.formatting import format_result, neutralise_csv_cell
from policykg.queries.runner import ParamError, QueryResult, bind_params, run_query, to_term
from policykg.store.oxigraph_store import OxigraphStore

POLICY = {key: str(ID[f"policy/{key}"]) for key in (ACME_V1, ACME_V2, BETA)}


@pytest.fixture(scope="module")
def store():
    with OxigraphStore(None) as opened:
        yield load_fixture(opened)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    with OxigraphStore(folder) as opened:
        load_fixture(opened)
    return folder


def rows(result: QueryResult, *columns: str) -> set[tuple]:
    return {tuple(None if r[c] is None else str(r[c]) for c in columns) for r in result.records()}


def text_of(store: OxigraphStore, docid: str) -> str:
    [row] = store.select(f"SELECT ?t WHERE {{ <{ID[f'text/{docid}']}> <https://w3id.org/policykg/ns#content> ?t }}")
    return str(row["t"])


def test_category_hierarchy_finds_narrower_categories(store: OxigraphStore) -> None:
    result = run_query(store, "companies-collecting-category", params={"category": "pd/Contact"})
    found = rows(result, "company", "policy", "category", "purposes")
    assert found == {
        ("Acme Cloud Ltd.", POLICY[ACME_V1], str(VOCAB["pd/EmailAddress"]), "ServiceProvision"),
        ("Acme Cloud Ltd.", POLICY[ACME_V1], str(VOCAB["pd/TelephoneNumber"]), "ServiceProvision"),
        ("Acme Cloud Ltd.", POLICY[ACME_V2], str(VOCAB["pd/EmailAddress"]), "ServiceProvision"),
        ("Acme Cloud Ltd.", POLICY[ACME_V2], str(VOCAB["pd/TelephoneNumber"]), "ServiceProvision"),
    }
    names = run_query(store, "companies-collecting-category", params={"category": "pkv:pd/Name"})
    assert rows(names, "company") == {("Beta Mobile Co., Ltd.",)}


def test_contract_for_sharing_goes_beyond_gbt_2017_s8_5(store: OxigraphStore) -> None:
    result = run_query(store, "disclosure-beyond-gbt")
    found = rows(result, "policy", "edition", "section", "condition", "quote")
    assert (POLICY[ACME_V1], "2017", str(LAW["GBT35273-2017/s8.5"]), str(VOCAB["condition/contract"]), CONTRACT_QUOTE) in found
    assert (POLICY[ACME_V1], "2017", str(LAW["GBT35273-2017/s8.5"]), str(VOCAB["condition/protect-rights"]), PROTECT_QUOTE) in found
    assert (POLICY[BETA], "2020", str(LAW["GBT35273-2020/s9.5"]), str(VOCAB["condition/service-security"]), SECURITY_QUOTE) in found
    # legal obligations are a §9.5 exception (2020), consent never counts
    assert not {r for r in found if r[3] in (str(VOCAB["condition/legal-obligation"]), str(VOCAB["condition/consent"]))}
    # offsets point at the quote in the stored text
    for record in result.records():
        docid = str(record["policy"]).rsplit("/", 1)[-1]
        assert text_of(store, docid)[int(record["start"]):int(record["end"])] == str(record["quote"])


def test_edition_parameter_overrides_the_cited_edition(store: OxigraphStore) -> None:
    result = run_query(store, "disclosure-beyond-gbt", params={"edition": "2017"})
    beta = rows(result, "policy", "condition")
    assert (POLICY[BETA], str(VOCAB["condition/legal-obligation"])) in beta  # not in the 2017 list
    assert {r[1] for r in rows(result, "policy", "edition")} == {"2017"}


def test_conditions_without_pipl_basis(store: OxigraphStore) -> None:
    found = rows(run_query(store, "conditions-without-pipl-basis"), "policy", "condition")
    assert found == {
        (POLICY[ACME_V1], str(VOCAB["condition/protect-rights"])),
        (POLICY[BETA], str(VOCAB["condition/service-security"])),
    }  # contract has PIPL 13(2), legal obligations 13(3)


def test_sharing_with_affiliates_without_consent(store: OxigraphStore) -> None:
    found = rows(run_query(store, "sharing-without-separate-consent"), "policy", "recipient")
    assert found == {(POLICY[ACME_V1], str(VOCAB["recipient/affiliates"]))}


def test_cross_border_mechanism(store: OxigraphStore) -> None:
    found = rows(run_query(store, "cross-border-transfers"), "policy", "mechanismStated")
    assert found == {(POLICY[ACME_V1], "false"), (POLICY[ACME_V2], "true")}  # Beta stores in China


def test_sensitive_categories(store: OxigraphStore) -> None:
    found = rows(run_query(store, "sensitive-pi-collected"), "policy", "category")
    assert found == {(POLICY[ACME_V1], str(VOCAB["pd/Fingerprint"])), (POLICY[BETA], str(VOCAB["pd/Location"]))}


@pytest.mark.parametrize(
    ("topic", "silent"),
    [("retention", {BETA}), ("rights", {ACME_V2, BETA}), ("contact", {BETA}), ("incident-notification", {ACME_V2, BETA})],
)
def test_silence_on_required_topics(store: OxigraphStore, topic: str, silent: set[str]) -> None:
    result = run_query(store, "silent-on", params={"topic": topic})
    assert set(result.values("policy")) == {POLICY[d] for d in silent}


def test_implied_consent_quote(store: OxigraphStore) -> None:
    assert rows(run_query(store, "implied-consent"), "policy", "quote") == {(POLICY[ACME_V1], IMPLIED_QUOTE)}


def test_version_changes(store: OxigraphStore) -> None:
    result = run_query(store, "version-changes", params={"policy": ACME_V2})
    changes = rows(result, "change", "field", "value")
    assert ("added", "data_categories", str(VOCAB["pd/IPAddress"])) in changes
    assert ("removed", "data_categories", str(VOCAB["pd/Fingerprint"])) in changes
    assert ("removed", "disclosure_conditions", str(VOCAB["condition/contract"])) in changes
    assert not run_query(store, "version-changes", params={"policy": BETA}).rows


def test_policy_diff_between_companies(store: OxigraphStore) -> None:
    diff = rows(run_query(store, "policy-diff", params={"a": ACME_V1, "b": BETA}), "field", "value", "onlyIn")
    assert ("data_categories", str(VOCAB["pd/Fingerprint"]), "a") in diff
    assert ("data_categories", str(VOCAB["pd/Name"]), "b") in diff
    assert not {r for r in diff if r[1] == str(VOCAB["measure/encryption"])}  # both claim it


def test_evidence_for_a_fact(store: OxigraphStore) -> None:
    [sharing] = run_query(store, "sharing-without-separate-consent").records()
    result = run_query(store, "evidence-for-fact", params={"fact": str(sharing["statement"])})
    [record] = result.records()
    assert str(record["quote"]) == "We share data with our affiliates in these cases."
    assert text_of(store, ACME_V1)[int(record["start"]):int(record["end"])] == str(record["quote"])


def test_matrices_and_lists(store: OxigraphStore) -> None:
    matrix = rows(run_query(store, "category-company-matrix"), "company", "category", "policies")
    assert ("Acme Cloud Ltd.", str(VOCAB["pd/EmailAddress"]), "2") in matrix
    assert rows(run_query(store, "policies-per-language"), "language", "policies") == {("en", "2"), ("zh", "1")}
    minors = rows(run_query(store, "minors-age-thresholds"), "policy", "age")
    assert minors == {(POLICY[ACME_V1], "14")}
    retention = rows(run_query(store, "retention-periods"), "policy", "period")
    assert (POLICY[ACME_V1], "P3Y") in retention
    laws = {r["policy"]: str(r["gbtEdition"]) for r in run_query(store, "laws-cited").records()}
    assert laws[URIRef(POLICY[ACME_V1])] == "2017" and laws[URIRef(POLICY[BETA])] == "2020"
    assert rows(run_query(store, "selling-statements"), "policy", "sells") == {(POLICY[BETA], "no")}


# ---------------------------------------------------------------- parameters are RDF terms


@pytest.mark.parametrize(
    "value",
    ["pd/Contact> } ; DROP ALL ; <x", 'pd/Contact" }', "pkv:pd/Contact }", "<http://x/> } DROP ALL {", "javascript alert(1)"],
)
def test_iri_parameters_refuse_injection(value: str) -> None:
    with pytest.raises(ParamError):
        to_term(Param("category", "", type="concept"), value)


def test_string_parameters_stay_one_literal(store: OxigraphStore) -> None:
    hostile = 'retention" ) } DROP ALL ; INSERT DATA { <a:b> <a:c> "d" } #'
    with pytest.raises(ParamError, match="not a known topic"):  # silent-on lists its topics ...
        bind_params(get_query("silent-on"), {"topic": hostile})
    # ... so the binding itself is tested on the same question without its list of choices
    silent_on = get_query("silent-on")
    query = dataclasses.replace(silent_on, extra=tuple(item for item in silent_on.extra if item[0] != "choices"))
    sparql = bind_params(query, {"topic": hostile})
    assert Literal(hostile).n3() in sparql and "DROP ALL ;" not in sparql.replace(Literal(hostile).n3(), "")
    before = len(list(store.quads()))
    assert run_query(store, query, params={"topic": hostile}).rows == ()
    assert len(list(store.quads())) == before


def test_parameter_forms_and_errors() -> None:
    concept = Param("c", "", type="concept")
    assert to_term(concept, "pd/Contact") == to_term(concept, "pkv:pd/Contact") == VOCAB["pd/Contact"]
    assert to_term(Param("p", "", type="policy"), ACME_V1) == ID[f"policy/{ACME_V1}"]
    assert to_term(Param("n", ""), "14") == Literal(14)
    assert to_term(Param("d", ""), "2024-01-15").datatype is not None
    assert to_term(Param("l", ""), "law:PIPL/art13") == LAW["PIPL/art13"]
    with pytest.raises(ParamError, match="no parameter"):
        bind_params(get_query("silent-on"), {"topc": "rights"})
    with pytest.raises(ParamError, match="needs a value"):
        bind_params(get_query("policy-diff"), {"a": ACME_V1})
    with pytest.raises(ParamError, match="whole number"):
        to_term(Param("n", "", type="integer"), "14; DROP")


def test_adhoc_sparql_with_placeholder(store: OxigraphStore) -> None:
    text = "SELECT DISTINCT ?file WHERE { ?p dct:language ?_lang ; pkg:fileName ?file }"
    result = run_query(store, text, params={"lang": "zh"})
    assert result.values("file") == ["beta.txt"]


def test_run_convenience_returns_dataframe_or_result(store: OxigraphStore) -> None:
    result = run(store, "policies-per-language")
    import importlib.util

    if importlib.util.find_spec("pandas") is None:
        assert isinstance(result, QueryResult)
    else:
        assert list(result.columns) == ["language", "policies"]


# ---------------------------------------------------------------- formatting


def test_csv_neutralises_formulas() -> None:
    result = QueryResult(("quote", "n"), ((Literal("=HYPERLINK(\"http://x\")"), Literal(3)), (Literal("-1+2"), Literal(4))))
    parsed = list(csv.reader(io.StringIO(format_result(result, fmt="csv"))))
    assert parsed == [["quote", "n"], ["'=HYPERLINK(\"http://x\")", "3"], ["'-1+2", "4"]]
    assert neutralise_csv_cell("@SUM(A1)") == "'@SUM(A1)" and neutralise_csv_cell("plain") == "plain"


def test_formats(store: OxigraphStore) -> None:
    result = run_query(store, "implied-consent")
    table = format_result(result, fmt="table")
    assert "pki:policy/" + ACME_V1 in table and "(1 row)" in table
    md = format_result(result, fmt="md")
    assert md.splitlines()[0].startswith("| company | policy")
    data = json.loads(format_result(result, fmt="json"))
    assert data["rows"][0]["quote"] == IMPLIED_QUOTE and data["rows"][0]["start"] == result.records()[0]["start"].toPython()
    piped = QueryResult(("a",), ((Literal("x | y"),),))
    assert "x \\| y" in format_result(piped, fmt="md")


# ---------------------------------------------------------------- CLI


def test_cli_query_and_queries(store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    base = ["--store", str(store_dir)]
    listing = runner.invoke(cli, [*base, "queries"])
    assert listing.exit_code == 0 and "disclosure-beyond-gbt" in listing.output
    verbose = runner.invoke(cli, [*base, "queries", "--tag", "versions", "--verbose"])
    assert "version-changes" in verbose.output and "silent-on" not in verbose.output and "question:" in verbose.output
    tabled = runner.invoke(cli, [*base, "queries", "--tag", "evidence", "--verbose"])
    assert "answer table: per-policy" in tabled.output  # disclosure-conditions keeps one
    listed = {q["name"]: q["answer_table"] for q in json.loads(runner.invoke(cli, [*base, "queries", "--format", "json"]).output)}
    assert listed["disclosure-conditions"] == "per-policy" and listed["companies-collecting-category"] is None

    out = runner.invoke(cli, [*base, "query", "companies-collecting-category", "--param", "category=pd/Contact", "--format", "csv"])
    assert out.exit_code == 0, out.output
    parsed = list(csv.DictReader(io.StringIO(out.output)))
    assert {r["category"] for r in parsed} == {"pkv:pd/EmailAddress", "pkv:pd/TelephoneNumber"}

    bad = runner.invoke(cli, [*base, "query", "companies-collecting-category", "-p", "category=pd/X> }"])
    assert bad.exit_code == 2 and "not an IRI" in bad.output
    unknown = runner.invoke(cli, [*base, "query", "no-such-query"])
    assert unknown.exit_code == 2 and "policykg queries" in unknown.output

    rq = tmp_path / "mine.rq"
    rq.write_text("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pkg:PrivacyPolicy }", encoding="utf-8")
    mine = runner.invoke(cli, [*base, "query", "--file", str(rq), "--format", "json"])
    assert mine.exit_code == 0, mine.output
    assert json.loads(mine.output)["rows"] == [{"n": 3}]
    assert runner.invoke(cli, [*base, "query", "--help"]).output.count("--param") >= 1
