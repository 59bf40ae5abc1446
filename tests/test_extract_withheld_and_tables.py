"""Who holds the data a sentence names (issue 16, helper ext18).

- A table whose columns name the receiving party ("| SDK名称 | 提供方 | 涉及的个人信息 |", "| Recipient | Data |")
  gives the data its rows name to that party: the company processes them (a SHARING statement).
- A prohibition addressed to the reader ("请勿在对话中透露…，例如银行卡密码") names data the person should withhold:
  nothing there is collected, while the other clauses of the sentence keep their data.
- A provider, vendor or SDK named as the subject of collecting ("That provider collects your banking password")
  is another party's act; the company's own agent ("our processor receives your card number") stays with it.
- "race" is ethnicity only where it ends a list member or the clause, not as the modifier of a noun ("race
  organiser"); "information about your health" and a disability are health data; "calls may be recorded" is a
  call recording.

The texts are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_scalars_fresh import facts

SDK_TABLE_ZH = (
    "三、第三方SDK\n"
    "本App接入了下列第三方SDK，具体如下表：\n"
    "| SDK名称 | 提供方 | 用途 | 涉及的个人信息 |\n"
    "| 示例推送SDK | 某某网络有限公司 | 推送消息 | 设备标识符、已安装应用列表 |\n"
    "| 示例定位SDK | 某某位置服务有限公司 | 定位 | 精确位置信息 |\n"
)
RECIPIENT_TABLE_EN = (
    "5. Service providers\n"
    "| Provider | Purpose | Personal data |\n"
    "| Mail delivery vendor | sending receipts | email address |\n"
    "| Courier | delivering parcels | delivery address, mobile number |\n"
)
RECIPIENT_TABLE_ES = (
    "5. Proveedores\n"
    "| Proveedor | Finalidad | Datos |\n"
    "| Empresa de mensajería | entrega de pedidos | domicilio de entrega, número de teléfono |\n"
)
# a table with no party column: its rows are not given to anyone by the header alone
PURPOSE_TABLE_ZH = (
    "五、权限说明\n"
    "| 权限 | 用途 | 拒绝的影响 |\n"
    "| 相机 | 扫码 | 无法扫码 |\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        (SDK_TABLE_ZH, "zh", {"DeviceApplications", "Location"}),
        (RECIPIENT_TABLE_EN, "en", {"EmailAddress", "PhysicalAddress", "TelephoneNumber"}),
        (RECIPIENT_TABLE_ES, "es", {"PhysicalAddress", "TelephoneNumber"}),
    ],
)
def test_rows_of_a_table_naming_the_receiving_party_are_data_processed(text: str, lang: str, keys: set[str]) -> None:
    assert keys <= set(facts(text, lang)["data_categories"])


def test_a_table_without_a_party_column_gives_nothing_away() -> None:
    assert "Picture" not in facts(PURPOSE_TABLE_ZH, "zh")["data_categories"]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("一、我们收集的信息\n请勿在咨询对话中透露与咨询无关的信息，例如您的银行卡密码或宗教信仰。",
         {"Password", "Religion", "BankAccount"}, set()),
        ("一、我们收集的信息\n温馨提示：切勿在公开评论中发布您的手机号码或家庭住址。", {"TelephoneNumber", "PhysicalAddress"}, set()),
        # the other clause of the same sentence still collects
        ("一、我们收集的信息\n咨询时，您需要向我们提供您的手机号码，请勿透露与咨询无关的信息。", set(), {"TelephoneNumber"}),
        ("一、我们收集的信息\n请勿透露与咨询无关的信息，咨询时您需要向我们提供您的手机号码。", set(), {"TelephoneNumber"}),
        # near miss: "请您填写" asks for the data; "不要遗漏" withholds nothing
        ("一、我们收集的信息\n为完成配送，请您填写收货地址，不要遗漏门牌号。", set(), {"PhysicalAddress"}),
    ],
)
def test_data_the_reader_is_told_to_withhold_are_not_collected(text: str, absent: set[str], present: set[str]) -> None:
    found = set(facts(text, "zh")["data_categories"])
    assert not absent & found
    assert present <= found


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("That provider collects your online banking username and password; we never receive your banking credentials.",
         {"Password", "Username"}, set()),
        ("The crash reporting SDK collects crash logs and your IP address.", {"IPAddress"}, set()),
        # the company's own collection and its own agent stay
        ("We collect your email address, and our payment processor receives your card number.", set(),
         {"EmailAddress", "PaymentCardNumber"}),
        ("We use a provider to send our newsletter to the email address you give us.", set(), {"EmailAddress"}),
    ],
)
def test_a_provider_as_the_collecting_subject_is_another_party(text: str, absent: set[str], present: set[str]) -> None:
    found = set(facts(text, "en")["data_categories"])
    assert not absent & found
    assert present <= found


@pytest.mark.parametrize(
    ("text", "lang", "key", "expected"),
    [
        ("If you enter our charity regatta, we share your name with the race organiser.", "en", "EthnicOrigin", False),
        ("We give your name and bib number to the race officials.", "en", "EthnicOrigin", False),
        ("We do not ask for your race, religion or sexual orientation unless the law requires it, "
         "and then we collect your race.", "en", "EthnicOrigin", True),
        ("With your consent we collect your race/ethnicity for our diversity report.", "en", "EthnicOrigin", True),
        ("We do not collect information about your health, except where you tell us about a disability so that "
         "we can arrange assistance.", "en", "MedicalHealth", True),
        ("We collect data concerning your physical or mental health only with your explicit consent.", "en",
         "MedicalHealth", True),
        ("Recabamos información sobre su salud solo cuando usted nos la facilita.", "es", "MedicalHealth", True),
        ("Мы собираем сведения о вашем здоровье только с вашего согласия.", "ru", "MedicalHealth", True),
        ("We collect information about your health insurance plan.", "en", "MedicalHealth", False),
        ("When you book assistance we collect details of any disability or reduced mobility.", "en", "Health", True),
        ("Al reservar asistencia recogemos datos sobre su movilidad reducida o discapacidad.", "es", "Health", True),
        ("如您申请无障碍服务，我们会收集您的残疾情况。", "zh", "Health", True),
        ("If you call our contact centre, calls may be recorded for training purposes.", "en",
         "VoiceCommunicationRecording", True),
        ("Si nos llama, recogemos su número y las llamadas podrán ser grabadas con fines de calidad.", "es", "VoiceCommunicationRecording", True),
        ("Если вы звоните нам, звонки могут быть записаны для контроля качества.", "ru",
         "VoiceCommunicationRecording", True),
        # near miss: a call counted, not recorded
        ("We collect the number of calls you make through the app.", "en", "VoiceCommunicationRecording", False),
    ],
)
def test_labels_read_by_their_grammar(text: str, lang: str, key: str, expected: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is expected


def test_a_term_wrapped_over_a_line_break_belongs_to_the_sentence_it_starts_in() -> None:
    text = ("一、我们收集的信息\n为保障运行安全，我们会收集以下信息：\n"
            "设备型号、操作系统版本、唯一设备标识符、网络设备硬件地址、IP\n地址、WLAN接入点、软件版本号等。\n")
    found = set(facts(text, "zh")["data_categories"])
    assert {"IPAddress", "MACAddress", "DeviceOperatingSystem"} <= found


def test_an_unwrapped_term_is_read_as_before() -> None:
    text = "一、我们收集的信息\n我们会收集您的设备型号和IP地址。\n地址簿不会被读取。\n"
    found = set(facts(text, "zh")["data_categories"])
    assert "IPAddress" in found


@pytest.mark.parametrize(
    ("text", "lang", "key", "expected"),
    [
        # a capitalised "Race" inside a title-case name is an event; at the head of an entry it is still ethnicity
        ("If you join our Summer Dog Race, we give your name to the organisers.", "en", "EthnicOrigin", False),
        ("We collect the following sensitive data with your consent:\n- Race, religion and health data.", "en",
         "EthnicOrigin", True),
        # the last digits of a card are part of its number
        ("We keep only the last four digits of your card and its expiry date.", "en", "PaymentCardNumber", True),
        ("Solo conservamos los últimos cuatro dígitos de su tarjeta.", "es", "PaymentCardNumber", True),
        ("Мы храним только последние четыре цифры вашей карты.", "ru", "PaymentCardNumber", True),
        ("我们仅保存您银行卡号的后四位，用于识别支付方式。", "zh", "PaymentCardNumber", True),
        # near miss: digits of something else
        ("We send a code whose last four digits you enter to confirm your phone.", "en", "PaymentCardNumber", False),
        # a selfie compared with an identity photo is a facial comparison
        ("To verify sitters, we collect a live selfie that our vendor compares with the photo in your passport.", "en",
         "FacialPrint", True),
        ("We collect a selfie and your ID; the selfie is compared with the photo on the ID.", "en", "FacialPrint", True),
        ("Para verificar su identidad, recogemos un selfie que se compara con la foto de su documento.", "es",
         "FacialPrint", True),
        ("为核验身份，我们会收集您的自拍照片并与身份证照片进行比对。", "zh", "FacialPrint", True),
        # near miss: a selfie as a profile picture
        ("You can upload a selfie as your profile picture.", "en", "FacialPrint", False),
    ],
)
def test_more_labels_read_by_their_grammar(text: str, lang: str, key: str, expected: bool) -> None:
    assert (key in facts(text, lang)["data_categories"]) is expected


@pytest.mark.parametrize(
    "heading",
    ["Information sitters give us", "Information customers provide to us", "Information you give us"],
)
def test_a_heading_on_what_a_group_of_users_gives_opens_a_collection_section(heading: str) -> None:
    text = f"{heading}\n- Name, email, mobile number and a profile photo.\n"
    assert {"EmailAddress", "TelephoneNumber", "Picture"} <= set(facts(text, "en")["data_categories"])


def test_a_numbered_entry_with_a_label_and_clauses_is_no_title() -> None:
    text = ("一、我们收集的信息\n1. 账号注册：我们会收集您的手机号码。\n2. 客服：您与客服的通话可能会被录音。\n"
            "3. 设备与日志：为保障交易安全，我们会自动收集设备型号、操作系统版本、IP\n地址以及操作日志。\n"
            "二、我们如何使用信息\n我们将信息用于提供服务。\n")
    found = set(facts(text, "zh")["data_categories"])
    assert {"DeviceBased", "IPAddress", "TelephoneNumber"} <= found


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # a definition of sensitive data lists a kind the law singles out, even where personal information is collected
        ("We collect personal information such as your name and email address.\n"
         "“Sensitive Information” means any personal information related to health, religion or political views.",
         "en", {"MedicalHealth", "Religion", "PoliticalOpinion"}),
        ("Recopilamos datos personales como su nombre y correo electrónico.\n"
         "Datos personales sensibles: aquellos que se refieren a la salud, la religión o las opiniones políticas.",
         "es", {"MedicalHealth", "Religion"}),
        # the person told not to send data: a denial, and "trade union" is no trading
        ("4. How we use your data\nPlease do not send us information about your health, religion or trade union "
         "membership.", "en", {"MedicalHealth", "Religion"}),
    ],
)
def test_sensitive_kinds_defined_or_refused_are_not_collected(text: str, lang: str, absent: set[str]) -> None:
    found = set(facts(text, lang)["data_categories"])
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        ("We collect personal information such as your name and email address.\n"
         "“Personal information” means information such as your name, email address and phone number.",
         "en", {"EmailAddress"}),
        ("Careers\nYou can send us your CV and your phone number through the form.", "en", {"TelephoneNumber"}),
    ],
)
def test_near_misses_still_collect(text: str, lang: str, present: set[str]) -> None:
    assert present <= set(facts(text, lang)["data_categories"])


def test_a_denial_followed_by_its_exception_is_sharing_in_the_excepted_cases() -> None:
    text = ("三、我们如何共享信息\n我们不会向第三方披露您的姓名、住址、电子邮箱等个人资料。除非：\n1、您允许我们这样做；\n2、法律要求。\n")
    assert {"Name", "PhysicalAddress", "EmailAddress"} <= set(facts(text, "zh")["data_categories"])


def test_a_flat_denial_of_disclosure_names_no_data() -> None:
    text = "三、我们如何共享信息\n我们不会向第三方披露您的身份证号码。\n我们采取加密措施保护您的信息。\n"
    assert "OfficialID" not in facts(text, "zh")["data_categories"]


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a store of the person's data the service keeps
        ("We create and manage customer databases including your name, date of birth and address.", "BirthDate", True),
        ("Our app lets you create a profile that contains your height, weight and date of birth.", "BirthDate", True),
        # near miss: records as evidence, not a store of data
        ("Our records show that most users who give us their feedback never change the default settings.", "BirthDate",
         False),
        # the subjunctive after a request denies
        ("We ask that you not send us, and you not disclose, any information about your religion.", "Religion", False),
        # "send us an email" names a channel, not data given
        ("To request a refund for purchases, send us an email within 3 days.", "Purchase", False),
        ("You can send us your phone number if you want us to call you back.", "TelephoneNumber", True),
    ],
)
def test_english_frames_of_holding_and_withholding(text: str, key: str, expected: bool) -> None:
    assert (key in facts(text, "en")["data_categories"]) is expected


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # the person offering data, with the bare modal 可 as with 可以
        ("六、开展营销活动\n您参加抽奖活动时，根据活动需要您可提供姓名、通信地址等信息。", "PhysicalAddress", True),
        # signing up or in with a piece of data gives it to the service
        ("一、注册与登录\n您可以通过手机号创建账号，我们将向您发送短信验证码。", "TelephoneNumber", True),
        ("一、注册与登录\n您也可以使用邮箱注册本服务。", "EmailAddress", True),
        # near miss: the company writes to the person by a channel
        ("七、联系我们\n您可以通过邮箱与我们联系，我们将在十五日内答复。", "EmailAddress", False),
    ],
)
def test_chinese_frames_of_giving_data_to_the_service(text: str, key: str, expected: bool) -> None:
    assert (key in facts(text, "zh")["data_categories"]) is expected


def test_a_case_of_sharing_where_the_party_collects_names_data_processed() -> None:
    text = ("三、我们如何共享您的信息\n在以下情形中，我们会与第三方共享您的信息：\n"
            "1. 第三方SDK“示例统计”进行统计分析时，可能会收集您的设备唯一标识信息和大概位置；\n"
            "2. 示例推送SDK可能会收集您的网络类型和IP地址。\n")
    assert {"Location", "IPAddress"} <= set(facts(text, "zh")["data_categories"])


def test_an_english_case_where_an_ad_network_collects_stays_its_own() -> None:
    text = ("Sharing\nWe may share information in the following cases:\n"
            "- Advertising networks may collect your device identifiers and approximate location.\n")
    assert "Location" not in facts(text, "en")["data_categories"]


def test_a_face_template_is_a_facial_print() -> None:
    text = "Optional face detection creates face templates from the clips we collect from your camera."
    assert "FacialPrint" in facts(text, "en")["data_categories"]
