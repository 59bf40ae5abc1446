"""Rules from a fresh first look at English and Russian policies (issue 15), each as a lawyer states it.

Sentences are written for these tests. Each rule has a near miss beside it that must not be judged the same way.
"""
from __future__ import annotations

from datetime import date

from policykg.compliance.engine import judge
from policykg.compliance.model import packaged_requirements
from policykg.compliance.text import PolicyText

TODAY = date(2026, 6, 1)


def verdicts(text: str, lang: str, when: date = TODAY) -> dict:
    policy = PolicyText.from_text(text, language=lang)
    return {j.requirement.key: j.result for j in judge(policy, packaged_requirements(), when)}


def test_russian_yo_and_typographic_apostrophe_read_like_their_plain_spelling() -> None:
    """'несёт' is 'несет' and 'don’t' is "don't": spelling variants change no meaning."""
    ru = "Мы применяем шифрование при передаче данных.\nКомпания не несёт ответственности за несанкционированный доступ третьих лиц к вашим данным.\n"
    assert verdicts(ru, "ru")["security-measures"].verdict == "contravention"
    ru_near = "Мы применяем шифрование при передаче данных.\nКомпания несёт ответственность за защиту ваших данных.\n"
    assert verdicts(ru_near, "ru")["security-measures"].verdict == "met"
    en = "We collect your e-mail address to create your account.\nIf you don’t agree with this policy, please do not use the app.\n"
    assert verdicts(en, "en")["bundled-consent"].verdict == "contravention"
    en_near = ("We collect your e-mail address to create your account.\n"
               "If you don’t want to receive our newsletter, you can unsubscribe at any time.\n")
    assert verdicts(en_near, "en")["bundled-consent"].verdict != "contravention"


def test_foreign_legal_forms_name_the_handler() -> None:
    """'Nordstream AB' (Swedish), 'LLC "Polar"' (form before the name) are legal entities; a brand is not."""
    for name in ("Nordstream AB", "Nordstream Oy", 'LLC "Polar Apps"'):
        text = f"This app is operated by {name}. Contact us at privacy@nordstream.example.\n"
        assert verdicts(text, "en")["handler-identity"].verdict == "met", name
    brand = "This app is operated by Nordstream. Contact us at privacy@nordstream.example.\n"
    assert verdicts(brand, "en")["handler-identity"].verdict == "omission"


def test_consent_deemed_from_providing_data_however_far_the_sentence_runs() -> None:
    text = ("By providing any personal data to us on our websites or in our applications (together the “Sites”), "
            "you fully understand and consent to its collection and use as described in this policy.\n")
    assert verdicts(text, "en")["consent-by-use"].verdict == "contravention"
    near = "By providing your e-mail address you will receive our weekly newsletter.\n"
    assert verdicts(near, "en")["consent-by-use"].verdict != "contravention"


def test_should_you_not_accept_then_stop_using_is_forced_acceptance() -> None:
    text = ("We collect your e-mail address to create your account.\n"
            "Should it be that you do not accept any amendment to this Privacy Policy, you may terminate your use of this website immediately.\n")
    assert verdicts(text, "en")["bundled-consent"].verdict == "contravention"
    refuse_data = ("We collect your e-mail address to create your account.\n"
                   "If you do not agree to this Privacy Policy, please choose not to provide personal data to us.\n")
    assert verdicts(refuse_data, "en")["bundled-consent"].verdict == "contravention"
    near = ("We collect your e-mail address to create your account.\n"
            "Should you not accept marketing e-mails, you may opt out in your settings.\n")
    assert verdicts(near, "en")["bundled-consent"].verdict != "contravention"


def test_targeting_cookies_and_combined_data_tailored_to_you_are_profiling() -> None:
    targeting = ("Targeting cookies record the pages you have visited. We use this information to make the advertising "
                 "displayed on our sites more relevant to your interests.\n")
    assert verdicts(targeting, "en")["automated-decision"].verdict == "contravention"
    combined = ("We may combine the personal data you provide with information we obtain from third parties in order to "
                "tailor our products and offerings to you.\n")
    assert verdicts(combined, "en")["automated-decision"].verdict == "contravention"
    near = "Strictly necessary cookies keep you signed in. We tailor our help pages to the questions users ask most.\n"
    assert verdicts(near, "en")["automated-decision"].verdict == "not-applicable"


def test_refusing_the_advertising_tools_just_described_declines_them() -> None:
    text = ("Our services may use tools provided by third parties to distribute advertisements to each user based on "
            "targeting cookies.\nIf you do not want such tools to be used in relation to you, please click here.\n")
    assert verdicts(text, "en")["automated-decision"].verdict == "met"
    near = ("Our services may use tools provided by third parties to distribute advertisements to each user based on "
            "targeting cookies.\nIf you do not want to receive our newsletter, please click here.\n")
    assert verdicts(near, "en")["automated-decision"].verdict == "contravention"


def test_disclosure_at_the_company_discretion_is_no_pipl13_ground() -> None:
    text = ("We can disclose any information about you to law enforcement officials as we, in our sole discretion, "
            "believe necessary, including activity that may expose us to legal liability.\n")
    assert verdicts(text, "en")["legal-basis"].verdict == "contravention"
    near = "We disclose information about you to law enforcement officials when required by law.\n"
    assert verdicts(near, "en")["legal-basis"].verdict != "contravention"


def test_a_handler_abroad_is_read_from_the_handler_not_from_a_mention_of_china() -> None:
    """A Russian LLC serving users from the PRC needs a representative (PIPL 53); 'users from the PRC' says
    where the users are, not where the handler is. Shown abroad, silent on China: review."""
    ru = ("Политику применяет ООО «Полярный Ветер» (г. Москва).\n"
          "Приложением пользуются в том числе пользователи из Китайской Народной Республики.\n")
    assert verdicts(ru, "ru")["overseas-representative"].verdict == "omission"
    ru_silent = "Политику применяет ООО «Полярный Ветер» (г. Москва).\n"
    assert verdicts(ru_silent, "ru")["overseas-representative"].verdict == "review"
    en = "This policy is governed by the laws of Japan.\nWe collect your e-mail address to create your account.\n"
    assert verdicts(en, "en")["overseas-representative"].verdict == "review"
    en_prc = ("This policy is governed by the laws of the People's Republic of China.\n"
              "We collect your e-mail address to create your account.\n")
    assert verdicts(en_prc, "en")["overseas-representative"].verdict == "not-applicable"


def test_russian_rights_named_after_their_object() -> None:
    """'доступ к своим данным, их исправление или удаление': the object comes first, the rights after it."""
    text = ("Вы вправе запросить доступ к своим персональным данным, их исправление или удаление, отозвать согласие "
            "на обработку, а также удалить учётную запись, написав на privacy@polar.example.\n")
    assert verdicts(text, "ru")["rights-exercise"].verdict == "met"
    near = ("Вы вправе запросить доступ к своим персональным данным и отозвать согласие на обработку, написав на "
            "privacy@polar.example. Мы исправляем ошибки в Приложении.\n")
    assert verdicts(near, "ru")["rights-exercise"].verdict == "omission"


def test_russian_transfer_into_a_named_country_is_a_transfer_abroad() -> None:
    text = "Данные пользователей из КНР могут передаваться в Российскую Федерацию для технической поддержки.\n"
    assert verdicts(text, "ru")["cross-border-mechanism"].verdict == "contravention"
    near = "Данные пользователей хранятся на территории Российской Федерации.\n"
    assert verdicts(near, "ru")["cross-border-mechanism"].verdict == "not-applicable"
