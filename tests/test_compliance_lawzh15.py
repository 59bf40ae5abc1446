"""Issue 15, from a first look at four own-written Chinese policies (lawzh15: property management 2019, children's
reading 2021-05, livestream shopping 2023, insurance broker 2024). Each rule is structural (what a default setting
does, what a condition makes the price of the service, who gives a consent, which party a pronoun points back to,
whose interest a ground serves) and sits beside a near-miss that must not match. All sentences are written for
these tests.
"""
from __future__ import annotations

import pytest

import compliance_judging

HEAD = "杭州青禾信息技术有限公司（以下简称“我们”）运营青禾应用，联系邮箱 privacy@qinghe.example.cn。\n"
HEAD_EN = "Qinghe Apps Ltd. (\"we\") runs the Qinghe app; write to privacy@qinghe.example.\n"


def verdict(text: str, key: str, lang: str = "zh") -> str:
    return compliance_judging.verdict(text, lang, key)


# --- a default that shows the person's data to everyone is a public disclosure ----------------------------------

@pytest.mark.parametrize("text,lang", [
    (HEAD + "您上传的配音作品默认向所有用户展示，您可以在“作品设置”中改为仅自己可见。\n", "zh"),
    (HEAD + "您的简历默认为公开状态，您可以在“隐私设置”中隐藏。\n", "zh"),
    (HEAD + "作品设为“公开”后，所有用户均可查看。作品默认为公开状态，您可以改为隐藏。\n", "zh"),
    (HEAD_EN + "By default your recordings are visible to all users; you can hide them in Settings.\n", "en"),
])
def test_data_public_by_default_is_disclosed_without_consent(text: str, lang: str) -> None:
    assert verdict(text, "public-disclosure", lang) == "contravention"


@pytest.mark.parametrize("text,lang", [
    (HEAD + "您上传的配音作品默认仅自己可见，您可以选择向所有用户展示。\n", "zh"),
    (HEAD_EN + "By default your recordings are visible only to you; you may choose to share them.\n", "en"),
    (HEAD + "简历默认为公开状态，所有认证招聘方均可检索并查看您的简历。\n", "zh"),  # a narrower audience: provision
    (HEAD_EN + "By default your profile is visible to all verified employers.\n", "en"),
    (HEAD + "您将简历设为“公开”后，所有认证招聘方均可查看您的简历。简历默认为公开状态，您可以改为隐藏。\n", "zh"),
])
def test_data_private_by_default_is_no_public_disclosure(text: str, lang: str) -> None:
    assert verdict(text, "public-disclosure", lang) != "contravention"


# --- consent to marketing made the condition of registering is bundled consent -----------------------------------

@pytest.mark.parametrize("text,lang", [
    (HEAD + "您需同意接收青禾的课程推广短信，方可完成注册并使用本应用。\n", "zh"),
    (HEAD_EN + "You must agree to receive marketing e-mails to register for the app.\n", "en"),
])
def test_consent_to_marketing_as_the_price_of_registering_is_bundled(text: str, lang: str) -> None:
    assert verdict(text, "bundled-consent", lang) == "contravention"


@pytest.mark.parametrize("text,lang", [
    (HEAD + "您需同意本政策方可完成注册；我们会根据您的选择向您发送课程推广短信。\n", "zh"),
    (HEAD + "您可以选择是否接收课程推广短信，不同意不影响您注册和使用本应用的基本功能。\n", "zh"),
    (HEAD_EN + "You may agree to receive marketing e-mails; you can register without it.\n", "en"),
])
def test_marketing_outside_the_condition_is_not_bundled(text: str, lang: str) -> None:
    assert verdict(text, "bundled-consent", lang) != "contravention"


# --- a guardian's consent obtained before changes apply is fresh consent -------------------------------------------

CHANGE = HEAD + "本政策发生重大变更时，我们会以弹窗方式通知您，并在取得监护人的同意后方会按变更后的政策处理孩子的个人信息。\n"
CHANGE_EN = HEAD_EN + "If we make material changes to this privacy policy, we will notify you and obtain the parent's consent before applying them.\n"


@pytest.mark.parametrize("text,lang", [(CHANGE, "zh"), (CHANGE_EN, "en")])
def test_guardian_consent_before_a_change_is_fresh_consent(text: str, lang: str) -> None:
    assert verdict(text, "policy-changes", lang) == "met"


@pytest.mark.parametrize("text,lang", [
    (HEAD + "本政策发生重大变更时，我们会以弹窗方式通知您，监护人未提出异议的，视为同意变更后的政策。\n", "zh"),
    (HEAD_EN + "We may update this privacy policy. We will notify you; if the parent keeps using the app, the change applies.\n", "en"),
])
def test_a_change_announced_to_a_guardian_without_consent_binds(text: str, lang: str) -> None:
    assert verdict(text, "policy-changes", lang) == "contravention"


# --- a recipient described as independent, then named by an anaphor, receives a provision -------------------------

MERCHANT = (HEAD + "三、共享\n频道内的商户系独立于我司的经营者，将自行处理您的订单信息。"
            "您下单时，我们会将您的姓名、收货地址和手机号码传送给该商户。\n")
MERCHANT_EN = (HEAD_EN + "Sharing\nShops in the mall are independent businesses that handle order data on their own. "
               "When you order, we pass your name, address and phone number to that merchant.\n")


@pytest.mark.parametrize("text,lang", [(MERCHANT, "zh"), (MERCHANT_EN, "en")])
def test_provision_to_an_independent_party_named_again_by_a_pronoun(text: str, lang: str) -> None:
    assert verdict(text, "sharing-separate-consent", lang) == "contravention"


def test_a_pronoun_without_an_independent_party_before_it_is_not_read_as_provision() -> None:
    text = HEAD + "三、共享\n频道内的商户由我们统一管理。您下单时，我们会将您的姓名、收货地址和手机号码传送给该商户。\n"
    assert verdict(text, "sharing-separate-consent") != "contravention"
    assert compliance_judging.facts(text, "zh").provision_to_others == []


def test_provision_to_a_committee_is_provision() -> None:
    text = HEAD + "为召开业主大会，我们会将您的姓名和手机号码提供给本小区业主委员会。\n"
    assert verdict(text, "sharing-separate-consent") == "contravention"
    near = HEAD + "业主委员会可以通过本应用向您发送会议通知。\n"  # the committee sends; nothing is passed to it
    assert verdict(near, "sharing-separate-consent") != "contravention"


# --- keeping order on the platform is the company's own interest, no PIPL 13 ground -----------------------------

LIST = HEAD + "以下情形中我们处理您的个人信息无需取得您的同意：\n（一）为履行法定职责或者法定义务所必需；\n"


def test_keeping_order_on_the_platform_is_no_pipl13_ground() -> None:
    text = LIST + "（二）为维护平台交易秩序、打击刷单炒信等违规行为所必需。\n"
    assert verdict(text, "legal-basis") == "contravention"
    assert "维护平台交易秩序" in compliance_judging.quoted(text, "zh", "legal-basis")[0]


def test_public_order_and_statutory_grounds_stay_within_pipl13() -> None:
    text = LIST + "（二）为应对突发公共卫生事件所必需。\n"
    assert verdict(text, "legal-basis") == "met"
    assert compliance_judging.stating("为维护社会公共秩序所必需。", "zh", "ground_company_rights") == []


def test_keeping_order_on_the_marketplace_is_no_pipl13_ground_in_english() -> None:
    text = (HEAD_EN + "We may process your personal information without your consent in the following cases:\n"
            "(a) to comply with a legal obligation;\n(b) for maintaining the integrity of the marketplace.\n")
    assert verdict(text, "legal-basis", "en") == "contravention"


# --- batch 2 (dating 2022, homestay 2020, driving school 2025) ------------------------------------------------------

ITEMS = (HEAD + "二、个人信息的提供\n1. 您报名后，我们会将您的姓名和手机号码提供给您所选择的合作驾校（第三方）。我们会在您提交报名前单独征求您的同意。\n"
         "2. 我们会向合作伙伴提供您的订单信息和手机号码。\n")


def test_the_consent_of_one_numbered_item_does_not_reach_the_next() -> None:
    assert verdict(ITEMS, "sharing-separate-consent") == "contravention"
    assert any("合作伙伴" in q for q in compliance_judging.quoted(ITEMS, "zh", "sharing-separate-consent"))


def test_the_consent_of_the_same_item_reaches_its_provision() -> None:
    text = HEAD + "二、个人信息的提供\n1. 您报名后，我们会将您的姓名和手机号码提供给您所选择的合作驾校（第三方）。我们会在您提交报名前单独征求您的同意。\n"
    assert verdict(text, "sharing-separate-consent") == "met"


def test_a_company_seated_in_hong_kong_by_its_name_receives_a_transfer_abroad() -> None:
    text = HEAD + "我们的母公司青禾控股（香港）有限公司负责集团审计，我们会向其提供您的订单金额和手机号码。\n"
    assert verdict(text, "cross-border-mechanism") == "contravention"
    assert verdict(text, "cross-border-consent") == "contravention"


def test_a_hong_kong_company_that_receives_nothing_is_no_transfer() -> None:
    text = HEAD + "我们的母公司为青禾控股（香港）有限公司。您的个人信息存储于中国境内。\n"
    assert verdict(text, "cross-border-mechanism") == "not-applicable"


def test_keeping_exam_order_and_preventing_cheating_is_no_pipl13_ground() -> None:
    text = LIST + "（二）为维护驾考秩序、防范替考作弊所必需。\n"
    assert verdict(text, "legal-basis") == "contravention"


def test_deletion_on_account_cancellation_is_a_retention_criterion() -> None:
    text = HEAD + "我们将在您注销账号后删除您的个人信息，但法律法规另有规定的除外。\n"
    assert verdict(text, "retention-period") == "met"
    near = HEAD + "您注销账号后将无法再登录本应用。\n"  # an effect of cancelling, no deletion
    assert verdict(near, "retention-period") != "met"


def test_separately_ticking_consent_is_separate_consent() -> None:
    text = HEAD + "如您购买红娘服务，经您在购买页面单独勾选同意后，我们会将您的手机号码提供给合作伙伴青禾婚介机构。\n"
    assert verdict(text, "sharing-separate-consent") == "met"
    near = HEAD + "如您购买红娘服务，经您勾选同意本政策后，我们会将您的手机号码提供给合作伙伴青禾婚介机构。\n"
    assert verdict(near, "sharing-separate-consent") == "contravention"


def test_posting_a_violators_nickname_is_a_sanction_disclosure() -> None:
    text = HEAD + "我们不会公开披露您的个人信息。但对经举报查实的违规账号，我们会在“安全中心”公示其昵称、头像及违规行为。\n"
    assert verdict(text, "public-disclosure") == "contravention"
    near = HEAD + "我们不会公开披露您的个人信息。对经举报查实的违规账号，我们会予以封禁。\n"
    assert verdict(near, "public-disclosure") != "contravention"
