"""Rules from lawmix6's first look at long current policies in English, Russian and Spanish (issue 15):
a GDPR notice of an EU group, a 152-FZ operator policy, a Spanish RGPD/LOPDGDD notice and a US app with CCPA
wording. Sentences are written for these tests. Each rule has a near miss beside it that must not be judged
the same way.
"""
from __future__ import annotations

from datetime import date

from compliance_judging import verdict, verdicts

HANDLER_EN = "Northwind Cargo GmbH, Hafenstrasse 3, Bremen, Germany. Contact: privacy@northwind.example.\n"
HANDLER_ES = "Responsable: Academia Sol, S.L., Calle Mayor 1, Salamanca. Correo: privacidad@sol.example.\n"
HANDLER_RU = "Оператор: ООО «Восток Тур», г. Хабаровск. Почта: pd@vostok.example.\n"
BEFORE_PIPL = date(2019, 11, 18)


def test_use_said_not_to_be_consent_deems_nothing() -> None:
    """'continuing to browse does not count as consent' denies consent by use (en/es/ru/az)."""
    en = HANDLER_EN + ("Analytics cookies are set only if you click \"Accept all\". Closing the banner or continuing "
                       "to browse does not count as consent, and we do not treat your use of the site as consent.\n")
    assert verdict(en, "en", "consent-by-use") == "met"
    near = HANDLER_EN + "By continuing to browse the site, you consent to our use of cookies.\n"
    assert verdict(near, "en", "consent-by-use") == "contravention"
    es = HANDLER_ES + ("Las cookies de análisis solo se instalan si hace clic en \"Aceptar\". Seguir navegando no "
                       "equivale a su consentimiento.\n")
    assert verdict(es, "es", "consent-by-use") != "contravention"
    ru = HANDLER_RU + ("Файлы cookie устанавливаются только после нажатия кнопки «Принять». Продолжение использования "
                       "сайта не является вашим согласием на обработку данных.\n")
    assert verdict(ru, "ru", "consent-by-use") != "contravention"
    ru_near = HANDLER_RU + "Продолжая использовать сайт, вы даете согласие на обработку файлов cookie.\n"
    assert verdict(ru_near, "ru", "consent-by-use") == "contravention"


def test_consent_deemed_by_sending_a_form_es() -> None:
    """'Al completar y enviar el formulario, el alumno consiente' deems consent from providing data; ticking a
    box is an act."""
    es = HANDLER_ES + ("Al completar y enviar el formulario de inscripción, el alumno consiente expresamente el "
                       "tratamiento de sus datos.\n")
    assert verdict(es, "es", "consent-by-use") == "contravention"
    near = HANDLER_ES + "Al marcar la casilla «Acepto», usted consiente el tratamiento de sus datos.\n"
    assert verdict(near, "es", "consent-by-use") != "contravention"


def test_third_person_rights_of_the_data_subject_ru() -> None:
    """152-FZ policies give rights to 'Субъект ... вправе', not to 'вы'."""
    ru = HANDLER_RU + ("Субъект персональных данных имеет право получить копию своих персональных данных.\n"
                       "Субъект вправе требовать уточнения своих персональных данных или их уничтожения.\n"
                       "Субъект вправе отозвать согласие на обработку персональных данных и удалить личный кабинет.\n")
    assert verdict(ru, "ru", "rights-exercise") == "met"
    near = HANDLER_RU + ("Оператор обязан обеспечить уточнение персональных данных и их уничтожение.\n"
                         "Оператор рассматривает отзыв согласия на обработку персональных данных.\n")
    assert verdict(near, "ru", "rights-exercise") == "omission"


def test_rights_listed_after_a_colon_and_run_on_by_semicolons_en() -> None:
    """'you have the right to: know ...; request that we correct ...; request that we delete ...' gives each."""
    en = HANDLER_EN + ("You have the right to: know what personal information we collect and obtain a copy of it;\n"
                       "request that we correct inaccurate personal information;\n"
                       "request that we delete your personal information;\n"
                       "withdraw your consent at any time. You can delete your account in Settings.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    near = HANDLER_EN + ("We keep logs of: access times;\n"
                         "requests that we correct inaccurate personal information;\n"
                         "requests that we delete your personal information;\n"
                         "withdraw your consent at any time. You can delete your account in Settings.\n")
    assert verdict(near, "en", "rights-exercise") == "omission"


def test_passive_rights_and_users_can_en() -> None:
    """'to have inaccurate data corrected, to have your data erased'; 'Users can close their account'."""
    en = HANDLER_EN + ("You have the right to access your personal data and to receive a copy of it, to have "
                       "inaccurate data corrected, to have your data erased and to withdraw your consent.\n"
                       "Platform users can close their account under Profile > Close account.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    near = HANDLER_EN + ("You have the right to access your personal data and to receive a copy of it and to "
                         "withdraw your consent. Platform users can close their account under Profile.\n")
    assert verdict(near, "en", "rights-exercise") == "omission"


def test_withdrawal_by_clitic_es() -> None:
    """'Cuando el tratamiento se base en su consentimiento, puede retirarlo' withdraws consent."""
    base = HANDLER_ES + ("Usted puede acceder a sus datos y obtener una copia, rectificarlos o solicitar su supresión. "
                         "Puede eliminar su cuenta desde su perfil.\n")
    es = base + "Cuando el tratamiento se base en su consentimiento, puede retirarlo en cualquier momento.\n"
    assert verdict(es, "es", "rights-exercise") == "met"
    near = base + "Cuando el tratamiento se base en su consentimiento, lo registramos en el sistema.\n"
    assert verdict(near, "es", "rights-exercise") == "omission"


def test_publishing_photos_with_names_is_public_disclosure() -> None:
    """The handler posting tourists' photos with their names on its site or social networks discloses
    personal information to the public (ru, es, en); with a tick box it is consented; the policy published on
    the site is no disclosure."""
    ru = HANDLER_RU + ("Оператор размещает на сайте и в социальных сетях фотографии, сделанные во время туров, "
                       "с указанием имени туристов.\n")
    assert verdict(ru, "ru", "public-disclosure", BEFORE_PIPL) == "contravention"
    ru_near = HANDLER_RU + "Настоящая Политика публикуется в свободном доступе на сайте Оператора.\n"
    assert verdict(ru_near, "ru", "public-disclosure", BEFORE_PIPL) == "not-applicable"
    es = HANDLER_ES + ("Con su autorización, que puede dar marcando la casilla de la matrícula, publicaremos "
                       "fotografías de las actividades en nuestra web.\n")
    assert verdict(es, "es", "public-disclosure") == "met"
    en = HANDLER_EN + "We may post customers' photos and names on our website and social media.\n"
    assert verdict(en, "en", "public-disclosure") == "contravention"
    en_near = HANDLER_EN + "You may post photos on your own profile page.\n"
    assert verdict(en_near, "en", "public-disclosure") == "not-applicable"


def test_sharing_without_consent_before_pipl_is_no_consented_sharing() -> None:
    """'передавать ... третьим лицам без согласия субъекта' names consent only to do without it (CSL 42)."""
    ru = HANDLER_RU + ("6.6. Оператор вправе передавать персональные данные третьим лицам (отелям, перевозчикам) "
                       "без согласия субъекта, если это необходимо для исполнения договора.\n"
                       "6.7. Оператор вправе поручить обработку персональных данных другому лицу.\n"
                       "6.8. Оператор размещает на сайте отзывы клиентов.\n")
    assert verdict(ru, "ru", "sharing-separate-consent", BEFORE_PIPL) == "contravention"
    near = HANDLER_RU + ("Оператор передает персональные данные третьим лицам (отелям, перевозчикам) только "
                         "с письменного согласия субъекта.\n")
    assert verdict(near, "ru", "sharing-separate-consent", BEFORE_PIPL) == "review"


def test_next_numbered_clause_is_no_case_of_a_without_consent_clause() -> None:
    """'6.6. ... without consent ... .' and then '6.7. ...': clause 6.7 is not one of 6.6's cases; a list opened
    by a colon keeps its items."""
    from policykg.compliance.facts import PolicyFacts
    from policykg.compliance.text import PolicyText

    ru = HANDLER_RU + ("6.6. Оператор вправе передавать персональные данные третьим лицам без согласия субъекта "
                       "в случаях, предусмотренных законом.\n"
                       "6.7. Оператор размещает на сайте фотографии туристов с указанием имени.\n")
    f = PolicyFacts.read(PolicyText.from_text(ru, language="ru"))
    assert [items for intro, items, _ in f.exception_lists if "6.6" not in intro.text] == [[]]
    near = HANDLER_RU + ("Оператор вправе передавать персональные данные без согласия субъекта в следующих случаях:\n"
                         "по запросу суда;\n"
                         "для защиты прав Оператора.\n")
    f = PolicyFacts.read(PolicyText.from_text(near, language="ru"))
    assert any(len(items) == 2 for _, items, _ in f.exception_lists)


def test_identifiers_said_to_identify_no_one_are_still_personal_es() -> None:
    """'IP y el identificador del dispositivo ... no permiten identificar al usuario, por lo que no tienen la
    consideración de datos personales y pueden compartirse': identifiers single a person out."""
    es = HANDLER_ES + ("Los datos técnicos (dirección IP, identificador del dispositivo) se tratan de forma disociada "
                       "y no permiten identificar al usuario, por lo que no tienen la consideración de datos personales "
                       "y pueden compartirse con nuestros proveedores.\n")
    assert verdict(es, "es", "de-identified-data") == "contravention"
    near = HANDLER_ES + ("Las estadísticas agregadas no permiten identificar al usuario, por lo que no tienen la "
                         "consideración de datos personales.\n")
    assert verdict(near, "es", "de-identified-data") == "not-applicable"


def test_a_sale_age_is_no_guardian_consent_threshold_en() -> None:
    """CCPA's 'we do not sell data of consumers under 16' leaves the collection threshold of 13 in place."""
    base = HANDLER_EN + ("Our app lets you create an account. The Services are not directed to children under 13, and "
                         "we do not knowingly collect personal information from children under 13.\n")
    en = base + "We do not sell or share personal information of consumers we know to be under 16.\n"
    assert verdict(en, "en", "minors") == "contravention"
    near = HANDLER_EN + ("Our app lets you create an account. We do not knowingly collect personal information from "
                         "children under 16 without the consent of a parent or guardian.\n")
    assert verdict(near, "en", "minors") != "contravention"


def test_guardian_gives_the_consent_es_and_not_offered_to_children_en() -> None:
    """'la inscripción debe realizarla su padre, madre o tutor legal, que es quien presta el consentimiento';
    'We do not offer our services to children' (en) says the service is not for them."""
    es = HANDLER_ES + ("Si el alumno es menor de 14 años, la inscripción debe realizarla su padre, madre o tutor legal, "
                       "que es quien presta el consentimiento.\n")
    assert verdict(es, "es", "minors") == "met"
    es_near = HANDLER_ES + "Si el alumno es menor de 14 años, su padre o tutor recibirá las notas por correo.\n"
    assert verdict(es_near, "es", "minors") == "omission"
    en = HANDLER_EN + ("Our services are offered to businesses and adults. We do not offer our services to children "
                       "and do not knowingly collect personal data of children.\n")
    assert verdict(en, "en", "minors") == "not-applicable"


def test_marketing_consent_as_a_condition_of_registering_is_bundled() -> None:
    """Registration or enrolment only with consent to advertising or to disclosure (ru, es, en)."""
    ru = HANDLER_RU + ("Регистрация в личном кабинете возможна только при условии предоставления пользователем "
                       "согласия на получение рекламных рассылок.\n")
    assert verdict(ru, "ru", "bundled-consent") == "contravention"
    ru_near = HANDLER_RU + ("Регистрация в личном кабинете возможна только при условии указания адреса "
                            "электронной почты.\n")
    assert verdict(ru_near, "ru", "bundled-consent") != "contravention"
    es = HANDLER_ES + ("La aceptación de esta política, incluido el envío de comunicaciones comerciales, es "
                       "imprescindible para formalizar la matrícula.\n")
    assert verdict(es, "es", "bundled-consent") == "contravention"
    en = HANDLER_EN + "Registration requires your consent to receive marketing newsletters.\n"
    assert verdict(en, "en", "bundled-consent") == "contravention"
    en_near = HANDLER_EN + "Registration requires a valid e-mail address; marketing newsletters are optional.\n"
    assert verdict(en_near, "en", "bundled-consent") != "contravention"


def test_separate_written_consent_and_plain_necessity_ru_es() -> None:
    """'письменного согласия, оформленного отдельным документом' + 'для чего необходимы эти сведения';
    es 'casilla separada' + 'para qué los necesitamos'."""
    ru = HANDLER_RU + ("Паспортные данные обрабатываются только с письменного согласия субъекта, оформленного "
                       "отдельным документом. В форме согласия указывается, для чего необходимы эти сведения и какие "
                       "последствия влечет отказ от их предоставления.\n")
    assert verdict(ru, "ru", "sensitive-pi-consent") == "met"
    ru_near = HANDLER_RU + "Оператор обрабатывает паспортные данные туристов.\n"
    assert verdict(ru_near, "ru", "sensitive-pi-consent") == "contravention"
    es = HANDLER_ES + ("Tratamos el número de pasaporte solo con su consentimiento, que recabamos mediante una casilla "
                       "separada. Le explicamos para qué lo necesitamos: sin él no podemos emitir la carta de visado.\n")
    assert verdict(es, "es", "sensitive-pi-consent") == "met"


def test_objecting_to_profiling_declines_it_en_ru() -> None:
    """'You can object to lead scoring and personalised marketing'; 'отказаться от персональных подборок'."""
    en = HANDLER_EN + ("We calculate a lead score to send personalised marketing. You can object to lead scoring "
                       "and personalised marketing at any time.\n")
    assert verdict(en, "en", "automated-decision") == "met"
    near = HANDLER_EN + "We calculate a lead score to send personalised marketing. You can object by post.\n"
    assert verdict(near, "en", "automated-decision") == "contravention"
    ru = HANDLER_RU + ("Оператор формирует персональные подборки туров и персональные предложения на основе истории "
                       "заказов. Клиент может в любой момент отказаться от персональных подборок.\n")
    assert verdict(ru, "ru", "automated-decision") == "met"


HANDLER_AZ = "\"Xəzər Yol\" MMC (VÖEN 1400000001), Bakı. Əlaqə: privacy@xezeryol.example.\n"


def test_other_purposes_as_the_last_item_of_a_purpose_list() -> None:
    """'we use your data for the following purposes: ...; - and other purposes.' leaves the purposes open (az, en);
    a list of safety tips ending in 'other' is no list of purposes."""
    az = HANDLER_AZ + ("Məlumatlarınızdan aşağıdakı məqsədlər üçün istifadə edirik:\n- sifarişi qəbul etmək;\n"
                       "- ödənişi həyata keçirmək;\n- və digər məqsədlər üçün.\n")
    assert verdict(az, "az", "processing-scope") == "contravention"
    en = HANDLER_EN + ("We use your information for the following purposes:\n- to deliver your order;\n"
                       "- to answer your questions;\n- other purposes.\n")
    assert verdict(en, "en", "processing-scope") == "contravention"
    near = HANDLER_EN + ("We use your information for the following purposes:\n- to deliver your order;\n"
                         "- to answer your questions.\nTips for a safe trip:\n- lock the door;\n- other precautions.\n")
    assert verdict(near, "en", "processing-scope") != "contravention"


def test_object_first_access_and_personalised_offers_az() -> None:
    """'məlumatlarınıza baxmaq' (object before verb) is access; 'fərdiləşdirilmiş təkliflər' is personalisation."""
    az = HANDLER_AZ + ("Siz məlumatlarınıza baxmaq, onları düzəltmək, silmək, razılığınızı geri götürmək və hesabınızı "
                       "silmək hüququna maliksiniz.\n")
    assert verdict(az, "az", "rights-exercise") == "met"
    near = HANDLER_AZ + ("Siz onları düzəltmək, silmək, razılığınızı geri götürmək və hesabınızı silmək hüququna "
                         "maliksiniz.\n")
    assert verdict(near, "az", "rights-exercise") == "omission"
    offers = HANDLER_AZ + "Səfər tarixçənizə əsasən sizə fərdiləşdirilmiş təkliflər göstəririk.\n"
    assert verdict(offers, "az", "automated-decision") == "contravention"


def test_tapping_agree_before_changed_purposes_apply_is_new_consent_en() -> None:
    en = HANDLER_EN + ("We may update this policy. If we change the purposes for which we use your information, we will "
                       "ask you to tap \"Agree\" before the changes apply to you.\n")
    assert verdict(en, "en", "policy-changes") == "met"
    near = HANDLER_EN + ("We may update this policy. If we change the purposes for which we use your information, we "
                         "will post the new policy in the app; your continued use means you accept it.\n")
    assert verdict(near, "en", "policy-changes") == "contravention"


def test_a_foreign_service_not_offered_in_china_sends_nothing_from_china() -> None:
    """'ReelNova is not available in mainland China' (a Singapore company storing data in the US): no data
    collected in China go abroad; without that sentence the storage abroad is still read as a transfer."""
    base = ("ReelNova is operated by Lumina Global Pte. Ltd., a company incorporated in Singapore. "
            "Contact: privacy@reelnova.example.\nYour information is stored on servers in Singapore and the United States.\n")
    en = base + "ReelNova is not available in mainland China.\n"
    r = verdicts(en, "en")
    assert r["cross-border-mechanism"].verdict == "not-applicable"
    assert r["cross-border-consent"].verdict == "not-applicable"
    assert verdicts(base, "en")["cross-border-mechanism"].verdict == "contravention"
    prc = ("ReelNova is operated by Shenzhen Lumina Technology Co., Ltd. Contact: privacy@reelnova.example.\n"
           "Your information is stored on servers in Singapore and the United States.\n"
           "ReelNova is not available in mainland China.\n")
    assert verdicts(prc, "en")["cross-border-mechanism"].verdict == "contravention"


HANDLER_CO = ("Responsable: Café Andino S.A.S., NIT 900.000.000-1, Medellín (Colombia). "
              "Correo: datos@andino.example.\n")


def test_the_operators_legitimate_interests_as_a_purpose_is_open_ru() -> None:
    """'обеспечение законных интересов Оператора' among the purposes names no purpose; a closed list does."""
    ru = HANDLER_RU + ("Оператор обрабатывает персональные данные в следующих целях:\n- доставка заказов;\n"
                       "- обеспечение законных интересов Оператора, в том числе предотвращение мошенничества.\n")
    assert verdict(ru, "ru", "processing-scope") == "contravention"
    near = HANDLER_RU + ("Оператор обрабатывает персональные данные в следующих целях:\n- доставка заказов;\n"
                         "- предотвращение мошенничества при оплате.\n")
    assert verdict(near, "ru", "processing-scope") != "contravention"


def test_colombian_consent_by_unequivocal_conduct_and_new_authorisation() -> None:
    """Ley 1581 wording: authorisation 'mediante conductas inequívocas, como el registro' is consent deemed by an
    act of use; 'solicitará una nueva autorización' for a new purpose is new consent; 'derecho a conocer' and
    'revocar la autorización' are access and withdrawal."""
    co = HANDLER_CO + ("Se entenderá que el Titular ha otorgado la autorización mediante conductas inequívocas, como "
                       "el registro en la tienda o la realización de una compra.\n")
    assert verdict(co, "es", "consent-by-use") == "contravention"
    changes = HANDLER_CO + ("Los cambios de esta política se comunicarán antes de su implementación. Cuando el cambio "
                            "se refiera a la finalidad del tratamiento, la Compañía solicitará una nueva autorización.\n")
    assert verdict(changes, "es", "policy-changes") == "met"
    rights = HANDLER_CO + ("El Titular tiene derecho a conocer, actualizar, rectificar y suprimir sus datos personales y a "
                           "revocar la autorización. Puede eliminar su cuenta desde «Mi cuenta».\n")
    assert verdict(rights, "es", "rights-exercise") == "met"
    near = HANDLER_CO + ("El Titular tiene derecho a actualizar, rectificar y suprimir sus datos personales. Puede "
                         "eliminar su cuenta desde «Mi cuenta».\n")
    assert verdict(near, "es", "rights-exercise") == "omission"


def test_colombian_processing_without_authorisation_for_statistics_is_no_pipl13_ground() -> None:
    co = HANDLER_CO + ("La autorización del Titular no será necesaria cuando se trate de: a) información requerida por "
                       "una entidad pública por orden judicial; b) tratamiento para fines históricos, estadísticos o "
                       "científicos.\n")
    assert verdict(co, "es", "legal-basis") == "contravention"
    near = HANDLER_CO + ("La autorización del Titular no será necesaria cuando se trate de información requerida por "
                         "una entidad pública por orden judicial.\n")
    assert verdict(near, "es", "legal-basis") != "contravention"


def test_consent_and_necessity_in_another_clause_naming_the_same_data() -> None:
    """'Art. 4: we collect the ID number ...' and 'Art. 10: the ID number is sensitive; we ask separate consent and
    explain why': the later clause carries the consent."""
    base = HANDLER_CO + ("Artículo 4. La Compañía recolecta el nombre, el teléfono y el número del documento de "
                         "identidad del comprador.\nArtículo 5. Los pedidos se entregan en 48 horas.\n"
                         "Artículo 6. Las facturas se envían por correo.\n")
    co = base + ("Artículo 10. El número del documento de identidad es un dato sensible. Le explicamos por qué es "
                 "necesario y le solicitamos su consentimiento por separado mediante una casilla.\n")
    assert verdict(co, "es", "sensitive-pi-consent") == "met"
    assert verdict(base, "es", "sensitive-pi-consent") == "contravention"


def test_russian_order_deems_consent_to_a_transfer_out_of_china() -> None:
    """'данные ... передаются из КНР на серверы в Иркутске' is a transfer abroad; 'Оформляя заказ, покупатель
    соглашается с такой передачей' deems consent to it; a shop shipping to China is not seated there."""
    ru = ("Оператор: Акционерное общество «Байкал Товары», г. Иркутск. Почта: pd@baikal.example.\n"
          "Сайт продает товары покупателям в Китайской Народной Республике. Доставка в КНР осуществляется через склад.\n"
          "Данные покупателей из КНР передаются из КНР на серверы Оператора в г. Иркутске.\n"
          "Оформляя заказ, покупатель из КНР соглашается с такой передачей.\n")
    r = verdicts(ru, "ru")
    assert r["cross-border-mechanism"].verdict == "contravention"
    assert r["cross-border-consent"].verdict == "contravention"
    assert r["consent-by-use"].verdict == "contravention"
    assert r["overseas-representative"].verdict == "omission"
    near = ("Оператор: Акционерное общество «Байкал Товары», г. Иркутск. Почта: pd@baikal.example.\n"
            "Данные покупателей хранятся на серверах Оператора в г. Иркутске.\n")
    assert verdicts(near, "ru")["cross-border-mechanism"].verdict == "not-applicable"


def test_identifiers_said_to_be_depersonalised_ru_and_id_card_number() -> None:
    ru = HANDLER_RU + ("Сведения, собираемые сервисами аналитики (IP-адрес, идентификатор устройства), носят "
                       "обезличенный характер и не позволяют идентифицировать Пользователя, поэтому Оператор передает их "
                       "рекламным партнерам без согласия Пользователя.\n")
    assert verdict(ru, "ru", "de-identified-data") == "contravention"
    near = HANDLER_RU + "Сводная статистика посещений носит агрегированный характер и не позволяет идентифицировать Пользователя.\n"
    assert verdict(near, "ru", "de-identified-data") == "not-applicable"
    idc = HANDLER_RU + ("2. Какие данные мы обрабатываем\nДля покупателей из КНР дополнительно — номер удостоверения "
                        "личности гражданина КНР.\n")
    assert verdict(idc, "ru", "sensitive-pi-consent") == "contravention"


def test_marketing_consent_as_a_mandatory_condition_ru_and_incident_told_to_users() -> None:
    ru = HANDLER_RU + "Согласие на получение рекламных рассылок является обязательным условием регистрации на Сайте.\n"
    assert verdict(ru, "ru", "bundled-consent") == "contravention"
    near = HANDLER_RU + "Согласие на получение рекламных рассылок не является условием регистрации на Сайте.\n"
    assert verdict(near, "ru", "bundled-consent") != "contravention"
    inc = HANDLER_RU + ("В случае инцидента Оператор уведомит Роскомнадзор и сообщит пострадавшим пользователям по "
                        "электронной почте о случившемся.\n")
    assert verdict(inc, "ru", "incident-notification") == "met"
    inc_near = HANDLER_RU + "В случае инцидента Оператор уведомит Роскомнадзор в установленные сроки.\n"
    assert verdict(inc_near, "ru", "incident-notification") == "omission"


def test_a_denied_condition_is_no_bundling_es() -> None:
    es = HANDLER_ES + ("El consentimiento para recibir comunicaciones comerciales no es un requisito obligatorio para "
                       "formalizar la matrícula.\n")
    assert verdict(es, "es", "bundled-consent") != "contravention"
    yes = HANDLER_ES + ("El consentimiento para recibir comunicaciones comerciales es un requisito obligatorio para "
                        "formalizar la matrícula.\n")
    assert verdict(yes, "es", "bundled-consent") == "contravention"


def test_before_your_data_leave_china_continues_the_transfer_just_stated() -> None:
    """'Your data are transferred from Shanghai to Hamburg. We have concluded the standard contract. Before any of
    your data leave mainland China, the platform shows you the recipient, its contact details ... and asks for
    your separate consent': the consent is for that transfer."""
    transfer = ("Northwind Freight SE, Hamburg, Germany. Contact: privacy@northwind.example.\n"
                "Your account data are transferred out of mainland China to Northwind Freight SE in Germany.\n"
                "We have concluded the standard contract for the outbound transfer of personal information and filed it.\n")
    ask = ("Before any of your data leave mainland China, the platform shows you the recipient, its contact details and "
           "the purposes, and asks for your separate consent to the transfer.\n")
    assert verdict(transfer + ask, "en", "cross-border-consent") == "met"
    assert verdict(transfer, "en", "cross-border-consent") == "contravention"


def test_az_purposes_changes_bundling_necessity_and_optout() -> None:
    """Azerbaijani: '… üçün emal edirik' states purposes; 'yeni redaksiya … davam etdirməklə qəbul edirsiniz' binds
    changes by use; 'marketinq … razılıq vermədən … mümkün deyil' bundles; 'nə üçün zəruri … hüquqlarınıza necə
    təsir' is the statement of necessity; a far 'söndürə bilərsiniz' declines personalised offers."""
    az = HANDLER_AZ + ("Məlumatlarınızı bilet sifarişini rəsmiləşdirmək və ödənişin qəbulu üçün emal edirik.\n"
                       "Siyasətin yeni redaksiyası saytda dərc edildiyi andan qüvvəyə minir və xidmətlərdən istifadəni "
                       "davam etdirməklə siz onu qəbul edirsiniz.\n"
                       "Marketinq bildirişlərinin alınmasına razılıq vermədən sifarişi tamamlamaq mümkün deyil.\n")
    r = verdicts(az, "az")
    assert r["processing-scope"].verdict == "met"
    assert r["policy-changes"].verdict == "contravention"
    assert r["bundled-consent"].verdict == "contravention"
    near = HANDLER_AZ + "Marketinq bildirişlərinə razılıq vermədən də sifarişi tamamlaya bilərsiniz.\n"
    assert verdict(near, "az", "bundled-consent") != "contravention"
    bio = HANDLER_AZ + ("Üzlə qeydiyyat funksiyası üçün üzünüzün fotoşəkli toplanır və biometrik şablon yaradılır. Funksiyanı aktivləşdirməzdən əvvəl "
                        "tətbiq biometrik məlumatların nə üçün zəruri olduğunu və hüquqlarınıza necə təsir etdiyini izah "
                        "edir və ayrıca razılığınızı istəyir.\n")
    assert verdict(bio, "az", "sensitive-pi-consent") == "met"
    offers = HANDLER_AZ + ("Axtarış tarixçənizə əsasən sizə fərdiləşdirilmiş təkliflər göstəririk. Fərdiləşdirilmiş "
                           "təklifləri tətbiqin \"Parametrlər\" bölməsində söndürə bilərsiniz.\n")
    assert verdict(offers, "az", "automated-decision") == "met"


def test_az_data_of_people_in_china_sent_to_baku_and_flights_to_beijing() -> None:
    """'Çin Xalq Respublikasında olan sərnişinlərin məlumatları … Bakıdakı serverlərimizə ötürülür' goes abroad; charter
    flights to Beijing do not put the handler in the PRC."""
    az = ("\"Qafqaz Yol\" QSC (VÖEN 1700000001), Bakı. Əlaqə: dpo@qafqazyol.example.\n"
          "Şirkət Bakı — Pekin istiqamətində çarter reysləri təşkil edir.\n"
          "Çin Xalq Respublikasında olan sərnişinlərin məlumatları Ürümçidəki ofisimiz tərəfindən toplanaraq Bakıdakı "
          "serverlərimizə ötürülür.\n")
    r = verdicts(az, "az")
    assert r["cross-border-mechanism"].verdict == "contravention"
    assert r["overseas-representative"].verdict == "omission"
    near = ("\"Qafqaz Yol\" QSC (VÖEN 1700000001), Bakı. Əlaqə: dpo@qafqazyol.example.\n"
            "Sərnişinlərin məlumatları Bakıdakı serverlərimizdə saxlanılır.\n")
    assert verdicts(near, "az")["cross-border-mechanism"].verdict == "not-applicable"


def test_en_view_copy_rights_public_leaderboard_and_de_identified_sharing() -> None:
    base = "Beijing Tidewave Technology Co., Ltd., Haidian District, Beijing. Contact: pipo@tidewave.example.\n"
    rights = base + ("You can view, copy and correct your personal information in Profile. You can request us to delete "
                     "your personal information, withdraw your consent and cancel your account in Settings.\n")
    assert verdict(rights, "en", "rights-exercise") == "met"
    board = base + ("Your nickname and monthly reading hours are displayed on the public reading leaderboard, which anyone "
                    "can view. You can turn this off in Settings.\n")
    assert verdict(board, "en", "public-disclosure") == "contravention"
    private = base + "Your monthly reading hours are displayed in your own reading report.\n"
    assert verdict(private, "en", "public-disclosure") == "not-applicable"
    deid = base + ("After de-identification, we may share your reading behaviour data with publishers for market analysis "
                   "without notifying you again.\n")
    assert verdict(deid, "en", "de-identified-data") == "contravention"
    anon = base + "We publish aggregated reading statistics that cannot identify any reader.\n"
    assert verdict(anon, "en", "de-identified-data") == "not-applicable"


def test_a_prc_subsidiary_of_a_foreign_parent_is_a_prc_handler_en() -> None:
    en = ("For users in mainland China, Tidewave is operated by Beijing Tidewave Technology Co., Ltd., a subsidiary of "
          "Brightpeak Holdings Inc. (Cayman Islands). Contact: pipo@tidewave.example.\n"
          "Users outside mainland China are served by Tidewave International Pte. Ltd.\n")
    assert verdict(en, "en", "overseas-representative") == "not-applicable"
    near = ("Tidewave is operated by Tidewave International Pte. Ltd., Singapore, a subsidiary of a Beijing group, for "
            "users in China. Contact: privacy@tidewave.example.\n")
    assert verdict(near, "en", "overseas-representative") != "not-applicable"


def test_es_deemed_consent_by_using_disclaimer_and_parents_authorisation_asked_of_the_minor() -> None:
    es = HANDLER_ES + ("Al utilizar este sitio, usted presta su consentimiento libre, expreso e informado para el "
                       "tratamiento de sus datos.\n")
    assert verdict(es, "es", "consent-by-use") == "contravention"
    sec = HANDLER_ES + ("Usamos conexiones cifradas (SSL). No nos responsabilizamos por accesos no autorizados resultantes "
                        "de ataques de hackers.\n")
    assert verdict(sec, "es", "security-measures") == "contravention"
    minors = HANDLER_ES + ("Nuestra aplicación permite crear una cuenta. Los menores de 18 años deben contar con la "
                           "autorización de sus padres para contratar nuestros servicios.\n")
    assert verdict(minors, "es", "minors") == "contravention"
    ok = HANDLER_ES + ("Nuestra aplicación permite crear una cuenta. Los datos de los menores de 14 años solo se tratan con "
                       "el consentimiento de sus padres o tutores, que recabamos nosotros.\n")
    assert verdict(ok, "es", "minors") == "met"


def test_a_run_in_clause_title_still_numbers_the_clause() -> None:
    """'1.7 Exceptions. In accordance with law we may process ... without consent ...' does not take the next section's
    numbered clauses ('2.3 Leaderboards. ...') as its cases."""
    from policykg.compliance.facts import PolicyFacts
    from policykg.compliance.text import PolicyText

    en = HANDLER_EN + ("1.7 Exceptions. In accordance with law, we may process your personal information without your "
                       "consent where necessary to perform a contract with you.\n"
                       "2. Sharing\n"
                       "2.3 Leaderboards. Your nickname is displayed on the public leaderboard.\n")
    f = PolicyFacts.read(PolicyText.from_text(en, language="en"))
    items = [i.text for intro, its, _ in f.exception_lists for i in its]
    assert not any("leaderboard" in t for t in items)


def test_account_cancellation_is_asked_only_where_the_person_has_an_account() -> None:
    """A clinic with no user accounts (its own WeChat account is not the patient's) need not offer account
    cancellation; a shop with personal accounts must."""
    clinic = ("ООО «Клиника Север», г. Благовещенск. Почта: pd@sever.example. Запись через аккаунт Клиники в WeChat.\n"
              "Пациент вправе получить копию своих персональных данных, потребовать уточнения или удаления данных, "
              "отозвать согласие на обработку, направив заявление на pd@sever.example.\n")
    assert verdict(clinic, "ru", "rights-exercise") == "met"
    shop = clinic + "Покупатель может зарегистрировать личный кабинет на сайте.\n"
    assert verdict(shop, "ru", "rights-exercise") == "omission"
    app = clinic + "Регистрируясь в Приложении, Пользователь дает согласие на обработку своих данных.\n"
    assert verdict(app, "ru", "rights-exercise") == "omission"
    es = ("Patagonia Sur S.R.L., Buenos Aires. Correo: datos@sur.example. Contrate por nuestra cuenta oficial de WeChat.\n"
          "Usted puede acceder a sus datos, solicitar su rectificación o supresión y revocar su consentimiento.\n")
    assert verdict(es, "es", "rights-exercise") == "met"
    es_acc = es + "Para reservar debe crear una cuenta en el sitio.\n"
    assert verdict(es_acc, "es", "rights-exercise") == "omission"


def test_pre_ticked_boxes_deem_consent_es_ru_az() -> None:
    es = HANDLER_ES + ("En el formulario de registro, la casilla «Deseo recibir ofertas» aparece marcada por defecto; puede "
                       "desmarcarla.\n")
    assert verdict(es, "es", "consent-by-use") == "contravention"
    es_near = HANDLER_ES + "La casilla «Deseo recibir ofertas» no aparece marcada por defecto; debe marcarla usted.\n"
    assert verdict(es_near, "es", "consent-by-use") != "contravention"
    ru = HANDLER_RU + "Отметка о согласии на рассылку проставлена по умолчанию.\n"
    assert verdict(ru, "ru", "consent-by-use") == "contravention"
    az = HANDLER_AZ + "Razılıq qutusu əvvəlcədən işarələnib.\n"
    assert verdict(az, "az", "consent-by-use") == "contravention"
    az_near = HANDLER_AZ + "Razılıq qutusunu işarələyərək razılıq verirsiniz. Qutu əvvəlcədən işarələnməyib.\n"
    assert verdict(az_near, "az", "consent-by-use") == "met"


def test_russian_patients_and_booking_deem_consent() -> None:
    ru = HANDLER_RU + ("Записываясь на прием через аккаунт в WeChat, пациент выражает согласие на обработку своих "
                       "персональных данных.\n")
    assert verdict(ru, "ru", "consent-by-use") == "contravention"
    near = HANDLER_RU + "Перед приемом пациент подписывает письменное согласие на обработку персональных данных.\n"
    assert verdict(near, "ru", "consent-by-use") != "contravention"


def test_a_uk_game_not_available_in_china_sends_nothing_from_china_and_adult_only_es() -> None:
    en = ("Emberfall Games Ltd is a company registered in England and Wales. Contact: dpo@emberfall.example.\n"
          "The global version of the Game is not available in mainland China. Our servers are in Ireland and the "
          "United States.\n")
    assert verdict(en, "en", "cross-border-mechanism") == "not-applicable"
    es = HANDLER_ES + "Nuestra tienda permite crear una cuenta. Mercasur no está dirigida a menores de 18 años.\n"
    assert verdict(es, "es", "minors") == "not-applicable"
    es_near = HANDLER_ES + "Nuestra tienda permite crear una cuenta. Los menores de 18 años pueden comprar.\n"
    assert verdict(es_near, "es", "minors") != "not-applicable"


def test_correct_it_and_consent_in_a_pop_up_en() -> None:
    en = HANDLER_EN + ("You can access and get a copy of your data, correct it, delete your account in Settings and "
                       "withdraw consent at any time.\n")
    assert verdict(en, "en", "rights-exercise") == "met"
    pop = HANDLER_EN + "We ask for your consent to personalised offers in a pop-up when you first start the Game.\n"
    assert verdict(pop, "en", "consent-by-use") == "met"
