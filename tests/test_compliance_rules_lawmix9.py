"""Issue 15 (lawmix9): causes of false assurance and misses on own-written en/es/ru/az policies, by rule.

Each rule is one a PRC data-protection lawyer or a linguist would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging

HEAD = {"az": "Tidewell MMC Tidewell tətbiqini idarə edir. ", "en": "Tidewell Ltd runs the Tidewell app. ",
        "es": "Tidewell S.L. gestiona la aplicación Tidewell. ",
        "ru": "ООО «Тайдвелл» управляет приложением Tidewell. "}


def verdicts(text: str, lang: str, head: bool = True) -> dict[str, str]:
    """Requirement key -> verdict word for ``text`` (under a one-line handler introduction)."""
    return {key: v.verdict for key, v in compliance_judging.verdicts((HEAD[lang] if head else "") + text, lang).items()}


# A policy addressed to people in China (said once, anywhere) that keeps the data on servers in a foreign city
# transfers it abroad, though the storage sentence does not repeat whose data they are.
@pytest.mark.parametrize("lang,text", [
    ("es", "Atendemos a turistas procedentes de la República Popular China. Los datos se almacenan en nuestros servidores ubicados en Lima."),
    ("az", "Çin Xalq Respublikasından, əsasən Sincandan olan pasiyentlərə xidmət göstəririk. Bütün məlumatlar Bakıdakı serverlərimizdə saxlanılır."),
    ("en", "The course is offered to students living in mainland China. All records are kept on our servers in Auckland."),
    ("ru", "Мы обслуживаем туристов, приезжающих из Китая. Данные хранятся на наших серверах в Иркутске."),
])
def test_policy_for_people_in_china_with_servers_abroad_transfers(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    # the people in China are named to be turned away
    ("ru", "Игра недоступна на территории КНР, и игроки из Китая зарегистрироваться в ней не могут. Игровые серверы расположены во Франкфурте."),
    ("en", "The app is not available to users in mainland China. Our servers are in Frankfurt."),
    # no one in China at all
    ("es", "Atendemos a turistas de Chile y Argentina. Los datos se almacenan en nuestros servidores ubicados en Lima."),
])
def test_servers_abroad_without_people_in_china_are_no_transfer(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] == "not-applicable"


def test_data_collected_in_a_prc_city_sent_to_a_foreign_office_az() -> None:
    text = "Quançjoudakı anbarımız satıcının adını və telefonunu qeydə alır və bu məlumatları Bakıdakı ofisimizə ötürür."
    assert verdicts(text, "az")["cross-border-mechanism"] == "contravention"
    near = "Bakıdakı anbarımız alıcının adını qeydə alır və bu məlumatları Gəncədəki ofisimizə ötürür."
    assert verdicts(near, "az")["cross-border-mechanism"] == "not-applicable"


def test_people_abroad_who_see_the_data_transfer_it() -> None:
    text = "Classes for children in China are taught by teachers located in the Philippines, who see the child's nickname."
    assert verdicts(text, "en")["cross-border-mechanism"] == "contravention"
    near = "Classes for children in China are taught by teachers located in Hangzhou, who see the child's nickname."
    assert verdicts(near, "en")["cross-border-mechanism"] == "not-applicable"


# PIPL 53: a PRC company named in the role of representative is one, though the sentence does not say "in China";
# a company's legal representative, a guardian or a sales office is not.
FOREIGN = {"en": "Tidewell Pte. Ltd., a company incorporated in Singapore, runs the app for users in mainland China. ",
           "ru": "Приложение для пользователей из Китая предоставляет Tidewell Pte. Ltd., компания, зарегистрированная в Сингапуре. "}


@pytest.mark.parametrize("lang,text,want", [
    ("en", "We have appointed Shanghai Yuguang Consulting Co., Ltd. as our representative under Article 53.", "met"),
    ("en", "Our legal representative is Zhang Wei of Shanghai Yuguang Consulting Co., Ltd.", "not met"),
    ("en", "Orders are handled by our sales representative, Shanghai Yuguang Trading Co., Ltd.", "not met"),
])
def test_prc_entity_named_as_representative(lang: str, text: str, want: str) -> None:
    got = verdicts(FOREIGN[lang] + text, lang, head=False)["overseas-representative"]
    assert got == want if want == "met" else got != "met"


# Consent deemed from an act that is no consent gesture (connecting a device, starting the game), put as an adverbial
# participle / "by ...ing" before "you confirm your consent"; clicking or ticking an agree box is a gesture.
@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Подключая устройство к Приложению, вы подтверждаете согласие на обработку персональных данных.", "contravention"),
    ("ru", "Нажимая кнопку «Принимаю», вы даёте согласие на обработку персональных данных.", "met"),
    ("en", "By pairing the camera with the app, you confirm your consent to the processing of your data.", "contravention"),
    ("en", "By ticking the box, you give your consent to the processing of your data.", "not contravention"),
])
def test_consent_deemed_from_an_act(lang: str, text: str, want: str) -> None:
    got = verdicts(text, lang)["consent-by-use"]
    assert got == want if want != "not contravention" else got != "contravention"


# PIPL 19: a period measured by the company's business, not by the purpose, is no criterion.
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Other information is kept for as long as it is useful to our business.", "contravention"),
    ("en", "Other information is kept for as long as it is needed to provide the service.", "met"),
    ("es", "Conservamos sus datos mientras sean necesarios para nuestra actividad.", "contravention"),
    ("ru", "Мы храним данные, пока они нужны для деятельности Общества.", "contravention"),
    ("az", "Məlumatları fəaliyyətimiz üçün lazım olduğu müddətdə saxlayırıq.", "contravention"),
])
def test_retention_measured_by_the_business(lang: str, text: str, want: str) -> None:
    assert verdicts(text, lang)["retention-period"] == want


def test_remaining_data_in_a_retention_sentence_is_no_open_scope() -> None:
    text = ("We use your mobile number to create your account. Consultation records are kept for 15 years. "
            "Other information is kept for 3 years.")
    assert verdicts(text, "en")["processing-scope"] != "contravention"


# The last case of an inline enumeration often follows the conjunction closing the list ("; y (d) ..."): it stays
# an item of the list its intro opens, so an open purpose there leaves the purposes open.
@pytest.mark.parametrize("lang,text,want", [
    ("es", "Utilizamos sus datos para: (a) reservar los servicios; (b) atender reclamos; y (c) fines comerciales y otros vinculados a nuestra actividad.", "contravention"),
    ("es", "Utilizamos sus datos para: (a) reservar los servicios; (b) atender reclamos; y (c) emitir facturas.", "not contravention"),
])
def test_last_item_after_a_conjunction_stays_in_the_list(lang: str, text: str, want: str) -> None:
    got = verdicts(text, lang)["processing-scope"]
    assert got == want if want == "contravention" else got != "contravention"


# PIPL 28-29: sensitive data put under consent deemed from an act lacks separate consent, whatever another clause
# asks consent for.
@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Клиника собирает сведения о состоянии здоровья пациентов. Записываясь на приём через WeChat, пациент выражает согласие на обработку своих данных, в том числе сведений о состоянии здоровья. "
           "В отдельном согласии указывается, зачем Клинике нужны сведения о здоровье и как их обработка влияет на пациента.", "contravention"),
    ("ru", "Клиника собирает сведения о состоянии здоровья пациентов. Перед приёмом пациент даёт отдельное письменное согласие на обработку сведений о состоянии здоровья. "
           "В согласии указывается, зачем Клинике нужны сведения о здоровье и как их обработка влияет на пациента.", "met"),
])
def test_sensitive_data_under_deemed_consent(lang: str, text: str, want: str) -> None:
    assert verdicts(text, lang)["sensitive-pi-consent"] == want


# PIPL 16: refusing consent to a purpose the service does not need costs functions.
@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Если вы не согласны на передачу данных для улучшения продукции, управление устройством будет доступно только в базовом режиме.", "contravention"),
    ("en", "If you do not consent to sharing for product improvement, the app will only be available in basic mode.", "contravention"),
    ("es", "Para utilizar la aplicación debe aceptar también el envío de promociones de nuestros socios.", "contravention"),
    ("ru", "Если вы не согласны на рассылки, вы можете продолжать пользоваться всеми функциями.", "met"),
])
def test_refusal_of_an_unneeded_purpose_costs_functions(lang: str, text: str, want: str) -> None:
    assert verdicts(text, lang)["bundled-consent"] == want


# PIPL 24: an opt-out that is only the deletion of the account is none.
@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Мы показываем персонализированную рекламу. Отказаться от неё можно только удалив аккаунт.", "contravention"),
    ("en", "We show personalised ads. You can opt out of them only by deleting your account.", "contravention"),
    ("ru", "Мы показываем персонализированную рекламу. Отключить её можно в настройках.", "met"),
])
def test_opt_out_only_by_deleting_the_account(lang: str, text: str, want: str) -> None:
    assert verdicts(text, lang)["automated-decision"] == want


def test_handler_named_in_a_parenthesis_cut_at_its_semicolon() -> None:
    text = ('Little Owl is a course provided by Hangzhou Qingmu Technology Co., Ltd. (address: 1 Wenyi Road, Hangzhou; '
            '"Qingmu", "we"). Contact us at help@qingmu.example.')
    assert compliance_judging.verdicts(text, "en")["handler-identity"].verdict == "met"
    near = ('Little Owl uses a service provided by Hangzhou Qingmu Technology Co., Ltd. (address: 1 Wenyi Road, Hangzhou). '
            'Contact us at help@qingmu.example.')
    assert compliance_judging.verdicts(near, "en")["handler-identity"].verdict == "omission"


@pytest.mark.parametrize("text,want", [
    ("If a security incident occurs, we will inform parents by push notification and report it to the regulators.", "met"),
    ("If a security incident occurs, we will report it to the regulators.", "omission"),
])
def test_incident_notice_to_parents(text: str, want: str) -> None:
    assert verdicts(text, "en")["incident-notification"] == want


# A service closed to everyone under an age of 14 or more processes no child's data; an age below 14 does.
@pytest.mark.parametrize("lang,text,want", [
    ("az", "16 yaşından kiçik şəxslər saytda qeydiyyatdan keçə bilməz.", "not-applicable"),
    ("ru", "Лица младше 16 лет не могут зарегистрироваться в Игре.", "not-applicable"),
    ("en", "Children under 12 cannot register.", "adverse"),
])
def test_service_closed_below_an_age(lang: str, text: str, want: str) -> None:
    got = verdicts(text, lang)["minors"]
    assert got == want if want != "adverse" else got in ("omission", "contravention")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Чтобы получить копию ваших данных, исправить их или отозвать согласие, напишите на help@tidewell.example. "
           "Удалить аккаунт и все данные можно в настройках."),
    ("en", "Parents can view and correct the child's information, delete it and withdraw consent in Parent Center, "
           "and close the account in Settings."),
])
def test_rights_given_to_parents_or_by_a_purpose_clause(lang: str, text: str) -> None:
    assert verdicts(text, lang)["rights-exercise"] == "met"


# Recommendations drawn from the person's own history are personalisation (PIPL 24), without the word "personalised".
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Based on the child's lesson history we recommend courses in the app. This cannot be switched off.", "contravention"),
    ("en", "Based on public rankings we recommend popular courses to everyone.", "not-applicable"),
])
def test_recommendations_from_own_history(lang: str, text: str, want: str) -> None:
    assert verdicts(text, lang)["automated-decision"] == want


@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Ваш никнейм, рейтинг и страна отображаются в публичной таблице лидеров; скрыть их нельзя.", "contravention"),
    ("ru", "Ваш никнейм и рейтинг видны только вам в личном кабинете.", "not-applicable"),
])
def test_data_shown_in_a_public_table(lang: str, text: str, want: str) -> None:
    assert verdicts(text, lang)["public-disclosure"] == want


def test_fraud_protection_without_consent_is_no_pipl13_ground() -> None:
    v = verdicts("Для защиты от мошенничества и читов мы обрабатываем игровые данные без вашего согласия.", "ru")
    assert v["legal-basis"] == "contravention"
    near = verdicts("Для защиты от мошенничества мы обрабатываем игровые данные с вашего согласия.", "ru")
    assert near["legal-basis"] != "contravention"


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Cualquier cambio será notificado por correo electrónico. Si continúa usando la aplicación, se entenderá que acepta el Aviso modificado.", "contravention"),
    ("es", "Si modificamos esta Política, se lo notificaremos y le pediremos que acepte de nuevo la Política actualizada.", "met"),
    ("en", "We will notify you of material changes by email before they take effect.", "contravention"),
])
def test_change_clauses(lang: str, text: str, want: str) -> None:
    assert verdicts(text, lang)["policy-changes"] == want


@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Мы собираем имя и телефон покупателя.\n\n3. Цели обработки\n\nОформление заказов, информирование о товарах, а также иные цели, связанные с деятельностью Оператора.", "contravention"),
    ("ru", "Мы собираем имя и телефон покупателя.\n\n3. Цели обработки\n\nОформление заказов и информирование о товарах.", "not contravention"),
    ("es", "\n\n2. Datos que recopilamos\n\nNombre, dirección de entrega, teléfono y modelo de su dispositivo, entre otros.\n\nUsamos sus datos para entregar sus pedidos.", "contravention"),
    ("es", "\n\n2. Datos que recopilamos\n\nNombre, dirección de entrega y teléfono.\n\nUsamos sus datos para entregar sus pedidos.", "met"),
])
def test_open_lists_in_purpose_and_collection_sections(lang: str, text: str, want: str) -> None:
    got = verdicts(text, lang)["processing-scope"]
    assert got == want if want != "not contravention" else got != "contravention"


@pytest.mark.parametrize("text,want", [
    ("Sus datos se almacenan en nuestros servidores en Shenzhen (China). Para la atención al cliente, nuestra filial Hualong México, S.A. de C.V., en la Ciudad de México, puede acceder a ellos.", "contravention"),
    ("Sus datos se almacenan en nuestros servidores en Shenzhen (China). Para la atención al cliente, nuestra filial en Shenzhen puede acceder a ellos.", "not-applicable"),
])
def test_foreign_affiliate_accessing_data_held_in_china(text: str, want: str) -> None:
    assert verdicts(text, "es")["cross-border-mechanism"] == want


def test_prc_citizens_in_the_title_are_no_prc_seat_az() -> None:
    text = ("Çin Xalq Respublikasının vətəndaşları üçün viza müraciətlərinə dair Bildiriş. Asan MMC (Bakı, privacy@asan.example) "
            "Çin Xalq Respublikasında yaşayan şəxslərin viza müraciətlərini hazırlayır. Çində nümayəndəmiz \"Beijing Yuanhang Consulting Co., Ltd.\"-dir.")
    assert verdicts(text, "az", head=False)["overseas-representative"] == "met"


@pytest.mark.parametrize("key,text,want", [
    ("incident-notification", "Məlumatlar şifrələnir. Məlumat sızması halında sizi 72 saat ərzində e-poçtla xəbərdar edirik.", "met"),
    ("retention-period", "Müraciət məlumatları vizanın müddəti bitdikdən bir il sonra silinir.", "met"),
])
def test_az_incident_and_retention_wordings(key: str, text: str, want: str) -> None:
    assert verdicts(text, "az")[key] == want


# Separate consent asked for one kind of sensitive data (heart rate) does not cover another (GPS routes).
@pytest.mark.parametrize("text,want", [
    ("We collect heart-rate data and GPS location during recorded workouts. Heart-rate data are health information: the app asks "
     "for your separate consent to process heart-rate data on its own screen and explains the necessity of processing them and the impact on your rights.", "contravention"),
    ("We collect heart-rate data and sleep data. Heart-rate and sleep data are health information: the app asks "
     "for your separate consent to process heart-rate data on its own screen and explains the necessity of processing them and the impact on your rights.", "met"),
])
def test_consent_for_one_kind_of_sensitive_data_does_not_cover_another(text: str, want: str) -> None:
    assert verdicts(text, "en")["sensitive-pi-consent"] == want


def test_rights_by_a_purpose_clause_es() -> None:
    text = ("Puede eliminar su cuenta en Ajustes > Cuenta. Para acceder a sus datos, rectificarlos, solicitar su supresión "
            "o retirar su consentimiento, escriba a privacidad@tidewell.example.")
    assert verdicts(text, "es")["rights-exercise"] == "met"


def test_sensitive_kind_required_by_law_needs_no_consent_az() -> None:
    text = ("Sifariş zamanı pasport nömrənizi və üzünüzün fotoşəklindən yaradılan biometrik şablonu toplayırıq. "
            "Funksiyanı aktivləşdirməzdən əvvəl tətbiq biometrik məlumatların nə üçün zəruri olduğunu və hüquqlarınıza necə təsir "
            "etdiyini izah edir və ayrıca razılığınızı istəyir. Pasport məlumatları qanunvericiliyin tələbinə əsasən sərhəd xidmətlərinə ötürülür.")
    assert verdicts(text, "az")["sensitive-pi-consent"] == "met"
    near = text.replace(" Pasport məlumatları qanunvericiliyin tələbinə əsasən sərhəd xidmətlərinə ötürülür.", " Pasport məlumatlarını tərəfdaşlara ötürürük.")
    assert verdicts(near, "az")["sensitive-pi-consent"] == "contravention"
