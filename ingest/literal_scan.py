"""Every occurrence of many literal strings in a text, found in one pass (Aho-Corasick).

Why: ingest looks for ~500-1,300 literals per language in every document (pattern literals and
label first words, ``vocabulary._shared_literals``) and for every fact-cue gate in every sentence
(``fact_cues``). A character-trie regex tried at every position cost ~1.2 ms a document; an
Aho-Corasick automaton (pyahocorasick, in C) reports every occurrence, overlapping ones and
literals that are prefixes of others included, in ~0.4 ms (bench/profile_notes.md, section 9).

Texts are searched as given: callers pass them already case-folded, as the literals are.
"""
from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

_STARTING, _INNER = 1, 2

Spots = dict[str, list[int]]


def _automaton(roles: dict[str, int]) -> ahocorasick.Automaton | None:
    if not roles:
        return None
    automaton = ahocorasick.Automaton()
    for literal, role in roles.items():
        automaton.add_word(literal, (literal, len(literal) - 1, role))
    automaton.make_automaton()
    return automaton


class LiteralScan:
    """Finds where literals occur: "starting" ones only at word starts (when ``word_start``), the
    "inner" ones anywhere. A literal may be both."""

    def __init__(self, starting: Iterable[str], inner: Iterable[str], *, word_start: bool) -> None:
        roles: dict[str, int] = {}
        for literal in starting:
            if literal:
                roles[literal] = roles.get(literal, 0) | _STARTING
        for literal in inner:
            if literal:
                roles[literal] = roles.get(literal, 0) | _INNER
        self._automaton = _automaton(roles)
        self._word_start = word_start

    def find(self, text: str, offset: int = 0) -> tuple[Spots, Spots]:
        """(starting literal -> start offsets, inner literal -> start offsets), each list ascending;
        offsets are ``offset`` plus the position in ``text``."""
        at_start: Spots = {}
        inside: Spots = {}
        if self._automaton is None:
            return at_start, inside
        word_start = self._word_start  # then a starting literal must not follow what ``\w`` matches
        # offsets are collected as positions in ``text`` and shifted once at the end (one addition
        # per hit fewer in the hot loop, which sees every occurrence of ~1,000 literals)
        for end, (literal, back, role) in self._automaton.iter(text):
            at = end - back
            if role & _STARTING and not (word_start and at and ((before := text[at - 1]).isalnum() or before == "_")):
                bucket = at_start.get(literal)
                if bucket is None:
                    at_start[literal] = [at]
                else:
                    bucket.append(at)
            if role & _INNER:
                bucket = inside.get(literal)
                if bucket is None:
                    inside[literal] = [at]
                else:
                    bucket.append(at)
        if offset:
            for spots in (at_start, inside):
                for literal, places in spots.items():
                    spots[literal] = [at + offset for at in places]
        return at_start, inside


class SubstringSet:
    """Which of many substrings occur in a text (for gates: cheap tests before any regex runs)."""

    def __init__(self, substrings: Iterable[str]) -> None:
        self._automaton = _automaton({item: _INNER for item in substrings if item})

    def occurring(self, text: str) -> frozenset[str]:
        if self._automaton is None:
            return frozenset()
        return frozenset(literal for _end, (literal, _back, _role) in self._automaton.iter(text))
