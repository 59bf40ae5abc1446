"""The N-Quads terms ingest writes directly: what pyoxigraph reads back is what was meant."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal

from policykg.ingest import nquads as nq
from policykg.store.base import StoreError
from policykg.store.terms import to_rdflib

# any text a decoded document can hold: every code point but lone surrogates
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


def _read_object(term: str) -> ox.Literal:
    line = f"<https://example.org/s> <https://example.org/p> {term} <https://example.org/g> .\n"
    (quad,) = list(ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    return quad.object


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_plain_literal_reads_back_unchanged(text: str) -> None:
    read = _read_object(nq.plain(text))
    assert read.value == text
    assert read.datatype.value == nq.XSD + "string"


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_integer_literal_is_what_rdflib_writes(value: int) -> None:
    assert to_rdflib(_read_object(nq.integer(value))) == Literal(value)


@pytest.mark.parametrize("value", [True, False, 0, 17, "twelve months", 'say "hi"\\\n'])
def test_attribute_scalars_match_rdflib_literals(value: str | int) -> None:
    assert to_rdflib(_read_object(nq.scalar(value))) == Literal(value)


def test_typed_literal_keeps_its_lexical_form() -> None:
    read = _read_object(nq.typed("2024-02-30", nq.XSD + "date"))  # ill-typed, kept as written
    assert (read.value, read.datatype.value) == ("2024-02-30", nq.XSD + "date")


@pytest.mark.parametrize("bad", ["no-scheme", "https://example.org/a b", "https://example.org/<x>", ""])
def test_invalid_iri_is_refused_with_its_text(bad: str) -> None:
    with pytest.raises(StoreError, match="invalid IRI"):
        nq.iri(bad)


def test_valid_iri_is_written_in_angle_brackets() -> None:
    assert nq.iri("https://example.org/公司/é") == "<https://example.org/公司/é>"
