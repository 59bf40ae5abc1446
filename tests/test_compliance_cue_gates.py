"""The literal gates of the compliance cues (``Cue.gate``) only skip work: a cue whose gate a text fails
cannot match it, and PolicyFacts.read finds exactly what the ungated scan of every cue finds."""
from __future__ import annotations

import pytest

from policykg.compliance import fact_reading as R
from policykg.compliance import facts as F
from policykg.compliance.cues import _anchored, _cue, _gate, cue_languages, _language_cues, cues_by_language, cues_for, fold, script_of
from policykg.compliance.text import PolicyText


def test_gate_of_an_alternation_is_every_branch() -> None:
    cue = _cue("usted (?:acepta|consiente)")
    assert cue.folded and set(cue.gate) == {"usted "}
    cue = _cue("(?:acepta|consiente)")
    assert set(cue.gate) == {"acepta", "consiente"}
    assert R._Words(fold("Usted CONSIENTE el tratamiento")).holds_any(cue.gate)
    assert cue.search("Usted CONSIENTE el tratamiento")
    # near miss: none of the words, no match and the gate says so
    assert not R._Words(fold("Usted acepto las condiciones")).holds_any(cue.gate)
    assert not cue.search("Usted acepto las condiciones")


def test_no_gate_where_case_or_coding_matters() -> None:
    assert _gate(r"\bSSL\b") is None  # a capital read as written: the reader would lower it
    assert _gate(r"\u0053sl") is None  # a character written as a code
    assert _gate(r"(?i:ssl) encryption") is None  # inline flags
    assert _gate(r"\bssl\b") == ("ssl",)
    assert _gate(r"个人信息(?:出境|跨境)") == ("个人信息",)
    assert _gate(r"\d{3}\s\d{4}") is None  # no literal at all


def test_every_gated_cue_holds_its_gate_on_text_it_matches() -> None:
    """The gate is one of the literals every match holds: checked on each cue's own match of a text built
    from the cue's first literals, in every language."""
    for lang in cue_languages():
        for fact, cues in _language_cues(lang).items():
            for cue in cues:
                if cue.gate is None:
                    continue
                text = " ".join(cue.gate)
                m = cue.pattern.search(text)
                if m is not None:
                    assert any(lit in m.group(0) for lit in cue.gate), (lang, fact)


POLICIES = {
    "en": "Privacy Policy\n\nWe collect your name and phone number. By using the app you agree to this policy.\n"
          "We do not sell your personal information. Data of users in China is stored on servers in London.\n",
    "es": "Política de privacidad\n\nAl usar la aplicación, usted consiente el tratamiento "
          "de sus datos personales.\nPuede solicitar la supresión de sus datos.\n",
    "ru": "Политика конфиденциальности\n\nМы собираем ваше имя и номер телефона. Вы можете отозвать согласие.\n",
    "zh": "隐私政策\n\n我们会收集您的手机号码。未经您的同意，我们不会向第三方共享您的个人信息。\n",
    "az": "Məxfilik siyasəti\n\nBiz adınızı və telefon nömrənizi toplayırıq. Razılığınızı geri götürə bilərsiniz.\n",
}


def _ungated(policy: PolicyText) -> dict[str, set[int]]:
    """PolicyFacts.read as it was before the gates: every cue scanned over the whole text."""
    hits: dict[str, set[int]] = {fact: set() for fact in cues_for(policy.language)}
    sentences, text = policy.sentences, policy.text
    starts, lowered = [s.start for s in sentences], fold(text)
    for code, cues in cues_by_language(policy.language):
        eligible = [s for s in sentences if script_of(code).search(s.text)]
        if not eligible:
            continue
        allowed = None if len(eligible) == len(sentences) else {s.index for s in eligible}
        for fact, patterns in cues.items():
            for cue in patterns:
                if _anchored(cue.pattern.pattern):
                    hits[fact].update(s.index for s in eligible if cue.search(s.text))
                else:
                    R._scan(cue, lowered if cue.folded else text, sentences, starts, hits[fact], allowed)
    R._mark_definitions_section(policy, hits)
    R._label_topics(policy, hits)
    R._authorised_parties_give_no_consent(policy, hits)
    return hits


@pytest.mark.parametrize("lang", sorted(POLICIES))
def test_read_finds_what_the_ungated_scan_finds(lang: str) -> None:
    policy = PolicyText.from_text(POLICIES[lang], language=lang)
    hits = F.PolicyFacts.read(policy).hits
    assert hits == _ungated(policy)
    assert any(hits.values())  # the texts do state facts


def test_es_deemed_consent_found_and_near_miss() -> None:
    policy = PolicyText.from_text(POLICIES["es"], language="es")
    assert F.PolicyFacts.read(policy).where("deemed_consent")
    miss = PolicyText.from_text("Política de privacidad\n\nPuede solicitar la supresión de sus datos.\n", language="es")
    assert not F.PolicyFacts.read(miss).where("deemed_consent")


def test_words_lookup_is_exact() -> None:
    """The trigram pre-filter only rules out literals that are not in the text."""
    words = R._Words(fold("We collect your consent records."))
    assert words.holds_any(("consent",))
    assert not words.holds_any(("consensus",))  # first trigram in the text, last one not: near miss
    assert not words.holds_any(("records kept",))
    assert words.holds_any(("zz", "rec"))  # a short literal is looked up as it is
    assert not R._Words("ab").holds_any(("abc", "b c"))
    zh = R._Words("未经您的同意，我们不会共享您的个人信息。")
    assert zh.holds_any(("个人信息",)) and not zh.holds_any(("个人信用",)) and zh.holds_any(("同意",))
