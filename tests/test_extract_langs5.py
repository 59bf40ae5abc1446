"""Rules for Russian 152-FZ operator policies, Spanish and Mexican notices and Azerbaijani rules under the
Law on Personal Data (issue 16, fresh batch 21), each on sentences of our own.

Every rule is checked on the real chain (segment -> extract -> policy-facts/1 record) or on the
vocabulary matcher it lives in, with a near-miss beside it that the rule must leave alone.
"""
from __future__ import annotations

import pytest

from tests.test_extract_cis_latam import facts, keys

# ---------------------------------------------------------------- retention bound to a contract or an active card


@pytest.mark.parametrize(("text", "language", "kind", "period"), [
    # the data are destroyed ("məhv edilir") while the card is active: a destroying verb states retention as deleting does
    ("Bonus kartı məlumatları kart aktiv olduğu müddətdə saxlanılmır, kart 2 il istifadə edilmədikdə isə məhv edilir.",
     "az", "purpose-bound", None),
    ("Bonus kartının məlumatları kart aktiv olduğu müddətdə, sonra isə ləğv edilərək məhv edilir.", "az", "purpose-bound", None),
    # "for the term of the contract": bound to the relationship
    ("Записи хранятся в течение срока действия договора.", "ru", "purpose-bound", None),
    ("Los datos se conservan durante la vigencia del contrato.", "es", "purpose-bound", None),
    ("Müştəri məlumatları müqavilə qüvvədə olduğu müddətdə saxlanılır.", "az", "purpose-bound", None),
    # the 152-FZ habit of spelling the number out in brackets: "3 (трёх) лет после его прекращения" (fixed by the
    # project's rule: the period after the relationship ends is the one the subject can hold the company to)
    ("Данные хранятся в течение срока действия договора и 3 (трёх) лет после его прекращения.", "ru", "fixed", "P3Y"),
])
def test_retention_bound_to_a_relationship(text: str, language: str, kind: str, period: str | None) -> None:
    retention = facts(text, language)["retention"]
    assert retention["stated"] and retention["kind"] == kind and retention["period"] == period


@pytest.mark.parametrize(("text", "language"), [
    # near-misses: a card destroyed when lost is no data retention; a contract's term is no retention rule
    ("Bank kartı itirildikdə və ya məhv edildikdə yeni kart 3 gün ərzində hazırlanır.", "az"),
    ("Срок действия договора составляет 1 год.", "ru"),
    ("La vigencia del contrato es de un año.", "es"),
])
def test_retention_near_misses(text: str, language: str) -> None:
    assert facts(text, language)["retention"]["stated"] is False


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "language", "day"), [
    ("QAYDALAR\n\nQüvvəyə minmə tarixi: 2023-cü il 5 may\n\n1. Ümumi müddəalar", "az", "2023-05-05"),
    ("Məxfilik siyasəti\nSon yenilənmə: 2024-cü ilin 12 martı\n", "az", "2024-03-12"),
    ("Son yenilənmə: 2022-ci il 15 sentyabr\n", "az", "2022-09-15"),
    # a dateline naming the city and its state: "Monterrey, Nuevo León, a 3 de mayo de 2023."
    ("AVISO DE PRIVACIDAD\nMonterrey, Nuevo León, a 3 de mayo de 2023.\n\nLa empresa es responsable de sus datos.",
     "es", "2023-05-03"),
    ("AVISO DE PRIVACIDAD\n\n" + "Texto del aviso. " * 40 + "\n\nGuadalajara, Jalisco, a 14 de julio de 2022\n",
     "es", "2022-07-14"),
])
def test_policy_date_in_year_first_and_region_datelines(text: str, language: str, day: str) -> None:
    assert facts(text, language)["last_updated"] == day


@pytest.mark.parametrize(("text", "language"), [
    # near-misses: the date of a law; a date inside a sentence that goes on
    ("Bu Qaydalar “Fərdi məlumatlar haqqında” 2010-cu il 11 may tarixli Qanuna uyğun hazırlanıb.", "az"),
    ("Texto del aviso.\nMonterrey, Nuevo León, a 3 de mayo de 2023 abrimos una sucursal en Saltillo.\n", "es"),
])
def test_date_near_misses(text: str, language: str) -> None:
    assert facts(text, language)["last_updated"] is None


# ---------------------------------------------------------------- where data is stored


@pytest.mark.parametrize(("text", "language", "country"), [
    ("Platformanın məlumat bazası Sinqapurda yerləşən bulud serverlərində saxlanılır.", "az", "SG"),
    ("Məlumatlar İrlandiyada yerləşən serverlərdə saxlanılır.", "az", "IE"),
    ("Резервные копии хранятся на серверах, расположенных во Франции.", "ru", "FR"),
    ("Sus datos se alojan en servidores ubicados en Suiza.", "es", "CH"),
])
def test_storage_in_common_hosting_countries(text: str, language: str, country: str) -> None:
    assert facts(text, language)["cross_border"]["storage_location"] == country


@pytest.mark.parametrize(("text", "language"), [
    # near-misses: a branch or customers in a country store nothing there
    ("Sinqapur filialımız müştərilərə xidmət göstərir.", "az"),
    ("Atendemos a clientes de Rusia y Suiza.", "es"),
])
def test_storage_near_misses(text: str, language: str) -> None:
    assert facts(text, language)["cross_border"]["storage_location"] is None


# ---------------------------------------------------------------- publisher: a case ending glued to the legal form


def test_az_legal_form_declined_before_the_alias_gives_the_whole_name() -> None:
    text = ("1.1. Bu Qaydalar “Şam Aptek” Məhdud Məsuliyyətli Cəmiyyətinin (bundan sonra — “Operator”) aptek "
            "şəbəkəsində fərdi məlumatların emalı qaydasını müəyyən edir.")
    assert facts(text, "az")["company"] == "“Şam Aptek” Məhdud Məsuliyyətli Cəmiyyəti"


def test_latin_name_before_its_alias_is_unchanged() -> None:
    # near-miss: a name whose form ends the word keeps its form as written
    text = "Northwind Traders Ltd (“we”) respects your privacy."
    assert facts(text, "en")["company"] == "Northwind Traders Ltd"


# ---------------------------------------------------------------- rights


@pytest.mark.parametrize(("language", "text", "right"), [
    ("es", "Usted puede acceder, rectificar, cancelar u oponerse al tratamiento de sus datos.", "access"),
    ("es", "Usted puede acceder, rectificar, cancelar u oponerse al tratamiento de sus datos.", "erasure"),
    ("es", "Tiene derecho a rectificar o cancelar la información que tenemos.", "erasure"),
    ("ru", "Информирование об акциях (от рассылки можно отказаться по ссылке в письме).", "opt-out-marketing"),
    ("az", "SMS vasitəsilə endirimlər barədə bildirişlər (istənilən vaxt imtina etmək olar).", "opt-out-marketing"),
    ("az", "Siz fərdi məlumatlarınızı görmək və düzəltmək hüququna maliksiniz.", "access"),
])
def test_rights_in_series_and_inverted_order(language: str, text: str, right: str) -> None:
    assert right in keys("rights", language, text)


@pytest.mark.parametrize(("language", "text", "right"), [
    ("es", "Puede acceder y navegar por el sitio o cancelar su cuenta cuando quiera.", "access"),
    ("es", "Puede acceder y navegar por el sitio o cancelar su cuenta cuando quiera.", "erasure"),
    ("ru", "От доставки курьером можно отказаться при оформлении заказа.", "opt-out-marketing"),
    ("az", "Sifarişdən istənilən vaxt imtina etmək olar.", "opt-out-marketing"),
    ("az", "Kataloqda məhsulları görmək üçün qeydiyyat tələb olunmur.", "access"),
])
def test_right_near_misses(language: str, text: str, right: str) -> None:
    assert right not in keys("rights", language, text)


# ---------------------------------------------------------------- batch 22: change notices, cookie control by anaphora


@pytest.mark.parametrize(("text", "language"), [
    # "обновлять" (not "обновление") opens the change topic; the second half of the sentence says how it is announced
    ("11. Мы можем обновлять этот документ; об изменениях мы сообщим по электронной почте за 7 дней.", "ru"),
    ("Изменения\nДействующая редакция Политики всегда доступна по адресу shop.example.ru/policy.", "ru"),
])
def test_ru_change_notice(text: str, language: str) -> None:
    assert facts(text, language)["policy_change_notice"] is True


def test_ru_change_notice_near_miss() -> None:
    # near-miss: changes of an order's status are no change of the policy
    text = "Мы обновляем статус заказа ежедневно; об изменениях статуса мы сообщим по SMS."
    assert facts(text, "ru")["policy_change_notice"] is False


@pytest.mark.parametrize(("text", "language"), [
    ("10. Cookies.\nСайт использует cookie для входа в личный кабинет. Их можно удалить в настройках браузера.", "ru"),
    ("Usamos cookies propias. Puede eliminarlas desde su navegador.", "es"),
    ("Saytımız cookie fayllarından istifadə edir. Onları brauzerdə silə bilərsiniz.", "az"),
])
def test_cookie_control_by_a_pronoun_after_the_cookie_sentence(text: str, language: str) -> None:
    assert facts(text, language)["cookie_control"] is True


@pytest.mark.parametrize(("text", "language"), [
    # near-misses: the next sentence deletes an account, or changes the browser's language
    ("Сайт использует cookie для входа. Вы можете удалить аккаунт в личном кабинете.", "ru"),
    ("Мы используем cookie. Вы можете изменить язык в настройках браузера.", "ru"),
    ("Usamos cookies propias. Nuestro sitio funciona en cualquier navegador moderno.", "es"),
])
def test_cookie_control_near_misses(text: str, language: str) -> None:
    assert facts(text, language)["cookie_control"] is False


# ---------------------------------------------------------------- batch 22: retention, consent, storage, publisher


def test_es_retention_until_the_user_deletes_it_and_a_named_period() -> None:
    text = ("Plazos de conservación\nConservamos los datos de la cuenta hasta que usted la elimine. Los datos de las "
            "reparaciones se conservarán durante el período de garantía legal de tres años.")
    assert facts(text, "es")["retention"] == {"stated": True, "kind": "purpose-bound", "period": None}
    fixed = facts("Los datos de las reparaciones se conservarán durante el período de garantía de tres años.", "es")
    assert fixed["retention"] == {"stated": True, "kind": "fixed", "period": "P3Y"}


def test_es_period_near_miss() -> None:
    # near-miss: a guarantee period that keeps no data
    text = "El período de garantía legal es de tres años."
    assert facts(text, "es")["retention"]["stated"] is False


def test_es_consent_deemed_by_booking_an_appointment() -> None:
    assert facts("Al sacar un turno aceptás esta política.", "es")["implied_consent"] is True
    # near-miss: booking with consent asked separately deems nothing
    assert facts("Para sacar un turno te pedimos tu consentimiento expreso.", "es")["implied_consent"] is False


def test_az_servers_located_in_a_country() -> None:
    text = "Video dərslər ABŞ-da yerləşən video konfrans xidmətinin serverləri vasitəsilə keçirilir."
    assert facts(text, "az")["cross_border"] == {"mentioned": True, "storage_location": "US"}
    # near-miss: an office located abroad holds no servers
    near = "Şirkətin nümayəndəliyi ABŞ-da yerləşən ofisdə fəaliyyət göstərir."
    assert facts(near, "az")["cross_border"]["storage_location"] is None


def test_ru_short_name_in_brackets_stands_for_the_full_name() -> None:
    text = ("Сервис принадлежит Акционерному обществу «Медицинские цифровые решения» (АО «МЦР»), лицензия № 1. "
            "В настоящем документе «мы» означает АО «МЦР».")
    assert facts(text, "ru")["company"] == "«Медицинские цифровые решения»"


def test_ru_other_company_in_brackets_is_not_merged() -> None:
    # near-miss: a second company named after words, not right after the first in brackets
    text = ("Оператор — ООО «Северный ветер» (далее — «мы»). Платежи принимает АО «Банк Пример» по договору с нами.")
    assert facts(text, "ru")["company"] == "ООО «Северный ветер»"


# ---------------------------------------------------------------- batch 23: verbless retention under its heading


@pytest.mark.parametrize(("text", "language", "kind", "period"), [
    ("Saxlama\nHesabınız silinənədək. Hesabınızı “Profil” bölməsindən silə bilərsiniz.", "az", "purpose-bound", None),
    ("Сколько мы храним данные\nПока ваш аккаунт активен. После удаления аккаунта сведения о заказах хранятся 5 лет.",
     "ru", "purpose-bound", None),
    ("Conservación\nMientras tengas una cuenta abierta.", "es", "purpose-bound", None),
    ("Data retention\nFor as long as necessary for the purposes above.", "en", "purpose-bound", None),
])
def test_verbless_retention_sentence_under_a_retention_heading(text: str, language: str, kind: str,
                                                                period: str | None) -> None:
    retention = facts(text, language)["retention"]
    assert retention["stated"] and retention["kind"] == kind and retention["period"] == period


@pytest.mark.parametrize(("text", "language"), [
    # near-misses: the same verbless sentence under another heading; a sentence under the heading naming no bound
    ("Ваш аккаунт\nПока ваш аккаунт активен.", "ru"),
    ("Saxlama\nHesabınızı “Profil” bölməsindən silə bilərsiniz.", "az"),
])
def test_verbless_retention_near_misses(text: str, language: str) -> None:
    assert facts(text, language)["retention"]["stated"] is False


def test_ru_short_adjective_active_is_an_account_bound() -> None:
    assert facts("Данные хранятся, пока ваш аккаунт активен.", "ru")["retention"]["kind"] == "purpose-bound"


# ---------------------------------------------------------------- batch 23: minors, dates, storage, implied consent


def test_es_adolescents_and_an_age_range_give_the_lower_bound() -> None:
    text = ("La Billetera está disponible para mayores de 18 años. Los adolescentes de 14 a 17 años pueden tener una "
            "cuenta supervisada por un adulto.")
    assert facts(text, "es")["minors"] == {"mentioned": True, "age": 14}
    # near-miss: an adult-only product states no children's threshold below 18
    assert facts("Los usuarios mayores de 18 años pueden abrir una cuenta.", "es")["minors"]["age"] != 14


def test_az_quoted_day_dateline() -> None:
    text = "“NUR TUR” MMC\nƏsasnamə\n\nBakı şəhəri, «20» mart 2024-cü il\n\n1. Anlayışlar"
    assert facts(text, "az")["last_updated"] == "2024-03-20"
    # near-miss: a quoted day inside a sentence about a contract
    near = "Müqavilə «20» mart 2024-cü il tarixində bağlanıb və bir il qüvvədədir, əgər tərəflər razılaşmasa."
    assert facts(near, "az")["last_updated"] is None


@pytest.mark.parametrize(("text", "language", "country"), [
    ("Elektron məlumatlar Cəmiyyətin Bakıdakı ofisində yerləşən serverdə saxlanılır.", "az", "AZ"),
    ("Базы, содержащие персональные данные пользователей, находятся на территории Республики Казахстан.", "ru", "KZ"),
])
def test_storage_in_a_capital_or_in_bases(text: str, language: str, country: str) -> None:
    assert facts(text, language)["cross_border"]["storage_location"] == country


def test_storage_capital_near_miss() -> None:
    # near-miss: the company's address in the capital stores nothing
    assert facts("Cəmiyyətin ünvanı: Bakı şəhəri, Nizami küçəsi 10.", "az")["cross_border"]["storage_location"] is None


def test_az_consent_deemed_by_downloading_and_using() -> None:
    text = "Tətbiqi yükləyərək və istifadə edərək Siz bu siyasətlə razılaşırsınız."
    assert facts(text, "az")["implied_consent"] is True
    # near-miss: agreement asked by a button, not deemed by use
    near = "Siyasətlə razılaşırsınızsa, “Qəbul edirəm” düyməsini basın."
    assert facts(near, "az")["implied_consent"] is False
