"""Structural rules of issue 15 (struct15), each with a case and a near-miss in several languages:

1. the kinds of sensitive data are words, not substrings: "face" is not in "interface", "Facebook", "surface" or
   "face-to-face", "dini" (religious) not in "etdiniz", and a kind names the data ("bank card", "银行卡"), never the
   institution ("Bank of X", "手机银行");
2. the checks read a sentence with the full stops of legal forms masked ("S.A. de C.V.", "S.L.,", "Pte. Ltd."), one way
   for every check (``PolicyFacts.text_of``), extraction and compliance masking the same forms; quotes keep the text;
3. remote access from abroad to data kept in the PRC is a transfer abroad; the user reaching his own data abroad is not;
4. clicking "I agree" on the policy is an act (consent-by-use met); one click for "all processing, including what the
   service does not need" is bundled consent.
"""
from __future__ import annotations

import pytest

from compliance_judging import facts, quoted, stating, verdict
from policykg.compliance.checks_special import _kinds
from policykg.ingest.extract.cues import DOT_LEADER, mask_legal_form_dots

# --- 1. kinds of sensitive data are bounded words, and name the data ---------------------------------------------


@pytest.mark.parametrize("text,kinds", [
    ("We scan your face to unlock the app.", {"biometric"}),
    ("Facial recognition is used at the door.", {"biometric"}),
    ("You may log in with FaceID.", {"biometric"}),
    ("We collect your bank account number.", {"financial"}),
    ("Recopilamos el número de su cuenta bancaria.", {"financial"}),
    ("Мы обрабатываем данные о состоянии здоровья.", {"health"}),
    ("我们收集您的银行卡号。", {"financial"}),
    ("我们收集您的人脸信息。", {"biometric"}),
    ("Ürək döyüntüsü məlumatlarını toplayırıq.", {"health"}),
])
def test_kind_words_found(text: str, kinds: set[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "You can sign in with Facebook through the interface on the surface of the app.",
    "We offer face-to-face meetings with our advisers.",
    "Payments are processed by the Bank of Example.",
    "Los pagos los procesa el Banco Ejemplo.",
    "您可以通过手机银行完成付款。",
    "Our support team is Irish.",
])
def test_kind_words_not_in_other_words_nor_institutions(text: str) -> None:
    assert _kinds(text) == set()


@pytest.mark.parametrize("lang,hit,miss,fact", [
    ("az", "Dini baxışlarınızı emal edirik.", "Qeydiyyat zamanı adınızı qeyd etdiniz.", "sensitive"),
    ("es", "Recopilamos datos de salud.", "Saludos cordiales de nuestro equipo.", "sensitive"),
    ("en", "We use face recognition at the entrance.", "We hold face-to-face meetings and you may log in with Facebook.",
     "sensitive_strong"),
    ("en", "You may log in with FaceID.", "You may log in with Facebook.", "sensitive_strong"),
    ("en", "We check the iris pattern.", "Our Irish office answers requests.", "sensitive"),
])
def test_sensitive_cues_bounded(lang: str, hit: str, miss: str, fact: str) -> None:
    assert stating(hit, lang, fact) == [hit]
    assert stating(miss, lang, fact) == []


# --- 2. legal-form dots masked once, for extraction and the checks alike --------------------------------------------


@pytest.mark.parametrize("text,masked", [
    ("Ejemplo S.A. de C.V. es el responsable.", "Ejemplo S#A# de C#V# es el responsable."),
    ("Rueda Verde S.L., con domicilio en Madrid.", "Rueda Verde S#L#, con domicilio en Madrid."),
    ("Alfa S.R.L. (Roma) y Beta S.p.A. son encargados.", "Alfa S#R#L# (Roma) y Beta S#p#A# son encargados."),
    ("Muster GmbH & Co. KG in Berlin.", "Muster GmbH & Co# KG in Berlin."),
])
def test_mask_dotted_forms(text: str, masked: str) -> None:
    assert mask_legal_form_dots(text) == masked.replace("#", DOT_LEADER)


@pytest.mark.parametrize("text", [
    "Vendido por Tienda S.A. Los datos se guardan en Lima.",  # the form ends the sentence
    "We are based in the U.S.A. and nowhere else.",  # no legal form
    "ООО «Пример» и АО «Образец» обрабатывают данные.",  # no dots to mask
])
def test_mask_leaves_sentence_ends_and_undotted_forms(text: str) -> None:
    assert mask_legal_form_dots(text) == text


@pytest.mark.parametrize("lang,text,server", [
    ("es", "Somos una empresa de Hangzhou, China, y atendemos a usuarios en China. ",
     "Sus datos se guardan en los servidores de Nube Andina S.A. de C.V. en Lima."),
    ("en", "We are Hangzhou Example Co., Ltd., a company in China. ",
     "Your data are stored on servers operated by Cloud Example Pte. Ltd. in Singapore."),
])
def test_server_place_read_over_legal_form(lang: str, text: str, server: str) -> None:
    f = facts(text + server, lang)
    affirmative = [s.text for s in f.transfers_abroad[0]]
    assert affirmative == [server]  # the quote keeps the original dots
    # near-miss: the same company's servers in China keep the data at home
    home = server.replace("Lima", "Hangzhou").replace("Singapore", "Hangzhou")
    assert [s.text for s in facts(text + home, lang).transfers_abroad[0]] == []


def test_text_of_masks_only_where_needed() -> None:
    f = facts("Datos tratados por Ejemplo S.L., con domicilio en Madrid. Sin formas aquí.", "es")
    first, second = f.policy.sentences[0], f.policy.sentences[-1]
    assert DOT_LEADER in f.text_of(first) and DOT_LEADER not in first.text
    assert f.text_of(second) == second.text


# --- 3. remote access from abroad is a transfer abroad --------------------------------------------------------------

REMOTE = [
    ("en", "We are a company in Hangzhou, China. Your data are stored on our servers in Hangzhou. ",
     "Our support staff in Colombia access the servers in Hangzhou to answer your requests.",
     "Your data are accessed only by our staff in China.",
     "You can access your data while travelling abroad."),
    ("zh", "我们是位于杭州的公司。您的个人信息存储在中国境内。",
     "为提供客服支持，我们位于哥伦比亚的客服人员可能会从境外访问存储在中国境内的数据。",
     "您的个人信息仅由境内员工访问。",
     "您在境外旅行时也可以访问您的账户信息。"),
    ("ru", "Мы компания из Ханчжоу (КНР). Ваши данные хранятся на серверах в Ханчжоу, Китай. ",
     "Наши специалисты поддержки в Колумбии получают доступ из-за рубежа к этим серверам.",
     "Доступ к данным имеют только наши сотрудники в Ханчжоу.",
     "Находясь за рубежом, вы можете получить доступ к своему профилю."),
    ("es", "Somos una empresa de Hangzhou, China. Sus datos se almacenan en servidores en Hangzhou. ",
     "Nuestro personal de soporte en Colombia accede de forma remota a los servidores en Hangzhou.",
     "Solo nuestro personal en Hangzhou accede a los datos.",
     "Usted puede acceder a sus datos cuando viaja al extranjero."),
]


@pytest.mark.parametrize("lang,head,remote,domestic,user", REMOTE)
def test_remote_access_from_abroad_is_transfer(lang: str, head: str, remote: str, domestic: str, user: str) -> None:
    assert [s.text for s in facts(head + remote, lang).transfers_abroad[0]] == [remote]
    assert [s.text for s in facts(head + domestic, lang).transfers_abroad[0]] == []
    assert [s.text for s in facts(head + user, lang).transfers_abroad[0]] == []


# --- 4. "I have read and agree": an act; "all processing, including the unneeded": bundled ---------------------------

HEAD = {"en": "We are Example Ltd. We collect your name and phone number to provide the service. ",
        "es": "Somos Ejemplo S.L. Recopilamos su nombre y teléfono para prestar el servicio. ",
        "ru": "Мы ООО «Пример». Мы собираем ваше имя и телефон для оказания услуги. ",
        "az": "Biz Nümunə MMC-yik. Xidməti göstərmək üçün adınızı və telefon nömrənizi toplayırıq. ",
        "zh": "我们是示例公司。为提供服务，我们收集您的姓名和手机号码。"}
ACCEPT = [
    ("en", "By clicking \"I have read and agree\" on this policy you give your consent to it.",
     "By clicking \"I agree\" you consent to all processing described in this policy, including marketing and profiling "
     "that the service does not need."),
    ("es", "Al hacer clic en \"He leído y acepto\" en esta política, usted da su consentimiento.",
     "Al hacer clic en \"Acepto\" usted consiente todo el tratamiento descrito, incluida la publicidad personalizada que no "
     "es necesaria para el servicio."),
    ("ru", "Нажимая кнопку «Согласен» под настоящей политикой, вы даёте согласие на обработку данных.",
     "Нажимая «Согласен», вы соглашаетесь на всю описанную обработку, включая рассылку рекламы, которая не нужна для "
     "оказания услуги."),
    ("az", "Bu siyasətin altında «Razıyam» düyməsini sıxmaqla siz razılığınızı verirsiniz.",
     "«Razıyam» düyməsini sıxmaqla siz təsvir olunan bütün emala, o cümlədən xidmət üçün lazım olmayan reklam "
     "göndərişlərinə razılıq verirsiniz."),
    ("zh", "您点击“我已阅读并同意”本政策，即表示您同意我们按照本政策处理您的个人信息。",
     "您点击“同意”即表示您同意本政策所述的全部处理活动，包括并非提供服务所必需的个性化广告推送。"),
]


@pytest.mark.parametrize("lang,agree,bundle", ACCEPT)
def test_acceptance_click_is_act_and_bundle_is_bundled(lang: str, agree: str, bundle: str) -> None:
    # near-miss: accepting the policy by a click is explicit and bundles nothing
    assert verdict(HEAD[lang] + agree, lang, "consent-by-use") == "met"
    assert verdict(HEAD[lang] + agree, lang, "bundled-consent") == "review"
    # the one click for all processing including the unneeded: still an act, but bundled
    assert verdict(HEAD[lang] + bundle, lang, "consent-by-use") == "met"
    assert verdict(HEAD[lang] + bundle, lang, "bundled-consent") == "contravention"
    assert quoted(HEAD[lang] + bundle, lang, "bundled-consent") == [bundle]


def test_use_still_deems_consent() -> None:
    """Near-miss on the other side: use, not a click, deems consent."""
    assert verdict(HEAD["en"] + "By using the app you agree to this policy.", "en", "consent-by-use") == "contravention"
