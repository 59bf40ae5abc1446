"""Throughput shortcuts must not change answers: a gated whole-document cue scan finds exactly what
the plain regex finds, and a title test cached by text answers as the uncached rule does."""
from __future__ import annotations

import pytest

from policykg.ingest.extract.cues import is_title
from policykg.ingest.extract.fact_cues import cues_for
from policykg.ingest.model import Segment, SegmentKind


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Write to a@acme.com. If your complaint has not been resolved, contact the seal body. "
               "Unresolved privacy complaints go to b@seal.org."),
        ("zh", "如您对我们的回复不满意，可以向监管部门投诉。若问题未能得到解决，请联系第三方机构。"),
        ("es", "Si su solicitud no ha sido atendida, puede acudir a la autoridad de control."),
        ("ru", "Если ваш запрос was not resolved, обратитесь в Роскомнадзор."),
    ],
)
def test_gated_finditer_finds_what_the_regex_finds(language: str, text: str) -> None:
    cues = cues_for(language)
    plain = [m.span() for m in cues.pattern("contacts.escalation").finditer(text)]
    assert plain, "the example must hold an escalation cue"
    assert [m.span() for m in cues.finditer("contacts.escalation", text)] == plain


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # near misses: the gate words appear but not the cue ("resolved" without a negation) ...
        ("en", "All issues are resolved quickly; we answered every request. Write to a@acme.com."),
        ("zh", "我们会及时解决您的问题，并对回复进行说明。"),
        # ... or no gate word at all (no regex scan is run)
        ("es", "Puede escribirnos a privacidad@ejemplo.es en cualquier momento."),
    ],
)
def test_gated_finditer_near_misses(language: str, text: str) -> None:
    cues = cues_for(language)
    assert list(cues.pattern("contacts.escalation").finditer(text)) == []
    assert list(cues.finditer("contacts.escalation", text)) == []


def test_gated_finditer_without_cue_key() -> None:
    assert list(cues_for("en").finditer("contacts.no_such_cue", "anything has not been resolved")) == []


def _heading(text: str, index: int = 0) -> Segment:
    return Segment(start=0, end=len(text), text=text, kind=SegmentKind.HEADING, index=index)


def test_is_title_short_heading_and_sentence_like_heading() -> None:
    assert is_title(_heading("7. Children"))
    assert is_title(_heading("七、未成年人保护"))
    # a heading line that ends like a long sentence is read as a sentence, in every language
    assert not is_title(_heading("1. We encrypt all data in transit and at rest with modern methods."))
    assert not is_title(_heading("我们不会向任何第三方出售您的个人信息，也不会出租或交易。"))
    # the same text as an ordinary sentence is never a title; equal texts answer alike wherever they sit
    sentence = Segment(start=0, end=11, text="7. Children", kind=SegmentKind.SENTENCE, index=3)
    assert not is_title(sentence)
    assert is_title(_heading("7. Children", index=42))


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        ("en", "We keep server logs for 30 days after your last visit.", "P30D"),
        ("en", "Records are stored for a period of two years.", "P2Y"),
        ("es", "Conservamos los datos durante 24 meses desde la baja.", "P2Y"),
        ("ru", "Мы храним данные в течение 3 лет.", "P3Y"),
        # near misses: a retention sentence that names no period; the gated regexes are not even run
        ("en", "We keep your data as long as your account is active.", None),
        ("es", "Conservamos sus datos mientras sea cliente.", None),
    ],
)
def test_gated_period_patterns_find_what_every_pattern_finds(language: str, text: str, period: str | None) -> None:
    from policykg.ingest.extract.retention import _period

    cues = cues_for(language)
    every = cues.patterns("retention.period")
    kept = list(cues.patterns_in("retention.period", text))
    assert kept == [p for p in every if p in kept]  # the order of the lexicon is kept
    assert all(p in kept for p in every if p.search(text) is not None)  # no regex that matches is skipped
    assert _period(cues, text) == period
    if period is None:
        assert len(kept) < len(every)  # the gate skipped regexes whose literals are absent
