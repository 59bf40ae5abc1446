"""Issue 15 (fix14a): causes of wrong verdicts found by the look14 first look on own-written en/es/az policies.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging
from compliance_judging import stating

HEAD = {"az": "Lalə MMC Lalə tətbiqini idarə edir. ", "en": "Quillmoor Ltd runs the Quillmoor shop. ",
        "es": "Viajes Quillmoor, S.L. gestiona el sitio web Quillmoor. "}


def verdict(text: str, lang: str, key: str) -> str:
    """The verdict word for ``key`` on ``text`` under a one-line handler introduction."""
    return compliance_judging.verdict(HEAD[lang] + text, lang, key)


# (1) A transfer abroad need not have "we" as subject: a named company (a subsidiary) that "transfers"/"sends" the
# data to a recipient in another country makes the same transfer, and the mechanism named next to it then counts.
@pytest.mark.parametrize("text", [
    "Quillmoor (Shenzhen) Trading Co., Ltd. transfers your name and order history to Quillmoor Limited in the United Kingdom.",
    "Our subsidiary in Beijing sends the order records to our parent company in Germany every night.",
])
def test_named_company_sending_abroad_is_a_transfer(text: str) -> None:
    assert stating(text, "en", "abroad")


@pytest.mark.parametrize("text", [
    "Quillmoor (Shenzhen) Trading Co., Ltd. transfers your name and address to our courier in Shenzhen.",
    "The florist sends you a photo of the bouquet before delivery.",
])
def test_sending_within_the_country_is_no_transfer_abroad(text: str) -> None:
    assert not stating(text, "en", "abroad")


# (2) Spanish reflexive passive with an enclitic se ("podrán publicarse") is a publication as much as "se publicarán";
# "en virtud de" (by virtue of) names a basis as "sobre la base de" does.
def test_es_enclitic_passive_publication_is_public_disclosure() -> None:
    text = ("Las fotografías de los clientes tomadas en nuestras excursiones podrán publicarse en nuestro blog y en "
            "nuestras redes sociales.")
    assert verdict(text, "es", "public-disclosure") == "contravention"
    assert verdict("Esta política podrá publicarse también en inglés en nuestro sitio web.", "es",
                   "public-disclosure") == "not-applicable"


def test_es_en_virtud_de_legitimate_interest_is_a_ground_beyond_pipl13() -> None:
    assert stating("Enviamos encuestas de satisfacción en virtud de nuestro interés legítimo.", "es", "basis_word")
    assert verdict("Enviamos encuestas de satisfacción en virtud de nuestro interés legítimo en mejorar el servicio.",
                   "es", "legal-basis") == "contravention"
    # the legitimate interest mentioned without a basis word or a processing verb names no ground
    assert not stating("Le informamos en virtud de la ley vigente.", "es", "legit_interest_basis")


# (6) An explicit statement that refusing optional processing leaves the service usable is the PIPL 16 answer.
@pytest.mark.parametrize("lang,text", [
    ("en", "If you refuse marketing cookies, you can still use the shop and place orders."),
    ("en", "You can still order flowers if you do not opt in to our newsletter."),
    ("es", "Aunque no nos dé su consentimiento para el boletín, podrá seguir reservando: podrá reservar y viajar con normalidad."),
    ("es", "Su negativa a recibir el boletín no afectará a la contratación del viaje."),
    ("az", "Reklam bildirişlərindən imtina etsəniz də, tətbiqdən istifadə edə bilərsiniz."),
])
def test_refusal_leaving_service_usable_is_met(lang: str, text: str) -> None:
    assert stating(text, lang, "separate_functions")
    assert verdict(text, lang, "bundled-consent") == "met"


@pytest.mark.parametrize("lang,text", [
    ("en", "If you refuse these terms, you cannot use the shop."),
    ("es", "La retirada del consentimiento no afectará a la licitud del tratamiento previo."),
    ("es", "Si no acepta esta política, no podrá reservar ningún viaje."),
    ("az", "Məlumatları verməkdən imtina etsəniz, tətbiqdən istifadə edə bilməzsiniz."),
])
def test_refusal_near_misses_are_not_separate_functions(lang: str, text: str) -> None:
    assert not stating(text, lang, "separate_functions")


# (2b) "las fotografías podrán publicarse … en virtud de nuestro interés legítimo": the plural modal governs a passive
# of things, not the reader's own route, so the ground it names is read; "usted podrá oponerse" stays the reader's.
def test_es_plural_passive_modal_is_no_route_of_the_reader() -> None:
    text = ("Las fotografías de los viajeros podrán publicarse en nuestra web en virtud de nuestro interés legítimo "
            "en promocionar nuestros viajes.")
    assert verdict(text, "es", "legal-basis") == "contravention"
    near = "Usted podrá oponerse en cualquier momento escribiendo a privacidad@quillmoor.example."
    assert verdict(near, "es", "legal-basis") != "contravention"


# (1b) the mechanism named beside a subsidiary's transfer is read with it
def test_subsidiary_transfer_with_standard_contract() -> None:
    text = ("Quillmoor (Shenzhen) Trading Co., Ltd. sells to customers in mainland China. "
            "Quillmoor (Shenzhen) Trading Co., Ltd. transfers your name and order history to Quillmoor Limited in the "
            "United Kingdom. We have concluded the standard contract for the outbound transfer of personal information "
            "with Quillmoor Limited and filed it with the Cyberspace Administration.")
    assert verdict(text, "en", "cross-border-mechanism") == "met"


# (5) A disclaimer limited to independent third parties' own systems (hotels', airlines') is no disclaimer of the
# company's own security; one naming our own systems still is.
MEASURES = {"en": "We use encryption in transit, backups and access controls. ",
            "es": "Aplicamos cifrado de las comunicaciones, copias de seguridad y control de accesos. "}


@pytest.mark.parametrize("lang,text", [
    ("en", "However, we are not responsible for unauthorised access by others to the systems of the hotels or airlines you book."),
    ("es", "No obstante, no nos hacemos responsables de los accesos no autorizados a los sistemas de las aerolíneas o de los hoteles."),
])
def test_disclaimer_of_third_parties_systems_is_not_own(lang: str, text: str) -> None:
    assert verdict(MEASURES[lang] + text, lang, "security-measures") == "met"


@pytest.mark.parametrize("lang,text", [
    ("en", "However, we are not responsible for unauthorised access by hackers to our systems or the systems of our partners."),
    ("es", "No obstante, no nos hacemos responsables de los accesos no autorizados por terceros a nuestros sistemas."),
])
def test_disclaimer_of_own_systems_stays(lang: str, text: str) -> None:
    assert verdict(MEASURES[lang] + text, lang, "security-measures") == "contravention"


# (4) Retention periods in a table under a "how long we keep it" heading: the heading carries the verb, each row
# the period. A period under another heading (an answer time under "Your rights") is no retention period.
@pytest.mark.parametrize("lang,text", [
    ("en", "5. HOW LONG WE KEEP IT\n\n| Data | Period |\n| Booking records | 5 years after the trip |\n| Newsletter list | until you unsubscribe |\n\n6. CONTACT\n\nWrite to us."),
    ("es", "5. Plazos de conservación\n\n| Datos | Plazo |\n| Reservas | 5 años desde el viaje |\n| Boletín | hasta que se dé de baja |\n\n6. Contacto\n\nEscríbanos."),
    ("az", "5. Məlumatların saxlanma müddəti\n\n| Məlumat | Müddət |\n| Sifarişlər | 3 il |\n\n6. Əlaqə\n\nBizə yazın."),
])
def test_periods_in_a_table_under_a_keep_heading(lang: str, text: str) -> None:
    assert verdict("\n\n" + text, lang, "retention-period") == "met"


@pytest.mark.parametrize("lang,text", [
    ("en", "5. YOUR RIGHTS\n\n| Request | Answer time |\n| Access | 15 days |\n\n6. CONTACT\n\nWrite to us."),
    ("en", "5. HOW LONG WE KEEP IT\n\n| Data | Period |\n| Booking records | as long as necessary |\n\n6. CONTACT\n\nWrite to us."),
])
def test_no_period_under_a_keep_heading(lang: str, text: str) -> None:
    assert verdict("\n\n" + text, lang, "retention-period") != "met"


# (3) Rights stated outside the rights section. "ask for access to, correction or erasure of your data": a nominal
# right sharing its object with the next ones is access; withdrawal in a relative clause on consent ("consent, which
# you may withdraw") counts wherever it stands; es bare "registro" (a hotel's guest register) is no user account.
@pytest.mark.parametrize("lang,fact,text", [
    ("en", "right_access", "You can ask for access to, correction or erasure of your personal information by e-mail."),
    ("en", "right_withdraw", "We send the newsletter only with your consent, which you may withdraw at any time."),
    ("es", "right_withdraw", "Enviamos el boletín con su consentimiento expreso, que puede retirar en cualquier momento."),
    ("es", "user_account", "Al registrarse en la aplicación le pedimos su correo."),
])
def test_rights_read_wherever_stated(lang: str, fact: str, text: str) -> None:
    assert stating(text, lang, fact)


@pytest.mark.parametrize("lang,fact,text", [
    ("en", "right_access", "We protect your data against unauthorised access to, use or disclosure of your personal information."),
    ("en", "right_withdraw", "We rely on your consent, which is recorded with the date of your order."),
    ("es", "right_withdraw", "Tratamos los datos de salud con su consentimiento expreso, que conservamos firmado."),
    ("es", "user_account", "Las autoridades pueden consultar el registro obligatorio de huéspedes de los hoteles."),
])
def test_rights_near_misses(lang: str, fact: str, text: str) -> None:
    assert not stating(text, lang, fact)


def test_es_service_without_accounts_is_not_asked_for_cancellation() -> None:
    text = ("Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@quillmoor.example. "
            "Tratamos el boletín con su consentimiento, que puede retirar en cualquier momento escribiendo a la misma dirección. "
            "Los hoteles llevan el registro obligatorio de huéspedes.")
    assert verdict(text, "es", "rights-exercise") == "met"


# (4b) A limitation period whose length is stated is a fixed period; one without a length stays open-ended.
@pytest.mark.parametrize("lang,text", [
    ("es", "Conservamos las facturas mientras dure el contrato y, después, durante los plazos de prescripción legales (en general, seis años)."),
    ("en", "We keep invoices for the duration of the contract and then for the statutory limitation period of six years."),
])
def test_limitation_period_with_length_is_a_period(lang: str, text: str) -> None:
    assert verdict(text, lang, "retention-period") == "met"


def test_limitation_period_without_length_stays_open() -> None:
    text = "Conservamos las facturas mientras dure el contrato y, después, durante los plazos de prescripción aplicables."
    assert verdict(text, "es", "retention-period") == "contravention"
