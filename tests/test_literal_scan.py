"""The one-pass literal scan (Aho-Corasick) against the obvious definition, a regex per literal.

Why: the vocabulary matchers try a pattern only where one of its literals was found, so a missed
occurrence is a missed fact. The reference here is deliberately naive: every literal searched on
its own, overlapping hits included, with the same word-start rule as ``(?<!\\w)``.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.ingest.literal_scan import LiteralScan, SubstringSet

# letters of several scripts, digits, "_" and separators: word starts are where the rule bites
ALPHABET = "abé_1 .\u00a0ıə我们个ая-"


def _reference(starting: set[str], inner: set[str], text: str, offset: int, word_start: bool):
    def spots(literals: set[str], boundary: bool) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for literal in literals:
            regex = re.compile((r"(?<!\w)" if boundary else "") + "(?=" + re.escape(literal) + ")")
            places = [m.start() + offset for m in regex.finditer(text)]
            if places:
                found[literal] = places
        return found

    return spots(starting, word_start), spots(inner, False)


@settings(max_examples=300, deadline=None)
@given(
    starting=st.sets(st.text(ALPHABET, min_size=1, max_size=4), max_size=8),
    inner=st.sets(st.text(ALPHABET, min_size=1, max_size=4), max_size=8),
    text=st.text(ALPHABET, max_size=80),
    offset=st.integers(0, 1000),
    word_start=st.booleans(),
)
def test_every_occurrence_is_found_as_a_regex_per_literal_finds_it(starting, inner, text, offset, word_start):
    scan = LiteralScan(starting, inner, word_start=word_start)
    assert scan.find(text, offset) == _reference(starting, inner, text, offset, word_start)


def test_overlapping_and_nested_literals_are_all_reported():
    scan = LiteralScan({"data", "dat"}, {"ata", "a"}, word_start=True)
    at_start, inside = scan.find("metadata data", 10)
    assert at_start == {"data": [19], "dat": [19]}  # "metadata" hides one inside a word
    assert inside == {"ata": [15, 20], "a": [13, 15, 17, 20, 22]}


def test_a_literal_in_both_roles_keeps_each_rule():
    scan = LiteralScan({"share"}, {"share"}, word_start=True)
    assert scan.find("reshare share") == ({"share": [8]}, {"share": [2, 8]})


def test_no_literals_finds_nothing():
    assert LiteralScan(set(), {""}, word_start=True).find("anything") == ({}, {})
    assert SubstringSet([]).occurring("anything") == frozenset()


def test_substring_set_names_each_occurring_substring_once():
    gates = SubstringSet(["share", "hare", "个人信息", "sell"])
    assert gates.occurring("we share, and share again 个人信息") == {"share", "hare", "个人信息"}
