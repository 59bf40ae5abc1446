"""Cue lexicons for the compliance facts, as data (``cues/{lang}.toml``), compiled once per language.

A cue list names a *fact* (``sensitive``, ``deemed_consent``, ``abroad`` ...); each entry is a Python
regular expression matched against one sentence. A policy is read with the cues of its own language
and English (Chinese policies quote English terms and the reverse), falling back to every language
when its language is unknown.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CUE_DIR = Path(__file__).with_name("cues")


def cue_languages() -> tuple[str, ...]:
    """Languages that have a cue file."""
    return tuple(sorted(p.stem for p in CUE_DIR.glob("*.toml")))


# Which sentences a language's cues can match at all: Chinese cues need Han characters, Russian ones
# Cyrillic, the others Latin letters or digits (e-mail addresses and phone numbers). Skipping the rest
# is what keeps ``check`` fast on a large store.
SCRIPT = {
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}
LATIN = re.compile(r"[A-Za-z]{2}|@|\d{3}")
_HAS_CASE = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


def _fold_pattern(pattern: str) -> str | None:
    """A case-insensitive cue rewritten for lower-cased text (literal letters lowered, escapes kept,
    ``(?i:`` dropped), or None when part of it must stay case-sensitive. sre finds literal prefixes fast
    only without IGNORECASE, which makes this the cheapest way to read a large store."""
    wrapped = "(?i" in pattern
    out, i, depth_ci, outside_cased = [], 0, [], False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            j = i + 2
            if pattern[i + 1:i + 2] in ("u", "x", "U"):
                j = i + {"u": 6, "x": 4, "U": 10}[pattern[i + 1]]
            out.append(pattern[i:j])
            i = j
            continue
        if pattern.startswith("(?i:", i):
            out.append("(?:")
            depth_ci.append(1)
            i += 4
            continue
        if ch == "(":
            depth_ci.append(0)
        elif ch == ")" and depth_ci:
            depth_ci.pop()
        if ch.isalpha() and ch != ch.lower() and wrapped and not any(depth_ci):
            outside_cased = True
        out.append(chr(FOLD[ord(ch)]) if ord(ch) in FOLD else ch)
        i += 1
    if wrapped and outside_cased:
        return None
    return "".join(out)


def _flags(pattern: str) -> int:
    """IGNORECASE for a cue with cased letters, unless it sets its own case flags with ``(?i:...)`` (then
    its other parts, such as a capital letter starting a company name, stay case-sensitive)."""
    if "(?i" in pattern or not _HAS_CASE.search(re.sub(r"\\[a-zA-Z]", "", pattern)):
        return 0
    return re.IGNORECASE


def script_of(lang: str) -> re.Pattern[str]:
    """The pattern a sentence must match for ``lang``'s cues to be tried on it."""
    return SCRIPT.get(lang, LATIN)


@dataclass(frozen=True)
class Cue:
    """One compiled cue and whether it reads the lower-cased text (``folded``) or the text as written.

    ``gate``: substrings one of which the text the cue reads (folded or as written) must hold for it to
    match, or None when that is not certain; ``anchored``: the cue uses ``^``/``$`` and must be tried
    sentence by sentence. Both are worked out once, when the cue is compiled."""

    pattern: re.Pattern[str]
    folded: bool
    gate: tuple[str, ...] | None = field(default=None, compare=False)
    anchored: bool = field(default=False, compare=False)

    def search(self, text: str, lowered: str | None = None, pos: int = 0):
        return self.pattern.search(lowered if self.folded and lowered is not None else (_folded(text) if self.folded else text), pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``text``, read folded or as written as the cue asks (offsets are the same)."""
        return self.pattern.finditer(_folded(text) if self.folded else text)


_LEADING_BOUNDARY = re.compile(r"^((?:\(\?:)?)\\b([a-z0-9\u00e0-\u024f\u0400-\u04ff ]{3,})(?![?*+{])")


def _literal_first(pattern: str) -> str:
    """``\\bword...`` rewritten as ``word(?<=\\bword)...``: the same matches, but sre can then skip ahead to
    the literal instead of trying every position (a cue that starts with ``\\b`` scans about fifteen times
    slower). Only a plain lower-case run after a leading ``\\b`` (outside any alternation) is moved."""
    m = _LEADING_BOUNDARY.match(pattern)
    if not m:
        return pattern
    group, literal = m.group(1), m.group(2).rstrip(" ")
    if len(literal) < 3:
        return pattern
    rest = pattern[m.start(2) + len(literal):]
    if group and not _single_branch(pattern):
        return pattern
    return f"{group}{literal}(?<=\\b{literal}){rest}"


def _single_branch(pattern: str) -> bool:
    """Whether a pattern that opens with ``(?:`` has no ``|`` at that group's own level."""
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: skip to its end
            j = i + 1
            if j < len(pattern) and pattern[j] == "^":
                j += 1
            if j < len(pattern) and pattern[j] == "]":
                j += 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth <= 1:
            return False
        i += 1
    return True


# The checks read the text with the full stops of mid-sentence legal forms masked ("X Pte\u2024 Ltd\u2024 in Singapore",
# ``mask_legal_form_dots``), so that windows such as "[^.]{0,60}" read on over them: a cue that asks for a full stop
# ("Co\\.,? Ltd", "e\\.g\\.") takes the masked one too.
_LEADER = "\u2024"


def _dot_takes_leader(source: str) -> str:
    """``source`` with every full stop it matches literally (``\\.``, or ``.`` in a class that is not negated) also
    matching the masked dot; a negated class (``[^.]``) is left as it is, so the window passes the masked dot."""
    if "." not in source:
        return source
    out, i, n = [], 0, len(source)
    in_class = negated = False
    while i < n:
        ch = source[i]
        if ch == "\\" and i + 1 < n:
            pair = source[i:i + 2]
            if pair == "\\.":
                out.append(pair + _LEADER if in_class and not negated else pair if in_class else "[." + _LEADER + "]")
            else:
                out.append(pair)
            i += 2
            continue
        if in_class:
            if ch == "]" and source[i - 1] != "[" and not (negated and source[i - 2:i] == "[^"):
                in_class = False
            elif ch == "." and not negated:
                out.append("." + _LEADER)
                i += 1
                continue
        elif ch == "[":
            in_class, negated = True, source[i + 1:i + 2] == "^"
        out.append(ch)
        i += 1
    return "".join(out)


def _cue(source: str) -> Cue:
    source = _dot_takes_leader(source)
    flags = _flags(source)
    if flags or "(?i" in source:
        folded = _fold_pattern(source)
        if folded is not None:
            compiled = _literal_first(folded)
            return Cue(re.compile(compiled), True, _gate(compiled), _anchored(compiled))
    return Cue(re.compile(source, flags), False, None if flags else _gate(source), _anchored(source))


_ANCHOR = re.compile(r"(?<!\\)[$^](?![^\[]*\])")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]")
_CODED_CHAR = re.compile(r"\\[uUxN0-9]")
_ESCAPE = re.compile(r"\\.", re.DOTALL)


def _anchored(source: str) -> bool:
    """Whether a cue is anchored to the start or end of its text (``^``/``$`` outside a class)."""
    return bool(_ANCHOR.search(source))


def _gate(source: str) -> tuple[str, ...] | None:
    """The literals one of which every match of the case-sensitive regex ``source`` holds as written (None
    when unsure: inline flags, or a literal that is not lower case, which the shared reader does not keep
    as written)."""
    from policykg.ingest.vocabulary import gate_literals  # the same reader ingest gates its cues with

    # the reader lower-cases what it reads: a gate is exact only when every literal is written in lower case
    # (no capital letter outside an escape such as \\S, no character written as a code)
    if _INLINE_FLAGS.search(source) or _CODED_CHAR.search(source) or _has_capital(_ESCAPE.sub("", source)):
        return None
    found = gate_literals(source)
    return tuple(sorted(found, key=lambda lit: (-len(lit), lit))) if found else None


def _has_capital(text: str) -> bool:
    return any(ch != ch.lower() for ch in text)


@lru_cache(maxsize=16384)
def _folded(text: str) -> str:
    """``fold(text)``, remembered: the checks try many cues on the same sentence."""
    return text.translate(FOLD)


# str.lower() may lengthen a character (Turkish/Azerbaijani İ becomes two); offsets must not move, so
# folding maps every character to exactly one.
FOLD = {c: ord(chr(c).lower()) for c in range(0x10000) if chr(c).lower() != chr(c) and len(chr(c).lower()) == 1}
FOLD[0x130] = ord("i")
# Spelling variants that change no meaning read alike: Russian ё is mostly written е ("несёт", "несет"),
# and a typographic apostrophe ("don’t") is the typewriter one cues are written with.
FOLD.update({0x451: ord("е"), 0x401: ord("е"), 0x2019: ord("'"), 0x2018: ord("'"), 0x2bc: ord("'")})


def fold(text: str) -> str:
    """Lower-case ``text`` character for character (same length, same offsets)."""
    return text.translate(FOLD)


@lru_cache(maxsize=None)
def _language_cues(lang: str) -> dict[str, tuple[Cue, ...]]:
    """Each cue compiled on its own: a cue that starts with a literal is then found by a fast scan, and
    a cue with no cased letters (most Chinese ones) is compiled without IGNORECASE, which would slow it."""
    path = CUE_DIR / f"{lang}.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
    for fact, patterns in data.items():
        if not isinstance(patterns, list) or not patterns:
            continue
        try:
            compiled[fact] = tuple(_cue(p) for p in patterns)
        except re.error as error:  # a broken cue is a packaging error: say which
            raise ValueError(f"{path}: cue list {fact!r} does not compile: {error}") from error
    return compiled


def languages_for(lang: str) -> tuple[str, ...]:
    """The cue languages read for a policy in ``lang``: its own and English (Chinese for English)."""
    if lang == "en":
        return ("en", "zh")
    if lang in cue_languages():
        return (lang, "en")
    return cue_languages()


@lru_cache(maxsize=None)
def cues_by_language(lang: str) -> tuple[tuple[str, dict[str, tuple[Cue, ...]]], ...]:
    """(cue language, fact -> patterns) for each language read for a policy in ``lang``."""
    return tuple((code, _language_cues(code)) for code in languages_for(lang))


@lru_cache(maxsize=None)
def cues_for(lang: str) -> dict[str, tuple[Cue, ...]]:
    """Fact -> every cue to try for a policy in ``lang`` (all languages read for it, merged)."""
    merged: dict[str, list[Cue]] = {}
    for _code, cues in cues_by_language(lang):
        for fact, patterns in cues.items():
            merged.setdefault(fact, []).extend(patterns)
    return {fact: tuple(patterns) for fact, patterns in merged.items()}
