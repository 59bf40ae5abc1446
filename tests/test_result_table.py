"""SELECT answers parsed from TSV (embedded store) give exactly the terms SPARQL JSON gives.

The embedded store's fast path (``OxigraphStore.select_table``) reads Oxigraph's TSV, whose cells
are RDF terms in Turtle syntax with escapes; the remote path reads SPARQL JSON. Both must agree on
every term a policy can hold, so hypothesis writes hostile literals into a real in-memory store.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from policykg.queries.ordering import OrderKey, sort_bindings, sort_rows
from policykg.store.base import StoreError
from policykg.store.oxigraph_store import OxigraphStore
from policykg.store.result_table import ResultParseError, parse_json_table, parse_tsv_table, tsv_term

GRAPH = "https://example.org/g"
SUBJECT = "https://example.org/s"

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
plain = text.map(Literal)
tagged = st.tuples(text, st.sampled_from(["en", "zh-Hans", "az-Latn", "ru", "de-CH-1996"])).map(
    lambda pair: Literal(pair[0], lang=pair[1]))
integers = st.integers(min_value=-10**20, max_value=10**20).map(lambda n: Literal(str(n), datatype=XSD.integer))
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=3).map(lambda d: Literal(str(d), datatype=XSD.decimal))
doubles = st.floats(allow_nan=False, allow_infinity=False).map(lambda f: Literal(repr(f), datatype=XSD.double))
booleans = st.booleans().map(lambda b: Literal("true" if b else "false", datatype=XSD.boolean))
dates = st.dates().map(lambda d: Literal(d.isoformat(), datatype=XSD.date))
custom = text.map(lambda value: Literal(value, datatype=URIRef("https://example.org/dt#x")))
# at most one '#': an IRI has one fragment, and pyoxigraph rightly refuses a second '#'
iris = st.from_regex(r"https://example\.org/[A-Za-z0-9/._~-]{0,20}(%[0-9A-F]{2})?(#[A-Za-z0-9/._~-]{0,8})?",
                     fullmatch=True).map(URIRef)
objects = st.one_of(plain, tagged, integers, decimals, doubles, booleans, dates, custom, iris)


def _store_with(values: list) -> OxigraphStore:
    store = OxigraphStore(None)
    triples = [(URIRef(SUBJECT), URIRef(f"https://example.org/p{i}"), value) for i, value in enumerate(values)]
    store.replace_graphs({GRAPH: triples})
    return store


def _both(store: OxigraphStore, sparql: str):
    fast = store.select_table(sparql)
    generic = parse_json_table(store.query_serialized(sparql, "application/sparql-results+json"))
    return fast, generic


def _same(left, right) -> bool:
    """Equal as RDF terms, and spelled the same (rdflib equality ignores some lexical detail)."""
    return type(left) is type(right) and left == right and (left is None or left.n3() == right.n3())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(objects, min_size=1, max_size=6))
def test_tsv_rows_equal_json_rows_for_any_term(values: list) -> None:
    store = _store_with(values)
    sparql = "SELECT ?p ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o <https://example.org/none> ?missing } }"
    (columns, rows), (json_columns, json_rows) = _both(store, sparql)
    assert columns == json_columns == ("p", "o", "missing")
    assert len(rows) == len(json_rows) == len(values)
    by_predicate = {row[0]: row for row in json_rows}
    for row in rows:
        expected = by_predicate[row[0]]
        assert all(_same(a, b) for a, b in zip(row, expected)), (row, expected)
        assert row[2] is None


def test_blank_nodes_and_unbound_only_rows() -> None:
    store = OxigraphStore(None)
    store.update(f"INSERT DATA {{ GRAPH <{GRAPH}> {{ _:b <https://example.org/p> \"x\" }} }}")
    (columns, rows), (_, json_rows) = _both(store, "SELECT ?s WHERE { ?s ?p ?o }")
    assert isinstance(rows[0][0], BNode) and rows == json_rows
    # one column, every row unbound: each TSV row is an empty line, and still a row
    sparql = "SELECT ?x WHERE { VALUES ?n { 1 2 3 } OPTIONAL { ?n <https://example.org/none> ?x } }"
    (columns, rows), (_, json_rows) = _both(store, sparql)
    assert columns == ("x",) and rows == [(None,), (None,), (None,)] == json_rows
    assert _both(store, "SELECT ?x WHERE { FILTER(false) }")[0] == (("x",), [])


def test_malformed_tsv_is_refused_with_the_line() -> None:
    with pytest.raises(ResultParseError, match="line 3 has 1 cells, the header names 2"):
        parse_tsv_table(b'?a\t?b\n<https://e.org/x>\t"y"\n<https://e.org/z>\n')
    for cell in ('"unterminated', "bare-word", '"bad escape \\q"', "<< <https://e.org/s> <https://e.org/p> 1 >>"):
        with pytest.raises(ResultParseError):
            tsv_term(cell)


def test_select_table_refuses_other_query_forms() -> None:
    store = _store_with([Literal("x")])
    with pytest.raises(StoreError, match="needs a SELECT"):
        store.select_table("ASK { ?s ?p ?o }")


def test_sort_rows_orders_like_sort_bindings() -> None:
    """The term-row sort and the JSON-binding sort (used by the endpoint) give the same order."""
    values = [Literal("b"), Literal("a", lang="en"), Literal("10", datatype=XSD.integer),
              Literal("9", datatype=XSD.integer), URIRef("https://example.org/z"), Literal("a")]
    store = _store_with(values)
    sparql = "SELECT ?o ?p WHERE { ?s ?p ?o }"
    columns, rows = store.select_table(sparql)
    payload = json.loads(store.query_serialized(sparql, "application/sparql-results+json"))
    keys = (OrderKey("o", descending=True), OrderKey("p"))
    by_rows = [(str(o), str(p)) for o, p in sort_rows(rows, columns, keys)]
    by_bindings = [(b["o"]["value"], b["p"]["value"]) for b in sort_bindings(payload["results"]["bindings"], keys)]
    assert by_rows == by_bindings
    assert by_rows[0][0] == "b" and by_rows[-1][0] == "https://example.org/z"
