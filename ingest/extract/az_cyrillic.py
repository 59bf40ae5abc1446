"""Azerbaijani written in Cyrillic (the 1940-1991 alphabet, still in older texts and copied sections).

The az lexicons are Latin. A segment of an az document that uses a letter only Azerbaijani Cyrillic has
(ә ҝ ј һ ү ө ғ ҹ) is read through a one-to-one letter map to the Latin alphabet, so "3 ил сахланылыр" is
matched as "3 il saxlanılır" while every offset (and so every evidence span) stays where it was.
Russian segments of the same page have none of these letters and are left to their own lexicon.
"""
from __future__ import annotations

from dataclasses import replace

from policykg.ingest.model import Document, Segment

__all__ = ["latinise_az"]

# letters only Azerbaijani Cyrillic uses: the literal gate of the whole step
_MARKERS = "әӘҝҜјЈһҺүҮөӨғҒҹҸ"
_UPPER = dict(zip("АБВГҒДЕӘЖЗИЈКҜЛМНОӨПРСТУҮФХҺЧҸШЫЭЮЯЁЙЦЩЬЪ",
                  "ABVQĞDEƏJZİYKGLMNOÖPRSTUÜFXHÇCŞIEUAOYSŞ''"))
_LOWER = dict(zip("абвгғдеәжзијкҝлмнoөпрстуүфхһчҹшыэюяёйцщьъ",
                  "abvqğdeəjziykglmnoöprstuüfxhçcşıeuaoysş''"))
_LOWER["о"] = "o"
_TABLE = str.maketrans({**_UPPER, **_LOWER})


def _latin(text: str) -> str:
    out = text.translate(_TABLE)
    return out if len(out) == len(text) else text  # never move an offset


def latinise_az(document: Document, segments: tuple[Segment, ...]) -> tuple[Document, tuple[Segment, ...]]:
    """The document and segments with az-Cyrillic segments (and headings) in Latin letters; unchanged
    (the same objects) when the language is not az or no such letter occurs."""
    text = document.text
    if document.language != "az" or not any(ch in text for ch in _MARKERS):
        return document, segments
    chars = list(text)
    out: list[Segment] = []
    for seg in segments:
        new_text = seg.text
        if any(ch in seg.text for ch in _MARKERS):
            new_text = _latin(seg.text)
            chars[seg.start:seg.end] = new_text
        heading = seg.heading
        if heading is not None and any(ch in heading for ch in _MARKERS):
            heading = _latin(heading)
        out.append(seg if (new_text is seg.text and heading is seg.heading) else replace(seg, text=new_text, heading=heading))
    return replace(document, text="".join(chars)), tuple(out)
