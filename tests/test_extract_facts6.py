"""Facts read right on wording seen in fresh real policies (issue 16, helper facts6).

Each rule is tested with the wording it is for, in the languages where it is linguistic, and a near miss
beside it that must not match. The texts are written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from policykg.ingest.model import SegmentKind
from policykg.ingest.segment import segment
from tests.test_extract_practices import make_document
from tests.test_extract_scalars_fresh import facts


# --- retention: data used for its purpose "and then removed" is kept only for that purpose --------------
@pytest.mark.parametrize(
    ("text", "stated", "kind"),
    [
        ("We use this information only for statistical purposes and then the data is removed from our servers.",
         True, "purpose-bound"),
        ("Log files serve troubleshooting purposes and are afterwards deleted.", True, "purpose-bound"),
        ("Your uploads are deleted once they are no longer needed for the conversion.", True, "purpose-bound"),
        ("We delete the information when it is no longer necessary for the purposes above.", True, "purpose-bound"),
        # near misses: a user's own removal, a removal without a purpose, a right to ask for erasure
        ("You can remove cookies at any time and then the data is removed from your browser.", False, None),
        ("Once you close your account, your profile is removed from public view.", False, None),
        ("You may ask us to delete your data when you no longer need the service.", False, None),
    ],
)
def test_used_for_its_purpose_then_deleted_is_purpose_bound(text: str, stated: bool, kind: str | None) -> None:
    retention = facts(text, "en")["retention"]
    assert retention["stated"] is stated
    assert retention["kind"] == kind


# --- policy change: a user agreement's "协议" is updated and published like a policy ------------------------
@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("本公司可根据法律法规的要求及时更新隐私协议，届时将以公开的形式通知您。", True),
        ("我们更新相应条款后，您可在本应用官方网站查阅最新版协议条款。", True),
        ("We may update this agreement from time to time and will post the new version on this page.", True),
        # near misses: a change with no word on how it is made known; a user editing their own data
        ("本公司可根据业务需要更新服务协议。", False),
        ("您可以随时修改个人资料，修改后将以短信通知您。", False),
    ],
)
def test_agreement_change_with_publication_is_a_change_notice(text: str, notice: bool) -> None:
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    assert facts(text, language)["policy_change_notice"] is notice


# --- segmenter: "* ## 四、隐私政策" is a section title under a converter's bullet ----------------------------
def test_bullet_before_markdown_heading_is_a_heading() -> None:
    text = "  * ## 四、用户隐私政策\n我们会收集您的姓名。\n  * ## Contact us\nWrite to us.\n  * 重要提示\n  * #1 tip of the day\n"
    kinds = {s.text: s.kind for s in segment(make_document(text, "zh"))}
    assert kinds["四、用户隐私政策"] is SegmentKind.HEADING
    assert kinds["Contact us"] is SegmentKind.HEADING
    # near misses: a bullet with plain text, and a "#" without the space a markdown heading needs
    assert kinds["重要提示"] is SegmentKind.ITEM
    assert kinds["#1 tip of the day"] is SegmentKind.ITEM
    under = [s for s in segment(make_document(text, "zh")) if s.text.startswith("我们会收集")]
    assert under[0].heading == "四、用户隐私政策"


# --- purposes: the user's duty or the company's disclaimer names no purpose of processing ----------------
@pytest.mark.parametrize(
    ("text", "language", "purpose", "found"),
    [
        ("您必须为自己注册帐号下的一切行为负责，并对注册信息的真实性负责。", "zh", "ServiceRegistration", False),
        ("除非您接受本协议所有条款，否则您无权注册或使用本服务及相关信息。", "zh", "ServiceRegistration", False),
        ("就下列事宜，本公司不承担任何法律责任：\n1. 由于您将密码告知他人或与他人共享注册帐户导致的信息泄漏；\n", "zh",
         "ServiceRegistration", False),
        ("You are solely responsible for all activity under the account you register and for the information you post.", "en",
         "ServiceRegistration",
         False),
        # near misses: the company's own purpose, in both languages
        ("我们会使用您的手机号码为您注册帐号。", "zh", "ServiceRegistration", True),
        ("We use your e-mail address to register your account.", "en", "ServiceRegistration", True),
    ],
)
def test_duty_or_disclaimer_states_no_purpose(text: str, language: str, purpose: str, found: bool) -> None:
    assert (purpose in facts(text, language)["purposes"]) is found


# --- storage location: processing activities that "take place in" a country -----------------------------
@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Processing means using cookies on a device or touching information in any way, including collecting, storing, "
         "deleting, using, combining and disclosing information, all of which activities will take place in the United "
         "States.", "US"),
        ("All processing operations take place exclusively in Germany.", "DE"),
        # near misses: an event, and activities of the users, in a country
        ("Our annual user conference will take place in Canada.", None),
        ("Many of our users' activities take place in India, where our app is popular.", None),
    ],
)
def test_processing_taking_place_in_a_country_is_its_storage_location(text: str, location: str | None) -> None:
    assert facts(text, "en")["cross_border"]["storage_location"] == location


# --- retention, zh: "目的所必需的时限" is purpose-bound; "使用期间发生的" dates an event, it bounds no storage -----
@pytest.mark.parametrize(
    ("text", "stated", "kind"),
    [
        ("我们仅会在达到本政策所述目的所必需的时限内保存您的个人信息。", True, "purpose-bound"),
        ("我们会在您使用服务期间保存您的账号信息。", True, "purpose-bound"),
        # near miss: the period names when a breach happened, not how long data is kept
        ("公司有权保留已终止服务的用户的使用信息，对用户在使用付费服务期间发生的违约行为仍有权追究责任。", False, None),
    ],
)
def test_zh_retention_time_limit_and_event_period(text: str, stated: bool, kind: str | None) -> None:
    retention = facts(text, "zh")["retention"]
    assert (retention["stated"], retention["kind"]) == (stated, kind)


# --- selling: a user forbidden to sell the app's content is no statement about selling personal data ------
@pytest.mark.parametrize(
    ("text", "language", "sells"),
    [
        ("除已获得我们书面许可的情况外，您不得复制、修改、公布、传播、转载、出售、转售本应用发布的各类信息。", "zh", None),
        ("You may not copy, modify, sell or rent any information published in the app.", "en", None),
        # near misses: the company's own denial, and the company speaking after the user's duty
        ("我们不会出售您的个人信息。", "zh", "no"),
        ("We do not sell, rent or trade your personal information.", "en", "no"),
        ("Users are prohibited from posting ads, and we sell the information you provide to partners.", "en", "yes"),
    ],
)
def test_user_forbidden_to_sell_is_not_the_company_selling(text: str, language: str, sells: str | None) -> None:
    assert facts(text, language)["sells_data"] == sells


# --- disclosure conditions: sharing "as approved by you", "when you agree to our sharing" is by consent ------
@pytest.mark.parametrize(
    ("text", "consent"),
    [
        ("Your personal information is never shared except as approved by you or as described below.", True),
        ("When you agree to our sharing your information with other companies for their own marketing, we share it.",
         True),
        # near miss: approval of content, no sharing case
        ("Content approved by you is shown to other users of the app.", False),
    ],
)
def test_approved_by_you_is_sharing_by_consent(text: str, consent: bool) -> None:
    assert ("consent" in facts(text, "en")["disclosure_conditions"]) is consent


# --- cross-border: processing "in other countries", servers "at any location worldwide" --------------------
@pytest.mark.parametrize(
    ("text", "mentioned", "location"),
    [
        ("Your information may be processed in the country in which it was collected and in other countries, "
         "including the United States, where laws may be less stringent.", True, "US"),
        ("We may process information at our secured servers, which may be located at any location worldwide.", True, None),
        # near misses: users in other countries, and a worldwide audience
        ("Our app is popular with users in other countries.", False, None),
        ("We serve customers around the world from our office.", False, None),
    ],
)
def test_processing_in_other_countries_is_a_transfer_abroad(text: str, mentioned: bool, location: str | None) -> None:
    cross_border = facts(text, "en")["cross_border"]
    assert (cross_border["mentioned"], cross_border["storage_location"]) == (mentioned, location)


# --- policy change: "we will update the ‘Last update’ field"; zh "提醒您…更新" under "通知和修订" ------------
@pytest.mark.parametrize(
    ("text", "language", "notice"),
    [
        ("Upon any change made to this Privacy Policy we will update the \u2018Last update\u2019 field at the top.", "en", True),
        ("六 、通知和修订\n我们会通过在网站上发出更新版本或以其他方式提醒您相关内容的更新。\n", "zh", True),
        ("本隐私政策也将随之调整，我们会以其他方式提醒您相关内容的更新。", "zh", True),
        # near misses: the user updates a field; a reminder that is not about the policy
        ("You can update the \u2018Last name\u2019 field in your profile at any time.", "en", False),
        ("我们会提醒您及时更新应用版本。", "zh", False),
    ],
)
def test_change_notice_by_date_field_or_reminder(text: str, language: str, notice: bool) -> None:
    assert facts(text, language)["policy_change_notice"] is notice


# --- incident notice: a report to the regulator notifies no user ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("同时，我们还将按照监管部门要求，上报个人信息安全事件的处置情况。", False),
        ("发生个人信息安全事件后，我们将向有关主管部门报告。", False),
        # near misses: the users are told, with or without the regulator in the same sentence
        ("若发生个人信息安全事件，我们将及时以推送通知的方式告知您，并按照监管部门要求上报处置情况。", True),
        ("若发生个人信息泄露等安全事件，我们会及时通知您。", True),
    ],
)
def test_report_to_regulator_is_no_incident_notice(text: str, notice: bool) -> None:
    assert facts(text, "zh")["incident_notification"] is notice


# --- implied consent: "your use of the service means we may store and use your data" ------------------------
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Your use of our personalization service means we may store and use data provided by you.", True),
        ("Your use of the app means that we can collect your location.", True),
        # near misses: a definition of "use", and what the data means
        ("In this policy, use of the service means any access to the app.", False),
        ("Your use of the filters means nothing to us; we store no photos.", False),
    ],
)
def test_use_means_we_may_process_is_implied_consent(text: str, implied: bool) -> None:
    assert facts(text, "en")["implied_consent"] is implied


# --- vocabulary: wordings of fresh policies for known categories --------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "category", "found"),
    [
        ("我们会收集您的情感状态和职业。", "zh", "MaritalStatus", True),
        ("我们会收集您的搜索查询内容。", "zh", "BrowserHistory", True),
        ("我们会收集您浏览器的类型。", "zh", "UserAgent", True),
        ("购买时我们会收集您的付款信息。", "zh", "FinancialAccount", True),
        ("我们会收集您的点击流数据。", "zh", "LinkClicked", True),
        ("We collect anonymous usage statistics.", "en", "Behavioural", True),
        ("We collect your Android version.", "en", "DeviceOperatingSystem", True),
        # near misses: an analysis of feelings, an app for a platform
        ("我们不会分析您的情感倾向。", "zh", "MaritalStatus", False),
        ("We offer an Android app and an iOS app.", "en", "DeviceOperatingSystem", False),
    ],
)
def test_fresh_category_wordings(text: str, language: str, category: str, found: bool) -> None:
    assert (category in facts(text, language)["data_categories"]) is found


# --- collection: "warning that third-party keyboards may collect passwords" is another party's collection ----
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("You may see an alert warning that third-party keyboards may collect or log sensitive data such as "
         "passwords.", False),
        # near miss: the company itself collects
        ("We collect your password and warn that we may log it.", True),
    ],
)
def test_third_party_collection_in_a_warning(text: str, found: bool) -> None:
    assert ("Password" in facts(text, "en")["data_categories"]) is found


# --- retention: data "maintained while you are a user, or until it is no longer needed" -----------------------
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("We maintain information about you in our business records while you are a user, or until it is no longer "
         "needed for business, tax, or legal purposes.", True),
        ("We keep your data until it is no longer needed.", True),
        # near misses: safeguards maintained, not data; a user status without a storage verb
        ("We maintain appropriate safeguards while you are a user.", False),
        ("You can change your settings while you are a user.", False),
    ],
)
def test_maintained_while_a_user_is_purpose_bound(text: str, stated: bool) -> None:
    retention = facts(text, "en")["retention"]
    assert retention["stated"] is stated
    assert retention["kind"] == ("purpose-bound" if stated else None)


# --- disclosure: zh "分享" is sharing; "获得您明确的同意"; people protected listed at length; en 911 calls -----
@pytest.mark.parametrize(
    ("text", "language", "condition", "found"),
    [
        ("我们可能为以下需要而分享、转让、公开披露您的个人信息：\n1、事先获得您明确的同意或授权的；\n", "zh", "consent", True),
        ("我们可能为以下需要而分享您的个人信息：\n1、为保护本公司的客户、关联公司、其他用户或雇员的人身和财产安全所合理必需的；\n",
         "zh", "protect-rights", True),
        ("We may provide personal information to third parties for purposes such as responding to 911 calls and other "
         "emergencies.", "en", "vital-interests", True),
        # near misses: the user's own sharing feature; protection promised, no disclosure; an emergency of our own
        ("您可以使用分享功能，经您明确的同意后把文章分享给好友。", "zh", "consent", False),
        ("我们会保护您的人身和财产安全。", "zh", "protect-rights", False),
        ("We respond to emergencies in our data centre quickly.", "en", "vital-interests", False),
    ],
)
def test_fresh_disclosure_wordings(text: str, language: str, condition: str, found: bool) -> None:
    assert (condition in facts(text, language)["disclosure_conditions"]) is found


def test_zh_fen_xiang_with_partners_names_recipients() -> None:
    record = facts("我们可能将您的信息与关联公司、合作伙伴分享。", "zh")
    assert {"affiliates", "partners"} <= set(record["recipients"])
    assert facts("您可以使用分享功能把文章分享给好友。", "zh")["recipients"] == []


# --- purposes: analytics worded around the user's use of the service -----------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("我们可能将收集的信息用作下列用途：\n1、对您使用本服务的情况进行统计，以展示整体使用趋势；\n", "zh", True),
        ("我们会收集设备信息，以实现游戏数据的统计和分析。", "zh", True),
        ("我们会使用您的信息来分析您使用我们服务的情况。", "zh", True),
        ("This data enables us to figure out how often our customers use parts of the site.", "en", True),
        ("This information shall be used strictly for analyzing and improving our services.", "en", True),
        # near misses: the user learns about their own use; a way of use improved
        ("您可以在设置中了解您的权利和账户信息。", "zh", False),
        ("We use your information to figure out the best route for your delivery.", "en", False),
    ],
)
def test_analytics_of_the_users_use(text: str, language: str, found: bool) -> None:
    assert ("ServiceUsageAnalytics" in facts(text, language)["purposes"]) is found


# --- segmenter: a line that is one question titles the answer below it (en, zh, as es already did) ---------
def test_question_line_is_a_section_title() -> None:
    text = ("How do we use this information?\nWe use it to improve the app.\n"
            "Does the app collect precise location information?\nThe app does not collect precise location.\n"
            "我们如何使用您的信息？\n我们会用于改进服务。\n"
            "What if you do not agree? You can stop using the app.\n"
            "您是否同意？请点击同意按钮。\n")
    segments = segment(make_document(text, "en"))
    kinds = {s.text: s.kind for s in segments}
    assert kinds["How do we use this information?"] is SegmentKind.HEADING
    assert kinds["Does the app collect precise location information?"] is SegmentKind.HEADING
    assert kinds["我们如何使用您的信息？"] is SegmentKind.HEADING
    # near misses: a question followed by its answer on the same line stays prose
    assert kinds["What if you do not agree?"] is SegmentKind.SENTENCE
    assert kinds["您是否同意？"] is SegmentKind.SENTENCE
    under = {s.text: s.heading for s in segments}
    assert under["We use it to improve the app."] == "How do we use this information?"


def test_question_title_is_not_collection() -> None:
    text = "Does the app collect precise location information?\nThe app does not collect precise location.\n"
    assert "Location" not in facts(text, "en")["data_categories"]


# --- implied consent, zh: "使用…即表示您认同本政策" -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("若您使用本应用的产品和服务，即表示您认同我们在本政策中所述内容。", True),
        # near miss: the company shares a view, nobody is deemed to agree
        ("我们认同用户隐私的重要性，并使用加密技术保护数据。", False),
    ],
)
def test_use_means_you_endorse_the_policy(text: str, implied: bool) -> None:
    assert facts(text, "zh")["implied_consent"] is implied


# --- publisher: "公司全称：某某有限公司" names the legal entity behind a brand introduced as "we" ------------------
def test_full_company_name_label_names_the_publisher() -> None:
    text = ("某某天气（“我们”）非常重视用户的隐私和个人信息保护。\n我们会收集您的手机号码。\n"
            "如何联系我们\n公司全称：上海某某移动科技有限公司。\n联系电话：4000002345。\n")
    assert facts(text, "zh")["company"] == "上海某某移动科技有限公司"
    # near miss: without the label, the brand stays the publisher
    brand_only = "某某天气（“我们”）非常重视用户的隐私和个人信息保护。\n我们会收集您的手机号码。\n"
    assert facts(brand_only, "zh")["company"] == "某某天气"
