"""Issue 15, false assurance: data of people in China kept on servers in a named place outside the mainland.

A PRC data-protection lawyer reads "information about users in China is sent to our servers in London" as a
transfer abroad (PIPL 38/39) although the text never says "abroad" or names a country: the place of the
servers says it. Servers in a mainland city, data of people elsewhere, or a denial are no such transfer.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging
HEAD = {"az": "Tidewell MMC Tidewell tətbiqini idarə edir. ", "en": "Tidewell Ltd runs the Tidewell app. ",
        "es": "Tidewell S.L. gestiona la aplicación Tidewell. ",
        "ru": "ООО «Тайдвелл» управляет приложением Tidewell. "}


def verdicts(text: str, lang: str) -> dict[str, str]:
    """Requirement key -> verdict word for ``text`` under a one-line handler introduction."""
    return {key: v.verdict for key, v in compliance_judging.verdicts(HEAD[lang] + text, lang).items()}


@pytest.mark.parametrize("lang,text", [
    ("en", "Information about learners in China is sent to our servers in Dublin."),
    ("es", "Los datos de los clientes residentes en China se envían a nuestros servidores en Lisboa."),
    ("es", "Los pedidos de los usuarios que compran en Shanghái se guardan en nuestros servidores en Santiago."),
    ("ru", "Данные покупателей из КНР хранятся на наших серверах в Казани."),
])
def test_china_data_on_servers_in_a_foreign_place_is_a_transfer_abroad(lang: str, text: str) -> None:
    v = verdicts(text, lang)
    assert v["cross-border-mechanism"] == "contravention"
    assert v["cross-border-consent"] not in ("met", "not-applicable")


@pytest.mark.parametrize("lang,text", [
    # servers in a mainland city keep the data at home
    ("en", "Information about learners in China is stored on our servers in Hangzhou."),
    ("es", "Los datos de los clientes en China se guardan en nuestros servidores en Pekín."),
    ("ru", "Данные покупателей из КНР хранятся на наших серверах в Шанхае."),
    # no one in China: data never was there
    ("en", "Information about learners in Ireland is stored on our servers in Dublin."),
    # a denial moves nothing
    ("en", "We never send information about learners in China to our servers in Dublin."),
])
def test_near_misses_are_no_transfer_abroad(lang: str, text: str) -> None:
    assert verdicts(text, lang)["cross-border-mechanism"] == "not-applicable"


# PIPL 24: a system that decides by itself what a person is shown, or generates their recommendations, is
# automated decision-making however it is worded; a machine chore (backups, server choice) is not.
@pytest.mark.parametrize("lang,text", [
    ("en", "Course recommendations are generated automatically from your answers and cannot be switched off."),
    ("en", "The app chooses automatically which lessons you see next; this cannot be turned off."),
    ("es", "La plataforma decide automáticamente qué cursos se le muestran según sus respuestas."),
    ("ru", "Рекомендации курсов формируются автоматически по вашим ответам."),
])
def test_automatic_decisions_about_a_person_are_automated_decision_making(lang: str, text: str) -> None:
    assert verdicts(text, lang)["automated-decision"] != "not-applicable"


@pytest.mark.parametrize("lang,text", [
    ("en", "Backups are generated automatically every night."),
    ("en", "The app decides automatically which server to use."),
    ("es", "Las copias de seguridad se generan automáticamente cada noche."),
    ("ru", "Резервные копии формируются автоматически каждую ночь."),
])
def test_automatic_chores_are_no_automated_decision_making(lang: str, text: str) -> None:
    assert verdicts(text, lang)["automated-decision"] == "not-applicable"


# A denial of the switch is no switch: "you cannot opt out of them" is read as the absence of an opt-out.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Course suggestions are tailored automatically; you cannot opt out of them.", "contravention"),
    ("en", "We show personalised workouts. You cannot opt out of personalised workouts.", "contravention"),
    ("en", "We show personalised workouts. You can opt out of personalised workouts in Settings.", "met"),
    ("es", "Mostramos ofertas personalizadas. No puede oponerse a las ofertas personalizadas.", "contravention"),
    ("es", "Mostramos ofertas personalizadas. Puede oponerse a las ofertas personalizadas en Ajustes.", "met"),
    ("az", "Fərdiləşdirilmiş reklam göstəririk. Fərdiləşdirilmiş reklamdan imtina edə bilməzsiniz.", "contravention"),
    ("az", "Fərdiləşdirilmiş reklam göstəririk. Fərdiləşdirilmiş reklamdan imtina edə bilərsiniz.", "met"),
])
def test_a_denied_opt_out_is_no_opt_out(lang: str, text: str, expected: str) -> None:
    assert verdicts(text, lang)["automated-decision"] == expected


# PIPL 28 makes the personal information of children under 14 sensitive: a service whose users start below 14
# processes it, and needs separate consent with necessity and impact, whatever else it collects.
@pytest.mark.parametrize("lang,text", [
    ("en", "BrightMaths is used by pupils from age 9. We store their exercise scores."),
    ("en", "Most of our learners are between 11 and 16 years old. We store their exercise scores."),
    ("es", "BrightMaths es una aplicación para alumnos de 8 a 15 años. Guardamos sus puntuaciones."),
    ("ru", "Приложение предназначено для учеников от 9 до 15 лет. Мы храним их оценки."),
])
def test_users_below_14_make_sensitive_pi(lang: str, text: str) -> None:
    assert verdicts(text, lang)["sensitive-pi-consent"] not in ("met", "not-applicable")


@pytest.mark.parametrize("lang,text", [
    ("en", "BrightMaths is used by students from age 16. We store their exercise scores."),
    ("en", "BrightMaths is not intended for children under 14. We store exercise scores."),
    ("en", "Our support team answers between 9 and 17 hours on weekdays. We store exercise scores."),
    ("es", "BrightMaths es una aplicación para alumnos de 16 a 18 años. Guardamos sus puntuaciones."),
    ("ru", "Приложение предназначено только для лиц старше 18 лет, а не для учеников от 9 до 15 лет."),
])
def test_no_users_below_14_no_sensitive_pi(lang: str, text: str) -> None:
    assert verdicts(text, lang)["sensitive-pi-consent"] == "not-applicable"


# PIPL 19: retention measured by what the company finds useful or opportune, not by the purpose, is no
# criterion; "as long as necessary" with no purpose names none either. A purpose-bound period is met.
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Profile data is kept while your account is open and for as long as we find it useful afterwards.", "contravention"),
    ("en", "We keep your data for as long as we need it.", "contravention"),
    ("en", "We keep your data for as long as we need it to provide the service to you.", "met"),
    ("es", "Conservamos los datos mientras sean útiles para nuestra actividad comercial.", "contravention"),
    ("es", "Conservamos los datos durante el tiempo que la empresa estime oportuno.", "contravention"),
    ("es", "Conservamos los datos mientras sean necesarios para gestionar su cuenta.", "met"),
    ("ru", "Мы храним данные, пока мы считаем это нужным.", "contravention"),
    ("ru", "Мы храним данные в течение срока действия договора.", "met"),
    ("az", "Məlumatlarınızı lazım olduğu müddətdə saxlayırıq.", "omission"),
])
def test_retention_at_the_company_s_convenience_is_no_criterion(lang: str, text: str, expected: str) -> None:
    assert verdicts(text, lang)["retention-period"] == expected
