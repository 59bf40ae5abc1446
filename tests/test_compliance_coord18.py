"""Issue 15: rules from the coordinator's new-user tries of session 18 on own policies (a 2023 zh medical
consultation mini-program). Each rule sits beside a near-miss that must not match; all sentences are written
for these tests.
"""
from __future__ import annotations

import compliance_judging

HEAD = "杭州禾安健康科技有限公司（以下简称“我们”）运营禾安问诊，联系邮箱 privacy@hean.example.cn。\n"


def verdict(text: str, key: str, lang: str = "zh") -> str:
    return compliance_judging.verdict(text, lang, key, compliance_judging.TODAY)


# --- "其他为…所必需的信息": whatever else a purpose is said to need is an open category -------------------------------

OTHER_FOR_PURPOSE = (HEAD + "为保障服务安全运行，我们会收集您的设备型号、IP地址、访问时间，以及其他为提供服务所必需的信息。\n")
OTHER_KEPT_FOR_PURPOSE = (HEAD + "为保障服务安全运行，我们会收集您的设备型号、IP地址和访问时间。\n"
                          "问诊记录保存十五年；其他个人信息，我们仅在实现本政策所述目的所必需的期限内保存。\n")


def test_other_information_a_purpose_needs_is_an_open_category() -> None:
    assert verdict(OTHER_FOR_PURPOSE, "processing-scope") == "contravention"


def test_other_information_kept_only_as_long_as_needed_names_no_open_category() -> None:
    assert verdict(OTHER_KEPT_FOR_PURPOSE, "processing-scope") == "met"


# --- "access and correct your profile": the person's profile is his information ----------------------------------

HEAD_EN = "Ningbo Tidewater Devices Co., Ltd. (\"we\") makes the Tidewater app; write to privacy@tidewater.example.\n"
RIGHTS_TAIL = ("You can delete your records in the app. You can withdraw a permission in your phone's settings. "
               "You can delete your account in Me > Settings > Delete Account.\n")
OWN_PROFILE = HEAD_EN + "Your rights\nYou can access and correct your profile in Me > Account. " + RIGHTS_TAIL
STAFF_ACCESS = (HEAD_EN + "Your rights\nOur support staff may access your profile to answer your requests. "
                "You can correct your details in Me > Account. " + RIGHTS_TAIL)


def test_accessing_one_s_own_profile_is_a_way_to_access() -> None:
    assert verdict(OWN_PROFILE, "rights-exercise", "en") == "met"


def test_staff_accessing_a_profile_is_no_access_right() -> None:
    assert verdict(STAFF_ACCESS, "rights-exercise", "en") == "omission"


# --- es: a list of data ending on "así como otros datos técnicos necesarios" is open ------------------------------

HEAD_ES = ("El responsable es Ningbo Tidewater Devices Co., Ltd. (\"nosotros\"), con domicilio en Ningbo, China; "
           "escríbanos a privacidad@tidewater.example.\n")
OTHER_DATA_ES = (HEAD_ES + "Para prestar el servicio recopilamos automáticamente el modelo del dispositivo, el sistema operativo "
                 "y la dirección IP, así como otros datos técnicos necesarios.\n")
OTHER_DATA_NAMED_ES = (HEAD_ES + "Para prestar el servicio recopilamos automáticamente el modelo del dispositivo, el sistema "
                       "operativo y la dirección IP, así como otros datos que se describen en la sección 2 de esta política.\n")


def test_other_technical_data_ending_a_list_is_an_open_category_es() -> None:
    assert verdict(OTHER_DATA_ES, "processing-scope", "es") == "contravention"


def test_other_data_described_elsewhere_are_named_es() -> None:
    assert verdict(OTHER_DATA_NAMED_ES, "processing-scope", "es") == "met"


# --- ru: recordings are data, a deletion after a stated time is a period, a legal form does not end a transfer ---------

HEAD_RU = ("Компания Ningbo Tidewater Devices Co., Ltd. (далее — «мы»), г. Нинбо, КНР, обрабатывает ваши персональные данные; "
           "пишите на privacy@tidewater.example.\n")
RECORDINGS_ABROAD = HEAD_RU + ("Аудиозаписи передаются на серверы нашей аффилированной компании Tidewater Voice Pte. Ltd. "
                               "в Сингапуре для распознавания речи.\n")
RECORDINGS_KEPT = HEAD_RU + "Аудиозаписи обрабатываются на наших серверах в г. Нинбо и не передаются третьим лицам.\n"
DELETED_AFTER = HEAD_RU + "Аудиозаписи удаляются через 30 дней после перевода. Данные учётной записи хранятся до её удаления.\n"
DELETED_WHEN = HEAD_RU + "Аудиозаписи удаляются, когда вы очищаете историю переводов.\n"


def test_recordings_sent_to_an_affiliate_abroad_are_a_transfer_ru() -> None:
    assert verdict(RECORDINGS_ABROAD, "cross-border-mechanism", "ru") == "contravention"
    assert verdict(RECORDINGS_ABROAD, "sharing-separate-consent", "ru") == "contravention"


def test_recordings_kept_at_home_and_not_shared_are_no_transfer_ru() -> None:
    assert verdict(RECORDINGS_KEPT, "cross-border-mechanism", "ru") == "not-applicable"
    assert verdict(RECORDINGS_KEPT, "sharing-separate-consent", "ru") != "contravention"


def test_deletion_after_a_stated_time_is_a_retention_period_ru() -> None:
    assert verdict(DELETED_AFTER, "retention-period", "ru") == "met"


def test_deletion_on_the_person_s_act_states_no_period_ru() -> None:
    assert verdict(DELETED_WHEN, "retention-period", "ru") != "met"
