"""Rules from lawmix7 (issue 15): verdict cue gaps evid3 left on own-written en/ru/az/es policies and lawmix7's
own fresh batches. Sentences are written for these tests; each rule has a near miss beside it."""
from __future__ import annotations

from datetime import date

from compliance_judging import verdict, verdicts

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


HANDLER_MX = "Responsable: Tienda Sol, S. de R.L. de C.V., Ciudad de México. Correo: datos@tiendasol.example.\n"


def test_orders_from_china_on_servers_in_baku_az_ru() -> None:
    """'Çindən edilən sifarişlərin məlumatları ... Bakıdakı serverlərində' / 'заказов из Китая ... на серверах в Москве'
    leave China; on servers in China they do not."""
    az = HANDLER_AZ + "Çindən edilən sifarişlərin məlumatları saytımızın Bakıdakı serverlərində saxlanılır.\n"
    assert verdict(az, "az", "cross-border-mechanism") == "contravention"
    az_near = HANDLER_AZ + "Çindən edilən sifarişlərin məlumatları Şanxaydakı serverlərdə saxlanılır.\n"
    assert verdict(az_near, "az", "cross-border-mechanism") != "contravention"
    ru = HANDLER_RU + "Данные заказов из Китая хранятся на серверах в Москве.\n"
    assert verdict(ru, "ru", "cross-border-mechanism") == "contravention"
    ru_near = HANDLER_RU + "Данные заказов из Китая хранятся на серверах в Пекине.\n"
    assert verdict(ru_near, "ru", "cross-border-mechanism") != "contravention"


def test_az_joint_stock_company_serving_tourists_from_china() -> None:
    """An 'Açıq Səhmdar Cəmiyyəti' in Baku serving 'Çin Xalq Respublikasından gələn turistlər' is a handler abroad."""
    az = ("«Xəzər Rabitə» Açıq Səhmdar Cəmiyyəti (Bakı). Əlaqə: info@xezer.example.\n"
          "SIM kartları Çin Xalq Respublikasından gələn turistlər sifariş edir.\n"
          "Çindən edilən sifarişlərin məlumatları Bakıdakı serverlərdə saxlanılır.\n")
    assert verdict(az, "az", "overseas-representative") == "omission"
    near = ("«Xəzər Rabitə» Açıq Səhmdar Cəmiyyəti (Bakı). Əlaqə: info@xezer.example.\n"
            "SIM kartları Azərbaycana gələn turistlər sifariş edir.\n")
    assert verdict(near, "az", "overseas-representative") != "omission"


def test_without_consent_in_the_sentence_is_no_consent() -> None:
    """'... коллекторским агентствам без согласия клиента' (GB/T 2017) and 'sin su consentimiento ... defensa de un
    derecho en un proceso judicial' share without consent; the same with consent do not."""
    when = date(2019, 6, 3)
    ru = HANDLER_RU + "Банк вправе передавать сведения о задолженности клиента коллекторским агентствам без согласия клиента.\n"
    assert verdict(ru, "ru", "gbt-sharing-exceptions", when) == "contravention"
    ru_near = HANDLER_RU + "Банк передаёт сведения о задолженности клиента коллекторским агентствам только с согласия клиента.\n"
    assert verdict(ru_near, "ru", "gbt-sharing-exceptions", when) != "contravention"
    es = HANDLER_MX + ("Podremos transferir sus datos sin su consentimiento cuando así lo exija una ley, o cuando sea "
                       "necesario para el reconocimiento, ejercicio o defensa de un derecho en un proceso judicial.\n")
    assert verdict(es, "es", "legal-basis") == "contravention"
    assert verdict(es, "es", "gbt-sharing-exceptions") == "contravention"
    es_near = HANDLER_MX + "Podremos transferir sus datos sin su consentimiento cuando así lo exija una ley o un juez.\n"
    assert verdict(es_near, "es", "legal-basis") != "contravention"


def test_couriers_without_consent_and_purpose_labels_es() -> None:
    """'compartimos su nombre ... con las empresas de paquetería' + 'no requieren su consentimiento' is provision without
    consent; 'Finalidades primarias: ...' states purposes; S. de R.L. de C.V. is a legal entity."""
    es = HANDLER_MX + ("Para entregar sus pedidos, compartimos su nombre, teléfono y domicilio con las empresas de "
                       "paquetería que elija. Estas transferencias no requieren su consentimiento.\n")
    assert verdict(es, "es", "sharing-separate-consent") == "contravention"
    near = HANDLER_MX + ("Para entregar sus pedidos, compartimos su nombre, teléfono y domicilio con las empresas de "
                         "paquetería que elija, con su consentimiento expreso y por separado.\n")
    assert verdict(near, "es", "sharing-separate-consent") != "contravention"
    scope = HANDLER_MX + "Finalidades primarias: crear su cuenta; procesar sus pedidos; emitir facturas.\n"
    assert verdict(scope, "es", "processing-scope") == "met"
    assert verdict(scope, "es", "handler-identity") == "met"
    no_scope = HANDLER_MX + "III. Finalidades del tratamiento\n"
    assert verdict(no_scope, "es", "processing-scope") == "omission"


def test_changes_new_purposes_ask_again_and_breach_notice_es_az() -> None:
    """'se lo solicitaremos antes de tratar sus datos' asks new consent; 'vulneración de seguridad ... se lo
    informaremos' and az 'sızması baş verərsə ... məlumat verəcəyik' notify the person."""
    es = HANDLER_MX + ("Cualquier cambio a este aviso se publicará en nuestro sitio. Cuando el cambio implique nuevas "
                       "finalidades, se lo solicitaremos antes de tratar sus datos para ellas.\n")
    assert verdict(es, "es", "policy-changes") == "met"
    es_near = HANDLER_MX + "Cualquier cambio a este aviso se publicará en nuestro sitio.\n"
    assert verdict(es_near, "es", "policy-changes") == "contravention"
    es_inc = HANDLER_MX + "Si ocurre una vulneración de seguridad que afecte sus derechos, se lo informaremos por correo.\n"
    assert verdict(es_inc, "es", "incident-notification") == "met"
    az = HANDLER_AZ + "Məlumat sızması baş verərsə, bu barədə sizə SMS vasitəsilə məlumat verəcəyik.\n"
    assert verdict(az, "az", "incident-notification") == "met"
    az_near = HANDLER_AZ + "Məlumat sızmasının qarşısını almaq üçün şifrələmədən istifadə edirik.\n"
    assert verdict(az_near, "az", "incident-notification") == "omission"


def test_bank_rights_in_152fz_wording_and_az_object_first_correction() -> None:
    """'получить информацию, касающуюся обработки' is access; 'закрыть доступ к интернет-банку' closes the account;
    az 'onları düzəltmək' is correction."""
    ru = HANDLER_RU + ("Субъект вправе получить информацию, касающуюся обработки его персональных данных, требовать их "
                       "уточнения или уничтожения, а также отозвать согласие.\n"
                       "Клиент может закрыть доступ к интернет-банку, обратившись в офис.\n")
    assert verdict(ru, "ru", "rights-exercise") == "met"
    ru_near = HANDLER_RU + ("Субъект вправе требовать уточнения персональных данных или их уничтожения, а также отозвать "
                            "согласие.\nКлиент может закрыть доступ к интернет-банку, обратившись в офис.\n")
    assert verdict(ru_near, "ru", "rights-exercise") == "omission"
    az = HANDLER_AZ + ("Məlumatlarınızın surətini almaq, onları düzəltmək və ya silmək, razılığınızı geri götürmək üçün "
                       "info@xezerkitab.example ünvanına yazın. Hesabınızı «Hesabım – Hesabı sil» bölməsində silə bilərsiniz.\n")
    assert verdict(az, "az", "rights-exercise") == "met"


def test_separate_consent_with_reasons_elsewhere_az() -> None:
    """Passport data with 'ayrıca razılıq' and 'nə üçün lazım olduğunu ... izah edirik' meet PIPL 28-30."""
    az = HANDLER_AZ + ("Sifariş zamanı pasportunuzun nömrəsini toplayırıq.\n"
                       "Sifariş səhifəsində sizdən pasport məlumatlarının emalına ayrıca razılıq istəyirik və onların nə "
                       "üçün lazım olduğunu və verilmədikdə SIM kartın aktivləşdirilə bilməyəcəyini izah edirik.\n")
    assert verdict(az, "az", "sensitive-pi-consent") == "met"
    near = HANDLER_AZ + ("Sifariş zamanı pasportunuzun nömrəsini toplayırıq.\n"
                         "Sifariş səhifəsində sizdən pasport məlumatlarının emalına ayrıca razılıq istəyirik.\n")
    assert verdict(near, "az", "sensitive-pi-consent") == "contravention"


def test_the_app_is_provided_by_its_handler_en() -> None:
    """'X App (the "App") is provided by Y Co., Ltd.' names the handler; a feature provided by a vendor does not."""
    en = ("Lumo Camera App (the \"App\") is provided by Shenzhen Lumo Technology Co., Ltd.\n"
          "Questions can be sent to privacy@lumo.example.\n")
    assert verdict(en, "en", "handler-identity") == "met"
    near = ("Our chat feature is provided by Talkbox Co., Ltd., a vendor.\nQuestions can be sent to privacy@lumo.example.\n")
    assert verdict(near, "en", "handler-identity") == "omission"


def test_rights_as_instructions_and_edit_delete_en() -> None:
    """'To request a copy ..., or to withdraw your consent, email ...', 'edit your profile', 'delete recordings'."""
    en = HANDLER_EN + ("You can view and edit your profile in the App. You can delete recordings and face data at any "
                       "time. To request a copy of your information, or to withdraw your consent, email "
                       "privacy@harbourline.example. You can cancel your account under Settings.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    near = HANDLER_EN + ("You can view your profile in the App. We delete recordings after 30 days. We keep a copy of "
                         "your information. You can cancel your account under Settings.\n")
    assert verdict(near, "en", "rights-exercise") == "omission"


def test_if_we_find_a_child_we_delete_en() -> None:
    """'not intended for children' + 'If we find that we have collected ... a child under 14 ... we will delete it'."""
    en = HANDLER_EN + ("The App is not intended for children. If we find that we have collected information of a child "
                       "under 14 without the consent of a parent or guardian, we will delete it.\n")
    assert verdict(en, "en", "minors") == "met"
    near = HANDLER_EN + "The App is not intended for children. Children under 14 may use the App with a parent.\n"
    assert verdict(near, "en", "minors") != "met"


def test_users_in_other_countries_stored_abroad_is_no_transfer_from_china() -> None:
    """A PRC handler keeping data of users in other countries in Frankfurt sends nothing out of China; data of users
    in mainland China stored in Frankfurt do leave it."""
    en = ("Shenzhen Lumo Technology Co., Ltd., Shenzhen. Contact: privacy@lumo.example.\n"
          "Information of users in mainland China is stored on servers in mainland China.\n"
          "Information of users in other countries is stored on servers in Frankfurt, Germany.\n")
    assert verdict(en, "en", "cross-border-mechanism") == "not-applicable"
    near = ("Shenzhen Lumo Technology Co., Ltd., Shenzhen. Contact: privacy@lumo.example.\n"
            "Information of all users is stored on servers in Frankfurt, Germany.\n")
    assert verdict(near, "en", "cross-border-mechanism") == "contravention"
    ru = (HANDLER_RU + "Данные пользователей из других стран хранятся на серверах во Франкфурте, за рубежом.\n")
    assert verdict(ru, "ru", "cross-border-mechanism") == "not-applicable"


def test_separate_consent_to_the_transfer_in_the_consent_clause_ru() -> None:
    """'... и отдельно — согласие на передачу данных в Узбекистан' with the recipient's contact meets PIPL 39."""
    head = ("Оператор: МЧЖ «Самарканд Тур», г. Самарканд, Республика Узбекистан. Почта: pd@samtur.example.\n")
    ru = head + ("Перед отправкой заявки вы отдельно отмечаете согласие на обработку паспортных данных и отдельно — "
                 "согласие на передачу данных в Узбекистан.\n"
                 "Режим работы офиса: с 9 до 18 часов.\n"
                 "Данные туристов из Китая передаются из КНР в Узбекистан и хранятся на серверах в Ташкенте.\n"
                 "Получатель за рубежом: МЧЖ «Самарканд Тур», контактные данные получателя — pd@samtur.example.\n")
    assert verdict(ru, "ru", "cross-border-consent") == "met"
    near = head + ("Перед отправкой заявки вы отдельно отмечаете согласие на обработку паспортных данных.\n"
                   "Режим работы офиса: с 9 до 18 часов.\n"
                   "Данные туристов из Китая передаются из КНР в Узбекистан и хранятся на серверах в Ташкенте.\n"
                   "Получатель за рубежом: МЧЖ «Самарканд Тур», контактные данные получателя — pd@samtur.example.\n")
    assert verdict(near, "ru", "cross-border-consent") == "contravention"


def test_inline_legal_requirement_outside_the_2017_list_en() -> None:
    """Before 2020-10, 'without your consent where required by laws and regulations' is outside GB/T 2017 §8.5;
    national security and criminal investigations alone are inside it."""
    when = date(2020, 3, 1)
    en = HANDLER_EN + ("We may share or disclose your personal information without your consent where required by laws "
                       "and regulations, for national security or for criminal investigations.\n")
    assert verdict(en, "en", "gbt-sharing-exceptions", when) == "contravention"
    near = HANDLER_EN + ("We may share or disclose your personal information without your consent for national security "
                         "or for criminal investigations.\n")
    assert verdict(near, "en", "gbt-sharing-exceptions", when) != "contravention"


def test_personalised_promotions_that_cannot_be_turned_off_es() -> None:
    """'promociones personalizadas' that 'no puede desactivarse' leave no way to decline."""
    es = HANDLER_ES + ("Con base en sus viajes le mostramos promociones personalizadas dentro de la aplicación. "
                       "Esta función no puede desactivarse.\n")
    assert verdict(es, "es", "automated-decision") == "contravention"
    near = HANDLER_ES + ("Con base en sus viajes le mostramos promociones personalizadas. Puede desactivar las "
                         "promociones personalizadas en Configuración.\n")
    assert verdict(near, "es", "automated-decision") == "met"


def test_not_intended_for_children_under_14_only_restates_the_threshold_en() -> None:
    """'not intended for children under 14' leaves what happens to them open (omission without a removal rule);
    'not intended for anyone under 16' keeps them out."""
    en = HANDLER_EN + "You can shop in our app. The app is not intended for children under 14.\n"
    assert verdict(en, "en", "minors") == "omission"
    sixteen = HANDLER_EN + "You can shop in our app. The app is not intended for anyone under 16.\n"
    assert verdict(sixteen, "en", "minors") == "not-applicable"


def test_registering_deems_consent_and_adults_only_az() -> None:
    """'Qeydiyyatdan keçməklə ... razılaşırsınız' deems consent; 'yalnız 18 yaşı tamam olmuş şəxslər' is adults only."""
    az = HANDLER_AZ + "Qeydiyyatdan keçməklə siz bu Siyasətin bütün şərtləri ilə razılaşırsınız.\n"
    assert verdict(az, "az", "consent-by-use") == "contravention"
    near = HANDLER_AZ + "Qeydiyyat zamanı «Razıyam» düyməsini sıxaraq razılığınızı verirsiniz.\n"
    assert verdict(near, "az", "consent-by-use") != "contravention"
    adults = HANDLER_AZ + "Tətbiqdən yalnız 18 yaşı tamam olmuş şəxslər istifadə edə bilər.\n"
    assert verdict(adults, "az", "minors") == "not-applicable"


def test_school_wording_ru() -> None:
    """'для иных целей' (genitive) is open scope; kept 'пока Школа ведёт деятельность' is no period; published 'на
    наших страницах в социальных сетях' is public disclosure; pupils from China kept in Novosibirsk leave China."""
    head = "Оператор — ООО «Лингва Плюс», г. Новосибирск. Почта: hello@lingva.example.\n"
    ru = head + ("Данные используются для проведения уроков, а также для иных целей, связанных с деятельностью Школы.\n"
                 "Данные учеников хранятся, пока Школа ведёт деятельность.\n"
                 "Записи уроков могут публиковаться на наших страницах в социальных сетях.\n"
                 "Профили учеников из Китая хранятся в облачном хранилище Школы в Новосибирске.\n")
    v = verdicts(ru, "ru")
    assert v["processing-scope"].verdict == "contravention"
    assert v["retention-period"].verdict == "contravention"
    assert v["public-disclosure"].verdict == "contravention"
    assert v["cross-border-mechanism"].verdict == "contravention"
    assert v["overseas-representative"].verdict == "omission"
    near = head + ("Данные используются только для проведения уроков.\n"
                   "Данные учеников хранятся три года после окончания обучения.\n"
                   "Записи уроков доступны только ученику в личном кабинете.\n"
                   "Профили учеников из Китая хранятся в облачном хранилище в Пекине.\n")
    w = verdicts(near, "ru")
    assert w["processing-scope"].verdict != "contravention"
    assert w["retention-period"].verdict == "met"
    assert w["public-disclosure"].verdict == "not-applicable"
    assert w["cross-border-mechanism"].verdict != "contravention"


def test_item_under_a_sharing_heading_opening_with_its_recipient() -> None:
    """'6. Кому мы передаём данные' / 'Партнёрским школам ... — сведения об успеваемости' provides data; an item
    under a heading that provides nothing does not."""
    head = "Оператор — ООО «Лингва Плюс», г. Новосибирск. Почта: hello@lingva.example.\n"
    ru = head + ("6. Кому мы передаём данные\n"
                 "Партнёрским школам и агентам, которые привлекли ученика, — сведения об успеваемости ученика.\n")
    assert verdict(ru, "ru", "sharing-separate-consent") == "contravention"
    near = head + ("6. Наши партнёры\n"
                   "Партнёрским школам и агентам, которые привлекли ученика, мы выплачиваем вознаграждение.\n")
    assert verdict(near, "ru", "sharing-separate-consent") != "contravention"


def test_ask_us_to_delete_it_en() -> None:
    """'ask us to delete it' is a way to delete; 'we delete it after 30 days' is retention."""
    en = HANDLER_EN + ("You can access and correct your information in the app, ask us to delete it, and withdraw your "
                       "consent at any time. You can close your account under Settings.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    near = HANDLER_EN + ("You can access and correct your information in the app and withdraw your consent at any time. "
                         "We delete it after 30 days. You can close your account under Settings.\n")
    assert verdict(near, "en", "rights-exercise") == "omission"


def test_foreign_handler_named_beside_prc_documents_and_the_cac() -> None:
    """'номер удостоверения личности КНР' (ru) and 'Çinin Kiberməkan İdarəsinin standart müqaviləsi' (az) name no PRC
    seat: a KZ/AZ handler serving people in China still needs a representative; a handler in Urumqi does not."""
    ru = ("Оператор: ТОО «Хоргос Экспресс» (Казахстан). Почта: data@khorgos.example.\n"
          "У отправителей в Китае мы собираем ФИО и номер удостоверения личности КНР.\n"
          "Данные отправителей из Китая обрабатываются на серверах в Алматы.\n")
    assert verdict(ru, "ru", "overseas-representative") == "omission"
    ru_near = ("Оператор: ООО «Синьцзян Экспресс», КНР, г. Урумчи. Почта: data@xj.example.\n"
               "Мы собираем ФИО и номер удостоверения личности отправителя.\n")
    assert verdict(ru_near, "ru", "overseas-representative") == "not-applicable"
    az = ("«Dil Körpüsü» MMC (Bakı). Əlaqə: info@dil.example.\nMərkəz Çindən olan tələbələrə kurslar təklif edir.\n"
          "Çində yaşayan tələbələrin məlumatları Bakıdakı serverlərimizdə saxlanılır.\n"
          "Bu ötürmə üçün Çinin Kiberməkan İdarəsinin standart müqaviləsini bağlamışıq.\n")
    assert verdict(az, "az", "overseas-representative") == "omission"


def test_recipient_contact_and_adults_from_18_az() -> None:
    """'Xaricdəki alıcı: ..., əlaqə məlumatı: ...' names the foreign recipient; '18 yaşdan yuxarı' is adults only."""
    az = HANDLER_AZ + ("Qeydiyyat formasında məlumatlarınızın Azərbaycana ötürülməsinə ayrıca razılıq verirsiniz.\n"
                       "Çində yaşayan tələbələrin məlumatları Bakıdakı serverlərimizdə saxlanılır.\n"
                       "Xaricdəki alıcı: «Xəzər Kitab» MMC, əlaqə məlumatı: info@xezerkitab.example.\n")
    assert verdict(az, "az", "cross-border-consent") == "met"
    near = HANDLER_AZ + ("Qeydiyyat formasında məlumatlarınızın Azərbaycana ötürülməsinə ayrıca razılıq verirsiniz.\n"
                         "Çində yaşayan tələbələrin məlumatları Bakıdakı serverlərimizdə saxlanılır.\n")
    assert verdict(near, "az", "cross-border-consent") == "contravention"
    adults = HANDLER_AZ + "Kurslar yalnız 18 yaşdan yuxarı şəxslər üçündür.\n"
    assert verdict(adults, "az", "minors") == "not-applicable"


def test_third_person_rights_purposes_and_channels_ru() -> None:
    """'Отправители и получатели могут запросить копию ...', 'Мы используем данные для приёма ...', 'по защищённым каналам'."""
    ru = HANDLER_KZ + ("Мы используем данные для приёма, таможенного оформления и доставки посылок.\n"
                       "Отправители и получатели могут запросить копию своих данных, потребовать их исправления или "
                       "удаления и отозвать согласие. Удалить личный кабинет можно в разделе «Профиль».\n"
                       "Передача данных осуществляется по защищённым каналам.\n")
    v = verdicts(ru, "ru")
    assert v["processing-scope"].verdict == "met"
    assert v["rights-exercise"].verdict == "met"
    assert v["security-measures"].verdict == "met"
    near = HANDLER_KZ + ("Посылки принимаются ежедневно.\n"
                         "Отправители и получатели несут ответственность за вложения. Удалить личный кабинет можно в разделе «Профиль».\n"
                         "Каналы связи указаны на сайте.\n")
    w = verdicts(near, "ru")
    assert w["rights-exercise"].verdict == "omission"
    assert w["security-measures"].verdict != "met"


def test_recommendations_that_cannot_be_switched_off_ru_and_declined_ads_az() -> None:
    """'Отключить персональные рекомендации нельзя' leaves no way to decline; az 'Fərdi reklamlardan ... imtina edə
    bilərsiniz' declines personalised ads."""
    ru = HANDLER_RU + "Мы показываем персональные рекомендации экскурсий. Отключить персональные рекомендации нельзя.\n"
    assert verdict(ru, "ru", "automated-decision") == "contravention"
    ru_near = HANDLER_RU + ("Мы показываем персональные рекомендации экскурсий. Отключить персональные рекомендации "
                            "можно в настройках.\n")
    assert verdict(ru_near, "ru", "automated-decision") == "met"
    az = HANDLER_AZ + ("Sizə maraqlarınıza uyğun reklamlar göstəririk. Fərdi reklamlardan «Profil – Bildirişlər» "
                       "bölməsində imtina edə bilərsiniz.\n")
    assert verdict(az, "az", "automated-decision") == "met"


def test_data_entered_while_in_china_sent_to_moscow_ru() -> None:
    """'Данные, которые туристы вводят, находясь в Китае, передаются на серверы Оператора в Москве' leave China."""
    ru = HANDLER_RU + "Данные, которые туристы вводят в Приложение, находясь в Китае, передаются на серверы Оператора в Москве.\n"
    assert verdict(ru, "ru", "cross-border-mechanism") == "contravention"
    near = HANDLER_RU + "Данные, которые туристы вводят в Приложение, находясь в Китае, хранятся на серверах в Китае.\n"
    assert verdict(near, "ru", "cross-border-mechanism") != "contravention"


def test_purposes_section_data_section_and_retention_to_account_deletion_ru() -> None:
    """Lines under '3. Цели' are purposes; a list under '2. Данные' is collected (passport: sensitive); 'хранятся до
    удаления учётной записи' is a criterion."""
    ru = HANDLER_RU + ("2. Данные\nИмя, номер паспорта, телефон, геолокация.\n3. Цели\n"
                       "Бронирование услуг, оплата, поддержка.\nДанные хранятся до удаления учётной записи.\n")
    v = verdicts(ru, "ru")
    assert v["processing-scope"].verdict == "met"
    assert v["sensitive-pi-consent"].verdict == "contravention"
    assert v["retention-period"].verdict == "met"
    near = HANDLER_RU + ("2. Партнёры\nИмя партнёра и его телефон указаны на сайте.\n3. Контакты\n"
                         "Бронирование услуг по телефону.\nДанные хранятся на серверах.\n")
    w = verdicts(near, "ru")
    assert w["processing-scope"].verdict != "met"
    assert w["retention-period"].verdict != "met"
