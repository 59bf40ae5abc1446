"""Rules found by reading as a PRC data-protection lawyer the disagreements on six Chinese policies written for
issue 15 by helper lawzh13 (a used-car platform, a hospital booking mini-program, a smart-car app, a cross-border
shop, a home-services platform, a utility-payment app), each with a look-alike judged the other way.

All sentences are written for these tests.
"""
from __future__ import annotations

from compliance_judging import quoted, verdict

BASE = "我们会在征得您的同意后收集您的手机号码，用于注册账号。"


# --- clicking a named button is an act of consent, whatever the button says ------------------------------------
def test_clicking_a_named_button_to_signify_consent_is_an_act() -> None:
    text = BASE + "请您在首次启动时点击“同意”以表示您同意本政策。"
    assert verdict(text, "zh", "consent-by-use") == "met"
    text = BASE + "您点击“注册”即表示您已阅读并同意本政策。"
    assert verdict(text, "zh", "consent-by-use") == "met"


def test_registering_without_a_click_still_deems_consent() -> None:
    # near-miss: no button is pressed; registering itself is taken as agreement
    assert verdict(BASE + "您注册即表示您已阅读并同意本政策。", "zh", "consent-by-use") == "contravention"


# --- a named foreign recipient with its contact, in the sentence beside the transfer ------------------------------
ABROAD = ("为实现远程诊断，我们会将您车辆的故障码传输至我们位于德国的母公司Rotor Werke GmbH（联系邮箱：privacy@rotor-werke.de）。"
          "我们已与境外接收方订立国家网信部门制定的标准合同，并会在传输前单独征得您的同意。")


def test_named_foreign_recipient_with_contact_beside_the_transfer_meets_pipl39() -> None:
    assert verdict(BASE + ABROAD, "zh", "cross-border-consent") == "met"


def test_domestic_company_beside_a_cross_border_order_is_no_foreign_recipient() -> None:
    # near-miss: a domestic customs broker named with a phone number beside "跨境"; no foreign recipient identified
    text = (BASE + "为完成跨境清关，我们会将订购人姓名提供给报关企业（宁波海通报关有限公司，联系电话0574-86801234）。"
            "您的收货地址可能会传输至境外商家，我们会在传输前单独征得您的同意。")
    assert verdict(text, "zh", "cross-border-consent") == "contravention"


# --- a clause after a semicolon with no subject of its own keeps the "you can" of the clause before ---------------
def test_subjectless_clauses_after_semicolons_keep_you_can() -> None:
    text = (BASE + "您可以在“我的-个人信息”中查阅、复制、更正您的个人信息；可以在“设置-隐私”中撤回对位置信息的授权；"
            "在“设置-账号安全-注销账号”中注销账号。您也可以联系客服要求删除个人信息。")
    assert verdict(text, "zh", "rights-exercise") == "met"
    text = ("You can access and correct your information in Settings; may withdraw your consent in Privacy; "
            "and may close your account under Account. You may ask us to delete your data by e-mail to help@example.com.")
    assert verdict(text, "en", "rights-exercise") == "met"


def test_a_clause_with_our_own_subject_after_a_semicolon_is_no_way_for_you() -> None:
    # near-miss: "we may cancel the account" gives the person nothing
    text = (BASE + "您可以在“我的-个人信息”中查阅、复制、更正您的个人信息；可以在“设置-隐私”中撤回对位置信息的授权；"
            "我们可以在您违反协议时注销账号。您也可以联系客服要求删除个人信息。")
    assert verdict(text, "zh", "rights-exercise") == "omission"


def test_rights_as_a_verb_list_before_a_noun_in_xinxi() -> None:
    text = (BASE + "您可以在“我的-就诊人管理”中查阅、更正或删除就诊人信息；您可以通过“我的-设置-撤回授权”撤回您的同意；"
            "您可以在“我的-设置-注销账号”中注销您的账号。")
    assert verdict(text, "zh", "rights-exercise") == "met"


# --- a clause opened by 为 states the purpose ---------------------------------------------------------------------
def test_wei_clause_states_the_purpose() -> None:
    text = "为实现远程开关车门、远程寻车，我们需要处理车辆状态数据和车辆位置。"
    assert verdict(text, "zh", "processing-scope") == "met"


def test_weici_is_no_purpose() -> None:
    # near-miss: "为此" refers back; nothing says what the data is for
    assert verdict("为此，我们需要处理车辆状态数据和车辆位置。", "zh", "processing-scope") == "omission"


# --- posting a person's name and misconduct is public disclosure --------------------------------------------------
def test_posting_names_of_offenders_is_public_disclosure() -> None:
    text = BASE + "对于存在严重违规行为的服务人员，我们可能在平台上公示其姓名、照片和违规情况。"
    assert verdict(text, "zh", "public-disclosure") == "contravention"


def test_posting_a_policy_update_is_no_disclosure_of_pi() -> None:
    text = BASE + "我们会在平台上公示本政策的更新内容。"
    assert verdict(text, "zh", "public-disclosure") != "contravention"


# --- a decision made from a score is not covered by a switch for recommendations ---------------------------------
SCORE_ZH = "我们会基于您的急刹车等驾驶行为数据生成驾驶评分，并将评分用于车险保费定价。"
OPTOUT_ZH = "我们会根据您的用车习惯向您推荐充电站。您可以在“设置”中关闭个性化推荐。"


def test_score_used_for_pricing_needs_its_own_way_to_refuse() -> None:
    assert verdict(BASE + SCORE_ZH + OPTOUT_ZH, "zh", "automated-decision") == "contravention"
    assert SCORE_ZH.rstrip("。") in quoted(BASE + SCORE_ZH + OPTOUT_ZH, "zh", "automated-decision")[0]
    text = ("We compute a driving score from your braking and use the score to set your insurance premium. "
            "We recommend charging stations; you can turn off personalised recommendations in Settings.")
    assert verdict(text, "en", "automated-decision") == "contravention"


def test_recommendation_with_a_switch_alone_is_met() -> None:
    # near-miss: no score, only recommendations, which can be switched off
    assert verdict(BASE + OPTOUT_ZH, "zh", "automated-decision") == "met"


def test_analysing_habits_to_push_products_is_profiling() -> None:
    text = BASE + "我们会根据您的缴费记录分析您的消费习惯，向您推送信用卡、理财等金融产品推荐。"
    assert verdict(text, "zh", "automated-decision") == "contravention"
    # near-miss: a reminder of one's own bill is no profiling
    assert verdict(BASE + "我们会在账单到期前向您推送缴费提醒。", "zh", "automated-decision") == "not-applicable"


# --- a guardian's consent before the processing, beside a use-only clause ----------------------------------------
def test_guardian_consent_before_processing_beside_use_only_clause() -> None:
    text = (BASE + "如就诊人为未满14周岁的儿童，应由其监护人添加就诊人。"
            "我们会在征得其监护人明示同意后处理儿童的个人信息，并仅在监护人明确同意的情况下使用或公开披露。")
    assert verdict(text, "zh", "minors") == "met"


def test_use_only_clause_alone_rules_no_collection() -> None:
    text = (BASE + "如就诊人为未满14周岁的儿童，应由其监护人添加就诊人。"
            "我们仅在监护人明确同意的情况下使用或公开披露儿童的个人信息。")
    assert verdict(text, "zh", "minors") != "met"
