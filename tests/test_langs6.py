"""Rules for Russian, Spanish and Azerbaijani policies from an own-written fresh batch (issue 16, batch 25):
question titles without "¿", Spanish run-in clause labels ("PRIMERO.- Datos que se recogen."), cases run on
after a semicolon inside one numbered entry, the approval stamp of a Russian internal order, and a few
morphology-aware cues. Each rule is checked on the real chain (segment -> extract -> policy-facts/1 record) or
on the segmenter, with a near-miss beside it that the rule must leave alone. All texts are our own.
"""
from __future__ import annotations

import hashlib

import pytest

from policykg.ingest.model import Document, SegmentKind
from policykg.ingest.segment import segment
from tests.test_extract_cis_latam import facts, keys


def _segments(text: str, language: str):
    doc = Document(source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   media_type="text/plain", encoding="utf-8", language=language)
    return segment(doc)


# ---------------------------------------------------------------- question titles in ru / az / es (no "¿")


@pytest.mark.parametrize(("title", "language"), [
    ("Hansı məlumatlarınızı emal edirik?", "az"),
    ("Kimlə paylaşırıq?", "az"),
    ("Какие данные мы собираем?", "ru"),
    ("С кем мы делимся данными?", "ru"),
    ("Qué datos recabamos?", "es"),
    ("Con quién compartimos sus datos?", "es"),
])
def test_question_line_titles_the_section(title: str, language: str) -> None:
    segments = _segments(f"{title}\n– telefon, ad, e-poçt.\n", language)
    assert segments[0].kind is SegmentKind.HEADING
    assert segments[1].heading == title


@pytest.mark.parametrize(("line", "language"), [
    ("Это важно?", "ru"),  # no interrogative: a rhetorical line, not a title
    ("Kimya sənayesi?", "az"),  # "Kim" opening a longer word is no interrogative
    ("Usted acepta?", "es"),
])
def test_question_line_near_misses(line: str, language: str) -> None:
    assert _segments(f"{line}\nMətn.\n", language)[0].kind is not SegmentKind.HEADING


def test_az_data_list_under_a_question_title() -> None:
    text = ("Hansı məlumatlarınızı emal edirik?\n"
            "– Qeydiyyat zamanı: telefon nömrəniz və adınız.\n"
            "– Cihaz haqqında: cihazın modeli, əməliyyat sistemi.\n")
    data = set(facts(text, "az")["data_categories"])
    assert {"TelephoneNumber", "Name"} <= data


# ---------------------------------------------------------------- Spanish run-in clause labels


def test_es_run_in_clause_label_titles_its_clause() -> None:
    text = ("PRIMERO.- Datos que se recogen. Al afiliarse usted nos entrega sus nombres, número de celular y "
            "fecha de nacimiento.\n\nSEGUNDO.- Finalidades. Utilizamos estos datos para acumular puntos.\n")
    segments = _segments(text, "es")
    assert segments[0].kind is SegmentKind.HEADING and segments[0].text == "PRIMERO.- Datos que se recogen."
    assert segments[1].heading == "PRIMERO.- Datos que se recogen."
    assert {"Name", "TelephoneNumber", "BirthDate"} <= set(facts(text, "es")["data_categories"])


@pytest.mark.parametrize("text", [
    # no dash after the ordinal: an ordinary sentence that starts with an ordinal word
    "Primero se verifica su identidad. Después se aprueba el crédito.\n",
    # the words after the marker are a long sentence, not a short title
    "PRIMERO.- Usted acepta que la empresa trate sus datos para todas las finalidades que se indican. Luego firma.\n",
])
def test_es_run_in_label_near_misses(text: str) -> None:
    assert all(s.kind is not SegmentKind.HEADING for s in _segments(text, "es"))


def test_es_user_hands_the_data_to_us_is_collection() -> None:
    assert "EmailAddress" in facts("Usted nos entrega su correo electrónico al registrarse.", "es")["data_categories"]


def test_es_we_hand_data_to_the_authority_is_no_collection() -> None:
    record = facts("Entregaremos su correo electrónico a la autoridad competente cuando exista una orden judicial.", "es")
    assert "authorities" in record["recipients"]


# ---------------------------------------------------------------- cases run on after ";" inside one entry


def test_az_cases_run_on_after_semicolons_in_one_numbered_entry() -> None:
    text = ("4. Məxfilik\n"
            "4.1. Tibbi sirr təşkil edən məlumatları pasiyentin yazılı razılığı olmadan heç kimə vermirik.\n"
            "4.2. İstisna hallar: pasiyentin həyatına təhlükə yarandıqda; məhkəmənin və ya istintaq orqanlarının "
            "qanuni sorğusu olduqda; yoluxucu xəstəliklər barədə səhiyyə orqanlarına məlumat verilməsi tələb "
            "olunduqda.\n")
    conditions = set(facts(text, "az")["disclosure_conditions"])
    assert {"consent", "vital-interests", "criminal-investigation", "public-interest"} <= conditions


def test_az_later_sentence_of_an_entry_without_semicolon_is_not_a_case() -> None:
    # a full stop, not ";": the second sentence is an example inside the entry, not one more listed case
    text = ("4.1. Məlumatlarınızı razılığınız olmadan heç kimə vermirik.\n"
            "4.2. İstisna hallar: həyatınıza təhlükə yarandıqda. Məsələn, yoluxucu xəstəliklər barədə danışırıq.\n")
    assert "public-interest" not in facts(text, "az")["disclosure_conditions"]


def test_az_nobody_as_a_dative_recipient_is_a_sharing_denial_with_consent() -> None:
    record = facts("Məlumatlarınızı yazılı razılığınız olmadan heç kimə vermirik.", "az")
    assert record["disclosure_conditions"] == ["consent"]


def test_az_who_as_subject_is_no_sharing() -> None:
    # "kim" as the subject ("whoever gives"), not the dative "kimə" before "ver-"
    assert facts("Anketi kim doldurursa, ona hədiyyə verilir.", "az")["disclosure_conditions"] == []


# ---------------------------------------------------------------- the approval stamp of a Russian order


def test_ru_approval_stamp_of_an_internal_order_dates_the_policy() -> None:
    text = ("Утверждено\nприказом Генерального директора\nООО «Кадровое агентство «Пример»\nот 01.02.2023 № 7-ОД\n\n"
            "ПОЛОЖЕНИЕ\nоб обработке персональных данных\n\n1. Оператор обрабатывает фамилию и имя.\n")
    assert facts(text, "ru")["last_updated"] == "2023-02-01"


def test_ru_federal_law_number_at_the_top_is_not_the_policy_date() -> None:
    text = ("Федеральный закон\nот 27.07.2006 № 152-ФЗ\n\nПОЛИТИКА\n\n1. Оператор обрабатывает фамилию и имя.\n")
    assert facts(text, "ru")["last_updated"] is None


# ---------------------------------------------------------------- Spanish rights


@pytest.mark.parametrize(("text", "right"), [
    # coordinated nouns sharing one object
    ("Usted puede solicitar el acceso, rectificación, eliminación y portabilidad de sus datos.", "erasure"),
    ("También puede presentar un reclamo ante la Superintendencia de Protección de Datos.", "complaint-to-authority"),
    # a relative clause after the consent's purpose still refers back to the consent
    ("La base es su consentimiento para el boletín (art. 6.1.a RGPD), que puede retirar en cualquier momento.",
     "withdraw-consent"),
])
def test_es_rights(text: str, right: str) -> None:
    assert right in keys("rights", "es", text)


@pytest.mark.parametrize(("text", "right"), [
    ("La eliminación de residuos se hace cada semana.", "erasure"),
    ("Puede presentar un reclamo ante nuestro servicio al cliente.", "complaint-to-authority"),
    ("El consentimiento para el boletín se pide una vez, que puede ser por correo.", "withdraw-consent"),
])
def test_es_right_near_misses(text: str, right: str) -> None:
    assert right not in keys("rights", "es", text)


# ---------------------------------------------------------------- second round: lexicon entries a native speaker gives


def test_ru_consent_of_the_applicant_is_consent() -> None:
    text = "Резюме передаётся работодателю только с согласия соискателя."
    assert "consent" in facts(text, "ru")["disclosure_conditions"]


def test_ru_consent_of_the_operator_is_no_user_consent() -> None:
    assert "consent" not in keys("disclosure_conditions", "ru", "Данные передаются с согласия Оператора банку.")


@pytest.mark.parametrize("text", [
    "En cumplimiento de la Ley Orgánica de Protección de Datos Personales, informamos lo siguiente.",
    "Conforme a la LOPDP, usted puede ejercer sus derechos.",
])
def test_es_organic_data_protection_law_is_cited(text: str) -> None:
    assert facts(text, "es")["laws_cited"] == ["other"]


def test_es_data_protection_in_general_is_no_law() -> None:
    assert facts("La protección de datos personales es importante para nosotros.", "es")["laws_cited"] == []


def test_es_occupation_and_employer() -> None:
    assert "Professional" in keys("data_categories", "es", "Datos laborales: ocupación y empresa donde labora.")
    assert "Professional" not in keys("data_categories", "es", "La ocupación hotelera creció este año.")


def test_es_servers_a_provider_has_in_a_country() -> None:
    text = "Nuestro proveedor de alojamiento web tiene sus servidores en Alemania y actúa como encargado."
    assert facts(text, "es")["cross_border"]["storage_location"] == "DE"


def test_es_servers_near_miss() -> None:
    assert facts("Nuestro proveedor tiene sus servidores actualizados.", "es")["cross_border"]["storage_location"] is None


def test_az_converb_of_means_deems_consent() -> None:
    text = "Tətbiqi yükləməklə və qeydiyyatdan keçməklə siz bu Siyasətin şərtlərinə razılıq vermiş olursunuz."
    assert facts(text, "az")["implied_consent"] is True


def test_az_converb_with_related_to_is_no_means() -> None:
    text = "Formu doldurmaqla bağlı suallara cavab veririk, razılıq vermiş olursunuz."
    assert facts(text, "az")["implied_consent"] is False


def test_es_data_kept_while_a_member() -> None:
    retention = facts("Los datos se mantendrán mientras usted sea socio del club.", "es")["retention"]
    assert retention["stated"] and retention["kind"] == "purpose-bound"


def test_es_keeping_security_is_no_retention() -> None:
    assert facts("Mantenemos la seguridad del sitio durante 24 horas al día.", "es")["retention"]["stated"] is False


# ---------------------------------------------------------------- third round (from batch 26, after its first look)


def test_es_authority_that_asks_lawfully_is_a_legal_obligation() -> None:
    assert "legal-obligation" in keys("disclosure_conditions", "es",
                                      "Podemos entregarla a un juez o a la autoridad que la pida legalmente.")
    assert "legal-obligation" not in keys("disclosure_conditions", "es", "La autoridad que la pida recibirá una copia.")


def test_az_encrypted_connection_is_encryption_in_transit() -> None:
    assert "encryption-in-transit" in keys("security_measures", "az", "Serverlərlə əlaqə şifrələnir.")
    assert "encryption-in-transit" not in keys("security_measures", "az", "Şifrələr heşlənmiş şəkildə saxlanılır.")


def test_ru_password_protected_program_is_access_control() -> None:
    assert "access-control" in keys("security_measures", "ru", "Медицинская программа клиники защищена паролем.")
    assert "access-control" not in keys("security_measures", "ru", "Ваш пароль должен быть надёжным.")
