"""Facts read right on wording seen in fresh real policies (issue 16, helper facts4).

Each rule is tested with the wording it is for and a near miss that must not match. The texts are
written for these tests, not taken from any corpus.
"""
from __future__ import annotations

from typing import Any

import pytest

from policykg.ingest.extract import extract
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment
from tests.test_extract_practices import make_document


def facts(text: str, language: str) -> dict[str, Any]:
    """The policy-facts/1 record of one text, as the export gives it."""
    document = make_document(text, language)
    return extraction_to_record(extract(document, segment(document)))


# --- rights: several rights verbs on one object -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("If you wish to review, delete and/or revise the personal information we hold about you, please contact us.",
         {"access", "erasure", "rectification"}, set()),
        ("You may update, correct or delete your website account information by signing in.",
         {"rectification", "erasure"}, {"account-cancellation"}),
        ("If you wish to delete or deactivate your player account, please email us at help@example.org.",
         {"account-cancellation"}, set()),
        ("If you previously consented to our sharing of your details with partners for their own marketing, "
         "you may opt out at any time.", {"withdraw-consent"}, set()),
        # near misses: the company's own processing, and the browser's cookies
        ("If you break these rules we may access, use or disclose your information.", set(),
         {"access", "erasure", "rectification"}),
        ("You can delete or clear your cookies and the data stored in your browser.", set(), {"erasure"}),
    ],
)
def test_coordinated_rights_verbs(text: str, present: set[str], absent: set[str]) -> None:
    rights = set(facts(text, "en")["rights"])
    assert present <= rights
    assert not (absent & rights)


# --- polarity: a negated relative clause describes the data ------------------------------------
def test_information_that_does_not_identify_you_is_still_collected() -> None:
    text = ("Two kinds of information we may collect:\n\n"
            "• “Non-Personal Information,” which is information that does not identify you and cannot be used "
            "to contact you, such as your date of birth, ZIP code and gender.\n\n"
            "We collect Non-Personal Information whenever you play.")
    assert {"BirthDate", "PostalCode", "Gender"} <= set(facts(text, "en")["data_categories"])
    # near miss: the company denies collecting it
    denied = facts("We do not collect information that identifies you, such as your name or gender.", "en")
    assert not {"Name", "Gender"} & set(denied["data_categories"])


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("This Privacy Policy does not apply to information collected from: (1) apps published by other firms, "
         "but hosted by us, or (2) the submission of resumes for job openings.", "en", "WorkHistory"),
        ("本政策不适用于第三方向您提供的服务，例如第三方收集的您的位置信息。", "zh", "Location"),
    ],
)
def test_what_a_policy_says_it_does_not_cover_is_not_collected(text: str, language: str, category: str) -> None:
    assert category not in facts(text, language)["data_categories"]
    # near miss: the same data collected by the company
    plain = {"en": "We collect your resume and work history when you apply for a job.", "zh": "我们会收集您的位置信息。"}
    assert category in facts(plain[language], language)["data_categories"]


# --- retention without a measurable period --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("We reserve the right to retain an archive of such information for a commercially reasonable time.", True),
        ("After you close your account we may retain certain information as required by law.", True),
        # near misses: the person's own keeping
        ("Please keep your password for a reasonable time.", False),
        ("You must keep your receipts as required by law.", False),
    ],
)
def test_retention_stated_without_a_period(text: str, stated: bool) -> None:
    retention = facts(text, "en")["retention"]
    assert retention["stated"] is stated
    if stated:
        assert retention["kind"] is None


# --- sharing denied except with consent -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We will not sell, rent or transfer your personal information to third parties without your prior consent.", "en"),
        ("未经您的同意，我们不会向第三方共享您的个人信息。", "zh"),
        ("No compartiremos sus datos personales con terceros sin su consentimiento.", "es"),
        ("Мы не передаем ваши персональные данные третьим лицам без вашего согласия.", "ru"),
    ],
)
def test_a_denial_whose_only_way_out_is_consent_is_sharing_with_consent(text: str, language: str) -> None:
    assert "consent" in facts(text, language)["disclosure_conditions"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We do not share your personal information with third parties.", "en"),
        ("我们不会向第三方共享您的个人信息。", "zh"),
    ],
)
def test_a_plain_denial_of_sharing_has_no_consent_case(text: str, language: str) -> None:
    assert facts(text, language)["disclosure_conditions"] == []


# --- recipients ----------------------------------------------------------------------------------
def test_recipients_in_real_english_wording() -> None:
    assert "affiliates" in facts("We may transfer your information to our other entities around the world.", "en")["recipients"]
    card = facts("To process card payments we share your details with a secure credit card processor.", "en")
    assert "service-providers" in card["recipients"]
    # near miss: the publisher named with its group as the one who processes is no recipient
    intro = facts('This policy explains how information is collected, used and disclosed by Acme Games Inc. and its '
                  'subsidiaries ("Acme", "we").', "en")
    assert "affiliates" not in intro["recipients"]
    assert "affiliates" in facts("We may share your information with Acme Games Inc. and its subsidiaries.", "en")["recipients"]


def test_the_publisher_and_its_group_named_as_we_is_no_recipient_zh() -> None:
    text = "本政策适用于某某科技有限公司及其关联公司（以下简称“我们”）提供的产品。"
    assert "affiliates" not in facts(text, "zh")["recipients"]
    assert "affiliates" in facts("我们会与关联公司共享您的必要信息。", "zh")["recipients"]


def test_anonymous_aggregated_sharing_is_the_anonymised_case() -> None:
    text = "Usage data in aggregated, anonymous form may be shared with third parties who help us with analytics."
    assert "anonymised" in facts(text, "en")["disclosure_conditions"]
    assert "anonymised" not in facts("Usage data may be shared with third parties who help us with analytics.", "en")["disclosure_conditions"]


def test_a_change_of_operating_entity_is_a_transfer_to_a_successor_zh() -> None:
    record = facts("除非本应用运营主体发生变更，否则我们不会向任何第三方转让您的个人信息。", "zh")
    assert "merger-acquisition" in record["disclosure_conditions"]
    assert "successors" in record["recipients"]
    assert "merger-acquisition" not in facts("我们不会向任何第三方转让您的个人信息。", "zh")["disclosure_conditions"]


# --- data categories -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "present", "absent"),
    [
        # a login account is not a financial account
        ("We may keep copies of your account information for a while.", "en", set(), {"FinancialAccount"}),
        ("We collect your payment information to bill you.", "en", {"FinancialAccount"}, set()),
        # a social network as a platform is not a list of contacts
        ("If you sign in through a third-party social network such as a photo site, we collect your name.", "en",
         {"Name"}, {"SocialNetwork"}),
        ("We collect information about your social network, such as your friends list.", "en", {"SocialNetwork"}, set()),
        ("The information we collect includes forum posts and comments, and messages between users.", "en",
         {"Communication"}, set()),
        ("Prize winners may also have to provide their Social Security Numbers for tax reasons.", "en", {"OfficialID"}, set()),
        ("Our games may read your device to determine what other apps have been installed.", "en", {"DeviceApplications"}, set()),
        ("We collect your IP address and the page you visited before coming to our site.", "en", {"BrowsingReferral"}, set()),
        ("Please do not write your social security number in chat.", "en", set(), {"OfficialID"}),
        # the person's optional entries, records kept on the company's servers
        ("您还可以根据需要选择填写性别、生日来完善资料。", "zh", {"Gender", "BirthDate"}, set()),
        ("您购买会员时产生的订购记录、消费记录会存储于我们的服务器中。", "zh", {"Transaction"}, set()),
        # near miss: a ToS duty of the user to bring their own equipment
        ("用户应自行提供上网所需的设备，如电脑、手机。", "zh", set(), {"TelephoneNumber"}),
        # a list of policy changes is no list of data collected
        ("本政策所指的重大变更包括但不限于：\n1、服务模式发生重大变化；\n2、我们的联络方式及投诉渠道发生变化时；", "zh", set(), {"Contact"}),
        ("我们收集的设备信息包括：\n1、设备型号；\n2、IP地址。", "zh", {"IPAddress"}, set()),
    ],
)
def test_data_categories_in_real_wording(text: str, language: str, present: set[str], absent: set[str]) -> None:
    found = set(facts(text, language)["data_categories"])
    assert present <= found
    assert not (absent & found)


def test_statistics_is_usage_analytics_zh() -> None:
    assert "ServiceUsageAnalytics" in facts("我们记录您的设备识别码，用于统计及安全校验。", "zh")["purposes"]
    assert "ServiceUsageAnalytics" not in facts("我们会依法向统计局报送经营数据。", "zh")["purposes"]


# --- security measures ---------------------------------------------------------------------------
def test_security_claims_need_the_publisher_not_an_sdk_row_or_a_permission() -> None:
    table = ("SDK名称 | 类型 | 开发商 | 收集信息 | 用途\n---|---|---|---|---\n"
             "某某推送 | 推送 | 某某科技有限公司 | 设备信息、完全的网络访问权限 | 用于检测和防止网络攻击\n")
    measures = set(facts(table, "zh")["security_measures"])
    assert not {"access-control", "malware-protection"} & measures
    assert "access-control" in facts("我们会部署访问控制机制，严格限制访问权限。", "zh")["security_measures"]


@pytest.mark.parametrize(
    ("text", "measure", "claimed"),
    [
        ("您可以通过个人信息保护专职邮箱联系我们。", "dedicated-team", False),
        ("我们设立了个人信息保护专职部门。", "dedicated-team", True),
        ("我们已与合作方进行数据安全保密约定。", "confidentiality-agreement", True),
    ],
)
def test_security_measures_zh(text: str, measure: str, claimed: bool) -> None:
    assert (measure in facts(text, "zh")["security_measures"]) is claimed


# --- tracking: a storage permission is not local storage ------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "local_storage"),
    [
        ("访问本地存储：通过开启本地存储权限，您可以把书籍下载到手机。", "zh", False),
        ("我们会在您的移动设备上存储名为Cookie的小数据文件。", "zh", False),
        ("我们会使用本地存储技术保存您的偏好。", "zh", True),
        ("The app asks for the local storage permission to save downloads.", "en", False),
        ("We use local storage to remember your preferences.", "en", True),
    ],
)
def test_local_storage_is_not_a_storage_permission(text: str, language: str, local_storage: bool) -> None:
    assert ("local-storage" in facts(text, language)["tracking"]) is local_storage


# --- commitments: the person telling the company is not incident notification -------------------
@pytest.mark.parametrize(
    ("text", "language", "notifies"),
    [
        ("您如果发现个人信息已经被泄露，您务必在第一时间通知本平台。", "zh", False),
        ("在不幸发生个人信息安全事件后，我们将及时向您告知事件的基本情况，您可以联系我们。", "zh", True),
        ("If you believe your account was subject to a security breach, please notify us immediately.", "en", False),
        ("In the event of a data breach we will notify you without undue delay.", "en", True),
    ],
)
def test_incident_notification_is_the_company_telling_people(text: str, language: str, notifies: bool) -> None:
    assert facts(text, language)["incident_notification"] is notifies


# --- contacts: an address written against harvesters ---------------------------------------------
def test_obfuscated_e_mail_addresses() -> None:
    record = facts("Please email us at privacy[at]example-games.com or info (at) shop (dot) de.", "en")
    assert set(record["contacts"]["emails"]) == {"privacy@example-games.com", "info@shop.de"}
    assert facts("如有疑问，可发邮件至help(at)example.cn。", "zh")["contacts"]["emails"] == ["help@example.cn"]
    # near miss: an ordinary "at" is no address
    assert facts("Contact us at support or at the address (at) the top.", "en")["contacts"]["emails"] == []


# --- second fresh batch -----------------------------------------------------------------------------
def test_a_relative_clause_without_that_does_not_cut_a_long_list() -> None:
    text = ("In addition, the app may collect certain information automatically, such as: the type of mobile device "
            "you use, mobile device identifiers, such as the advertising identifier assigned to your device, the IP "
            "address of your mobile device, your mobile operating system, the type of mobile browsers you use, and "
            "information about the way you use the app.")
    assert {"IPAddress", "DeviceOperatingSystem", "UserAgent"} <= set(facts(text, "en")["data_categories"])


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("You may at any time opt out from further allowing the app to have access to your location data.",
         {"withdraw-consent"}, {"access"}),
        ("If you'd like us to delete the data you have provided, please contact us.", {"erasure"}, set()),
        # near miss: the person's own access
        ("You can request access to your data at any time.", {"access"}, set()),
    ],
)
def test_rights_phrased_as_opting_out_of_access_and_wishes(text: str, present: set[str], absent: set[str]) -> None:
    rights = set(facts(text, "en")["rights"])
    assert present <= rights
    assert not (absent & rights)


def test_information_in_a_breach_sentence_is_not_a_notice() -> None:
    text = "Although we protect personal information we process, no security system can prevent all security breaches."
    assert facts(text, "en")["incident_notification"] is False
    assert facts("If a security breach affects you, we will inform you promptly.", "en")["incident_notification"] is True
    # zh: the person telling others their password is no notice either
    assert facts("由于用户将其密码告知他人导致的个人信息泄漏，我们不承担责任。", "zh")["incident_notification"] is False


def test_data_transferred_to_a_country_and_stored_there_is_stored_there() -> None:
    record = facts("Your information will be transferred to the U.S., and processed and stored there.", "en")
    assert record["cross_border"]["storage_location"] == "US"
    assert facts("Your information may be transferred to the U.S. for processing.", "en")["cross_border"]["storage_location"] is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We may disclose the non-personal data we collect in an anonymized way to our advertising partners.", "en"),
        ("我们会将去标识化处理后的信息与合作伙伴共享。", "zh"),
    ],
)
def test_anonymised_sharing_is_a_condition_not_a_security_claim(text: str, language: str) -> None:
    record = facts(text, language)
    assert "anonymised" in record["disclosure_conditions"]
    assert not {"anonymisation", "de-identification"} & set(record["security_measures"])


@pytest.mark.parametrize(
    ("text", "language"),
    [("We anonymize your data before analysing it.", "en"), ("我们会对您的个人信息进行去标识化处理。", "zh")],
)
def test_anonymising_data_is_still_a_measure(text: str, language: str) -> None:
    assert {"anonymisation", "de-identification"} & set(facts(text, language)["security_measures"])


def test_shared_non_personal_information_is_the_anonymised_case() -> None:
    text = "We may share or disclose your aggregated or otherwise non-personal information, such as usage statistics."
    assert "anonymised" in facts(text, "en")["disclosure_conditions"]


def test_chinese_terms_of_service_wording() -> None:
    assert "Location" in facts("用户注册即表明用户同意本公司提取、公开及使用用户的地理位置信息。", "zh")["data_categories"]
    assert "Professional" in facts("本公司搜集的信息包括用户的姓名、公司情况、所属行业。", "zh")["data_categories"]
    assert facts("本公司可以自行决定用户数据的最长储存期限。", "zh")["retention"]["stated"] is True
    assert "CustomerSolvencyMonitoring" in facts("我们会使用您的姓名和身份证号码对您的信用情况进行评估。", "zh")["purposes"]
    assert "dedicated-team" in facts("我们设立个人信息保护责任部门。", "zh")["security_measures"]
    cases = facts("三、用户个人信息保护\n4、本公司未经用户同意不向任何第三方公开、透露用户个人信息。但以下情形除外：\n"
                  "(1) 用户自行向第三方公开其个人信息；\n(2) 本公司因此向合作单位公开用户个人信息；\n", "zh")["disclosure_conditions"]
    assert {"self-disclosed", "partners"} <= set(cases)
    # near miss: extracting cash is no data collected
    assert facts("您可以随时提取现金。", "zh")["data_categories"] == []


# --- third fresh batch ------------------------------------------------------------------------------
def test_markdown_escaped_list_numbers_are_list_items() -> None:
    text = ("（四）共享、转让、公开披露个人信息授权同意的例外情况\n"
            "以下情形中，我们共享、转让、公开披露您的个人信息无需征得您的授权同意：\n"
            "1\\. 与国家安全有关的；\n2\\. 所收集的个人信息是个人信息主体自行向社会公众公开的；\n"
            "3\\. 用于维护所提供的产品或服务的安全稳定运行所必需的；\n")
    assert {"national-security", "self-disclosed", "service-security"} <= set(facts(text, "zh")["disclosure_conditions"])


@pytest.mark.parametrize(
    ("text", "language", "key", "field"),
    [
        ("您可以通过本人个人资料页查询、更正您提供的个人信息。", "zh", "access", "rights"),
        ("如您不希望我们将您的个人信息用作前述广告用途，您可以要求我们停止为上述用途使用您的个人信息。", "zh", "opt-out-marketing", "rights"),
        ("为维护我们及其关联公司或用户的合法权益之必要，我们可能共享您的信息。", "zh", "protect-rights", "disclosure_conditions"),
        ("我们委派了专责团队负责安全技术的研发和应用。", "zh", "dedicated-team", "security_measures"),
        ("Your parents (or guardian) can revoke any consent previously given at all times.", "en", "withdraw-consent", "rights"),
        ("Parents may request that the personal information be changed or deleted.", "en", "erasure", "rights"),
        ("We conduct internal reviews of our information practices and security measures.", "en", "security-audit", "security_measures"),
        ("We collect the version of your operation system and your country/region.", "en", "DeviceOperatingSystem", "data_categories"),
    ],
)
def test_third_batch_wording(text: str, language: str, key: str, field: str) -> None:
    assert key in facts(text, language)[field]


def test_chinese_guideline_changes_are_policy_change_notices() -> None:
    text = "十一、隐私保护指引的修订\n对于隐私保护指引发生的重大变化，我们会通过在网页上的显著位置发布相关条款等形式通知用户。"
    assert facts(text, "zh")["policy_change_notice"] is True
    assert facts("十一、联系我们\n如有问题，请通过网页上的客服入口联系我们。", "zh")["policy_change_notice"] is False


def test_recipients_in_another_country_is_a_transfer_abroad() -> None:
    text = "You consent to the transfer of your information to service providers who may be located in a different country to you."
    assert facts(text, "en")["cross_border"]["mentioned"] is True
    assert facts("Our service providers help us deliver the service.", "en")["cross_border"]["mentioned"] is False


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("If we sell a business, the selling contract will require the purchaser to treat your personal information as here.", None),
        ("From time to time we may sell one or more of our businesses and your personal information may be transferred.", None),
        ("We may sell your personal information to data brokers.", "yes"),
    ],
)
def test_selling_a_business_is_no_sale_of_data(text: str, sells: str | None) -> None:
    assert facts(text, "en")["sells_data"] == sells


# --- fourth fresh batch -----------------------------------------------------------------------------
def test_statutory_cases_without_consent_state_no_purposes_zh() -> None:
    text = ("依法豁免征得同意收集和使用的个人信息 请您理解，在下列情形中，我们收集和使用您的个人信息无需征得您的授权同意\n"
            "（2）与公共安全、公共卫生、重大公共利益直接相关的；\n（7）根据您的要求签订或履行合同所必需的；\n"
            "（8）用于维护软件及相关服务的安全稳定运行所必需的；\n")
    purposes = set(facts(text, "zh")["purposes"])
    assert not {"PublicBenefit", "FulfilmentOfContractualObligation", "IncreaseServiceRobustness"} & purposes
    assert "ImproveExistingProductsAndServices" in facts("我们会使用您的信息改进我们的产品和服务。", "zh")["purposes"]


@pytest.mark.parametrize(
    ("text", "right", "granted"),
    [
        ("在法律允许的范围内，我们拥有解释和修改本政策的权利。", "explanation", False),
        ("您有权要求我们对个人信息处理规则进行解释说明。", "explanation", True),
        ("您可以按照我们公示的制度向我们进行投诉或举报。", "complaint-to-authority", False),
        ("您可以向网信部门投诉或举报。", "complaint-to-authority", True),
        ("若您不愿接收，您可以选择拒绝该类信息服务。", "opt-out-marketing", True),
    ],
)
def test_rights_of_the_person_not_of_the_company_zh(text: str, right: str, granted: bool) -> None:
    assert (right in facts(text, "zh")["rights"]) is granted


def test_retention_for_a_period_after_the_account_ends_is_fixed_zh() -> None:
    retention = facts("您的个人信息我们将保存至您账号注销之日后的三个月，超出期限后删除或匿名化处理。", "zh")["retention"]
    assert (retention["kind"], retention["period"]) == ("fixed", "P3M")
    plain = facts("我们仅在实现目的所必需的最短时间内保留您的个人信息。", "zh")["retention"]
    assert (plain["kind"], plain["period"]) == ("purpose-bound", None)


def test_a_bullet_before_a_number_is_one_list_entry() -> None:
    text = ("We may disclose your personal information according to your wish or regulations by law:\n\n"
            "• 1. Your prior permission\n• 2. By requests from public and governmental authorities;\n"
            "• 3. To protect our legal rights and interests.\n")
    record = facts(text, "en")
    assert "authorities" in record["recipients"]
    assert "protect-rights" in record["disclosure_conditions"]


def test_acronyms_spelled_out_in_brackets() -> None:
    record = facts("We collect your IP (Internet Protocol) address and your MAC (Media Access Control) address.", "en")
    assert {"IPAddress", "MACAddress"} <= set(record["data_categories"])
    assert "access-control" not in record["security_measures"]
    assert "access-control" in facts("We use strict access control to protect your data.", "en")["security_measures"]


@pytest.mark.parametrize(
    ("text", "language", "key", "field"),
    [
        ("日志信息，指系统可能通过cookies、web beacon或其他方式自动采集的信息。", "zh", "web-beacons", "tracking"),
        ("我们可能会利用Cookie和同类技术（例如Beacon、Proxy等技术）了解你的偏好。", "zh", "web-beacons", "tracking"),
        ("我们非常重视信息安全，成立了专门的负责团队。", "zh", "dedicated-team", "security_measures"),
        ("您在使用金融服务时，需提供有关收入、财产和信用的信息。", "zh", "Credit", "data_categories"),
        ("需提供收货人的姓名、配送地址信息，以便于您的订单能够送达。", "zh", "DeliveryOfGoods", "purposes"),
        ("We review our information collection, storage and processing practices to guard against unauthorized access.",
         "en", "security-audit", "security_measures"),
        ("Non-personal information we collect may include the browser name and the operating system.", "en", "UserAgent", "data_categories"),
    ],
)
def test_fourth_batch_wording(text: str, language: str, key: str, field: str) -> None:
    assert key in facts(text, language)[field]


def test_the_company_mailbox_to_write_to_is_no_collected_address_zh() -> None:
    text = "2\\. 如您对本隐私政策有任何问题，您可通过如下联系邮箱与我们取得联系：help@example.cn"
    record = facts(text, "zh")
    assert "EmailAddress" not in record["data_categories"]
    assert record["contacts"]["emails"] == ["help@example.cn"]
    assert "EmailAddress" in facts("我们会收集您的电子邮箱，用于发送账单。", "zh")["data_categories"]


# --- fifth fresh batch ------------------------------------------------------------------------------
def test_cookies_that_browsers_let_you_delete_is_cookie_control() -> None:
    text = "Users are free to decide whether to let their browser use cookies: all browsers allow cookies to be deactivated or deleted."
    assert facts(text, "en")["cookie_control"] is True
    assert facts("We use cookies to remember your settings.", "en")["cookie_control"] is False


@pytest.mark.parametrize(
    ("text", "language", "implied"),
    [
        ("By taking part in a game, a user allows the studio to use its data, such as player name and level.", "en", True),
        ("By playing with friends, users allow others to see their scores.", "en", False),
        ("当您使用或继续使用本平台的服务，即表明同意我们按照本隐私条款收集和使用您的相关信息。", "zh", True),
        ("您可以随时停止使用本平台的服务。", "zh", False),
    ],
)
def test_consent_deemed_by_taking_part(text: str, language: str, implied: bool) -> None:
    assert facts(text, language)["implied_consent"] is implied


def test_the_user_told_to_report_a_breach_is_no_incident_notice() -> None:
    text = "If there is any breach of security through user's account, then user shall so notify our customer center immediately."
    assert facts(text, "en")["incident_notification"] is False
