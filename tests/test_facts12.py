"""Causes of extraction errors seen on own-written English and Chinese policies (issue 16, helper facts12).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts are
written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from policykg.ingest.segment import _is_heading_line
from tests.test_extract_scalars_fresh import facts


# --- segmentation: a Chinese sentence naming "APP" is not an ALL-CAPS title ----------------------------------
@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("本声明适用于云岚官网、云岚APP、微信小程序及我们旗下各品牌酒店（云岚、岚舍、栖云）。", False),
        ("我们的APP和SDK会收集设备信息。", False),
        # near misses: real capitals titles stay titles
        ("INFORMATION WE COLLECT", True),
        ("第三方SDK目录", True),  # short and unpunctuated: a plain title, not by capitals
    ],
)
def test_capitals_title_needs_mostly_capitals(line: str, heading: bool) -> None:
    assert _is_heading_line(line) is heading


def test_chinese_intro_with_app_is_read_as_a_sentence() -> None:
    text = ("隐私声明\n\n本声明由上海示例酒店管理有限公司（以下简称“我们”）发布，适用于示例APP及我们旗下各品牌酒店。\n\n"
            "一、我们收集的信息\n\n我们收集您的手机号码。")
    assert facts(text, "zh")["company"] == "上海示例酒店管理有限公司"


# --- dates ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("某某APP隐私政策\n\n生效日期：二〇二四年一月一日\n\n我们收集您的手机号码。", "zh", "2024-01-01"),
        ("隐私政策\n\n更新日期：二零二三年十二月三十一日\n\n我们收集您的手机号码。", "zh", "2023-12-31"),
        # near miss: a Han-numeral year alone ("二〇二四年度报告") is no date
        ("隐私政策\n\n本公司二〇二四年度报告已发布。我们收集您的手机号码。", "zh", None),
        # an American policy writes the month first; the same date in a British policy is 11 July
        ("Privacy Notice\nLast Updated: 11/07/2022\n\nWe collect your email address. California residents have the "
         "right to know what we collect under the CCPA.", "en", "2022-11-07"),
        ("Privacy Notice\nLast Updated: 11/07/2022\n\nWe collect your email address. You may complain to the "
         "Information Commissioner's Office.", "en", "2022-07-11"),
        # unambiguous either way
        ("Privacy Notice\nLast Updated: 25/07/2022\n\nWe collect your email address under the CCPA.", "en", "2022-07-25"),
        # a month-only update date gives way to the day-dated effective date of the same month ...
        ("隐私保护指引\n\n更新时间：2022年3月\n生效日期：2022年3月15日\n\n我们收集您的手机号码。", "zh", "2022-03-15"),
        # ... but not to an effective date of another month
        ("隐私保护指引\n\n更新时间：2022年5月\n生效日期：2022年3月15日\n\n我们收集您的手机号码。", "zh", "2022-05-01"),
    ],
)
def test_stated_date(text: str, language: str, date: str | None) -> None:
    assert facts(text, language)["last_updated"] == date


# --- purposes in their commonest wordings ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "purpose", "found"),
    [
        ("我们收集的信息将用于为您提供在线问诊、电子处方服务。", "zh", "ServiceProvision", True),
        ("我们会在您同意的前提下向您推送优惠活动。", "zh", "DirectMarketing", True),
        ("我们会使用您的手机号码向您发送用药提醒。", "zh", "CommunicationManagement", True),
        ("我们使用您的身份信息履行法定的治安登记义务。", "zh", "LegalCompliance", True),
        ("我们使用您的病历信息进行匿名化的医学统计和研究。", "zh", "ResearchAndDevelopment", True),
        ("We use your information to provide the app and sync your band.", "en", "ServiceProvision", True),
        ("We use your email address to send you news about products.", "en", "DirectMarketing", True),
        ("We use billing details for charging fees.", "en", "PaymentManagement", True),
        # near misses: the same words where they name no purpose
        ("您可以向我们提供反馈。", "zh", "ServiceProvision", False),
        ("我们不会向您推送优惠活动。", "zh", "DirectMarketing", False),
        ("We use your email address to send you a receipt.", "en", "DirectMarketing", False),
        ("You agree to pay the fees shown in the app.", "en", "PaymentManagement", False),
    ],
)
def test_common_purpose_wordings(text: str, language: str, purpose: str, found: bool) -> None:
    assert (purpose in facts(text, language)["purposes"]) is found


# --- zh collection: "我们需要您的…", "登记您的…" and a "处理哪些个人信息" section ---------------------------------
def test_what_we_need_from_you_is_collected() -> None:
    text = ("1 我们处理哪些个人信息\n\n1.1 预订：您预订酒店时，我们需要您的姓名、手机号码；办理入住时，酒店需登记您的身份证件信息。\n\n"
            "1.2 以下信息属于敏感个人信息：身份证件号码、人脸信息。")
    data = set(facts(text, "zh")["data_categories"])
    assert {"Name", "TelephoneNumber", "OfficialID"} <= data


def test_needing_consent_names_no_data() -> None:  # near miss
    assert facts("为此我们需要您的同意。", "zh")["data_categories"] == []


# --- publisher: a brand that calls itself "we" and the legal entity that owns it ------------------------------
_BRAND_BODY = ("Welcome! This notice describes how Plumcrate (\"Plumcrate,\" \"we,\" \"our\") collects and uses information "
               "when you order from our website.\n\nWe collect your name and email address.\n\n")


def test_brand_owned_by_the_copyright_holder_named_beside_it() -> None:
    text = _BRAND_BODY + "(c) 2022 Oakmere Foods, Inc. Plumcrate is a trademark of Oakmere Foods, Inc. All rights reserved."
    assert facts(text, "en")["company"] == "Oakmere Foods, Inc."


def test_copyright_holder_away_from_the_brand_does_not_replace_it() -> None:  # near miss: a host's footer
    text = _BRAND_BODY + "Site built on Shopwell.\n(c) 2022 Shopwell Hosting, Inc. All rights reserved."
    assert facts(text, "en")["company"] == "Plumcrate"


# --- a cookie banner line is a sentence, not a title ----------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("我们使用Cookie来改善网站体验。Cookie政策", False),
        ("This site uses cookies. Learn more", False),
        # near misses: titles with an abbreviation's dot or none at all
        ("Section 3. Cookies", True),
        ("Cookie政策", True),
    ],
)
def test_line_with_a_finished_sentence_is_no_title(line: str, heading: bool) -> None:
    assert _is_heading_line(line) is heading


def test_cookie_banner_sentence_counts() -> None:
    text = "首页\n\n我们使用Cookie来改善网站体验。Cookie政策\n\n隐私声明\n\n我们收集您的手机号码。"
    assert facts(text, "zh")["cookies"] is True


# --- a table of SDKs: its rows name SDKs without the word ------------------------------------------------------
_SDK_TABLE = ("3. Third-party code\n\n{header}\nCrashbox\tCrashbox Inc.\tcrash reporting\tdevice model, OS version\n"
              "Attribo\tAttribo GmbH\tinstall attribution\tIP address\n\n4. Sharing\n\nWe share data with hosting providers.")


def test_rows_of_an_sdk_table_are_sdks() -> None:
    text = _SDK_TABLE.format(header="SDK\tProvider\tPurpose\tData")
    assert "sdk" in facts(text, "en")["tracking"]


def test_rows_of_another_table_are_not_sdks() -> None:  # near miss: a table of processors
    text = _SDK_TABLE.format(header="Processor\tCompany\tPurpose\tData")
    assert "sdk" not in facts(text, "en")["tracking"]


# --- retention bound to the account --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        ("Account data is kept until you delete your account.", "en", True),
        ("四、信息的存储\n\n账号注销后，我们将删除您的个人信息，法律法规另有规定的除外。", "zh", True),
        # near misses: no keeping, or deletion as the person's own right
        ("You can play the game until you delete your account.", "en", False),
        ("您可以注销账号，也可以删除您的个人信息。", "zh", False),
    ],
)
def test_deletion_with_the_account_states_retention(text: str, language: str, stated: bool) -> None:
    retention = facts(text, language)["retention"]
    assert retention["stated"] is stated
    assert retention["kind"] == ("purpose-bound" if stated else None)


# --- disclosure conditions in clause form ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "condition", "found"),
    [
        ("We share personal data with service providers who act on our instructions.", "en", "entrusted-processing", True),
        ("We share personal data with the police where the law requires us to.", "en", "legal-obligation", True),
        ("四、共享与披露\n\n2. 依据法律法规或监管部门（如卫生健康主管部门）的要求提供；", "zh", "legal-obligation", True),
        # near misses: another party's own instructions; a law that binds the user; a policy, not a law
        ("We share data with partners who act on their own instructions.", "en", "entrusted-processing", False),
        ("We share data with partners. The law requires you to keep your receipts.", "en", "legal-obligation", False),
        ("四、共享\n\n我们依据本政策向合作方提供信息。", "zh", "legal-obligation", False),
    ],
)
def test_condition_clauses(text: str, language: str, condition: str, found: bool) -> None:
    assert (condition in facts(text, language)["disclosure_conditions"]) is found


def test_deletion_with_the_account_gives_way_to_a_stated_period() -> None:
    # the deletion of "the rest" beside a stated period is not the policy's rule (the period is)
    text = ("五、保存期限\n\n订单信息自交易完成之日起保存三年；其他信息在您注销账号后及时删除或匿名化处理。")
    assert facts(text, "zh")["retention"] == {"stated": True, "kind": "fixed", "period": "P3Y"}


# --- storage place stated after the server ("服务器位于中国境内") ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("四、信息的存储\n\n我们的服务器位于中国境内。", "CN"),
        ("我们的数据中心均设在新加坡。", "SG"),
        ("我们的客服团队位于中国境内。", None),  # near miss: people, not servers
    ],
)
def test_server_located_in(text: str, location: str | None) -> None:
    assert facts(text, "zh")["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We collect recordings of online lessons (video and audio).", True),
        ("We collect video and audio recorded by your camera.", True),
        ("We keep records of your sessions.", False),  # near miss: records, not recordings
    ],
)
def test_recordings_named_by_what_was_recorded(text: str, found: bool) -> None:
    assert ("VoiceCommunicationRecording" in facts(text, "en")["data_categories"]) is found


# --- rights named by bare nouns in a rights list ----------------------------------------------------------------
def test_bare_right_nouns_under_a_rights_heading() -> None:
    text = ("Your rights under the GDPR\n\n• access and a copy of your data\n• correction\n"
            "• erasure, where we no longer need the data\n• objection to direct marketing at any time\n"
            "• a complaint to the Data Protection Commission\n\nKeeping data safe\n\nWe encrypt data at rest.")
    rights = set(facts(text, "en")["rights"])
    assert {"access", "rectification", "erasure", "restrict-or-object", "complaint-to-authority"} <= rights


def test_bare_nouns_outside_a_rights_list_are_no_rights() -> None:  # near miss: a feature list
    text = "What the app offers\n\n• access to our app for free\n• deletion of old drafts automatically\n• restriction of spam"
    rights = set(facts(text, "en")["rights"])
    assert not rights & {"access", "erasure", "restrict-or-object"}


# --- zh: providing a service to someone is no sharing ----------------------------------------------------------
def test_service_to_children_clause_keeps_the_collection_intro() -> None:
    text = ("一、我们收集哪些儿童个人信息\n\n为向儿童提供在线课程服务，我们需要收集：\n1. 儿童的昵称、年级、所在学校（可选）；\n"
            "2. 设备信息（设备型号、系统版本）。")
    assert {"School", "DeviceOperatingSystem"} <= set(facts(text, "zh")["data_categories"])


def test_giving_data_to_a_partner_is_still_sharing() -> None:  # near miss
    record = facts("我们会向合作方提供您的订单信息。", "zh")
    assert "partners" in record["recipients"]


def test_deletion_on_cancellation_under_a_cancellation_heading_is_no_retention_rule() -> None:  # near miss
    text = "十二、账户注销\n\n在您注销账户之后，我们将停止为您提供服务，并删除您的个人信息。"
    assert facts(text, "zh")["retention"]["stated"] is False


# --- batch 2 wordings ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "key", "found"),
    [
        ("二、我们如何使用\n\n我们仅将儿童个人信息用于：\n（1）提供直播课、录播课和作业批改服务；\n（2）改进课程质量。", "zh",
         "purposes", "ServiceProvision", True),
        ("三、共享\n\n我们会将订单信息提供给为我们提供配送服务的公司。", "zh", "purposes", "ServiceProvision", False),
        ("We process this information in order to clear parcels through customs.", "en", "purposes", "LegalCompliance", True),
        ("With your permission we will also send you discount codes by email.", "en", "purposes", "DirectMarketing", True),
        ("We share data only with service providers under contract, such as hosting companies.", "en",
         "disclosure_conditions", "entrusted-processing", True),
        ("We share data with government authorities when we are legally compelled.", "en",
         "disclosure_conditions", "legal-obligation", True),
        ("三、共享\n\n除以下情形外，我们不会向第三方提供儿童个人信息：取得监护人的单独同意；法律、行政法规规定应当提供的；"
         "为维护儿童的生命健康和财产安全所必需的。", "zh", "disclosure_conditions", "legal-obligation", True),
        ("三、共享\n\n除以下情形外，我们不会向第三方提供儿童个人信息：取得监护人的单独同意；法律、行政法规规定应当提供的；"
         "为维护儿童的生命健康和财产安全所必需的。", "zh", "disclosure_conditions", "vital-interests", True),
        ("You can access, correct and export your data in Settings.", "en", "rights", "portability", True),
        ("You have the right to know and to delete your personal information.", "en", "rights", "erasure", True),
        # near misses
        ("You can export your invoices as PDF files.", "en", "rights", "portability", False),
        ("We may be legally advised to keep records.", "en", "disclosure_conditions", "legal-obligation", False),
    ],
)
def test_batch2_wordings(text: str, language: str, field: str, key: str, found: bool) -> None:
    assert (key in facts(text, language)[field]) is found


# --- a heading that asks who receives the data opens a sharing section ----------------------------------------
def test_who_receives_heading_governs_a_verbless_recipient_list() -> None:
    text = ("Who receives it\n\nPartner carriers that deliver parcels abroad; customs and tax authorities; "
            "our IT and cloud providers.")
    assert {"authorities", "service-providers"} <= set(facts(text, "en")["recipients"])


def test_who_gets_a_discount_is_no_sharing_section() -> None:  # near miss: no recipient words in its entries
    assert facts("Who gets a discount\n\nStudents and teachers; our members.", "en")["recipients"] == []
