"""Issue 15, zh compliance (lawzh21): rules from lawzh21's first looks at own Chinese policies (a 2019 recruitment
platform, a 2021 smart-watch maker, a 2023 car-rental app, a 2026 concert-ticketing platform). Each rule sits beside
a near-miss that must not match. All sentences are written for these tests.
"""
from __future__ import annotations

import compliance_judging

HEAD = "杭州乐途文化传媒有限公司（以下简称“我们”）运营乐途App，联系邮箱 privacy@letu.example.cn。\n"
EN_HEAD = "Harbor Tickets Ltd (\"we\") runs the Harbor app; write to privacy@harbor.example.com.\n"


def verdict(text: str, key: str, lang: str = "zh") -> str:
    return compliance_judging.verdict(text, lang, key)


def quoted(text: str, key: str, lang: str = "zh") -> list[str]:
    return compliance_judging.quoted(text, lang, key)


# --- a list item in the section on rights, labelled by the right, gives the way after its colon ----------------------

RIGHTS_LIST = (HEAD + "六、您的权利\n"
               "查阅与更正：“我的-个人资料”；\n"
               "删除健康数据：“健康-数据管理-删除全部数据”；\n"
               "撤回同意：您可以在“我的-设置-隐私-授权管理”中撤回授权；\n"
               "注销账号：“我的-设置-账号与安全-注销账号”。\n")
# near-miss: the same labels with no way after them (a statement of what we do) give the person nothing to do
RIGHTS_LIST_NO_WAY = (HEAD + "六、您的权利\n"
                      "查阅与更正：“我的-个人资料”；\n"
                      "删除健康数据：我们会在法定期限届满后删除；\n"
                      "撤回同意：您可以在“我的-设置-隐私-授权管理”中撤回授权；\n"
                      "注销账号：“我的-设置-账号与安全-注销账号”。\n")
# near-miss: the labels outside a section on rights (a table of functions) are not the person's rights
LABELS_ELSEWHERE = RIGHTS_LIST.replace("六、您的权利", "六、功能说明")


def test_labelled_items_in_the_rights_section_give_each_right_its_way() -> None:
    assert verdict(RIGHTS_LIST, "rights-exercise") == "met"


def test_a_labelled_right_with_no_way_after_its_colon_is_still_missing() -> None:
    assert verdict(RIGHTS_LIST_NO_WAY, "rights-exercise") == "omission"


def test_labels_outside_the_rights_section_name_no_right() -> None:
    assert verdict(LABELS_ELSEWHERE, "rights-exercise") == "omission"


# --- a refusal that leaves the product's other functions working is limited to one function --------------------------

WATCH_LIMITED = (HEAD + "若您不同意收集心率数据，您将无法使用健康监测功能，但不影响手表的计时、通知提醒、运动记录等其他基本功能。\n")
# near-miss: the refusal that costs the product as a whole
WATCH_WHOLE = HEAD + "若您不同意收集心率数据，您将无法使用本手表及本App的任何功能。\n"


def test_a_refusal_that_leaves_the_product_s_other_functions_working_is_not_bundling() -> None:
    assert verdict(WATCH_LIMITED, "bundled-consent") == "met"


def test_a_refusal_that_costs_every_function_is_not_limited() -> None:
    assert verdict(WATCH_WHOLE, "bundled-consent") != "met"


# --- the address book refused at the price of the service the app is for ---------------------------------------------

CONTACTS_RENTAL = HEAD + "如您拒绝授权通讯录权限，我们将无法为您提供租车服务。\n"
# near-miss: a service made of the address book needs it
CONTACTS_FRIENDS = HEAD + "如您拒绝授权通讯录权限，我们将无法为您提供好友推荐服务。\n"


def test_refusing_the_address_book_at_the_price_of_the_rental_service_is_bundling() -> None:
    assert verdict(CONTACTS_RENTAL, "bundled-consent") == "contravention"


def test_refusing_the_address_book_at_the_price_of_friend_suggestions_is_not() -> None:
    assert verdict(CONTACTS_FRIENDS, "bundled-consent") != "contravention"


# --- marketing refused at the price of a function is bundling, in Chinese and English --------------------------------

MARKETING_PRICE = HEAD + "若您不同意接收营销短信，将无法参与热门演出的抢票活动。\n"
MARKETING_FREE = HEAD + "若您不同意接收营销短信，可随时退订，不影响您参与抢票活动。\n"
EN_MARKETING_PRICE = EN_HEAD + "If you do not agree to receive marketing e-mails, you cannot take part in pre-sales.\n"
EN_MARKETING_FREE = EN_HEAD + "If you do not agree to receive marketing e-mails, you can still buy tickets as usual.\n"


def test_refusing_marketing_at_the_price_of_pre_sales_is_bundling() -> None:
    assert verdict(MARKETING_PRICE, "bundled-consent") == "contravention"
    assert quoted(MARKETING_PRICE, "bundled-consent") == ["若您不同意接收营销短信，将无法参与热门演出的抢票活动。"]


def test_refusing_marketing_that_costs_nothing_is_not_bundling() -> None:
    assert verdict(MARKETING_FREE, "bundled-consent") != "contravention"


def test_english_refusing_marketing_at_the_price_of_pre_sales_is_bundling() -> None:
    assert verdict(EN_MARKETING_PRICE, "bundled-consent", "en") == "contravention"


def test_english_refusing_marketing_that_costs_nothing_is_not_bundling() -> None:
    assert verdict(EN_MARKETING_FREE, "bundled-consent", "en") != "contravention"


# --- "账号注册：手机号码" under a title on the data processed ties data to a function ----------------------------------

FUNCTION_LABELS = (HEAD + "一、我们处理的个人信息\n1.1 账号注册：手机号码、验证码；\n1.2 实名购票：观演人的姓名、身份证号码。\n")
# near-miss: labels that are data categories tie the data to nothing
CATEGORY_LABELS = (HEAD + "一、我们处理的个人信息\n1.1 设备信息：设备型号、IMEI；\n1.2 身份信息：姓名、身份证号码。\n")
# near-miss: the same labels under a title that is not about the data processed
FUNCTION_LABELS_ELSEWHERE = FUNCTION_LABELS.replace("我们处理的个人信息", "常见问题")


def test_a_function_label_before_the_data_states_their_purpose() -> None:
    assert verdict(FUNCTION_LABELS, "processing-scope") == "met"


def test_a_data_category_label_states_no_purpose() -> None:
    assert verdict(CATEGORY_LABELS, "processing-scope") == "omission"


def test_function_labels_outside_a_data_section_state_no_purpose() -> None:
    assert verdict(FUNCTION_LABELS_ELSEWHERE, "processing-scope") == "omission"


# --- a list of winners posted on the service's page is a public disclosure -------------------------------------------

WINNERS = HEAD + "抽奖活动的中奖名单（昵称及部分隐去的手机号码）将在活动页面公示。\n除上述情形外，我们不会公开您的个人信息。\n"
WINNERS_CONSENTED = HEAD + "抽奖活动的中奖名单将在活动页面公示，公示前我们会单独征得中奖用户的同意。\n"
# near-miss: a line-up of performers is no list of users
LINE_UP = HEAD + "演出阵容名单将在活动页面公布。\n"


def test_a_winners_list_posted_on_the_page_is_a_public_disclosure_without_consent() -> None:
    assert verdict(WINNERS, "public-disclosure") == "contravention"


def test_a_winners_list_posted_with_separate_consent_is_met() -> None:
    assert verdict(WINNERS_CONSENTED, "public-disclosure") == "met"


def test_a_line_up_of_performers_discloses_no_user() -> None:
    assert verdict(LINE_UP, "public-disclosure") == "not-applicable"


# --- separate consent for one transfer abroad does not reach another to another country -----------------------------

SG_CONSENTED = ("当您购买境外场次门票时，我们会将观演人的姓名、护照号码提供给境外主办方星光现场有限公司（Starlight Live Pte. Ltd.，"
                "新加坡，联系邮箱：privacy@starlightlive.sg）。我们会在下单前向您告知上述信息并单独征得您的同意。\n")
US_UNCONSENTED = "我们的在线客服系统由位于美国的Zentro Inc.提供，您与客服的对话记录将存储于其美国服务器。\n"
SCC = "我们已就上述出境活动与境外接收方订立国家网信部门制定的标准合同。\n"
# near-misses: a second mention of the same country, and a second transfer with its own consent
SG_AGAIN = "为便于核验，上述信息将存储于新加坡的服务器。\n"
US_CONSENTED = "我们的在线客服系统由位于美国的Zentro Inc.提供，您与客服的对话记录将存储于其美国服务器，我们会就此单独征得您的同意。\n"
EN_TWO = (EN_HEAD + "For tours abroad we transfer the attendee's name and passport number to Starlight Live Pte. Ltd., "
          "Singapore (contact: privacy@starlightlive.sg). Before you order, we ask for your separate consent to this transfer.\n"
          "Our help desk is provided by Zentro Inc., and your chats are stored on its servers in the United States.\n")
EN_TWO_SAME = EN_TWO.replace("in the United States", "in Singapore")


def test_a_second_transfer_to_another_country_without_consent_is_a_contravention() -> None:
    text = HEAD + SG_CONSENTED + US_UNCONSENTED + SCC
    assert verdict(text, "cross-border-consent") == "contravention"
    assert quoted(text, "cross-border-consent") == [US_UNCONSENTED.strip()]


def test_the_same_country_named_again_is_covered_by_its_consent() -> None:
    assert verdict(HEAD + SG_CONSENTED + SG_AGAIN + SCC, "cross-border-consent") == "met"


def test_a_second_transfer_with_its_own_consent_is_met() -> None:
    assert verdict(HEAD + SG_CONSENTED + US_CONSENTED + SCC, "cross-border-consent") == "met"


def test_english_a_second_transfer_to_another_country_without_consent() -> None:
    assert verdict(EN_HEAD + EN_TWO.split("\n")[1] + "\n", "cross-border-consent", "en") == "met"  # the first alone
    assert verdict(EN_TWO, "cross-border-consent", "en") == "contravention"


def test_english_the_same_country_twice_is_covered() -> None:
    assert verdict(EN_TWO_SAME, "cross-border-consent", "en") == "met"
