"""Language cue lexicons for the scalar-fact extractors, loaded from TOML data.

Cue words (negation, "hereinafter", month names, retention phrases, ...) differ per language,
so they live in ``ingest/lexicon/facts/{lang}.toml``; a new language is a new file, not new code.
Each TOML section holds either lists of regular expressions (compiled once, cached per language)
or plain tables (month names, number words, unit words). A document is matched with the cues of
its own language plus English, because non-English policies often quote English names and dates;
an unknown language ("und") gets every language's cues.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg.ingest.derived_cache import compile_regex, memoised
from policykg.ingest.literal_scan import SubstringSet
from policykg.ingest.vocabulary import canonical_lower, ignorecase_gate

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon" / "facts"
# a cue regex is gated by up to this many substrings: ``in`` tests of 40 short substrings over a
# sentence cost ~2 us, a search of a long case-insensitive alternation 10-40 us (most sentences fail the gate)
MAX_GATE_LITERALS = 40
FALLBACK_LANGUAGE = "en"


class LexiconError(Exception):
    """A cue lexicon file is missing or malformed; the message names the file and the fix."""


@lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """Languages with a cue file, e.g. ('az', 'en', 'es', 'ru', 'zh')."""
    if not LEXICON_DIR.is_dir():
        raise LexiconError(f"{LEXICON_DIR}: cue lexicon folder is missing; reinstall policykg")
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml")))


@lru_cache(maxsize=None)
def _load_raw(language: str) -> dict[str, Any]:
    path = LEXICON_DIR / f"{language}.toml"
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: not valid TOML ({error}); fix the file") from error


@dataclass(frozen=True, eq=False)  # identity equality: cached per language, holds caches
class Cues:
    """Compiled cues for one document language (its own lexicon merged with the fallbacks)."""

    languages: tuple[str, ...]
    _lists: Mapping[str, tuple[str, ...]] = field(repr=False)
    _tables: Mapping[str, Mapping[str, Any]] = field(repr=False)
    _case_sensitive: frozenset[str] = field(repr=False)
    _compiled: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict, repr=False)
    _combined: dict[str, re.Pattern[str] | None] = field(default_factory=dict, repr=False)
    _gates: dict[tuple[str, str], re.Pattern[str] | None] = field(default_factory=dict, repr=False)
    _gate_sets: dict[tuple[str, str], frozenset[str] | None] = field(default_factory=dict, repr=False)
    _present: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _gate_scan: list[SubstringSet] = field(default_factory=list, repr=False)
    _literal_gates: dict[str, tuple[str, ...] | None] = field(default_factory=dict, repr=False)
    _pattern_gates: dict[str, tuple[tuple[str, ...] | None, ...]] = field(default_factory=dict, repr=False)

    def patterns(self, key: str) -> tuple[re.Pattern[str], ...]:
        """Each regex of ``section.name`` compiled on its own (use when they carry named groups)."""
        found = self._compiled.get(key)
        if found is None:
            flags = 0 if key.split(".")[0] in self._case_sensitive else re.IGNORECASE
            found = tuple(compile_regex(p, flags) for p in self._lists.get(key, ()))
            self._compiled[key] = found
        return found

    def patterns_in(self, key: str, text: str) -> Iterator[re.Pattern[str]]:
        """The regexes of ``patterns(key)``, in order, less those that cannot match ``text``: a regex
        whose gate substrings (``_literal_gate``) are all absent is skipped without a scan. Why: the
        retention period is looked for in every sentence under a retention heading, most name none."""
        compiled = self.patterns(key)
        gates = self._pattern_gates.get(key)
        if gates is None:
            gates = self._pattern_gates[key] = tuple(self._literal_gate(key, p) for p in compiled)
        canonical: str | None = None
        for regex, gate in zip(compiled, gates):
            if gate is not None:
                if canonical is None:
                    canonical = canonical_lower(text)
                if not any(literal in canonical for literal in gate):
                    continue
            yield regex

    def pattern(self, key: str) -> re.Pattern[str] | None:
        """All regexes of ``section.name`` as one alternation (None when the key has no cues)."""
        if key not in self._combined:
            items = self._lists.get(key, ())
            flags = 0 if key.split(".")[0] in self._case_sensitive else re.IGNORECASE
            self._combined[key] = (
                compile_regex("|".join(_alternative(p) for p in items), flags) if items else None
            )
        return self._combined[key]

    def search(self, key: str, text: str) -> re.Match[str] | None:
        compiled = self.pattern(key)
        if compiled is None:
            return None
        try:
            gate = self._literal_gates[key]
        except KeyError:
            gate = self._literal_gates[key] = self._literal_gate(key, compiled)
        if gate is not None:
            # a substring every match holds is absent: the regex cannot match (most sentences)
            canonical = canonical_lower(text)
            if not any(literal in canonical for literal in gate):
                return None
        return compiled.search(text)

    def finditer(self, key: str, text: str) -> Iterator[re.Match[str]]:
        """Every match of ``section.name`` in a long text (a whole document). A text holding none of
        the cue's gate substrings yields nothing without a regex scan; the lower-cased copy is not
        cached (the per-sentence cache would keep whole documents)."""
        compiled = self.pattern(key)
        if compiled is None:
            return iter(())
        try:
            gate = self._literal_gates[key]
        except KeyError:
            gate = self._literal_gates[key] = self._literal_gate(key, compiled)
        if gate is not None:
            canonical = canonical_lower.__wrapped__(text)
            if not any(literal in canonical for literal in gate):
                return iter(())
        return compiled.finditer(text)

    def _literal_gate(self, key: str, compiled: re.Pattern[str]) -> tuple[str, ...] | None:
        """The few substrings one of which every match of a case-insensitive cue holds (None: none
        certain, too many to test one by one, or a case-sensitive section)."""
        if not compiled.flags & re.IGNORECASE:
            return None
        found = ignorecase_gate(compiled.pattern)
        return tuple(sorted(found)) if found and len(found) <= MAX_GATE_LITERALS else None

    def passes(self, section: str, lowered: str, *, gate: str = "gate") -> bool:
        """Cheap pre-check: does lower-cased text hold one of the section's ``gate`` substrings?

        Gates are plain substrings, tested before any cue regex runs, because most sentences
        are about none of the facts; every section's gates are found in one Aho-Corasick pass
        per text (in C). A section without gates always passes.
        """
        try:
            wanted = self._gate_sets[(section, gate)]
        except KeyError:
            wanted = self._gate_sets[(section, gate)] = self._gate_set(section, gate)
        if wanted is not None:
            # every gate substring of every section found in one scan per text (several
            # extractors ask about the same sentence), then a set test per section; the memo is read
            # here first (asked ~1,700 times per policy, mostly of a sentence already scanned)
            found = self._present.get(lowered)
            return not wanted.isdisjoint(self._gates_in(lowered) if found is None else found)
        try:
            gates = self._gates[(section, gate)]
        except KeyError:
            gates = self._gates[(section, gate)] = _substring_regex(self._lists.get(f"{section}.{gate}", ()))
        # one trie regex of the substrings: the same answer as a loop of ``in`` tests, in C
        return gates is None or gates.search(lowered) is not None

    def _gate_set(self, section: str, gate: str) -> frozenset[str] | None:
        """The section's gate substrings when the shared scan covers them (None: ask the regex)."""
        items = self._lists.get(f"{section}.{gate}", ())
        if not items or not gate.endswith("gate"):
            return None
        return frozenset(g.lower() for g in items)

    def _gates_in(self, lowered: str) -> frozenset[str]:
        """Every gate substring (of all ``*gate`` lists) occurring in ``lowered``, memoised per text."""
        found = self._present.get(lowered)
        if found is None:
            if not self._gate_scan:
                self._gate_scan.append(_gate_scan(self._lists))
            found = self._gate_scan[0].occurring(lowered)
            if len(self._present) >= 8192:  # one document's sentences, and then some
                self._present.clear()
            self._present[lowered] = found
        return found

    def raw(self, key: str) -> tuple[str, ...]:
        """The regex source strings of ``section.name`` (for templates such as ``{LOC}``)."""
        return self._lists.get(key, ())

    def table(self, key: str) -> Mapping[str, Any]:
        """A plain table such as ``dates.months`` merged over the languages (own language first)."""
        return self._tables.get(key, {})


def _substring_regex(gates: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex that matches where any of the (lower-cased) gate substrings occurs; None if none."""
    if not gates:
        return None
    from policykg.ingest.vocabulary import _trie_regex  # a character trie: no linear scan of branches

    return compile_regex(_trie_regex(dict.fromkeys(g.lower() for g in gates), spaces=False))


def _gate_scan(lists: Mapping[str, tuple[str, ...]]) -> SubstringSet:
    """One scan for all gate substrings (of every ``*gate`` list), overlapping ones included."""
    return SubstringSet(g.lower() for key, items in lists.items() if key.split(".", 1)[-1].endswith("gate") for g in items)


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _alternative(item: str) -> str:
    """One regex as a branch of an alternation: named groups dropped, a leading (?i) scoped."""
    item = _NAMED_GROUP.sub("(?:", item)
    if item.startswith("(?i)"):
        return f"(?i:{item[4:]})"
    return f"(?:{item})"


def _merge(languages: tuple[str, ...]) -> Cues:
    lists: dict[str, list[str]] = {}
    tables: dict[str, dict[str, Any]] = {}
    case_sensitive: set[str] = set()
    for language in languages:
        raw = _load_raw(language)
        for section, body in raw.items():
            if not isinstance(body, dict):
                raise LexiconError(
                    f"{LEXICON_DIR / (language + '.toml')}: top-level key '{section}' must be a [section]"
                )
            if body.get("_case_sensitive"):
                case_sensitive.add(section)
            for name, value in body.items():
                if name.startswith("_"):
                    continue
                key = f"{section}.{name}"
                if isinstance(value, list):
                    bucket = lists.setdefault(key, [])
                    bucket.extend(v for v in value if v not in bucket)
                elif isinstance(value, dict):
                    merged = tables.setdefault(key, {})
                    for k, v in value.items():
                        if isinstance(v, list):
                            merged[k.lower()] = list(merged.get(k.lower(), [])) + v
                        else:
                            merged.setdefault(k.lower(), v)
                elif isinstance(value, (str, int, float, bool)):
                    tables.setdefault(section, {}).setdefault(name.lower(), value)
                else:
                    raise LexiconError(
                        f"{LEXICON_DIR / (language + '.toml')}: '{key}' must be a list of regexes, "
                        "a table or a scalar"
                    )
    _check(lists, languages)
    return Cues(
        languages=languages,
        _lists={k: tuple(v) for k, v in lists.items()},
        _tables=tables,
        _case_sensitive=frozenset(case_sensitive),
    )


@lru_cache(maxsize=None)
def _valid(item: str) -> bool:
    """Compile one cue regex once (raises re.error): every language's lexicon is merged with
    English, so the English cues would otherwise be compiled once per language; a regex found to
    compile is remembered between runs (``derived_cache``), so unchanged lexicons are not re-checked."""
    return memoised("valid_regex", item, lambda: re.compile(item) is not None, to_json=bool, from_json=bool)


def _check(lists: Mapping[str, list[str]], languages: tuple[str, ...]) -> None:
    for key, items in lists.items():
        for item in items:
            try:
                _valid(item)
            except re.error as error:
                raise LexiconError(
                    f"{LEXICON_DIR}: cue '{key}' = {item!r} in one of {languages} is not a valid "
                    f"regular expression ({error}); fix the TOML file"
                ) from error


@lru_cache(maxsize=None)
def cues_for(language: str) -> Cues:
    """The cues to use for a document in ``language`` (cached: compile once per process)."""
    known = available_languages()
    primary = (language or "und").split("-")[0].lower()
    if primary in known:
        order = (primary,) + ((FALLBACK_LANGUAGE,) if primary != FALLBACK_LANGUAGE else ())
    else:
        order = (FALLBACK_LANGUAGE,) + tuple(k for k in known if k != FALLBACK_LANGUAGE)
    return _merge(order)


def number_value(cues: Cues, token: str) -> int | None:
    """An integer written as digits, as a number word of the lexicons, or as Chinese numerals (十四)."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    words = cues.table("numbers")
    if token in words:
        return int(words[token])
    if all(char in words for char in token):  # positional numerals: 十四 = 14, 二十 = 20
        total, current = 0, 0
        for char in token:
            value = int(words[char])
            if value >= 10:
                total += (current or 1) * value
                current = 0
            else:
                current = value
        return total + current
    return None
