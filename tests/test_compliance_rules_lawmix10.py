"""Issue 15 (lawmix10): structural causes of false assurance on own-written en/es/ru/az policies, by rule.

Each rule is one a PRC data-protection lawyer or a linguist would state (where a place is, what a list member
belongs to, whose need measures retention, what shape consent by conduct takes); beside each, a near miss that
must not match. All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging

HEAD = {"az": "Nərgiz MMC Nərgiz tətbiqini idarə edir. ", "en": "Marrowby Ltd runs the Marrowby app. ",
        "es": "Marrowby S.L. gestiona la aplicación Marrowby. ",
        "ru": "ООО «Марроуби» управляет приложением Marrowby. "}


def verdicts(text: str, lang: str, head: bool = True) -> dict[str, str]:
    """Requirement key -> verdict word for ``text`` (under a one-line handler introduction)."""
    return {key: v.verdict for key, v in compliance_judging.verdicts((HEAD[lang] if head else "") + text, lang).items()}


# (d) Where data are kept: a word for a town between the preposition and the name ("в г. Омске", "in the city of
# Almaty", "servidores de la Ciudad de Panamá"), a system "hosted in" a place, a unit of ours named with the Azerbaijani
# first-person possessive ("Gəncədəki mərkəzimizə göndərir"): each is a place abroad for data from China.
@pytest.mark.parametrize("lang,text", [
    ("ru", "Данные покупателей, в том числе из КНР, хранятся на серверах в г. Омске."),
    ("es", "Cuando usted compra desde China continental, sus datos se guardan en servidores de la Ciudad de Panamá."),
    ("es", "Los pedidos de clientes de China se registran en nuestro sistema de gestión, alojado en Montevideo."),
    ("en", "Orders from users in mainland China are kept in our order system hosted in Auckland."),
    ("az", "Çində sifarişləri agentimiz qəbul edir və Gəncədəki satış mərkəzimizə göndərir."),
])
def test_place_abroad_after_town_word_or_hosting_is_a_transfer(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    # the same shapes with a place in China keep the data at home
    ("ru", "Данные покупателей, в том числе из КНР, хранятся на серверах в г. Пекине."),
    ("es", "Los pedidos de clientes de China se registran en nuestro sistema de gestión, alojado en Shanghái."),
    # an owner, not a place ("servidores de Amazon"), and no one in China
    ("es", "Atendemos a clientes de Uruguay. Sus datos se guardan en servidores de Amazon."),
    # our partner in Beijing is not a unit of ours, and nothing goes abroad
    ("az", "Çində sifarişləri Pekindəki tərəfdaşımız qəbul edir."),
    # a new version of the policy "placed in the App" is no server place
    ("ru", "Мы обслуживаем клиентов из КНР. Новая редакция вступает в силу с момента ее размещения в Приложении."),
])
def test_place_in_china_owner_or_partner_is_no_transfer(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] != "contravention"


# (d) A town the policy itself puts in the PRC ("г. Хэйхэ, КНР") is China when named again in another inflection.
def test_town_placed_in_prc_by_the_policy_is_china_later() -> None:
    text = ("Посылки принимает наш партнёр — ООО «Бэйфан» (г. Хэйхэ, КНР). "
            "Данные всех отправлений, в том числе принятых в Хэйхэ, хранятся на серверах в Благовещенске.")
    v = verdicts(text, "ru")
    assert v["cross-border-mechanism"] == "contravention"
    # the handler is in Russia; the partner's seat is the partner's, and data from China reach the handler
    assert v["overseas-representative"] == "omission"


def test_town_not_placed_in_prc_is_not_china() -> None:
    text = "Данные всех отправлений, в том числе принятых в Хабаровске, хранятся на серверах в Благовещенске."
    assert verdicts(text, "ru")["cross-border-mechanism"] != "contravention"


# (d) A service said to be available in a place in the PRC addresses people there, wherever the handler sits; the
# sentence is no seat of the handler. "Not available in China" says the opposite.
@pytest.mark.parametrize("lang,text", [
    ("ru", "Сервис доступен пассажирам в Омске и в городе Маньчжурия (КНР); данные поездок хранятся на серверах в Омске."),
    ("en", "Marrowby LLP is a company registered in Kazakhstan. The service is available to riders in Almaty and in Horgos (PRC); "
           "trip data are stored on servers in Almaty."),
])
def test_service_available_in_prc_place_makes_transfer_and_no_prc_seat(lang: str, text: str) -> None:
    v = verdicts(text, lang, head=lang != "en")
    assert v["cross-border-mechanism"] == "contravention"
    assert v["overseas-representative"] == "omission"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сервис не доступен пассажирам в КНР; данные поездок хранятся на серверах в Омске."),
    ("en", "The service is not available to riders in the PRC; trip data are stored on servers in Almaty."),
])
def test_service_not_available_in_prc_is_no_transfer(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] != "contravention"


# (d) Data stored abroad and "accessed from mainland China" go to China: no sign the handler takes data out of China.
def test_access_from_china_does_not_make_a_foreign_handler_target_china() -> None:
    text = "Marrowby Pte. Ltd. is a Singapore company. Your information is stored in Singapore and may be accessed from mainland China by our affiliates."
    assert verdicts(text, "en", head=False)["overseas-representative"] != "omission"


# (b) The last member of a long lettered list under a "Purposes" title is under that title, however far down.
@pytest.mark.parametrize("lang,text", [
    ("es", "\n3. Finalidades\na) Gestionar sus pedidos;\nb) atender sus consultas;\nc) enviarle ofertas, salvo que se oponga;\n"
           "d) cualquier otra finalidad compatible con nuestra actividad."),
    ("ru", "\n3. Цели обработки\nа) оформление заказов;\nб) ответы на обращения;\nв) рассылки, если вы не возражаете;\n"
           "г) иные нужды Общества."),
])
def test_catch_all_member_far_under_purposes_title_is_open(lang: str, text: str) -> None:
    assert verdicts(text, lang)["processing-scope"] == "contravention"


def test_closed_lettered_purposes_list_is_met() -> None:
    text = ("\n3. Finalidades\na) Gestionar sus pedidos;\nb) atender sus consultas;\nc) enviarle ofertas, salvo que se oponga;\n"
            "d) emitir las facturas.")
    assert verdicts(text, "es")["processing-scope"] != "contravention"


# (b) A catch-all member, "any other X" or "other X of our business", leaves the list open whatever the noun.
@pytest.mark.parametrize("lang,text", [
    ("es", "Para enviar sus compras recabamos su nombre y dirección. Asimismo podremos recabar cualquier otro dato necesario para fines comerciales."),
    ("es", "Utilizamos la información para procesar sus pedidos, así como para otras actividades propias de nuestro giro comercial."),
    ("az", "Məlumatlarınız sifarişlərin icrası və şirkətin digər ehtiyacları üçün istifadə olunur."),
    ("ru", "Данные используются для оформления заказов и для иных нужд Общества."),
    ("en", "We use your details to deliver your orders and for other business needs."),
])
def test_catch_all_member_is_open_scope(lang: str, text: str) -> None:
    assert verdicts(text, lang)["processing-scope"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("es", "Utilizamos la información para procesar sus pedidos y emitir sus facturas."),
    ("az", "Məlumatlarınız sifarişlərin icrası və çatdırılma üçün istifadə olunur."),
    ("ru", "Данные используются для оформления заказов и доставки."),
    # the user's own other needs are not the handler's purposes
    ("en", "We use your details to deliver your orders. Tell us about any other needs you have."),
])
def test_closed_purposes_are_not_open(lang: str, text: str) -> None:
    assert verdicts(text, lang)["processing-scope"] != "contravention"


# (c) Retention measured by the handler's own need or judgment, not by a purpose, is open-ended.
@pytest.mark.parametrize("lang,text", [
    ("ru", "Данные о заказах хранятся три года. Остальные данные мы храним, пока они нужны нам для ведения бизнеса."),
    ("az", "Sifariş məlumatları üç il saxlanılır. Digər məlumatları lazım bildiyimiz müddət ərzində saxlayırıq."),
    ("en", "Order records are kept for 3 years. Other records are kept for as long as our operations require."),
    ("es", "Conservamos sus datos durante el tiempo que consideremos necesario."),
])
def test_retention_by_handlers_own_need_is_open(lang: str, text: str) -> None:
    assert verdicts(text, lang)["retention-period"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Данные о заказах хранятся три года, остальные данные — до удаления учётной записи."),
    ("az", "Sifariş məlumatları 3 il saxlanılır, sonra silinir."),
    ("en", "Order records are kept for as long as we need them to provide the service, and no longer than 3 years."),
    ("es", "Conservamos sus datos durante el tiempo necesario para prestarle el servicio y después los eliminamos."),
])
def test_retention_by_purpose_or_period_is_not_open(lang: str, text: str) -> None:
    assert verdicts(text, lang)["retention-period"] == "met"


# (c) A notice of incidents promised only where some law requires it is no commitment of the handler's own.
@pytest.mark.parametrize("lang,text", [
    ("en", "We use encryption. We will notify you of a data breach where required by applicable law."),
    ("ru", "Мы применяем шифрование. В случаях, предусмотренных законодательством, мы уведомим вас об утечке данных."),
    ("es", "Usamos cifrado. Le informaremos de cualquier brecha de seguridad cuando así lo exija la ley."),
])
def test_incident_notice_only_where_law_requires_is_omission(lang: str, text: str) -> None:
    assert verdicts(text, lang)["incident-notification"] == "omission"


@pytest.mark.parametrize("lang,text", [
    ("en", "We use encryption. We will notify you of a data breach within 72 hours."),
    ("ru", "Мы применяем шифрование. В случае утечки данных мы уведомим вас в течение 72 часов."),
])
def test_incident_notice_unconditional_is_met(lang: str, text: str) -> None:
    assert verdicts(text, lang)["incident-notification"] == "met"


# Consent by conduct: "by <any act>, you agree" is deemed consent whatever the verb; clicking "I agree" or ticking
# a box is the consent act itself.
@pytest.mark.parametrize("lang,text", [
    ("es", "Al realizar un pedido, usted acepta el tratamiento de sus datos conforme a esta política."),
    ("az", "Ərizə formasını göndərməklə siz bu Siyasətlə razılaşırsınız."),
    ("en", "By activating a plan, you consent to the processing described in this notice."),
])
def test_consent_by_any_conduct_is_deemed(lang: str, text: str) -> None:
    assert verdicts(text, lang)["consent-by-use"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("es", "Al hacer clic en «Acepto», usted acepta el tratamiento de sus datos conforme a esta política."),
    ("az", "«Qəbul edirəm» düyməsini klikləməklə siz bu Siyasətlə razılaşırsınız."),
    ("en", "By clicking \"I agree\", you consent to the processing described in this notice."),
])
def test_consent_by_clicking_or_ticking_is_not_deemed(lang: str, text: str) -> None:
    assert verdicts(text, lang)["consent-by-use"] != "contravention"


# Publishing names or photos, in the agentless passive, is the handler's public disclosure.
@pytest.mark.parametrize("lang,text", [
    ("es", "Los ganadores de nuestros sorteos se publican en la cuenta oficial con su nombre y ciudad."),
    ("az", "Qəbul olunmuş tələbələrin adları saytda dərc edilir."),
    ("ru", "Имена победителей конкурса публикуются на сайте."),
    ("en", "The names of prize winners are published on our website."),
])
def test_passive_publication_of_names_is_disclosure(lang: str, text: str) -> None:
    assert verdicts(text, lang)["public-disclosure"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("es", "Los resultados agregados de la encuesta se publican en nuestro blog."),
    ("ru", "Новости компании публикуются на сайте."),
    ("en", "Our annual report is published on our website."),
])
def test_publication_without_personal_data_is_not_disclosure(lang: str, text: str) -> None:
    assert verdicts(text, lang)["public-disclosure"] != "contravention"


# A selection made automatically, and recommendations drawn from the person's own history, are automated
# decision-making / personalisation (PIPL 24).
@pytest.mark.parametrize("lang,text", [
    ("az", "Namizədlərin ilkin seçimi imtahan balları əsasında kompüter proqramı ilə avtomatik aparılır."),
    ("es", "Le mostramos productos recomendados según su historial de navegación y compras."),
    ("ru", "Предварительный отбор кандидатов проводится автоматически по баллам теста."),
    ("en", "We suggest courses based on your learning history."),
])
def test_automatic_selection_or_history_recommendation_is_profiling(lang: str, text: str) -> None:
    assert verdicts(text, lang)["automated-decision"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("az", "Namizədlərin seçimi komissiya tərəfindən aparılır."),
    ("es", "Le mostramos los productos más vendidos de la semana."),
    ("en", "We suggest courses that are popular this month."),
])
def test_human_selection_or_generic_suggestion_is_not_profiling(lang: str, text: str) -> None:
    assert verdicts(text, lang)["automated-decision"] != "contravention"


# (d) People located in China named by their role (sellers, applicants ...) a few words after the place: the policy
# addresses people there, and data kept on servers abroad leave China.
@pytest.mark.parametrize("lang,text", [
    ("az", "Marketpleysdə Çindəki, əsasən Quançjoudakı fərdi satıcılar mal satırlar. Satıcıların məlumatları Gəncədəki serverlərimizdə saxlanılır."),
    ("en", "Sellers based in mainland China list their goods with us. Seller records are stored on our servers in Tbilisi."),
])
def test_people_in_china_by_role_with_servers_abroad_transfer(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("az", "Marketpleysdə Gürcüstandakı fərdi satıcılar mal satırlar. Satıcıların məlumatları Gəncədəki serverlərimizdə saxlanılır."),
    ("en", "Sellers based in Georgia list their goods with us. Seller records are stored on our servers in Tbilisi."),
])
def test_people_elsewhere_by_role_no_transfer(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] != "contravention"


# Ads or recommendations chosen on what the person viewed or bought are personalised.
@pytest.mark.parametrize("lang,text", [
    ("az", "Alıcılara baxdıqları məhsullara əsasən reklam göstəririk."),
    ("en", "We show ads based on the products you viewed."),
])
def test_ads_on_what_the_person_viewed_are_profiling(lang: str, text: str) -> None:
    assert verdicts(text, lang)["automated-decision"] == "contravention"


@pytest.mark.parametrize("lang,text", [
    ("az", "Alıcılara mövsümə əsasən reklam göstəririk."),
    ("en", "We show ads based on the season."),
])
def test_ads_on_something_else_are_not_profiling(lang: str, text: str) -> None:
    assert verdicts(text, lang)["automated-decision"] != "contravention"


# (e) A travel permit's number is an identity document number: sensitive.
def test_travel_permit_number_is_sensitive() -> None:
    text = "When you book we collect your name and your Mainland Travel Permit number."
    assert verdicts(text, "en")["sensitive-pi-consent"] == "contravention"


def test_travel_plans_are_not_sensitive() -> None:
    text = "When you book we collect your name and your travel plans."
    assert verdicts(text, "en")["sensitive-pi-consent"] != "contravention"
