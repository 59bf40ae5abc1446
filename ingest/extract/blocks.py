"""Language blocks: a page that gives the whole policy twice, in two languages, one after the other.

Scraped app policies often hold an English text followed by its Spanish (or Chinese, Russian ...)
translation. The document language is one guess for the whole page, so one half was read with the
other language's lexicon and said almost nothing. A linguist reads each half in its own language:
the segments are cut into contiguous blocks by a cheap per-segment guess (script, then the function
words each language cannot do without), and a block only stands when it is long (a Spanish address
or a quoted law name in an English policy is no block).

Only languages with a lexicon are told apart; the check costs one split of the text per document,
and a page whose minority language has few function words is left whole without looking further.
"""
from __future__ import annotations

import re

from policykg.ingest.model import Segment

__all__ = ["language_blocks", "main_language", "segment_language", "renumber", "MIN_BLOCK_CHARS"]

# function words of the Latin-script languages with a lexicon; none is a word of the others
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to you your we our with is are for this that will be or by from which any".split()),
    "es": frozenset("el la los las del que y con para por su sus tu tus nos nuestra nuestro nuestros una es se lo al".split()),
    "az": frozenset("və bu üçün ilə olan bizim sizin edilir olunur ki da də hər".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")

MIN_BLOCK_CHARS = 1500  # a block shorter than this joins its neighbour
_MIN_BLOCK_SEGMENTS = 8
_MIN_LATIN_WORDS = 15  # "the", "and", "you", ... in a Chinese or Russian page before its segments are looked at
_MIN_SHARE = 0.15  # the minority language's share of function words before segments are looked at


def segment_language(text: str) -> str | None:
    """The language of one segment, or None when it is too short or mixed to tell."""
    han = len(_HAN.findall(text))
    if han >= 8 and han * 2 >= len(text.strip()) * 0.5:
        return "zh"
    cyr = len(_CYRILLIC.findall(text))
    if cyr >= 12 and cyr * 2 >= len(text):
        return "ru"
    counts = _counts(text)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return best if n >= 2 and n >= 2 * second + 1 else None


_WORD_LANGUAGE = {word: lang for lang, words in _FUNCTION_WORDS.items() for word in words}


def _counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in _WORD.findall(text.lower()):
        lang = _WORD_LANGUAGE.get(word)
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    return counts


# a few of the commonest function words, space-padded, for the whole-page check (each str.count is one C scan
# of the page, ~20 µs on an average policy: the check stays far below 1 % of extraction)
_PADDED = {lang: tuple(f" {w} " for w in words) for lang, words in {
    "en": ("the", "and", "you"),
    "es": ("que", "los", "del"),
    "az": ("və", "üçün", "ilə"),
}.items()}
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u4e00-\u9fff]")


def _mixed(text: str, language: str) -> bool:
    """Cheap whole-text check: does another lexicon language carry a real share of the page?"""
    if len(text) < 2 * MIN_BLOCK_CHARS:
        # a short page translated paragraph by paragraph: Chinese says in a third of the letters what English says,
        # so a sixth of the page in Han characters is half of what it says
        return language != "zh" and len(text) >= MIN_BLOCK_CHARS and len(_HAN.findall(text)) * 6 >= len(text)
    if language in ("zh", "ru") or _NON_LATIN.search(text) is not None:  # one scan on a Latin-script page
        if language != "zh" and _HAN.search(text) is not None and len(_HAN.findall(text)) >= MIN_BLOCK_CHARS // 3:
            return True
        if language != "ru" and _CYRILLIC.search(text) is not None and len(_CYRILLIC.findall(text)) >= MIN_BLOCK_CHARS:
            return True
    low = text.lower()
    counts = {lang: sum(low.count(word) for word in words) for lang, words in _PADDED.items()}  # str.count: C speed
    total = sum(counts.values())
    if language in ("zh", "ru"):
        return total >= _MIN_LATIN_WORDS  # function words of a Latin-script block
    return total > 0 and (total - counts.get(language, 0)) / total >= _MIN_SHARE


def language_blocks(text: str, segments: tuple[Segment, ...], language: str) -> list[tuple[str, int, int]]:
    """Contiguous (language, first segment, end segment) blocks; one block for a one-language page."""
    whole = [(language, 0, len(segments))]
    if not segments or not _mixed(text, language):
        return whole
    runs: list[list] = []  # [language, first, end, chars]
    first_guess: str | None = None  # the language of the first segment that tells one
    for n, segment in enumerate(segments):
        guess = segment_language(segment.text)
        first_guess = first_guess or guess
        if runs and (guess is None or guess == runs[-1][0]):
            runs[-1][2] = n + 1
            runs[-1][3] += len(segment.text)
        else:
            runs.append([guess or language, n, n + 1, len(segment.text)])
    # short runs (a line, a name, a quoted title) belong to the block around them
    merged: list[list] = []
    for run in runs:
        small = run[3] < MIN_BLOCK_CHARS or run[2] - run[1] < _MIN_BLOCK_SEGMENTS
        if merged and (small or merged[-1][0] == run[0]):
            merged[-1][2], merged[-1][3] = run[2], merged[-1][3] + run[3]
        else:
            merged.append(list(run))
    if merged and len(merged) > 1 and (merged[0][3] < MIN_BLOCK_CHARS or merged[0][2] - merged[0][1] < _MIN_BLOCK_SEGMENTS):
        merged[1][1], merged[1][3] = merged[0][1], merged[1][3] + merged[0][3]
        merged.pop(0)
    blocks: list[list] = []
    for run in merged:  # neighbours that came out in the same language after merging are one block
        if blocks and blocks[-1][0] == run[0]:
            blocks[-1][2] = run[2]
        else:
            blocks.append(run)
    if len(blocks) < 2:
        lead = _interleaved_lead(runs, first_guess)
        return [(lead, 0, len(segments))] if lead is not None else whole
    return [(lang, a, b) for lang, a, b, _ in blocks]


INTERLEAVED_RUNS = 3  # runs of each language, alternating, that make a page translated paragraph by paragraph


def _interleaved_lead(runs: list[list], first_guess: str | None) -> str | None:  # type: ignore[type-arg]
    """The original language of a page translated paragraph by paragraph ("一、收集的信息 …" then "1. Information we
    collect …", again and again): each translation follows its original, so the language that leads the pairs is the
    page's, however long the translations run (English says in more letters what Chinese says in fewer). None
    unless two languages alternate, each in several runs."""
    counts: dict[str, int] = {}
    for run in runs:
        counts[run[0]] = counts.get(run[0], 0) + 1
    if len(counts) != 2 or min(counts.values()) < INTERLEAVED_RUNS or first_guess not in counts:
        return None
    return first_guess


def main_language(blocks: list[tuple[str, int, int]]) -> str:
    """The language a page in several blocks is written in: the block with the most segments.

    The document language is guessed from letters, and one Han character says as much as several Latin
    letters, so a Chinese policy followed by its English translation counts as English by letters.
    A reader goes by how much each block says: the block with the most segments, the first on a tie (a
    translation follows its original).
    """
    best = max(blocks, key=lambda block: (block[2] - block[1], -block[1]))
    return best[0]


def renumber(segments: tuple[Segment, ...], first: int, end: int) -> tuple[Segment, ...]:
    """The segments of one block, indices from 0 and parents outside the block dropped."""
    out = []
    for n, segment in enumerate(segments[first:end]):
        parent = segment.parent - first if segment.parent is not None and first <= segment.parent < end else None
        out.append(Segment(segment.start, segment.end, segment.text, segment.kind, n, segment.heading, parent))
    return tuple(out)
