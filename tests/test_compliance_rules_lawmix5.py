"""Rules from lawmix5's first look at current policies in Russian, Spanish, Azerbaijani and English (issue 15).

Sentences are written for these tests. Each rule has a near miss beside it that must not be judged the same way.
"""
from __future__ import annotations

from datetime import date

from policykg.compliance.engine import judge
from policykg.compliance.model import packaged_requirements
from policykg.compliance.text import PolicyText

TODAY = date(2026, 6, 1)


def verdicts(text: str, lang: str, when: date = TODAY) -> dict:
    policy = PolicyText.from_text(text, language=lang)
    return {j.requirement.key: j.result for j in judge(policy, packaged_requirements(), when)}


def test_latin_american_legal_forms_name_a_foreign_handler() -> None:
    """'SpA' (Chile), 'Ltda.' are legal forms: the handler is named and is established abroad."""
    for name in ("Andes Vinos SpA", "Andes Vinos Ltda."):
        es = (f"{name}, con domicilio en Santiago de Chile, vende a compradores en China continental. "
              "Contacto: privacidad@andes.example.\n")
        r = verdicts(es, "es")
        assert r["handler-identity"].verdict == "met", name
        assert r["overseas-representative"].verdict == "omission", name
    brand = "Andes Vinos, con domicilio en Santiago de Chile, vende en línea. Contacto: privacidad@andes.example.\n"
    assert verdicts(brand, "es")["handler-identity"].verdict == "omission"


def test_representative_in_the_peoples_republic_is_no_prc_handler() -> None:
    """'our representative in the People's Republic of China is X (Shanghai) Co., Ltd.' names where the
    representative is; the handler abroad has one (PIPL 53)."""
    es = ("Andes Vinos SpA, con domicilio en Santiago de Chile, vende a compradores en China continental. "
          "Contacto: privacidad@andes.example.\n"
          "Nuestro representante en la República Popular China es Shanghai Andes Consulting Co., Ltd.\n")
    assert verdicts(es, "es")["overseas-representative"].verdict == "met"
    en = ("Andes Wines SpA, Santiago, Chile, sells to users in China. Contact privacy@andes.example.\n"
          "Our representative in the People's Republic of China is Andes Consulting (Shanghai) Co., Ltd.\n")
    assert verdicts(en, "en")["overseas-representative"].verdict == "met"
    near = ("Andes Vinos SpA, con domicilio en Santiago de Chile, vende a compradores en China continental. "
            "Contacto: privacidad@andes.example.\n"
            "Nuestra oficina de ventas en la República Popular China atiende a distribuidores.\n")
    assert verdicts(near, "es")["overseas-representative"].verdict != "met"


def test_users_living_in_china_do_not_make_the_handler_chinese() -> None:
    az = ("«Kadr» platformasını «Kadr Sosial» MMC (Bakı şəhəri) idarə edir. "
          "Platformadan Azərbaycanda və Çin Xalq Respublikasında yaşayan istifadəçilər istifadə edir. "
          "Əlaqə: support@kadr.example.\n")
    assert verdicts(az, "az")["overseas-representative"].verdict == "omission"
    near = ("Platformanı Çin Xalq Respublikasında qeydiyyatdan keçmiş «Kadr Sosial» Co., Ltd. idarə edir. "
            "Əlaqə: support@kadr.example.\n")
    assert verdicts(near, "az")["overseas-representative"].verdict == "not-applicable"


def test_necessity_and_impact_told_in_plain_words() -> None:
    """'we explain why it is necessary and what effects it has for you' states PIPL 30's notice."""
    es = ("Para compradores en China continental pedimos el número de documento de identidad: antes de pedirlo le "
          "explicamos por qué es necesario y qué efectos tiene para usted, y solicitamos su consentimiento separado.\n")
    assert verdicts(es, "es")["sensitive-pi-consent"].verdict == "met"
    near = "Para compradores en China continental pedimos el número de documento de identidad y solicitamos su consentimiento separado.\n"
    assert verdicts(near, "es")["sensitive-pi-consent"].verdict != "met"
    ru = ("Мы обрабатываем номер паспорта только с вашего отдельного согласия, объясняя, зачем это нужно "
          "и как это повлияет на вас.\n")
    assert verdicts(ru, "ru")["sensitive-pi-consent"].verdict == "met"
    ru_near = "Мы обрабатываем номер паспорта только с вашего отдельного согласия.\n"
    assert verdicts(ru_near, "ru")["sensitive-pi-consent"].verdict != "met"


def test_data_of_people_in_china_held_elsewhere_goes_abroad() -> None:
    es = "Los datos de los compradores en China continental se almacenan en nuestros servidores de Santiago de Chile.\n"
    assert verdicts(es, "es")["cross-border-mechanism"].verdict == "contravention"
    near = "Los datos de los compradores en China continental se almacenan en servidores ubicados en Shanghái.\n"
    assert verdicts(near, "es")["cross-border-mechanism"].verdict != "contravention"


def test_staff_abroad_with_access_to_the_data_receive_it() -> None:
    """Remote access from abroad is provision abroad (CAC practice), whatever server the data sits on."""
    en = ("Data of users in mainland China is stored on servers in Hangzhou. "
          "To provide remote support, our technical support team in Singapore may access your device logs.\n")
    assert verdicts(en, "en")["cross-border-mechanism"].verdict == "contravention"
    en_near = ("Data of users in mainland China is stored on servers in Hangzhou. "
               "Our office in Singapore is closed on public holidays.\n")
    assert verdicts(en_near, "en")["cross-border-mechanism"].verdict == "not-applicable"
    ru = "Сотрудники службы поддержки в Сингапуре могут получать доступ к журналам вашего устройства.\n"
    assert verdicts(ru, "ru")["cross-border-mechanism"].verdict == "contravention"
    ru_near = "Сотрудники службы поддержки в Москве могут получать доступ к журналам вашего устройства.\n"
    assert verdicts(ru_near, "ru")["cross-border-mechanism"].verdict != "contravention"


def test_servers_named_abroad_hold_the_data() -> None:
    az = "Platformadan Çində yaşayan istifadəçilər də istifadə edir. Məlumatlarınız Almaniyada yerləşən serverlərdə saxlanılır.\n"
    assert verdicts(az, "az")["cross-border-mechanism"].verdict == "contravention"
    az_near = "Platformadan Çində yaşayan istifadəçilər də istifadə edir. Məlumatlarınız Azərbaycanda yerləşən serverlərdə saxlanılır.\n"
    assert verdicts(az_near, "az")["cross-border-mechanism"].verdict != "contravention"


def test_such_transfers_carry_on_the_transfer_just_described() -> None:
    """'Para esta transferencia hemos celebrado el contrato estándar de la CAC' gives the route of the transfer of
    the sentence before; a route named for nothing said to go abroad is not one."""
    es = ("Los datos de los compradores en China continental se almacenan en nuestros servidores de Santiago de Chile. "
          "Para esta transferencia hemos celebrado el contrato estándar de la Administración del Ciberespacio de China.\n")
    assert verdicts(es, "es")["cross-border-mechanism"].verdict == "met"
    en = ("To provide remote support, our team in Singapore may access your device logs. "
          "We protect such transfers with standard contractual clauses.\n")
    r = verdicts(en, "en")["cross-border-mechanism"]
    assert r.verdict == "contravention"
    near = ("We keep your data on servers in Hangzhou. "
            "Such transfers are described in our terms.\n")
    assert verdicts(near, "en")["cross-border-mechanism"].verdict == "not-applicable"


def test_azerbaijani_cookie_banner_deems_consent_by_use() -> None:
    az = "Saytımızdan istifadə etməklə kukilərin istifadəsinə razılıq vermiş olursunuz.\n"
    assert verdicts(az, "az")["consent-by-use"].verdict == "contravention"
    near = "Kukilərin istifadəsinə razılıq vermək üçün «Qəbul edirəm» düyməsini klikləyin.\n"
    assert verdicts(near, "az")["consent-by-use"].verdict != "contravention"


def test_face_pictures_analysed_are_sensitive() -> None:
    az = "Üz effektləri üçün üzünüzün şəklini serverlərimizdə emal edirik və yaşınızı təxmin edirik.\n"
    assert verdicts(az, "az")["sensitive-pi-consent"].verdict == "contravention"
    az_near = "Profil şəklinizi serverlərimizdə saxlayırıq.\n"
    assert verdicts(az_near, "az")["sensitive-pi-consent"].verdict == "not-applicable"
    en = "We process photos of your face to estimate your age.\n"
    assert verdicts(en, "en")["sensitive-pi-consent"].verdict == "contravention"
    en_near = "We store the profile photo you upload.\n"
    assert verdicts(en_near, "en")["sensitive-pi-consent"].verdict == "not-applicable"


def test_russian_identity_card_number_is_sensitive() -> None:
    ru = "Для проверки реального имени мы обрабатываем ФИО и номер удостоверения личности.\n"
    assert verdicts(ru, "ru")["sensitive-pi-consent"].verdict == "contravention"
    near = "Для входа мы обрабатываем ФИО и адрес электронной почты.\n"
    assert verdicts(near, "ru")["sensitive-pi-consent"].verdict == "not-applicable"


def test_azerbaijani_feed_from_what_you_watched_is_personalised() -> None:
    az = "Baxış tarixçənizə və bəyənmələrinizə əsasən sizə fərdi video lentini təqdim edirik.\n"
    assert verdicts(az, "az")["automated-decision"].verdict == "contravention"
    near = "Videolar yüklənmə tarixinə görə lentdə göstərilir.\n"
    assert verdicts(near, "az")["automated-decision"].verdict == "not-applicable"


def test_russian_impersonal_mozhno_offers_the_user_a_way() -> None:
    ru = ("Вы вправе запросить доступ к своим данным, их исправление или удаление, а также отозвать согласие, "
          "написав на privacy@game.example. Удалить учетную запись можно в разделе «Настройки».\n")
    assert verdicts(ru, "ru")["rights-exercise"].verdict == "met"
    near = ("Вы вправе запросить доступ к своим данным, их исправление или удаление, а также отозвать согласие, "
            "написав на privacy@game.example. Учетная запись удаляется через 3 года бездействия.\n")
    assert verdicts(near, "ru")["rights-exercise"].verdict == "omission"


def test_opt_out_in_settings_named_after_personalisation() -> None:
    en = ("We send personalised product recommendations based on how you use your devices. "
          "You can opt out in Settings > Privacy > Personalised recommendations.\n")
    assert verdicts(en, "en")["automated-decision"].verdict == "met"
    near = ("We send personalised product recommendations based on how you use your devices. "
            "You can opt out in Settings > Notifications.\n")
    assert verdicts(near, "en")["automated-decision"].verdict == "contravention"


def test_table_rows_under_why_we_collect_state_purposes() -> None:
    en = ("| Data | Why we collect it |\n| Account data: email address, phone number | to create and secure your account |\n")
    assert verdicts(en, "en")["processing-scope"].verdict == "met"
    near = ("| Data | Examples |\n| Account data: email address, phone number | to the extent you provide them |\n")
    assert verdicts(near, "en")["processing-scope"].verdict != "met"


def test_use_deemed_consent_to_disclosure_to_partners_is_bundled() -> None:
    en = ("We collect your e-mail address to create your account.\n"
          "Your download and use of the app shall be deemed that you have expressly provided your consent to the "
          "disclosure of personal information to our partners.\n")
    assert verdicts(en, "en")["bundled-consent"].verdict == "contravention"
    near = ("We collect your e-mail address to create your account.\n"
            "Your download and use of the app shall be deemed that you have consented to this policy.\n")
    r = verdicts(near, "en")
    assert r["bundled-consent"].verdict != "contravention"
    assert r["consent-by-use"].verdict == "contravention"
