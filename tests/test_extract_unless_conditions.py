"""A denial of sharing with an "unless" clause names the cases in which sharing happens (issue 16).

"We will not share it unless you have given your consent or the law requires it" states two
disclosure conditions, consent and legal obligation, in every language: "salvo que usted nos
otorgue su consentimiento", "если только вы не дали согласие", "qanun tələb etmədikdə" (the
Azerbaijani negative conditional converb -madıqda/-mədikdə is the language's "unless"),
"除非获得您的单独同意或法律法规另有要求". Each wording is tested beside a near miss that names
consent or law without making it a case of sharing. The texts are written for these tests.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("We will not share your personal information with third parties unless you have given your consent.",
         "en", {"consent"}),
        ("We will not share your personal information with third parties unless the law requires it.",
         "en", {"legal-obligation"}),
        ("We will not share your data with other companies unless we have obtained your explicit consent.",
         "en", {"consent"}),
        ("We may share your name with our insurance partner after we ask for your separate consent.",
         "en", {"consent", "partners"}),
        ("We will disclose your information if we are required to do so by law.", "en", {"legal-obligation"}),
        ("We will not publicly disclose your personal information unless you have given separate consent or the "
         "law requires it.", "en", {"consent", "legal-obligation"}),
        ("No cederemos sus datos a terceros, excepto cuando usted nos otorgue su consentimiento expreso o cuando "
         "estemos obligados a ello por ley.", "es", {"consent", "legal-obligation"}),
        ("Мы не передаём ваши персональные данные третьим лицам, если только вы не дали на это согласие или "
         "этого не требует закон.", "ru", {"consent", "legal-obligation"}),
        ("Qanun tələb etmədikdə və ya siz razılıq vermədikdə şəxsi məlumatlarınızı üçüncü şəxslərə ötürmürük.",
         "az", {"consent", "legal-obligation"}),
        ("除非获得您的单独同意或法律法规另有要求，我们不会向第三方共享您的个人信息。", "zh", {"consent", "legal-obligation"}),
    ],
)
def test_unless_clause_names_the_cases_of_sharing(text: str, language: str, expected: set[str]) -> None:
    assert set(facts(text, language)["disclosure_conditions"]) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # consent to something else, in a sentence that denies sharing outright
        ("We never share your data with advertisers, even if you have given us permission to send you newsletters.",
         "en"),
        # the law named as what the company follows, in a sentence that shares nothing
        ("We keep your records for as long as the law requires it.", "en"),
        # an Azerbaijani "-mədikdə" clause in a sentence about deletion, not sharing
        ("Hesabınızdan 12 ay istifadə etmədikdə məlumatlarınız silinir.", "az"),
    ],
)
def test_consent_or_law_outside_a_sharing_case_is_no_condition(text: str, language: str) -> None:
    assert facts(text, language)["disclosure_conditions"] == []


def test_unless_clause_in_azerbaijani_makes_the_denial_conditional() -> None:
    """"-mədikdə" excepts: the sentence no longer denies sharing outright, it says when sharing happens."""
    record = facts("Siz icazə vermədikdə məlumatlarınızı reklam şirkətlərinə ötürmürük.", "az")
    assert record["disclosure_conditions"] == ["consent"]
