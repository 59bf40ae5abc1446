"""Rules from lawmix7 (issue 15): verdict cue gaps evid3 left on own-written en/ru/az/es policies and lawmix7's
own fresh batches. Sentences are written for these tests; each rule has a near miss beside it."""
from __future__ import annotations

from datetime import date

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


HANDLER_KZ = "Оператор: ТОО «Степь Маркет» (БИН 190540012345), г. Алматы. Почта: pd@step.example.\n"


def test_kazakh_llp_is_a_named_handler_abroad_ru() -> None:
    """'ТОО «…»' / 'Товарищество с ограниченной ответственностью' names a legal entity outside the PRC."""
    assert verdict(HANDLER_KZ + "Мы продаём товары.\n", "ru", "handler-identity") == "met"
    near = "Оператор: магазин «Степь Маркет», г. Алматы. Почта: pd@step.example.\nМы продаём товары.\n"
    assert verdict(near, "ru", "handler-identity") == "omission"
    ru = HANDLER_KZ + "Данные покупателей из Китая обрабатываются на серверах Платформы в Алматы.\n"
    assert verdict(ru, "ru", "overseas-representative") == "omission"


def test_other_purposes_not_prohibited_by_law_is_open_scope() -> None:
    """'в иных целях, не запрещённых законодательством' / 'any other purpose not prohibited by law' leave purposes open;
    a sentence on prohibited conduct does not."""
    ru = HANDLER_KZ + ("Мы обрабатываем данные для исполнения заказов и доставки, а также в иных целях, не запрещённых "
                       "законодательством Республики Казахстан.\n")
    assert verdict(ru, "ru", "processing-scope") == "contravention"
    ru_near = HANDLER_KZ + ("Мы обрабатываем данные для исполнения заказов и доставки. Запрещается размещать на "
                            "Платформе товары, нарушающие закон.\n")
    assert verdict(ru_near, "ru", "processing-scope") != "contravention"
    en = HANDLER_EN + ("We use your data to process bookings and for any other purposes not prohibited by "
                       "applicable law.\n")
    assert verdict(en, "en", "processing-scope") == "contravention"


def test_retention_period_in_words_ru() -> None:
    """'хранятся пять лет после последнего заказа' states a period; 'хранятся на серверах' does not."""
    ru = HANDLER_KZ + "Сведения о заказах хранятся пять лет после последнего заказа, после чего удаляются.\n"
    assert verdict(ru, "ru", "retention-period") == "met"
    near = HANDLER_KZ + "Сведения о заказах хранятся на серверах Оператора.\n"
    assert verdict(near, "ru", "retention-period") != "met"


def test_consent_no_condition_of_registering() -> None:
    """'Согласие на рассылки не является условием регистрации' / 'is not a condition of registering' unbundle;
    'razılıq verməsəniz, qeydiyyat mümkün deyil' (az) bundles."""
    ru = HANDLER_KZ + ("Согласие на рассылки не является условием регистрации, а отказ от него не влияет на "
                       "возможность совершать покупки.\n")
    assert verdict(ru, "ru", "bundled-consent") == "met"
    en = HANDLER_EN + "Consent to marketing e-mails is not a condition of registering.\n"
    assert verdict(en, "en", "bundled-consent") == "met"
    az = HANDLER_AZ + ("Qeydiyyat üçün siz marketinq bildirişlərinin alınmasına razılıq verməlisiniz; razılıq "
                       "verməsəniz, qeydiyyat mümkün deyil.\n")
    assert verdict(az, "az", "bundled-consent") == "contravention"
    az_near = HANDLER_AZ + "Marketinq bildirişlərinə razılıq verməsəniz, sizə təkliflər göndərməyəcəyik.\n"
    assert verdict(az_near, "az", "bundled-consent") != "contravention"


def test_company_rights_and_interests_az() -> None:
    """'şirkətin hüquqlarını və maraqlarını qorumaq üçün ... razılığınız olmadan' is outside the GB/T list."""
    az = HANDLER_AZ + ("Şirkətin hüquqlarını və maraqlarını qorumaq üçün məlumatlarınızı razılığınız olmadan üçüncü "
                       "şəxslərə açıqlaya bilərik.\n")
    assert verdict(az, "az", "gbt-sharing-exceptions") == "contravention"
    near = HANDLER_AZ + "Qanunvericiliyin tələbi ilə məlumatlarınızı razılığınız olmadan məhkəməyə açıqlaya bilərik.\n"
    assert verdict(near, "az", "gbt-sharing-exceptions") != "contravention"


def test_neighbour_without_consent_gives_no_consent_before_pipl() -> None:
    """Before PIPL a provision to ad partners beside 'we may disclose it to a court without your consent' has no consent;
    beside 'we ask your consent first' it has."""
    when = date(2020, 10, 5)
    az = HANDLER_AZ + ("Məlumatlarınızı reklam şirkətlərinə, sizə öz təkliflərini göndərmələri üçün ötürə bilərik.\n"
                       "Qanunvericiliyin tələbi ilə məlumatlarınızı razılığınız olmadan məhkəməyə açıqlaya bilərik.\n")
    assert verdict(az, "az", "sharing-separate-consent", when) == "contravention"
    ru = HANDLER_RU + ("Мы можем передавать ваши данные рекламным партнёрам для направления их предложений.\n"
                       "Мы можем раскрыть данные без вашего согласия по запросу суда в случаях, предусмотренных законом.\n")
    assert verdict(ru, "ru", "sharing-separate-consent", when) == "contravention"
    ru_near = HANDLER_RU + ("Мы можем передавать ваши данные рекламным партнёрам для направления их предложений.\n"
                            "Такая передача осуществляется только с вашего согласия.\n")
    assert verdict(ru_near, "ru", "sharing-separate-consent", when) != "contravention"


def test_personalised_offers_az_and_tailored_offers_en() -> None:
    """'fərdi otel ... təklifləri göstəririk' is personalisation (no way to decline: contravention); 'turn off
    tailored offers' declines it."""
    az = HANDLER_AZ + "Axtarış tarixçənizə əsasən sizə fərdi otel və ekskursiya təklifləri göstəririk.\n"
    assert verdict(az, "az", "automated-decision") == "contravention"
    az_near = HANDLER_AZ + "Fərdi məlumatlarınızı yalnız sifariş üçün istifadə edirik.\n"
    assert verdict(az_near, "az", "automated-decision") != "contravention"
    en = HANDLER_EN + ("We use your purchase history to tailor offers to you. You can turn off tailored offers at any "
                       "time under Settings > Privacy.\n")
    assert verdict(en, "en", "automated-decision") == "met"
    en_near = HANDLER_EN + "We use your purchase history to show you personalised offers.\n"
    assert verdict(en_near, "en", "automated-decision") == "contravention"


def test_public_leaderboards_and_view_your_information_en() -> None:
    """'appear on public leaderboards' discloses to the public; 'You can view your account information' is access."""
    en = HANDLER_EN + "Your nickname and ranking appear on public leaderboards and can be seen by anyone.\n"
    assert verdict(en, "en", "public-disclosure") == "contravention"
    near = HANDLER_EN + "Your nickname and ranking appear on your friends' leaderboard only.\n"
    assert verdict(near, "en", "public-disclosure") != "contravention"
    rights = HANDLER_EN + ("You can view your account information under Settings > Account. You can ask us to correct "
                           "or delete your information, or withdraw consent, at privacy@harbourline.example. You can "
                           "delete your account under Settings > Account.\n")
    assert verdict(rights, "en", "rights-exercise") == "met"
