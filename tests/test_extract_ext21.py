"""Data categories and purposes where the sentence's frame decides (issue 16, helper ext21).

- An HTML or DOCX table reaches the extractor as tab-separated rows: the header row frames its cells as a pipe
  table's does ("SDK | 公司 | 目的 | 信息": the SDK's row names the data it gets through the app).
- A permission's name in quotes or brackets ("“位置”权限", "【通讯录】权限") is a permission, not data taken.
- "…，该权限仅在配网页面中使用": after a comma a demonstrative subject opens a sentence of its own; its "仅" restricts
  that subject and does not cancel the denial before it.
- A term the policy defines in quotes ('"PHI" means …, including demographic information') explains the term.
- "昵称和头像属于您的账号信息": the class the named data belong to adds no category of its own.
- "实名认证信息" is the identity checked, not a credential; "声音作品" is a voice recording; "app interaction events"
  are how the service is used.
- Purposes: "记录保存" is record keeping only as a purpose phrase ("抓拍记录保存7天" is a retention period);
  finding why the app crashes is troubleshooting; "for outcomes research" is research; "实名制" is identity verification.
- "Section C. How we use …": a section label may number with a letter.

The texts are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.read import read_document
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment
from tests.test_extract_practices import make_document
from tests.test_extract_scalars_fresh import facts


def html_facts(tmp_path: Path, body: str, lang: str) -> dict:
    """The record of an HTML page (its tables reach the extractor as tab-separated rows)."""
    path = tmp_path / "policy.html"
    path.write_text(f'<html lang="{lang}"><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
    document = read_document(path)
    return extraction_to_record(extract(document, segment(document)))


def assert_categories(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    """The record names every category of ``present`` and none of ``absent``."""
    categories = set(facts(text, lang)["data_categories"])
    assert present <= categories
    assert not absent & categories


SDK_HTML_ZH = (
    "<h2>第三方SDK</h2><p>本应用接入的第三方SDK如下：</p><table>"
    "<tr><th>SDK</th><th>公司</th><th>目的</th><th>信息</th></tr>"
    "<tr><td>某统计SDK</td><td>某某数据科技有限公司</td><td>统计应用使用情况</td><td>页面访问记录、粗略位置</td></tr>"
    "</table>"
)
SDK_HTML_EN = (
    "<h2>Partners in our app</h2><table>"
    "<tr><th>SDK</th><th>Provider</th><th>Purpose</th><th>Data</th></tr>"
    "<tr><td>Crash kit</td><td>Example Analytics Ltd</td><td>crash reports</td><td>approximate location, phone number</td></tr>"
    "</table>"
)
SDK_HTML_ES = (
    "<h2>Proveedores</h2><table>"
    "<tr><th>SDK</th><th>Proveedor</th><th>Finalidad</th><th>Datos</th></tr>"
    "<tr><td>Mapas</td><td>Ejemplo Mapas S.L.</td><td>mostrar tiendas cercanas</td><td>ubicación aproximada</td></tr>"
    "</table>"
)
# near miss: a table of permissions names no party; the camera row gives no picture to anyone
PERMISSIONS_HTML_ZH = (
    "<h2>设备权限</h2><table>"
    "<tr><th>权限</th><th>使用场景</th><th>是否必须</th></tr>"
    "<tr><td>相机</td><td>扫描门锁二维码</td><td>否</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    ("body", "lang", "keys"),
    [
        (SDK_HTML_ZH, "zh", {"Location", "BrowsingBehaviour"}),
        (SDK_HTML_EN, "en", {"Location", "TelephoneNumber"}),
        (SDK_HTML_ES, "es", {"Location"}),
    ],
)
def test_rows_of_an_html_table_under_a_party_column_are_data_processed(
        tmp_path: Path, body: str, lang: str, keys: set[str]) -> None:
    assert keys <= set(html_facts(tmp_path, body, lang)["data_categories"])


def test_an_html_table_without_a_party_column_gives_nothing_away(tmp_path: Path) -> None:
    assert "Picture" not in html_facts(tmp_path, PERMISSIONS_HTML_ZH, "zh")["data_categories"]


@pytest.mark.parametrize(
    ("text", "collected"),
    [
        ("一、我们如何收集您的个人信息\n扫描附近的蓝牙设备需要您开启“位置”权限，但我们不会因此收集您的位置信息，该权限仅在配网页面中使用。", False),
        ("一、我们如何收集您的个人信息\n设置来电秀时需要您开启【通讯录】权限，但我们不会上传或保存您的通讯录，该权限仅在本机使用。", False),
        # near misses: collection stated outright; a denial with its own exception ("仅在…时收集") is collection then
        ("一、我们如何收集您的个人信息\n为推荐附近门店，我们会收集您的位置信息。", True),
        ("一、我们如何收集您的个人信息\n我们不会收集您的位置信息，仅在您使用导航功能时收集。", True),
    ],
)
def test_a_quoted_permission_and_a_denial_with_a_trailing_demonstrative_clause(text: str, collected: bool) -> None:
    categories = set(facts(text, "zh")["data_categories"])
    assert bool(categories & {"Location", "SocialNetwork"}) is collected


def test_a_denial_followed_by_a_demonstrative_subject_stays_a_denial_in_english_punctuation() -> None:
    text = "一、我们如何收集您的个人信息\n配网需要定位权限,但我们不会收集您的位置信息,该权限仅用于扫描设备。"
    assert "Location" not in facts(text, "zh")["data_categories"]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ('1. Definitions\n"Protected Health Information" or "PHI" means individually identifiable health information, '
         "including demographic information, that relates to your health.\n2. What we collect\nWe collect your email address.",
         {"EmailAddress"}, {"Demographic", "MedicalHealth"}),
        ('1. Definitions\n"De-identified Data" refers to information from which names and addresses have been removed.\n'
         "2. What we collect\nWe collect your email address.", {"EmailAddress"}, {"Name", "PhysicalAddress"}),
        # near miss: demographic data the company says it collects
        ("2. What we collect\nWe collect demographic information such as your age and gender.", {"Gender"}, set()),
    ],
)
def test_a_term_defined_in_quotes_explains_itself(text: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, "en", present, absent)


@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        ("一、我们如何收集您的个人信息\n注册成功后，您可以设置昵称和头像，昵称和头像属于您的账号信息。", "zh", {"Picture"}, {"Authenticating"}),
        ("一、我们如何收集您的个人信息\n您填写的手机号码和收货地址均属于您的“账户信息”。", "zh", {"TelephoneNumber"}, {"Authenticating"}),
        ("1. What we collect\nYou may add a profile photo; your profile photo and bio are considered your account "
         "credentials for display purposes.", "en", {"Picture"}, {"Authenticating"}),
        # near misses: the class named with no member, and account information collected outright
        ("一、我们如何收集您的个人信息\n您的运动数据属于健康信息，我们会加密存储。", "zh", {"MedicalHealth"}, set()),
        ("一、我们如何收集您的个人信息\n我们会收集您的账号信息，用于登录。", "zh", {"Authenticating"}, set()),
    ],
)
def test_the_class_the_named_data_belong_to_adds_no_category(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, lang, present, absent)


@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        ("一、我们如何收集您的个人信息\n开通出租管理需完成实名认证，提交您的真实姓名和身份证号码，我们会保存实名认证信息。", "zh",
         {"Name", "OfficialID"}, {"Authenticating"}),
        ("一、我们如何收集您的个人信息\n我们会收集您的登录认证信息，用于验证您的身份。", "zh", {"Authenticating"}, set()),
        ("一、我们如何收集您的个人信息\n参与配音秀时，我们会收集您录制的声音作品。", "zh", {"VoiceCommunicationRecording"}, set()),
        ("一、我们如何收集您的个人信息\n我们会收集您的设备型号和声音设置。", "zh", set(), {"VoiceCommunicationRecording"}),
        ("1. What we collect\nWe collect app interaction events, such as which exercises you open.", "en",
         {"ServiceConsumptionBehaviour"}, set()),
    ],
)
def test_vocabulary_read_by_its_grammar(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, lang, present, absent)


@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        ("一、我们如何使用您的个人信息\n免费用户的抓拍记录保存7天。", "zh", set(), {"RecordManagement"}),
        ("一、我们如何使用您的个人信息\n为满足记录保存的需要，我们会保存您的操作日志。", "zh", {"RecordManagement"}, set()),
        ("一、我们如何收集您的个人信息\n为分析App崩溃原因，我们会收集您的设备型号。", "zh", {"RepairImpairments"}, set()),
        ("一、我们如何收集您的个人信息\n根据实名制要求，您需要提供身份证号码。", "zh", {"IdentityVerification"}, set()),
        ("3. How we use information\nWe may use de-identified information for outcomes research and publications.", "en",
         {"ResearchAndDevelopment"}, set()),
    ],
)
def test_purposes_read_by_their_grammar(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    purposes = set(facts(text, lang)["purposes"])
    assert present <= purposes
    assert not absent & purposes


def test_a_section_label_numbered_with_a_letter_titles_its_section() -> None:
    text = ("Section B. What we collect\nWe collect your name.\n"
            "Section C. How we use and disclose your information\n"
            "C.7 As required by law and for public health activities.\n")
    titles = [s.text for s in segment(make_document(text, "en")) if s.kind.value == "heading"]
    assert "Section C. How we use and disclose your information" in titles
    # near miss: a label with a letter but no stop is a sentence's subject, not a title
    prose = "Section C of these terms explains how we use and disclose your information to partners and others.\n"
    assert not [s for s in segment(make_document(prose, "en")) if s.kind.value == "heading"]


# --- second batch: the same kinds of cause, seen on fresh policies written after the first fixes ---------------
@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        # a thing's certificate is no qualification; a person's is
        ("一、我们如何收集您的个人信息\n办理过户时，您需要提供机动车登记证书和身份证号码。", "zh", {"OfficialID"}, {"EducationQualification"}),
        ("一、我们如何收集您的个人信息\n我们使用SSL证书加密传输，并收集您的手机号码。", "zh", {"TelephoneNumber"}, {"EducationQualification"}),
        ("一、我们如何收集您的个人信息\n应聘时，您需要提供学历证书和职业资格证书。", "zh", {"EducationQualification"}, set()),
        # a medical insurance card is insurance, a credit card is a payment card
        ("一、我们如何收集您的个人信息\n医保结算时，我们会获取您的参保地和医保卡号。", "zh", {"Insurance"}, {"PaymentCardNumber"}),
        ("一、我们如何收集您的个人信息\n支付时，我们会获取您的信用卡卡号。", "zh", {"CreditCardNumber"}, {"Insurance"}),
        # conjuncts sharing the head noun of the last one
        ("一、我们如何收集您的个人信息\n我们会收集您的浏览、点击和出价记录。", "zh", {"BrowserHistory", "LinkClicked"}, set()),
        ("一、我们如何收集您的个人信息\n问诊中的图文、语音和视频内容将保存为电子病历。", "zh", {"VoiceCommunicationRecording"}, set()),
        ("一、我们如何收集您的个人信息\n您可以点击确认按钮并开启语音播报功能，我们会收集您的手机号码。", "zh", {"TelephoneNumber"},
         {"LinkClicked", "VoiceCommunicationRecording"}),
        ("一、我们如何收集您的个人信息\n结算后，我们会获取本次结算的费用明细。", "zh", {"Transaction"}, set()),
        ("1. What we collect\nIf you turn on Away mode, the app uses your phone's location to tell when you leave home.", "en",
         {"Location"}, set()),
        ("1. What we collect\nThe app reads your phone's battery level.", "en", set(), {"Location"}),
        # the company processing the person's data holds it; processing a request names no data
        ("一、我们如何收集您的个人信息\n我们将为您代扣个人所得税，因此还会处理您的收入信息。", "zh", {"Income"}, set()),
        ("六、联系我们\n我们将在15个工作日内处理您的请求。", "zh", set(), {"Income", "Opinion"}),
    ],
)
def test_second_batch_vocabulary_and_grammar(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, lang, present, absent)


@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        ("二、共享\n我们会向合作车商提供车辆检测报告（不含您的姓名和联系方式）。", "zh", set(), {"Name", "Contact"}),
        ("4. Sharing\nWe share a monthly usage report (excluding your email address) with your utility.", "en", set(), {"EmailAddress"}),
        ("4. Compartir\nCompartimos un informe de uso (sin incluir su correo electrónico) con la distribuidora.", "es", set(),
         {"EmailAddress"}),
        # near miss: a bracket that includes the data gives it
        ("二、共享\n我们会向快递公司提供配送信息（包括您的姓名和手机号码）。", "zh", {"Name", "TelephoneNumber"}, set()),
    ],
)
def test_a_bracket_that_excludes_data_names_data_left_out(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, lang, present, absent)


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        ("一、我们如何收集您的个人信息\n为了防止虚假报价、刷单和账号被盗用，我们会收集您的设备型号。", "zh", {"MisusePreventionAndDetection"}),
        ("3. Why we use it\nProtecting our systems against unauthorized access and complying with legal obligations.", "en",
         {"EnforceSecurity", "LegalCompliance"}),
    ],
)
def test_second_batch_purposes(text: str, lang: str, present: set[str]) -> None:
    assert present <= set(facts(text, lang)["purposes"])


def test_fraud_words_without_a_preventing_verb_state_no_purpose() -> None:
    text = "一、我们如何收集您的个人信息\n我们会收集您的设备型号，用于展示刷单排行榜。"
    assert "MisusePreventionAndDetection" not in set(facts(text, "zh")["purposes"])


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("一、我们如何使用您的个人信息\n我们使用上述信息用于：（1）核验就诊人身份；（2）依照《医疗机构病历管理规定》保存病历。", True),
        ("一、我们如何收集和使用您的个人信息\n根据《网络安全法》的要求，我们会留存您的登录日志六个月。", True),
        # near miss: a law named as the source of the person's rights is no purpose of processing
        ("一、我们如何使用您的个人信息\n根据《个人信息保护法》，您有权查阅您的个人信息。", False),
    ],
)
def test_a_named_rule_that_makes_the_company_keep_data_is_legal_compliance(text: str, legal: bool) -> None:
    assert ("LegalCompliance" in facts(text, "zh")["purposes"]) is legal


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # classing what the sentence has just collected is no definition
        ("一、我们如何收集您的个人信息\n我们会在获得您同意的情况下收集您的实名身份信息，包括您的姓名、身份证号，该等信息属于个人敏感信息。",
         {"Name", "OfficialID"}, set()),
        # near miss: a list classed as sensitive, with no collecting before it, defines
        ("一、我们如何收集您的个人信息\n身份证件号码、银行账户、行踪轨迹等信息属于个人敏感信息。", set(), {"OfficialID", "BankAccount"}),
    ],
)
def test_classing_collected_data_as_sensitive_is_no_definition(text: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, "zh", present, absent)


@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        ("三、安全\n为保障使用安全，我们会收集您的设备信息：\n**硬件型号、操作系统版本、IP地址**。", "zh", {"IPAddress"}, set()),
        ("5. Security\nTo keep the service safe we collect the following:\nbrowser type, IP address and crash logs.", "en", {"IPAddress"}, set()),
        # near miss: a colon after a sentence that shares, or one that collects nothing, hands nothing on
        ("三、安全\n我们会向合作方提供以下信息：\n**IP地址**。", "zh", set(), set()),
        ("三、安全\n我们采取以下安全措施：\n**IP地址白名单和访问控制**。", "zh", set(), {"IPAddress"}),
    ],
)
def test_a_line_after_a_collecting_colon_goes_on_with_it(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, lang, present, absent)


def test_a_colon_under_a_rights_heading_announces_ways_to_reach_data_not_collection() -> None:
    text = "五、您的权利\n您可以通过以下方式访问您的个人信息：\n账号信息：如果您希望编辑您账号中的支付信息，可以在“账号管理”中操作。"
    assert "FinancialAccount" not in facts(text, "zh")["data_categories"]


# --- third batch -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        # a title that denies collecting governs the list right under it
        ("六、以下信息我们不会收集\n- 您的通讯录和通话记录；\n- 您家中的监控画面。\n七、设备信息\n我们会收集您的设备型号。", "zh",
         {"DeviceBased"}, {"SocialNetwork", "CallLog"}),
        ("INFORMATION WE DO NOT COLLECT\n- your contacts list;\n- your call history.\n2. What we collect\nWe collect your email address.",
         "en", {"EmailAddress"}, {"SocialNetwork", "CallLog"}),
        # near miss: a title that announces collection keeps its list
        ("六、我们收集的信息\n- 您的通讯录；\n- 您的手机号码。", "zh", {"SocialNetwork", "TelephoneNumber"}, set()),
        # "第一部分" ranks above "二、": the section under it is a part of the collection part
        ("第一部分　我们收集的信息\n二、服务过程\n服务人员会录制服务过程的音视频，录像保存30天后自动删除。", "zh",
         {"VoiceCommunicationRecording"}, set()),
        ("一、预约服务\n下单时，您需要填写服务地址、联系人称呼和联系电话。", "zh", {"Name", "PhysicalAddress", "TelephoneNumber"}, set()),
        ("三、支付\n我们会记录您的订单金额和支付方式。", "zh", {"Transaction"}, set()),
        ("一、支付\n企业客户需提供对公账户信息。", "zh", set(), {"Authenticating"}),
        ("What we collect\nWhen you give online we collect your name and the amount and date of each gift.", "en", {"Transaction"}, set()),
        ("What we collect\nVolunteers who work with children must complete a background check.", "en", {"Criminal"}, set()),
    ],
)
def test_third_batch_frames_and_vocabulary(text: str, lang: str, present: set[str], absent: set[str]) -> None:
    assert_categories(text, lang, present, absent)


def test_third_batch_purposes() -> None:
    text = ("How we use it\n- to process gifts, send receipts and prepare year-end giving statements for tax purposes;\n"
            "- to send our weekly newsletter.")
    assert {"PaymentManagement", "LegalCompliance"} <= set(facts(text, "en")["purposes"])
