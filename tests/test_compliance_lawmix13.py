"""Issue 15 (lawmix13): own-written ru/az/en policies (a PRC marketplace for Russian buyers, a Harbin trade school,
a Baku parcel firm with a Yiwu warehouse, a PRC smart-TV maker, a PRC translation app), by rule.

Each rule is one a linguist or a PRC data-protection lawyer would state; beside each, a near miss that must not
match. All sentences are written for this test.
"""
from __future__ import annotations

from datetime import date

import pytest

import compliance_judging
from compliance_judging import facts, stating


def verdict(text: str, lang: str, key: str) -> str:
    return compliance_judging.verdict(text, lang, key)


# (1) PRC addresses are written from the country down ("КНР, провинция Хэйлунцзян, г. Харбин"): the town after the
# country is a PRC place, so staff abroad reaching data kept there move them abroad.
RU_SCHOOL = ("Положение принято Школой «Берёзовый лист» (桦叶学校), адрес: КНР, провинция Хэйлунцзян, г. Харбин, ул. Садовая, д. 3. "
             "Анкеты хранятся на сервере Школы в г. Харбине. ")


def test_country_first_address_places_town_in_prc() -> None:
    assert "харби" in facts(RU_SCHOOL, "ru").doc_prc_places
    text = RU_SCHOOL + "Сотрудники нашего офиса в г. Чите имеют удалённый доступ к анкетам."
    assert verdict(text, "ru", "cross-border-mechanism") == "contravention"


def test_country_first_address_near_miss() -> None:
    # a town of the handler's own outside the PRC, with China named only as a market: no PRC town
    text = "ООО «Листок» (Российская Федерация, г. Чита) продаёт товары из КНР. Анкеты хранятся в г. Чите."
    assert facts(text, "ru").doc_prc_places == ()
    # the country named in running text, a foreign town after it: no address, no PRC town
    assert facts("Данные покупателей, в том числе из КНР, хранятся на серверах в г. Омске.", "ru").doc_prc_places == ()
    # with no PRC place in the address, staff reaching the forms remotely from the handler's own town move nothing abroad
    far = "Положение принято Школой «Берёзовый лист» (桦叶学校), адрес: Российская Федерация, г. Чита, ул. Садовая, д. 3. "
    assert verdict(far + "Сотрудники нашего офиса в г. Чите имеют удалённый доступ к анкетам.", "ru", "cross-border-mechanism") == "not-applicable"


def test_az_country_first_address() -> None:
    text = ("\"Qingdao Dalğa Electronics Co., Ltd.\" (Çin Xalq Respublikası, Şandun əyaləti, Tsindao şəhəri) bu tətbiqi idarə edir. ")
    assert "tsinda" in facts(text, "az").doc_prc_places


# (2) A handler seated in the PRC handing data to a recipient whose address in brackets is in another country sends
# them abroad; a recipient in brackets placed in the PRC does not.
RU_SHOP = "ООО «Ханчжоу Лотос» (Китайская Народная Республика, г. Ханчжоу) управляет магазином. Данные хранятся в Ханчжоу. "


@pytest.mark.parametrize("text,expected", [
    ("Адрес и телефон получателя передаются курьерской службе ООО «Северный путь» (Российская Федерация, г. Омск).", "contravention"),
    ("Адрес и телефон получателя передаются курьерской службе ООО «Южный путь» (КНР, г. Нинбо).", "not-applicable"),
    ("Адрес и телефон получателя не передаются службе ООО «Северный путь» (Российская Федерация, г. Омск).", "not-applicable"),
])
def test_recipient_abroad_by_bracketed_address(text: str, expected: str) -> None:
    assert verdict(RU_SHOP + text, "ru", "cross-border-mechanism") == expected


# (3) Data from the handler's own PRC unit (a Yiwu warehouse) moved to its seat abroad go abroad, though the sentence
# names the PRC town only ("Yiwu anbarında ... Bakıdakı serverlərimizə ötürülür").
AZ_CARGO = "\"Dəniz Kargo\" MMC (Bakı şəhəri, Nizami küçəsi 1) bağlamaları çatdırır. "


def test_prc_town_to_seat_is_abroad() -> None:
    text = AZ_CARGO + "Yiwu anbarında qəbul edilən bağlamaların məlumatları hər gün Bakıdakı serverlərimizə ötürülür."
    assert verdict(text, "az", "cross-border-mechanism") == "contravention"


def test_seat_town_without_prc_is_not_abroad() -> None:
    text = AZ_CARGO + "Sumqayıt anbarında qəbul edilən bağlamaların məlumatları hər gün Bakıdakı serverlərimizə ötürülür."
    assert verdict(text, "az", "cross-border-mechanism") == "not-applicable"


# (4) Consent deemed: "deemed to consent" (bare infinitive) and an opening Russian adverbial participle with
# "вы соглашаетесь"; a ticked box or a button is an act of consent, not deeming.
@pytest.mark.parametrize("lang,text", [
    ("en", "If you upload a file, you are deemed to consent to our processing of the names in it."),
    ("ru", "Подавая заявку на курс, вы соглашаетесь с условиями настоящего Положения."),
])
def test_deemed_consent(lang: str, text: str) -> None:
    assert stating(text, lang, "deemed_consent")


@pytest.mark.parametrize("lang,text", [
    ("en", "You will never be asked to consent to anything you have not read."),
    ("ru", "Нажимая кнопку «Согласен», вы соглашаетесь с условиями настоящего Положения."),
    ("ru", "Подавая заявку, приложите копию паспорта."),
])
def test_deemed_consent_near_miss(lang: str, text: str) -> None:
    assert not stating(text, lang, "deemed_consent")


# (5) Personalised ads "off by default; you can turn it on or off": opt-in, with an off switch in the next clause.
def test_off_by_default_and_on_or_off_is_optout() -> None:
    head = "Lotus Ltd runs the Lotus app. We show personalised ads based on your history. "
    assert verdict(head + "Personalised advertising is off by default; you can turn it on or off in Settings.", "en", "automated-decision") == "met"
    assert verdict(head + "Personalised advertising is on by default.", "en", "automated-decision") == "contravention"


# (6) Weak guardian wording ("ask your parent") is cured by dedicated children's rules named in running text.
def test_dedicated_children_rules_cure() -> None:
    head = "Lotus Ltd runs the Lotus app for everyone. "
    weak = "If you are under 14, please ask your parent to read this Policy and use the App only with their consent. "
    assert verdict(head + weak + "Our Children's Personal Information Protection Rules are at lotus.example/kids.", "en", "minors") == "met"
    assert verdict(head + weak + "Our Children's Day offers are at lotus.example/kids.", "en", "minors") == "contravention"


# (7) Azerbaijani consonant alternation: maraq -> marağımız (legitimate interest) before a vowel-initial suffix.
def test_az_legitimate_interest_alternation() -> None:
    head = "\"Dalğa\" MMC tətbiqi idarə edir. "
    assert verdict(head + "Qanuni marağımız əsasında texniki jurnalları razılığınız olmadan toplayırıq.", "az", "legal-basis") == "contravention"
    assert verdict(head + "Texniki jurnalları yalnız razılığınızla toplayırıq.", "az", "legal-basis") != "contravention"


# (8) Russian: viewing one's data is access; "невозможно" as the cost of refusing optional processing; a box ticked
# on its own for this processing is separate consent; the passive with the data as subject states a purpose.
def test_ru_view_is_access() -> None:
    assert stating("Вы можете просматривать и исправлять свои данные в профиле.", "ru", "right_access")
    assert not stating("Мы просматриваем журналы сервера раз в неделю.", "ru", "right_access")


def test_ru_refusal_impossible_is_forced() -> None:
    assert stating("Если вы не даёте согласие на рекламные рассылки, оформление заказа невозможно.", "ru", "forced_acceptance")
    assert not stating("Если вы не даёте согласие на рекламные рассылки, вы не будете их получать.", "ru", "forced_acceptance")


def test_ru_separate_box_is_separate_consent() -> None:
    assert stating("Абитуриент отдельно отмечает поле «Согласен на обработку медицинских данных».", "ru", "separate_consent")
    assert not stating("Абитуриент отмечает поле «Согласен с правилами».", "ru", "separate_consent")


def test_passive_use_is_we_use() -> None:
    assert stating("Сведения используются для зачисления и выдачи сертификатов.", "ru", "we_use")
    assert not stating("Сведения не используются для рекламы.", "ru", "we_use")
    assert stating("Sus datos se utilizan para gestionar la matrícula.", "es", "we_use")
    assert stating("Your data are used to deliver your order.", "en", "we_use")
    assert not stating("Your data are not used to show ads.", "en", "we_use")


# (9) A Chinese registered name in brackets naming a school or company is the legal entity.
@pytest.mark.parametrize("lang,text", [
    ("ru", "Положение принято Школой «Берёзовый лист» (桦叶学校)."),
    ("en", "This policy is issued by Birchleaf School (桦叶学校)."),
    ("az", "Bu siyasəti \"Dalğa\" (青岛达尔加有限公司) təqdim edir."),
])
def test_bracketed_chinese_name_is_entity(lang: str, text: str) -> None:
    assert stating(text, lang, "legal_entity")


def test_chinese_school_word_in_running_text_is_not_entity() -> None:
    assert not stating("Мы сотрудничаем со многими 学校 Харбина.", "ru", "legal_entity")


# (10) Remote access from abroad is itself the transfer, whatever the verb ("uzaqdan baxa bilər": can look remotely);
# "bu giriş" (this access) takes it up, so the safeguard it names is judged.
AZ_DRONE = ("\"Shenzhen Qanad Technology Co., Ltd.\" (Çin Xalq Respublikası, Quandun əyaləti, Şençjen şəhəri) tətbiqi idarə edir. "
            "Bütün məlumatlar Şençjendəki məlumat mərkəzimizdə saxlanılır. ")


def test_az_remote_view_from_abroad_is_transfer() -> None:
    text = AZ_DRONE + "Almaniyadakı əməkdaşlarımız uçuş jurnallarına uzaqdan baxa bilər. Bu giriş GDPR-a uyğun həyata keçirilir."
    assert verdict(text, "az", "cross-border-mechanism") == "contravention"
    assert "Bu giriş" in " ".join(compliance_judging.quoted(text, "az", "cross-border-mechanism"))


def test_az_view_without_abroad_is_no_transfer() -> None:
    text = AZ_DRONE + "Şençjendəki əməkdaşlarımız uçuş jurnallarına baxa bilər."
    assert verdict(text, "az", "cross-border-mechanism") == "not-applicable"


# (11) Azerbaijani impersonal possibility "etmək olar" (one can) is a way for the reader; "olmaz" denies it.
def test_az_impersonal_possibility() -> None:
    assert stating("Hesabı Parametrlər bölməsindən ləğv etmək olar.", "az", "user_can")
    assert not stating("Hesabı Parametrlər bölməsindən ləğv etmək olmaz.", "az", "user_can")


def test_coordinated_rights_share_object() -> None:
    assert stating("Məlumatlarınıza baxa, onların surətini ala, düzəliş edə və silə bilərsiniz.", "az", "right_correct")
    assert not stating("Biz sistemdə düzəliş edirik.", "az", "right_correct")
    assert stating("Вы можете потребовать исправления или удаления сведений.", "ru", "right_correct")
    assert not stating("Вы можете потребовать удаления сведений.", "ru", "right_correct")


def test_az_changes_named_before_notice() -> None:
    assert stating("Dəyişikliklər barədə e-poçtla bildiriş göndəririk.", "az", "policy_change")
    assert not stating("Sifariş barədə e-poçtla bildiriş göndəririk.", "az", "policy_change")


# (12) Russian "направлять" (send) moves data as "передавать" does; a recipient's long bracketed address abroad.
def test_ru_send_to_recipient_abroad_with_contact() -> None:
    head = "ООО «Санья Берег» (КНР, провинция Хайнань, г. Санья) оказывает услуги. Сведения хранятся в г. Санья. "
    text = head + ("По вашему отдельному согласию мы направляем выписку агентству ООО «Берег Тур» (Российская Федерация, "
                   "г. Владивосток, ул. Морская, д. 0, info@bereg.example) для страховки.")
    assert verdict(text, "ru", "cross-border-mechanism") == "contravention"
    assert not stating("Мы выбираем направление развития сервиса.", "ru", "transfer_verb")


# (13) De-identified ("обезличенные") data used with consent dispensed with stay personal information; used only
# with consent, or anonymised irreversibly, they do not raise the point.
@pytest.mark.parametrize("text,expected", [
    ("Обезличенные медицинские сведения могут использоваться в исследованиях без дополнительного согласия.", "contravention"),
    ("Обезличенные медицинские сведения могут использоваться в исследованиях только с вашего согласия.", "not-applicable"),
])
def test_ru_deidentified_without_consent(text: str, expected: str) -> None:
    head = "ООО «Санья Берег» (КНР, г. Санья) оказывает медицинские услуги. "
    assert verdict(head + text, "ru", "de-identified-data") == expected


# (14) Batch 3 (a Hangzhou tutoring platform's English notice for foreign teachers; a Shanghai game's Russian policy).
def test_en_pronoun_object_takes_up_listed_data() -> None:
    assert stating("We collect your name and bank account. We use them to pay you.", "en", "purpose_stated")
    assert not stating("We collect your name and bank account. We use them.", "en", "purpose_stated")


@pytest.mark.parametrize("key,text", [
    ("right_access", "Parents can see or download their information in the app."),
    ("right_correct", "Parents can correct their information in the app."),
    ("right_delete", "Parents can delete their information in the app."),
])
def test_en_rights_in_the_third_person(key: str, text: str) -> None:
    assert stating(text, "en", key)
    assert not stating(text.replace("their information", "their lesson plans"), "en", key)


def test_en_necessity_and_impact_wording() -> None:
    text = "A separate consent screen explains why we need your passport number and how their use affects you."
    assert stating(text, "en", "sensitive_necessity")
    assert not stating("A separate consent screen asks for your passport number.", "en", "sensitive_necessity")


def test_en_parent_consents_on_child_behalf() -> None:
    assert stating("Students under 14 are registered by a parent, who gives consent on the child's behalf.", "en", "guardian_consent")
    assert not stating("Students under 14 are registered by a teacher, who gives a tour of the app.", "en", "guardian_consent")


def test_ru_fraud_prevention_is_security_ground() -> None:
    head = "ООО «Звезда» (КНР, г. Шанхай) издаёт игру. "
    text = head + "Для предотвращения мошенничества мы обрабатываем данные об устройстве без вашего согласия."
    assert verdict(text, "ru", "legal-basis") == "contravention"
    assert verdict(head + "Для предотвращения мошенничества мы обрабатываем данные об устройстве с вашего согласия.", "ru", "legal-basis") != "contravention"


def test_ru_object_first_optout_and_comparative_age() -> None:
    assert stating("Персонализированные предложения можно отключить в настройках.", "ru", "profiling_optout")
    assert not stating("Персонализированные предложения показываются в магазине.", "ru", "profiling_optout")
    assert stating("Если вам меньше 14 лет, аккаунт создаёт родитель.", "ru", "minors_mention")
    assert not stating("Письмо придёт меньше чем за 14 дней до срока.", "ru", "minors_mention")


def test_ru_coordinated_delete_shares_object() -> None:
    assert stating("Вы можете получить копию своих данных, исправить их, удалить и отозвать согласие.", "ru", "right_delete")
    assert not stating("Вы можете получить копию своих данных и исправить их.", "ru", "right_delete")


# (15) Item labels split off as sentences ("B1.") do not put the anaphor further from its transfer; Russian bare
# "Передача осуществляется ..." takes up the transfer; the foreign safeguard beside it is quoted.
def test_label_sentences_do_not_break_anaphor() -> None:
    head = "Lotus Co., Ltd. (Hangzhou, PRC) runs the app. "
    text = head + ("B1. Payouts are processed by Payco Inc. (New York, United States), which receives your bank account. "
                   "B2. Payco is certified under PCI DSS. B3. By signing the agreement you consent to this transfer.")
    quotes = " ".join(compliance_judging.quoted(text, "en", "cross-border-mechanism"))
    assert "certified under PCI DSS" in quotes
    assert "you consent to this transfer" in " ".join(compliance_judging.quoted(text, "en", "cross-border-consent"))


def test_ru_bare_noun_anaphor() -> None:
    assert stating("Передача осуществляется в соответствии с законом страны получателя.", "ru", "transfer_anaphor")
    assert not stating("Передача товара осуществляется курьером.", "ru", "transfer_anaphor")


# (16) Batch 4: "safeguard our legitimate rights and interests" is the company's own ground ("your" rights are not);
# a "Recipient:" label with an e-mail names the recipient and its contact.
def test_safeguard_our_rights_is_company_ground() -> None:
    assert stating("(3) where necessary to safeguard our legitimate rights and interests.", "en", "ground_company_rights")
    assert not stating("(3) where necessary to safeguard your legitimate rights and interests.", "en", "ground_company_rights")


@pytest.mark.parametrize("lang,text,near", [
    ("en", "Recipient: Lotus Hotels LLC, Baku, privacy@lotus.example.", "Recipient: Lotus Hotels LLC, Baku."),
    ("az", "Alıcı: \"Lotus\" ASC, Bakı, privacy@lotus.example.", "Alıcı: \"Lotus\" ASC, Bakı."),
    ("ru", "Получатель: ООО «Лотос», Баку, privacy@lotus.example.", "Получатель: ООО «Лотос», Баку."),
])
def test_recipient_label_with_email(lang: str, text: str, near: str) -> None:
    assert stating(text, lang, "recipient_contact")
    assert not stating(near, lang, "recipient_contact")
