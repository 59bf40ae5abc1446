"""Causes of scalar errors seen on fresh policies in five languages (issue 16, helper facts21): a retention rule
stated only in a table's "retention period" column, a version table whose rows outdate the policy's own dateline,
a regulator's address and phone in brackets after "a complaint before the regulator".

Each rule is tested with the wording it is for and a near miss beside it. All texts are written for these
tests (invented companies), not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts


# --- a table's retention column states the rule of each row, without a verb ---------------------------------
@pytest.mark.parametrize(
    ("text", "language", "kind", "period"),
    [
        ("才聚隐私政策\n（二）存储期限\n各类信息的处理方式如下：\n信息类型\t保存期限\t期满后的处理\n"
         "账号信息、在线简历\t账号存续期间\t删除或匿名化\n聊天记录\t自最后一次沟通之日起3年\t删除\n", "zh", "purpose-bound", None),
        ("才聚隐私政策\n附表：\n信息类型\t保存期限\n聊天记录\t自最后一次沟通之日起3年\n登录日志\t不少于六个月\n", "zh", "fixed", "P3Y"),
        ("Tenant privacy notice\nThe main periods of our schedule are:\nRecord | Retention period\n"
         "Call recordings | 90 days\nUnsuccessful applications | 12 months after the application is closed\n", "en", "fixed", "P90D"),
        ("Aviso de privacidad\nLos plazos son los siguientes:\nDato | Plazo de conservación\n"
         "Contratos de alquiler | 5 años desde la devolución\nTelemetría | 90 días\n", "es", "fixed", "P5Y"),
        ("Политика конфиденциальности\nСроки приведены в таблице:\nКатегория данных | Срок хранения\n"
         "Договоры с клиентами | 3 года после исполнения\nЗаписи звонков | 6 месяцев\n", "ru", "fixed", "P3Y"),
        ("Məxfilik siyasəti\nMüddətlər cədvəldə göstərilmişdir:\nMəlumat növü | Saxlama müddəti\n"
         "Sifariş tarixçəsi | 3 il\nYazışmalar | 6 ay\n", "az", "fixed", "P3Y"),
    ],
)
def test_retention_from_a_table_column(text: str, language: str, kind: str, period: str | None) -> None:
    retention = facts(text, language)["retention"]
    assert retention == {"stated": True, "kind": kind, "period": period}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # near misses: durations in a table without a retention column are no retention rule
        ("Privacy notice\nWe share data with:\nRecipient | Purpose | Country\nCourier | delivery within 3 days | UK\n", "en"),
        ("隐私政策\n第三方SDK列表：\nSDK名称\t使用目的\t收集信息\n推送SDK\t推送30天内的活动通知\t设备标识符\n", "zh"),
        ("Политика\nПолучатели данных:\nПолучатель | Цель | Страна\nКурьер | доставка за 3 дня | Россия\n", "ru"),
    ],
)
def test_durations_in_other_tables_are_no_retention(text: str, language: str) -> None:
    assert facts(text, language)["retention"]["stated"] is False


def test_retention_column_cell_without_a_period_or_bound_decides_nothing() -> None:
    text = "Privacy notice\nRecord | Retention period\nPayroll | see our HR notice\nCCTV | 30 days\n"
    assert facts(text, "en")["retention"] == {"stated": True, "kind": "fixed", "period": "P30D"}


# --- a version table records history: the policy's own dateline outranks it --------------------------------
@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("才聚直聘个人信息保护政策\n更新日期：2024年3月\n生效日期：2024年3月18日\n一、引言\n我们重视您的隐私。\n"
         "版本更新记录：\n版本\t发布日期\t主要变更\nV5.2\t2024年3月11日\t新增保存期限\nV5.1\t2023年8月2日\t新增小程序\n",
         "zh", "2024-03-18"),
        ("Privacy Notice\nLast updated: June 2023\nEffective date: 19 June 2023\n1. Who we are\nWe run a shop.\n"
         "Change log\nVersion | Date published | Summary\nv4 | 12 June 2023 | new processors\nv3 | 2 May 2021 | cookies\n",
         "en", "2023-06-19"),
        # near miss: a policy dated only in its version table takes the table's date
        ("Política de privacidad\n1. Responsable\nSomos una empresa de alquiler.\nHistorial de versiones\n"
         "Versión | Fecha de actualización | Cambio\n4 | 05.06.2023 | nube\n3 | 12.01.2021 | telemetría\n", "es", "2023-06-05"),
        # near miss: a one-row table of the document's details is no history
        ("Privacy Notice\nDocument | GOV-DP-02 | Last revised: 3 May 2023\n1. Who we are\nWe are a landlord.\n"
         "We review this notice every two years; the last review ended 14 March 2023.\n", "en", "2023-05-03"),
    ],
)
def test_version_table_is_history(text: str, language: str, date: str) -> None:
    assert facts(text, language)["last_updated"] == date


# --- a regulator's bracketed address and phone after "a complaint before it" are the regulator's -------------
@pytest.mark.parametrize(
    ("text", "language", "phones"),
    [
        ("Contacto: Teléfono: +598 2915 4400 (lunes a viernes de 9 a 18 h). También puede presentar una denuncia ante "
         "la URCDP (Av. Uruguay 1150, tel. 2901 2929).", "es", ["+598 2915 4400"]),
        ("Contacto: Teléfono: +598 2915 4400 (lunes a viernes). Si no está conforme, puede presentar una reclamación "
         "ante la autoridad de control (Montevideo, tel. 2901 2929).", "es", ["+598 2915 4400"]),
        ("Обращения принимаются по телефону +7 (343) 310-45-67. Вы вправе обжаловать наши действия в Роскомнадзор "
         "(г. Москва, Китайгородский пр., д. 7, тел. +7 (495) 983-33-93).", "ru", ["+7 (343) 310-45-67"]),
        # near miss: the publisher's own number with its hours in brackets after a complaint sentence is kept
        ("Puede presentar una denuncia ante la URCDP. Nuestro teléfono: +598 2915 4400 (lunes a viernes, 9 a 18 h).",
         "es", ["+598 2915 4400"]),
    ],
)
def test_regulator_number_in_brackets(text: str, language: str, phones: list[str]) -> None:
    assert facts(text, language)["contacts"]["phones"] == phones


# --- a period added to the end of a relationship ("… plus 3 years", "más 5 años", "плюс 3 года") -----------------
@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("We keep pass holder profiles until your account is closed plus 3 years, so that loyalty pricing applies.",
         "en", "P3Y"),
        ("We keep tenancy files for the length of the tenancy and a further 6 years.", "en", "P6Y"),
        ("Conservamos los datos hasta la baja de la cuenta más 5 años para atender reclamaciones.", "es", "P5Y"),
        ("Мы храним данные клиентов до закрытия аккаунта плюс 3 года.", "ru", "P3Y"),
    ],
)
def test_period_added_to_an_end(text: str, language: str, period: str) -> None:
    assert facts(text, language)["retention"] == {"stated": True, "kind": "fixed", "period": period}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We keep your data plus any notes you add to your profile.", "en"),  # "plus" without a duration
        ("Conservamos sus datos y más información sobre sus pedidos.", "es"),
    ],
)
def test_plus_without_a_duration_is_no_period(text: str, language: str) -> None:
    assert facts(text, language)["retention"]["period"] is None


# --- storage named by a region with the country in brackets (es) ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("No realizamos transferencias internacionales de datos. Nuestros sistemas de facturación se alojan en centros "
         "de datos de la Unión Europea (Irlanda).", "IE"),
        ("Los datos se almacenan en la Unión Europea (Fráncfort, Alemania).", "DE"),
        # near miss: the region alone names no country
        ("Los datos se almacenan en la Unión Europea (UE).", None),
    ],
)
def test_es_storage_region_with_country_in_brackets(text: str, location: str | None) -> None:
    assert facts(text, "es")["cross_border"]["storage_location"] == location


# --- dates, storage, minors and implied consent written the ways batch 3 wrote them ---------------------------
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("PERSONAL DATA PROTECTION POLICY\nThis policy was last revised on the 2nd day of February, 2024.\n", "2024-02-02"),
        ("Privacy Notice\nLast updated: 21st day of March 2023\n", "2023-03-21"),
        # near miss: a deed's day without "day of" and a month is still only a month
        ("Privacy Notice\nLast updated: February 2024\n", "2024-02-01"),
    ],
)
def test_formal_day_of_month_date(text: str, date: str) -> None:
    assert facts(text, "en")["last_updated"] == date


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Our property management platform is provided by a vendor that hosts it in Australia (Sydney).", "AU"),
        ("Our email provider hosts your messages in Ireland.", "IE"),
    ],
)
def test_active_hosting_verb_names_storage(text: str, location: str) -> None:
    assert facts(text, "en")["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        # two clauses, two places: no single storage location
        ("宠物病历系统部署在位于新加坡的服务器上，其余个人信息存储于中国境内。", "zh", None),
        ("Patient records are stored in Singapore, and all other data is stored in Germany.", "en", None),
        # near misses: a denied second place, or a place that is no storage, leave the one place
        ("您的个人信息存储于中国境内，不会存储在新加坡的服务器上。", "zh", "CN"),
        ("为便于与位于新加坡的专家会诊，您的个人信息存储于中国境内。", "zh", "CN"),
    ],
)
def test_storage_split_between_clauses(text: str, language: str, location: str | None) -> None:
    assert facts(text, language)["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("No tratamos datos de menores de catorce años sin el consentimiento de sus padres o tutores.", 14),
        ("Nuestros servicios no están dirigidos a menores de dieciocho años.", 18),
        ("No tratamos datos de menores de 16 años.", 16),
    ],
)
def test_es_age_in_words(text: str, age: int) -> None:
    assert facts(text, "es")["minors"] == {"mentioned": True, "age": age}


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Направляя резюме на сайте kadry-plus.ru, соискатель дает согласие на обработку своих персональных данных.", True),
        ("Заполняя форму на сайте avtoduet.ru, вы соглашаетесь с настоящей Политикой.", True),
        # near miss: confirming having read the policy is no consent
        ("Используя сайт kadry-plus.ru, вы подтверждаете, что ознакомились с Политикой.", False),
    ],
)
def test_ru_implied_consent_across_a_web_address(text: str, implied: bool) -> None:
    assert facts(text, "ru")["implied_consent"] is implied


# --- batch 4: a version log without an "updated" cue, abbreviated month names, "posted on our site" (az),
# --- "kept for the period the law sets" (zh) beside a deletion when the user leaves ---------------------------
@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("Customer Privacy Statement\nWe sell electricity.\nDocument control\n|Version|Date|Owner|Summary|\n"
         "|1.0|14/03/2022|Privacy Officer|First issue|\n|2.0|09/11/2023|Head of Legal|Hosting|\n", "en", "2023-11-09"),
        ("Политика\nМы продаём книги.\nИстория изменений\nРедакция | Дата | Изменения\n1 | 10.01.2022 | первая\n"
         "2 | 05.03.2024 | cookie\n", "ru", "2024-03-05"),
        # near miss: dated rows of a table that names no version (laws with their dates) date nothing
        ("Privacy Statement\nWe sell electricity.\n|Law|Date|\n|Privacy Act|30/06/2020|\n|Code|01/05/2021|\n", "en", None),
    ],
)
def test_version_log_dates_a_policy_without_other_dates(text: str, language: str, date: str | None) -> None:
    assert facts(text, language)["last_updated"] == date


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("AVISO DE PRIVACIDAD INTEGRAL\nFecha de última actualización: 15/ago/2023\n", "es", "2023-08-15"),
        ("AVISO DE PRIVACIDAD\nÚltima actualización: 3-dic-2024\n", "es", "2024-12-03"),
        ("Privacy Notice\nLast updated: 03-Mar-2024\n", "en", "2024-03-03"),
    ],
)
def test_month_abbreviation_between_slashes(text: str, language: str, date: str) -> None:
    assert facts(text, language)["last_updated"] == date


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Siyasət\n7. Dəyişikliklər\nSiyasət dəyişdikdə yeni variant klubların resepsiyasında və saytımızda "
         "yerləşdirilir.\n", True),
        # near miss: a change named without saying how it is made known
        ("Siyasət\n7. Dəyişikliklər\nBiz Siyasəti istənilən vaxt dəyişə bilərik.\n", False),
    ],
)
def test_az_change_posted_on_our_site(text: str, notice: bool) -> None:
    assert facts(text, "az")["policy_change_notice"] is notice


@pytest.mark.parametrize(
    ("text", "retention"),
    [
        ("隐私政策\n三、信息的保存\n我们将按照法律法规规定的期限保存您的个人信息。人脸特征值在您退出认证后立即删除。\n",
         {"stated": True, "kind": "purpose-bound", "period": None}),
        # a period beside the deletion on leaving is the rule; the deletion stays the fallback
        ("隐私政策\n三、信息的保存\n我们将您的订单信息保存3年。人脸特征值在您退出认证后立即删除。\n",
         {"stated": True, "kind": "fixed", "period": "P3Y"}),
        # the law-set period alone: stated, of no kind
        ("隐私政策\n三、信息的保存\n我们将按照法律法规规定的期限保存您的个人信息。\n",
         {"stated": True, "kind": None, "period": None}),
    ],
)
def test_zh_law_set_period_and_deletion_on_leaving(text: str, retention: dict) -> None:
    assert facts(text, "zh")["retention"] == retention


# --- batch 5: a law's title names no storage place; "retained in accordance with the … Act"; a period after the
# --- end of the service that the keeping verb follows (zh) ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        ("Обработка осуществляется в соответствии с Федеральным законом «Об основах охраны здоровья граждан в "
         "Российской Федерации».", "ru", None),
        # near miss: the same country outside the title is the storage place
        ("Данные хранятся на серверах в Российской Федерации в соответствии с законом «О персональных данных».",
         "ru", "RU"),
    ],
)
def test_country_in_a_law_title_is_no_storage(text: str, language: str, location: str | None) -> None:
    assert facts(text, language)["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "retention"),
    [
        ("Retention\nRecords are retained in accordance with the State Records Act 1998 (NSW) and our disposal "
         "schedule.\n", {"stated": True, "kind": None, "period": None}),
        ("Retention\nFiles are kept under lock and key in our office.\n", {"stated": False, "kind": None, "period": None}),
    ],
)
def test_en_kept_as_an_act_says(text: str, retention: dict) -> None:
    assert facts(text, "en")["retention"] == retention


@pytest.mark.parametrize(
    ("text", "retention"),
    [
        ("隐私政策\n四、保存期限\n我们会在您使用服务期间以及服务终止后六个月内保存您的账号和订单信息。\n",
         {"stated": True, "kind": "fixed", "period": "P6M"}),
        # near miss: a deletion within a time after an event is no keeping period
        ("隐私政策\n清关所需的身份证信息仅存储在中国境内，并在清关完成后三十日内删除。\n",
         {"stated": False, "kind": None, "period": None}),
    ],
)
def test_zh_period_after_the_service_ends(text: str, retention: dict) -> None:
    assert facts(text, "zh")["retention"] == retention


# --- batch 6: the year's word after a date alone on a line, the az "updated" verb after its date, ru implied
# --- consent by leaving a request, a page translated paragraph by paragraph is in the language that leads --------
@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("УТВЕРЖДАЮ\nГенеральный директор\nООО «Туроператор «Солнечный берег»\n_____________ И.П. Воронцов\n"
         "«14» августа 2023 г.\nПолитика обработки персональных данных\n1. Общие положения\n", "ru", "2023-08-14"),
        ("Bu Siyasət 2024-cü ilin 5 fevral tarixində yenilənmişdir.\n1. Biz kimik\nKlinikanı idarə edirik.\n", "az",
         "2024-02-05"),
        # the place of signing before the date keeps its own "г." ("г. Томск … «02» октября 2024 г.")
        ("Согласие и политика обработки персональных данных\nг. Томск      «02» октября 2024 г.\nООО «Лесная аптека» "
         "публикует настоящий документ.\n", "ru", "2024-10-02"),
        # near miss: a law's date in a sentence is no version date
        ("Политика\n1. Общие положения\nПолитика разработана в соответствии с Федеральным законом от 27 июля 2006 г. "
         "№ 152-ФЗ.\n", "ru", None),
    ],
)
def test_year_word_and_az_updated_after(text: str, language: str, date: str | None) -> None:
    assert facts(text, language)["last_updated"] == date


def test_ru_implied_consent_by_leaving_a_request() -> None:
    text = "Оставляя заявку на сайте, пользователь дает согласие на обработку персональных данных."
    assert facts(text, "ru")["implied_consent"] is True


_PAIRS = [
    ("激活无人机时，我们会收集您的手机号码或电子邮箱、设备序列号及激活地点，用于售后服务和产品安全。",
     "When you activate a drone, we collect your mobile number or email address, the device serial number and the "
     "activation location, for after-sales service and product safety."),
    ("我们在中华人民共和国境内收集和产生的个人信息存储在中华人民共和国境内。",
     "Personal information collected and generated in the People's Republic of China is stored in the People's "
     "Republic of China."),
    ("我们的产品不面向14周岁以下的儿童，我们不会主动收集儿童的个人信息。",
     "Our products are not directed at children under 14, and we do not knowingly collect children's information."),
    ("发生个人信息安全事件后，我们将及时以邮件、短信或推送通知的方式告知您事件的基本情况。",
     "If a personal information security incident occurs, we will promptly inform you of it by email, SMS or push "
     "notification."),
    ("本政策更新时，我们会在App内以弹窗方式通知您，并在官网公布更新后的版本。",
     "When this policy is updated, we will notify you in the app with a pop-up and publish the new version on our "
     "website."),
]


@pytest.mark.parametrize(("order", "language"), [("zh-first", "zh"), ("en-first", "en")])
def test_paragraph_by_paragraph_translation_is_in_the_leading_language(order: str, language: str) -> None:
    pairs = _PAIRS * 2
    paragraphs = [p for zh, en in pairs for p in ((zh, en) if order == "zh-first" else (en, zh))]
    text = "隐私政策 Privacy Policy\n" + "\n".join(paragraphs) + "\n"
    assert facts(text, "en")["language"] == language


# --- batch 7 (taken after the last fixes, its first look is the honest one): a cookie's lifetime is no control, a
# --- "security compromise" (POPIA), a deletion on closing beside keeping periods (zh) -------------------------
@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("Cookies\nThe member portal uses session cookies only; they are deleted when you close your browser.\n", False),
        ("Cookies\nOur site uses cookies. You can delete them in your browser settings.\n", True),
    ],
)
def test_cookie_lifetime_is_no_control(text: str, control: bool) -> None:
    assert facts(text, "en")["cookie_control"] is control


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("If we have reasonable grounds to believe your information has been accessed by an unauthorised person, we "
         "will notify you and the Information Regulator.", True),
        # near miss: the person is asked to report unauthorised access to the company
        ("If your password has been accessed by an unauthorised person, you must notify us immediately.", False),
    ],
)
def test_security_compromise_notice(text: str, notice: bool) -> None:
    assert facts(text, "en")["incident_notification"] is notice


@pytest.mark.parametrize(
    ("text", "retention"),
    [
        ("隐私政策\n三、存储\n骑行轨迹保存180天，订单信息保存三年，身份证号码在您注销账号后15日内删除。\n",
         {"stated": True, "kind": "fixed", "period": "P180D"}),
        # near miss: the deletion on closing alone stays the purpose bound
        ("隐私政策\n三、存储\n我们在您的账号存续期间保存您的信息，并在您注销账号后15日内删除。\n",
         {"stated": True, "kind": "purpose-bound", "period": None}),
    ],
)
def test_zh_deletion_on_closing_beside_periods(text: str, retention: dict) -> None:
    assert facts(text, "zh")["retention"] == retention
