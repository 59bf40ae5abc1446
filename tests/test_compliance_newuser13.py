"""Issue 15, from a new-user try on an own-written Spanish travel-app notice (session 13).

Four faults, each a general rule with a near-miss beside it:
- an inline list whose last case is joined by a conjunction ("…; (d) …; y (e) otros fines …") keeps that case
  under the list's intro, so an open last purpose is an open purpose;
- the Mexican ARCO wording "cancelarlos" (cancel the data) is the right to deletion, and "la eliminación de su
  cuenta" is account cancellation;
- a PRC city named as the seat of the group a foreign handler belongs to is the group's seat, not the handler's;
- "Al descargar … usted manifiesta su consentimiento" is consent deemed by use.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging
from policykg.ingest.model import Document, SegmentKind
from policykg.ingest.segment import segment

ES_HEAD = ("Viajes Sol S.A. de C.V., con domicilio en Calle Luna 5, Guadalajara, es responsable de sus datos "
           "(contacto: privacidad@viajessol.example). ")


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key)


@pytest.mark.parametrize("lang,text", [
    ("es", ES_HEAD + "\nTratamos su nombre y su correo electrónico para: (a) gestionar sus reservas; "
                     "(b) enviarle avisos del viaje; y (c) otros fines compatibles con los anteriores.\n"),
    ("en", "Sunway Ltd runs the Sunway app.\nWe use your name and e-mail address to: (a) manage your bookings; "
           "(b) send you trip notices; and (c) other purposes consistent with these.\n"),
])
def test_an_open_last_case_joined_by_a_conjunction_leaves_the_purposes_open(lang: str, text: str) -> None:
    assert verdict(text, lang, "processing-scope") == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("es", ES_HEAD + "\nTratamos su nombre y su correo electrónico para: (a) gestionar sus reservas; "
                     "(b) enviarle avisos del viaje; y (c) atender sus solicitudes de soporte.\n"),
    ("en", "Sunway Ltd runs the Sunway app.\nWe use your name and e-mail address to: (a) manage your bookings; "
           "(b) send you trip notices; and (c) answer your support requests.\n"),
])
def test_a_closed_last_case_joined_by_a_conjunction_leaves_them_closed(lang: str, text: str) -> None:
    assert verdict(text, lang, "processing-scope") != "contravention"


def test_a_conjunction_before_the_next_marker_on_its_own_line_is_still_an_item() -> None:
    text = "We use your data to:\n(a) manage bookings;\n(b) send notices;\nand (c) answer requests.\n"
    segs = segment(Document(source="t", name="t.txt", text=text, sha256="0" * 64, media_type="text/plain",
                            encoding="utf-8", language="en"))
    last = [s for s in segs if "answer requests" in s.text]
    assert last and last[0].kind == SegmentKind.ITEM and last[0].text.startswith("answer requests")
    # a sentence that merely starts with "and" after a list is not an item
    segs = segment(Document(source="t", name="t.txt", text="We use your data to:\n(a) manage bookings;\n\nAnd we keep it safe.\n",
                            sha256="0" * 64, media_type="text/plain", encoding="utf-8", language="en"))
    assert [s for s in segs if "keep it safe" in s.text][0].kind != SegmentKind.ITEM


ARCO = ("Usted puede acceder a sus datos, rectificarlos, cancelarlos u oponerse a su tratamiento, así como revocar su "
        "consentimiento o solicitar la eliminación de su cuenta, escribiendo a privacidad@viajessol.example.")


def test_arco_cancellation_and_account_removal_are_deletion_and_account_cancellation() -> None:
    v = compliance_judging.verdicts(ES_HEAD + "\n" + ARCO + "\n", "es")["rights-exercise"]
    assert v.verdict == "met"


def test_without_cancellation_or_account_removal_deletion_is_missing() -> None:
    text = ES_HEAD + "\nUsted puede acceder a sus datos, rectificarlos u oponerse a su tratamiento, así como revocar su " \
                     "consentimiento, escribiendo a privacidad@viajessol.example.\n"
    v = compliance_judging.verdicts(text, "es")["rights-exercise"]
    assert v.verdict == "omission"


PRC_USERS = {"es": "La aplicación se ofrece a turistas residentes en la República Popular China que visitan México.",
             "en": "The app is offered to tourists resident in the People's Republic of China who visit Mexico."}


@pytest.mark.parametrize("lang,text", [
    ("es", "Viajes Sol S.A. de C.V., con domicilio en Guadalajara, es responsable de sus datos. "
           "Viajes Sol forma parte del grupo Donghai, con sede en Hangzhou. "),
    ("en", "Sunway Travel S.A. de C.V., of Guadalajara, Mexico, is responsible for your data. "
           "Sunway Travel is part of the Donghai group, headquartered in Hangzhou. "),
])
def test_the_prc_seat_of_the_group_does_not_bring_a_foreign_handler_home(lang: str, text: str) -> None:
    assert verdict(text + PRC_USERS[lang] + "\n", lang, "overseas-representative") == "omission"


def test_a_prc_handler_that_is_part_of_a_group_stays_at_home() -> None:
    text = ("Sunway Travel (Hangzhou) Co., Ltd. is part of the Donghai group and is responsible for your data. "
            + PRC_USERS["en"] + "\n")
    v = compliance_judging.verdicts(text, "en")["overseas-representative"]
    assert v.verdict == "not-applicable"
    assert v.quotes, "not-applicable on the handler's seat quotes the sentence that shows the seat"


@pytest.mark.parametrize("text,expected", [
    ("Al descargar, registrarse o utilizar la aplicación, usted manifiesta su consentimiento para el tratamiento "
     "de sus datos.", "contravention"),
    ("Al instalar la aplicación, usted acepta el tratamiento de sus datos descrito en este aviso.", "contravention"),
    # asking for consent on download is not consent deemed by downloading
    ("Al descargar la aplicación le pediremos que manifieste su consentimiento marcando una casilla, que puede "
     "dejar sin marcar.", "not-contravention"),
])
def test_consent_deemed_by_downloading(text: str, expected: str) -> None:
    got = verdict(ES_HEAD + "\n" + text + "\n", "es", "consent-by-use")
    assert (got == "contravention") == (expected == "contravention")
