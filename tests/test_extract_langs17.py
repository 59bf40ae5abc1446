"""General causes of extraction errors on fresh Russian, Spanish and Azerbaijani policies (issue 16, helper langs17).

Each rule is tested with the wording it is for and a near miss beside it. The texts are written for these tests.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.model import SegmentKind
from policykg.ingest.read import read_document
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment
from policykg.ingest.vocabulary import matcher_for
from tests.test_extract_practices import make_document
from tests.test_extract_scalars_fresh import facts


def keys(field: str, language: str, text: str) -> set[str]:
    """The concept keys the vocabulary finds in a text."""
    return {m.key for m in matcher_for(field, language).find(text)}


# --- a table's header row right under a collection heading stays in that section ------------------------------
def page_facts(tmp_path: Path, html: str) -> dict[str, Any]:
    """The record of an HTML page read from a file, as ingest reads it."""
    path = tmp_path / "policy.html"
    path.write_text(html, encoding="utf-8")
    document = read_document(path)
    return extraction_to_record(extract(document, segment(document)))


_TABLE_PAGE = ("<html><body><h1>{title}</h1><p>{intro}</p><h2>{heading}</h2><table><tr><th>{h1}</th><th>{h2}</th>"
               "<th>{h3}</th></tr><tr><td>{label}</td><td>{data}</td><td>{source}</td></tr></table><h2>{next}</h2>"
               "<p>{tail}</p></body></html>")
_RU = dict(title="Политика конфиденциальности", intro="Эта политика описывает обработку данных пассажиров сервиса.",
           h3="Откуда", source="автоматически, при каждом входе в приложение", next="6. Контакты",
           tail="Пишите нам на почту.")
_ES = dict(title="Política de privacidad", intro="Esta política describe cómo tratamos los datos de los clientes.",
           h3="Cómo lo obtenemos", source="directamente de usted al registrarse en la app", next="2. Contacto",
           tail="Escríbanos.")


@pytest.mark.parametrize(
    ("fields", "key", "found"),
    [
        (dict(_RU, heading="1. Что мы собираем", h1="Категория", h2="Примеры", label="Технические данные",
              data="IP-адрес, версия ОС, модель устройства"), "IPAddress", True),
        (dict(_ES, heading="1. Datos que recabamos", h1="Tipo de dato", h2="Ejemplos", label="Contacto",
              data="correo electrónico, número de celular"), "EmailAddress", True),
        # near miss: the table sits under a heading on security, not on collection
        (dict(_RU, heading="5. Как мы защищаем данные", h1="Категория", h2="Мера защиты", label="Технические данные",
              data="IP-адрес, версия ОС, модель устройства"), "IPAddress", False),
    ],
)
def test_table_header_under_collection_heading_keeps_the_section(
        tmp_path: Path, fields: dict[str, str], key: str, found: bool) -> None:
    assert (key in page_facts(tmp_path, _TABLE_PAGE.format(**fields))["data_categories"]) is found


def test_measures_section_word_is_a_whole_word(tmp_path: Path) -> None:
    # "меры" (measures) names the security section; "Примеры" (examples) does not
    html = _TABLE_PAGE.format(**dict(_RU, heading="2. Какие данные мы получаем", h1="Категория", h2="Примеры",
                                     label="Контакты", data="адрес эл. почты, номер телефона"))
    assert {"EmailAddress", "TelephoneNumber"} <= set(page_facts(tmp_path, html)["data_categories"])


# --- abbreviated and inflected names of data kinds ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "lang", "text", "key", "found"),
    [
        ("data_categories", "ru", "имя и адрес эл. почты", "EmailAddress", True),
        ("data_categories", "ru", "адреса подачи и назначения, маршрут поездки", "TravelHistory", True),
        ("data_categories", "ru", "чтобы построить маршрут до точки", "TravelHistory", False),
        ("data_categories", "ru", "адрес квартиры для уведомлений", "PhysicalAddress", True),
        ("data_categories", "ru", "после распознавания аудиозапись удаляется", "VoiceCommunicationRecording", True),
        ("data_categories", "ru", "сведения о приобретённых подписках", "Purchase", True),
        ("data_categories", "az", "şagirdin adı, yaşı, sinfi", "Age", True),
        ("data_categories", "az", "18 yaşı tamam olmuş şəxslər", "Age", False),
        ("data_categories", "az", "dərslərin video və audio yazıları", "VoiceCommunicationRecording", True),
        ("data_categories", "az", "chat-mesajlar və şərhlər", "Communication", True),
        ("data_categories", "es", "los mensajes del chat del clan", "Communication", True),
        ("data_categories", "ru", "сообщения в чате поддержки", "Communication", True),
        ("data_categories", "az", "kartın son 4 rəqəmi", "PaymentCardNumber", True),
        ("data_categories", "az", "zənglər və SMS haqqında məlumatlar", "CallLog", True),
        ("data_categories", "az", "ödənişlər və balans tarixçəsi", "Transaction", True),
        ("data_categories", "es", "tu alias de jugador y tu correo", "Username", True),
        ("data_categories", "es", "compañía de seguro médico y póliza", "Insurance", True),
        # a health card is the insurer's card, no payment card
        ("data_categories", "es", "número de tarjeta sanitaria", "PaymentCardNumber", False),
        ("data_categories", "es", "número de tarjeta sanitaria", "Insurance", True),
        ("data_categories", "es", "número de la tarjeta de débito", "PaymentCardNumber", True),
    ],
)
def test_data_kind_names(field: str, lang: str, text: str, key: str, found: bool) -> None:
    assert (key in keys(field, lang, text)) is found


@pytest.mark.parametrize(
    ("field", "lang", "text", "key", "found"),
    [
        ("purposes", "ru", "противодействие легализации (отмыванию) доходов", "CounterMoneyLaundering", True),
        ("purposes", "es", "fecha de nacimiento, para comprobar la edad mínima", "AgeVerification", True),
        ("purposes", "es", "prestarle asistencia sanitaria", "ServiceProvision", True),
        ("purposes", "es", "atención a clientes y aclaraciones", "CustomerCare", True),
        ("purposes", "es", "para mostrarle tiendas recomendadas", "ProvidePersonalisedRecommendations", True),
        ("purposes", "ru", "чтобы улучшать распознавание речи", "ImproveExistingProductsAndServices", True),
        # Spanish enclitic pronouns: the verb with its object still names the right
        ("rights", "es", "puedes rectificarlos o suprimirlos", "erasure", True),
        ("rights", "es", "puedes rectificarlos o suprimirlos", "rectification", True),
        ("rights", "es", "oponerte a determinados tratamientos", "restrict-or-object", True),
        ("rights", "es", "puedes pedir que una persona revise la decisión", "automated-decision", True),
        ("rights", "es", "una persona de soporte revisará tu ticket", "automated-decision", False),
        ("rights", "ru", "получить их выгрузку в формате JSON", "copy", True),
        ("rights", "ru", "изменить или удалить отдельные записи", "rectification", True),
        ("rights", "ru", "отключить рекламные уведомления", "opt-out-marketing", True),
        ("rights", "az", "məlumatlarınıza baxa, onları dəyişdirə bilərsiniz", "rectification", True),
        ("security_measures", "es", "Ciframos las comunicaciones con el servidor", "encryption-in-transit", True),
        ("security_measures", "ru", "мы шифруем соединение с сервером", "encryption-in-transit", True),
        ("security_measures", "es", "limitamos el acceso interno", "access-control", True),
        ("security_measures", "az", "müəllimlər məxfilik haqqında razılaşma imzalayır", "confidentiality-agreement", True),
        ("security_measures", "az", "serverlərə giriş yalnız 2FA ilə mümkündür", "access-control", True),
        ("security_measures", "az", "data şifrələnmiş kanallarla ötürülür", "encryption-in-transit", True),
        ("security_measures", "az", "data şifrələnmiş kanallarla ötürülür", "encryption", False),
        ("recipients", "az", "texniki tərəfdaşlara: cloud hosting", "service-providers", True),
        ("recipients", "az", "texniki tərəfdaşlara: cloud hosting", "partners", False),
    ],
)
def test_purpose_right_measure_recipient_names(field: str, lang: str, text: str, key: str, found: bool) -> None:
    assert (key in keys(field, lang, text)) is found


# --- a right's word inside a security measure's name is the measure ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Şirkət şifrələmə, giriş hüquqlarının məhdudlaşdırılması və antivirus proqramlarından istifadə edir.", "az",
         False),
        ("Siz emalın məhdudlaşdırılmasını tələb edə bilərsiniz.", "az", True),  # near miss: the person's right
    ],
)
def test_rights_word_inside_a_measure(text: str, lang: str, found: bool) -> None:
    assert ("restrict-or-object" in facts(text, lang)["rights"]) is found


# --- a denial after a spaced dash denies only its own clause ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        ("Xidmətlərdən istifadə zamanı toplayırıq:\n– zənglər haqqında məlumatlar (nömrə, tarix) — danışıqların "
         "məzmunu saxlanılmır;\n", "az", "CallLog", True),
        ("Мы собираем сведения о звонках (номер, дата) — содержание разговоров не записывается.", "ru", "CallLog", True),
        # near miss: the dash introduces a bare denial of the data before it
        ("Мы не собираем биометрические данные — не собираем и не храним.", "ru", "Biometric", False),
    ],
)
def test_denial_after_a_dash(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is found


# --- confirming one has read the policy is no consent ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Используя Приложение, Вы подтверждаете, что ознакомились с настоящей Политикой.", False),
        ("Пользуясь приложением, вы подтверждаете, что ознакомились с Политикой и согласны с ней.", True),
        ("Используя Сайт, вы даёте согласие на обработку персональных данных.", True),
    ],
)
def test_acknowledging_the_policy_is_no_consent(text: str, implied: bool) -> None:
    assert facts(text, "ru")["implied_consent"] is implied


# --- a change notice whose object ("the policy") is left implicit ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Актуальная версия всегда доступна в Приложении; о существенных изменениях мы уведомляем по электронной почте.",
         True),
        ("Об изменениях статуса заказа мы сообщаем по SMS.", False),
    ],
)
def test_change_notice_with_implicit_object(text: str, notice: bool) -> None:
    assert facts(text, "ru")["policy_change_notice"] is notice


# --- a denial of sending data out of a country keeps it there --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "location"),
    [
        ("Мы не передаём персональные данные за пределы России.", "ru", "RU"),
        ("Məlumatlarınız Azərbaycan Respublikasından kənara ötürülmür.", "az", "AZ"),
        ("No transferimos sus datos personales fuera de México.", "es", "MX"),
        ("We do not transfer your personal data outside Russia.", "en", "RU"),
        # near misses: a transfer out of the country says where the data comes from, not where it is stored
        ("Данные могут передаваться за пределы России нашим партнёрам.", "ru", None),
        ("Podemos transferir sus datos fuera de México a nuestros proveedores.", "es", None),
    ],
)
def test_kept_in_the_country(text: str, lang: str, location: str | None) -> None:
    assert facts(text, lang)["cross_border"]["storage_location"] == location


def test_azerbaijani_month_is_no_transfer_verb() -> None:
    text = "Qüvvəyə minir: 10 sentyabr 2023-cü il. Ünvan: Bakı şəhəri, Nizami küçəsi 1."
    assert facts(text, "az")["cross_border"]["mentioned"] is False


# --- round 2: sections, purposes and measures named in other words ------------------------------------------------
@pytest.mark.parametrize(
    ("field", "lang", "text", "key", "found"),
    [
        ("purposes", "az", "pasiyentlərin şikayət və təkliflərinə baxılması", "CustomerClaimsManagement", True),
        ("purposes", "az", "səhiyyə orqanlarına qanunla tələb olunan hesabatların təqdim edilməsi", "LegalCompliance",
         True),
        ("purposes", "es", "Cumplir requerimientos de la Superintendencia Financiera", "LegalCompliance", True),
        ("data_categories", "ru", "модель, версия прошивки и Android", "DeviceSoftware", True),
        ("data_categories", "ru", "модель, версия прошивки и Android", "DeviceOperatingSystem", True),
        ("data_categories", "es", "número de cuenta, movimientos, saldos y comportamiento de pago", "Transaction", True),
        ("data_categories", "es", "registramos los movimientos del ratón", "Transaction", False),
        ("recipients", "es", "reportar información ante centrales de riesgo", "third-parties", True),
        ("recipients", "ru", "журналы сбоев передаются производителю", "partners", True),
        ("security_measures", "es", "un área de ciberseguridad que monitorea las 24 horas", "dedicated-team", True),
        ("security_measures", "es", "pruebas de vulnerabilidad periódicas", "security-audit", True),
        ("security_measures", "es", "capacitación permanente a los funcionarios", "staff-training", True),
        ("security_measures", "az", "İşçilər tibbi sirrin qorunması barədə öhdəlik imzalayırlar", "confidentiality-agreement",
         True),
        ("rights", "az", "sənədlərinizlə tanış ola, onların surətini ala bilərsiniz", "copy", True),
        ("rights", "es", "puede pedir que no le enviemos más mensajes comerciales", "opt-out-marketing", True),
        ("disclosure_conditions", "ru", "государственным органам при наличии законного требования", "legal-obligation",
         True),
    ],
)
def test_round2_names(field: str, lang: str, text: str, key: str, found: bool) -> None:
    assert (key in keys(field, lang, text)) is found


def test_giving_data_heading_opens_sharing_section() -> None:
    # "Məlumatların verilməsi" (giving data to others) is a sharing heading: the exceptions listed under it are
    # disclosure conditions
    text = ("IV. MƏLUMATLARIN VERİLMƏSİ\n\nMəlumatlar üçüncü şəxslərə yalnız pasiyentin yazılı razılığı ilə verilir. "
            "İstisnalar: məhkəmənin və ya istintaq orqanlarının qanuni sorğusu; pasiyentin həyatı üçün təhlükə "
            "olduqda və onun razılığını almaq mümkün olmadıqda.\n")
    record = facts(text, "az")
    assert {"consent", "vital-interests"} <= set(record["disclosure_conditions"])
    assert "authorities" in record["recipients"]


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        ("2. Məqsədlər\n\nMəlumatlar yalnız aşağıdakı məqsədlər üçün istifadə olunur: tibbi xidmətlərin göstərilməsi;\n"
         "səhiyyə orqanlarına qanunla tələb olunan hesabatların təqdim edilməsi.\n", "LegalCompliance", True),
    ],
)
def test_legal_report_in_a_purposes_list_is_a_purpose(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "az")["purposes"]) is found


def test_legal_case_in_a_sharing_sentence_is_no_purpose() -> None:
    # near miss: in a sharing sentence "as the law requires" is the case of the disclosure, no purpose
    text = "3. Передача\n\nМы передаём данные государственным органам, если этого требует закон.\n"
    assert "LegalCompliance" not in facts(text, "ru")["purposes"]


@pytest.mark.parametrize(
    ("text", "lang", "key", "found"),
    [
        ("5. Защита\n\n— хранение биометрии только на устройстве;\n— шифрование данных при передаче.\n", "ru",
         "Biometric", False),
        ("2. Datos\n\nLa huella dactilar se almacena únicamente en tu dispositivo y nunca la recibimos.\n", "es",
         "Fingerprint", False),
        # near misses: stored on the company's servers
        ("2. Какие данные мы собираем\n\nБиометрия хранится на наших серверах в зашифрованном виде.\n", "ru",
         "Biometric", True),
        ("2. Datos\n\nLa huella dactilar se almacena en nuestros servidores cifrada.\n", "es", "Fingerprint", True),
    ],
)
def test_kept_only_on_the_device_is_no_collection(text: str, lang: str, key: str, found: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is found


@pytest.mark.parametrize(
    ("text", "retention"),
    [
        ("6. Conservación\n\nLos datos se conservarán durante el tiempo que dure la relación con el cliente y diez (10) "
         "años más, de acuerdo con el Código de Comercio.\n", {"stated": True, "kind": "fixed", "period": "P10Y"}),
        ("6. Conservación\n\nConservamos los datos durante el tiempo que dure la relación con el cliente.\n",
         {"stated": True, "kind": "purpose-bound", "period": None}),
    ],
)
def test_relationship_plus_years(text: str, retention: dict[str, Any]) -> None:
    assert facts(text, "es")["retention"] == retention


# --- round 3: "1) ¿…?" numbered questions title sections; their short siblings too --------------------------------
_NUMBERED_QUESTIONS = (
    "Política de Privacidad\n\nEsta política te cuenta qué hacemos con tus datos.\n\n"
    "1) ¿Qué datos te pedimos?\n   • Al inscribirte: nombre y apellido, DNI y correo electrónico.\n\n"
    "2) ¿Cuánto tiempo los guardamos?\nMientras seas alumno/a y hasta 2 años después de tu último curso.\n\n"
    "3) Tus derechos\nPodés pedirnos que los corrijamos o borremos.\n\n"
    "4) Cambios\nSi cambiamos esta política te avisamos por mail.\n"
)


def test_numbered_question_titles_open_sections() -> None:
    record = facts(_NUMBERED_QUESTIONS, "es")
    assert {"Name", "OfficialID", "EmailAddress"} <= set(record["data_categories"])
    assert record["retention"] == {"stated": True, "kind": "fixed", "period": "P2Y"}
    assert {"rectification", "erasure"} <= set(record["rights"])
    assert record["policy_change_notice"] is True


def test_numbered_short_lines_without_a_question_title_stay_items() -> None:
    # near miss: with no numbered question title in the document, "1) Nombre" lines are the entries of a list
    text = ("Datos que recabamos\n\nRecabamos los siguientes datos de nuestros clientes\n\n1) Nombre completo\n\n"
            "2) Correo electrónico\n")
    kinds = {s.text: s.kind for s in segment(make_document(text, "es"))}
    assert kinds.get("Correo electrónico") is not SegmentKind.HEADING


@pytest.mark.parametrize(
    ("field", "lang", "text", "key", "found"),
    [
        ("data_categories", "es", "tus entregas, notas, asistencia a las clases", "EducationQualification", True),
        ("data_categories", "es", "tomá notas durante la clase", "EducationQualification", False),
        ("data_categories", "es", "información sobre tu situación laboral", "CurrentEmployment", True),
        ("data_categories", "es", "tipo de dispositivo y navegador", "DeviceBased", True),
        ("data_categories", "es", "solo recibimos la confirmación del pago y el monto", "Transaction", True),
        ("data_categories", "az", "gediş marşrutu, götürülmə və çatdırılma nöqtələri", "TravelHistory", True),
        ("purposes", "es", "Para inscribirte y darte acceso al campus", "ServiceRegistration", True),
        ("purposes", "es", "Para responder tus consultas por mail", "CustomerCare", True),
        ("rights", "es", "podés pedirnos que los corrijamos, actualicemos o borremos", "rectification", True),
        ("rights", "es", "podés pedirnos que los corrijamos, actualicemos o borremos", "erasure", True),
        ("rights", "az", "endirim kodları barədə bildirişlər (bildirişləri parametrlərdə söndürə bilərsiniz)",
         "opt-out-marketing", True),
        ("rights", "az", "sifariş statusu barədə bildirişləri söndürə bilərsiniz", "opt-out-marketing", False),
        ("rights", "ru", "отозвать согласие на обработку и на получение рассылок", "opt-out-marketing", True),
        ("disclosure_conditions", "es", "a las autoridades, si un juez o un organismo público nos lo exige",
         "legal-obligation", True),
        ("disclosure_conditions", "ru", "органам государственной власти по их мотивированному запросу",
         "legal-obligation", True),
        ("security_measures", "es", "accesos con usuario personal para el equipo docente", "access-control", True),
        ("disclosure_conditions", "es", "a terceros, cuando sea necesario para el cumplimiento de una relación jurídica "
         "con usted", "contract", True),
        ("disclosure_conditions", "es", "la relación jurídica entre las partes se rige por la ley mexicana", "contract",
         False),
    ],
)
def test_round3_names(field: str, lang: str, text: str, key: str, found: bool) -> None:
    assert (key in keys(field, lang, text)) is found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Hola. En Academia Pampa Digital S.R.L. (\"nosotros\") dictamos cursos online. Esta política explica qué "
         "hacemos con tus datos.", "es", "Academia Pampa Digital S.R.L."),
    ],
)
def test_greeting_is_no_part_of_the_publisher(text: str, lang: str, name: str) -> None:
    assert facts(text, lang)["company"] == name


def test_processed_by_another_party_is_entrusted() -> None:
    text = "3. Məlumatların ötürülməsi\n\nÖdənişlər lisenziyalı ödəniş təşkilatı tərəfindən emal olunur.\n"
    record = facts(text, "az")
    assert "service-providers" in record["recipients"]

