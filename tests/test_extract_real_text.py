"""Data categories read the way real policies write them (issue 16), in en, az, ru and es.

Every sentence here is written for these tests (no corpus text). Each test pins one general rule a
linguist would state, with a case the rule must accept and, where it matters, one it must refuse:
device identifiers are device data; a bare "e-mail" or "phone" names data only where it is listed
as data; web and IP addresses and the address book are no postal address; a definition of
"personal information" is no collection unless the company says it collects the term; a denial
denies only the verb it governs; a list's intro governs its items; headings and questions are no
evidence; a heading naming a kind of data opens a collection part.
"""
from __future__ import annotations

import hashlib

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.model import Document, Polarity, StatementKind
from policykg.ingest.segment import segment


def _document(text: str, language: str) -> Document:
    return Document(
        source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain", encoding="utf-8", language=language,
    )


def categories(text: str, language: str = "en") -> set[str]:
    """Affirmative data categories, as the facts export reports them."""
    document = _document(text, language)
    extraction = extract(document, segment(document))
    return {
        key for s in extraction.statements if s.polarity is Polarity.AFFIRMATIVE
        for key in s.values.get("data_categories", ())
    }


def denied(text: str, language: str = "en") -> set[str]:
    document = _document(text, language)
    extraction = extract(document, segment(document))
    return {
        key for s in extraction.statements if s.polarity is Polarity.NEGATIVE
        for key in s.values.get("data_categories", ())
    }


def tracking(text: str, language: str = "en") -> set[tuple[str, str]]:
    document = _document(text, language)
    extraction = extract(document, segment(document))
    return {
        (s.polarity.name, key) for s in extraction.statements if s.kind is StatementKind.TRACKING
        for key in s.values.get("tracking", ())
    }


# --- vocabulary: what a phrase names ------------------------------------------------------------

def test_device_identifiers_are_also_device_data() -> None:
    found = categories("When the game starts we collect the handset's advertising ID and its IMEI.")
    assert {"Identifier", "DeviceBased"} <= found
    found = categories("Our servers record the serial number of your device and your device ID numbers.")
    assert {"Identifier", "DeviceBased"} <= found


def test_online_identifiers_in_general_are_not_device_data() -> None:
    assert "DeviceBased" not in categories("We collect online identifiers such as a random session token.")


def test_bare_email_is_data_only_when_listed_as_data() -> None:
    assert "EmailAddress" in categories("To open an account we collect your name, email and age.")
    assert "EmailAddress" not in categories("We collect feedback; you can reach our team by email at any time.")
    assert "EmailAddress" not in categories("We collect crash reports and may send you emails about new levels.")


def test_phone_means_the_number_only_beside_other_contact_data() -> None:
    assert "TelephoneNumber" in categories("For deliveries we collect your address, phone and postcode.")
    assert "TelephoneNumber" not in categories("We collect the phone model and the mobile phone carrier you use.")
    assert "TelephoneNumber" not in categories("The app collects noise levels through your phone microphone.")


def test_web_and_ip_addresses_and_the_address_book_are_no_postal_address() -> None:
    found = categories('Our logs collect your Internet Protocol ("IP") address, the referring site address, and the browser type.')
    assert "IPAddress" in found and "PhysicalAddress" not in found
    assert "PhysicalAddress" not in categories("With your permission we collect the numbers in your address book.")
    assert "PhysicalAddress" in categories("We collect your street address, and a delivery note.")


def test_sign_in_through_a_social_network_is_not_the_apps_credentials() -> None:
    assert not {"Authenticating", "Password"} & categories("You may sign in with your social media credentials.")
    assert "Authenticating" in categories("We collect your login credentials when you register.")


def test_pin_is_an_acronym() -> None:
    assert "PINCode" not in categories("We collect the Pins you save on your boards.")
    assert "PINCode" in categories("We collect the PIN you choose for the parental lock.")


def test_location_phrases() -> None:
    assert "Location" in categories("The app collects the location of your mobile device to show nearby stops.")
    assert "Location" in categories("We record your IP address, which tells us generally where you are located.")
    assert "Location" in categories("We collect your geographic region and language.")
    assert "Location" in categories("We may collect: name, gender, location (city only).")


def test_age_and_birth_date_as_listed() -> None:
    assert "Age" in categories("At sign-up we collect your gender and age.")
    assert "BirthDate" in categories("For the child profile we collect a date-of-birth.")
    assert "Age" not in categories("The service is not directed at people under the age of 13.")


# --- collection cues and scope --------------------------------------------------------------------

def test_a_definition_of_personal_information_is_no_collection_by_itself() -> None:
    text = ('"Personal Information" means information that identifies you, such as your name, postal '
            "address, e-mail address and telephone number.\n\nWe do not collect Personal Information.")
    assert not {"EmailAddress", "TelephoneNumber", "PhysicalAddress"} & categories(text)


def test_a_definition_counts_where_the_company_collects_the_defined_term() -> None:
    text = ("Non-personal information is data that does not identify you, such as your Android ID and "
            "your device model.\n\nWe may collect and use non-personal information to fix crashes.")
    assert {"Identifier", "DeviceBased"} <= categories(text)


def test_a_denial_denies_only_the_verb_it_governs() -> None:
    assert "Gender" in categories(
        "Statistics we collect are information that does not identify you personally, like your gender.")
    assert "EmailAddress" in denied("We don’t store your e-mail address on our servers.")  # typographic apostrophe
    assert "Password" in denied("We never store your password in readable form.")


def test_the_first_verb_governs_collect_and_share() -> None:
    assert "CurrentLocation" in categories("We collect, use and share your precise location with map partners.")
    # the partners' collecting is theirs: the e-mail address is shared (data the company holds), not collected
    shared = _document("We share your e-mail address with partners who collect payments.", "en")
    kinds = {s.kind for s in extract(shared, segment(shared)).statements if "EmailAddress" in s.values.get("data_categories", ())}
    assert kinds == {StatementKind.SHARING}
    assert "TelephoneNumber" in categories("To verify accounts, we will need to collect your phone number.")


def test_using_or_reading_data_presupposes_holding_it() -> None:
    assert "EmailAddress" in categories("We may use your e-mail address to send receipts.")
    assert "Location" in categories("This permission lets the app read your approximate location.")


def test_advice_about_keeping_a_password_safe_is_no_collection() -> None:
    text = "Please keep your password secret.\n\nIf you lose your password, reset it from the login page."
    assert not {"Password", "Authenticating"} & categories(text)


def test_a_sentence_continuing_the_one_before() -> None:
    text = "We collect technical data when the app runs. This information may include your IP address and device type."
    assert {"IPAddress", "DeviceBased"} <= categories(text)


def test_a_list_cut_at_semicolons_is_governed_by_its_opener() -> None:
    text = ("Examples of what we collect include: the IP address of your router;\n"
            "your e-mail address;\nyour password;\nthe pages you open.")
    assert {"IPAddress", "EmailAddress", "Password"} <= categories(text)


def test_a_heading_naming_data_opens_a_collection_part() -> None:
    text = "Information You Give Us\n\n- your full name\n- your mailing address\n\nContact\n\nWrite to us at help@example.org."
    assert {"Name", "PhysicalAddress"} <= categories(text)


def test_headings_and_questions_are_no_tracking_evidence() -> None:
    text = "Cookies\n\nDo we use cookies?\n\nWe do not use cookies."
    assert tracking(text) == {("NEGATIVE", "cookies")}


def test_a_denied_list_intro_governs_its_items() -> None:
    text = "We will not collect the following data:\n- your phone number;\n- your location.\n"
    assert {"TelephoneNumber", "Location"} <= denied(text)
    assert not {"TelephoneNumber", "Location"} & categories(text)


# --- az, ru, es -----------------------------------------------------------------------------------

AZ_LIST = """Məxfilik qaydaları

Qeydiyyat zamanı biz aşağıdakı məlumatları emal edirik:
- adınız və soyadınız;
- doğum tarixiniz;
- cinsiniz;
- vətəndaşlığınız;
- telefon nömrəniz;
- elektron poçt ünvanınız;
- yaşayış ünvanınız;
- iş yeriniz və vəzifəniz.

Bizimlə əlaqə

Suallarınızı məktubla göndərin.
"""


def test_az_a_list_of_categories_is_read_item_by_item() -> None:
    found = categories(AZ_LIST, "az")
    assert {"Name", "BirthDate", "Gender", "Nationality", "TelephoneNumber", "EmailAddress",
            "PhysicalAddress", "Professional"} <= found
    assert "Communication" not in found


def test_az_heading_naming_data_and_time_clause() -> None:
    text = "Əlaqə məlumatları\n\n• Ad və soyad\n• Telefon nömrəsi\n• Ünvan\n"
    assert {"Name", "TelephoneNumber", "PhysicalAddress"} <= categories(text, "az")
    # "when using the service" is a time clause, not data about usage
    assert "ServiceConsumptionBehaviour" not in categories(
        "Xidmətdən istifadə zamanı biz e-poçt ünvanınızı toplayırıq.", "az")


def test_az_e_mail_address_is_not_also_a_postal_address() -> None:
    found = categories("Biz elektron poçt ünvanınızı toplayırıq.", "az")
    assert "EmailAddress" in found and "PhysicalAddress" not in found


RU_TEXT = """Политика конфиденциальности

Содержание
1. Какие данные мы собираем
2. Контакты

Контактные данные
• имя;
• номер мобильного телефона;
• адрес электронной почты.

Мы не собираем следующие данные:
• паспортные данные;
• сведения о состоянии здоровья.

Контакты
Вопросы направляйте на почту, указанную на сайте.
"""


def test_ru_heading_naming_data_and_denied_intro() -> None:
    assert {"Name", "TelephoneNumber", "EmailAddress"} <= categories(RU_TEXT, "ru")
    assert {"OfficialID", "MedicalHealth"} <= denied(RU_TEXT, "ru")
    assert not {"OfficialID", "MedicalHealth"} & categories(RU_TEXT, "ru")


ES_TEXT = """Política de privacidad

Índice
1. Datos de contacto
2. Ubicación
3. Contacto

Datos de contacto
- nombre completo;
- número de teléfono;
- dirección postal.

No recopilamos los siguientes datos:
- su ubicación precisa;
- datos biométricos.

Contacto
Escríbanos desde el formulario de la web.
"""


def test_es_heading_naming_data_toc_and_denied_intro() -> None:
    found = categories(ES_TEXT, "es")
    assert {"Name", "TelephoneNumber", "PhysicalAddress"} <= found
    # the table of contents names "Ubicación" but states nothing; the list denies it
    assert not {"Location", "CurrentLocation", "Biometric"} & found
    assert {"CurrentLocation", "Biometric"} <= denied(ES_TEXT, "es")


@pytest.mark.parametrize("language", ["en", "az", "ru", "es"])
def test_a_table_of_contents_alone_is_no_evidence(language: str) -> None:
    toc = {
        "en": "Contents\n1. Location data\n2. E-mail address\n3. Cookies\n",
        "az": "Mündəricat\n1. Məkan məlumatları\n2. E-poçt ünvanı\n3. Kukilər\n",
        "ru": "Содержание\n1. Данные о местоположении\n2. Адрес электронной почты\n3. Файлы cookie\n",
        "es": "Índice\n1. Datos de ubicación\n2. Correo electrónico\n3. Cookies\n",
    }[language]
    assert categories(toc, language) == set()
    assert {p for p, _ in tracking(toc, language)} == set()


def test_another_party_as_subject_is_not_the_companys_collection() -> None:
    assert not {"PostalCode", "TelephoneNumber"} & categories(
        "Advertising networks may collect your postcode and your mobile phone number to measure campaigns.")
    assert "PostalCode" in categories("We collect your postcode to estimate delivery times.")
