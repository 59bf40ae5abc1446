"""Structural rules of issue 15 (struct17), each with a case and a near-miss in several languages:

1. the cases of a denial of sharing ("we do not share ..., except: (1) with your consent; (2) with the SDK
   providers") are affirmations: a case naming a recipient is a provision with no consent of its own (on lines of
   its own or inline in the denial); cases restating consent, the law or the person's own act are not;
2. a recipient said to process on its own account (an independent controller/handler, "自行决定处理目的和方式")
   is another handler (PIPL 23), not a processor entrusted by us, whatever word names it;
3. content the service makes visible to all users or the public by default is public disclosure (PIPL 25); to a
   whole class of businesses (recruiters), provision to each; at the person's choice, neither;
4. a transfer from a mainland policy to Hong Kong, Macao or Taiwan is a transfer abroad (CAC practice, PIPL 38-39).
"""
from __future__ import annotations

import pytest

from compliance_judging import quoted, verdict

SHARE = "sharing-separate-consent"
GBT = "gbt-sharing-exceptions"
PUBLIC = "public-disclosure"

# --- 1. cases of a denial of sharing ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang,text,case", [
    ("en", "How we share information.\nWe do not share your personal information with third parties, except:\n"
           "(1) with your consent;\n(2) with the SDK providers listed in Annex 2;\n(3) where required by law.",
     "with the SDK providers"),
    ("zh", "三、我们如何共享您的个人信息\n我们不会与第三方共享您的个人信息，但以下情况除外：\n（1）事先获得您的明确同意；\n"
           "（2）与第三方SDK服务商共享；\n（3）根据法律法规的要求。", "与第三方SDK服务商共享"),
    ("es", "Cómo compartimos sus datos.\nNo compartimos sus datos personales con terceros, salvo:\n(1) con su consentimiento;\n"
           "(2) con los proveedores de SDK indicados en el Anexo 2;\n(3) cuando lo exija la ley.",
     "con los proveedores de SDK"),
])
def test_recipient_excepted_from_denial_is_provision(lang: str, text: str, case: str) -> None:
    assert verdict(text, lang, SHARE) == "contravention"
    assert case in quoted(text, lang, SHARE)[0]  # the case itself is quoted, not the denial that frames it
    assert verdict(text, lang, GBT) == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("en", "How we share information.\nWe do not share your personal information with third parties, except:\n"
           "(1) with your consent;\n(2) where required by law;\n(3) you yourself disclose it to a third party."),
    ("en", "How we share information.\nWe do not share your personal information with third parties, except:\n"
           "(1) with the SDK providers listed in Annex 2, after obtaining your separate consent;\n(2) where required by law."),
    ("zh", "三、我们如何共享您的个人信息\n我们不会与第三方共享您的个人信息，但以下情况除外：\n（1）事先获得您的明确同意；\n"
           "（2）用户自行向第三方公开其个人信息；\n（3）根据法律法规的要求。"),
])
def test_denial_whose_cases_restate_consent_or_law_shows_no_provision(lang: str, text: str) -> None:
    assert verdict(text, lang, SHARE) != "contravention"
    assert verdict(text, lang, GBT) != "contravention"


def test_inline_cases_of_a_denial() -> None:
    hit = ("How we share information. We do not share your personal information with third parties, except (1) with your "
           "consent, (2) with the SDK providers listed in Annex 2, or (3) where required by law.")
    miss = ("How we share information. We do not share your personal information with third parties, except (1) with your "
            "consent, (2) where required by law, or (3) to protect someone's life in an emergency.")
    assert verdict(hit, "en", SHARE) == "contravention" and verdict(hit, "en", GBT) == "contravention"
    assert verdict(miss, "en", SHARE) != "contravention" and verdict(miss, "en", GBT) != "contravention"


# --- 2. a recipient processing on its own account is another handler --------------------------------------------


@pytest.mark.parametrize("lang,hit,miss", [
    ("zh", "我们会将您的订单信息（收货人姓名、电话、地址）提供给团长，以便团长完成配送。团长为独立于我司的经营者，将自行处理您的个人信息。",
     "我们会委托团长代为完成配送，并向其提供您的收货人姓名、电话和地址，团长按照我们的要求处理您的个人信息，不得自行处理您的个人信息。"),
    ("zh", "我们会将您的订单信息提供给合作商户，合作商户作为独立的个人信息处理者，自行决定处理目的和方式。",
     "我们会将您的订单信息提供给合作商户，合作商户仅按照我们的指示处理。"),
    ("en", "We pass your name and delivery address to the courier company. The courier acts as an independent controller of this information.",
     "We pass your name and delivery address to the courier company on our behalf. The courier does not act as an independent controller of this information."),
    ("es", "Comunicamos su nombre y dirección de entrega a la empresa de mensajería, que actúa como responsable independiente del tratamiento.",
     "Comunicamos su nombre y dirección de entrega a la empresa de mensajería, que trata los datos por nuestra cuenta y no actúa como responsable independiente."),
    ("ru", "Мы передаём ваше имя и адрес доставки курьерской службе, которая самостоятельно определяет цели обработки.",
     "Мы передаём ваше имя и адрес доставки курьерской службе по нашему поручению; она не самостоятельно определяет цели обработки."),
    ("az", "Adınızı və çatdırılma ünvanınızı mağazaya ötürürük; mağaza müstəqil nəzarətçi kimi çıxış edir.",
     "Adınızı və çatdırılma ünvanınızı mağazaya ötürürük; mağaza müstəqil nəzarətçi deyil."),
])
def test_independent_handler_is_provision(lang: str, hit: str, miss: str) -> None:
    assert verdict(hit, lang, SHARE) == "contravention"
    assert verdict(miss, lang, SHARE) != "contravention"


# --- 3. visible to everyone by default ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang,hit,miss", [
    ("zh", "您的昵称和步数将显示在排行榜上，所有用户均可查看。", "您可以选择将昵称和步数展示在排行榜上，所有用户均可查看。"),
    ("zh", "您的动态默认为公开状态，您可以在设置中改为仅自己可见。", "您的动态不对其他用户可见。"),
    ("en", "Your reviews are public by default; you may hide them in Settings.", "You can choose to make your profile visible to the public."),
    ("en", "Your profile is visible to all users.", "Your profile is not visible to other users."),
])
def test_visible_to_all_by_default_is_public_disclosure(lang: str, hit: str, miss: str) -> None:
    assert verdict(hit, lang, PUBLIC) == "contravention"
    assert verdict(miss, lang, PUBLIC) != "contravention"


def test_visible_to_all_recruiters_is_provision_not_public() -> None:
    text = "我们的求职者简历默认对所有招聘方可见。"
    assert verdict(text, "zh", SHARE) == "contravention"
    assert verdict(text, "zh", PUBLIC) != "contravention"
    chosen = "您的简历默认仅您本人可见，您可以选择对招聘方公开。"
    assert verdict(chosen, "zh", SHARE) != "contravention"


# --- 4. Hong Kong, Macao and Taiwan are outside the mainland --------------------------------------------------------


@pytest.mark.parametrize("lang,hit,miss", [
    ("zh", "为提供求职服务，我们会将您的简历传输至我们的香港子公司。", "我们的香港客服团队会通过电话联系您。"),
    ("zh", "我们会将您的会员信息共享给我们在台湾的子公司。", "本政策适用于中国大陆地区用户，不适用于香港、澳门和台湾地区的用户。我们收集您的手机号码。"),
    ("en", "Our company is based in Shenzhen, China. We transfer your account data to our subsidiary in Hong Kong.",
     "Our company is based in Shenzhen, China. Our Hong Kong office answers questions about this policy."),
])
def test_transfer_to_hong_kong_macao_taiwan_is_abroad(lang: str, hit: str, miss: str) -> None:
    assert verdict(hit, lang, "cross-border-consent") == "contravention"
    assert verdict(miss, lang, "cross-border-consent") == "not-applicable"


def test_published_publicly_by_default_and_its_order() -> None:
    text = ("Tutor profiles are visible to all users of the app. Your lesson reviews are published on the tutor's public "
            "page by default; you can make a review anonymous at any time.")
    assert verdict(text, "en", PUBLIC) == "contravention"
    assert quoted(text, "en", PUBLIC)[0].startswith("Your lesson reviews")  # the sentence saying the service sets it
    assert verdict("Your lesson reviews are shown on the tutor's page if you choose to post them.", "en", PUBLIC) != "contravention"


def test_the_persons_own_data_sent_to_taiwan() -> None:
    hit = "We serve students in mainland China. We send your learning profile to our Taiwan subsidiary."
    miss = "We serve students in mainland China. Our Taiwan subsidiary publishes textbooks."
    assert verdict(hit, "en", "cross-border-consent") == "contravention"
    assert verdict(miss, "en", "cross-border-consent") == "not-applicable"
