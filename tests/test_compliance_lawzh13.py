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


# --- revised terms applied only after a fresh click are fresh consent ---------------------------------------------
def test_revised_policy_applied_only_after_clicking_agree() -> None:
    text = (BASE + "本政策更新后，我们会以弹窗方式提示您更新内容，涉及处理目的、方式和个人信息种类变更的，"
            "您点击“同意”后我们方按照更新后的政策处理您的个人信息。")
    assert verdict(text, "zh", "policy-changes") == "met"


def test_revised_policy_announced_only_stays_adverse() -> None:
    # near-miss: announced by pop-up, nothing waits for the click
    text = BASE + "本政策更新后，我们会以弹窗方式提示您更新内容，更新后的政策自发布之日起生效。"
    assert verdict(text, "zh", "policy-changes") == "contravention"


# --- an affiliate named as the one that uses the person's records receives them ------------------------------------
SIBLINGS = ("我们会与以下对象共享您的个人信息：\n"
            "1. 与医院共享：在您确认预约时，我们会在征得您的同意后将就诊人姓名、手机号码提供给该医院。\n"
            "2. 与关联公司共享：我们的关联公司康泰保险经纪有限公司可能会使用您的就诊记录，向您推荐保险产品。\n")


def test_affiliate_using_records_is_provision_and_sibling_consent_does_not_reach_it() -> None:
    when = __import__("datetime").date(2021, 3, 10)  # GB/T 35273-2020, before PIPL: any consent would do
    assert verdict(BASE + SIBLINGS, "zh", "sharing-separate-consent", when) == "contravention"


def test_consent_stated_for_the_affiliate_item_itself_cures_it() -> None:
    # near-miss: the same item asks consent for the affiliate's use
    text = SIBLINGS.replace("可能会使用您的就诊记录", "在征得您的同意后可能会使用您的就诊记录")
    when = __import__("datetime").date(2021, 3, 10)
    assert verdict(BASE + text, "zh", "sharing-separate-consent", when) != "contravention"


def test_name_phone_address_given_to_the_service_company_is_provision() -> None:
    text = BASE + "为完成服务，我们会将雇主的联系人姓名、联系电话和服务地址提供给为您服务的家政公司及服务人员。"
    assert verdict(text, "zh", "sharing-separate-consent") == "contravention"
    text = ("We collect your e-mail address with your consent to create your account. "
            "To complete the job, we pass your name, phone number and home address to our partners.")
    assert verdict(text, "en", "sharing-separate-consent") == "contravention"


def test_a_company_that_serves_you_with_no_data_passed_is_no_provision() -> None:
    # near-miss: no personal information goes to it
    text = BASE + "为您服务的家政公司会按照约定时间上门。"
    assert verdict(text, "zh", "sharing-separate-consent") != "contravention"


# --- a denial of collecting minors' data belied by children's data collected elsewhere ----------------------------
def test_denial_belied_by_infant_data_collected() -> None:
    text = (BASE + "如您预约育儿嫂服务，我们会收集您家庭中婴幼儿的月龄及健康状况，用于匹配服务人员。\n"
            "本平台的服务面向成年人，我们不会收集未成年人的个人信息。")
    assert verdict(text, "zh", "minors") == "contravention"
    text = ("We collect your e-mail address with your consent to create your account. "
            "If you book a nanny, we collect your baby's age and health to match a carer. "
            "Our service is for adults and we do not collect personal information from children.")
    assert verdict(text, "en", "minors") == "contravention"


def test_denial_alone_stays_met() -> None:
    text = BASE + "本平台的服务面向成年人，我们不会收集未成年人的个人信息。"
    assert verdict(text, "zh", "minors") == "met"


# --- non-identifiability said to dispense with consent for de-identified data ------------------------------------
def test_deidentified_data_used_without_consent_because_unidentifiable() -> None:
    text = (BASE + "对于经去标识化处理的车辆运行数据，由于其无法识别特定个人，我们有权在未经您同意的情况下用于产品研发，"
            "并提供给我们的零部件供应商。")
    assert verdict(text, "zh", "de-identified-data") == "contravention"


def test_anonymised_irreversibly_is_outside_the_law() -> None:
    # near-miss: anonymised, cannot be restored: outside PIPL (art. 4, 73(4))
    text = BASE + "匿名化处理后的信息无法识别特定个人且不能复原，不再属于个人信息。"
    assert verdict(text, "zh", "de-identified-data") != "contravention"


# --- the sentence saying we collect the uncovered sensitive kind is quoted, not the cost of refusing it ------------
def test_uncovered_sensitive_kind_quoted_where_we_collect_it() -> None:
    text = ("我们会在开启人脸识别登录前向您说明处理人脸信息的必要性以及对您个人权益的影响，并单独征得您的同意。\n"
            "如您拒绝提供车辆精确位置信息，远程寻车功能将无法使用，但不影响其他功能的使用。\n"
            "车辆联网后，车载终端会自动上传车辆的行驶轨迹和精确位置至我们的服务器，用于生成行程报告。\n")
    assert verdict(text, "zh", "sensitive-pi-consent") == "contravention"
    assert "行驶轨迹" in quoted(text, "zh", "sensitive-pi-consent")[0]
