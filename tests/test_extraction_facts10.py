"""Scalar facts read right on wording seen in fresh real policies (issue 16, helper facts10).

Each rule is tested with the wording it is for, in the languages where it is linguistic, and a near miss
beside it that must not match. The texts are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- selling, zh: "提出售后申请" is 提出 + 售后 (after-sale service); no 出售 is written ---------------------
@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("当您向我们提出售后申请时，我们需要您提供订单号和个人信息以核实身份。", None),
        ("您可以作出售前咨询，我们会保存咨询记录中的个人信息。", None),
        ("如您提出售中退款，我们将使用您的支付信息处理退款。", None),
        # near misses: the company does speak of selling personal data
        ("我们不会出售您的个人信息。", "no"),
        ("我们可能将您的个人信息出售给合作方。", "yes"),
        ("我们出售后不再保留您的个人信息。", "yes"),
    ],
)
def test_after_sale_service_is_not_selling(text: str, sells: str | None) -> None:
    assert facts(text, "zh")["sells_data"] == sells


# --- implied consent: the company "will consider your use as acceptance" ---------------------------------
@pytest.mark.parametrize(
    ("text", "language", "implied"),
    [
        ("If you use the services after the effective date, the company will consider your use as acceptance of "
         "the updated policy.", "en", True),
        ("We will treat your continued use of the app as your agreement to these terms.", "en", True),
        ("Si utiliza los servicios después de la fecha de vigencia, la empresa considerará su uso como aceptación "
         "de la política actualizada.", "es", True),
        ("Компания будет рассматривать дальнейшее использование сервиса как согласие с новой редакцией.", "ru", True),
        # near misses: consent is asked for, not deemed from use
        ("We will consider your request and ask for your consent before any new use.", "en", False),
        ("We treat your data as confidential and ask for your agreement before sharing it.", "en", False),
        ("Consideraremos su solicitud y pediremos su consentimiento antes de cualquier uso nuevo.", "es", False),
        ("Мы рассмотрим ваш запрос и запросим согласие перед новым использованием данных.", "ru", False),
    ],
)
def test_use_considered_as_acceptance_is_implied_consent(text: str, language: str, implied: bool) -> None:
    assert facts(text, language)["implied_consent"] is implied


# --- implied consent, en: "if you post …, you are providing consent to its disclosure" ---------------------
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("If you post reviews to our message boards, you are doing so by choice and you are providing consent to "
         "the disclosure of this information.", True),
        ("If you submit a photo to the gallery, you thereby give permission for it to be shown publicly.", True),
        # near misses: consent is asked for separately; the user may withdraw it
        ("If you post reviews to our message boards, we will first ask for your consent to show them.", False),
        ("If you provide your phone number, you can withdraw your consent to text messages at any time.", False),
    ],
)
def test_providing_data_called_consent_is_implied_consent(text: str, implied: bool) -> None:
    assert facts(text, "en")["implied_consent"] is implied


# --- minors: markdown emphasis inside the phrase does not hide the age ------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "age"),
    [
        ("如果您是14_** ** _周岁以下儿童的，请在监护人指导下使用我们的服务。", "zh", 14),
        ("We do not knowingly collect data from children under the age of **13**.", "en", 13),
        ("Мы не собираем данные детей младше **14** лет.", "ru", 14),
        ("No recopilamos datos de menores de _16_ años.", "es", 16),
        # near misses: emphasis with no age in it; a number that is no age
        ("**如您为未成年人**，请在监护人指导下使用我们的服务。", "zh", None),
        ("Children should **always** ask a parent before sending us any information, see section **13**.", "en", None),
    ],
)
def test_emphasis_marks_do_not_split_the_age(text: str, language: str, age: int | None) -> None:
    minors = facts(text, language)["minors"]
    assert minors["mentioned"] is True
    assert minors["age"] == age


# --- implied consent, zh: "继续享用…则视为用户已经接受" (another verb of use, the user named as 用户) ----------
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("如果用户继续享用网络服务，则视为用户已经接受服务条款的修改。", True),
        ("您继续访问本网站的，即表示您同意修订后的政策。", True),
        ("用户提交订单后，视为用户已经接受平台规则。", True),
        # near misses: continuing needs a new consent; a deemed fact that is no consent
        ("如果用户继续享用网络服务，我们将再次征求用户的同意。", False),
        ("逾期未支付的订单视为用户已经取消。", False),
    ],
)
def test_continued_enjoyment_deems_consent(text: str, implied: bool) -> None:
    assert facts(text, "zh")["implied_consent"] is implied


# --- publisher: the party that "may change this agreement" is its writer (zh, ru, es; en had it) ----------
@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        ("香哈有权随时对服务条款进行修改，修改后将在网站公告。\n用户注册香哈的服务时须提供个人信息。\n"
         "(C)2011-2020 XIANGHA.COM", "zh", "香哈"),
        ("Акме вправе изменять настоящую Политику в любое время. Акме собирает адрес почты.\nАкме хранит данные.",
         "ru", "Акме"),
        ("Acme se reserva el derecho de modificar esta Política en cualquier momento. Acme recopila su correo.\n"
         "Acme guarda los datos.", "es", "Acme"),
        # near misses: a pronoun or a common noun reserving the right; the user editing their own data
        ("我们有权随时对本协议进行修改。\n我们会收集您的手机号。", "zh", None),
        ("本公司有权随时对服务条款进行修改。\n我们会收集您的手机号。", "zh", None),
        ("用户有权对个人资料进行修改。\n我们会收集您的手机号。", "zh", None),
        ("Компания вправе изменять настоящую Политику в любое время.\nМы собираем адрес почты.", "ru", None),
        ("La Empresa se reserva el derecho de modificar esta Política en cualquier momento.\nRecopilamos su correo.",
         "es", None),
    ],
)
def test_party_that_may_change_the_text_is_its_writer(text: str, language: str, company: str | None) -> None:
    assert facts(text, language)["company"] == company


# --- contacts: a number in a sentence sending the reader to a public body is that body's --------------------
@pytest.mark.parametrize(
    ("text", "language", "phones"),
    [
        ("To add your number to the list, please call 1-888-555-0142 or visit the National Do Not Call Registry. "
         "To reach us, call 1-800-555-0199.", "en", {"18005550199"}),
        ("如您对处理结果不满意，可以拨打12315向市场监督管理部门投诉。客服电话：400-800-1234。", "zh",
         {"4008001234"}),
        ("Вы можете позвонить по телефону +7 495 123-45-67 в Роскомнадзор. Наш телефон: +7 495 765-43-21.", "ru",
         {"74957654321"}),
        ("Puede llamar a la AEPD al +34 901 100 099. Nuestro teléfono es +34 911 234 567.", "es", {"34911234567"}),
        # near misses: the publisher's own number beside a regulator named in another sentence
        ("You may complain to the Federal Trade Commission. To reach us, call 1-800-555-0199.", "en",
         {"18005550199"}),
        ("我们接受监管部门的监督。客服电话：400-800-1234，您可以拨打进行投诉。", "zh", {"4008001234"}),
    ],
)
def test_number_of_a_public_body_is_not_the_publishers(text: str, language: str, phones: set[str]) -> None:
    found = {"".join(ch for ch in p if ch.isdigit()) for p in facts(text, language)["contacts"]["phones"]}
    assert found == phones
