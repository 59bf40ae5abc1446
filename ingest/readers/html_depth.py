"""Bound the element nesting of an HTML page before it reaches the parser.

Why: an HTML tree builder checks the stack of open elements at every start tag ("is a <p> in
button scope?"), so a page of N nested elements costs O(N^2): 110 KB of nested <nav> took 13 s,
1.1 MB of nested <div> minutes. Browsers cap the depth for the same reason (Chromium: 512).
This pass walks the tags once, keeping a model of the open elements; a start tag that would
nest deeper than ``MAX_DEPTH`` is dropped together with its end tag, so its text joins its
parent's. The model follows the HTML rules that matter for depth (void elements, raw-text
elements, comments, implied ends of p/li/dd/dt/option/tr/td/th); where it is wrong it only
misjudges how deep a tag sits, never loses text.
"""
from __future__ import annotations

import re

__all__ = ["MAX_DEPTH", "limit_depth"]

MAX_DEPTH = 512

_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr basefont bgsound frame".split())
_RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes noscript plaintext".split())
# A start tag of the key closes an open element of the same name (HTML "implied end tags").
_SELF_CLOSING_SIBLINGS = frozenset("p li dt dd option optgroup tr td th rb rt rp".split())
# Start tags that close an open <p> (a paragraph cannot hold blocks).
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul".split()
)
_TOKEN_RE = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment (an unclosed one runs to the end, as in browsers)
    r"|<![^>]*>?"  # doctype, CDATA, bogus comment
    r"|<(/?)([A-Za-z][^\s/>]*)([^>]*)>",  # start or end tag with its attributes (a quoted ">" ends it early: harmless here)
    re.DOTALL,
)


def limit_depth(html: str, *, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with every element deeper than ``max_depth`` unwrapped (tags dropped, text kept).

    Linear in the length of the page; a page with fewer start tags than ``max_depth`` is returned
    as it is without a walk.
    """
    if html.count("<") <= max_depth:
        return html
    stack: list[str] = []
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}  # end tags still to drop, per name
    out: list[str] = []
    keep_from = 0
    position = 0
    # Searching only up to the last ">" means every "<tag" matches at its first attempt: no rescans.
    end = html.rfind(">") + 1
    while True:
        match = _TOKEN_RE.search(html, position, end)
        if match is None:
            break
        position = match.end()
        name = match.group(2)
        if name is None:  # comment or doctype
            continue
        name = name.lower()
        if match.group(1):  # end tag
            if dropped.get(name):
                dropped[name] -= 1
                out.append(html[keep_from:match.start()])
                keep_from = match.end()
            elif open_count.get(name):
                _pop_to(name, stack, open_count)
            continue
        if name in _SELF_CLOSING_SIBLINGS and open_count.get(name):
            _pop_to(name, stack, open_count)
        elif name in _CLOSES_P and open_count.get("p"):
            _pop_to("p", stack, open_count)
        if name in _RAW_TEXT:
            closing = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE).search(html, position)
            position = closing.end() if closing else len(html)
            continue
        if name in _VOID or match.group(3).rstrip().endswith("/"):
            continue
        if len(stack) >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            out.append(html[keep_from:match.start()])
            keep_from = match.end()
            continue
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
    if not out:
        return html
    out.append(html[keep_from:])
    return "".join(out)


def _pop_to(name: str, stack: list[str], open_count: dict[str, int]) -> None:
    """Close the innermost open ``name`` and everything opened inside it (amortised O(1) per tag)."""
    while stack:
        top = stack.pop()
        open_count[top] -= 1
        if top == name:
            return
