"""The conjunctions that join the last entry of a list to the others ("…; and (e) other purposes", "y (e) otros fines",
"и д) иные цели", "və ya (e) digər məqsədlər", "以及（五）其他目的"), per language.

One source of truth for the two readers of such lists: the segmenter, which keeps a line opened by a conjunction and
a marker an item of the list it closes (``segment._item_after_conjunction``), and the compliance text, which keeps an
inline case opened so under the intro of its enumeration (``policykg.compliance.text._CASE_LEAD``). A word missing
here is missing for both.
"""
from __future__ import annotations

import re

__all__ = ["LIST_CONJUNCTIONS", "SPACELESS", "conjunction_lead"]

# the words, as written before the last entry's marker
LIST_CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and", "or"),
    "es": ("y", "e", "o", "u"),
    "ru": ("и", "или", "либо", "а также"),
    "az": ("və", "və ya", "yaxud", "ya da", "habelə"),
    "zh": ("以及", "及", "和", "或", "或者"),
}
# languages written without a space between the conjunction and the marker ("以及（五）")
SPACELESS = frozenset({"zh"})


def conjunction_lead(space: str = r"[ \t]+", *, spaced_before: str = "") -> str:
    """The regex source of a conjunction opening a list entry: a word of a spaced language (any case) then ``space``
    and ``spaced_before`` (a lookahead the caller may ask for, such as ``(?=[(（])``), or a word of a language written
    without spaces. Longer words come first, so that "və ya (e)" is read as "və ya", not "və" then "ya (e)"."""
    spaced = sorted({w for lang, words in LIST_CONJUNCTIONS.items() if lang not in SPACELESS for w in words},
                    key=lambda w: (-len(w), w))
    bare = sorted({w for lang in SPACELESS for w in LIST_CONJUNCTIONS[lang]}, key=lambda w: (-len(w), w))
    words = "|".join(re.escape(w).replace(r"\ ", " ") for w in spaced)
    return f"(?:(?i:{words}){space}{spaced_before}|(?:{'|'.join(map(re.escape, bare))})[ \\t]*)"
