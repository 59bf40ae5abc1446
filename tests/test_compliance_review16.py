"""Issue 15 (review16): one reading of each concept that three helpers had read in parallel.

1. a recipient that processes on its own account (cue ``independent_handler``, one list per language) is another
   handler; the party may be named again by an anaphor (cue ``party_anaphor``) in a later sentence of the section;
2. content visible to all by default is public disclosure unless a narrower audience is named (one fact,
   ``shown_by_default``; audience cues in five languages); a whole class of businesses is provision;
3. a company seated outside the mainland by its name (cue ``foreign_seat_name``) receives a transfer abroad;
4. a provision only to perform the contract the person asked for is review (PIPL 13(1)(2) vs art. 23, debated);
   a purpose beyond the contract is not.
All sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from compliance_judging import facts

# --- 1. a party named again by an anaphor, after a sentence that says it is independent ---------------------------


@pytest.mark.parametrize("lang,said,gives", [
    ("es", "Los comercios del centro comercial son responsables independientes del tratamiento.",
     "Cuando usted compra, comunicamos su nombre y su dirección a dicho comercio."),
    ("ru", "Магазины на площадке являются самостоятельными операторами персональных данных.",
     "Когда вы оформляете заказ, мы передаём ваше имя и адрес этому магазину."),
    ("az", "Platformadakı mağazalar müstəqil operator kimi çıxış edir.",
     "Sifariş verdikdə adınızı və ünvanınızı həmin mağazaya ötürürük."),
    ("en", "Shops in the mall are independent businesses.",
     "When you order, we send your name and address to that merchant."),
])
def test_an_anaphor_points_back_to_an_independent_party(lang: str, said: str, gives: str) -> None:
    f = facts(said + " " + gives, lang)
    assert gives in [s.text for s in f.to_independent_handlers]
    # near-miss: the same anaphor after a sentence that says nothing of independence
    plain = {"es": "Los comercios del centro comercial colaboran con nosotros.",
             "ru": "Магазины на площадке сотрудничают с нами.",
             "az": "Platformadakı mağazalar bizimlə əməkdaşlıq edir.",
             "en": "Shops in the mall work with us."}[lang]
    assert gives not in [s.text for s in facts(plain + " " + gives, lang).to_independent_handlers]


@pytest.mark.parametrize("lang,text", [
    ("en", "| Interpreter agency you select | independent handler | name, phone number |"),  # a label, no act
    ("zh", "商户并非独立的个人信息处理者，仅按照我们的指示处理您的信息。"),
    ("es", "La empresa de mensajería no es responsable independiente del tratamiento."),
])
def test_a_label_or_a_denial_of_independence_gives_nothing(lang: str, text: str) -> None:
    assert facts(text, lang).provision_to_others == []


# --- 2. content visible to all by default: one fact (``shown_by_default``), audience rules in the cues ---------------

from compliance_judging import verdict  # noqa: E402


@pytest.mark.parametrize("lang,hit,miss", [
    ("es", "Sus reseñas son públicas por defecto; puede ocultarlas en Ajustes.",
     "Sus reseñas son públicas por defecto solo para sus amigos."),
    ("ru", "По умолчанию ваш профиль виден всем пользователям; вы можете скрыть его в настройках.",
     "По умолчанию ваш профиль виден только вашим друзьям."),
    ("en", "By default your playlists are visible to all users; you can hide them.",
     "By default your playlists are visible only to your followers."),
    ("zh", "您的歌单默认向所有用户展示，您可以在设置中改为仅自己可见。", "您的歌单默认仅好友可见，您可以选择向所有用户展示。"),
])
def test_public_by_default_unless_a_narrower_audience_is_named(lang: str, hit: str, miss: str) -> None:
    assert verdict(hit, lang, "public-disclosure") == "contravention"
    assert verdict(miss, lang, "public-disclosure") != "contravention"


def test_a_whole_class_of_businesses_by_default_is_provision() -> None:
    text = "По умолчанию ваше резюме видно всем работодателям."
    f = facts(text, "ru")
    assert [s.text for s in f.shown_by_default[1]] == [text] and f.shown_by_default[0] == []


# --- 3. a company seated outside the mainland by its name (cue ``foreign_seat_name``), Hong Kong included ------------


@pytest.mark.parametrize("lang,hit,miss", [
    ("en", "We are based in Hangzhou, China. We share your order history with Qinghe Holdings (Hong Kong) Limited for group audits.",
     "We are based in Hangzhou, China. Our parent company is Qinghe Holdings (Hong Kong) Limited."),
    ("zh", "我们会向星河科技（新加坡）私人有限公司提供您的账号信息，用于海外客服。",
     "我们的母公司为星河科技（新加坡）私人有限公司。您的个人信息存储于中国境内。"),
])
def test_a_company_seated_abroad_by_its_name_receives_a_transfer(lang: str, hit: str, miss: str) -> None:
    assert verdict(hit, lang, "cross-border-consent") == "contravention"
    assert verdict(miss, lang, "cross-border-consent") == "not-applicable"


# --- 4. a provision that only performs the contract the person asked for (PIPL 13(1)(2) and para 2 vs art. 23) -------

SHARE = "sharing-separate-consent"


@pytest.mark.parametrize("lang,hit,miss", [
    ("en", "We pass your name, phone number and address to the courier company to deliver your order.",
     "We pass your name, phone number and address to the courier company to deliver your order and to send you its promotional offers."),
    ("zh", "为完成配送，我们会将您的收货人姓名、手机号码和地址提供给第三方快递服务商。",
     "为完成配送并用于其营销推广，我们会将您的收货人姓名、手机号码和地址提供给第三方快递服务商。"),
    ("es", "Comunicamos su nombre, teléfono y dirección a empresas de mensajería para entregar sus pedidos.",
     "Comunicamos su nombre, teléfono y dirección a empresas de mensajería para entregar sus pedidos y enviarle publicidad."),
    ("ru", "Мы передаём ваше имя, телефон и адрес третьим лицам (курьерским службам) для доставки вашего заказа.",
     "Мы передаём ваше имя, телефон и адрес третьим лицам (курьерским службам) для доставки вашего заказа и рекламных рассылок."),
])
def test_provision_only_to_perform_the_persons_contract_is_review(lang: str, hit: str, miss: str) -> None:
    assert verdict(hit, lang, SHARE) == "review"
    assert verdict(miss, lang, SHARE) == "contravention"  # a purpose beyond the contract needs separate consent


def test_a_contract_provision_beside_another_provision_is_still_a_contravention() -> None:
    text = ("We pass your name and address to the courier company to deliver your order. "
            "We share your personal information with our advertising partners.")
    assert verdict(text, "en", SHARE) == "contravention"
    said = ("We pass your name and address to the courier company to deliver your order. "
            "These transfers do not require your consent.")
    assert verdict(said, "en", SHARE) == "contravention"  # the dispensation claimed outright, not left to the ground
