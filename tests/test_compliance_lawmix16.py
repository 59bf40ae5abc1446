"""Issue 15 (lawmix16): own-written en/ru/az policies (a Qingdao smart-TV maker for overseas viewers, a Dalian
Chinese-lessons app for Russian speakers, a Xiamen solar-inverter monitoring app for Azerbaijan), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

from datetime import date

import compliance_judging
from compliance_judging import stating

WHEN = date(2024, 6, 1)


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key, WHEN)


# (1) A PRC company's name written in pinyin ends in its legal form: "Youxian Gongsi" is 有限公司, in any language.
def test_pinyin_legal_form_names_the_handler() -> None:
    ru = "Оператором является Chengdu Lanshan Ruanjian Youxian Gongsi (Чэнду, КНР). Пишите нам: help@lanshan.example."
    assert verdict(ru, "ru", "handler-identity") == "met"
    az = "Tətbiq Ningbo Haibo Dianqi Youxian Zeren Gongsi tərəfindən təqdim olunur. Əlaqə: info@haibo.example."
    assert verdict(az, "az", "handler-identity") == "met"
    es = "La aplicación la ofrece Wuxi Qingshan Keji Youxian Gongsi. Contacto: ayuda@qingshan.example."
    assert verdict(es, "es", "handler-identity") == "met"
    # near miss: a brand without the legal form is no named handler
    assert verdict("Оператором является сервис «Ланьшань». Пишите нам: help@lanshan.example.", "ru", "handler-identity") == "omission"
    assert not stating("Мы работаем с компанией Lanshan.", "ru", "legal_entity")


# (2) ru "запросим повторное согласие" asks fresh consent to changes (the adjective, beside "повторно запросим").
def test_ru_repeated_consent_to_changes() -> None:
    ok = "Об изменениях политики мы сообщим заранее и запросим повторное согласие, если изменятся цели обработки."
    assert verdict(ok, "ru", "policy-changes") == "met"
    # near miss: changes only announced
    bad = "Об изменениях политики мы сообщим заранее на сайте."
    assert verdict(bad, "ru", "policy-changes") in ("contravention", "omission")


# (3) Consent given on a screen or prompt of its own is separate consent; a screen that only shows text is not.
def test_separate_prompt_is_separate_consent() -> None:
    assert stating("The app then opens a separate screen, and nothing is sent unless you tap Allow.", "en", "separate_consent")
    assert stating("Face unlock starts only after you confirm on a separate screen.", "en", "separate_consent")
    assert stating("Перед передачей откроется отдельное окно, где нужно нажать «Согласен».", "ru", "separate_consent")
    assert stating("Bunu ayrıca ekranda təsdiq etdikdən sonra aktivləşir.", "az", "separate_consent")
    assert stating("Deberá confirmarlo en una pantalla separada.", "es", "separate_consent")
    # near misses: a screen that informs, asks nothing
    assert not stating("The policy is shown on a separate screen during setup.", "en", "separate_consent")
    assert not stating("Политика показывается в отдельном окне.", "ru", "separate_consent")


def test_cross_border_consent_in_the_next_sentence() -> None:
    text = ("Kunming Yunhe Wangluo Co., Ltd. (help@yunhe.example) provides the service in mainland China. "
            "Your playlists created in mainland China are copied to servers in Japan operated by Yunhe Japan K.K. (dpo@yunhe-jp.example) so that you keep them abroad. "
            "Before any copy is made, the app shows a separate prompt, and nothing is copied unless you select Copy.")
    assert verdict(text, "en", "cross-border-consent") == "met"
    near = text.replace("Before any copy is made, the app shows a separate prompt, and nothing is copied unless you select Copy.",
                        "The copy is made automatically.")
    assert verdict(near, "en", "cross-border-consent") == "contravention"


# (4) "view, correct and download your account information" offers access and a copy.
def test_en_view_and_download_account_information() -> None:
    assert stating("You can view, update and download your account data in the app.", "en", "right_access")
    # near miss: the company viewing is no right of the person's
    assert not stating("Our staff may view logs to fix errors.", "en", "right_access")


# (5) Identifiers called non-personal right after they are handed to others stay personal information (PIPL 73).
def test_identifiers_called_non_personal_beside_sharing() -> None:
    text = ("Nanjing Jiayin Co., Ltd. (privacy@jiayin.example). We pass listening profiles to advertising networks. "
            "The profiles carry a device ID but not your name, so they are not personal information.")
    assert verdict(text, "en", "de-identified-data") == "contravention"
    # near miss: the same claim about statistics the company keeps to itself
    near = ("Nanjing Jiayin Co., Ltd. (privacy@jiayin.example). We count how many devices play each song. "
            "The counts are totals for all devices, so they are not personal information.")
    assert verdict(near, "en", "de-identified-data") == "not-applicable"


# (6) Data de-identified by withholding the name, then said to identify no one so that consent is waived: the
# waiver does not make them anonymous.
def test_ru_names_withheld_then_waiver() -> None:
    text = ("Оператор: ООО «Ромашка», privacy@romashka.example. "
            "Обезличенные записи звонков (без имени и номера клиента) мы используем для обучения модели; "
            "такие данные не позволяют установить вашу личность, поэтому согласия на это не требуется.")
    assert verdict(text, "ru", "de-identified-data") == "contravention"
    # near miss: anonymised aggregate statistics (no names withheld from records) are outside the law
    near = ("Оператор: ООО «Ромашка», privacy@romashka.example. "
            "Мы составляем сводную статистику по числу звонков за месяц; "
            "такие данные не позволяют установить вашу личность.")
    assert verdict(near, "ru", "de-identified-data") == "not-applicable"


# (7) Data kept past the account's deletion for the company's own interests (not a legal duty) outlast the purpose.
def test_kept_after_deletion_for_own_interests() -> None:
    ru = "Данные профиля хранятся, пока профиль активен, и ещё 2 года после его удаления для защиты наших законных интересов."
    assert verdict(ru, "ru", "retention-period") == "contravention"
    en = "We retain profile data for 2 years after you close your account, to protect our legitimate interests."
    assert verdict(en, "en", "retention-period") == "contravention"
    # near misses: kept after deletion because a statute says so; kept for a period with no ground of our own
    assert verdict("Платёжные документы хранятся 5 лет после удаления профиля, как требует налоговое законодательство.", "ru",
                   "retention-period") == "met"
    assert verdict("We retain profile data for 2 years after you close your account, as tax law requires.", "en",
                   "retention-period") == "met"


# (8) "Kids Mode" names children; a children's mode that collects nothing is a dedicated rule for them.
def test_en_kids_mode_collecting_nothing() -> None:
    base = "Taizhou Lanbo Co., Ltd. (help@lanbo.example) makes this set-top box. You can create an account with your e-mail. "
    assert verdict(base + "Kids Mode needs no account and collects no usage data.", "en", "minors") == "met"
    # near miss: a kids mode that collects data with no guardian consent or rules
    assert verdict(base + "Kids Mode records what is watched to suggest cartoons.", "en", "minors") == "omission"


# (9) az "18 yaşdan kiçik şəxslər üçün nəzərdə tutulmayıb": a service for adults only, as in ru and en.
def test_az_not_intended_for_under_18() -> None:
    base = "Ganja Enerji MMC (info@ganja.example). Qeydiyyat üçün e-poçt ünvanınızı toplayırıq. "
    assert verdict(base + "Tətbiq 18 yaşdan kiçik şəxslər üçün nəzərdə tutulmayıb.", "az", "minors") == "not-applicable"
    # near miss: an age named for another purpose keeps no one out
    assert verdict(base + "18 yaşdan kiçik uşaqların məlumatları da toplanır.", "az", "minors") != "not-applicable"
