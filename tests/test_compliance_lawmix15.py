"""Issue 15 (lawmix15): own-written es/ru/az/en policies (a Shenzhen cross-border shop for Spanish-speaking buyers, a
Hainan travel and car-rental service for Russian tourists, a Hangzhou smart-camera app for Azerbaijan, a Hong Kong
wallet for mainland users), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

import compliance_judging
from compliance_judging import facts, quoted, stating


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key)


# (1) Rights offered as list items labelled by the right ("Acceso y copia: ...", "Retirada del consentimiento: ..."),
# by a pronoun object after coordinated verbs (ru "получить копию ваших данных, удалить их"), or by the az 2nd-person
# potential of sil- ("silə bilərsiniz"), whatever the object.
def test_es_label_items_offer_rights() -> None:
    s = "Acceso y copia: Mi cuenta > Configuración > Privacidad > «Descargar mis datos»."
    assert stating(s, "es", "right_access")
    assert stating("Retirada del consentimiento: puede desactivar la ubicación en Configuración.", "es", "right_withdraw")
    # near miss: access named as a security matter is no label of a right
    assert not stating("Limitamos el acceso de nuestros empleados mediante contraseñas.", "es", "right_access")


def test_ru_pronoun_object_after_coordinated_verbs() -> None:
    s = "Чтобы получить копию ваших данных, удалить их или отозвать согласие, напишите на privacy@example.ru."
    assert stating(s, "ru", "right_delete")
    assert not stating("Чтобы получить копию ваших данных, напишите на privacy@example.ru.", "ru", "right_delete")


def test_az_you_can_delete() -> None:
    assert stating("Video yazıları istənilən vaxt silə bilərsiniz.", "az", "right_delete")
    # near miss: "we may delete" is the handler's power, not the person's right
    assert not stating("Video yazıları istənilən vaxt silə bilərik.", "az", "right_delete")


# (2) az is SOV: the object comes before the adverb ("razılığınızı yenidən alacağıq" = we will obtain your consent again).
AZ_CHANGE = "Bu Siyasəti vaxtaşırı yeniləyə bilərik. Əhəmiyyətli dəyişikliklər barədə sizə tətbiqdə bildiriş göndərəcəyik{}."


def test_az_object_first_reconsent() -> None:
    assert verdict(AZ_CHANGE.format(" və razılığınızı yenidən alacağıq"), "az", "policy-changes") == "met"
    assert verdict(AZ_CHANGE.format(""), "az", "policy-changes") == "contravention"


# (3) The deeming verb itself negated: "no se considerará como consentimiento" denies the deemed consent.
def test_negated_deeming_is_no_consent_by_use() -> None:
    es = "El mero hecho de descargar o abrir la Aplicación no se considerará en ningún caso como consentimiento al tratamiento de sus datos."
    assert verdict(es, "es", "consent-by-use") != "contravention"
    assert verdict(es.replace("no se considerará en ningún caso", "se considerará"), "es", "consent-by-use") == "contravention"
    en = "Merely opening the app will not be deemed to be your consent to this Policy."
    assert stating(en, "en", "use_not_consent")
    assert not stating("Opening the app will be deemed to be your consent to this Policy.", "en", "use_not_consent")
    assert stating("Установка приложения не будет считаться вашим согласием.", "ru", "use_not_consent")
    assert not stating("Установка приложения будет считаться вашим согласием.", "ru", "use_not_consent")


# (4) az: the app is not meant for children under 14, their accounts are refused, and "such an account" found is deleted.
AZ_KIDS = "Tətbiq 14 yaşından kiçik uşaqlar üçün nəzərdə tutulmayıb. Biz e-poçt ünvanınızı toplayırıq."


def test_az_children_refused_and_removed() -> None:
    text = AZ_KIDS + " 14 yaşından kiçik uşaqların hesab yaratmasına icazə vermirik; belə hesab aşkar etsək, onu silirik."
    assert verdict(text, "az", "minors") == "met"
    # near miss: the children mentioned, nothing done about their data
    assert verdict(AZ_KIDS + " Uşaqlar üçün ayrıca qaydalarımız hələ yoxdur.", "az", "minors") == "omission"


# (5) "Remotely" says how, not from where: a support team the sentence places in China reaches the data from inside it.
AZ_HANDLER = "Tətbiqi Hangzhou Yunmu Keji Co., Ltd. (Çin, Hangzhou şəhəri) idarə edir. "


def test_remote_access_from_prc_town_is_no_transfer() -> None:
    text = AZ_HANDLER + "Texniki dəstək komandamız Hangzhou şəhərində yerləşir və cihaz qeydlərinə uzaqdan baxa bilər."
    assert verdict(text, "az", "cross-border-mechanism") == "not-applicable"
    en = ("Shenzhen Lumo Tech Co., Ltd. (Shenzhen, China) runs the app. Your data are stored in Shenzhen. "
          "Our engineers in Singapore may remotely access the logs.")
    assert verdict(en, "en", "cross-border-mechanism") == "contravention"


# (6) A storage sentence right after one naming the data of users in a foreign country goes on about those users'
# data, unless it names China or sets other users against them.
AZ_STORE = (AZ_HANDLER + "6. Məlumatların harada emal edildiyi\nAzərbaycan istifadəçilərinin video yazıları Frankfurtda saxlanılır. "
            "{} məlumatları Sinqapurdakı serverlərimizdə saxlanılır.")


def test_foreign_users_carry_to_next_storage_sentence() -> None:
    assert verdict(AZ_STORE.format("Hesab"), "az", "cross-border-mechanism") == "not-applicable"
    assert verdict(AZ_STORE.format("Digər istifadəçilərin hesab"), "az", "cross-border-mechanism") == "contravention"


# (7) A list of processing without consent in general is the collection/use list (GB/T 2020 §5.6), whose items include
# the security of the service; a list for sharing without consent is judged against §9.5.
AZ_LIST = ("{} qanuni vəzifələrimizi yerinə yetirmək üçün və xidmətin təhlükəsizliyini təmin etmək üçün "
           "məlumatlarınızı razılığınız olmadan {} bilərik.")


def test_az_processing_list_is_collection_list() -> None:
    assert verdict(AZ_LIST.format("Razılığınız olmadan emal:", "emal edə"), "az", "gbt-sharing-exceptions") == "met"
    assert verdict(AZ_LIST.format("Paylaşma:", "üçüncü tərəflərlə paylaşa"), "az", "gbt-sharing-exceptions") == "contravention"


# (8) A switch whose object is a list reaches every member of it ("desactivar la ubicación, las recomendaciones
# personalizadas y el marketing").
def test_switch_over_a_list_reaches_personalisation() -> None:
    s = "Retirada del consentimiento: puede desactivar la ubicación, las recomendaciones personalizadas y el marketing en Configuración."
    assert stating(s, "es", "profiling_optout")
    assert stating("You can disable location, marketing e-mails and personalised offers in Settings.", "en", "profiling_optout")
    # near miss: the list ends at the full stop; personalisation in the next sentence is not switched off
    assert not stating("Puede desactivar la ubicación, las notificaciones y los sonidos. Usamos recomendaciones personalizadas.", "es", "profiling_optout")


# (9) Data shared "without your name, but with the plate number and route" are de-identified, not anonymous.
RU_TRIPS = "Данные о поездках ({}) мы можем передавать транспортным управлениям городов."


def test_names_left_out_in_sharing_sentence() -> None:
    assert verdict(RU_TRIPS.format("без имени, но с номером автомобиля и маршрутом"), "ru", "de-identified-data") == "contravention"
    # near miss: aggregate statistics without names
    text = "Агрегированную статистику поездок (без имени) мы можем передавать транспортным управлениям городов."
    assert verdict(text, "ru", "de-identified-data") == "not-applicable"


# (10) az: the dative marks the recipient ("Firebase və Facebook SDK-larına ... ötürür").
def test_az_sdk_dative_is_recipient() -> None:
    s = "Tətbiq Google Firebase və Facebook SDK-larına cihaz identifikatorunuzu ötürür."
    assert stating(s, "az", "recipient")
    assert not stating("Tətbiq SDK-lar vasitəsilə heç bir məlumat toplamır.", "az", "recipient")


# (11) The group named after its companies ("other companies of the HarbourPay group").
def test_companies_of_the_group_receive() -> None:
    s = "We may share your information with other companies of the HarbourPay group for their marketing."
    assert stating(s, "en", "recipient")
    assert not stating("Our group of engineers reviews crash logs.", "en", "recipient")


# (12) The sentence that deems consent to the transfer just stated shows best that no separate consent is asked.
RU_ABROAD = ("Оператор: Hainan Tianlu Travel Co., Ltd., КНР, г. Хайкоу. Для поддержки туристов мы передаём ФИО и номер паспорта "
             "нашему партнёру — ООО «Восток-Тур» (г. Владивосток, Россия). ")


def test_cross_border_consent_quotes_the_deeming_neighbour() -> None:
    text = RU_ABROAD + "Оформляя бронирование, вы соглашаетесь на передачу ваших данных ООО «Восток-Тур»."
    assert verdict(text, "ru", "cross-border-consent") == "contravention"
    assert quoted(text, "ru", "cross-border-consent")[0].startswith("Оформляя бронирование")
    # near miss: a neighbour that is no consent leaves the transfer sentence first
    text = RU_ABROAD + "Партнёр оформляет возвраты."
    assert quoted(text, "ru", "cross-border-consent")[0].startswith("Для поддержки")


# --- batch 2 (a Singapore tutoring app for PRC users, a Xi'an summer school for Russian students, an Urumqi expo) ---

# (13) "+86" names the handler's seat only as part of a telephone number of its own, not as the country code of the
# users' numbers it collects ("mobile number (+86)").
def test_bare_country_code_is_no_prc_seat() -> None:
    text = ("Privacy notice for users in the People's Republic of China. The app is provided by LingoLeap Pte. Ltd., 71 Robinson Road, Singapore 068895. We do not have an office in "
            "mainland China. When you sign up: mobile number (+86), nickname, password.")
    assert verdict(text, "en", "overseas-representative") == "omission"
    assert stating("Call us: +86 10 8888 1234.", "en", "prc_entity")
    assert not stating("When you sign up: mobile number (+86), nickname.", "en", "prc_entity")


# (14) Other purposes named only to forbid them close the scope ("tutors may not use your information for any other
# purpose").
def test_forbidden_other_purpose_does_not_open_scope() -> None:
    base = "We use your information to provide lessons and to process payments. "
    assert verdict(base + "Tutors may not keep or use your information for any other purpose.", "en", "processing-scope") == "met"
    assert verdict(base + "We may also use your information for any other purpose.", "en", "processing-scope") == "contravention"
    es = "Usamos sus datos para gestionar los pedidos. Los transportistas no podrán utilizar sus datos para otros fines."
    assert verdict(es, "es", "processing-scope") == "met"


# (15) Sensitive data named after a contrastive negation are not received ("..., not your bank card details").
def test_contrastive_negation_names_data_not_received() -> None:
    text = "Payments go through Alipay; we receive the order number, amount and payment status, not your bank card details."
    assert verdict(text, "en", "sensitive-pi-consent") == "not-applicable"
    text = "Payments go through Alipay; we receive the order number and your bank card number, not the CVV."
    assert verdict(text, "en", "sensitive-pi-consent") == "contravention"


# (16) The child asked to use the service with a parent's permission, beside a collection threshold of 13: the
# handler obtains no guardian consent for children of 13.
def test_child_asked_for_permission_is_no_guardian_consent() -> None:
    text = ("LingoLeap is designed for learners aged 16 and above. If you are under 18, please use LingoLeap with your "
            "parent's or guardian's permission. We do not knowingly collect information from children under 13.")
    assert verdict(text, "en", "minors") == "contravention"
    assert any("under 13" in q for q in quoted(text, "en", "minors"))
    ok = ("Users under 14 may register only after their parent gives consent in the parent's app, which we verify. "
          "We collect your nickname.")
    assert verdict(ok, "en", "minors") == "met"


# (17) The person named in the third person ("Участник ... может запросить доступ, исправление, удаление"), consent
# deemed from filing an application, and accounts the service denies keeping.
RU_RIGHTS = ("Участник (родитель несовершеннолетнего участника) может запросить доступ к своим сведениям и их копию, "
             "исправление, удаление, отозвать согласие, написав на summer@example.cn. ")


def test_ru_third_person_rights_and_no_accounts() -> None:
    assert verdict(RU_RIGHTS + "Учётные записи на сайте не создаются.", "ru", "rights-exercise") == "met"
    # near miss: accounts exist and none can be closed
    assert verdict(RU_RIGHTS + "Участник создаёт учётную запись на сайте.", "ru", "rights-exercise") == "omission"


def test_ru_consent_deemed_from_application_covers_publication() -> None:
    text = ("Фотографии с экскурсий, на которых можно узнать участников, Университет публикует на своём сайте. "
            "Подавая заявку, участник соглашается на публикацию своих фотографий.")
    assert verdict(text, "ru", "consent-by-use") == "contravention"
    assert verdict(text, "ru", "public-disclosure") == "contravention"
    assert quoted(text, "ru", "public-disclosure")[0].startswith("Фотографии")
    ok = text.replace("Подавая заявку, участник соглашается на публикацию своих фотографий.",
                      "Публикация возможна только с отдельного письменного согласия участника.")
    assert verdict(ok, "ru", "public-disclosure") != "contravention"


# (18) az: the instrumental converb ("formanı göndərməklə ... razılaşırsınız") deems consent from sending the form.
def test_az_converb_deems_consent() -> None:
    text = "Qeydiyyat formasını göndərməklə siz bu bildirişlə razılaşırsınız."
    assert verdict(text, "az", "consent-by-use") == "contravention"
    assert verdict("Qeydiyyat zamanı \"Razıyam\" qutusunu ayrıca işarələməklə razılığınızı verirsiniz.", "az", "consent-by-use") != "contravention"
    # ticking a separate box is an act of consent
    assert verdict("Bron formasında ayrıca qutunu işarələməklə bu ötürməyə razılıq verirsiniz.", "az", "consent-by-use") != "contravention"


# --- batch 3 (a Yiwu sourcing agent for Latin American importers, a Guangzhou medical-travel platform, a Kazakh courier) ---

# (19) "Fecha de publicación" / "Dərc tarixi" date the version: the policy is judged at that date, not today.

def test_publication_label_dates_the_version() -> None:
    from test_extract_facts import run

    from policykg.ingest.extract import dates

    def found(text: str, lang: str) -> list[tuple[str, str]]:
        return [(s.attributes["date"], s.attributes["date_role"]) for s in run(dates, text, lang)]

    assert found("Fecha de publicación: 3 de junio de 2019", "es") == [("2019-06-03", "last_updated")]
    # near miss: a date of something else published
    assert ("2019-06-03", "last_updated") not in found("El catálogo se publicó el 3 de junio de 2019.", "es")


# (20) es: the purposes after a colon ("Utilizamos sus datos para: buscar proveedores, ..."), and the first person
# plural of a liability disclaimer ("no seremos responsables de pérdidas de datos causadas por ataques").
def test_es_purposes_after_colon_and_plural_disclaimer() -> None:
    assert stating("Utilizamos sus datos para: buscar proveedores y gestionar pedidos.", "es", "purpose_stated")
    assert not stating("Contacto para: prensa@example.com", "es", "purpose_stated")
    base = "Aplicamos cifrado SSL y control de acceso por contraseña. "
    assert verdict(base + "No obstante, no seremos responsables de pérdidas de datos causadas por ataques informáticos.", "es", "security-measures") == "contravention"
    assert verdict(base + "Revisamos estas medidas cada año.", "es", "security-measures") == "met"


# (21) az: a town abroad named as where data are sent ("nəticələr Bakıdakı həkiminizə göndərilir") from a PRC handler;
# a Baku handler whose text never names China keeps its data at home.
def test_az_town_abroad_as_destination() -> None:
    prc = ("Operator: Guangzhou Jiankang Qiao Co., Ltd., ÇXR, Quançjou şəhəri. "
           "Müalicə başa çatdıqdan sonra epikriz və analiz nəticələri Bakıdakı müalicə həkiminizə göndərilir.")
    assert verdict(prc, "az", "cross-border-mechanism") == "contravention"
    home = ("\"Xəzər Servis\" MMC (Bakı şəhəri, Azadlıq prospekti 50) mağazanı idarə edir. "
            "Sifariş məlumatları Bakıdakı serverlərimizə göndərilir.")
    assert verdict(home, "az", "cross-border-mechanism") == "not-applicable"


# --- batch 4 (a Macao resort's loyalty programme for mainland members, a Beijing short-video app in Spanish, a Chengdu
# online school for Russian-speaking children) ---

# (22) A PIPL 38 route named beside a transfer the text states without an "abroad" word ("transmitted to our servers
# in Macao ... we have entered into the Standard Contract").
MACAO = ("Lotus Crown Hospitality (Macau) Limited, Cotai, Macao, runs the programme for members in mainland China. "
         "Information you submit in the app is transmitted to our servers in Macao. {}")


def test_standard_contract_beside_a_transfer_to_macao() -> None:
    text = MACAO.format("We have entered into the Standard Contract for the Outbound Transfer of Personal Information and filed it.")
    assert verdict(text, "en", "cross-border-mechanism") == "met"
    assert verdict(MACAO.format("We protect it with encryption."), "en", "cross-border-mechanism") == "contravention"


# (23) es: an instruction after a purpose clause is a way ("Para retirar su consentimiento, desactive los permisos"),
# and a clitic object names the data corrected ("acceder a su información y corregirla").
def test_es_instruction_and_clitic_rights() -> None:
    assert stating("Para retirar su consentimiento, desactive los permisos en el sistema del teléfono.", "es", "user_can")
    assert not stating("Para mejorar el servicio, analizamos los registros.", "es", "user_can")
    assert stating("Puede acceder a su información y corregirla en su perfil.", "es", "right_correct")


# (24) es: a feed ordered by the person's interests is personalisation; a switch for advertising does not reach it.
ES_FEED = "La página «Para ti» se ordena según sus intereses, deducidos de su historial de visualización. {}"


def test_es_feed_by_interests_needs_its_own_switch() -> None:
    assert verdict(ES_FEED.format("En Ajustes > Privacidad puede desactivar la publicidad personalizada."), "es", "automated-decision") == "contravention"
    assert verdict(ES_FEED.format("En Ajustes > Privacidad puede desactivar las recomendaciones personalizadas y la publicidad personalizada."),
                   "es", "automated-decision") == "met"


# (25) Public by default in Spanish and Russian; a narrower default is no public disclosure.
def test_default_public_es_ru() -> None:
    es = "Los vídeos que publique son visibles por defecto para todos los usuarios de la aplicación."
    assert verdict(es, "es", "public-disclosure") == "contravention"
    assert verdict("Los vídeos que publique son visibles por defecto solo para sus amigos.", "es", "public-disclosure") != "contravention"
    ru = "Ваши фотографии по умолчанию видны всем пользователям приложения."
    assert verdict(ru, "ru", "public-disclosure") == "contravention"


# (26) ru: both aspects of the verbs of rights ("может ... отзывать согласие и удалять аккаунт"), the parent as actor.
def test_ru_imperfective_rights_of_parent() -> None:
    text = ("Родитель может в личном кабинете просматривать, исправлять и удалять сведения о ребёнке, выгружать их копию, "
            "отзывать согласие и удалять аккаунт.")
    assert verdict(text, "ru", "rights-exercise") == "met"
    assert verdict("Родитель может в личном кабинете просматривать сведения о ребёнке.", "ru", "rights-exercise") == "omission"


# (27) es: a long object between "compartimos" and its recipient.
def test_es_long_object_before_recipient() -> None:
    s = "Compartimos identificadores de dispositivo e información de uso con nuestros socios publicitarios para medir anuncios."
    assert stating(s, "es", "share_verb")
    assert not stating("Compartimos la preocupación de nuestros usuarios por la privacidad.", "es", "share_verb")


# --- batch 5 (a Shanghai remittance app for foreign workers, a Hefei EV maker's app for Azerbaijan) ---

# (28) A transfer said to fall under the exemption of the 2024 Provisions on Promoting and Regulating Cross-Border Data
# Flows (a remittance) has a lawful route; the Provisions merely named, no exemption claimed, are none.
EN_REMIT = ("Shanghai Sichou Payment Co., Ltd., Pudong, Shanghai, PRC, runs the app. To pay out money abroad, we send the "
            "recipient's name and account details to the recipient's bank in the destination country. {}")


def test_cross_border_flow_exemption_is_a_route() -> None:
    text = EN_REMIT.format("Because this transfer is necessary for the remittance, it is made under the Provisions on Promoting and "
                           "Regulating Cross-Border Data Flows, which exempt transfers necessary for cross-border remittances.")
    assert verdict(text, "en", "cross-border-mechanism") == "met"
    text = EN_REMIT.format("We follow the Provisions on Promoting and Regulating Cross-Border Data Flows.")
    assert verdict(text, "en", "cross-border-mechanism") == "contravention"


# (29) A legal duty naming its data by a pronoun covers the kinds of the sentence before it; the same pronoun after a
# sentence naming no sensitive data covers nothing.
def test_legal_duty_by_anaphor_covers_antecedent() -> None:
    head = ("1. What we collect\nWe collect your passport number, bank account details and a selfie for face comparison. "
            "Before the face comparison, the app explains why it is needed and how it affects you, and asks for your separate consent. ")
    text = head + ("Passport numbers and bank account details are sensitive personal information. We collect them only because "
                   "the Anti-Money Laundering Law requires us to verify customers.")
    assert verdict(text, "en", "sensitive-pi-consent") != "contravention"
    text = head + "We store them securely. We collect them only because the Anti-Money Laundering Law requires us to verify customers."
    assert verdict(text, "en", "sensitive-pi-consent") == "contravention"


# (30) A request channel in the passive ("Requests to delete information can be sent to ...") is a way.
def test_passive_request_channel() -> None:
    assert stating("Requests to delete information can be sent to pipo@example.com.", "en", "user_can")
    assert stating("Requests to delete information can be sent to pipo@example.com.", "en", "right_delete")
    assert not stating("Deleted information cannot be recovered.", "en", "user_can")
