"""Structural rules of struct16, each with a case and a near-miss (several languages where the rule is linguistic):

1. verb + object + "to" + a party ("we give / pass / hand your data to the courier") provides data to that party,
   whatever the party's noun: the grammar names the recipient;
2. a party that receives the data "as a controller of its own" ("como responsable propio", "в качестве
   самостоятельного оператора", "müstəqil operator kimi") is another handler (PIPL 23), not a processor; the handler
   calling itself the controller is not;
3. personalised offers and advertising are profiling (PIPL 24) in es/ru/az as in en/zh, also with a complement between
   noun and adjective ("ofertas de té personalizadas", "персонализированные скидочные предложения");
4. news reporting in the public interest is a PIPL 13(5) ground, in a list of cases or inline;
5. a Latin-script cue names a word or a word's start ("healthy" is no health, "untargeted" no targeting, "acceder" no
   "ceder"); Cyrillic prefixes keep the stem;
6. a bare denial of sharing describes no provision (not-applicable, not review).
"""
from __future__ import annotations

import pytest

from compliance_judging import facts, stating, verdict

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


# --- 4. news reporting in the public interest is a PIPL 13(5) ground ------------------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("zh", "以下情形中，我们处理您的个人信息无需征得您的同意：\n（1）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息的。"),
    ("zh", "在以下情形中，我们收集您的个人信息无需征得您的授权同意：\n1. 新闻单位开展合法的新闻报道所必需的。"),
    ("en", "We may process your personal information without your consent where necessary for news reporting and "
           "supervision by public opinion in the public interest, within a reasonable scope."),
    ("es", "Podemos tratar sus datos sin su consentimiento cuando sea necesario para fines periodísticos de interés público."),
    ("ru", "Мы можем обрабатывать ваши персональные данные без вашего согласия, если это необходимо для "
           "осуществления профессиональной деятельности журналиста."),
    ("az", "Şəxsi məlumatlarınızı razılığınız olmadan jurnalist fəaliyyəti üçün zəruri olduqda emal edə bilərik."),
])
def test_news_reporting_in_the_public_interest_is_a_pipl13_ground(lang: str, text: str) -> None:
    assert verdict(text, lang, "legal-basis") == "met"


@pytest.mark.parametrize("lang,text", [
    ("zh", "我们会根据您的兴趣向您推送新闻报道和热点资讯。"),
    ("en", "We send you news reports and breaking news alerts."),
    ("es", "Le enviamos noticias y reportajes de actualidad."),
    ("ru", "Мы публикуем новости и репортажи журналистов."),
])
def test_news_content_names_no_ground(lang: str, text: str) -> None:
    assert stating(text, lang, "pipl13_news") == []


def test_a_ground_not_in_pipl13_beside_news_stays_a_contravention() -> None:
    text = ("We may process your personal information without your consent (1) for news reporting in the public interest; "
            "(2) to protect our own rights and interests.")
    assert verdict(text, "en", "legal-basis") == "contravention"


# --- 5. English kinds of sensitive data are words from their first letter -----------------------------------------------


@pytest.mark.parametrize("hit,miss", [
    ("We record your health conditions.", "We help you keep a healthy lifestyle."),
    ("We process health-related data and healthcare records.", "We suggest healthier recipes to you."),
    ("We check the iris pattern at the door.", "Osiris Ltd. hosts our website."),
    ("We use face recognition at the entrance.", "The surface of the interface is easy to use."),
])
def test_english_sensitive_kinds_are_bounded_words(hit: str, miss: str) -> None:
    assert stating(hit, "en", "sensitive_strong") == [hit]
    assert stating(miss, "en", "sensitive_strong") == []


# --- 5b. a Latin-script cue matches a word or a word's start, never the inside of another word ---------------------------


@pytest.mark.parametrize("lang,hit,miss,fact", [
    ("en", "We show targeted advertising.", "We only show untargeted advertising.", "profiling"),
    ("en", "By continuing to use the app, you accept this policy.",
     "You can stop at any time by discontinuing use of the app.", "continued_use"),
    ("es", "Cedemos sus datos a la aseguradora.", "Puede acceder a sus datos en su cuenta.", "share_verb"),
    ("az", "Məlumatlarınızı tərəfdaşlara ötürürük.", "Sifarişi hava limanında götürə bilərlər.", "share_verb"),
])
def test_latin_cues_do_not_match_inside_words(lang: str, hit: str, miss: str, fact: str) -> None:
    assert stating(hit, lang, fact) == [hit]
    assert stating(miss, lang, fact) == []


def test_cyrillic_prefixes_keep_the_stem() -> None:
    """Russian prefixes keep the stem's sense: "зашифрованном" is encrypted."""
    text = "Данные хранятся в зашифрованном виде."
    assert stating(text, "ru", "security_measure") == [text]


@pytest.mark.parametrize("text", [
    "Entregamos su nombre, dirección y teléfono a las empresas de mensajería que reparten sus pedidos.",
    "Facilitamos sus datos de contacto a la agencia local que organiza la excursión.",
])
def test_spanish_verb_object_a_party_is_provision(text: str) -> None:
    assert [s.text for s in facts(text, "es").provision_to_others] == [text]


@pytest.mark.parametrize("text", [
    "Usamos sus datos para entregar sus pedidos a la dirección que nos indique.",
    "Puede acceder a sus datos y rectificarlos en su cuenta.",
])
def test_spanish_infinitive_or_access_is_no_provision(text: str) -> None:
    assert facts(text, "es").provision_to_others == []


# --- a bare denial of sharing describes no provision -------------------------------------------------------------------


@pytest.mark.parametrize("lang,text", [
    ("en", "We do not give access to your information to third parties."),
    ("en", "We do not share your information with third parties."),
    ("es", "No vendemos ni cedemos sus datos a terceros."),
])
def test_a_bare_denial_of_sharing_is_not_applicable(lang: str, text: str) -> None:
    assert verdict(text, lang, SHARING) == "not-applicable"
    assert verdict(text, lang, "gbt-sharing-exceptions") == "not-applicable"


def test_sharing_mentioned_without_a_recipient_stays_review() -> None:
    text = "We may share your information with others as described below."
    assert verdict(text, "en", SHARING) == "review"
    assert verdict(text, "en", "gbt-sharing-exceptions") == "review"
