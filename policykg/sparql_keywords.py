"""Find SPARQL keywords and bracket nesting in untrusted query text without a full parse.

Strings, IRIs, comments, variables (``?service``) and prefixed names (``ex:from``) are consumed
whole, so a keyword or bracket inside them does not count. The token rules follow Oxigraph's
lexer, which runs the queries (issue 19 found three places where an earlier version differed):

* a comment ends at LF *or* CR;
* a prefixed name may hold escapes such as ``ex:a\\'`` (PN_LOCAL_ESC), which open no string;
* ``\\uXXXX`` escapes are only read inside strings and IRIs (Oxigraph refuses them elsewhere), so
  they are not applied to the whole text first.

These guards give clear refusals; they are not what stops a query from fetching URLs (the server
and ``policykg query`` run the engine where it cannot open network sockets: ``server.sandbox``).
"""
from __future__ import annotations

import re

_STRING = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
)
_IRI = r'<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>'
_COMMENT = r"\#[^\n\r]*"
_LOCAL_ESCAPE = r"\\[_~.\-!$&'()*+,;=/?\#@%]"
_TOKENS = re.compile(
    _STRING + "|" + _IRI + "|" + _COMMENT
    + r"|[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+"
    + r"|[\w.\-]*:(?:" + _LOCAL_ESCAPE + r"|%[0-9A-Fa-f]{2}|[\w.\-:])*"
    + r"|(?P<word>\b[A-Za-z]+\b)"
    + r"|(?P<open><<|[({\[])|(?P<close>>>|[)}\]])"
    + r"|(?P<stray>\\)",
    re.DOTALL,
)
_OPAQUE = re.compile(f"(?P<string>{_STRING})|{_IRI}|(?P<comment>{_COMMENT})", re.DOTALL)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape_codepoints(sparql: str) -> str:
    r"""Apply SPARQL's ``\uXXXX`` / ``\UXXXXXXXX`` escapes (to a string's or an IRI's text)."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _CODEPOINT.sub(replace, sparql)


def keywords_in(sparql: str, wanted: frozenset[str]) -> set[str]:
    """The upper-cased keywords of ``wanted`` that occur as keywords in ``sparql``."""
    found: set[str] = set()
    for match in _TOKENS.finditer(sparql):
        word = match.group("word")
        if word and word.upper() in wanted:
            found.add(word.upper())
    return found


def stray_escape(sparql: str) -> int | None:
    r"""Offset of the first backslash outside strings, IRIs, comments and prefixed-name escapes, or None.

    Oxigraph refuses such text, but the SPARQL text says ``\uXXXX`` escapes apply before parsing:
    a reader that did so would see ``\u0053ERVICE`` as SERVICE. Refusing it keeps both readings equal.
    """
    for match in _TOKENS.finditer(sparql):
        if match.group("stray"):
            return match.start()
    return None


# Deepest bracket nesting a query may have. pyoxigraph's parser recurses per level: it crashes
# (SIGSEGV, stack overflow) from a few thousand levels of ( or {, and its time grows steeply with
# nested [ ] or << >> (measured 0.19 s at 40 levels, 5 s at 120, >30 s at 150). The catalogue's
# deepest query has 10.
MAX_NESTING = 40


def nesting_problem(sparql: str) -> str | None:
    """Why ``sparql`` is nested too deeply to parse safely, or None."""
    if nesting_depth(sparql, stop_at=MAX_NESTING + 1) <= MAX_NESTING:
        return None
    return (f"the query nests brackets ( {{ [ << more than {MAX_NESTING} levels deep; the SPARQL parser cannot "
            "handle such nesting safely. Flatten it (e.g. several FILTERs, or VALUES instead of nested expressions)")


def nesting_depth(sparql: str, *, stop_at: int | None = None) -> int:
    """The deepest nesting of ``( { [ <<`` outside strings, IRIs and comments (``stop_at``: give up there)."""
    depth = deepest = 0
    for match in _TOKENS.finditer(sparql):
        if match.group("open"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_at is not None and deepest >= stop_at:
                    return deepest
        elif match.group("close") and depth > 0:
            depth -= 1
    return deepest


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
