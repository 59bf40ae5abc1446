"""General causes of wrong facts seen in the session-15 honest look (helper facts15).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts are
written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- a processor is a service provider, even where no recipient word names it ---------------------------------
@pytest.mark.parametrize(
    ("text", "language", "recipient"),
    [
        ("Printing is done by Inkwell Works, which receives your files under a written processing agreement.",
         "en", "service-providers"),
        ("Los laboratorios con los que trabajamos actúan como encargados y tratan los datos únicamente por cuenta "
         "nuestra.", "es", "service-providers"),
        ("我们会与受托公司签署数据处理协议，要求其按照我们的指示处理您的个人信息。", "zh", "service-providers"),
    ],
)
def test_processor_named_by_its_role_is_a_service_provider(text: str, language: str, recipient: str) -> None:
    record = facts(text, language)
    assert recipient in record["recipients"]
    assert "entrusted-processing" in record["disclosure_conditions"]


def test_a_named_kind_of_recipient_wins_over_the_processor_default() -> None:
    # near miss: the sentence names the recipients (affiliates); the entrustment does not add another kind
    record = facts("We share your data with our affiliates, who process it on our behalf.", "en")
    assert record["recipients"] == ["affiliates"]


def test_a_denied_processor_is_no_recipient() -> None:
    record = facts("We do not let any company process your data on our behalf.", "en")
    assert "service-providers" not in record["recipients"]


# --- disclosure conditions ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "key", "present"),
    [
        ("Where you ask us to, we share your contact details with your event planner.", "en", "consent", True),
        ("If you instruct us to, we will disclose your booking to the venue.", "en", "consent", True),
        # near miss: asking us to stop sharing is an objection, not consent to share
        ("If you ask us to stop, we will no longer share your details with the venue.", "en", "consent", False),
        ("Podremos transferir sus datos a terceros cuando sea necesario para el reconocimiento, ejercicio o defensa "
         "de un derecho en un proceso judicial.", "es", "protect-rights", True),
        # near miss: the consumer authority's name is no case of disclosure
        ("Podremos transferir sus datos a la Procuraduría Federal del Consumidor cuando lo exija la ley.", "es",
         "protect-rights", False),
    ],
)
def test_condition_cues(text: str, language: str, key: str, present: bool) -> None:
    assert (key in facts(text, language)["disclosure_conditions"]) is present


# --- purposes ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "purpose", "present"),
    [
        ("We use your invoices to meet our tax and accounting obligations under Singapore law.", "en",
         "LegalCompliance", True),
        ("We keep your email address to comply with requirements under consumer protection legislation.", "en",
         "LegalCompliance", True),
        # near miss: obligations under the contract with the user are not a law's
        ("We use your address to meet our obligations under the contract with you.", "en", "LegalCompliance", False),
        ("Məlumatlarınızdan qanunvericiliyin tələblərinə əməl etmək üçün istifadə edirik.", "az", "LegalCompliance", True),
        # near miss: the platform's own rules are not the law
        ("Məlumatlarınızdan platformanın qaydalarına əməl etmək üçün istifadə edirik.", "az", "LegalCompliance", False),
        ("我们收集您的地址和电话，用于核算搬家费用并完成收款。", "zh", "PaymentManagement", True),
        # near miss: the fee is mentioned, no payment is processed
        ("我们收集您的地址和电话，用于安排上门服务，不会额外增加任何项目。", "zh", "PaymentManagement", False),
        ("我们会收集您的位置信息，用于为您提供导航。", "zh", "ServiceProvision", True),
        # near miss: a navigation bar is part of the page
        ("我们会收集您的位置信息，并在导航栏中显示所在城市。", "zh", "ServiceProvision", False),
    ],
)
def test_purpose_cues(text: str, language: str, purpose: str, present: bool) -> None:
    assert (purpose in facts(text, language)["purposes"]) is present


# --- data categories --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "category", "present"),
    [
        ("We collect the couple's names, email addresses and mobile numbers.", "en", "Name", True),
        ("We collect each guest's name and dietary needs.", "en", "Name", True),
        # near miss: a company's name is not a personal name
        ("We collect the company's name and its VAT number.", "en", "Name", False),
        ("We collect the last four digits of the card you pay with.", "en", "PaymentCardNumber", True),
        # near miss: a four-digit PIN is not the card number
        ("We collect a four-digit PIN that you choose.", "en", "PaymentCardNumber", False),
        ("Nuestro sitio web utiliza cookies y web beacons para conocer su tipo de navegador y su dirección IP.", "es",
         "IPAddress", True),
        ("Recabamos los datos de la tarjeta para el cargo de mensualidades.", "es", "Professional", False),
        # near miss: the position held is still professional data
        ("Recabamos su nombre y el cargo que ocupa en la empresa.", "es", "Professional", True),
    ],
)
def test_data_category_cues(text: str, language: str, category: str, present: bool) -> None:
    assert (category in facts(text, language)["data_categories"]) is present


# --- rights, measures, tracking, recipients --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "key", "present"),
    [
        ("If you are unhappy with our reply you may complain to the Personal Data Protection Commission.", "en",
         "rights", "complaint-to-authority", True),
        ("If you are unhappy with a delivery you may complain to our customer support team.", "en", "rights",
         "complaint-to-authority", False),
        ("您可以登录账户查看和修改您填写的联系方式和常用地址。", "zh", "rights", "access", True),
        ("您可以登录账户查看和修改您填写的联系方式和常用地址。", "zh", "rights", "rectification", True),
        ("您可以登录账户查看订单状态。", "zh", "rights", "access", False),
        ("Our storage accounts use two-factor authentication.", "en", "security_measures", "access-control", True),
        ("Our photo studio uses a two-step editing process.", "en", "security_measures", "access-control", False),
        ("Our website uses Google Analytics cookies and the Meta Pixel.", "en", "tracking", "web-beacons", True),
        ("Our camera has a 12-megapixel sensor and we use cookies.", "en", "tracking", "web-beacons", False),
        ("向第三方提供\n我们需将您的姓名、电话、地址提供给合作车队。", "zh", "recipients", "partners", True),
        ("向第三方提供\n我们需将您的姓名、电话、地址提供给承运的车队，双方签有合作协议。", "zh", "recipients", "partners", False),
        ("向第三方提供\n本公司会将您的手机号码提供给合作医院，用于预约挂号。", "zh", "recipients", "partners", True),
    ],
)
def test_list_cues(text: str, language: str, field: str, key: str, present: bool) -> None:
    assert (key in facts(text, language)[field]) is present


# --- scalars ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Nuestros servidores se ubican en territorio nacional (México).", "MX"),
        ("Los servidores se ubican en Chile.", "CL"),
        # near miss: servers named, no place
        ("Nuestros servidores se actualizan periódicamente.", None),
    ],
)
def test_spanish_servers_located_in(text: str, location: str | None) -> None:
    assert facts(text, "es")["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Si usted no manifiesta su oposición para que sus datos personales sean tratados en los términos "
         "señalados en el presente aviso, se entenderá que ha otorgado su consentimiento para ello.", True),
        # near miss: the opposite statement
        ("Aunque usted no manifieste su oposición por escrito, no se entenderá que ha otorgado su consentimiento.",
         False),
    ],
)
def test_mexican_tacit_consent(text: str, implied: bool) -> None:
    assert facts(text, "es")["implied_consent"] is implied


@pytest.mark.parametrize(
    ("text", "language", "kind", "period"),
    [
        ("Sus datos se conservarán durante la vigencia del contrato y por un plazo de diez años posteriores a su "
         "terminación, tras lo cual serán bloqueados y suprimidos.", "es", "fixed", "P10Y"),
        # near miss: a deletion delay after the end, the rule stays purpose-bound
        ("Sus datos se conservarán durante la vigencia del contrato y serán suprimidos en un plazo de 30 días "
         "después de su terminación.", "es", "purpose-bound", None),
        ("Данные хранятся в течение срока действия договора и 3 лет после его прекращения, по истечении этого срока "
         "они уничтожаются.", "ru", "fixed", "P3Y"),
    ],
)
def test_deletion_after_the_period_ends_it(text: str, language: str, kind: str, period: str | None) -> None:
    retention = facts(text, language)["retention"]
    assert (retention["kind"], retention["period"]) == (kind, period)


# --- second batch (pol2): negation scope, zh purposes and items, az, es --------------------------------------------
def test_a_comma_then_we_not_denies_only_its_own_clause() -> None:
    record = facts("您通过微信支付付款，我们会获得订单号、支付金额及支付时间，用于对账和办理退款，我们不会获得您的银行卡信息。", "zh")
    assert "PaymentManagement" in record["purposes"] and "Transaction" in record["data_categories"]
    assert "BankAccount" not in record["data_categories"]


def test_a_denial_over_the_whole_sentence_stays_a_denial() -> None:
    # near miss: both clauses deny; nothing is collected
    record = facts("我们不会收集您的通讯录，也不会读取您的短信内容。", "zh")
    assert record["data_categories"] == []


@pytest.mark.parametrize(
    ("text", "language", "field", "key", "present"),
    [
        ("工作人员会在活动中拍照，照片可能用于我们的公众号宣传。", "zh", "purposes", "Marketing", True),
        ("工作人员会在活动中拍照，照片可能用于我们的公众号宣传。", "zh", "data_categories", "Picture", True),
        # near miss: public legal education is not marketing; the app's camera feature is the user's act
        ("我们收集您的照片，用于普法宣传教育活动的报名。", "zh", "purposes", "Marketing", False),
        ("您可以使用拍照功能上传头像。", "zh", "data_categories", "Picture", False),
        ("收集身份证号码是因为根据当地公安机关对住宿登记的要求，我们必须进行实名登记。", "zh", "purposes",
         "LegalCompliance", True),
        ("我们根据您的要求收集身份证号码，用于办理会员卡。", "zh", "purposes", "LegalCompliance", False),
        ("向第三方提供\n公安机关：依据旅馆业治安管理的规定，我们会将入住人的住宿登记信息报送当地公安机关。", "zh", "disclosure_conditions",
         "legal-obligation", True),
        ("向第三方提供\n商家：根据本政策的规定，我们会将您的订单信息提供给合作商家。", "zh", "disclosure_conditions", "legal-obligation",
         False),
        ("我们仅收集儿童的姓名和年龄，用于安排亲子活动。", "zh", "data_categories", "Age", True),
        ("年龄不满14周岁的用户应在监护人陪同下使用本服务。", "zh", "data_categories", "Age", False),
        ("Siz razılığınızı istənilən vaxt geri çağırmaq hüququna maliksiniz.", "az", "rights", "withdraw-consent", True),
        ("Klub qüsurlu məhsulu istənilən vaxt geri çağırmaq hüququna malikdir.", "az", "rights", "withdraw-consent",
         False),
        ("Las editoriales solo reciben cifras agregadas de préstamos.", "es", "security_measures", "encryption", False),
        ("Aplicamos el cifrado de las contraseñas.", "es", "security_measures", "encryption", True),
        ("Tratamos su historial de préstamos digitales y sus libros favoritos.", "es", "data_categories", "CreditRecord",
         False),
        ("Recopilamos su historial de préstamos ante las centrales de riesgo.", "es", "data_categories", "CreditRecord",
         True),
    ],
)
def test_second_batch_cues(text: str, language: str, field: str, key: str, present: bool) -> None:
    assert (key in facts(text, language)[field]) is present


def test_spanish_version_with_minor_number_dates_the_policy() -> None:
    text = "POLÍTICA DE DATOS\n\nVersión 2.1 — Bogotá D.C., 9 de noviembre de 2022\n\n1. RESPONSABLE\nLa Fundación trata sus datos."
    assert facts(text, "es")["last_updated"] == "2022-11-09"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("El proveedor actúa como encargado; los servidores de dicho proveedor se encuentran en los Estados Unidos.", "US"),
        # near miss: the provider is named, its servers' place is not
        ("El proveedor actúa como encargado; los servidores de dicho proveedor se encuentran protegidos.", None),
    ],
)
def test_spanish_servers_of_a_provider(text: str, location: str | None) -> None:
    assert facts(text, "es")["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("Our editing house receives your files under a written processing agreement requiring it to delete them "
         "within 30 days of delivery.", "en", None),
        # near miss: the company's own keeping, then deletion
        ("We keep your files for 30 days after delivery and then delete them.", "en", "P30D"),
        ("我们会要求受托方在服务结束后30日内删除您的个人信息。", "zh", None),
        ("您的订单信息在服务完成后保存两年，期满后删除。", "zh", "P2Y"),
    ],
)
def test_a_period_imposed_on_a_recipient_is_not_the_company_retention(text: str, language: str, period: str | None) -> None:
    assert facts(text, language)["retention"]["period"] == period


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # 年龄 is the only hit: its coordinated neighbours keep their own categories
        ("我们会收集您的正面照、年龄、职业、性别和手机号码。", {"Age", "Professional", "Gender", "TelephoneNumber"}),
        ("我们会收集您的性别、年龄段和手机号码。", {"Gender", "TelephoneNumber"}),
    ],
)
def test_age_keeps_its_neighbours(text: str, categories: set[str]) -> None:
    assert categories <= set(facts(text, "zh")["data_categories"])


def test_the_users_own_photos_are_not_staff_photos() -> None:
    record = facts("用户可以将拍摄好的照片或视频存储在手机相册中。", "zh")
    assert "Picture" not in record["data_categories"]
