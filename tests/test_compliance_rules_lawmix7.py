"""Rules from lawmix7 (issue 15): verdict cue gaps evid3 left on own-written en/ru/az/es policies and lawmix7's
own fresh batches. Sentences are written for these tests; each rule has a near miss beside it."""
from __future__ import annotations

from compliance_judging import verdict

HANDLER_EN = "Harbourline Parking Ltd, 4 Dock Street, Leeds, United Kingdom. Contact: privacy@harbourline.example.\n"
HANDLER_RU = "Оператор: ООО «Волга Фит», г. Казань. Почта: pd@volgafit.example.\n"
HANDLER_AZ = "Operator: «Xəzər Kitab» MMC, Bakı şəhəri. Əlaqə: info@xezerkitab.example.\n"
HANDLER_ES = "Responsable: Andes Viajes S.A.S., Bogotá, Colombia. Correo: datos@andesviajes.example.\n"


def test_users_from_china_on_servers_at_home_is_a_transfer() -> None:
    """Data of users from China held on the handler's servers in Kazan/Baku/Leeds/Bogotá leave China; the same
    on servers in China do not."""
    ru = HANDLER_RU + "Данные пользователей из Китая обрабатываются на серверах Оператора в Казани.\n"
    assert verdict(ru, "ru", "cross-border-mechanism") == "contravention"
    ru_near = HANDLER_RU + "Данные пользователей из Китая обрабатываются на серверах в Китае.\n"
    assert verdict(ru_near, "ru", "cross-border-mechanism") != "contravention"
    az = HANDLER_AZ + "Çində yaşayan istifadəçilərin məlumatları Bakıdakı serverlərimizdə saxlanılır.\n"
    assert verdict(az, "az", "cross-border-mechanism") == "contravention"
    az_near = HANDLER_AZ + "Çində yaşayan istifadəçilərin məlumatları Çindəki serverlərdə saxlanılır.\n"
    assert verdict(az_near, "az", "cross-border-mechanism") != "contravention"
    en = HANDLER_EN + "Information of customers in mainland China is stored on our servers in Leeds.\n"
    assert verdict(en, "en", "cross-border-mechanism") == "contravention"
    en_near = HANDLER_EN + "Information of customers in mainland China is stored on our servers in Shanghai.\n"
    assert verdict(en_near, "en", "cross-border-mechanism") != "contravention"
    es = HANDLER_ES + "Los datos de los turistas de China se guardan en nuestros servidores en Bogotá.\n"
    assert verdict(es, "es", "cross-border-mechanism") == "contravention"
    es_near = HANDLER_ES + "Los datos de los turistas de China se guardan en nuestros servidores en China.\n"
    assert verdict(es_near, "es", "cross-border-mechanism") != "contravention"


def test_sent_from_china_to_servers_elsewhere_en() -> None:
    """'sent from our partner in Shenzhen to our servers in the United Kingdom' is a transfer out of China."""
    en = HANDLER_EN + ("For parking in mainland China, your plate number is sent from our partner in Shenzhen to our "
                       "servers in the United Kingdom.\n")
    assert verdict(en, "en", "cross-border-mechanism") == "contravention"
    near = HANDLER_EN + ("For parking in mainland China, your plate number is sent from our partner in Shenzhen to our "
                         "servers in Shenzhen.\n")
    assert verdict(near, "en", "cross-border-mechanism") != "contravention"


def test_not_intended_for_anyone_under_17_en() -> None:
    """A service kept from everyone under 17 is not offered to children under 14; under 13 sets a low threshold."""
    en = HANDLER_EN + "You can book parking in our app. The app is for drivers and is not intended for anyone under 17.\n"
    assert verdict(en, "en", "minors") == "not-applicable"
    near = HANDLER_EN + "You can book parking in our app. The app is not intended for anyone under 13.\n"
    assert verdict(near, "en", "minors") != "not-applicable"


def test_right_to_access_in_a_list_en_and_object_first_az() -> None:
    """'the right to access, rectify, erase ...' (en) and 'Məlumatlarınıza baxa, ... silə bilərsiniz' (az)."""
    en = HANDLER_EN + ("You have the right to access, rectify and erase your data and to withdraw consent. "
                       "Email privacy@harbourline.example. You can close your account in the app under Account.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    near = HANDLER_EN + ("You have the right to rectify and erase your data and to withdraw consent. We control "
                         "access to our premises. You can close your account in the app under Account.\n")
    assert verdict(near, "en", "rights-exercise") == "omission"
    az = HANDLER_AZ + ("Məlumatlarınıza baxa, onları düzəldə və silə, razılığınızı geri götürə bilərsiniz.\n"
                       "Hesabı «Profil – Hesabı sil» bölməsində silə bilərsiniz.\n")
    assert verdict(az, "az", "rights-exercise") == "met"
    az_near = HANDLER_AZ + ("Məlumatlarınızı düzəldə, razılığınızı geri götürə bilərsiniz.\n"
                            "Hesabı «Profil – Hesabı sil» bölməsində silə bilərsiniz.\n")
    assert verdict(az_near, "az", "rights-exercise") == "omission"


def test_handler_provided_by_a_foreign_company_named_we_en() -> None:
    """'provided by X Pte. Ltd. ... ("X", "we")' is the handler, abroad; 'provided by' a vendor is not."""
    en = ("StudyNest is provided by Nestwise Learning Pte. Ltd., 1 Raffles Place, Singapore (\"Nestwise\", \"we\"). "
          "Contact: dpo@nestwise.example.\nStudyNest is available to users in mainland China.\n"
          "Information of users in mainland China is transferred to Singapore.\n")
    assert verdict(en, "en", "overseas-representative") == "omission"
    near = ("Contact: dpo@nestwise.example.\nOur chat feature is provided by Talkbox Pte. Ltd., a vendor in Singapore.\n"
            "Information of users in mainland China is transferred to Singapore.\n")
    assert verdict(near, "en", "overseas-representative") != "omission"
