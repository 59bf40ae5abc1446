"""Rules from issue 16, round 7 (own-written ru/es/az policies): recipients named in an entry of a sharing
section with no sharing verb, purposes stated as a bare noun phrase or infinitive in a purposes list,
Azerbaijani written in Cyrillic letters, and question titles that ask who gets the data or hold the
Azerbaijani question word after the subject. Each rule has a near-miss beside it. All texts are our own.
"""
from __future__ import annotations

import hashlib

import pytest

from policykg.ingest.extract.az_cyrillic import latinise_az
from policykg.ingest.model import Document, SegmentKind
from policykg.ingest.segment import segment
from tests.test_extract_cis_latam import facts


def _doc(text: str, language: str) -> Document:
    return Document(source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    media_type="text/plain", encoding="utf-8", language=language)


# ---------------------------------------------------------------- a party named in an entry of a sharing section


@pytest.mark.parametrize(("text", "language"), [
    ("Con quién compartimos sus datos\nCon el organizador del concierto (solo su nombre, para la lista de acceso).\n", "es"),
    ("Кому передаются данные\nТранспортная компания — ФИО, адрес и телефон для доставки.\n", "ru"),
    ("Кому передаются данные\n| Страховая компания «Щит» | оформление полиса |\n", "ru"),
    ("Məlumatlar kimə ötürülür?\nSığorta şirkəti (polis üçün) — ad, soyad.\n", "az"),
    ("Who receives your information?\nThe venue operator: your name, for the guest list.\n", "en"),
])
def test_entry_of_a_sharing_section_names_a_recipient(text: str, language: str) -> None:
    assert "third-parties" in facts(text, language)["recipients"]


@pytest.mark.parametrize(("text", "language"), [
    # the same entries under a heading on collection: the party is where data come from, not a recipient
    ("Qué datos recogemos\nCon el formulario de contacto (nombre y correo) nos escribe usted.\n", "es"),
    ("Какие данные мы собираем\nТранспортная компания — ФИО, адрес и телефон для доставки.\n", "ru"),
    # an entry that labels data, or denies, under a sharing heading names no party
    ("Con quién compartimos sus datos\nNombre y teléfono: solo los necesarios para la entrega.\n", "es"),
    ("Кому передаются данные\nСтраховая компания — не получает никаких данных.\n", "ru"),
])
def test_entry_naming_no_recipient(text: str, language: str) -> None:
    assert "third-parties" not in facts(text, language)["recipients"]


# ---------------------------------------------------------------- bare purposes in a purposes list


@pytest.mark.parametrize(("text", "language"), [
    ("Для чего\n— запись на консультацию;\n— выдача справок.\n", "ru"),
    ("Finalidades\n- Acumular y canjear sus millas;\n- Emitir las tarjetas de embarque.\n", "es"),
    ("2. Məqsədlər\n- Kursa yazılmaq;\n- Sertifikat vermək.\n", "az"),
])
def test_bare_entry_of_a_purposes_list_is_service_provision(text: str, language: str) -> None:
    assert "ServiceProvision" in facts(text, language)["purposes"]


@pytest.mark.parametrize(("text", "language"), [
    # a list under a heading on collection is a list of data, whatever its entries look like
    ("Какие сведения мы получаем\n— отметки о посещениях;\n— отзывы.\n", "ru"),
    # an entry that denies is no purpose
    ("Finalidades\n- No vendemos sus millas a terceros.\n", "es"),
])
def test_bare_entry_near_misses(text: str, language: str) -> None:
    assert "ServiceProvision" not in facts(text, language)["purposes"]


# ---------------------------------------------------------------- Azerbaijani in Cyrillic letters


def test_az_cyrillic_retention_is_read() -> None:
    text = "Мәлуматларын сахланмасы\nСифаришләр 5 ил сахланылыр, сонра силинир.\n"
    retention = facts(text, "az")["retention"]
    assert retention["period"] == "P5Y"


def test_latinise_keeps_offsets_and_leaves_russian_alone() -> None:
    text = "Сифаришләр 5 ил сахланылыр.\nДанные хранятся 5 лет.\n"
    doc = _doc(text, "az")
    segs = tuple(segment(doc))
    new_doc, new_segs = latinise_az(doc, segs)
    assert len(new_doc.text) == len(text)
    assert new_segs[0].text.startswith("Sifarişlər 5 il saxlanılır")
    assert new_segs[1].text == segs[1].text  # Russian: no Azerbaijani-only letter, left as it is
    ru = _doc(text, "ru")
    assert latinise_az(ru, segs)[0] is ru  # only an az document is read this way


# ---------------------------------------------------------------- question titles


def test_az_question_word_after_the_subject_titles_the_section() -> None:
    segs = segment(_doc("Məlumatlar kimə ötürülür?\nKuryer xidmətinə.\n", "az"))
    assert segs[0].kind is SegmentKind.HEADING
    near = segment(_doc("Bu məlumatlar doğrudurmu?\nBəli.\n", "az"))  # a question with no question word
    assert near[0].kind is not SegmentKind.HEADING


def test_who_question_about_data_opens_a_sharing_section() -> None:
    text = "¿Quién más ve tus datos?\nEl repartidor: nombre y dirección.\n"
    assert "third-parties" in facts(text, "es")["recipients"]
    near = "¿Quién es el responsable?\nEl repartidor: nombre y dirección.\n"  # asks about the controller
    assert "third-parties" not in facts(near, "es")["recipients"]


# ---------------------------------------------------------------- Spanish clause labels without a dash


def test_ordinal_clause_with_a_capitals_title_opens_a_section() -> None:
    text = "QUINTO. DERECHOS DEL TITULAR. Conocer, actualizar y rectificar sus datos.\n"
    segs = segment(_doc(text, "es"))
    assert segs[0].kind is SegmentKind.HEADING and segs[0].text == "QUINTO. DERECHOS DEL TITULAR."
    assert {"access", "rectification"} <= set(facts(text, "es")["rights"])
    near = segment(_doc("Primero. Le pedimos su nombre y su correo.\n", "es"))  # prose after an ordinal
    assert near[0].kind is not SegmentKind.HEADING


# ---------------------------------------------------------------- a verbless inventory line outside any section


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Что мы о вас знаем?\nАнкета клиента: ФИО, дата рождения, номер телефона.\n", "ru", {"Name", "BirthDate"}),
    ("Lo básico\nCuenta: nombre, correo electrónico y teléfono.\n", "es", {"Name", "EmailAddress"}),
])
def test_inventory_line_lists_collected_data(text: str, language: str, expected: set[str]) -> None:
    assert expected <= set(facts(text, language)["data_categories"])


@pytest.mark.parametrize(("text", "language"), [
    # the publisher's own contact line: values filled in, nothing collected
    ("Реквизиты\nКонтакты: телефон +7 (495) 000-00-00, e-mail info@example.ru.\n", "ru"),
    # the same inventory under a heading on sharing says what is passed on, not collected here
    ("Кому передаются данные\nКурьер: ФИО, номер телефона.\n", "ru"),
])
def test_inventory_line_near_misses(text: str, language: str) -> None:
    assert not {"Name", "TelephoneNumber", "EmailAddress"} & set(facts(text, language)["data_categories"])


def test_bare_purpose_near_misses_sentence_table_and_definition() -> None:
    # a sentence of a use section telling the user what to do, and a purposes table's header row
    assert "ServiceProvision" not in facts("Uso de cookies\nPuede deshabilitarlas desde su navegador.\n", "es")["purposes"]
    assert "ServiceProvision" not in facts("Для чего\n— | Цель | Основание |\n", "ru")["purposes"]
    # a definition after a label is no inventory
    text = "Glosario\nDato sensible: aquel que afecta la intimidad, como los datos relativos a la salud y biométricos.\n"
    assert "Biometric" not in facts(text, "es")["data_categories"]


def test_bare_entry_of_a_secondary_purposes_list_is_not_the_service() -> None:
    primary = "Finalidades\nFinalidades primarias: emitir su póliza; tramitar sus siniestros.\n"
    secondary = "Finalidades\nFinalidades secundarias: emitir boletines; tramitar sorteos.\n"
    assert "ServiceProvision" in facts(primary, "es")["purposes"]
    assert "ServiceProvision" not in facts(secondary, "es")["purposes"]


@pytest.mark.parametrize(("title", "entry", "language"), [
    ("Nə üçün?", "- Dərs cədvəlini tərtib etmək;", "az"),
    ("What for?", "- Booking your lessons;", "en"),
])
def test_what_for_question_opens_a_purposes_section(title: str, entry: str, language: str) -> None:
    assert "ServiceProvision" in facts(f"{title}\n{entry}\n- Issuing certificates.\n", language)["purposes"]


def test_why_question_about_the_policy_is_no_purposes_section() -> None:
    text = "Niyə bu siyasət vacibdir?\n- Dərs cədvəlini tərtib etmək;\n- Sertifikat vermək.\n"
    assert "ServiceProvision" not in facts(text, "az")["purposes"]
