"""Catalogue answers sorted in Python come out in the order the store's own ORDER BY gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.ingest.pipeline import ingest_paths
from policykg.queries.catalogue import list_queries
from policykg.queries.ordering import OrderKey, cell_sort_key, sort_bindings, split_order_by
from policykg.queries.runner import bind_params, run_query
from policykg.store.oxigraph_store import OxigraphStore

SAMPLES = Path(__file__).resolve().parents[1] / "policykg" / "samples"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def test_trailing_order_by_after_group_by_is_split() -> None:
    text = 'SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b } GROUP BY ?a\nORDER BY DESC(?n) ?a  # most first\n'
    rest, keys = split_order_by(text)
    assert keys == (OrderKey("n", descending=True), OrderKey("a"))
    assert "ORDER" not in rest.upper() and rest.rstrip().endswith("GROUP BY ?a")


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { ?a ?b ?c } ORDER BY ?a LIMIT 3",  # the page depends on the store's order
        "SELECT * { ?a ?b ?c } ORDER BY STR(?a)",  # an expression key
        "SELECT * { { SELECT ?a { ?a ?b ?c } ORDER BY ?a LIMIT 3 } }",  # inside a sub-select
        'SELECT * { ?a ?b "} ORDER BY ?a" }',  # only inside a string
        "SELECT * { ?a ?b ?c } # ORDER BY ?a",  # only inside a comment
        "SELECT * { ?a ?b ?c }",
    ],
)
def test_order_by_that_cannot_move_is_left_to_the_store(text: str) -> None:
    assert split_order_by(text) == (text, ())


def test_sparql_term_order() -> None:
    cells = [
        {"type": "literal", "value": "10", "datatype": XSD_INTEGER},
        {"type": "literal", "value": "b"},
        None,
        {"type": "uri", "value": "https://example.org/x"},
        {"type": "literal", "value": "9", "datatype": XSD_INTEGER},
        {"type": "bnode", "value": "b0"},
        {"type": "literal", "value": "a"},
    ]
    ordered = sorted(cells, key=cell_sort_key)
    assert [None if c is None else c["value"] for c in ordered] == [None, "b0", "https://example.org/x", "9", "10", "a", "b"]


def test_multi_key_sort_keeps_each_direction_and_is_stable() -> None:
    rows = [{"k": {"type": "literal", "value": k}, "n": {"type": "literal", "value": n, "datatype": XSD_INTEGER},
             "i": {"type": "literal", "value": str(i)}}
            for i, (k, n) in enumerate([("b", "1"), ("a", "1"), ("b", "3"), ("a", "2"), ("a", "2")])]
    ordered = sort_bindings(rows, (OrderKey("k"), OrderKey("n", descending=True)))
    assert [(r["k"]["value"], r["n"]["value"], r["i"]["value"]) for r in ordered] == [
        ("a", "2", "3"), ("a", "2", "4"), ("a", "1", "1"), ("b", "3", "2"), ("b", "1", "0")]


@pytest.fixture(scope="module")
def samples_store():
    with OxigraphStore(None) as store:
        report = ingest_paths([SAMPLES], store=store, jobs=1)
        assert len(report.succeeded) >= 10 and not report.failed
        yield store


# every query that runs without arguments and ends in an ORDER BY the runner takes over
ORDERED = [query for query in list_queries()
           if not any(param.default == "" for param in query.params) and split_order_by(bind_params(query, {}))[1]]


def test_every_catalogue_order_by_is_taken_over() -> None:
    runnable = [query for query in list_queries() if not any(param.default == "" for param in query.params)]
    with_order = [query.name for query in runnable if "ORDER BY" in query.body.upper()]
    assert len(with_order) >= 20
    assert [query.name for query in ORDERED] == with_order


@pytest.mark.parametrize("query", ORDERED, ids=lambda query: query.name)
def test_python_order_equals_the_store_order(samples_store: OxigraphStore, query) -> None:
    """Same rows; the sort-key columns in the same sequence (ties may differ, as SPARQL allows)."""
    ours = run_query(samples_store, query)
    sparql = bind_params(query, {})
    _rest, keys = split_order_by(sparql)
    theirs = samples_store.select(sparql)
    assert len(ours) == len(theirs)
    assert sorted(map(repr, ours.rows)) == sorted(repr(tuple(row.get(c) for c in ours.columns)) for row in theirs)
    shown = [key.variable for key in keys if key.variable in ours.columns]
    ours_keys = [tuple(record[c] for c in shown) for record in ours.records()]
    theirs_keys = [tuple(row.get(c) for c in shown) for row in theirs]
    assert ours_keys == theirs_keys
