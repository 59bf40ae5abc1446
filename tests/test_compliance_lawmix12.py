"""Issue 15 (lawmix12): own-written en/es policies of PRC companies for users abroad and of foreign companies serving
people in China (a drone maker, a cross-boundary wallet, a mobile game, an e-scooter app, an online Spanish school).

Each rule is one a lawyer or a linguist would state: which party a sentence is about (the regulator notified, the
handler's agent seated in China), an item line of the section on what is collected, a heading naming the data used,
de-identified data handed over with the notice waived after the verb. Beside each, a near miss that must not match.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging

HEAD = {"en": "Marrowby Ltd runs the Marrowby app. ", "es": "Marrowby S.L. gestiona la aplicación Marrowby. "}


def verdict(text: str, lang: str, key: str) -> str:
    """The verdict word for ``key`` on ``text`` under a one-line handler introduction."""
    return compliance_judging.verdict(HEAD[lang] + text, lang, key)


# (1) A breach notice addressed to a named public body ("a la Agencia ...", "to the Data Protection Authority")
# notifies the regulator, not the person: no commitment to notify individuals.
@pytest.mark.parametrize("lang,text", [
    ("es", "Ciframos los datos. En caso de brecha de seguridad, lo notificaremos a la Agencia Española de Protección de Datos en 72 horas."),
    ("es", "Ciframos los datos. Si se produce una brecha de seguridad, la comunicaremos a la Autoridad de control competente."),
    ("en", "We encrypt data. If a data breach occurs, we will report it to the national data protection authority within 72 hours."),
])
def test_breach_notice_to_a_public_body_only_is_no_notice_to_people(lang: str, text: str) -> None:
    assert verdict(text, lang, "incident-notification") == "omission"


@pytest.mark.parametrize("lang,text", [
    # near miss: the person is notified as well
    ("es", "Ciframos los datos. En caso de brecha de seguridad, se lo notificaremos a usted y a la Agencia Española de Protección de Datos."),
    ("en", "We encrypt data. If a data breach occurs, we will notify you by e-mail and report it to the data protection authority."),
])
def test_breach_notice_to_the_person_and_the_regulator_is_met(lang: str, text: str) -> None:
    assert verdict(text, lang, "incident-notification") == "met"


# (2) The handler's agent, distributor or reseller seated in China is another party: its seat does not make a
# handler established abroad a PRC handler (PIPL 53).
@pytest.mark.parametrize("lang,text", [
    ("es", "Ñandía Online, S.L., sociedad constituida en España, ofrece clases a estudiantes residentes en la República Popular China. "
           "Los pagos se gestionan a través de nuestro agente en China, Hangzhou Lingfeng Consulting Co., Ltd."),
    ("en", "Marrowby Ltd, incorporated in Singapore, offers lessons to students in the People's Republic of China. "
           "Payments are handled by our local agent, Hangzhou Lingfeng Consulting Co., Ltd."),
])
def test_agent_seated_in_china_is_not_the_handler(lang: str, text: str) -> None:
    assert compliance_judging.verdict(text, lang, "overseas-representative") == "omission"


@pytest.mark.parametrize("lang,text", [
    # near miss: the handler itself is the Hangzhou company
    ("es", "Hangzhou Lingfeng Consulting Co., Ltd., República Popular China, ofrece clases a estudiantes residentes en China."),
    ("en", "Hangzhou Lingfeng Consulting Co., Ltd. (PRC) offers lessons to students in the People's Republic of China."),
])
def test_handler_seated_in_china_needs_no_representative(lang: str, text: str) -> None:
    assert compliance_judging.verdict(text, lang, "overseas-representative") == "not-applicable"


# (3) De-identified data handed to others with the notice or consent waived after the verb ("we may share ... with
# partners without further notice, because it does not identify you directly") stay personal information.
@pytest.mark.parametrize("lang,text", [
    ("en", "We may share device identifiers and other de-identified information with partners for research without further notice, because such information does not identify you directly."),
    ("es", "Podemos compartir identificadores del dispositivo y otros datos seudonimizados con socios comerciales sin previo aviso."),
])
def test_deidentified_data_shared_with_notice_waived(lang: str, text: str) -> None:
    assert verdict(text, lang, "de-identified-data") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # near miss: de-identified data shared, nothing waived (consent asked in a pop-up of its own)
    ("en", "We may share device identifiers, flight statistics and other de-identified information with research partners only after you agree in a separate pop-up."),
    # near miss: a denial of the sharing
    ("en", "We do not share device identifiers, flight statistics or other de-identified information with partners without your consent."),
])
def test_deidentified_data_without_waiver_is_no_claim(lang: str, text: str) -> None:
    assert verdict(text, lang, "de-identified-data") == "not-applicable"


# (4) A title naming the data the handler uses ("I. Information we use", "Datos que utilizamos") heads the list of what
# is collected: a table row under it with an ID number is sensitive PI processed.
@pytest.mark.parametrize("lang,text", [
    ("en", "I. Information we use\n\n| Real-name information | name and resident ID number | anti-addiction checks |\n\nII. Sharing\n\nWe do not sell data."),
    ("es", "1. Datos que utilizamos\n\n| Verificación | nombre y número de pasaporte | control de edad |\n\n2. Comunicación\n\nNo vendemos datos."),
])
def test_table_under_information_we_use_heading_is_collected(lang: str, text: str) -> None:
    assert verdict("\n\n" + text, lang, "sensitive-pi-consent") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # near miss: "How we use information" is a section on purposes; a sentence on protecting ID numbers there collects none
    ("en", "II. How we use information\n\nWe never ask for your resident ID number or passport.\n\nIII. Sharing\n\nWe do not sell data."),
])
def test_denied_collection_under_use_heading_is_not_sensitive(lang: str, text: str) -> None:
    assert verdict("\n\n" + text, lang, "sensitive-pi-consent") == "not-applicable"


# (5) An item line of the section on what is collected ("2.5 Cualquier otra información que sea necesaria") is an item of
# that list though it has no verb of collecting: an open category.
@pytest.mark.parametrize("lang,text", [
    ("es", "2. Datos que tratamos\n2.1 Registro: correo electrónico o número de teléfono, contraseña y país de residencia del usuario.\n2.2 Cualquier otra información que sea necesaria para prestarle un mejor servicio.\n\n3. Finalidades\n\nUsamos sus datos para prestar el servicio."),
    ("en", "2. Information we collect\n2.1 Registration: e-mail address and password.\n2.2 Any other information needed to serve you better.\n\n3. Purposes\n\nWe use your data to provide the service."),
])
def test_open_item_in_collection_section(lang: str, text: str) -> None:
    assert verdict("\n\n" + text, lang, "processing-scope") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # near miss: the line is no item of the collection list but a sentence of another section
    ("es", "2. Datos que tratamos\n2.1 Registro: correo electrónico y contraseña, para crear su cuenta.\n\n3. Seguridad\n\nProtegemos cualquier otra información con cifrado."),
])
def test_open_phrase_outside_collection_section(lang: str, text: str) -> None:
    assert verdict("\n\n" + text, lang, "processing-scope") != "contravention"


# (6) Verbs in a coordination share their object: "access, correct, download or delete your personal information"
# names access to the information as much as deletion of it.
@pytest.mark.parametrize("text", [
    "You may access, correct, download or delete your personal information in the app under Me > Account.",
    "You can access, update or erase your data by writing to privacy@marrowby.example.",
])
def test_coordinated_rights_verbs_share_the_object(text: str) -> None:
    assert compliance_judging.stating(HEAD["en"] + text, "en", "right_access")


@pytest.mark.parametrize("text", [
    # near miss: access to a place, not to data
    "You may access, enter or leave the premises during opening hours and delete the app at any time.",
])
def test_access_without_data_object_is_no_right(text: str) -> None:
    assert not compliance_judging.stating(HEAD["en"] + text, "en", "right_access")


# (7) "darse de baja" of the service cancels the registration; "darse de baja de los boletines" only unsubscribes.
@pytest.mark.parametrize("text", [
    "Para solicitar la supresión, oponerse al tratamiento o darse de baja, escriba a soporte@marrowby.example.",
    "Puede darse de baja de la plataforma desde «Mi cuenta».",
])
def test_darse_de_baja_cancels(text: str) -> None:
    assert compliance_judging.stating(HEAD["es"] + text, "es", "right_cancel")


@pytest.mark.parametrize("text", [
    "Puede darse de baja de los boletines comerciales con el enlace de cada correo.",
    "Para darse de baja de nuestras comunicaciones, pulse «Cancelar suscripción».",
])
def test_darse_de_baja_of_newsletters_is_no_cancellation(text: str) -> None:
    assert not compliance_judging.stating(HEAD["es"] + text, "es", "right_cancel")


# (8) Data of users named by a country other than China, or of a policy that says in its opening it is for users outside
# mainland China, stored abroad never were in China: no transfer abroad under PIPL 38-39.
@pytest.mark.parametrize("lang,text", [
    ("es", "Shenzhen Marrow Co., Ltd. (República Popular China) fabrica patinetes. Los datos de los usuarios de España y de México se almacenan en servidores en Fráncfort (Alemania)."),
    ("en", "Shenzhen Marrow Co., Ltd. (PRC) makes drones. The data of users in Spain and Mexico are stored on servers in Frankfurt, Germany."),
    ("en", "The data controller for users outside mainland China is Shenzhen Marrow Co., Ltd. (PRC). Our cloud for global users is hosted on servers in Singapore and Virginia, USA."),
])
def test_foreign_users_data_stored_abroad_is_no_export(lang: str, text: str) -> None:
    assert compliance_judging.verdict(text, lang, "cross-border-mechanism") == "not-applicable"


@pytest.mark.parametrize("lang,text", [
    # near miss: the data of users in China go to the foreign servers
    ("es", "Shenzhen Marrow Co., Ltd. (República Popular China) fabrica patinetes. Los datos de los usuarios de China se almacenan en servidores en Fráncfort (Alemania)."),
    # near miss: a policy for users outside China whose support staff abroad reach data kept in China
    ("en", "The data controller for users outside mainland China is Shenzhen Marrow Co., Ltd. (PRC). Data of players on the China server is stored in Shanghai. Our support team in Singapore may access the data of China server players remotely."),
])
def test_data_of_people_in_china_abroad_is_export(lang: str, text: str) -> None:
    assert compliance_judging.verdict(text, lang, "cross-border-mechanism") == "contravention"


# (9) Where a policy flatly denies public disclosure ("We do not publicly disclose your personal information."), its
# "share, transfer or disclose ... in these cases" list discloses to someone, not to the public.
@pytest.mark.parametrize("text", [
    "We may share, transfer or disclose your personal information without your consent in the following cases:\n"
    "(a) related to national security;\n(b) where necessary to maintain the secure operation of the services.\n\n"
    "We do not publicly disclose your personal information.",
])
def test_plain_disclose_beside_flat_public_denial(text: str) -> None:
    assert verdict(text, "en", "public-disclosure") == "not-applicable"


@pytest.mark.parametrize("text", [
    # near miss: no flat denial; the triad keeps its reading as public disclosure (a Chinese "共享、转让、公开披露")
    "We may share, transfer or disclose your personal information without your consent in the following cases:\n"
    "(a) related to national security;\n(b) where necessary to maintain the secure operation of the services.",
    # near miss: the denial has exceptions ("except"), so it is no flat denial
    "We may publicly disclose your nickname when you win a contest. We do not publicly disclose your personal information except to protect our rights.",
])
def test_public_disclosure_without_flat_denial_stays(text: str) -> None:
    assert verdict(text, "en", "public-disclosure") != "not-applicable"


# (10) "intended for persons over 14" / "destinada a mayores de 14 años" says positively that the service is not for
# children, as "not directed at children" does; with the removal of what reaches it, a dedicated rule.
@pytest.mark.parametrize("lang,text", [
    ("es", "La aplicación está destinada a mayores de 14 años. Si detectamos que un menor de 14 años se ha registrado sin el consentimiento de sus padres, eliminaremos su cuenta."),
    ("en", "The app is intended for persons over 14. If we learn that a child under 14 has registered, we will delete the account."),
])
def test_service_for_over_14_with_removal_is_met(lang: str, text: str) -> None:
    assert verdict(text, lang, "minors") == "met"


@pytest.mark.parametrize("lang,text", [
    # near miss: the positive statement alone, with no rule for what reaches the service
    ("es", "Los patinetes no deben ser conducidos por menores de 14 años. Los menores de 14 años pueden registrarse."),
])
def test_age_statement_without_rule_is_not_met(lang: str, text: str) -> None:
    assert verdict(text, lang, "minors") != "met"


# (11) A user's sanction announced to the public with his nickname or ID is a public disclosure as a penalty (no
# consent is asked for it), in en and es as the zh cues already read it.
@pytest.mark.parametrize("lang,text", [
    ("en", "When we ban an account for cheating, we publish the nickname and player ID of the banned account on the announcement board."),
    ("es", "Cuando sancionamos una cuenta por hacer trampas, publicamos el apodo y el ID de la cuenta en el tablón de anuncios."),
])
def test_sanction_published_with_name(lang: str, text: str) -> None:
    assert verdict(text, lang, "public-disclosure") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # near miss: the sanction is told to the user himself, nothing is published
    ("en", "When we ban an account for cheating, we send the player an e-mail explaining the reason."),
    ("es", "Cuando sancionamos una cuenta, se lo comunicamos al titular por correo electrónico."),
])
def test_sanction_told_to_the_user_is_no_disclosure(lang: str, text: str) -> None:
    assert verdict(text, lang, "public-disclosure") == "not-applicable"


# (12) National ID numbers named by their acronym (CURP, DNI, NIE) are ID numbers: sensitive PI.
@pytest.mark.parametrize("text", [
    "2. Datos que recopilamos\n\nPara tramitar la garantía recopilamos su nombre, su dirección y su CURP.",
    "2. Datos que recopilamos\n\nPara emitir la factura recopilamos su nombre y su DNI o NIE.",
])
def test_id_acronyms_are_sensitive(text: str) -> None:
    assert verdict("\n\n" + text, "es", "sensitive-pi-consent") == "contravention"


@pytest.mark.parametrize("text", [
    # near miss: a word containing the letters, no ID number ("curpa" is no acronym; "nie" in "niega")
    "2. Datos que recopilamos\n\nPara tramitar la garantía recopilamos su nombre y su dirección; nadie niega su derecho a reclamar.",
])
def test_no_id_acronym_no_sensitive(text: str) -> None:
    assert verdict("\n\n" + text, "es", "sensitive-pi-consent") == "not-applicable"


# (13) A list of data closed by "and other technical information" leaves the category open.
def test_list_closed_by_and_other_information() -> None:
    text = "\n\n1. Information we collect\n\n1.1 Device information: device model, operating system, IP address, crash logs, and other technical information.\n\n2. Purposes\n\nWe use your data to provide the service."
    assert verdict(text, "en", "processing-scope") == "contravention"


def test_list_with_other_information_mid_sentence_is_not_this_rule() -> None:
    # near miss: "other technical information" that the next words bound (what is needed to fix crashes, kept 30 days)
    text = "\n\n1. Information we collect\n\n1.1 Device information: device model, crash logs and other technical information needed to fix a crash, kept for 30 days.\n\n2. Purposes\n\nWe use your data to provide the service."
    assert verdict(text, "en", "processing-scope") != "contravention"


# (14) A switch named by a demonstrative ("puede desactivar estas recomendaciones") reaches back to the personalisation
# the sentence before describes, whatever word named it there.
@pytest.mark.parametrize("lang,text", [
    ("es", "Usamos sus hábitos de limpieza para recomendarle accesorios; puede desactivar estas recomendaciones en Ajustes > Privacidad."),
    ("en", "We use your purchase history to recommend accessories; you can turn off these recommendations in Settings > Privacy."),
])
def test_demonstrative_switch_declines_the_personalisation_before(lang: str, text: str) -> None:
    assert verdict(text, lang, "automated-decision") == "met"


@pytest.mark.parametrize("lang,text", [
    # near miss: the demonstrative switch is for notifications, not the recommendations
    ("es", "Usamos sus hábitos de limpieza para recomendarle accesorios. Puede desactivar las notificaciones en Ajustes."),
])
def test_other_switch_does_not_decline_personalisation(lang: str, text: str) -> None:
    assert verdict(text, lang, "automated-decision") == "contravention"


# (15) "cease to be personal data" / "dejan de ser datos personales" is the claim "are not personal data": data so
# called and handed over without consent are treated as outside the law.
@pytest.mark.parametrize("lang,text", [
    ("es", "Difuminamos los rostros de las imágenes. Las imágenes así tratadas dejan de ser datos personales, por lo que podemos compartirlas con socios sin su consentimiento."),
    ("en", "We blur faces in the images. The images are then no longer personal information, so we may share them with partners without your consent."),
])
def test_ceasing_to_be_personal_data_is_a_claim(lang: str, text: str) -> None:
    assert verdict(text, lang, "de-identified-data") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # near miss: anonymisation said irreversible (identifies no one): outside the law
    ("es", "Los datos anonimizados, que no permiten identificar a ninguna persona, dejan de ser datos personales y se usan con fines estadísticos."),
])
def test_irreversible_anonymisation_is_no_claim(lang: str, text: str) -> None:
    assert verdict(text, lang, "de-identified-data") == "not-applicable"


# (16) Spanish drops the subject: "si no acepta este aviso, no podrá usar la aplicación" forces acceptance as "si usted no
# acepta" does.
def test_dropped_subject_forced_acceptance() -> None:
    text = "Podemos compartir sus datos con socios comerciales. Si no acepta este aviso, no podrá usar la aplicación."
    assert verdict(text, "es", "bundled-consent") == "contravention"


def test_refusal_of_optional_feature_is_not_forced() -> None:
    # near miss: what refusal costs is only the optional feature
    text = "Si no acepta compartir su ubicación, podrá seguir usando la aplicación, salvo la función «Cerca de mí»."
    assert verdict(text, "es", "bundled-consent") != "contravention"


# (17) "We use the information above only for ..." and a participle closing an item (", used to fix faults") state
# purposes.
@pytest.mark.parametrize("text", [
    "We collect your nickname and e-mail address. We use the information above only for running your account.",
    "Device information: device model and crash logs, used to fix faults.",
])
def test_purpose_phrasings(text: str) -> None:
    assert compliance_judging.stating(HEAD["en"] + text, "en", "purpose_stated")


@pytest.mark.parametrize("text", [
    # near miss: "used to" of habit, no purpose of processing
    "We used to be called Marrowby Apps.",
])
def test_used_to_of_habit_is_no_purpose(text: str) -> None:
    assert not compliance_judging.stating(HEAD["en"] + text, "en", "purpose_stated")


@pytest.mark.parametrize("lang,text", [
    # near miss to (9): a denial qualified "in principle" / "sin su consentimiento" and taken back by the next sentence
    # is no flat denial: its "however, we may disclose" cases are the denied act
    ("en", "In principle, we do not publicly disclose your personal information without your consent. However, we may disclose your personal "
           "information for the following purposes:\n  * to comply with a court order;\n  * to protect the rights of our company.\n"),
])
def test_qualified_denial_keeps_its_exceptions_public(lang: str, text: str) -> None:
    assert verdict(text, lang, "public-disclosure") == "contravention"
