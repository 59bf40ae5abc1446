"""The one-hop shortcuts (pkg:quote/quoteStart/quoteEnd, pkg:companyName) always agree with the
full Web Annotation and the publisher they shortcut, on real ingested policies."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.ingest.pipeline import ingest_paths
from policykg.namespaces import sparql_prefixes
from policykg.store.oxigraph_store import OxigraphStore

SAMPLES = Path(__file__).resolve().parents[1] / "policykg" / "samples"


@pytest.fixture(scope="module")
def store(seeds_dir: Path):
    with OxigraphStore(None) as opened:
        report = ingest_paths([SAMPLES, seeds_dir], store=opened, jobs=1)
        assert len(report.succeeded) >= 15 and not report.failed
        yield opened


def count(store: OxigraphStore, where: str) -> int:
    rows = store.select(sparql_prefixes() + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    return int(rows[0]["n"])


def test_every_evidenced_fact_has_exactly_the_annotations_quote(store: OxigraphStore) -> None:
    evidenced = count(store, "?fact pkg:evidence ?annotation")
    assert evidenced > 300
    agreeing = count(store, """
        ?fact pkg:evidence ?annotation ; pkg:quote ?quote ; pkg:quoteStart ?start ; pkg:quoteEnd ?end .
        ?annotation oa:hasTarget/oa:hasSelector ?q, ?p .
        ?q oa:exact ?exact . ?p oa:start ?s ; oa:end ?e .
        FILTER(?quote = ?exact && ?start = ?s && ?end = ?e)""")
    assert agreeing == evidenced
    # one value each: the shortcut is functional, so a per-row join never multiplies rows
    assert count(store, "?fact pkg:quote ?a, ?b FILTER(?a != ?b)") == 0


def test_shortcuts_stay_off_the_policy_node(store: OxigraphStore) -> None:
    """The publisher's evidence is pkg:publisherEvidence: no pkg:quote on the policy itself."""
    assert count(store, "?policy a pkg:PrivacyPolicy ; pkg:quote ?q") == 0


def test_company_name_is_the_publishers_legal_name(store: OxigraphStore) -> None:
    named = count(store, "?policy a pkg:PrivacyPolicy ; dct:publisher ?company")
    assert named >= 15
    assert count(store, "?policy pkg:companyName ?name ; dct:publisher/pkg:legalName ?name") == named
    assert count(store, "?policy a pkg:PrivacyPolicy ; pkg:companyName ?name") == named


def test_every_finding_quote_is_the_stored_text_at_its_offsets(store: OxigraphStore) -> None:
    """A finding's quote is a sentence of the policy's stored text, at the offsets it gives (a lawyer
    opens the finding, then the exact place in the text)."""
    from policykg.compliance.check import check_policies, policy_text

    result = check_policies(store, write=False)
    checked = 0
    for policy_result in result.results:
        text = policy_text(store, policy_result.policy).text
        for judgement in policy_result.judgements:
            for quote in judgement.result.quotes:
                assert text[quote.start:quote.end] == quote.text
                checked += 1
    assert checked > 50


def test_category_purpose_summary_is_exactly_the_affirmative_pairs(store: OxigraphStore) -> None:
    """pkg:usesDataFor holds one node per category and purpose named together by an affirmative
    statement, and nothing else (purposes-per-category counts policies from it)."""
    from_statements = {(str(row["policy"]), str(row["c"]).rsplit("/", 1)[-1], str(row["p"]).rsplit("/", 1)[-1])
                       for row in store.select(sparql_prefixes() + """
        SELECT DISTINCT ?policy ?c ?p WHERE {
          ?policy pkg:states ?s . ?s pkg:hasPolarity pkg:Affirmative ; dpv:hasPersonalData ?c ; dpv:hasPurpose ?p }""")}
    from_summary = {(str(row["policy"]),) + tuple(str(row["use"]).split("/id/use/", 1)[1].split("/"))
                    for row in store.select(sparql_prefixes() + "SELECT ?policy ?use WHERE { ?policy pkg:usesDataFor ?use }")}
    assert len(from_statements) > 100
    assert from_summary == from_statements


def test_show_lists_values_not_the_shortcuts(store: OxigraphStore) -> None:
    """`policykg show` enumerates a fact's properties: the quote shortcuts belong in the quote
    column, never among the values (a regression seen on a new Russian policy)."""
    from policykg.ingest.show import describe_policy

    files = sorted(str(row["f"]) for row in store.select(sparql_prefixes() + "SELECT ?f WHERE { ?p pkg:fileName ?f }"))
    for file in files:
        view = describe_policy(store, file)
        assert view.facts, file
        for fact in view.facts:
            assert fact.quote not in fact.values, (file, fact)
            assert str(fact.start) not in fact.values and str(fact.end) not in fact.values, (file, fact)


def test_one_annotation_per_quoted_passage(store: OxigraphStore) -> None:
    """Facts drawn from the same passage share its annotation (one oa:hasBody each); no two
    annotations of a policy quote the same span, and every body points back to its annotation."""
    annotations = count(store, "?a a oa:Annotation")
    shared = count(store, "?a a oa:Annotation ; oa:hasBody ?x, ?y FILTER(STR(?x) < STR(?y))")
    assert annotations > 300 and shared > 20  # the samples and seeds do quote some sentences twice
    assert count(store, """
        GRAPH ?g { ?a oa:hasTarget/oa:hasSelector ?p . ?p oa:start ?s ; oa:end ?e .
                   ?b oa:hasTarget/oa:hasSelector ?q . ?q oa:start ?s ; oa:end ?e . FILTER(?a != ?b) }""") == 0
    bodies = count(store, "?a oa:hasBody ?fact")
    assert bodies == count(store, "?a oa:hasBody ?fact . { ?fact pkg:evidence ?a } UNION { ?fact pkg:publisherEvidence ?a }")
    assert bodies == count(store, "{ ?fact pkg:evidence ?a } UNION { ?fact pkg:publisherEvidence ?a }")
    # each annotation still has exactly one target with one quote and one position selector
    assert count(store, "?a a oa:Annotation ; oa:hasTarget ?t1, ?t2 FILTER(?t1 != ?t2)") == 0
    assert count(store, "?a a oa:Annotation ; oa:hasTarget/oa:hasSelector/oa:exact ?x") == annotations


def test_statement_count_is_the_number_of_statements(store: OxigraphStore) -> None:
    """pkg:statementCount (read by policies-overview) equals the policy's pkg:states links, for every
    policy, including one with none."""
    counted = {str(row["policy"]): int(row["n"]) for row in store.select(sparql_prefixes() + """
        SELECT ?policy (COUNT(?s) AS ?n) WHERE { ?policy a pkg:PrivacyPolicy OPTIONAL { ?policy pkg:states ?s } }
        GROUP BY ?policy""")}
    summary = {str(row["policy"]): int(row["n"]) for row in store.select(sparql_prefixes() + """
        SELECT ?policy ?n WHERE { ?policy pkg:statementCount ?n }""")}
    assert len(counted) >= 15 and sum(counted.values()) > 300
    assert summary == counted


def test_statement_count_of_a_policy_without_statements_is_zero(tmp_path: Path) -> None:
    text = tmp_path / "blank.txt"
    text.write_text("Privacy Policy\n\nThis page intentionally says nothing about data.\n", encoding="utf-8")
    with OxigraphStore(None) as opened:
        assert not ingest_paths([text], store=opened).failed
        rows = opened.select(sparql_prefixes() + "SELECT ?n WHERE { ?p pkg:statementCount ?n }")
        assert [int(row["n"]) for row in rows] == [0]
