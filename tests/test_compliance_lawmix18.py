"""Issue 15 (lawmix18): own-written en/es/ru/az policies of Chinese companies (a Shanghai travel platform and a
Guangzhou mobile game in Spanish, a Shenzhen earbuds app in English, a Harbin parcel forwarder in Russian, a Shenzhen
children's smartwatch in Azerbaijani), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

from datetime import date

import compliance_judging

WHEN = date(2024, 6, 1)


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key, WHEN)


# (1) PIPL 16: refusing marketing messages may not cost registration or activation, and "if you disagree with any part,
# uninstall the app" makes the whole policy the price of the app.
def test_refusing_marketing_or_the_policy_costs_the_service() -> None:
    cases = {
        "es": ("Si no acepta el envío de comunicaciones comerciales, lamentablemente no podrá completar el registro.",
               "Si no acepta el envío de comunicaciones comerciales, podrá completar igualmente el registro."),
        "en": ("If you do not accept marketing messages, you will not be able to complete registration.",
               "If you do not accept marketing messages, you can still complete registration."),
        "ru": ("Если вы не согласитесь на получение рекламных рассылок, вы не сможете завершить регистрацию.",
               "Если вы не согласитесь на получение рекламных рассылок, регистрация всё равно будет доступна."),
        "az": ("Marketinq bildirişlərini qəbul etməsəniz, Saatı aktivləşdirmək mümkün olmayacaq.",
               "Marketinq bildirişlərini qəbul etməsəniz də, Saatı aktivləşdirə bilərsiniz."),
    }
    for lang, (bundled, free) in cases.items():
        assert verdict(bundled, lang, "bundled-consent") == "contravention", lang
        assert verdict(free, lang, "bundled-consent") != "contravention", lang
    uninstall = {
        "es": "Si no está de acuerdo con alguna parte de esta Política, deberá desinstalar el Juego inmediatamente.",
        "en": "If you do not agree with any part of this Policy, you must uninstall the app immediately.",
        "ru": "Если вы не согласны с какой-либо частью Политики, вы должны удалить Приложение.",
        "az": "Siyasətin hər hansı hissəsi ilə razı deyilsinizsə, tətbiqi silməlisiniz.",
    }
    for lang, text in uninstall.items():
        assert verdict(text, lang, "bundled-consent") == "contravention", lang
    # near miss: refusing data a function needs costs only that function
    assert verdict("Si no acepta que usemos su pasaporte, no podrá reservar billetes de tren.", "es",
                   "bundled-consent") != "contravention"


# (2) Data of people outside the mainland kept abroad never were in China, when the policy addresses the reader as one
# outside it ("If you are located outside mainland China, your data is stored in Frankfurt"); the same storage for
# everyone of a Shenzhen handler is an export.
def test_reader_outside_the_mainland_is_no_export() -> None:
    head = "Operated by Shenzhen Breeze Co., Ltd., Nanshan District, Shenzhen, China.\nWhere your data is stored\n"
    cases = {
        "en": "If you are located outside mainland China, your data is stored on servers in Frankfurt, Germany.",
        "es": "Si usted se encuentra fuera de China continental, sus datos se almacenan en servidores en Alemania.",
        "ru": "Если вы находитесь за пределами Китая, ваши данные хранятся на серверах в Германии.",
    }
    for lang, text in cases.items():
        assert verdict(head + text + "\n", lang, "cross-border-mechanism") == "not-applicable", lang
    assert verdict(head + "Your data is stored on servers in Frankfurt, Germany.\n", "en",
                   "cross-border-mechanism") == "contravention"


# (3) A customer-service centre abroad whose agents, in the next sentence, see the data kept in China: access from
# abroad is a transfer (PIPL 38), the place and the access said in two sentences.
def test_support_centre_abroad_reaching_the_data() -> None:
    es = ("La Plataforma es operada por Shanghai Viajes Co., Ltd., Shanghái, China.\n"
          "Nuestro centro de atención al cliente se encuentra en Ciudad de México. Los agentes de ese centro pueden ver "
          "sus datos de cuenta y sus reservas almacenados en nuestros servidores de Shanghái.\n")
    assert verdict(es, "es", "cross-border-mechanism") == "contravention"
    en = ("The platform is operated by Shanghai Trips Co., Ltd., Shanghai, China.\n"
          "Our customer service centre is located in Manila. Its agents can view your account data and bookings kept "
          "on our servers in Shanghai.\n")
    assert verdict(en, "en", "cross-border-mechanism") == "contravention"
    # near misses: the centre in a PRC town
    assert verdict(es.replace("Ciudad de México", "Chengdu"), "es", "cross-border-mechanism") == "not-applicable"
    assert verdict(en.replace("Manila", "Chengdu"), "en", "cross-border-mechanism") == "not-applicable"


# (4) Coordinated verbs share the object written after the last ("исправить или удалить их"); and data deleted with the
# account ("Hesab ləğv edildikdən sonra məlumatlar 15 gün ərzində silinir") make the way to cancel the way to delete.
def test_rights_by_coordination_and_by_cancellation() -> None:
    ru = ("6. Ваши права\n"
          "Вы можете запросить копию своих данных, исправить или удалить их, а также отозвать согласие, написав на "
          "privacy@example.cn. Удалить аккаунт можно в разделе «Профиль → Настройки → Удалить аккаунт».\n")
    assert verdict(ru, "ru", "rights-exercise") == "met"
    assert verdict(ru.replace("исправить или удалить их", "удалить их"), "ru", "rights-exercise") == "omission"
    az = ("9. Saxlama müddəti\nHesab ləğv edildikdən sonra məlumatlar 15 gün ərzində silinir.\n"
          "10. Hüquqlarınız\nValideyn tətbiqdə \"Mən > Hesab > Hesabı ləğv et\" bölməsindən hesabı ləğv edə, "
          "\"Mən > Məlumatlarım\" bölməsində məlumatlara baxa, onları düzəldə və surətini tələb edə bilər. "
          "Razılığınızı \"Mən > Məxfilik > Razılıqlar\" bölməsində geri götürə bilərsiniz.\n")
    assert verdict(az, "az", "rights-exercise") == "met"
    # near miss: data kept after the account closes are not deleted with it
    kept = az.replace("Hesab ləğv edildikdən sonra məlumatlar 15 gün ərzində silinir.",
                      "Hesab ləğv edildikdən sonra məlumatlar 3 il saxlanılır.")
    assert verdict(kept, "az", "rights-exercise") == "omission"


# (5) Offers of the service's own products shown by profile are recommended content, which a recommendations switch
# reaches; a switch named by a demonstrative ("bu funksiyanı") reaches what the sentence before personalises.
def test_recommendation_switch_reaches_offers_and_anaphors() -> None:
    es = ("Le mostramos ofertas personalizadas según su historial de búsquedas y reservas. Puede desactivar las "
          "recomendaciones personalizadas en «Ajustes > Privacidad > Recomendaciones», y entonces verá ofertas generales.\n")
    assert verdict(es, "es", "automated-decision") == "met"
    # near miss: an advertising switch does not reach the offers
    assert verdict(es.replace("recomendaciones personalizadas", "anuncios personalizados").replace(
        "Privacidad > Recomendaciones", "Publicidad").replace(", y entonces verá ofertas generales", ""),
        "es", "automated-decision") == "contravention"
    az = ("Saat uşağın aktivliyinə əsasən fərdi tapşırıqlar təklif edir; bu funksiyanı \"Mən > Məxfilik > Fərdi "
          "tövsiyələr\" bölməsində söndürə bilərsiniz.\n")
    assert verdict(az, "az", "automated-decision") == "met"
    ru = ("Мы показываем персональные предложения на основе истории заказов. Вы можете отключить эту функцию в "
          "разделе «Настройки».\n")
    assert verdict(ru, "ru", "automated-decision") == "met"


# (6) A purpose named in an item of the collection notice ("para estadísticas y para otros fines") is vague scope, not
# a use dispensed from consent; delivery named without its object ("для доставки по России") is the person's contract.
def test_notice_items_and_delivery_are_no_ground_faults() -> None:
    es = ("Recogemos los datos siguientes:\n"
          "- Datos de cuenta: nombre y correo electrónico, para crear su cuenta.\n"
          "- Datos de uso: páginas visitadas y tipo de dispositivo, para estadísticas y para otros fines comerciales relacionados.\n")
    assert verdict(es, "es", "legal-basis") != "contravention"
    assert verdict(es, "es", "processing-scope") == "contravention"
    # near miss: the same research purpose with consent dispensed with
    assert verdict("Podemos usar sus datos para estadísticas y para otros fines sin su consentimiento.", "es",
                   "legal-basis") == "contravention"
    ru = ("Для доставки по России мы передаём ваше ФИО, адрес и телефон курьерской службе ООО «Быстрая Доставка» "
          "(г. Москва, info@example.ru).\n")
    assert verdict(ru, "ru", "gbt-sharing-exceptions") != "contravention"
    assert verdict(ru.replace("Для доставки по России", "Для рекламных целей"), "ru",
                   "gbt-sharing-exceptions") == "contravention"


# (7) Data said not to identify the person *directly* are de-identified, not anonymised (PIPL 73(3)); handing them to
# advertisers "without the need for your consent" waives consent (it is not consent beside the sharing).
def test_not_directly_identifying_is_de_identified() -> None:
    cases = {
        "es": "La información desidentificada y los identificadores de dispositivo no permiten identificarle directamente, "
              "por lo que podemos compartirlos con nuestros socios publicitarios sin necesidad de su consentimiento.",
        "en": "De-identified information and device identifiers do not directly identify you, so we may share them "
              "with our advertising partners without the need for your consent.",
        "ru": "Обезличенные данные и идентификаторы устройства не позволяют напрямую установить вашу личность, поэтому "
              "мы можем передавать их рекламным партнерам без необходимости получения вашего согласия.",
    }
    for lang, text in cases.items():
        assert verdict(text + "\n", lang, "de-identified-data") == "contravention", lang
    # near miss: data that identify no one directly or indirectly are anonymised, outside the law
    anon = ("Los datos anonimizados no permiten identificarle ni directamente ni indirectamente, por lo que podemos compartirlos "
            "con socios sin necesidad de su consentimiento.\n")
    assert verdict(anon, "es", "de-identified-data") == "not-applicable"


# (8) PIPL 31: a guardian who must give consent in a relative clause ("debe ser su padre … quien preste el
# consentimiento") is guardian consent; a child told to read the policy with a parent is guardian involvement asked
# of the child, not consent the handler obtains.
def test_guardian_consent_and_reading_with_parents() -> None:
    es = ("Nuestros servicios no están dirigidos a menores de 14 años. Si reserva un viaje para un menor de 14 años, debe "
          "ser su padre, madre o tutor quien facilite sus datos y preste el consentimiento.\n")
    assert verdict(es, "es", "minors") == "met"
    read = {
        "es": "El Juego es apto para mayores de 12 años. Los usuarios menores de edad deben leer esta Política junto con sus padres.",
        "en": "The Game is rated 12+. Users under 14 should read this Policy together with their parents.",
        "ru": "Игра предназначена для лиц старше 12 лет. Несовершеннолетние должны прочитать эту Политику вместе с родителями.",
    }
    for lang, text in read.items():
        assert verdict(text + "\n", lang, "minors") == "contravention", lang


# (9) Retention "as long as they remain useful" has no limit the purpose sets; a processor "may not use them for its own
# purposes" is a restriction on use, not retention for the company's own interests.
def test_retention_while_useful_and_negated_own_purposes() -> None:
    en = "How long we keep data\nWe keep usage analytics for as long as they remain useful for product planning.\n"
    assert verdict(en, "en", "retention-period") == "contravention"
    ru = "Срок хранения\nМы храним историю просмотров, пока они полезны для планирования.\n"
    assert verdict(ru, "ru", "retention-period") == "contravention"
    bound = ("How long we keep data\nAccount data is deleted within 30 days after you close your account.\n"
             "Our cloud provider stores crash reports on our behalf and may not use them for its own purposes.\n")
    assert verdict(bound, "en", "retention-period") != "contravention"


# (10) Round 2. Data deleted some days after the account is deleted ("Прочие данные удаляются через 30 дней после
# удаления аккаунта") go with the account; a guardian who gives consent in a relative clause ("законного
# представителя, который … даёт согласие") is guardian consent.
def test_deleted_after_exit_and_guardian_relative_clause() -> None:
    ru = ("5. Сроки хранения\nПрочие данные удаляются через 30 дней после удаления аккаунта.\n"
          "6. Ваши права\nВы можете получить копию своей медицинской карты, исправить неточные сведения, удалить аккаунт "
          "или отозвать согласие в разделе «Профиль → Конфиденциальность».\n")
    assert verdict(ru, "ru", "rights-exercise") == "met"
    assert verdict(ru.replace("Прочие данные удаляются через 30 дней после удаления аккаунта.",
                              "Прочие данные хранятся 3 года после удаления аккаунта."), "ru", "rights-exercise") == "omission"
    minors = {
        "ru": "Консультации детей до 14 лет проводятся только в присутствии родителя или законного представителя, который "
              "создаёт аккаунт и даёт согласие на обработку данных ребёнка.",
        "en": "Consultations for children under 14 take place only with a parent or legal guardian, who creates the account "
              "and gives consent to the processing of the child's data.",
    }
    for lang, text in minors.items():
        assert verdict(text + "\n", lang, "minors") == "met", lang


# (11) Going live is the person's own act of publishing, as posting is: no public disclosure by the service.
def test_going_live_is_the_persons_act() -> None:
    en = ("When you go live, your nickname, profile photo and stream are visible to everyone on GlowLive. This is how the "
          "service works, and you can stop streaming at any time.\n")
    assert verdict(en, "en", "public-disclosure") != "contravention"
    # near miss: the profile shown to everyone by default
    assert verdict("Your nickname, profile photo and gift records are visible to everyone on GlowLive by default.\n", "en",
                   "public-disclosure") == "contravention"


# (12) Data kept in China and reached by an affiliate named with its foreign seat in brackets leave China, whoever the
# users are ("Para los usuarios de la UE, nuestra filial HanYuYa Europe S.L. (Madrid, …) puede acceder").
def test_affiliate_with_foreign_seat_reaching_data_in_china() -> None:
    es = ("El responsable es Beijing Hanyuya Co., Ltd., con domicilio en Haidian, Pekín, China.\n"
          "Sus datos se almacenan en servidores en Pekín. Para los usuarios de la Unión Europea, nuestra filial HanYuYa "
          "Europe S.L. (Madrid, privacidad@example.eu) puede acceder a los datos de la cuenta para atender reclamaciones.\n")
    assert verdict(es, "es", "cross-border-mechanism") == "contravention"
    assert verdict(es.replace("(Madrid,", "(Shanghái,"), "es", "cross-border-mechanism") == "not-applicable"
    en = ("Operated by Beijing Hanyuya Co., Ltd., Haidian, Beijing, China.\n"
          "Your data is stored on servers in Beijing. Our subsidiary Hanyuya Europe GmbH (Berlin, privacy@example.eu) may "
          "access account data to handle complaints.\n")
    assert verdict(en, "en", "cross-border-mechanism") == "contravention"


# (13) An age floor below 14 ("13 yaşdan yuxarı", "mayores de 12 años") admits children under 14 with no guardian
# consent: a threshold other than 14. Users admitted "a partir de 8 años" are children whose data are sensitive
# (PIPL 28) beside any other kind the policy names.
def test_age_floor_and_children_admitted() -> None:
    assert verdict("KlipQ 13 yaşdan yuxarı istifadəçilər üçündür.\n", "az", "minors") == "contravention"
    assert verdict("El Juego es para mayores de 12 años.\n", "es", "minors") == "contravention"
    # near miss: a floor of 18 is an adults-only service
    assert verdict("KlipQ 18 yaşdan yuxarı istifadəçilər üçündür.\n", "az", "minors") == "not-applicable"
    es = ("1. Datos\nDatos de pago de la suscripción, que procesa la tienda de aplicaciones.\n"
          "5. Menores\nHanYuYa puede ser utilizada por niños a partir de 8 años.\n")
    assert verdict(es, "es", "sensitive-pi-consent") == "contravention"
    assert any("niños a partir de 8 años" in q for q in compliance_judging.quoted(es, "es", "sensitive-pi-consent"))


# (14) Round 3 (Spanish). Retention "de forma indefinida" is open; the name taken out by a gerund ("se anonimizan
# eliminando su nombre y correo, y se comparten con universidades") leaves de-identified data, still personal
# information (PIPL 73); registration that requires accepting newsletters makes them the price of the service.
def test_round3_spanish_wordings() -> None:
    ret = ("Conservación\nLos mapas se conservan mientras el robot esté vinculado a su cuenta. Conservamos los registros "
           "de limpieza de forma indefinida para mejorar nuestros algoritmos.\n")
    assert verdict(ret, "es", "retention-period") == "contravention"
    deid = ("Los datos de los mapas de la vivienda se anonimizan eliminando su nombre y correo, y se comparten con "
            "universidades con fines de investigación.\n")
    assert verdict(deid, "es", "de-identified-data") == "contravention"
    en = ("Home map data are anonymised by removing your name and e-mail address and shared with universities for "
          "research.\n")
    assert verdict(en, "en", "de-identified-data") == "contravention"
    # near miss: aggregate statistics shared are no one's data
    assert verdict("Compartimos estadísticas agregadas de limpieza, sin su nombre, con universidades.\n", "es",
                   "de-identified-data") == "not-applicable"
    reg = {
        "es": "El registro requiere aceptar la recepción de boletines comerciales de YiwuMayor y de sus proveedores.",
        "en": "Registration requires accepting marketing newsletters from us and our suppliers.",
        "ru": "Регистрация требует согласия на получение рекламных рассылок.",
    }
    for lang, text in reg.items():
        assert verdict(text + "\n", lang, "bundled-consent") == "contravention", lang
    assert verdict("El registro no requiere aceptar la recepción de boletines comerciales.\n", "es",
                   "bundled-consent") != "contravention"


# (15) Data of users abroad still leave China when the PRC handler hands them to a named company abroad, or when a unit
# abroad gets them by anaphora from servers in China ("… Şençjendəki serverlərimizdən bu şirkətə ötürülür"); "if you
# live outside China" says whom the transfer concerns, not whether it happens.
def test_users_abroad_whose_data_leave_china() -> None:
    az = ("Shenzhen Balaca Smart Technology Co., Ltd. (Çin, Quanqdun əyaləti, Şençjen) tərəfindən təqdim olunur.\n"
          "Azərbaycandakı istifadəçilərə texniki dəstəyi Bakıdakı distribyutorumuz \"Ağıllı Saat\" MMC göstərir. Dəstək "
          "sorğusu göndərdikdə valideynin adı və telefon nömrəsi Şençjendəki serverlərimizdən bu şirkətə ötürülür.\n")
    assert verdict(az, "az", "cross-border-mechanism") == "contravention"
    ru = ("Сервис принадлежит компании Beijing Maibo Co., Ltd. (Пекин, КНР).\n"
          "Если вы проживаете за пределами Китая и заказываете лекарства с доставкой в Россию, мы передаём ваше имя, адрес "
          "и телефон компании ООО «Фарм-Логистик» (г. Новосибирск, info@example.ru).\n")
    assert verdict(ru, "ru", "cross-border-mechanism") == "contravention"
    # near miss: storage abroad of the data of users abroad
    assert verdict("Сервис принадлежит компании Beijing Maibo Co., Ltd. (Пекин, КНР).\nЕсли вы находитесь за пределами "
                   "Китая, ваши данные хранятся на серверах во Франкфурте.\n", "ru", "cross-border-mechanism") == "not-applicable"


# (16) A system deciding the person's level or whether he may go on is an automated decision (PIPL 24 para 3); a way to
# have a person review it answers it, and without one it is a contravention.
def test_automated_level_decision_and_human_review() -> None:
    es = ("Nuestro sistema de inteligencia artificial evalúa sus grabaciones y decide automáticamente en qué nivel del curso "
          "se le coloca y si puede pasar al nivel siguiente.")
    assert verdict(es + "\n", "es", "automated-decision") == "contravention"
    assert verdict(es + " Si no está conforme con el resultado, puede solicitar que un profesor revise la decisión desde "
                   "«Perfil > Mi nivel > Solicitar revisión».\n", "es", "automated-decision") == "met"
    en = ("Our AI system automatically decides which course level you are placed in and whether you can move on. You can "
          "ask for a teacher to review the decision in Profile > My level.\n")
    assert verdict(en, "en", "automated-decision") == "met"
    ru = ("Система автоматически определяет уровень курса и можете ли вы перейти на следующий. Вы можете запросить "
          "пересмотр решения преподавателем в разделе «Профиль».\n")
    assert verdict(ru, "ru", "automated-decision") == "met"


# (17) Refusing one programme leaves the other functions working (bundled consent met); PIPL's own "personal
# information" in a ru officer line names the officer.
def test_refusal_of_one_programme_and_ru_officer() -> None:
    es = "Si no se une al Programa de Mejora de la Experiencia, podrá seguir usando todas las funciones del robot.\n"
    assert verdict(es, "es", "bundled-consent") == "met"
    ru = ("Вы можете отказаться от рекламных рассылок в настройках профиля, при этом отслеживание посылок продолжит "
          "работать.\n")
    assert verdict(ru, "ru", "bundled-consent") == "met"
    assert verdict("9. Ответственный\nОтветственный за защиту персональной информации: отдел комплаенса, "
                   "privacy@example.cn.\n", "ru", "pi-officer") == "met"
