"""Issue 15, from new-user tries in session 17 (own-written policies: a dashcam maker's bilingual zh/en HTML page,
an English robot-vacuum policy printed to PDF).

- Retention measured by the company's "legitimate business need" is kept for the handler's own interest, not for
  the purpose the data was collected for (PIPL 19): the PDF policy's sentence was read as a stated criterion (met).
- Refusing optional processing "and still using" the basic functions is the choice PIPL 16 asks for: "you may
  decline the optional camera permission and still use the app" was left as review.
The near-misses: a period tied to the purpose stays met; a refusal that costs the service is never met.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging

EN_HEAD = ("Tidewell Robotics (Ningbo) Co., Ltd. (\"we\") makes the Tidewell app; contact privacy@tidewell.example.\n"
           "We collect your e-mail address to create your account and the map of your home to plan cleaning.\n")


@pytest.mark.parametrize("sentence", [
    "We keep your information for as long as we have a legitimate business need to do so.",
    "We retain personal data where we have an ongoing legitimate business need to do so.",
    "We store your data while the company has a valid commercial reason to keep it.",
])
def test_retention_by_the_company_s_business_need_is_adverse(sentence: str) -> None:
    verdict = compliance_judging.verdict(EN_HEAD + sentence + "\n", "en", "retention-period")
    assert verdict in ("contravention", "omission")


def test_retention_tied_to_the_purpose_stays_met() -> None:
    sentence = "We keep your information for as long as your account is open and delete it within 30 days after you close it."
    assert compliance_judging.verdict(EN_HEAD + sentence + "\n", "en", "retention-period") == "met"


@pytest.mark.parametrize(("text", "lang"), [
    ("You may decline the optional camera and microphone permissions and still use the basic cleaning functions.", "en"),
    ("You can turn off personalised tips and continue to use every other feature of the app.", "en"),
    ("Puede rechazar los permisos opcionales de cámara y seguir usando las funciones básicas de limpieza.", "es"),
    ("Вы можете отказаться от необязательных разрешений камеры и продолжать пользоваться основными функциями уборки.", "ru"),
])
def test_declining_optional_processing_and_still_using_the_service_is_met(text: str, lang: str) -> None:
    head = {
        "en": EN_HEAD,
        "es": ("Tidewell Robotics (Ningbo) Co., Ltd. («nosotros») ofrece la aplicación Tidewell; contacto privacy@tidewell.example.\n"
               "Recogemos su correo electrónico para crear su cuenta.\n"),
        "ru": ("Компания Tidewell Robotics (Ningbo) Co., Ltd. («мы») предоставляет приложение Tidewell; почта privacy@tidewell.example.\n"
               "Мы собираем ваш адрес электронной почты для создания учетной записи.\n"),
    }[lang]
    assert compliance_judging.verdict(head + text + "\n", lang, "bundled-consent") == "met"


@pytest.mark.parametrize("sentence", [
    "If you do not agree to this policy, you cannot use the app.",
    "If you decline the camera permission, you will not be able to use the app.",
])
def test_a_refusal_that_costs_the_service_is_never_met(sentence: str) -> None:
    # whether one permission is needed for the service the text may not say (review); it is never the choice PIPL 16 asks
    assert compliance_judging.verdict(EN_HEAD + sentence + "\n", "en", "bundled-consent") != "met"


# The handler's contact is quoted from a sentence that gives the handler's own contact: the robot-vacuum policy quoted
# its Singapore affiliate's support address (a recipient of transfers) as the way to reach the handler.
@pytest.mark.parametrize(("text", "lang", "own", "other"), [
    ("Tidewell Robotics (Ningbo) Co., Ltd. (\"we\") makes the Tidewell app.\n"
     "Support is provided by our affiliate Tidewell Global Pte. Ltd. in Singapore (help@tidewell.example.sg), which "
     "receives your messages.\n"
     "You can reach our privacy team at privacy@tidewell.example.\n", "en", "privacy@tidewell.example", "help@tidewell"),
    ("宁波潮汐机器人有限公司（以下简称“我们”）提供潮汐App。\n"
     "客服由我们位于新加坡的关联公司Tidewell Global Pte. Ltd.（help@tidewell.example.sg）提供。\n"
     "如您对本政策有任何疑问，请发送邮件至privacy@tidewell.example.cn与我们联系。\n", "zh", "privacy@tidewell.example.cn",
     "help@tidewell"),
])
def test_the_handler_s_own_contact_is_quoted(text: str, lang: str, own: str, other: str) -> None:
    assert compliance_judging.verdict(text, lang, "handler-identity") == "met"
    quotes = compliance_judging.quoted(text, lang, "handler-identity")
    assert any(own in q for q in quotes) and not any(other in q for q in quotes)


def test_another_company_s_contact_is_still_a_contact_when_it_is_the_only_one() -> None:
    # near miss: with no other contact the sentence still shows a way to reach the group (the verdict is not lost)
    text = ("Tidewell Robotics (Ningbo) Co., Ltd. (\"we\") makes the Tidewell app.\n"
            "Support is provided by our affiliate Tidewell Global Pte. Ltd. (help@tidewell.example.sg).\n")
    assert compliance_judging.verdict(text, "en", "handler-identity") == "met"


# Sensitive PI asked for separately for one kind (the face) but collected elsewhere for another (precise location): the
# contravention quotes the kind the consent does not reach, not the compliant face-consent sentence (it read as the breach).
@pytest.mark.parametrize(("text", "lang", "breach", "compliant"), [
    ("宁波潮汐机器人有限公司（以下简称“我们”）提供潮汐App，联系邮箱privacy@tidewell.example.cn。\n"
     "为记录行车轨迹，我们会收集您的精确位置信息。\n"
     "疲劳提醒功能会识别驾驶员的人脸信息，我们会在您开启该功能时单独征求您的同意，并告知处理人脸信息的必要性以及对您个人权益的影响。\n",
     "zh", "精确位置", "人脸信息"),
    ("Tidewell Robotics (Ningbo) Co., Ltd. (\"we\") makes the Tidewell app; contact privacy@tidewell.example.\n"
     "To record your trips we collect your precise location.\n"
     "The fatigue alert recognises the driver's face; when you turn it on we ask for your separate consent and explain "
     "why processing your facial information is necessary and its impact on your rights.\n",
     "en", "precise location", "facial"),
])
def test_the_unreached_sensitive_kind_is_quoted_not_the_consent_given(text: str, lang: str, breach: str,
                                                                       compliant: str) -> None:
    assert compliance_judging.verdict(text, lang, "sensitive-pi-consent") == "contravention"
    quotes = compliance_judging.quoted(text, lang, "sensitive-pi-consent")
    assert any(breach in q for q in quotes) and not any(compliant in q for q in quotes)


# A refusal of one processing named in the sentence that costs the service needing it ("不同意授权我们查询您的信用报告，
# 我们将无法为您提供借款服务") says what the loan needs; the same refusal costing the whole app refuses everything for one
# thing (bundling). A lending app's policy (2020, under GB/T 35273-2020) was read as bundling.
ZH_LENDER = ("深圳前海云贷网络小额贷款有限公司（以下简称“我们”）运营云贷App，联系邮箱privacy@yundai.example.cn。\n"
             "为评估您的还款能力，我们会在您授权后查询您的信用报告。\n")


def test_refusing_the_data_a_named_service_needs_is_no_bundling() -> None:
    text = ZH_LENDER + "如您不同意授权我们查询您的信用报告，我们将无法为您提供借款服务。\n"
    assert compliance_judging.verdict(text, "zh", "bundled-consent") != "contravention"


def test_refusing_one_permission_costs_the_whole_app_is_bundling() -> None:
    text = ZH_LENDER + "如您不同意我们读取您的通讯录，您将无法使用本App。\n"
    assert compliance_judging.verdict(text, "zh", "bundled-consent") == "contravention"


def test_refusing_an_optional_permission_keeps_the_service_zh() -> None:
    text = ZH_LENDER + "您可以拒绝授权通讯录权限，这不会影响您申请借款。\n"
    assert compliance_judging.verdict(text, "zh", "bundled-consent") == "met"


@pytest.mark.parametrize(("sentence", "adverse"), [
    ("对于逾期未还款的用户，我们有权在合法范围内公开其姓名及身份证号码的部分信息。", True),
    ("对于存在欠款的用户，我们可能公开其姓名和手机号码。", True),
    # near miss: the public is not the audience of a partner's own notice
    ("合作方会在其官方网站公开其隐私政策。", False),
])
def test_defaulters_named_in_public_are_a_public_disclosure(sentence: str, adverse: bool) -> None:
    verdict = compliance_judging.verdict(ZH_LENDER + sentence + "\n", "zh", "public-disclosure")
    assert (verdict == "contravention") is adverse
