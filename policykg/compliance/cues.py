"""Cue lexicons for the compliance facts, as data (``cues/{lang}.toml``), compiled once per language.

A cue list names a *fact* (``sensitive``, ``deemed_consent``, ``abroad`` ...); each entry is a Python
regular expression matched against one sentence. A policy is read with the cues of its own language
and English (Chinese policies quote English terms and the reverse), falling back to every language
when its language is unknown.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

CUE_DIR = Path(__file__).with_name("cues")


def cue_languages() -> tuple[str, ...]:
    """Languages that have a cue file."""
    return tuple(sorted(p.stem for p in CUE_DIR.glob("*.toml")))


@lru_cache(maxsize=None)
def _language_cues(lang: str) -> dict[str, re.Pattern[str]]:
    path = CUE_DIR / f"{lang}.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    compiled: dict[str, re.Pattern[str]] = {}
    for fact, patterns in data.items():
        if not isinstance(patterns, list) or not patterns:
            continue
        try:
            compiled[fact] = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error as error:  # a broken cue is a packaging error: say which
            raise ValueError(f"{path}: cue list {fact!r} does not compile: {error}") from error
    return compiled


@lru_cache(maxsize=None)
def cues_for(lang: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Fact -> the patterns to try for a policy in ``lang`` (its language first, then English)."""
    langs = [lang, "en"] if lang in cue_languages() else list(cue_languages())
    if lang == "en":
        langs = ["en", "zh"]
    merged: dict[str, list[re.Pattern[str]]] = {}
    for code in dict.fromkeys(langs):
        for fact, pattern in _language_cues(code).items():
            merged.setdefault(fact, []).append(pattern)
    return {fact: tuple(patterns) for fact, patterns in merged.items()}
