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
        ("我们需将您的姓名、电话、地址提供给合作车队。", "zh", "recipients", "partners", True),
        ("我们需将您的姓名、电话、地址提供给承运的车队，双方签有合作协议。", "zh", "recipients", "partners", False),
        ("本公司会将您的手机号码提供给合作医院，用于预约挂号。", "zh", "recipients", "partners", True),
        # near miss: the user giving data to us is collection, there is no recipient
        ("您可以将您的手机号码提供给我们，用于预约挂号。", "zh", "recipients", "partners", False),
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
