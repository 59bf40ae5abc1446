"""Find SPARQL keywords in untrusted query text without a full parse.

Strings, IRIs, comments, variables (``?service``) and prefixed names (``ex:from``) are consumed
whole, so a keyword inside them does not count; SPARQL's ``\\uXXXX`` escapes, which the grammar
allows anywhere, are applied first. Used to refuse SERVICE/LOAD and to notice FROM clauses.
"""
from __future__ import annotations

import re

_STRING = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
)
_IRI = r'<[^<>"{}|^`\\\s]*>'
_COMMENT = r"\#[^\n]*"
_TOKENS = re.compile(
    _STRING + "|" + _IRI + "|" + _COMMENT
    + r"|[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+"
    r"|[\w.\-]*:[\w.\-:%\\]*"
    r"|(?P<word>\b[A-Za-z]+\b)",
    re.DOTALL,
)
_OPAQUE = re.compile(f"(?P<string>{_STRING})|{_IRI}|(?P<comment>{_COMMENT})", re.DOTALL)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape_codepoints(sparql: str) -> str:
    r"""Apply SPARQL's ``\uXXXX`` / ``\UXXXXXXXX`` escapes."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _CODEPOINT.sub(replace, sparql)


def keywords_in(sparql: str, wanted: frozenset[str]) -> set[str]:
    """The upper-cased keywords of ``wanted`` that occur as keywords in ``sparql``."""
    text = unescape_codepoints(sparql)
    found: set[str] = set()
    for match in _TOKENS.finditer(text):
        word = match.group("word")
        if word and word.upper() in wanted:
            found.add(word.upper())
    return found


def blank_out(sparql: str, *, strings: bool) -> str:
    """``sparql`` with comments (and, if ``strings``, whole string literals) replaced by spaces.

    Same length, so an offset found in one version holds in the other; IRIs are kept, so a ``#``
    inside ``<...#type>`` is not a comment.
    """
    def blank(match: re.Match[str]) -> str:
        if match.group("comment") or (strings and match.group("string")):
            return " " * len(match.group(0))
        return match.group(0)

    return _OPAQUE.sub(blank, sparql)
