"""Re-anchoring a quoted passage in a (possibly changed) text: position, exact, then fuzzy search.

Order (as Hypothesis does, with a score floor and a margin its fuzzy step lacks, client#7571):

1. position check: the text at the stored offsets equals the quote -> ``anchored``;
2. exact search: every occurrence of the quote; one -> ``anchored`` (at its new offsets); several
   -> the one whose prefix and suffix match best, if it beats the runner-up by ``MARGIN``, else
   ``ambiguous``;
3. fuzzy search: windows of the text scored ``0.5 quote + 0.2 prefix + 0.2 suffix`` (+ a tiny
   closeness-to-the-old-position tie-break); the best must reach ``FLOOR`` on the quote and beat
   the best non-overlapping runner-up by ``MARGIN`` -> ``moved`` (the quote itself changed: a
   reviewer should look again), else ``ambiguous``; nothing above the floor -> ``orphaned``.

Offsets count code points (Python ``str`` indices), as Web Annotation selectors do.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

ANCHORED, MOVED, AMBIGUOUS, ORPHANED = "anchored", "moved", "ambiguous", "orphaned"
FLOOR = 0.75  # least similarity of the quote itself for a fuzzy match
MARGIN = 0.05  # least lead of the best candidate's score over the runner-up
CONTEXT = 32  # characters of prefix and suffix kept with a quote
MAX_EXACT = 200


@dataclass(frozen=True)
class Anchor:
    status: str
    start: int | None = None
    end: int | None = None
    score: float = 0.0
    candidates: int = 0


def selectors_for(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(exact, prefix, suffix) of ``text[start:end]`` with ``CONTEXT`` characters either side."""
    return text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """0..1: how well the text around a candidate matches the stored prefix and suffix."""
    got_prefix = text[max(0, start - len(prefix)):start]
    got_suffix = text[end:end + len(suffix)]
    p = fuzz.ratio(prefix, got_prefix) / 100 if prefix else 1.0
    s = fuzz.ratio(suffix, got_suffix) / 100 if suffix else 1.0
    return (p + s) / 2


def anchor(text: str, exact: str, prefix: str = "", suffix: str = "", start: int | None = None,
           end: int | None = None) -> Anchor:
    """Where ``exact`` (quoted with ``prefix``/``suffix`` at ``start``) now is in ``text``."""
    if not exact:
        return Anchor(ORPHANED)
    if start is not None and end is not None and text[start:end] == exact:
        return Anchor(ANCHORED, start, end, 1.0, 1)
    hits = _exact_hits(text, exact)
    if len(hits) == 1:
        return Anchor(ANCHORED, hits[0], hits[0] + len(exact), 1.0, 1)
    if hits:
        scored = sorted(((_context_score(text, h, h + len(exact), prefix, suffix)
                          - _distance_penalty(h, start, len(text)), h) for h in hits), reverse=True)
        (best, where), (second, _) = scored[0], scored[1]
        if best - second >= MARGIN:
            return Anchor(ANCHORED, where, where + len(exact), round(best, 3), len(hits))
        return Anchor(AMBIGUOUS, where, where + len(exact), round(best, 3), len(hits))
    return _fuzzy(text, exact, prefix, suffix, start)


def _exact_hits(text: str, exact: str) -> list[int]:
    hits, at = [], text.find(exact)
    while at >= 0 and len(hits) < MAX_EXACT:
        hits.append(at)
        at = text.find(exact, at + 1)
    return hits


def _distance_penalty(where: int, old: int | None, size: int) -> float:
    if old is None or size == 0:
        return 0.0
    return 0.01 * abs(where - old) / size  # position only breaks ties (weight 2 of 92 in Hypothesis)


def _fuzzy(text: str, exact: str, prefix: str, suffix: str, old: int | None) -> Anchor:
    n = len(exact)
    if n == 0 or not text:
        return Anchor(ORPHANED)
    step = max(1, n // 8)
    coarse = []
    for s in range(0, max(1, len(text) - n // 2), step):
        quote_sim = fuzz.ratio(exact, text[s:s + n]) / 100
        if quote_sim >= FLOOR - 0.15:
            coarse.append((quote_sim, s))
    if not coarse:
        return Anchor(ORPHANED)
    refined: list[tuple[float, float, int, int]] = []  # (score, quote similarity, start, end)
    for _, s in sorted(coarse, reverse=True)[:12]:
        best = None
        for ds in range(-step, step + 1, max(1, step // 4)):
            for dn in (0, -n // 10, n // 10):
                a, b = max(0, s + ds), min(len(text), s + ds + n + dn)
                if b <= a:
                    continue
                quote_sim = fuzz.ratio(exact, text[a:b]) / 100
                if best is None or quote_sim > best[0]:
                    best = (quote_sim, a, b)
        assert best is not None
        quote_sim, a, b = best
        score = (0.5 * quote_sim + 0.4 * _context_score(text, a, b, prefix, suffix)) / 0.9 - _distance_penalty(a, old, len(text))
        refined.append((score, quote_sim, a, b))
    refined.sort(reverse=True)
    score, quote_sim, a, b = refined[0]
    if quote_sim < FLOOR:
        return Anchor(ORPHANED, score=round(score, 3), candidates=len(refined))
    rivals = [r for r in refined[1:] if r[3] <= a or r[2] >= b]  # candidates elsewhere, not the same passage
    if rivals and rivals[0][1] >= FLOOR and score - rivals[0][0] < MARGIN:
        return Anchor(AMBIGUOUS, a, b, round(score, 3), 1 + len(rivals))
    return Anchor(MOVED, a, b, round(score, 3), 1 + len(rivals))
