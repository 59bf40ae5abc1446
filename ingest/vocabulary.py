"""Vocabulary matchers compiled from the SKOS concepts of ``ontology/vocab/*.ttl``.

The ontology drives ingestion: every label (``skos:prefLabel``, ``skos:altLabel``,
``skos:hiddenLabel``) is matched as a literal phrase and every ``pkg:matchPattern`` as a regular
expression, per language. A new language or category is therefore a change to the Turtle files,
never to code: the ontology is the one source of truth for what ingest recognises.

Matchers are compiled once per (field, language) and cached: literal labels go into one
prefix-trie regex (fast on 2-core machines: the engine branches on the first character instead of
trying every label), and each pattern is tried only where a literal it needs occurs. One shared
scan per document and language (Aho-Corasick, ``policykg.ingest.literal_scan``) finds those
literals, and the label first words, for every field at once (``_shared_literals``,
``_scan_cached``), so the seven fields cost one pass, not seven.

Example::

    >>> m = matcher_for("data_categories", "en")
    >>> [x.key for x in m.find("your e-mail address and phone number")]   # doctest: +SKIP
    ['EmailAddress', 'TelephoneNumber']
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib.namespace import RDF, SKOS

from policykg.ingest.derived_cache import compile_regex, key_of, memoised
from policykg.ingest.literal_scan import LiteralScan
from policykg.ingest.model import IngestError
from policykg.namespaces import PKG, SCHEME_BY_FIELD, SEGMENT_BY_FIELD, VOCAB

__all__ = [
    "Concept",
    "Match",
    "Matcher",
    "ancestors",
    "broader",
    "concepts",
    "descendants",
    "literals_of",
    "matcher_for",
    "narrowest",
]

FIELDS: tuple[str, ...] = tuple(SCHEME_BY_FIELD)
LANGUAGES: tuple[str, ...] = ("en", "zh", "az", "ru", "es")
# Fields whose hits may nest: "correct or delete your data" names two rights, "prevent fraud and
# abuse" two purposes, and a longer
# condition phrase does not cancel a shorter one. Elsewhere the longest hit wins
# ("email address" is not also an address).
NESTING_FIELDS = frozenset({"rights", "disclosure_conditions", "purposes"})


@dataclass(frozen=True)
class Concept:
    """One vocabulary concept as ingest needs it: key, labels and patterns per language, parents."""

    field: str
    key: str
    labels: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[str, ...]]
    broader: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """A vocabulary hit: concept key and character offsets into the searched text."""

    key: str
    start: int
    end: int


# Per-language matching style (how labels meet the surrounding text). Agglutinative and
# inflecting languages leave the right edge open so that "ünvanınız" matches the label "ünvan".
_STYLE: dict[str, tuple[bool, bool, str]] = {
    # language: (left boundary, right boundary, optional suffix after a literal label)
    "en": (True, True, r"(?:s|es)?"),
    "es": (True, True, r"(?:s|es)?"),
    "az": (True, False, ""),
    "ru": (True, False, ""),
    "zh": (False, False, ""),
}
_DEFAULT_STYLE = (True, True, "")


def _normalise(text: str) -> str:
    return " ".join(_fold_yo(text.replace("İ", "i").lower()).split())


def _fold_yo(lowered: str) -> str:
    """Russian writes "ё" or plain "е" at will ("учётная" = "учетная"): match them as one letter.

    Same length, so offsets into the folded text stay offsets into the document.
    """
    return lowered.replace("ё", "е") if "ё" in lowered else lowered


def _yo_either(pattern: str) -> str:
    """A Russian pattern in which every "е" or "ё" matches both letters (inside classes too)."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch in "её":
            out.append("её" if in_class else "[её]")
        else:
            if ch == "[" and not in_class:
                in_class = True
            elif ch == "]" and in_class:
                in_class = False
            out.append(ch)
    return "".join(out)


class Matcher:
    """Finds the concepts of one field in text written in one language."""

    def __init__(self, field: str, language: str, concept_list: list[Concept]) -> None:
        self.field = field
        self.language = language
        left, right, suffix = _STYLE.get(language, _DEFAULT_STYLE)
        self._by_label: dict[str, list[str]] = defaultdict(list)
        raw_patterns: list[str] = []
        self._pattern_keys: list[str] = []
        for concept in concept_list:
            for label in concept.labels.get(language, ()):
                norm = _normalise(label)
                if norm and concept.key not in self._by_label[norm]:
                    self._by_label[norm].append(concept.key)
            for pattern in concept.patterns.get(language, ()):
                raw_patterns.append(pattern)
                self._pattern_keys.append(concept.key)
        lb = r"(?<!\w)" if left else ""
        rb = r"(?!\w)" if right else ""
        # labels are stored lower-cased and searched in the lower-cased text: no IGNORECASE scan
        label_regex = lb + "(?:" + _trie_regex(self._by_label) + ")" + suffix + rb if self._by_label else None
        self._labels = compile_regex(label_regex) if label_regex else None
        self._label_regex = label_regex  # compiled with IGNORECASE only if ever needed (odd case folds)
        # each pattern alone, with a literal it cannot match without: a document is searched only
        # with the patterns whose literal occurs in it (a substring test is far cheaper than a regex)
        self._patterns: list[tuple[re.Pattern[str], tuple[str, ...], bool, str]] = []
        for raw, key in zip(raw_patterns, self._pattern_keys):
            part = _unname(raw)
            if language == "ru":  # literals are looked up in the ё-folded text, the regex runs on the original
                folded_part = part.replace("ё", "е").replace("Ё", "Е")
                self._patterns.append((_compile_pattern(lb, _yo_either(part), raw, f"{field}/{key}", language), *literals_of(folded_part), key))
                continue
            self._patterns.append((_compile_pattern(lb, part, raw, f"{field}/{key}", language), *literals_of(part), key))
        self._suffix = re.compile(suffix + "$", re.IGNORECASE) if suffix else None
        self._anchored_by_literal: dict[str, list[tuple[re.Pattern[str], str]]] = defaultdict(list)
        for regex, lits, anchored, key in self._patterns:
            if anchored:
                for lit in lits:
                    self._anchored_by_literal[lit].append((regex, key))
        self._anchored_by_literal = dict(self._anchored_by_literal)
        # every literal the patterns need, found in one pass (at word starts only for literals
        # that begin a pattern with a left word boundary)
        starting = {lit for _r, lits, anchored, _k in self._patterns if anchored for lit in lits}
        inner = {lit for _r, lits, anchored, _k in self._patterns if not anchored for lit in lits}
        self._starting = frozenset(starting)
        # where a label hit can start, as literals for the shared scan (see _label_hits and _label_keys)
        self._label_firsts = _label_keys(self._by_label)
        self._inner = frozenset(inner)
        self._word_start = left
        self._own_scan: LiteralScan | None = None  # built on first use: the shared scan covers matcher_for's
        # patterns a regex scan would try at every position (no literal prefix for the engine to
        # jump to), with the substrings every match holds and the longest match: tried only where
        # a match can start (``_candidate_starts``), with finditer's exact results
        self._plans: dict[int, tuple[tuple[str, ...], int]] = {}
        for index, (regex, _lits, anchored, _key) in enumerate(self._patterns):
            if not anchored:
                plan = _scan_plan(regex, _literal_source(_unname(raw_patterns[index]), language))
                if plan is not None:
                    self._plans[index] = plan

    @property
    def _literal_scan(self) -> LiteralScan:
        """This matcher's own literal scan, for when the language's shared scan does not cover it."""
        if self._own_scan is None:
            self._own_scan = LiteralScan(self._starting, self._inner, word_start=self._word_start)
        return self._own_scan

    @property
    def keys(self) -> frozenset[str]:
        """Every concept key this matcher can return."""
        return frozenset(k for keys in self._by_label.values() for k in keys) | frozenset(self._pattern_keys)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Every concept hit in ``text[start:end]``, sorted by position.

        A hit inside a longer hit of another concept is dropped (``NESTING_FIELDS`` keep both).
        Offsets are into ``text`` itself, so a whole document can be searched once and the hits
        bucketed by segment.
        """
        stop = len(text) if end is None else end
        hits: list[Match] = []
        folded = _folded(text, start, stop)
        if self._labels is not None:
            shared = _shared_literals(self.language) if folded else None
            if shared is not None and self._label_firsts <= shared.starting:
                found = self._label_hits(folded, start, shared)
            elif folded:
                found = ((m.start() + start, m.end() + start, m.group(0)) for m in self._labels.finditer(folded))
            else:
                any_case = re.compile(self._label_regex, re.IGNORECASE)  # cached by the re module
                found = ((m.start(), m.end(), m.group(0)) for m in any_case.finditer(text, start, stop))
            for a, b, matched in found:
                for key in self._lookup(matched):
                    hits.append(Match(key, a, b))
        if self._patterns:
            # every pattern runs on its own, so one concept's hit never hides another's that
            # overlaps it ("change or delete your data" is rectification and erasure)
            spots = self._literal_spots(folded, start) if folded else {}
            if folded:
                # a pattern that starts with one of its literals is tried exactly where one occurs
                # (looked up from the literals found, not pattern by pattern: the hit order does
                # not matter, _resolve_overlaps sorts hits by start, length and key)
                for literal, places in spots.items():
                    for regex, key in self._anchored_by_literal.get(literal, ()):
                        match = regex.match
                        for at in places:
                            m = match(text, at, stop)
                            if m is not None and m.end() > m.start():
                                hits.append(Match(key, m.start(), m.end()))
            for index, (regex, literals, anchored, key) in enumerate(self._patterns):
                if anchored and folded:
                    continue  # done above
                if not literals or not folded:
                    windows = [(start, stop)]
                else:
                    windows = _windows([at for lit in literals for at in spots.get(lit, ())], start, stop)
                    if not windows:
                        continue
                plan = self._plans.get(index) if folded else None
                seen: set[tuple[int, int]] = set()
                for lo, hi in windows:
                    starts = _candidate_starts(plan, folded, start, lo, hi) if plan is not None else None
                    found = regex.finditer(text, lo, hi) if starts is None else _matches_at(regex, text, starts, lo, hi)
                    for m in found:
                        if m.end() > m.start() and (m.start(), m.end()) not in seen:
                            seen.add((m.start(), m.end()))
                            hits.append(Match(key, m.start(), m.end()))
        return _resolve_overlaps(hits, nested=self.field in NESTING_FIELDS)

    def _label_hits(self, folded: str, offset: int, shared: _SharedLiterals) -> Iterator[tuple[int, int, str]]:
        """What ``self._labels.finditer(folded)`` yields, tried only where a label can start.

        Every label hit begins with one of ``_label_keys`` (at a word start where labels need
        a left boundary), and the shared literal scan already knows where those keys are; trying
        the label regex at just those places, left to right and past the previous hit, is
        finditer's own walk without the positions that cannot match.
        """
        at_start = _scan_cached(self.language, shared.scan, folded, offset)[0]
        places: set[int] = set()
        firsts = self._label_firsts
        if len(at_start) < len(firsts):  # the same places, from the shorter of the two lists
            for word, found in at_start.items():
                if word in firsts:
                    places.update(found)
        else:
            for word in firsts:
                found = at_start.get(word)
                if found:
                    places.update(found)
        match = self._labels.match  # type: ignore[union-attr]
        done = 0
        for place in sorted(places):
            at = place - offset
            if at < done:
                continue
            m = match(folded, at)
            if m is not None:
                done = m.end()
                yield m.start() + offset, done + offset, m.group(0)

    def _literal_spots(self, folded: str, offset: int) -> dict[str, list[int]]:
        """Where each pattern literal starts (document offsets), from one scan of the text.

        The scan is shared by every field of the language (one pass per document, not one per
        field) when this matcher's literals are among the shared ones, as for ``matcher_for``.
        """
        shared = _shared_literals(self.language)
        if self._starting <= shared.starting and self._inner <= shared.inner:
            at_start, inside = _scan_cached(self.language, shared.scan, folded, offset)
        else:
            at_start, inside = self._literal_scan.find(folded, offset)
        spots: dict[str, list[int]] = {}
        for literal in self._starting:
            if literal in at_start:
                spots[literal] = list(at_start[literal])
        for literal in self._inner:
            if literal in inside:
                spots.setdefault(literal, []).extend(inside[literal])
        return spots


    def _lookup(self, matched: str) -> list[str]:
        norm = _normalise(matched)
        keys = self._by_label.get(norm)
        if keys is None and self._suffix is not None:
            keys = self._by_label.get(self._suffix.sub("", norm, count=1))
        if keys is None and self._suffix is not None:
            # the suffix regex may strip a plural the label itself ends with ("address" -> "addr")
            for cut in (1, 2):
                keys = self._by_label.get(norm[:-cut])
                if keys:
                    break
        return keys or []


# what ``\s`` matches (Python's ``re`` and ``str.isspace`` agree on every code point; a test checks)
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_SHORT_FIRST_WORD = 3  # "a", "the", "в", "при", "de", "con": short words are the frequent ones in any language


def _label_keys(labels: dict[str, list[str]]) -> frozenset[str]:
    r"""Literals one of which starts wherever a label of ``labels`` can match (for the shared scan).

    A label's first word is one. Function words ("the", "a", "в", "de") start hundreds of places
    a document and seldom a label, so a short first word that is never a whole label is replaced
    by what must follow it in every match (the trie regex joins words with ``\s+``): the word and
    one whitespace character other than a space; the word, a space and a second whitespace
    character; or the word, one space and the second word of one of its labels. A match of
    "a terceros" at ``p`` is thus still tried at ``p`` (found as "a terceros", "a\nterceros" or
    "a  terceros"), while "a su" is tried only if some label starts with those two words.
    """
    whole = set(labels)
    keys: set[str] = set()
    seconds: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        words = label.split(" ")
        if len(words) > 1 and len(words[0]) <= _SHORT_FIRST_WORD and words[0] not in whole:
            seconds[words[0]].add(words[1])
        else:
            keys.add(words[0])
    for first, following in seconds.items():
        if first in keys:  # also a whole label (only then in keys): every occurrence is tried anyway
            continue
        keys.update(first + space for space in _WHITESPACE if space != " ")
        keys.update(first + " " + space for space in _WHITESPACE)
        keys.update(first + " " + second for second in following)
    return frozenset(keys)


_last_folded: tuple[str, int, int, str] | None = None


def _folded(text: str, start: int, stop: int) -> str:
    """``text[start:stop]`` case-folded for matching, "" when folding changes its length (offsets
    would drift); remembered for the latest text, which every field's matcher searches in turn."""
    global _last_folded
    last = _last_folded
    if last is not None and last[0] is text and last[1] == start and last[2] == stop:
        return last[3]
    folded = _fold_yo(text[start:stop].replace("İ", "i").lower())  # "İ".lower() is two characters
    if len(folded) != stop - start:
        folded = ""
    _last_folded = (text, start, stop, folded)
    return folded


_last_scan: tuple[tuple[str, int, str], tuple[dict[str, list[int]], dict[str, list[int]]]] | None = None


def _scan_cached(language: str, scan: LiteralScan, folded: str, offset: int) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The shared literal scan of the latest text, remembered: every field searches it in turn."""
    global _last_scan
    last = _last_scan
    if last is not None and last[0][0] == language and last[0][1] == offset and last[0][2] == folded:
        return last[1]
    result = scan.find(folded, offset)
    _last_scan = ((language, offset, folded), result)
    return result


@dataclass(frozen=True)
class _SharedLiterals:
    starting: frozenset[str]
    inner: frozenset[str]
    scan: LiteralScan


@lru_cache(maxsize=None)
def _shared_literals(language: str) -> _SharedLiterals:
    """The pattern literals and label first words of every field of a language, for one shared
    scan per document."""
    matchers = [matcher_for(field, language) for field in FIELDS]
    starting = frozenset().union(*(m._starting | m._label_firsts for m in matchers))
    inner = frozenset().union(*(m._inner for m in matchers))
    left = _STYLE.get(language, _DEFAULT_STYLE)[0]
    return _SharedLiterals(starting, inner, LiteralScan(starting, inner, word_start=left))


_WINDOW = 160  # characters searched on each side of a literal occurrence (one sentence's reach)

# --- patterns tried only where a match can start -------------------------------------------------
# A case-insensitive regex equates letters that lower-casing keeps apart ("i" and dotless "ı", "s"
# and long "ſ", Cyrillic "в" and its old rounded form ...): both sides are mapped to one letter of
# each such class before substrings are compared, so a substring test never misses a match.
_EQUIVALENT: dict[int, str] = {}
for _low, _others in __import__("re._casefix", fromlist=["_EXTRA_CASES"])._EXTRA_CASES.items():
    _first = chr(min((_low, *_others)))
    if chr(_low) != _first:
        _EQUIVALENT[_low] = _first
_MAX_PLANNED_WIDTH = 64  # longer matches make too many candidate starts per occurrence


def _literal_source(part: str, language: str) -> str:
    """The pattern text its literals are read from (Russian: ё-folded, as the folded text is)."""
    return part.replace("ё", "е").replace("Ё", "Е") if language == "ru" else part


def _scan_plan(regex: re.Pattern[str], part: str) -> tuple[tuple[str, ...], int] | None:
    """(substrings one of which every match holds, in ``_canonical`` form; longest match), for a
    pattern the regex engine cannot jump through (no literal prefix); None when not certain.
    Remembered between runs (``derived_cache``)."""
    return memoised("scan_plan", f"{regex.flags}\x00{regex.pattern}\x00{part}", lambda: _scan_plan_parsed(regex, part),
                    to_json=lambda v: False if v is None else [list(v[0]), v[1]],
                    from_json=lambda v: None if v is False else (tuple(v[0]), v[1]))


def parse_regex(pattern: str, flags: int):  # -> re._parser.SubPattern
    """The stdlib parser's reading of ``pattern`` (its token stream and widths are all that is read): the gates and
    scan plans here, and ``cues._space_first``, work out from it what every match must hold."""
    from re import _parser

    return _parser.parse(pattern, flags)


def _scan_plan_parsed(regex: re.Pattern[str], part: str) -> tuple[tuple[str, ...], int] | None:
    try:
        parsed = parse_regex(regex.pattern, regex.flags)
        low, high = parsed.getwidth()
        prefix = _prefix_literals(list(parse_regex(part, re.IGNORECASE)), depth=0)
    except re.error:
        return None
    if low < 1 or high > _MAX_PLANNED_WIDTH or prefix or not regex.flags & re.IGNORECASE:
        return None
    found = _required_literals(part, shortest=1)
    if not found or any(unicodedata.category(ch).startswith("M") for lit in found for ch in lit):
        return None  # a combining mark ("İ" lower-cased) is no character of the folded text
    return tuple(dict.fromkeys(_canonical(_fold_yo(lit)) for lit in found)), high


_EQUIVALENT_PAIRS = tuple((chr(code), first) for code, first in _EQUIVALENT.items())


def _canonical(folded: str) -> str:
    """Lower-cased text with every case-insensitively equal letter mapped to one (same length).

    One ``in`` test per letter of the table (a fast C search), replacing only those present:
    str.translate would look every character of the document up in a dict."""
    for twin, first in _EQUIVALENT_PAIRS:
        if twin in folded:
            folded = folded.replace(twin, first)
    return folded


@lru_cache(maxsize=16384)
def canonical_lower(text: str) -> str:
    """``text`` lower-cased as case-insensitive regexes compare letters ("İ" -> "i", "ı" -> "i"),
    cached: several cues are tested on the same sentence."""
    return _canonical(text.replace("İ", "i").lower())


def ignorecase_gate(pattern: str) -> frozenset[str] | None:
    """Substrings (in ``canonical_lower`` form) one of which a text must hold for the
    case-insensitive ``pattern`` to match it; None when that is not certain."""
    found = _required_literals(pattern, shortest=1)
    if not found or any(unicodedata.category(ch).startswith("M") for lit in found for ch in lit):
        return None
    return frozenset(_canonical(lit) for lit in found)


_last_canonical: tuple[str, str, dict[str, list[int]]] | None = None


def _occurrences(folded: str, literal: str) -> list[int]:
    """Every start (overlapping ones too) of ``literal`` in the canonical form of ``folded``,
    remembered for the latest text (every field's matcher asks about the same document)."""
    global _last_canonical
    last = _last_canonical
    if last is None or last[0] is not folded:
        last = _last_canonical = (folded, _canonical(folded), {})
    found = last[2].get(literal)
    if found is None:
        found = last[2][literal] = []
        canonical, at = last[1], last[1].find(literal)
        while at >= 0:
            found.append(at)
            at = canonical.find(literal, at + 1)
    return found


def _candidate_starts(plan: tuple[tuple[str, ...], int], folded: str, offset: int, lo: int, hi: int) -> list[int] | None:
    """Sorted positions in [lo, hi) where a match lying inside [lo, hi) can start: at most the
    longest match before the end of an occurrence of a required substring, and not after its start.
    None when they are so many that scanning the window is cheaper."""
    literals, width = plan
    starts: set[int] = set()
    budget = (hi - lo) // 8  # a regex call per candidate costs about as much as 8 scanned positions
    for literal in literals:
        size = len(literal)
        for at in _occurrences(folded, literal):
            at += offset
            if at < lo or at + size > hi:
                continue
            starts.update(range(max(lo, at + size - width), at + 1))
            if len(starts) > budget:
                return None
    return sorted(starts)


def _matches_at(regex: re.Pattern[str], text: str, starts: list[int], lo: int, hi: int) -> Iterator[re.Match[str]]:
    """What ``regex.finditer(text, lo, hi)`` yields when every match (never empty) starts at one of
    ``starts``: the leftmost match from the end of the previous one, tried at those places only."""
    match = regex.match
    position = lo
    for at in starts:
        if at < position:
            continue
        m = match(text, at, hi)
        if m is not None:
            yield m
            position = m.end()


def _windows(spots: list[int], offset: int, stop: int) -> list[tuple[int, int]]:
    """Merged text windows around literal occurrences: the only places a match can be."""
    windows: list[tuple[int, int]] = []
    for at in sorted(spots):
        lo, hi = max(offset, at - _WINDOW), min(stop, at + _WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def literals_of(pattern: str) -> tuple[tuple[str, ...], bool]:
    """Literals to look for before running ``pattern``, and whether every match starts with one
    (remembered between runs: ``derived_cache``)."""
    return memoised("literals_of", pattern, lambda: _literals_of(pattern),
                    to_json=lambda v: [list(v[0]), v[1]], from_json=lambda v: (tuple(v[0]), v[1]))


def _literals_of(pattern: str) -> tuple[tuple[str, ...], bool]:
    try:
        tokens = list(parse_regex(pattern, re.IGNORECASE))
    except re.error:
        return (), False
    prefixes = _prefix_literals(tokens, depth=0)
    if prefixes and all(_safe_literal(x, shortest=2) for x in prefixes):
        return prefixes, True
    return _required_literals(pattern), False


def _prefix_literals(tokens: list, depth: int) -> tuple[str, ...]:
    """The literals one of which every match begins with, or () when that is not certain."""
    for index, (op, arg) in enumerate(tokens):
        name = str(op)
        if name == "AT" and str(arg) in ("AT_BOUNDARY", "AT_BEGINNING_LINE"):
            continue
        if name == "LITERAL":
            run = ""
            for op2, arg2 in tokens[index:]:
                if str(op2) != "LITERAL":
                    break
                run += chr(arg2).lower()
            return (run,)
        if depth < 3 and name == "SUBPATTERN":
            return _prefix_literals(list(arg[-1]), depth + 1)
        if depth < 3 and name == "BRANCH":
            branches = [_prefix_literals(list(b), depth + 1) for b in arg[1]]
            return tuple(x for b in branches for x in b) if all(branches) else ()
        return ()
    return ()


def _required_literals(pattern: str, shortest: int = 3) -> tuple[str, ...]:
    """Literals of which every match of ``pattern`` contains at least one (() if unsure).

    Read from the stdlib parser's token stream: runs of plain characters, and alternations
    whose every branch has such a run. The candidate with the longest shortest literal wins.
    ``shortest`` is the shortest literal worth a test (gates take 1: one Chinese character filters).
    Remembered between runs (``derived_cache``).
    """
    return memoised("required_literals", f"{shortest}:{pattern}", lambda: _required_literals_parsed(pattern, shortest),
                    to_json=list, from_json=tuple)


def _required_literals_parsed(pattern: str, shortest: int) -> tuple[str, ...]:
    try:
        tokens = parse_regex(pattern, re.IGNORECASE)
    except re.error:
        return ()
    found = _sequence_literals(list(tokens), depth=0, shortest=shortest)
    if not found or any(not _safe_literal(x, shortest) for x in found):
        return ()
    return found


def gate_literals(pattern: str) -> frozenset[str] | None:
    """Substrings one of which the (lower-cased) text must hold for a case-sensitive ``pattern``
    without upper-case letters to match it there; None when that is not certain.

    Why: a substring test over a sentence (or one Aho-Corasick pass for many cues) is far cheaper
    than a regex search, and most sentences hold none of a cue's words. Patterns that switch case
    folding on inside (``(?i...)``) get no gate: IGNORECASE also equates "i" with dotless "ı".
    """
    if _SCOPED_FLAGS.search(pattern):
        return None
    found = _required_literals(pattern, shortest=1)
    return frozenset(found) if found else None


_SCOPED_FLAGS = re.compile(r"\(\?[a-zA-Z-]*[iI]")

# letters a case-insensitive regex equates with another that lower-casing keeps apart ("i"/"ı", "s"/"ſ",
# Cyrillic "в"/"ᲀ", Greek sigmas ...): a substring holding one could miss a match, so ``alternative_gates``
# cuts its literals there
_TWINNED = frozenset(chr(c) for c, others in __import__("re._casefix", fromlist=["_EXTRA_CASES"])._EXTRA_CASES.items()
                     for c in (c, *others))
_MAX_ALTERNATIVES = 64  # more paths through a pattern than this are not worth a gate each


def alternative_gates(regex: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    """For each way through ``regex`` (its alternatives, multiplied out), the substrings every match
    taken that way holds, all of them, lower-cased; None when some way holds none.

    Why: a regex searched over a whole document (the law names) scans every position even when
    its cheap any-of literal gate passes on a common word ("can", "закон", "gb"); requiring all
    the literals of at least one alternative ("can" and "spam") skips the scan where no match is
    possible. Literals are read from the stdlib parser's tokens, cut at any letter in ``_TWINNED``
    and at anything but plain characters, so "substring absent from the lower-cased text" proves
    "no match" (case-sensitive parts too: a case-sensitive match is also there lower-cased).
    """
    return memoised("alternative_gates", f"{regex.flags}\x00{regex.pattern}", lambda: _alternative_gates_parsed(regex),
                    to_json=lambda v: False if v is None else [list(way) for way in v],
                    from_json=lambda v: None if v is False else tuple(tuple(way) for way in v))


def _alternative_gates_parsed(regex: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    """``alternative_gates`` read from the parser (~1 ms a law pattern, so remembered between runs)."""
    try:
        ways = _required_ways(list(parse_regex(regex.pattern, regex.flags)), depth=0)
    except re.error:
        return None
    if not ways or any(not way for way in ways):
        return None
    # the longest substring of each first: it is the rarest, so a text without a match fails at once
    return tuple(dict.fromkeys(tuple(sorted(way, key=lambda s: (-len(s), s))) for way in ways))


def holds_alternative(ways: tuple[tuple[str, ...], ...], lowered: str) -> bool:
    """Whether ``lowered`` (lower-cased text) holds all the substrings of one of ``ways``
    (``alternative_gates``): when not, the regex they were read from cannot match the text."""
    for way in ways:
        for part in way:
            if part not in lowered:
                break
        else:
            return True
    return False


def _required_ways(tokens: list, depth: int) -> list[frozenset[str]]:
    """``alternative_gates`` for a token sequence: a list of alternatives, each the literal runs it requires."""
    ways: list[frozenset[str]] = [frozenset()]
    run = ""

    def join(more: list[frozenset[str]]) -> list[frozenset[str]]:
        product = [way | extra for way in ways for extra in more]
        return product if len(product) <= _MAX_ALTERNATIVES else ways  # fewer requirements: still certain

    def flush() -> None:
        nonlocal ways, run
        if len(run) >= 2 or (run and not run.isascii()):
            ways = [way | {run} for way in ways]
        run = ""

    for op, arg in tokens:
        name = str(op)
        if name == "LITERAL":
            char = chr(arg).lower()
            if len(char) == 1 and char not in _TWINNED and chr(arg) not in _TWINNED \
                    and not unicodedata.category(char).startswith("M"):
                run += char
            else:
                flush()
            continue
        if name == "AT":
            continue  # zero-width: the characters around it are still adjacent in the match
        flush()
        if depth >= 6:
            continue
        if name == "SUBPATTERN":
            ways = join(_required_ways(list(arg[-1]), depth + 1))
        elif name == "BRANCH":
            ways = join([way for branch in arg[1] for way in _required_ways(list(branch), depth + 1)])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            ways = join(_required_ways(list(arg[2]), depth + 1))
    flush()
    return ways


def _safe_literal(literal: str, shortest: int = 3) -> bool:
    # short literals filter nothing; case folding that changes length ("İ") is unsafe
    return len(literal) >= shortest and literal == literal.lower() and len(literal.upper().lower()) == len(literal)


def _sequence_literals(tokens: list, depth: int, shortest: int = 3) -> tuple[str, ...]:
    candidates: list[tuple[str, ...]] = []
    run = ""
    for op, arg in tokens:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg).lower()
            continue
        if name == "AT" and str(arg) in ("AT_BOUNDARY", "AT_NON_BOUNDARY"):
            continue
        if run:
            candidates.append((run,))
            run = ""
        if depth < 3 and name == "SUBPATTERN":
            inner = _sequence_literals(list(arg[-1]), depth + 1, shortest)
            if inner:
                candidates.append(inner)
        elif depth < 3 and name == "BRANCH":
            branches = [_sequence_literals(list(b), depth + 1, shortest) for b in arg[1]]
            if all(branches):
                candidates.append(tuple(x for br in branches for x in br))
        elif depth < 3 and name == "MAX_REPEAT" and arg[0] >= 1:
            inner = _sequence_literals(list(arg[2]), depth + 1, shortest)
            if inner:
                candidates.append(inner)
    if run:
        candidates.append((run,))
    good = [c for c in candidates if all(_safe_literal(x, shortest) for x in c)]
    if not good:
        return ()
    return max(good, key=lambda c: (min(len(x) for x in c), -len(c)))


def _compile_pattern(left_boundary: str, part: str, raw: str, concept: str, language: str) -> re.Pattern[str]:
    """One vocabulary pattern as searched; a bad one is an IngestError naming the concept and pattern.

    Compiled once: checking the pattern on its own first doubled the start-up's regex compiling.
    """
    try:
        return compile_regex(left_boundary + "(?:" + part + ")", re.IGNORECASE | re.MULTILINE)
    except re.error:
        try:  # the pattern as written, so that the reported position is the author's
            re.compile(raw)
            problem = "cannot be used inside a group"
        except re.error as error:
            problem = f"is not a valid regex ({error})"
        raise IngestError(
            f"vocabulary {concept}", f"pkg:matchPattern {raw!r}@{language} {problem}; fix it in ontology/vocab"
        ) from None


def _unname(pattern: str) -> str:
    """Named groups in vocabulary patterns would clash with ours; make them plain groups."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _resolve_overlaps(hits: list[Match], *, nested: bool = False) -> list[Match]:
    """Drop hits inside a longer hit of another concept (unless ``nested``); drop repeats."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.key))
    kept: list[Match] = []
    for hit in hits:
        if not nested and any(k.start <= hit.start and hit.end <= k.end and (k.end - k.start) > (hit.end - hit.start) for k in kept[-8:]):
            continue
        if any(k.start == hit.start and k.end == hit.end and k.key == hit.key for k in kept[-8:]):
            continue
        kept.append(hit)
    return kept


def _trie_regex(labels: dict, *, spaces: bool = True) -> str:
    """One regex for many literal phrases: a character trie, greedy so the longest phrase wins
    (remembered between runs, keyed by the set of labels: ``derived_cache``)."""
    return memoised("trie_regex", key_of(str(spaces), *sorted(labels)), lambda: _trie_regex_built(labels, spaces=spaces),
                    to_json=str, from_json=str)


def _trie_regex_built(labels: dict, *, spaces: bool = True) -> str:
    trie: dict = {}
    for label in labels:
        node = trie
        for char in label:
            node = node.setdefault(char, {})
        node[""] = True
    depths: dict[int, int] = {}

    def depth(node: dict) -> int:
        found = depths.get(id(node))
        if found is None:
            found = depths[id(node)] = 1 + max((depth(c) for k, c in node.items() if k != ""), default=0)
        return found

    def emit(node: dict) -> str:
        ends_here = "" in node
        branches = []
        # deeper branches first (the longest phrase wins), ties by character: the regex does not depend
        # on the order labels come in (a set's order differs between processes), so it can be remembered
        for char in sorted((c for c in node if c != ""), key=lambda c: (-depth(node[c]), c)):
            piece = r"\s+" if char == " " and spaces else re.escape(char)
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return emit(trie)


# --- loading ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def concepts() -> dict[str, dict[str, Concept]]:
    """Every concept by field and key, read from the Turtle vocabulary (the only source)."""
    labels: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    patterns: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    parents: dict[tuple[str, str], list[str]] = defaultdict(list)
    _read_turtle(labels, patterns, parents)
    result: dict[str, dict[str, Concept]] = {field: {} for field in FIELDS}
    for field, key in set(labels) | set(patterns) | set(parents):
        result[field][key] = Concept(
            field=field,
            key=key,
            labels={lang: tuple(v) for lang, v in labels[(field, key)].items()},
            patterns={lang: tuple(v) for lang, v in patterns[(field, key)].items()},
            broader=tuple(parents[(field, key)]),
        )
    return result


def _read_turtle(labels, patterns, parents) -> None:
    """Fill the three maps from ``ontology/vocab/*.ttl``, parsed by pyoxigraph (~30x faster than
    rdflib here, and every ingest process reads these files at start-up)."""
    import pyoxigraph as ox

    folder = resources.files("policykg.ontology") / "vocab"
    label_properties = {str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.hiddenLabel)}
    rdf_type, concept_type = str(RDF.type), str(SKOS.Concept)
    notation, broader, match_pattern = str(SKOS.notation), str(SKOS.broader), str(PKG.matchPattern)
    is_concept: set[str] = set()
    notations: dict[str, str] = {}
    literals: list[tuple[str, str, str, str | None]] = []  # subject, property, text, language
    broader_links: list[tuple[str, str]] = []
    items = sorted(folder.iterdir(), key=lambda p: p.name) if folder.is_dir() else []
    for item in items:
        if not item.name.endswith(".ttl"):
            continue
        try:
            triples = list(ox.parse(item.read_bytes(), format=ox.RdfFormat.TURTLE, base_iri=Path(str(item)).as_uri()))
        except (SyntaxError, ValueError) as error:
            raise IngestError(str(item), f"cannot parse the vocabulary ({error}); fix the Turtle") from error
        for triple in triples:
            subject, predicate, obj = triple.subject, triple.predicate.value, triple.object
            if not isinstance(subject, ox.NamedNode):
                continue
            if predicate == rdf_type and isinstance(obj, ox.NamedNode) and obj.value == concept_type:
                is_concept.add(subject.value)
            elif predicate == notation and isinstance(obj, ox.Literal):
                notations.setdefault(subject.value, obj.value)
            elif predicate == broader and isinstance(obj, ox.NamedNode):
                broader_links.append((subject.value, obj.value))
            elif (predicate in label_properties or predicate == match_pattern) and isinstance(obj, ox.Literal):
                literals.append((subject.value, predicate, obj.value, obj.language))
    field_by_segment = {seg: field for field, seg in SEGMENT_BY_FIELD.items()}

    def locate(iri: str) -> tuple[str, str] | None:
        if not iri.startswith(str(VOCAB)):
            return None
        segment, _, key = iri[len(str(VOCAB)):].partition("/")
        field = field_by_segment.get(segment)
        return (field, key) if field and key else None

    def where(iri: str) -> tuple[str, str] | None:
        """(field, key) of a concept of the vocabulary, the key from its skos:notation if any."""
        found = locate(iri) if iri in is_concept else None
        return (found[0], notations.get(iri, found[1])) if found else None

    for subject, predicate, text, language in literals:
        place = where(subject)
        if place is not None:
            target = patterns if predicate == match_pattern else labels
            for lang in _langs(language):
                target[place][lang].append(text)
    for child, parent in broader_links:
        place, up = where(child), locate(parent)
        if place is not None and up is not None and up[0] == place[0]:
            parents[place].append(notations.get(parent, up[1]))


def _langs(tag: str | None) -> tuple[str, ...]:
    """A literal without language tag applies to every language; zh-Hans counts as zh."""
    return LANGUAGES if not tag else (tag.split("-")[0].lower(),)


@lru_cache(maxsize=None)
def matcher_for(field: str, language: str) -> Matcher:
    """The compiled matcher for one policy-facts/1 field in one language (cached)."""
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}; use one of {', '.join(FIELDS)}")
    return Matcher(field, language, list(concepts()[field].values()))


# --- hierarchy -------------------------------------------------------------------------------


def broader(field: str, key: str) -> tuple[str, ...]:
    """Direct parents of a concept (``skos:broader``), as keys."""
    concept = concepts()[field].get(key)
    return concept.broader if concept else ()


def ancestors(field: str, key: str) -> tuple[str, ...]:
    """Every concept above ``key``, nearest first, without repeats."""
    seen: list[str] = []
    frontier = list(broader(field, key))
    while frontier:
        up = frontier.pop(0)
        if up not in seen and up != key:
            seen.append(up)
            frontier.extend(broader(field, up))
    return tuple(seen)


def descendants(field: str, key: str) -> tuple[str, ...]:
    """Every concept below ``key``."""
    return tuple(k for k in concepts()[field] if key in ancestors(field, k))


def narrowest(field: str, keys: list[str] | tuple[str, ...]) -> list[str]:
    """Keep only keys that are not an ancestor of another key in the list (order kept)."""
    unique = list(dict.fromkeys(keys))
    covered = {up for key in unique for up in ancestors(field, key)}
    return [key for key in unique if key not in covered]
