"""Issue 15 (lawmix11): own-written en/es/ru/az policies (car sharing, a bank card for travellers, an online school,
a smart-home camera, a cross-border shop), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state (an imperative after a purpose clause is a
way to act; a denial is read from the verb's own morphology; consent by conduct whatever the main verb's form; a
refusal of optional processing that costs the service, said from either side); beside each, a near miss that must
not match. All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging
from compliance_judging import stating

HEAD = {"az": "Nərgiz MMC Nərgiz tətbiqini idarə edir. ", "en": "Marrowby Ltd runs the Marrowby app. ",
        "es": "Marrowby S.L. gestiona la aplicación Marrowby. ",
        "ru": "ООО «Марроуби» управляет приложением Marrowby. "}


def verdict(text: str, lang: str, key: str) -> str:
    """The verdict word for ``key`` on ``text`` under a one-line handler introduction."""
    return compliance_judging.verdict(HEAD[lang] + text, lang, key)


# (1) "To close your account, use Settings > Close account": an instruction after a purpose clause addresses the
# reader as "you can" does, so it is a way to exercise the right it names.
@pytest.mark.parametrize("lang,text", [
    ("en", "To close your account, use Me > Settings > Close account."),
    ("en", "To get a copy of your data, email privacy@marrowby.example."),
    ("es", "Para darse de baja, utilice la opción Ajustes > Cerrar cuenta."),
    ("ru", "Чтобы закрыть учётную запись, воспользуйтесь разделом «Настройки»."),
    ("az", "Hesabı silmək üçün support@nergiz.example ünvanına yazın."),
])
def test_instruction_after_purpose_clause_is_a_way(lang: str, text: str) -> None:
    assert stating(text, lang, "user_can")


@pytest.mark.parametrize("lang,text", [
    # a purpose clause of ours, then what we do: no instruction to the reader
    ("en", "To protect your account, we use encryption."),
    ("es", "Para proteger su cuenta, usamos cifrado."),
    ("ru", "Чтобы защитить данные, мы используем шифрование."),
    ("az", "Hesabı qorumaq üçün şifrələmədən istifadə edirik."),
])
def test_purpose_clause_of_ours_is_no_way(lang: str, text: str) -> None:
    assert not stating(text, lang, "user_can")


def test_rights_given_as_instructions_are_met() -> None:
    text = ("You can see and correct your profile in Me > Profile. To get a copy of your data, delete it, or withdraw "
            "your consent, email privacy@marrowby.example. To close your account, use Me > Settings > Close account.")
    assert verdict(text, "en", "rights-exercise") == "met"


# (2) a denial read from the verb's morphology: Spanish first person plural present or future ("no cederemos"),
# Azerbaijani negative present/future (-mırıq, -məyəcəyik), Russian perfective future ("не передадим").
@pytest.mark.parametrize("lang,text", [
    ("es", "No cederemos sus datos a terceros."),
    ("es", "No compartiremos su historial con anunciantes."),
    ("az", "Məlumatlarınızı reklam şirkətlərinə ötürməyəcəyik."),
    ("az", "Məlumatlarınızı paylaşmırıq."),
    ("ru", "Мы не передадим ваши данные третьим лицам."),
])
def test_first_person_plural_denial_is_negation(lang: str, text: str) -> None:
    assert stating(text, lang, "negation")


@pytest.mark.parametrize("lang,text", [
    ("es", "Cederemos sus datos a la aseguradora."),
    ("es", "No obstante, compartimos su nombre con el hotel."),
    ("az", "Məlumatlarınızı tərəfdaşlarımıza ötürürük."),
    ("ru", "Мы передадим ваши данные перевозчику."),
])
def test_affirmative_first_person_plural_is_no_negation(lang: str, text: str) -> None:
    assert not stating(text, lang, "negation")


def test_denied_sharing_for_other_purposes_leaves_scope_closed() -> None:
    # "we will not give it to third parties for other purposes, except ..." denies sharing; it opens no purpose
    text = ("Utilizamos sus datos para abrir la cuenta y procesar pagos. No cederemos sus datos a terceros para otros "
            "fines, salvo cuando una autoridad competente lo solicite.")
    assert verdict(text, "es", "processing-scope") == "met"
    assert verdict("Utilizamos sus datos para abrir la cuenta, procesar pagos y otros fines.", "es", "processing-scope") == "contravention"


# (3) consent by conduct, whatever form the main clause takes
@pytest.mark.parametrize("lang,text", [
    ("ru", "Пользуясь приложением, вы подтверждаете, что ознакомились с Политикой и согласны с ней."),
    ("az", "Tətbiqi quraşdırmaqla bu ötürməyə razılıq vermiş olursunuz."),
    ("en", "By creating an account you confirm that you agree to this notice."),
])
def test_consent_deemed_from_an_act_of_use(lang: str, text: str) -> None:
    assert verdict(text, lang, "consent-by-use") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # the agreement is the person's own act, a box ticked, not use
    ("ru", "Вы подтверждаете, что согласны с Политикой, отмечая галочку при регистрации."),
    ("az", "Düyməni basmaqla razılıq vermiş olursunuz."),
])
def test_consent_by_an_act_of_consent_is_not_deemed(lang: str, text: str) -> None:
    assert verdict(text, lang, "consent-by-use") != "contravention"


# (4) personalisation drawn from the person's own history, and the non-personalised version as the way to decline it
@pytest.mark.parametrize("lang,text", [
    ("en", "We use your trip history to suggest vehicles and discounts in the app."),
    ("es", "Usamos su historial de viajes para sugerirle vehículos y descuentos."),
    ("ru", "Мы используем историю поездок, чтобы предлагать вам автомобили и скидки."),
    ("az", "Səfər tarixçənizdən avtomobil tövsiyə etmək üçün istifadə edirik."),
])
def test_own_history_used_to_recommend_is_personalisation(lang: str, text: str) -> None:
    assert verdict(text, lang, "automated-decision") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # history kept for disputes recommends nothing
    ("en", "We keep your trip history to settle disputes about fees."),
    ("ru", "Мы используем историю поездок для расчёта стоимости."),
])
def test_history_used_otherwise_is_no_personalisation(lang: str, text: str) -> None:
    assert verdict(text, lang, "automated-decision") == "not-applicable"


@pytest.mark.parametrize("lang,text", [
    ("en", "We personalize the products shown on the Store based on your browsing. You can switch to "
           "non-personalized recommendations using the link in the footer."),
    ("es", "Mostramos recomendaciones personalizadas según su historial de compras. Puede cambiar a las "
           "recomendaciones no personalizadas en Ajustes."),
])
def test_switch_to_non_personalised_version_declines_it(lang: str, text: str) -> None:
    assert verdict(text, lang, "automated-decision") == "met"


def test_non_personalised_version_denied_is_no_option() -> None:
    text = "We personalize the products shown on the Store based on your browsing. You cannot opt out of this."
    assert verdict(text, "en", "automated-decision") == "contravention"


# (5) retention measured by the handler's own need, the handler named by its short name
@pytest.mark.parametrize("lang,text", [
    ("ru", "Данные об оплате хранятся 5 лет. Остальные данные мы храним до тех пор, пока это необходимо Школе."),
    ("en", "Payment records are kept for 5 years. Other data are kept as long as the School needs them."),
])
def test_retention_for_the_handlers_need_is_open(lang: str, text: str) -> None:
    assert verdict(text, lang, "retention-period") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # the person's need, or the purpose, measures it
    ("ru", "Данные об оплате хранятся 5 лет. Остальные данные хранятся, пока это необходимо для оказания вам услуг."),
    ("en", "Payment records are kept for 5 years. Other data are kept as long as the school needs them to provide your lessons."),
])
def test_retention_for_the_purpose_is_no_open_period(lang: str, text: str) -> None:
    assert verdict(text, lang, "retention-period") != "contravention"


# (6) a refusal of optional processing that costs the service, said from the handler's side
@pytest.mark.parametrize("lang,text", [
    ("ru", "Если вы не согласны на получение рекламных рассылок, к сожалению, мы не сможем предоставить доступ к урокам."),
    ("es", "Si no acepta recibir publicidad, no podremos prestarle el servicio."),
    ("az", "Reklam göndərilməsinə razı olmasanız, xidməti təqdim edə bilməyəcəyik."),
])
def test_service_withheld_for_refusing_marketing_is_bundled(lang: str, text: str) -> None:
    assert verdict(text, lang, "bundled-consent") == "contravention"


@pytest.mark.parametrize("lang,text", [
    # what the service itself needs: no bundling
    ("ru", "Если вы не укажете номер телефона, мы не сможем связаться с вами по поводу уроков."),
    ("es", "Si no acepta recibir publicidad, seguirá pudiendo usar todas las funciones."),
])
def test_service_needs_or_free_refusal_are_not_bundled(lang: str, text: str) -> None:
    assert verdict(text, lang, "bundled-consent") != "contravention"


# (7) research named by the Russian noun is research
def test_research_noun_without_consent_is_no_pipl13_ground() -> None:
    text = "Без согласия мы также обрабатываем результаты тестов учеников для исследований эффективности наших методик."
    assert verdict(text, "ru", "legal-basis") == "contravention"
    assert verdict("Без согласия мы обрабатываем данные только для исполнения договора с вами.", "ru", "legal-basis") != "contravention"


# (8) a post on the company's own social-media account is a disclosure to the public; an opt-out is no consent
def test_post_on_our_social_account_is_public_disclosure() -> None:
    text = ("Each month we may feature a customer's photo and first name in our post on our Weibo account, "
            "unless you tell us not to.")
    assert verdict(text, "en", "public-disclosure") == "contravention"
    assert verdict("Each month we feature our new products in a post on our Weibo account.", "en", "public-disclosure") == "not-applicable"


# (9) a box of its own for a consent is separate consent
@pytest.mark.parametrize("lang,text,yes", [
    ("es", "La aplicación le pide que marque una casilla específica de consentimiento.", True),
    ("en", "The app asks you to tick a separate checkbox for this.", True),
    ("ru", "Родитель даёт согласие отдельной отметкой при регистрации.", True),
    ("es", "Marque la casilla si desea recibir el boletín.", False),
    ("en", "Tick the box to accept the terms.", False),
])
def test_box_of_its_own_is_separate_consent(lang: str, text: str, yes: bool) -> None:
    assert bool(stating(text, lang, "separate_consent")) == yes


# (10) correcting one's own data named by its item
@pytest.mark.parametrize("lang,text,yes", [
    ("en", "You can update your address at any time in My Account.", True),
    ("es", "Puede cambiar su dirección en «Mi perfil».", True),
    ("ru", "Вы можете изменить адрес доставки в профиле.", True),
    ("en", "We will update our address on this page if we move.", False),
])
def test_updating_an_own_item_is_correction(lang: str, text: str, yes: bool) -> None:
    assert bool(stating(text, lang, "right_correct")) == yes


# ---- from the second batch (a scooter app of a Hangzhou company in Colombia, a Vladivostok translation bureau of
# 2018, a Baku business forum for PRC companies)

# (11) an option named only to deny that it exists is no way to decline personalisation
@pytest.mark.parametrize("lang,text", [
    ("es", "Con base en sus viajes anteriores le mostramos promociones personalizadas; no existe, por el momento, una "
           "opción para desactivarlas."),
    ("en", "We show you personalised offers based on your past trips; there is currently no option to turn them off."),
])
def test_option_named_only_to_deny_it_is_no_opt_out(lang: str, text: str) -> None:
    assert verdict(text, lang, "automated-decision") == "contravention"


def test_option_that_exists_still_declines_it() -> None:
    text = "Le mostramos promociones personalizadas; puede desactivarlas en Ajustes."
    assert verdict(text, "es", "automated-decision") == "met"


# (12) consent by conduct in the Russian third person of legal style
def test_russian_third_person_consent_by_conduct() -> None:
    text = "Направляя заказ через сайт, клиент даёт согласие на обработку своих персональных данных."
    assert verdict(text, "ru", "consent-by-use") == "contravention"
    # a box ticked is the client's own act of consent
    near = "Отмечая галочку «Согласен» в форме заказа, клиент даёт согласие на обработку своих персональных данных."
    assert verdict(near, "ru", "consent-by-use") != "contravention"


# (13) a document titled "Положение" changes as a policy does
def test_changes_to_a_polozhenie_bind_by_continued_use() -> None:
    text = ("Бюро вправе в одностороннем порядке изменять настоящее Положение. Продолжая пользоваться услугами "
            "после изменений, клиент соглашается с новой редакцией.")
    assert verdict(text, "ru", "policy-changes") == "contravention"
    assert verdict("Положение о скидках действует до конца года.", "ru", "policy-changes") == "review"


# (15) "we may also collect other data" leaves the categories open
@pytest.mark.parametrize("lang,text,yes", [
    ("es", "Podemos recoger además otros datos que resulten necesarios para la prestación del servicio.", True),
    ("en", "We may also collect other information needed to provide the service.", True),
    ("ru", "Мы также можем собирать иные данные, необходимые для оказания услуг.", True),
    ("es", "No recogemos otros datos que los descritos en esta sección.", False),
    ("en", "We collect the other information listed above only with your consent.", False),
])
def test_other_data_collected_is_an_open_category(lang: str, text: str, yes: bool) -> None:
    assert bool(stating(text, lang, "open_scope_strong")) == yes


# (17)/(10) Colombian names of the rights
def test_colombian_rights_names() -> None:
    assert stating("Puede conocer, actualizar y rectificar sus datos en «Perfil».", "es", "right_access")
    assert stating("Para revocar su autorización, escriba a privacidad@marrowby.example.", "es", "right_withdraw")
    assert not stating("Puede conocer nuestras tarifas en la web.", "es", "right_access")


# (19) a sentence that turns to the other cases gives the listed ones no consent
def test_listed_cases_before_other_cases_have_no_consent() -> None:
    text = ("No vendemos sus datos. Los comunicamos:\n"
            "a) a las empresas de nuestro grupo, para fines de análisis;\n"
            "b) a la policía, cuando lo exija la ley.\n"
            "Fuera de estos casos, le pediremos su consentimiento expreso antes de compartir sus datos.")
    assert verdict(text, "es", "sharing-separate-consent") == "contravention"
    assert verdict(text, "es", "gbt-sharing-exceptions") == "contravention"


def test_pronoun_object_without_data_before_shares_nothing() -> None:
    # "Los comunicamos:" after a sentence naming no data carries no data into the list
    text = ("Trabajamos con varios socios. Los comunicamos:\n"
            "a) a las empresas de nuestro grupo, para fines de análisis.")
    assert verdict(text, "es", "sharing-separate-consent") != "contravention"


# (20) Azerbaijani passive potential of publishing
def test_azerbaijani_passive_publication_without_consent() -> None:
    text = ("Forumdan çəkilmiş fotoşəkillər iştirakçıların adları ilə birlikdə forumun saytında dərc edilə bilər.")
    assert verdict(text, "az", "public-disclosure") == "contravention"
    assert verdict("Forumun proqramı saytda dərc edilə bilər.", "az", "public-disclosure") == "not-applicable"


# a title in capitals names the event, not where the handler is established
def test_country_in_a_capitals_title_is_no_seat() -> None:
    text = ('"AZƏRBAYCAN–ÇİN BİZNES FORUMU" İŞTİRAKÇILARININ MƏLUMATLARININ EMALI QAYDALARI\n'
            'Təşkilatçı "Qafqaz Ekspo Qrup" MMC-dir (Bakı şəhəri). Qeydiyyat Çində yaşayan iştirakçılar üçün açıqdır. '
            'Bütün qeydiyyat məlumatları Bakıdakı serverlərimizdə saxlanılır.')
    assert compliance_judging.verdict(text, "az", "overseas-representative") != "not-applicable"
    # a company named in a capitals line still says who is where
    seat = 'SHENZHEN LUMICAM TECHNOLOGY CO., LTD. (ÇİN XALQ RESPUBLİKASI)\nTətbiqi biz idarə edirik.'
    assert compliance_judging.verdict(seat, "az", "overseas-representative") == "not-applicable"


# data from China moved to the town where the handler itself is established go abroad
def test_china_data_sent_to_the_handlers_own_town_is_a_transfer() -> None:
    text = ("ООО «Восточный мост» (690091, г. Владивосток, ул. Светланская, д. 20) оказывает услуги перевода. "
            "Документы клиентов из КНР, принятые в Харбине, пересылаются во Владивосток по электронной почте.")
    assert compliance_judging.verdict(text, "ru", "cross-border-mechanism") == "contravention"


def test_handler_seated_in_china_or_data_kept_there_is_no_transfer() -> None:
    # the handler's own town is in China: moving documents there keeps them at home
    seated = ("ООО «Восточный мост» (150000, г. Харбин, КНР) оказывает услуги перевода. "
              "Документы клиентов из КНР пересылаются в Харбин по электронной почте.")
    assert compliance_judging.verdict(seated, "ru", "cross-border-mechanism") == "not-applicable"
    # the seat town named only as where orders are taken, nothing moved there from China
    kept = ("ООО «Восточный мост» (690091, г. Владивосток) оказывает услуги перевода. "
            "Во Владивостоке мы принимаем заказы от местных клиентов.")
    assert compliance_judging.verdict(kept, "ru", "cross-border-mechanism") == "not-applicable"


# ---- from the third batch (a Hong Kong recruiter placing mainland candidates, a Baku payment app of 2019)

# (22) the reason for sensitive data given by the thing needed
def test_reason_and_effect_of_a_check_is_necessity_and_impact() -> None:
    text = ("After you accept an offer we collect your identity card number. We will show you a separate consent screen "
            "explaining why the check is needed and how it affects your application before we do so.")
    assert verdict(text, "en", "sensitive-pi-consent") == "met"
    near = "After you accept an offer we collect your identity card number. We will show you a separate consent screen."
    assert verdict(near, "en", "sensitive-pi-consent") == "contravention"


# (23) the person's profile is his data: viewing, editing or deleting it exercises the rights
@pytest.mark.parametrize("lang,text,fact,yes", [
    ("en", "You can view, edit or delete your profile in the mini program.", "right_access", True),
    ("en", "You can view, edit or delete your profile in the mini program.", "right_delete", True),
    ("es", "Puede ver, editar o eliminar su perfil en la aplicación.", "right_delete", True),
    ("ru", "Вы можете просматривать и удалить свой профиль в приложении.", "right_access", True),
    ("az", "Profilinizə baxmaq üçün tətbiqi açın.", "right_access", True),
    # another's profile, or a profile of ours, is no right of the person
    ("en", "You can view the employer's profile before you apply.", "right_access", False),
    ("en", "We may delete inactive company profiles.", "right_delete", False),
])
def test_own_profile_rights(lang: str, text: str, fact: str, yes: bool) -> None:
    assert bool(stating(text, lang, fact)) == yes


# (24) Azerbaijani passive potential of giving data to a recipient
def test_azerbaijani_passive_provision_to_partners() -> None:
    text = "Müştərilərin telefon nömrələri tərəfdaş mağazalara reklam məqsədilə verilə bilər."
    assert verdict(text, "az", "sharing-separate-consent") == "contravention"
    assert verdict("Tərəfdaş mağazalarda sizə endirim verilə bilər.", "az", "sharing-separate-consent") != "contravention"


# sensitive data put on the company's legitimate interest have no consent at all
def test_sensitive_data_on_legitimate_interest_is_a_contravention() -> None:
    text = ("Before you enter your passport number, the form explains why the number is needed and how it affects you, "
            "and asks for your separate consent. We process drivers' precise location on the basis of our legitimate "
            "interest in reliable delivery information.")
    assert verdict(text, "en", "sensitive-pi-consent") == "contravention"
    near = ("We collect your passport number for customs. Before you enter it, the form explains why the number is needed "
            "and how it affects you, and asks for your separate consent. We process delivery addresses on the basis of our "
            "legitimate interest.")
    assert verdict(near, "en", "sensitive-pi-consent") == "met"
