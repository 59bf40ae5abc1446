"""Structural rules of struct16, each with a case and a near-miss (several languages where the rule is linguistic):

1. verb + object + "to" + a party ("we give / pass / hand your data to the courier") provides data to that party,
   whatever the party's noun: the grammar names the recipient;
2. a party that receives the data "as a controller of its own" ("como responsable propio", "в качестве
   самостоятельного оператора", "müstəqil operator kimi") is another handler (PIPL 23), not a processor; the handler
   calling itself the controller is not;
3. personalised offers and advertising are profiling (PIPL 24) in es/ru/az as in en/zh, also with a complement between
   noun and adjective ("ofertas de té personalizadas", "персонализированные скидочные предложения").
"""
from __future__ import annotations

import pytest

from compliance_judging import facts, verdict

SHARING = "sharing-separate-consent"

# --- 1. verb + object + "to" + party -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "We give your name and phone number to the courier company.",
    "We hand your booking details to the hotel you chose.",
    "We pass on your contact information to a local guide.",
    "Your delivery details are given to the carrier.",
])
def test_give_pass_hand_to_a_party_is_provision(text: str) -> None:
    assert [s.text for s in facts(text, "en").provision_to_others] == [text]
    assert verdict(text, "en", SHARING) == "contravention"


@pytest.mark.parametrize("text", [
    "We give you the option to delete your data at any time.",
    "These rules give rise to the following rights for your information.",
    "We give priority to the security of your personal data.",
    "You pass your details to the app when you register.",
])
def test_give_to_without_a_receiving_party_is_not(text: str) -> None:
    assert facts(text, "en").provision_to_others == []


# --- 2. a recipient acting as its own controller -----------------------------------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("es", "La aseguradora recibe su nombre y teléfono como responsable propio del tratamiento."),
    ("es", "El operador turístico trata sus datos como responsable independiente."),
    ("en", "The airline receives your name and passport number as an independent controller."),
    ("ru", "Страховая компания получает ваше имя и номер телефона в качестве самостоятельного оператора."),
    ("az", "Sığorta şirkəti adınızı və telefon nömrənizi müstəqil operator kimi alır."),
])
def test_recipient_as_own_controller_is_provision(lang: str, text: str) -> None:
    assert [s.text for s in facts(text, lang).provision_to_others] == [text]
    assert verdict(text, lang, SHARING) == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("es", "Actuamos como responsable independiente de sus datos personales."),
    ("en", "We act as an independent controller of your personal data."),
    ("ru", "Мы являемся самостоятельным оператором ваших персональных данных."),
    ("az", "Biz məlumatlarınızın müstəqil operatoru kimi çıxış edirik."),
    # a processor acting on our instructions stays entrusted processing
    ("en", "Our processors, unlike independent controllers, handle your data on our instructions."),
])
def test_the_handler_itself_as_controller_is_not(lang: str, text: str) -> None:
    assert facts(text, lang).provision_to_others == []


def test_separate_consent_for_the_own_controller_is_met() -> None:
    text = ("Con su consentimiento expreso y por separado, la aseguradora recibe su nombre y teléfono como "
            "responsable propio del tratamiento.")
    assert verdict(text, "es", SHARING) == "met"


# --- 3. personalised offers are profiling in every language ---------------------------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("es", "Le enviamos ofertas de té personalizadas según sus compras anteriores."),
    ("es", "Le mostramos anuncios de viajes personalizados."),
    ("es", "Personalizamos las ofertas según su historial de compras."),
    ("ru", "Мы показываем персонализированные скидочные предложения."),
    ("az", "Sizə fərdiləşdirilmiş çay təklifləri göndəririk."),
    ("en", "We send you personalised tea offers."),
])
def test_personalised_offers_are_profiling(lang: str, text: str) -> None:
    assert [s.text for s in facts(text, lang).where("profiling")] == [text]
    assert verdict(text, lang, "automated-decision") == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("es", "Le enviamos ofertas de temporada por correo."),
    ("es", "Nuestro equipo ofrece una atención personalizada por teléfono."),
    ("ru", "Мы показываем сезонные скидочные предложения."),
    ("az", "Sizə mövsümi çay təklifləri göndəririk."),
])
def test_offers_not_personalised_are_not(lang: str, text: str) -> None:
    assert facts(text, lang).where("profiling") == []


def test_personalised_offers_with_an_opt_out_are_met() -> None:
    text = "Le enviamos ofertas de té personalizadas; puede desactivarlas en Ajustes."
    assert verdict(text, "es", "automated-decision") == "met"


def test_own_controller_needs_no_word_for_data() -> None:
    """A controller is one of personal information: the items it receives need no word for "data"."""
    text = ("Para los envíos a Chile, la agencia Andes Carga recibe el nombre, el teléfono y la dirección del "
            "destinatario y los trata como responsable propio.")
    assert [s.text for s in facts(text, "es").provision_to_others] == [text]
    near = "Para los envíos a Chile, la agencia Andes Carga recibe el nombre, el teléfono y la dirección del destinatario."
    assert facts(near, "es").provision_to_others == []
