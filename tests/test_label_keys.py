"""Label scan keys (``vocabulary._label_keys``): trying labels only where a key starts finds exactly
what the label regex finds scanning every position, over the real vocabulary and random text."""
from __future__ import annotations

import random
import re
import sys

import pytest

from policykg.ingest import vocabulary as V


def test_whitespace_is_what_backslash_s_matches() -> None:
    every = (chr(c) for c in range(sys.maxunicode + 1))
    assert V._WHITESPACE == "".join(c for c in every if re.match(r"\s", c))


def test_short_function_word_replaced_by_what_follows() -> None:
    keys = V._label_keys({"a terceros": ["x"], "the data": ["y"], "data": ["z"], "in": ["w"], "in use": ["w"]})
    assert "a terceros" in keys and "a\nterceros" not in keys  # newline case: "a\n" key
    assert "a\n" in keys and "a\xa0" in keys and "a  " in keys and "a \t" in keys
    assert "a" not in keys and "a la" not in keys and "a " not in keys  # near miss: "a la" is never tried
    assert "the data" in keys and "the" not in keys
    assert "data" in keys
    assert "in" in keys  # a whole label: every occurrence is tried
    long_first = V._label_keys({"personal data": ["p"]})
    assert long_first == frozenset({"personal"})  # longer first words stay as they were


_FILLER = {
    "en": ["the", "a", "of", "to", "in", "we", "and", "data", "our", "you", "for", "on", "at", "it"],
    "es": ["a", "la", "de", "con", "si", "que", "los", "su", "sus", "en", "el", "y", "por", "para"],
    "ru": ["в", "с", "по", "при", "для", "не", "от", "и", "на", "мы", "ваши", "данные", "ёж"],
    "az": ["və", "öz", "dil", "bu", "bir", "ilə", "üçün", "siz", "biz", "məlumat"],
    "zh": ["的", "我们", "您", "个人", "信息", "和", "或", "将", "在", "与"],
}
_SEPARATORS = [" ", " ", " ", " ", "  ", "\n", " \n", "\t", "\xa0", "\u3000", ", ", ". ", "-", "", "(", "s ", "es "]


def _text(rng: random.Random, language: str, labels: list[str]) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(20, 120)):
        roll = rng.random()
        if roll < 0.35:
            piece = rng.choice(labels)
            if rng.random() < 0.3:  # a label whose word gap is some other whitespace
                piece = piece.replace(" ", rng.choice(["\n", "  ", "\xa0", " \t", "\u2003"]), 1)
            if rng.random() < 0.2:  # or that is cut short / capitalised
                piece = piece[: rng.randint(1, len(piece))]
            if rng.random() < 0.2:
                piece = piece.upper()
        elif roll < 0.85:
            piece = rng.choice(_FILLER[language])
        else:
            piece = rng.choice(_FILLER[rng.choice(list(_FILLER))])
        parts.append(piece)
        parts.append(rng.choice(_SEPARATORS))
    return "".join(parts)


@pytest.mark.parametrize("language", V.LANGUAGES)
def test_label_hits_equal_a_full_regex_scan(language: str) -> None:
    rng = random.Random(f"label-keys-{language}")
    shared = V._shared_literals(language)
    matchers = [m for m in (V.matcher_for(field, language) for field in V.FIELDS) if m._labels is not None]
    labels = sorted({label for m in matchers for label in m._by_label})
    other = sorted({label for lang in V.LANGUAGES if lang != language
                    for field in V.FIELDS for label in V.matcher_for(field, lang)._by_label})
    checked = hits = 0
    for round_ in range(60):
        text = _text(rng, language, labels + other[: len(other) // 10] if round_ % 3 == 0 else labels)
        offset = rng.choice([0, 0, 17])
        text = "x" * offset + text
        folded = V._folded(text, offset, len(text))
        assert folded
        for m in matchers:
            assert m._label_firsts <= shared.starting
            fast = list(m._label_hits(folded, offset, shared))
            full = [(x.start() + offset, x.end() + offset, x.group(0)) for x in m._labels.finditer(folded)]
            assert fast == full, (language, m.field, text)
            checked += 1
            hits += len(full)
    assert hits > checked  # the texts do hold labels


@pytest.mark.parametrize(("language", "heading"), [
    ("en", "Information we collect"), ("en", "How we share your information"), ("en", "Contact us"),
    ("zh", "我们如何共享您的个人信息"), ("ru", "Как мы защищаем данные"), ("es", "Con quién compartimos sus datos"),
    ("az", "Məlumatların qorunması"), ("en", "Quarterly results"),
])
def test_sections_of_remembered_equals_computed(language: str, heading: str) -> None:
    """``Lexicon.sections_of`` remembers headings across documents: the answer is the one computed anew."""
    from policykg.ingest.extract.cues import lexicon

    lex = lexicon(language)
    direct = frozenset(name for name, p in lex.sections.items() if p is not None and p.search(heading))
    assert lex.sections_of(heading) == direct
    assert lex.sections_of(heading) == direct  # the remembered answer
    assert lex.sections_of(heading + " and more") == frozenset(
        name for name, p in lex.sections.items() if p is not None and p.search(heading + " and more"))
