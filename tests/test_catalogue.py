"""The query catalogue: headers parse into records, every query is documented and runs on real graphs."""
from __future__ import annotations

import re

import pytest
from graph_fixtures import ACME_V1, BETA, load_fixture

from policykg.queries.catalogue import CatalogueError, get_query, list_queries, parse_query
from policykg.queries.runner import run_query
from policykg.store.oxigraph_store import OxigraphStore

HEADER = """# title: Companies collecting a data category
# question: Which companies collect the category,
# question: and why?
# param: category (concept) = pd/Contact | a concept; narrower ones count too
# param: edition = auto | 2017 or 2020
# provisions: law:PIPL/art17, law:GBT35273-2020/s5.5
# tags: collection, categories
# kind: omission
SELECT ?x WHERE { ?x pkg:collectsCategory ?_category }
"""

# parameters that have no useful default, per query
PARAMS = {
    "policy-diff": {"a": ACME_V1, "b": BETA},
    "evidence-for-fact": {"fact": f"pki:policy/{ACME_V1}/s/1"},
}


@pytest.fixture(scope="module")
def store():
    with OxigraphStore(None) as opened:
        yield load_fixture(opened)


def test_header_parses_into_record() -> None:
    query = parse_query(HEADER, name="demo", source="demo.rq")
    assert query.title == "Companies collecting a data category"
    assert query.question == "Which companies collect the category, and why?"
    assert [(p.name, p.type, p.default) for p in query.params] == [("category", "concept", "pd/Contact"), ("edition", "auto", "auto")]
    assert query.params[0].description == "a concept; narrower ones count too"
    assert query.provisions == ("law:PIPL/art17", "law:GBT35273-2020/s5.5")
    assert query.tags == ("collection", "categories")
    assert query.header_value("kind") == "omission"
    assert query.body.startswith("SELECT ?x")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# question: q\nSELECT * {}", "title"),
        ("# title: t\n# question: q\n", "no SPARQL"),
        ("# title: t\n# question: q\n# param: x (colour) = red\nSELECT * {}", "unknown type"),
        ("# title: t\n# question: q\n# param: x = 1\n# param: x = 2\nSELECT * {}", "declared twice"),
    ],
)
def test_malformed_headers_name_the_file(text: str, message: str) -> None:
    with pytest.raises(CatalogueError, match=message) as error:
        parse_query(text, name="bad", source="queries/catalogue/bad.rq")
    assert "queries/catalogue/bad.rq" in str(error.value)


def test_catalogue_is_complete_and_documented() -> None:
    queries = list_queries()
    assert len(queries) >= 22
    for query in queries:
        assert query.title and "?" in query.question, query.name
        assert query.provisions and all(p.startswith("law:") for p in query.provisions), query.name
        assert query.tags, query.name
        placeholders = set(re.findall(r"[?$]_(\w+)", query.body))
        assert placeholders == {p.name for p in query.params}, f"{query.name}: placeholders and params differ"


def test_issue_questions_are_all_answered() -> None:
    names = {q.name for q in list_queries()}
    expected = {
        "companies-collecting-category", "disclosure-beyond-gbt", "conditions-without-pipl-basis",
        "sharing-without-separate-consent", "cross-border-transfers", "sensitive-pi-collected", "silent-on",
        "implied-consent", "laws-cited", "policy-diff", "version-changes", "category-company-matrix",
        "evidence-for-fact", "purposes-per-category", "recipients-per-company", "rights-per-policy",
        "retention-periods", "minors-age-thresholds", "policies-per-language", "security-measures-matrix",
    }
    assert expected <= names


def test_get_query_unknown_name_lists_known_ones() -> None:
    with pytest.raises(CatalogueError, match="policykg queries"):
        get_query("no-such-question")
    assert get_query("silent-on.rq").name == "silent-on"


def test_list_queries_by_tag() -> None:
    compliance = list_queries(tag="compliance")
    assert compliance and all("compliance" in q.tags for q in compliance)
    assert "disclosure-beyond-gbt" in {q.name for q in compliance}


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_query_runs_on_fixture_graphs(store: OxigraphStore, name: str) -> None:
    result = run_query(store, name, params=PARAMS.get(name, {}))
    assert result.columns, name
    assert result.rows, f"{name} finds nothing in the fixture graphs"
    assert all(len(row) == len(result.columns) for row in result.rows)
    # a result set without duplicates despite the union default graph
    assert len(set(result.rows)) == len(result.rows), name
