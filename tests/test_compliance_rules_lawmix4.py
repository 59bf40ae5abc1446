"""Rules from a fresh first look at English and Russian policies (issue 15), each as a lawyer states it.

Sentences are written for these tests. Each rule has a near miss beside it that must not be judged the same way.
"""
from __future__ import annotations


from compliance_judging import verdicts


def test_russian_yo_and_typographic_apostrophe_read_like_their_plain_spelling() -> None:
    """'несёт' is 'несет' and 'don’t' is "don't": spelling variants change no meaning."""
    ru = "Мы применяем шифрование при передаче данных.\nКомпания не несёт ответственности за несанкционированный доступ третьих лиц к вашим данным.\n"
    assert verdicts(ru, "ru")["security-measures"].verdict == "contravention"
    ru_near = "Мы применяем шифрование при передаче данных.\nКомпания несёт ответственность за защиту ваших данных.\n"
    assert verdicts(ru_near, "ru")["security-measures"].verdict == "met"
    en = "We collect your e-mail address to create your account.\nIf you don’t agree with this policy, please do not use the app.\n"
    assert verdicts(en, "en")["bundled-consent"].verdict == "contravention"
    en_near = ("We collect your e-mail address to create your account.\n"
               "If you don’t want to receive our newsletter, you can unsubscribe at any time.\n")
    assert verdicts(en_near, "en")["bundled-consent"].verdict != "contravention"


def test_foreign_legal_forms_name_the_handler() -> None:
    """'Nordstream AB' (Swedish), 'LLC "Polar"' (form before the name) are legal entities; a brand is not."""
    for name in ("Nordstream AB", "Nordstream Oy", 'LLC "Polar Apps"'):
        text = f"This app is operated by {name}. Contact us at privacy@nordstream.example.\n"
        assert verdicts(text, "en")["handler-identity"].verdict == "met", name
    brand = "This app is operated by Nordstream. Contact us at privacy@nordstream.example.\n"
    assert verdicts(brand, "en")["handler-identity"].verdict == "omission"


def test_consent_deemed_from_providing_data_however_far_the_sentence_runs() -> None:
    text = ("By providing any personal data to us on our websites or in our applications (together the “Sites”), "
            "you fully understand and consent to its collection and use as described in this policy.\n")
    assert verdicts(text, "en")["consent-by-use"].verdict == "contravention"
    near = "By providing your e-mail address you will receive our weekly newsletter.\n"
    assert verdicts(near, "en")["consent-by-use"].verdict != "contravention"


def test_should_you_not_accept_then_stop_using_is_forced_acceptance() -> None:
    text = ("We collect your e-mail address to create your account.\n"
            "Should it be that you do not accept any amendment to this Privacy Policy, you may terminate your use of this website immediately.\n")
    assert verdicts(text, "en")["bundled-consent"].verdict == "contravention"
    refuse_data = ("We collect your e-mail address to create your account.\n"
                   "If you do not agree to this Privacy Policy, please choose not to provide personal data to us.\n")
    assert verdicts(refuse_data, "en")["bundled-consent"].verdict == "contravention"
    near = ("We collect your e-mail address to create your account.\n"
            "Should you not accept marketing e-mails, you may opt out in your settings.\n")
    assert verdicts(near, "en")["bundled-consent"].verdict != "contravention"


def test_targeting_cookies_and_combined_data_tailored_to_you_are_profiling() -> None:
    targeting = ("Targeting cookies record the pages you have visited. We use this information to make the advertising "
                 "displayed on our sites more relevant to your interests.\n")
    assert verdicts(targeting, "en")["automated-decision"].verdict == "contravention"
    combined = ("We may combine the personal data you provide with information we obtain from third parties in order to "
                "tailor our products and offerings to you.\n")
    assert verdicts(combined, "en")["automated-decision"].verdict == "contravention"
    near = "Strictly necessary cookies keep you signed in. We tailor our help pages to the questions users ask most.\n"
    assert verdicts(near, "en")["automated-decision"].verdict == "not-applicable"


def test_refusing_the_advertising_tools_just_described_declines_them() -> None:
    text = ("Our services may use tools provided by third parties to distribute advertisements to each user based on "
            "targeting cookies.\nIf you do not want such tools to be used in relation to you, please click here.\n")
    assert verdicts(text, "en")["automated-decision"].verdict == "met"
    near = ("Our services may use tools provided by third parties to distribute advertisements to each user based on "
            "targeting cookies.\nIf you do not want to receive our newsletter, please click here.\n")
    assert verdicts(near, "en")["automated-decision"].verdict == "contravention"


def test_disclosure_at_the_company_discretion_is_no_pipl13_ground() -> None:
    text = ("We can disclose any information about you to law enforcement officials as we, in our sole discretion, "
            "believe necessary, including activity that may expose us to legal liability.\n")
    assert verdicts(text, "en")["legal-basis"].verdict == "contravention"
    near = "We disclose information about you to law enforcement officials when required by law.\n"
    assert verdicts(near, "en")["legal-basis"].verdict != "contravention"


def test_a_handler_abroad_is_read_from_the_handler_not_from_a_mention_of_china() -> None:
    """A Russian LLC serving users from the PRC needs a representative (PIPL 53); 'users from the PRC' says
    where the users are, not where the handler is. Shown abroad, silent on China: review."""
    ru = ("Политику применяет ООО «Полярный Ветер» (г. Москва).\n"
          "Приложением пользуются в том числе пользователи из Китайской Народной Республики.\n")
    assert verdicts(ru, "ru")["overseas-representative"].verdict == "omission"
    ru_silent = "Политику применяет ООО «Полярный Ветер» (г. Москва).\n"
    assert verdicts(ru_silent, "ru")["overseas-representative"].verdict == "review"
    en = "This policy is governed by the laws of Japan.\nWe collect your e-mail address to create your account.\n"
    assert verdicts(en, "en")["overseas-representative"].verdict == "review"
    en_prc = ("This policy is governed by the laws of the People's Republic of China.\n"
              "We collect your e-mail address to create your account.\n")
    assert verdicts(en_prc, "en")["overseas-representative"].verdict == "not-applicable"


def test_russian_rights_named_after_their_object() -> None:
    """'доступ к своим данным, их исправление или удаление': the object comes first, the rights after it."""
    text = ("Вы вправе запросить доступ к своим персональным данным, их исправление или удаление, отозвать согласие "
            "на обработку, а также удалить учётную запись, написав на privacy@polar.example.\n")
    assert verdicts(text, "ru")["rights-exercise"].verdict == "met"
    near = ("Вы вправе запросить доступ к своим персональным данным и отозвать согласие на обработку, написав на "
            "privacy@polar.example. Мы исправляем ошибки в Приложении.\n")
    assert verdicts(near, "ru")["rights-exercise"].verdict == "omission"


def test_russian_transfer_into_a_named_country_is_a_transfer_abroad() -> None:
    text = "Данные пользователей из КНР могут передаваться в Российскую Федерацию для технической поддержки.\n"
    assert verdicts(text, "ru")["cross-border-mechanism"].verdict == "contravention"
    near = "Данные пользователей хранятся на территории Российской Федерации.\n"
    assert verdicts(near, "ru")["cross-border-mechanism"].verdict == "not-applicable"


# --- second fresh batch ---------------------------------------------------------------------------------
def test_retention_for_the_company_own_ends_or_in_back_ups_is_beyond_the_purpose() -> None:
    cases = {
        "en": ("We retain your information as necessary to comply with our legal obligations, resolve disputes, and enforce our agreements.\n",
               "We retain your information for as long as your account is active.\n"),
        "es": ("Conservamos sus datos el tiempo necesario para resolver posibles disputas y hacer cumplir nuestros términos.\n",
               "Conservamos sus datos mientras su cuenta esté activa.\n"),
        "ru": ("Мы храним ваши данные до окончания разрешения споров с вами.\n",
               "Мы храним ваши данные в течение срока действия учетной записи.\n"),
    }
    for lang, (own_ends, purpose) in cases.items():
        assert verdicts(own_ends, lang)["retention-period"].verdict == "contravention", lang
        assert verdicts(purpose, lang)["retention-period"].verdict != "contravention", lang
    backup = "After you ask for deletion, we may not remove information from our backup systems.\n"
    assert verdicts(backup, "en")["retention-period"].verdict == "contravention"


def test_enforcing_terms_of_service_is_no_pipl13_ground() -> None:
    text = ("We do not share personal information with others without your consent, except to enforce applicable "
            "Terms of Service, including investigation of potential violations.\n")
    assert verdicts(text, "en")["legal-basis"].verdict == "contravention"
    near = "We share personal information with others where a court order requires us to do so.\n"
    assert verdicts(near, "en")["legal-basis"].verdict != "contravention"


def test_behaviour_analysed_to_customise_and_interest_categories_are_profiling() -> None:
    for text in ("We analyze users’ behavior when using our software to customize users’ preferences.\n",
                 "Our ad partner receives your advertising ID and interest & demographic categories for in-app advertising.\n"):
        assert verdicts(text, "en")["automated-decision"].verdict == "contravention", text
    near = "We analyze crash reports to fix bugs. Our ad partner shows the same banner to every user.\n"
    assert verdicts(near, "en")["automated-decision"].verdict == "not-applicable"


def test_consent_deemed_from_use_in_other_words() -> None:
    for text in ("If you are using the app from outside the U.S., you still agree to the collection of your information as described here.\n",
                 "Through these uses and interactions with our software, you specifically consent to our collection of your information.\n",
                 "You expressly consent to our processing of information as described in this policy when you: download our software.\n"):
        assert verdicts(text, "en")["consent-by-use"].verdict == "contravention", text
    near = "We collect your location only when you tick the box in Settings; you can untick it at any time.\n"
    assert verdicts(near, "en")["consent-by-use"].verdict != "contravention"


def test_do_not_use_if_you_do_not_agree_with_the_consequence_first() -> None:
    cases = {
        "en": ("Please do not use the Services if you do not agree to this Privacy Policy.\n", "Please do not use the Services to send spam.\n"),
        "es": ("No utilice la aplicación si no está de acuerdo con esta Política.\n", "No utilice la aplicación mientras conduce.\n"),
        "ru": ("Не используйте Приложение, если вы не согласны с настоящей Политикой.\n", "Не используйте Приложение за рулём.\n"),
    }
    for lang, (forced, near) in cases.items():
        assert verdicts("We collect your e-mail address.\n" + forced, lang)["bundled-consent"].verdict == "contravention", lang
        assert verdicts("We collect your e-mail address.\n" + near, lang)["bundled-consent"].verdict != "contravention", lang


def test_refusing_and_still_using_every_function_is_no_deemed_consent() -> None:
    cases = {
        "es": ("Si no acepta recibir comunicaciones comerciales, podrá seguir utilizando todas las funciones de la aplicación.\n",
               "Si sigue utilizando la aplicación, acepta esta Política.\n"),
        "en": ("If you do not consent to marketing e-mails, you can continue to use every feature of the app.\n",
               "If you continue to use the app, you accept this Policy.\n"),
    }
    for lang, (free, deemed) in cases.items():
        v = verdicts(free, lang)
        assert v["consent-by-use"].verdict != "contravention", lang
        assert v["bundled-consent"].verdict == "met", lang
        assert verdicts(deemed, lang)["consent-by-use"].verdict == "contravention", lang


def test_using_the_app_from_outside_the_handler_country_and_agreeing_to_collection_is_a_transfer() -> None:
    text = ("Acme Mobile, LLC operates in the United States. If you are using the app from outside the U.S., you still "
            "agree to the collection of your information as described in this document.\n")
    assert verdicts(text, "en")["cross-border-mechanism"].verdict == "contravention"
    near = ("Acme Mobile, LLC operates in the United States. If you are using the app from outside the U.S., some "
            "features may not be available.\n")
    assert verdicts(near, "en")["cross-border-mechanism"].verdict == "not-applicable"


def test_statistics_about_users_collectively_are_anonymous_but_hashed_emails_are_not() -> None:
    aggregate = "We may provide aggregate information to our partners about how our customers, collectively, use our Services.\n"
    assert verdicts(aggregate, "en")["de-identified-data"].verdict == "not-applicable"
    hashed = ("We collect anonymous usage data from every user, such as device model, screen size and Android version, "
              "the country you are in, timestamps and your hashed email address.\n")
    assert verdicts(hashed, "en")["de-identified-data"].verdict == "contravention"
    plain = "We collect anonymous crash counts to fix bugs.\n"
    assert verdicts(plain, "en")["de-identified-data"].verdict == "not-applicable"


def test_a_digital_fingerprint_is_a_hash_not_biometric_data() -> None:
    hashed = "We collect a hash (digital fingerprint) of your e-mail address to identify your purchases.\n"
    assert verdicts(hashed, "en")["sensitive-pi-consent"].verdict == "not-applicable"
    biometric = "We collect your fingerprint to unlock the app.\n"
    assert verdicts(biometric, "en")["sensitive-pi-consent"].verdict == "contravention"


def test_an_opt_out_by_pronoun_declines_the_personalisation_just_described() -> None:
    cases = {
        "es": ("Le mostramos recomendaciones personalizadas de hoteles según su historial de búsqueda; puede desactivarlas en Ajustes.\n",
               "Le mostramos recomendaciones personalizadas de hoteles según su historial de búsqueda. Las notificaciones de reserva llegan por correo; puede desactivarlas en Ajustes.\n"),
        "en": ("We show you personalised recommendations based on your search history; you can turn them off in Settings.\n",
               "We show you personalised recommendations based on your search history. Booking alerts arrive by e-mail; you can turn them off in Settings.\n"),
        "ru": ("Мы показываем персонализированные рекомендации по истории поиска; вы можете отключить их в настройках.\n",
               "Мы показываем персонализированные рекомендации по истории поиска. Уведомления о бронировании приходят по почте; вы можете отключить их в настройках.\n"),
    }
    for lang, (declinable, other_switch) in cases.items():
        assert verdicts(declinable, lang)["automated-decision"].verdict == "met", lang
        # near miss: the pronoun points at notifications, not at the personalisation two sentences back
        assert verdicts(other_switch, lang)["automated-decision"].verdict == "contravention", lang


def test_spanish_notice_terms() -> None:
    """Rights named as 'derechos de acceso', a change of purposes with renewed consent, a passport asked for,
    a guardian's consent under 14, the foreign recipient's contact, identifiers declared non-personal."""
    assert verdicts("Puede ejercer sus derechos de acceso, rectificación y supresión, retirar su consentimiento y cancelar su cuenta "
                    "escribiendo a privacidad@mar.example.\n", "es")["rights-exercise"].verdict == "met"
    assert verdicts("Puede ejercer sus derechos de rectificación y supresión escribiendo a privacidad@mar.example.\n",
                    "es")["rights-exercise"].verdict == "omission"
    changes = "Si modificamos los fines o las categorías de datos tratados, le pediremos de nuevo su consentimiento.\n"
    assert verdicts(changes, "es")["policy-changes"].verdict == "met"
    assert verdicts("Para verificar su identidad le pedimos una copia de su pasaporte.\n", "es")["sensitive-pi-consent"].verdict == "contravention"
    minors = "Nuestra aplicación de viajes. Si tiene menos de 14 años, necesita el consentimiento de su padre, madre o tutor antes de registrarse.\n"
    assert verdicts(minors, "es")["minors"].verdict == "met"
    no_guardian = "Nuestra aplicación de viajes. Si tiene menos de 14 años, puede registrarse libremente.\n"
    assert verdicts(no_guardian, "es")["minors"].verdict != "met"
    ids = "Los identificadores de publicidad de su dispositivo no se consideran datos personales y pueden compartirse con anunciantes.\n"
    assert verdicts(ids, "es")["de-identified-data"].verdict == "contravention"
    assert verdicts("Los identificadores de publicidad de su dispositivo se tratan como datos personales.\n",
                    "es")["de-identified-data"].verdict != "contravention"


def test_a_representative_in_beijing_does_not_make_the_handler_a_prc_one() -> None:
    text = ("Mar Azul Apps, S.L., con domicilio en Madrid (España), es la responsable del tratamiento.\n"
            "Nuestro representante en China es Haiyang Consulting (Beijing) Co., Ltd., rep@mar.example.\n")
    assert verdicts(text, "es")["overseas-representative"].verdict == "met"
    prc = "Haiyang Consulting (Beijing) Co., Ltd. es la responsable del tratamiento; escríbanos a rep@mar.example.\n"
    assert verdicts(prc, "es")["overseas-representative"].verdict == "not-applicable"


def test_azerbaijani_guardian_consent_transfer_into_a_country_and_users_from_china() -> None:
    guardian = ("Tətbiqimiz səyahət üçündür. 14 yaşından kiçik uşaqların məlumatları yalnız valideynlərinin və ya qanuni "
                "nümayəndələrinin razılığı ilə emal edilir.\n")
    assert verdicts(guardian, "az")["minors"].verdict == "met"
    no_guardian = "Tətbiqimiz səyahət üçündür. 14 yaşından kiçik uşaqların məlumatları da emal edilir.\n"
    assert verdicts(no_guardian, "az")["minors"].verdict != "met"
    moved = ("Xəzər Rəqəmsal MMC (Bakı) tətbiqi idarə edir. Çindən olan istifadəçilərin məlumatları Azərbaycan "
             "Respublikasındakı serverlərimizə ötürülür.\n")
    v = verdicts(moved, "az")
    assert v["cross-border-mechanism"].verdict == "contravention"
    assert v["overseas-representative"].verdict == "omission"
    kept = "Xəzər Rəqəmsal MMC (Bakı) tətbiqi idarə edir. Məlumatlarınız serverlərimizdə saxlanılır.\n"
    v = verdicts(kept, "az")
    assert v["cross-border-mechanism"].verdict == "not-applicable"
    assert v["overseas-representative"].verdict == "review"


def test_made_public_when_the_company_finds_it_appropriate_is_public_disclosure_at_its_discretion() -> None:
    text = "You must choose a unique nickname that will be publicly visible when we find it appropriate and/or permitted by you.\n"
    assert verdicts(text, "en")["public-disclosure"].verdict == "contravention"
    near = "You may choose a nickname; it will be publicly visible only if you switch on the public profile option.\n"
    assert verdicts(near, "en")["public-disclosure"].verdict == "not-applicable"


# --- third batch: a modern English notice of a company abroad ------------------------------------------
def test_singapore_pte_ltd_is_one_sentence_and_a_handler_abroad() -> None:
    text = ("Lumen Labs Pte. Ltd. (UEN 201912345K), 1 Raffles Place, Singapore (“Lumen”, “we”), provides the app to users "
            "in mainland China. You can reach us at privacy@lumen.example.\n")
    v = verdicts(text, "en")
    assert v["handler-identity"].verdict == "met"
    assert v["overseas-representative"].verdict == "omission"
    brand = "Lumen (“we”) provides the app to users in mainland China. You can reach us at privacy@lumen.example.\n"
    assert verdicts(brand, "en")["handler-identity"].verdict == "omission"


def test_a_change_of_purposes_with_consent_asked_again_is_met() -> None:
    text = ("If we change the purposes of processing or the categories of data we process, we will ask for your consent "
            "before the change applies.\n")
    assert verdicts(text, "en")["policy-changes"].verdict == "met"
    near = "If we change the purposes of processing, the new purposes apply from the day they are posted here.\n"
    assert verdicts(near, "en")["policy-changes"].verdict != "met"


def test_tapping_to_accept_is_consent_by_an_act_and_core_features_without_location_are_unbundled() -> None:
    v = verdicts("We ask for your consent through an in-app prompt that you must tap to accept before we access your location.\n"
                 "You can use the core features of the app without allowing location access.\n", "en")
    assert v["consent-by-use"].verdict == "met"
    assert v["bundled-consent"].verdict == "met"
    near = verdicts("We access your location when you open the map.\nYou can use the map without an account.\n", "en")
    assert near["consent-by-use"].verdict != "met"
    assert near["bundled-consent"].verdict != "met"


def test_why_necessary_and_how_it_affects_you_is_the_necessity_and_impact_notice() -> None:
    text = ("We collect your precise location to show nearby lessons. Before asking for it we explain why it is necessary "
            "and how its processing affects you, and we ask for your separate consent.\n")
    assert verdicts(text, "en")["sensitive-pi-consent"].verdict == "met"
    near = "We collect your precise location to show nearby lessons, and we ask for your separate consent.\n"
    assert verdicts(near, "en")["sensitive-pi-consent"].verdict == "contravention"


def test_a_transfer_of_data_from_china_to_another_place_is_a_transfer_abroad() -> None:
    text = ("When we transfer personal data of users in mainland China to our servers in Singapore, we rely on the "
            "European Commission’s Standard Contractual Clauses.\n")
    assert verdicts(text, "en")["cross-border-mechanism"].verdict == "contravention"
    near = "We keep personal data of users in mainland China on servers in Beijing.\n"
    assert verdicts(near, "en")["cross-border-mechanism"].verdict != "contravention"


def test_not_offered_to_children_and_their_data_deleted_when_found_is_a_rule_for_children() -> None:
    cases = {
        "en": ("Our app is a language course. Our services are not directed at children under 14. If we learn that we have "
               "collected personal information from a child under 14 without verified parental consent, we will delete it.\n",
               "Our app is a language course. Our services are not directed at children under 14.\n"),
        "es": ("Nuestra aplicación es un curso de idiomas. Nuestros servicios no están dirigidos a menores de 14 años. Si "
               "tenemos conocimiento de que hemos recogido datos de un menor de 14 años sin el consentimiento de sus padres, los eliminaremos.\n",
               "Nuestra aplicación es un curso de idiomas. Nuestros servicios no están dirigidos a menores de 14 años.\n"),
    }
    for lang, (rule, bare) in cases.items():
        assert verdicts(rule, lang)["minors"].verdict == "met", lang
        assert verdicts(bare, lang)["minors"].verdict != "met", lang
    thirteen = ("Our app is a language course. Our services are not directed at children under 13. If we learn that we have "
                "collected personal information from a child under 13, we will delete it.\n")
    assert verdicts(thirteen, "en")["minors"].verdict == "contravention"


def test_access_over_secure_connections_is_a_security_measure() -> None:
    assert verdicts("All collected information is stored on our servers and is accessed via secure connections.\n",
                    "en")["security-measures"].verdict == "met"
    assert verdicts("All collected information is stored on our servers and is accessed by our staff.\n",
                    "en")["security-measures"].verdict != "met"


# --- a Russian 152-FZ style policy: the handler in the third person ------------------------------------
def test_russian_operator_in_the_third_person() -> None:
    """'Оператор обрабатывает ... в целях ...' states a purpose; 'Оператор не передает ... без согласия' denies provision."""
    scope = "Оператор обрабатывает фамилию, имя и номер телефона Пользователя в целях исполнения договора.\n"
    assert verdicts(scope, "ru")["processing-scope"].verdict != "omission"
    assert verdicts("Оператор хранит фамилию и номер телефона Пользователя.\n", "ru")["processing-scope"].verdict == "omission"
    denial = ("Оператор не передает персональные данные третьим лицам без согласия Пользователя, за исключением случаев, "
              "предусмотренных законодательством.\n")
    assert verdicts(denial, "ru")["sharing-separate-consent"].verdict != "contravention"
    provided = "Оператор передает персональные данные третьим лицам для рекламы.\n"
    assert verdicts(provided, "ru")["sharing-separate-consent"].verdict == "contravention"


def test_russian_representative_of_the_operator_and_tourists_from_the_prc() -> None:
    text = ("Политику применяет Общество с ограниченной ответственностью «Байкал» (г. Иркутск).\n"
            "Сервис предназначен в том числе для туристов из Китайской Народной Республики.\n"
            "Представителем Оператора в КНР является компания «Хэйхэ», контакт: rep@baikal.example.\n")
    assert verdicts(text, "ru")["overseas-representative"].verdict == "met"
    no_rep = ("Политику применяет Общество с ограниченной ответственностью «Байкал» (г. Иркутск).\n"
              "Сервис предназначен в том числе для туристов из Китайской Народной Республики.\n")
    assert verdicts(no_rep, "ru")["overseas-representative"].verdict == "omission"


def test_processing_without_consent_only_for_a_contract_or_a_legal_duty_is_met() -> None:
    cases = {
        "en": ("We may process your data without your consent where necessary to perform a contract with you or to comply "
               "with a legal obligation.\n",
               "We may process your data without your consent where necessary for our legitimate interests.\n"),
        "ru": ("Обработка осуществляется без согласия в случаях, когда она необходима для исполнения договора, стороной "
               "которого является Пользователь.\n",
               "Обработка осуществляется без согласия для защиты наших законных интересов.\n"),
    }
    for lang, (statutory, own) in cases.items():
        assert verdicts(statutory, lang)["legal-basis"].verdict == "met", lang
        assert verdicts(own, lang)["legal-basis"].verdict == "contravention", lang


# --- a Mexican 'aviso de privacidad' --------------------------------------------------------------------
def test_mexican_notice_terms() -> None:
    """'Este aviso puede ser modificado' is a change clause; 'recabar' collects; 'dentro y fuera del país' goes
    abroad; clients in the PRC are people in China; cookie data 'no se considera dato personal'."""
    changes = "Este aviso puede ser modificado en cualquier momento. El uso continuado de la aplicación después de la publicación de los cambios implica la aceptación de los mismos.\n"
    assert verdicts(changes, "es")["policy-changes"].verdict == "contravention"
    assert verdicts("Este aviso describe nuestras prácticas.\n", "es")["policy-changes"].verdict == "review"
    assert verdicts("Para verificar su identidad podremos recabar datos biométricos, como su huella dactilar.\n",
                    "es")["sensitive-pi-consent"].verdict == "contravention"
    abroad = ("Comercializadora Azul, S.A. de C.V., con domicilio en Ciudad de México, ofrece la aplicación también a clientes en "
              "la República Popular China. Sus datos pueden ser transferidos a nuestras filiales, dentro y fuera del país.\n")
    v = verdicts(abroad, "es")
    assert v["cross-border-mechanism"].verdict == "contravention"
    assert v["overseas-representative"].verdict == "omission"
    inland = ("Comercializadora Azul, S.A. de C.V., con domicilio en Ciudad de México. Sus datos se almacenan en servidores "
              "dentro del país.\n")
    assert verdicts(inland, "es")["cross-border-mechanism"].verdict == "not-applicable"
    cookies = "Utilizamos cookies y web beacons. La información obtenida a través de estas tecnologías es anónima y no se considera dato personal.\n"
    assert verdicts(cookies, "es")["de-identified-data"].verdict == "contravention"
    assert verdicts("Utilizamos cookies y web beacons para recordar su idioma.\n", "es")["de-identified-data"].verdict == "not-applicable"


def test_disclosure_for_legitimate_interests_is_provision_without_consent_but_collective_statistics_are_none() -> None:
    text = "We may disclose personal data to third parties where necessary for our legitimate interests, such as defending legal claims.\n"
    v = verdicts(text, "en")
    assert v["sharing-separate-consent"].verdict == "contravention"
    assert text.strip() in [q.text for q in v["sharing-separate-consent"].quotes]
    stats = "We may provide aggregate information to our partners about how our customers, collectively, use our Services.\n"
    assert verdicts(stats, "en")["sharing-separate-consent"].verdict != "contravention"


# --- a US-style notice ------------------------------------------------------------------------------------
def test_us_style_notice_terms() -> None:
    """Kept 'for other legitimate business purposes' is beyond the purpose; ad partners collecting through SDKs
    in the app receive the data; a disclosure to protect the company's rights needs no named recipient;
    administrative, technical and physical safeguards are measures."""
    kept = "We retain your information for as long as necessary to provide the app and for other legitimate business purposes.\n"
    assert verdicts(kept, "en")["retention-period"].verdict == "contravention"
    assert verdicts("We retain your information for as long as necessary to provide the app.\n",
                    "en")["retention-period"].verdict == "met"
    sdk = "Our advertising partners may collect information through SDKs in the app to show you ads.\n"
    assert verdicts(sdk, "en")["sharing-separate-consent"].verdict == "contravention"
    own_sdk = "We collect crash information through SDKs in the app to fix bugs.\n"
    assert verdicts(own_sdk, "en")["sharing-separate-consent"].verdict != "contravention"
    rights = ("We may disclose information if we believe in good faith that disclosure is necessary to protect the rights, "
              "property or safety of Pixelwave, our users or others.\n")
    assert verdicts(rights, "en")["gbt-sharing-exceptions"].verdict == "contravention"
    law = "We may disclose information if the law requires it.\n"
    assert verdicts(law, "en")["gbt-sharing-exceptions"].verdict != "contravention"
    assert verdicts("We use reasonable administrative, technical and physical safeguards to protect your information.\n",
                    "en")["security-measures"].verdict == "met"
    assert verdicts("We take the protection of your information seriously.\n", "en")["security-measures"].verdict != "met"


# --- a Spanish RGPD-style notice ------------------------------------------------------------------------
def test_spanish_rgpd_notice_terms() -> None:
    basis = "La base legal para elaborar perfiles comerciales es el interés legítimo de la empresa.\n"
    assert verdicts(basis, "es")["legal-basis"].verdict == "contravention"
    contract = "La base legal es la ejecución del contrato de viaje.\n"
    assert verdicts(contract, "es")["legal-basis"].verdict != "contravention"
    en_basis = "The legal basis for sending you offers is our legitimate interest.\n"
    assert verdicts(en_basis, "en")["legal-basis"].verdict == "contravention"
    child = "Nuestra agencia de viajes. Si es menor de 14 años, no nos facilite sus datos sin el consentimiento de sus padres o tutores.\n"
    assert verdicts(child, "es")["minors"].verdict == "contravention"
    obtained = "Nuestra agencia de viajes. Si es menor de 14 años, solo tratamos sus datos con el consentimiento de sus padres o tutores.\n"
    assert verdicts(obtained, "es")["minors"].verdict == "met"
    ireland = "Sus datos se alojan en servidores en Irlanda, al amparo de las cláusulas contractuales tipo de la Comisión Europea.\n"
    assert verdicts(ireland, "es")["cross-border-mechanism"].verdict == "contravention"
    assert verdicts("Sus datos se alojan en nuestros servidores.\n", "es")["cross-border-mechanism"].verdict == "not-applicable"
    kept = "Los datos se conservarán mientras dure la relación y, después, durante los plazos de prescripción de las acciones legales.\n"
    assert verdicts(kept, "es")["retention-period"].verdict == "contravention"
    assert verdicts("Los datos se conservarán mientras dure la relación comercial.\n", "es")["retention-period"].verdict != "contravention"


def test_azerbaijani_passive_use_retention_rights_continued_use_and_receiving_partners() -> None:
    base = "«Dəniz Fintex» MMC tətbiqi idarə edir. Biz adınızı və telefon nömrənizi toplayırıq.\n"
    v = verdicts(base + "Bu məlumatlar ödənişlərin həyata keçirilməsi üçün istifadə olunur.\n", "az")
    assert v["processing-scope"].verdict == "met"
    assert verdicts(base, "az")["processing-scope"].verdict == "omission"
    assert verdicts(base + "Məlumatlarınız hesabınız aktiv olduğu müddətdə saxlanılır.\n", "az")["retention-period"].verdict == "met"
    assert verdicts(base + "Məlumatlarınız serverlərimizdə saxlanılır.\n", "az")["retention-period"].verdict == "omission"
    rights = ("Siz məlumatlarınıza giriş, onların düzəldilməsi və silinməsi, razılığınızın geri götürülməsi və hesabınızın "
              "bağlanması üçün privacy@tezode.example ünvanına müraciət edə bilərsiniz.\n")
    assert verdicts(base + rights, "az")["rights-exercise"].verdict == "met"
    used = "Dəyişikliklərdən sonra tətbiqdən istifadəni davam etdirməyiniz onları qəbul etdiyiniz anlamına gəlir.\n"
    assert verdicts(base + used, "az")["consent-by-use"].verdict == "contravention"
    assert verdicts(base + "Dəyişikliklər barədə sizə e-poçtla məlumat veririk.\n", "az")["consent-by-use"].verdict != "contravention"
    partners = "Reklam tərəfdaşlarımız sizə reklam göstərmək üçün cihaz identifikatorunuzu alır.\n"
    assert verdicts(base + partners, "az")["sharing-separate-consent"].verdict == "contravention"
    assert verdicts(base + "Reklam tərəfdaşlarımız sizə heç bir məlumat göndərmir.\n", "az")["sharing-separate-consent"].verdict != "contravention"
