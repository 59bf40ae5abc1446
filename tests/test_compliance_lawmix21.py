"""Issue 15 (lawmix21): own-written en/es/ru/az policies of Chinese companies (a Shenzhen drone maker in English, a
Hangzhou solar-inverter app in Spanish, a Shenzhen smart-TV maker in Russian, a Guangzhou online pharmacy in
Azerbaijani), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

from datetime import date

import compliance_judging

WHEN = date(2024, 6, 1)


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key, WHEN)


# (1) PIPL 16 in any language: refusing data no service but communication needs (the address book) or processing no
# service needs (newsletters, content recognition) may not cost a service or a function that does not need it.
BUNDLED = {
    "en": ("If you refuse to grant the app access to your contacts, you will not be able to use the route planner.",
           "If you refuse to grant the app access to your contacts, you will not be able to invite friends from your contacts.",
           "If you refuse to grant the app access to your location, you will not be able to use the route planner."),
    "es": ("Si no acepta recibir boletines comerciales, no podrá vincular su inversor a la aplicación.",
           "Si no acepta recibir boletines comerciales, no recibirá nuestras ofertas, y podrá seguir usando la aplicación.",
           "Si no concede acceso a su ubicación, no podrá usar el mapa de estaciones."),
    "ru": ("Если вы не согласитесь на распознавание контента, вы не сможете пользоваться магазином приложений.",
           "Если вы не предоставите доступ к контактам, вы не сможете пригласить друзей из своих контактов.",
           "Если вы не предоставите доступ к микрофону, вы не сможете пользоваться голосовым поиском."),
    "az": ("Əgər kontaktlarınıza giriş icazəsi verməsəniz, sifariş verə bilməyəcəksiniz.",
           "Əgər kontaktlarınıza giriş icazəsi verməsəniz, dostlarınızı kontaktlarınızdan dəvət edə bilməyəcəksiniz.",
           "Əgər yer məlumatına icazə verməsəniz, yaxınlıqdakı aptekləri görə bilməyəcəksiniz."),
}


def test_refusing_what_no_service_needs_may_not_cost_a_function() -> None:
    for lang, (bundled, own_function, needed) in BUNDLED.items():
        assert verdict(bundled, lang, "bundled-consent") == "contravention", lang
        # near misses: the function lost is the one the refused data serve; the refused data serve the function lost
        assert verdict(own_function, lang, "bundled-consent") != "contravention", lang
        assert verdict(needed, lang, "bundled-consent") != "contravention", lang


def test_bundled_refusal_quotes_the_refusal() -> None:
    text = ("We collect your phone number to create your account.\n"
            "If you refuse to grant the app access to your contacts, you will not be able to use the flight map.")
    assert compliance_judging.quoted(text, "en", "bundled-consent") == [
        "If you refuse to grant the app access to your contacts, you will not be able to use the flight map."]


# (2) PIPL 24: a switch named by a pronoun that Russian puts first ("Их можно отключить") reaches the recommendations of
# the sentence before; personalisation said to be switched off (a children's profile) describes none to decline.
def test_pronoun_first_switch_and_switched_off_personalisation() -> None:
    text = ("На основе истории просмотров мы формируем персональные рекомендации на главном экране. "
            "Их можно отключить в разделе «Настройки › Рекомендации».\n"
            "В детском профиле отключены реклама и персональные рекомендации.")
    assert verdict(text, "ru", "automated-decision") == "met"
    # near miss: no switch at all
    alone = "На основе истории просмотров мы формируем персональные рекомендации на главном экране."
    assert verdict(alone, "ru", "automated-decision") == "contravention"
    off = {
        "en": "In the children's profile, advertising and personalised recommendations are disabled.",
        "es": "En el perfil infantil, la publicidad y las recomendaciones personalizadas están desactivadas.",
        "ru": "В детском профиле отключены реклама и персональные рекомендации.",
    }
    for lang, sentence in off.items():
        assert verdict(sentence, lang, "automated-decision") != "contravention", lang
    # near miss: "can be switched off" is an opt-out, the personalisation is still there
    assert verdict("Персональные рекомендации могут быть отключены в настройках.", "ru", "automated-decision") != "contravention"


# (3) The right of access needs no word "information": seeing or taking away one's own records under the name the
# service gives them ("view and correct your account information", "download a copy of your flight logs").
def test_access_to_records_under_their_own_name() -> None:
    base = ("To delete your account, go to Me > Settings > Delete Account. You may withdraw consent in Settings. "
            "You can correct your personal information in Me > Profile.\n")
    for sentence in ("You can view and correct your account information in Me > Profile.",
                     "You can download a copy of your flight logs in Me > Flight Records."):
        assert verdict(base + sentence, "en", "rights-exercise") == "met", sentence
    assert verdict(base + "You can view the weather forecast in the app.", "en", "rights-exercise") == "omission"


# (4) Spanish "compartimos X con Y": the object between the verb and its recipient may be a list of several data.
def test_sharing_verb_reaches_its_recipient_over_a_data_list() -> None:
    text = ("Compartimos su nombre, su teléfono y los datos de producción de su instalación con entidades financieras "
            "asociadas para que puedan ofrecerle préstamos.")
    assert verdict(text, "es", "sharing-separate-consent") == "contravention"
    # near miss: "con" far after the verb that governs no recipient
    assert verdict("Compartimos consejos de ahorro energético y noticias del sector con regularidad en nuestro blog.", "es",
                   "sharing-separate-consent") != "contravention"


# (5) PIPL 28: health data are named by what a pharmacy or a doctor records (a diagnosis, a prescription, the history
# of an illness), in every language.
def test_diagnosis_and_prescription_are_health_data() -> None:
    cases = {
        "az": "Sifariş üçün həkimin yazdığı reseptin şəkli, diaqnoz və xəstəlik tarixçəsi toplanır.",
        "en": "To process your order we collect a photo of your prescription and your diagnosis.",
        "es": "Para tramitar el pedido recogemos la receta médica y el diagnóstico.",
        "ru": "Для оформления заказа мы собираем фотографию рецепта врача и диагноз.",
    }
    for lang, text in cases.items():
        assert verdict(text, lang, "sensitive-pi-consent") == "contravention", lang
    # near miss: a cooking recipe is no prescription
    assert verdict("Мы собираем ваши любимые рецепты блюд, чтобы предлагать меню.", "ru", "sensitive-pi-consent") != "contravention"


# (6) PIPL 16, more consequences: a function that "will not work", an application that "will not be considered", and
# consent to what no service needs set as the condition of using it ("para utilizar la Aplicación es necesario que acepte
# compartir sus datos con nuestros socios publicitarios").
def test_more_ways_a_refusal_costs_the_service() -> None:
    cases = {
        "az": ("Əgər şəxsiləşdirilmiş reklamdan imtina etsəniz, robotun xəritə funksiyası işləməyəcək.",
               "Əgər şəxsiləşdirilmiş reklamdan imtina etsəniz, fərdi reklam göstərilməyəcək."),
        "ru": ("Если вы откажетесь предоставить доступ к журналу звонков и SMS, заявка на заём не будет рассмотрена.",
               "Если вы откажетесь предоставить доступ к журналу звонков, журнал звонков не будет обработан."),
        "en": ("If you decline marketing e-mails, the map feature will not work.",
               "If you decline marketing e-mails, marketing e-mails will not be processed for you."),
        "es": ("Para utilizar la Aplicación es necesario que acepte compartir sus datos con nuestros socios publicitarios.",
               "Para utilizar la Aplicación es necesario que acepte las Condiciones de uso."),
    }
    for lang, (bundled, free) in cases.items():
        assert verdict(bundled, lang, "bundled-consent") == "contravention", lang
        assert verdict(free, lang, "bundled-consent") != "contravention", lang


# (7) Transfers abroad: an app or a device made available or sold in named countries other than China collects its
# users' data there, so its servers abroad hold no data from China; a route named for one recipient (the CAC standard
# contract "with X Pte. Ltd.") does not reach a transfer to another company in another paragraph.
def test_market_abroad_keeps_storage_abroad_out_of_china() -> None:
    head = {
        "es": ("La aplicación está disponible en México, Colombia y Chile. Es operada por Shenzhen Basculafit Health Technology "
               "Co., Ltd., Shenzhen, China.\n", "Los datos de los usuarios se almacenan en servidores en Estados Unidos."),
        "ru": ("Приложение доступно пользователям в Республике Казахстан. Его разработала Shenzhen Qianji Fintech Co., Ltd. "
               "(КНР, г. Шэньчжэнь).\n", "Данные пользователей хранятся на серверах в г. Алматы."),
        "az": ("Robotlar Azərbaycanda rəsmi distribütor vasitəsilə satılır. İstehsalçı: Shenzhen Cleanmate Robotics Co., Ltd., "
               "Çin, Şençjen şəhəri.\n", "Xəritələr Almaniyanın Frankfurt şəhərindəki serverlərdə saxlanılır."),
    }
    for lang, (opening, storage) in head.items():
        assert verdict(opening + storage, lang, "cross-border-mechanism") == "not-applicable", lang
        # near miss: the same policy also addressed to users in China moves their data abroad
        china = {"es": "También está disponible para usuarios en China continental.\n",
                 "ru": "Приложение также доступно пользователям в Китае.\n",
                 "az": "Robotlar Çində yaşayan istifadəçilər üçün də təqdim olunur.\n"}[lang]
        assert verdict(opening + china + storage, lang, "cross-border-mechanism") == "contravention", lang


def test_a_route_named_for_one_recipient_does_not_reach_another() -> None:
    head = "Facemuse is operated by Beijing Facemuse Technology Co., Ltd., Haidian District, Beijing, China.\n"
    one = ("Reported avatars are transferred to our affiliate Facemuse International Pte. Ltd. (71 Robinson Road, Singapore) "
           "for moderation. "
           "We have concluded the CAC standard contract with Facemuse International Pte. Ltd.\n")
    other = "Crash logs and device identifiers are sent to our analytics provider, AppMetrics Inc. (San Francisco, United States).\n"
    assert verdict(head + one, "en", "cross-border-mechanism") == "met"
    assert verdict(head + one + other, "en", "cross-border-mechanism") == "contravention"
    assert compliance_judging.quoted(head + one + other, "en", "cross-border-mechanism")[0].startswith("Crash logs")
    # near miss: a route stated for every transfer reaches them all
    general = "For every transfer abroad we have concluded the CAC standard contract with the recipient.\n"
    assert verdict(head + one.split("We have")[0] + "\n" + other + general, "en", "cross-border-mechanism") == "met"


# (8) Retention in a table column: the header row names the column ("How long we keep it"), each row's cell the period.
def test_retention_period_in_a_table_column() -> None:
    table = ("Purpose\tInformation used\tHow long we keep it\n"
             "Create avatars\tuploaded photos\tdeleted within 24 hours after generation\n"
             "Fix crashes\tcrash logs\t12 months\n")
    assert verdict(table, "en", "retention-period") == "met"
    assert verdict(table.replace("How long we keep it", "Who receives it"), "en", "retention-period") == "omission"


# (9) Smaller cue rules: data "no longer your personal information" (PIPL 73); kept "or longer, if we need it"; a debt
# published with the debtor's name (a sanction); "there is no face-recognition function" denies the sensitive feature;
# a recipient "using them for its own" ends receives a provision, not entrusted processing.
def test_smaller_cue_rules() -> None:
    assert verdict("Photos that have been de-identified are no longer your personal information, and we may use them to "
                   "train our models.", "en", "de-identified-data") == "contravention"
    assert verdict("Мы храним ваши данные в течение срока, необходимого для достижения целей обработки, или дольше, если "
                   "это требуется нам для защиты наших интересов.", "ru", "retention-period") == "contravention"
    assert verdict("Мы храним ваши данные в течение срока, необходимого для достижения целей обработки.", "ru",
                   "retention-period") != "contravention"
    assert verdict("Мы вправе публиковать имя и фотографию заёмщиков, просрочивших платёж более чем на 90 дней, в разделе "
                   "«Чёрный список» на нашем сайте.", "ru", "public-disclosure") == "contravention"
    assert verdict("Robot əşyaları tanıyır; üz tanıma funksiyası yoxdur.", "az", "sensitive-pi-consent") != "contravention"
    assert verdict("Robot üz tanıma funksiyası ilə ailə üzvlərinin üz şəkillərini toplayır.", "az", "sensitive-pi-consent") == "contravention"
    shared = ("Crash logs and device identifiers are sent to our analytics provider, AppMetrics Inc., which also uses them "
              "for its own industry benchmarking.")
    assert verdict(shared, "en", "sharing-separate-consent") == "contravention"


# (10) Batch 3: servers named only in China keep data at home whatever the sentence says of users elsewhere; a shop that
# says its data are kept in a Chinese city collected them there, wherever it sells; a heading saying its transfers go
# abroad governs the sentences under it; a route said of "these transfers" is bound to them.
def test_servers_in_china_and_shops_that_keep_data_in_china() -> None:
    text = ("Часы выпускает Hangzhou Anling Health Technology Co., Ltd. (Китай, г. Ханчжоу).\n"
            "Данные пользователей из стран СНГ хранятся на серверах в Москве; данные пользователей из Китая — на серверах в Ханчжоу.")
    assert verdict(text, "ru", "cross-border-mechanism") == "not-applicable"
    shop = ("La tienda está disponible para clientes en México, Perú y Chile. Es operada por Guangzhou Rayo Apparel "
            "E-commerce Co., Ltd. (Guangzhou, China).\n"
            "Sus datos se almacenan en nuestros servidores de Guangzhou.\n"
            "Los datos de los usuarios se almacenan también en servidores en Estados Unidos.")
    assert verdict(shop, "es", "cross-border-mechanism") == "contravention"
    assert verdict(shop.replace("Sus datos se almacenan en nuestros servidores de Guangzhou.\n", ""), "es",
                   "cross-border-mechanism") == "not-applicable"


def test_heading_abroad_governs_its_section() -> None:
    head = "StudyBridge is operated by Shanghai Qiaoxue Education Technology Co., Ltd., Shanghai, China.\n"
    section = ("3. Transfers to universities abroad\n"
               "To apply to a university, we must send your application data to that university.\n")
    assert verdict(head + section, "en", "cross-border-mechanism") == "contravention"
    # near miss: the same sentence under a heading on sharing in China
    assert verdict(head + section.replace("Transfers to universities abroad", "Sharing with schools"), "en",
                   "cross-border-mechanism") == "not-applicable"


# (11) Minors and de-identified data: a service said not meant for children at all (no age) is not offered to them;
# Russian "обезличенные" data are de-identified, not anonymised: still personal data (PIPL 73(3), 152-FZ art. 3(9)).
def test_not_for_children_and_depersonalised_data() -> None:
    assert verdict("Сервис не предназначен для детей.", "ru", "minors") == "not-applicable"
    assert verdict("Сервис не предназначен для детей младше 13 лет.", "ru", "minors") == "contravention"
    shared = "Для улучшения алгоритмов мы передаём обезличенные записи датчиков нашему партнёру — Институту медицинской электроники."
    assert verdict(shared, "ru", "sharing-separate-consent") == "contravention"
    assert verdict(shared.replace("обезличенные", "анонимизированные"), "ru", "sharing-separate-consent") != "contravention"


# (12) Azerbaijani: recommendations "based on the listening history" are personalised; "open to all users" by default
# is a public disclosure; a switch for recommendations of any named kind declines them (en).
def test_az_personalisation_and_public_by_default_and_named_switches() -> None:
    assert verdict("Tövsiyələr dinləmə tarixçənizə əsaslanır və onları söndürmək mümkün deyil.", "az",
                   "automated-decision") == "contravention"
    assert verdict("Yazdığınız mahnılar standart olaraq bütün istifadəçilər üçün açıqdır.", "az",
                   "public-disclosure") == "contravention"
    text = "Our counsellors may recommend programmes based on your grades and preferences. "
    assert verdict(text + "You can turn off programme recommendations in My Account > Preferences.", "en",
                   "automated-decision") == "met"
    assert verdict(text, "en", "automated-decision") == "contravention"
