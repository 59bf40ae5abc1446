"""Issue 15, from a new-user try on an own-written Chinese consumer-lending policy (DOCX, session 14).

A fixed retention period written in Chinese numerals ("借款结清后保存五年", "保存六个月") is as much a period as
one written in digits ("保存5年"); the policy was judged silent on retention. The near-miss: a sentence with a
Chinese numeral and a storage verb but no duration ("保存于十分安全的服务器") states no period.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging

ZH_HEAD = ("杭州青禾信息技术有限公司（以下简称“我们”）运营青禾应用，联系邮箱 privacy@qinghe.example.cn。\n")


def verdict(text: str, key: str) -> str:
    return compliance_judging.verdict(text, "zh", key)


@pytest.mark.parametrize("sentence", [
    "您的借款记录将在借款结清后保存五年，期满后我们将删除或匿名化处理。",
    "您的借款记录将在借款结清后保存5年，期满后我们将删除或匿名化处理。",
    "通话录音保存六个月，到期后自动删除。",
    "您注销账户后，我们将在十五个工作日内删除或匿名化处理您的个人信息。",
])
def test_a_period_in_digits_or_chinese_numerals_is_a_retention_period(sentence: str) -> None:
    assert verdict(ZH_HEAD + sentence + "\n", "retention-period") == "met"


def test_a_numeral_without_a_duration_is_no_retention_period() -> None:
    text = ZH_HEAD + "您的个人信息保存于十分安全的服务器中。\n"
    assert verdict(text, "retention-period") != "met"


# Separate consent asked to GIVE data to another handler (PIPL 23) is not the separate consent to COLLECT sensitive
# data (PIPL 29): a consent sentence naming no kind that refers back to a provision covers that provision only.
ZH_LOAN = (ZH_HEAD +
           "1. 身份核验：我们需要收集您的姓名、身份证件号码以及人脸图像。在收集人脸信息前，我们会单独征得您的同意，"
           "并告知处理人脸信息的必要性以及对您个人权益的影响。\n"
           "2. 为完成借款发放，我们需要向商业银行提供您的姓名、身份证件号码及银行卡号。{consent}\n")
EN_LOAN = ("Lumen Credit Ltd (we) runs the Lumen app; contact privacy@lumen.example.\n"
           "1. We collect your name, passport number and a face scan. Before we scan your face we ask your separate "
           "consent and explain why the face scan is needed and how it affects you.\n"
           "2. To pay out a loan we provide your name, passport number and bank card number to the lending bank. {consent}\n")


@pytest.mark.parametrize("text,lang", [
    (ZH_LOAN.format(consent="在提供前，我们会向您展示资金方的名称，并单独征得您的同意。"), "zh"),
    (EN_LOAN.format(consent="Before we provide them, we show you the lender's name and ask your separate consent."), "en"),
])
def test_consent_to_provide_data_to_another_handler_does_not_cover_collecting_them(text: str, lang: str) -> None:
    assert compliance_judging.verdict(text, lang, "sensitive-pi-consent") == "contravention"


@pytest.mark.parametrize("text,lang", [
    # near-miss: the consent names the kinds it is asked for, so it covers them wherever they are collected
    (ZH_LOAN.format(consent="收集和提供身份证件号码、银行卡号前，我们会单独征得您的同意，并告知其必要性及对您权益的影响。"), "zh"),
    (EN_LOAN.format(consent="We ask your separate consent to process your passport number and bank card number, "
                            "and explain why they are needed and how this affects you."), "en"),
])
def test_a_consent_naming_the_kinds_covers_them(text: str, lang: str) -> None:
    assert compliance_judging.verdict(text, lang, "sensitive-pi-consent") == "met"


# From a second new-user try: an own-written Spanish policy printed to PDF. A PDF's text layer breaks lines inside
# sentences, so a line may end on a word no sentence ends with ("Nuestro Delegado de" / "Protección de Datos ...",
# "... sobre la base de nuestro" / "interés legítimo."): the line goes on into the next, and cues written with a space
# match across the break.
ES_PDF_HEAD = "El responsable es Té del Sur, S.L., Calle Mayor 3, Madrid (privacidad@tedelsur.example).\n"


def test_a_line_ending_on_a_preposition_goes_on_into_the_next() -> None:
    text = ES_PDF_HEAD + "Nuestro Delegado de\nProtección de Datos atiende en dpd@tedelsur.example.\n"
    assert compliance_judging.verdict(text, "es", "pi-officer") == "met"


def test_a_line_ending_a_sentence_stays_apart() -> None:
    # near-miss: the officer is named on a line of its own after a finished sentence; nothing is joined or lost
    text = ES_PDF_HEAD + "Respondemos en un plazo de diez días.\nProtección de datos: atiende el Delegado de Protección de Datos en dpd@tedelsur.example.\n"
    policy = compliance_judging.PolicyText.from_text(text, language="es")
    assert any(s.text.startswith("Respondemos") and s.text.endswith("días.") for s in policy.sentences)


def test_a_numbered_purpose_wrapped_after_a_possessive_keeps_its_ground() -> None:
    text = (ES_PDF_HEAD + "¿Para qué tratamos sus datos?\n1. Gestionar sus pedidos.\n"
            "2. Prevenir el fraude y mejorar nuestros servicios, sobre la base de nuestro\ninterés legítimo.\n")
    assert compliance_judging.verdict(text, "es", "legal-basis") == "contravention"


def test_an_english_title_may_end_on_a_preposition() -> None:
    # near-miss: "Who we share it with" is a title; its first sentence is not joined to it
    text = ("Kestrel Ltd runs the Kestrel app (privacy@kestrel.example).\nWho we share it with\n"
            "The courier receives your name and address to deliver your order.\n")
    policy = compliance_judging.PolicyText.from_text(text, language="en")
    assert any(s.text == "Who we share it with" for s in policy.sentences)


# From a third new-user try (an own-written Russian language-school policy): a name and an e-mail address passed to a
# named partner are personal information provided to another handler, whatever the word for data (as in en and zh).
RU_HEAD = "Оператором является ООО «Речь» (г. Казань), privacy@rech.example.\n"
ES_HEAD_ITEMS = "Responsable: Idiomas Sol, S.L., Calle Mayor 1, Madrid (privacidad@idiomassol.example).\n"


@pytest.mark.parametrize("lang,text", [
    ("ru", RU_HEAD + "Мы передаём имя и адрес электронной почты партнёрской школе ООО «Восток» для проведения занятий.\n"),
    ("es", ES_HEAD_ITEMS + "Comunicamos su nombre y correo electrónico a la escuela asociada Escuela Este, S.A. para impartir las clases.\n"),
])
def test_named_personal_items_passed_to_a_partner_are_provided_without_separate_consent(lang: str, text: str) -> None:
    assert compliance_judging.verdict(text, lang, "sharing-separate-consent") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # near-miss: the same provision with separate consent asked for it
    ("ru", RU_HEAD + "Мы передаём имя и адрес электронной почты партнёрской школе ООО «Восток» для проведения занятий "
                     "только с вашего отдельного согласия.\n"),
    ("es", ES_HEAD_ITEMS + "Comunicamos su nombre y correo electrónico a la escuela asociada Escuela Este, S.A. para impartir "
                           "las clases solo con su consentimiento expreso y separado.\n"),
])
def test_the_same_provision_with_separate_consent_is_no_contravention(lang: str, text: str) -> None:
    assert compliance_judging.verdict(text, lang, "sharing-separate-consent") != "contravention"
