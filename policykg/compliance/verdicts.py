"""A verdict on one requirement for one policy (policy-findings/1), and the helpers checks share."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from policykg.compliance.text import Sentence

VERDICTS = ("contravention", "omission", "met", "not-applicable", "review")
ADVERSE = ("contravention", "omission")
MAX_QUOTES = 6  # met: enough to show it
MAX_ADVERSE_QUOTES = 10  # a contravention quotes every sentence that shows it, up to this many


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str
    quotes: tuple[Sentence, ...] = ()

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")
        if self.verdict == "met" and not self.quotes:
            raise ValueError("a 'met' verdict needs a quote that shows it")


# A list item's separator or a Chinese sentence's final stop belongs to the list or the paragraph, not to the
# statement quoted: "... 电子邮箱地址等；" is quoted as "... 电子邮箱地址等". The quote stays verbatim (a
# substring of the text) and its offsets still point at it.
_TRAILING = re.compile(r"[\s；;，,、：:]+$")  # not ".": "etc." and "Ltd." keep theirs
# A sentence's own full stop stays: a quote is matched by containment, and a reader who copies the whole sentence
# copies its "。" too ("…以验证实名身份。" is not contained in "…以验证实名身份"); a quote that keeps it still
# contains any shorter part of the sentence.
# What a list marker leaves at the start ("14）、当您使用…" quoted as "、当您使用…") is no part of the statement.
_LEADING_MARK = re.compile(r"^[、，,；;）)．]+\s*")


# A title run into the sentence it heads, where a web page lost its line breaks ("G. INTERNATIONAL USERS Your
# Personal Information may be stored ..."), or italic sub-titles left before it ("_设备信息_我们会收集…"), is no
# part of the statement: the quote starts after it. Two capitalised words at least, so "EU law" stays.
_LEADING_TITLE = re.compile(r"^(?:[A-Z0-9]{1,3}[.)]\s+)?(?:[A-Z][A-Z'’&/-]+,?\s+){2,10}(?=[A-Z][a-z])"
                            r"|^(?:_[^_\n。，,；;：:]{1,20}_)+(?=\S)|^_(?=[^_\s])")


# Markdown emphasis left open at a quote's edge ("**如果不同意…停止使用华图在线。" where the bold ran on from the line
# before, "…来处理。**") is markup, no word of the statement: the quote starts and ends at the words.
_EDGE_EMPHASIS_LEAD = re.compile(r"^(?:\*{1,3}\s*)+")
_EDGE_EMPHASIS_TRAIL = re.compile(r"(?:\s*\*{1,3})+$")


_WORD = re.compile(r"[^\W_]")


def trimmed(s: Sentence) -> Sentence:
    """The sentence without its trailing separator or full stop, nor a title run into its start (unchanged if
    nothing, or too little, would be left)."""
    m = _EDGE_EMPHASIS_TRAIL.search(s.text)
    if m and m.start() >= 15:
        s = replace(s, text=s.text[:m.start()], end=s.end - (len(s.text) - m.start()))
    m = _EDGE_EMPHASIS_LEAD.match(s.text)
    if m and len(s.text) - m.end() >= 15:
        s = replace(s, text=s.text[m.end():], start=s.start + m.end())
    m = _TRAILING.search(s.text)
    if m and m.start() > 0:
        s = replace(s, text=s.text[:m.start()], end=s.end - (len(s.text) - m.start()))
    m = _LEADING_MARK.match(s.text)
    if m and len(s.text) - m.end() >= 15:
        s = replace(s, text=s.text[m.end():], start=s.start + m.end())
    lead = _LEADING_TITLE.match(s.text)
    if lead and len(s.text) - lead.end() >= 15:
        s = replace(s, text=s.text[lead.end():], start=s.start + lead.end())
    return s


def verdict(kind: str, reason: str, quotes=()) -> Verdict:
    """A verdict with at most MAX_QUOTES distinct quotes, strongest first as the check lists them
    (headings never quoted)."""
    seen: dict[int, Sentence] = {}
    for s in quotes:
        # a piece with no word in it (a line of bold markers "**" the segmenter kept) shows nothing
        if not s.heading and _WORD.search(s.text):
            seen.setdefault(s.index, s)
    limit = MAX_ADVERSE_QUOTES if kind == "contravention" else MAX_QUOTES
    chosen = tuple(trimmed(s) for s in tuple(seen.values())[:limit])  # in the order the check ranked them
    if kind == "met" and not chosen:
        return Verdict("review", reason + " (no sentence could be quoted to show it, so it is left for review)")
    return Verdict(kind, reason, chosen)
