"""Issue 15, from a first look at five own-written Chinese policies (lawzh14: ride-hailing 2019, mobile game 2021,
tutoring 2022, wearable 2023, bank card 2025). Each rule is structural (who a sentence is about, the scope of a
list intro, which clause a parenthesis qualifies) and sits beside a near-miss that must not match.
All sentences are written for these tests.
"""
from __future__ import annotations

import pytest

import compliance_judging
from policykg.compliance.fact_reading import self_aliases

HEAD = "杭州青禾信息技术有限公司（以下简称“我们”）运营青禾应用，联系邮箱 privacy@qinghe.example.cn。\n"


def verdict(text: str, key: str, lang: str = "zh") -> str:
    return compliance_judging.verdict(text, lang, key)


# --- who speaks: a declared self-alias ("本行") is "we"; a company in the recipient's slot is not the handler ------

BANK = ("青松银行股份有限公司信用卡中心（以下简称“本行”或“我们”）运营本应用，客服热线 400-123-4567。\n"
        "为向您提供账单查询和还款服务，本行会处理您的卡号、交易记录和还款记录。\n")


def test_a_declared_self_alias_speaks_as_we() -> None:
    assert self_aliases(BANK) == ("本行",)
    assert verdict(BANK, "processing-scope") == "met"


def test_an_alias_not_declared_beside_we_is_not_read_as_we() -> None:
    text = BANK.replace("（以下简称“本行”或“我们”）", "（以下简称“我们”）")
    assert self_aliases(text) == ()
    assert self_aliases("某某律师事务所（以下简称“本所”）") == ()  # no "我们" in the declaration
    assert verdict(text, "processing-scope") != "met"


WEAR = ("脉动健康（以下简称“我们”）提供手环服务，联系邮箱 support@maidong.example。\n"
        "为提供售后服务，我们会将您的设备序列号传输至我们位于新加坡的关联公司 Maidong Tech Pte. Ltd.。\n")
WEAR_EN = ("Pulse Health (\"we\") offers the band; write to support@pulse.example.\n"
           "To provide repairs we transfer your serial number to our affiliate Pulse Tech Pte. Ltd. in Singapore.\n")


@pytest.mark.parametrize("text,lang", [(WEAR, "zh"), (WEAR_EN, "en")])
def test_a_company_that_receives_the_data_is_not_the_handler(text: str, lang: str) -> None:
    assert verdict(text, "handler-identity", lang) == "omission"


@pytest.mark.parametrize("text,lang", [
    ("Maidong Tech Pte. Ltd.（以下简称“我们”）提供手环服务，联系邮箱 support@maidong.example。\n", "zh"),
    ("Pulse Tech Pte. Ltd. (\"we\") offers the band; write to support@pulse.example.\n", "en"),
])
def test_a_company_that_speaks_is_the_handler(text: str, lang: str) -> None:
    assert verdict(text, "handler-identity", lang) == "met"


# --- scope of a title or an intro -----------------------------------------------------------------------------------

def test_a_labelled_line_under_a_data_title_states_its_purpose() -> None:
    text = HEAD + "一、我们处理哪些信息\n1. 身体信息：身高、体重，用于计算卡路里消耗。\n"
    assert verdict(text, "processing-scope") == "met"


def test_the_same_line_under_another_title_states_no_purpose_of_ours() -> None:
    text = HEAD + "一、常见问题\n1. 身体信息：身高、体重，用于计算卡路里消耗。\n"
    assert verdict(text, "processing-scope") != "met"


RIGHTS = (HEAD + "我们收集您的手机号码，用于创建账号。\n"
          "{intro}\n"
          "1. 在“我的-档案”中查阅、更正孩子的信息；\n"
          "2. 在“我的-设置”中撤回对个性化推荐的同意；\n"
          "3. 在“我的-记录”中删除历史学习记录；\n"
          "4. 在“我的-设置-注销账号”中注销账号。\n")


def test_an_intro_offering_the_rights_in_general_offers_each_item() -> None:
    assert verdict(RIGHTS.format(intro="家长可以通过以下方式行使权利："), "rights-exercise") == "met"


def test_an_intro_that_offers_no_right_offers_none_of_its_items() -> None:
    assert verdict(RIGHTS.format(intro="我们会在以下页面记录您的操作："), "rights-exercise") == "omission"


def test_exercise_your_rights_intro_in_english() -> None:
    text = ("Qinghe Ltd (we) runs the app; write to privacy@qinghe.example.\n"
            "We collect your phone number to create your account.\n"
            "{intro}\n1. in Settings > Profile, view and correct your information;\n"
            "2. in Settings > Privacy, withdraw your consent;\n3. in Settings > Data, delete your personal information;\n"
            "4. in Settings > Account, close your account.\n")
    assert verdict(text.format(intro="You can exercise your rights as follows:"), "rights-exercise", "en") == "met"
    assert verdict(text.format(intro="Our staff log these steps:"), "rights-exercise", "en") == "omission"


def test_examples_of_an_entrustment_open_no_list_of_data() -> None:
    text = HEAD + "我们收集您的手机号码，用于创建账号。\n我们可能委托服务商代表我们处理您的个人信息，例如委托服务商提供客服系统和云存储服务。\n"
    assert verdict(text, "processing-scope") == "met"


def test_examples_of_data_after_an_entrustment_still_open_the_list() -> None:
    text = HEAD + "我们收集您的手机号码，用于创建账号。\n我们可能委托服务商代表我们处理您的个人信息，例如提供您的手机号码和位置信息。\n"
    assert verdict(text, "processing-scope") == "contravention"


# --- which clause the parenthesis qualifies: refusing marketing data costs the whole service -----------------------

@pytest.mark.parametrize("sentence", [
    "如果您不同意我们收集上述信息（包括用于营销推广的信息），您将无法使用本平台的任何服务。",
    "您需同意本政策的全部内容（包括接收课程营销信息和参加用户调研）方可使用本平台的辅导服务。",
])
def test_refusing_marketing_costs_the_service(sentence: str) -> None:
    assert verdict(HEAD + sentence + "\n", "bundled-consent") == "contravention"


def test_refusing_the_data_a_function_needs_is_no_bundling() -> None:
    text = HEAD + "如果您不同意我们收集上述信息，您将无法使用叫车服务。\n"
    assert verdict(text, "bundled-consent") != "contravention"


# --- silence vs denial: an adult-only rule for one role, children's data collected elsewhere -----------------------

ADULT = BANK + "本行主卡申请人须年满18周岁。\n"


@pytest.mark.parametrize("extra", [
    "您可以为年满13周岁的子女申请附属卡，申请时需提供子女的姓名和身份证件号码。\n",
    "除附属卡外，本行不会主动收集未成年人的个人信息。\n",
])
def test_an_adult_rule_for_one_role_does_not_keep_children_out(extra: str) -> None:
    assert verdict(ADULT + extra, "minors") == "contravention"


def test_an_adult_only_service_is_not_for_children() -> None:
    assert verdict(ADULT + "本行不会主动收集未成年人的个人信息。\n", "minors") == "not-applicable"
    assert verdict(ADULT, "minors") == "not-applicable"


# --- retention kept past the account for the company's own ends -----------------------------------------------------

def test_data_kept_after_cancellation_for_our_products() -> None:
    text = HEAD + "账号注销后，我们仍会保留您的学习记录和测评成绩，用于改进我们的教学产品。\n"
    assert verdict(text, "retention-period") == "contravention"


@pytest.mark.parametrize("sentence", [
    "账号注销后，我们仍会保留匿名化处理后的统计数据。",
    "账号注销后，我们仍会依照法律法规的要求保留交易记录三年。",
])
def test_data_kept_after_cancellation_anonymised_or_by_law(sentence: str) -> None:
    assert verdict(HEAD + sentence + "\n", "retention-period") != "contravention"


# --- wordings read beside the structure ------------------------------------------------------------------------------

def test_legitimate_interest_named_as_the_basis() -> None:
    text = HEAD + "基于我们的合法利益，我们会分析您的设备使用数据，以改进算法。\n"
    assert verdict(text, "legal-basis") == "contravention"
    assert verdict(HEAD + "我们会分析您的设备使用数据，以改进算法。\n", "legal-basis") != "contravention"


def test_fresh_consent_to_a_change_after_it() -> None:
    base = HEAD + "我们可能修订本政策。对于重大变更（包括处理目的、个人信息种类的变化），我们会通过弹窗通知您{tail}。\n"
    assert verdict(base.format(tail="，并在您再次同意后方可继续处理您的个人信息"), "policy-changes") == "met"
    assert verdict(base.format(tail=""), "policy-changes") != "met"


def test_default_published_on_the_website() -> None:
    text = BANK + "如您的信用卡逾期超过90天，本行可能在法律允许的范围内，通过官方网站公示您的姓名及欠款金额。\n"
    assert verdict(text, "public-disclosure") == "contravention"
    assert any("公示您的姓名" in q for q in compliance_judging.quoted(text, "zh", "public-disclosure"))
    assert verdict(BANK + "本行会在官方网站公示本政策的更新。\n", "public-disclosure") == "not-applicable"


def test_a_separate_popup_asks_separate_consent() -> None:
    text = HEAD + "在收集您的人脸信息前，我们会通过{w}弹窗向您说明其必要性及对您个人权益的影响，并征得您的同意。\n"
    assert verdict(text.format(w="单独"), "sensitive-pi-consent") == "met"
    assert verdict(text.format(w=""), "sensitive-pi-consent") != "met"


# --- from the second batch (group-buying 2022, internet hospital 2020, recruitment 2024) ------------------------------

def test_a_series_of_right_verbs_governs_one_object() -> None:
    rights = ("{who}在App中查阅、复制、更正、删除{obj}的简历；\n"
              "您可以在“设置-隐私”中撤回授权；您可以在“设置-账号与安全-注销账号”中注销账号。\n")
    text = HEAD + "我们收集您的简历，用于向招聘企业推荐您。\n"
    assert verdict(text + rights.format(who="您可以", obj="您"), "rights-exercise") == "met"
    assert verdict(text + rights.format(who="客服人员会", obj="工单中"), "rights-exercise") == "omission"


@pytest.mark.parametrize("text,lang,fresh", [
    (HEAD + "本政策发生重大变更时，我们会以弹窗方式通知您并征得您的同意。\n", "zh", True),
    (HEAD + "本政策发生重大变更时，我们会以弹窗方式通知您。\n", "zh", False),
    ("Qinghe Ltd (we) runs the app; write to privacy@qinghe.example.\n"
     "When this policy changes materially we will notify you in the app.\n", "en", False),
])
def test_consent_asked_in_the_change_clause_itself(text: str, lang: str, fresh: bool) -> None:
    assert (verdict(text, "policy-changes", lang) == "met") is fresh


SHARE = (HEAD + "1. 我们不会向第三方提供您的个人信息，但以下情况除外：\n（1）事先获得您的明确同意；\n（2）为维护本公司的合法权益。\n{after}\n")


def test_a_new_numbered_item_does_not_carry_the_last_case_on() -> None:
    text = SHARE.format(after="2. 我们不会公开披露您的个人信息，除非获得您的明确同意。")
    assert verdict(text, "gbt-sharing-exceptions") == "contravention"


def test_an_unnumbered_line_after_the_case_still_carries_it_on() -> None:
    text = SHARE.format(after="上述情形下，我们仍会事先征得您的同意。")
    assert verdict(text, "gbt-sharing-exceptions") != "contravention"


def test_switching_recommendations_off() -> None:
    text = HEAD + "我们会根据您的问诊记录建立健康档案，并据此向您推荐健康商品。\n{optout}\n"
    assert verdict(text.format(optout="您可以在“设置-推荐管理”中关闭推荐。"), "automated-decision") == "met"
    assert verdict(text.format(optout="您可以在“设置”中关闭推荐商品的消息提醒。"), "automated-decision") == "contravention"


def test_the_same_line_after_the_case_still_carries_it_on() -> None:
    text = SHARE.format(after="").replace("（2）为维护本公司的合法权益。", "（2）为维护本公司的合法权益。在此情形下，我们仍会事先征得您的同意。")
    assert verdict(text, "gbt-sharing-exceptions") != "contravention"
