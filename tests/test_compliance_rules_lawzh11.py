"""Rules found from the remaining Chinese false assurances and evidence misses of the pooled compliance gold
and from fresh CA4P policies (issue 15, helper lawzh11), each as a PRC data-protection lawyer states it,
with a look-alike that must be judged the other way.

All sentences are written for these tests.
"""
from __future__ import annotations

from datetime import date

from compliance_judging import quoted, stating, verdict, verdicts

from policykg.compliance.check import heading_date

EDITION_2017 = date(2019, 3, 1)


# --- a case of a "除以下情况外不会共享" list that itself rests on the person's authorisation ----------------
def test_a_listed_case_based_on_your_authorisation_bypasses_no_consent() -> None:
    authorised = ("三、共享\n除以下情况外，本应用不会向他人共享您的个人信息：\n1、事先获得您的明确同意；\n"
                  "2、本应用可能会基于您的相应授权将您的个人信息与我们的关联方共享。\n")
    assert stating(authorised, "zh", "consent_condition")
    assert verdict(authorised, "zh", "gbt-sharing-exceptions", EDITION_2017) == "met"
    # "as this policy you agreed to says" is consent written into the policy, no condition of the case
    by_policy = ("三、共享\n除以下情况外，本应用不会向他人共享您的个人信息：\n1、事先获得您的明确同意；\n"
                 "2、本应用可能会根据您同意的本政策将您的个人信息与我们的关联方共享。\n")
    assert not stating(by_policy, "zh", "consent_condition")
    assert verdict(by_policy, "zh", "gbt-sharing-exceptions", EDITION_2017) == "contravention"


# --- provision "as agreed in the agreements you signed, platform rules or other legal documents" --------
def test_provision_under_signed_agreements_and_platform_rules_is_a_terms_of_service_ground() -> None:
    terms = ("三、共享\n除以下情况外，本应用不会向他人共享您的个人信息：\n1、事先获得您的明确同意；\n"
             "2、依照与您签订的服务合同（含相应的平台规则）或其他法律文件约定而提供。\n")
    assert stating(terms, "zh", "ground_other_terms")
    assert verdict(terms, "zh", "gbt-sharing-exceptions", EDITION_2017) == "contravention"
    assert any("平台规则" in q for q in quoted(terms, "zh", "gbt-sharing-exceptions"))
    # the contract the person asked for, as PIPL 13(2) words it, is no such ground
    contract = ("三、共享\n除以下情况外，本应用不会向他人共享您的个人信息：\n1、事先获得您的明确同意；\n"
                "2、为订立、履行您作为一方当事人的合同所必需。\n")
    assert not stating(contract, "zh", "ground_other_terms")


# --- sensitive PI put under the policy's acceptance ------------------------------------------------------
def test_blanket_consent_to_sensitive_pi_leads_the_quotes_beside_a_feature_consent() -> None:
    text = ("一、我们收集的信息\n实名认证时，我们会收集您的身份证号码和人脸照片。\n"
            "开启定位前，我们会单独征得您的同意。\n"
            "您同意您的敏感个人信息按本政策所述的目的和方式来处理。")
    v = verdicts(text, "zh")["sensitive-pi-consent"]
    assert v.verdict == "contravention"
    assert "按本政策所述" in v.quotes[0].text
    # no such clause: the data sentence leads
    plain = ("一、我们收集的信息\n实名认证时，我们会收集您的身份证号码和人脸照片。\n"
             "开启定位前，我们会单独征得您的同意。")
    v = verdicts(plain, "zh")["sensitive-pi-consent"]
    assert v.verdict == "contravention" and "身份证号码" in v.quotes[0].text


def test_deemed_consent_to_the_above_data_reaches_back_within_its_section() -> None:
    text = ("一、身份验证\n为验证身份，您需要提供身份证号码和银行卡号。\n我们会核对上述信息是否一致。\n"
            "您注册即视为您同意并授权我们获取、使用您的上述信息。")
    assert any("视为您同意" in q for q in quoted(text, "zh", "sensitive-pi-consent")[:1])
    # in another section "上述信息" refers to other data
    other = ("一、身份验证\n为验证身份，您需要提供身份证号码和银行卡号。\n二、日志\n我们会记录您的浏览器类型。\n"
             "您注册即视为您同意并授权我们获取、使用您的上述信息。")
    assert not any("视为您同意" in q for q in quoted(other, "zh", "sensitive-pi-consent")[:1])


# --- a heading date set in markdown emphasis token by token ---------------------------------------------
def test_heading_date_in_markdown_emphasis_is_read() -> None:
    assert heading_date("**隐私政策**\n**生效日期：** **2019** **年** **10** **月** **4** **日**\n正文") == "2019-10-04"
    assert heading_date("**Privacy policy**\n**Effective:** **2019-10-04**\nText") == "2019-10-04"
    # a number in bold that is no date stays none
    assert heading_date("**隐私政策**\n**客服电话：** **4000** **960**\n正文") is None


# --- a retention floor with no ceiling ------------------------------------------------------------------
def test_a_retention_minimum_with_no_maximum_bounds_nothing() -> None:
    floor = "我们会收集您的手机号码。本应用会按信息等级存储不同期限，存储期限按照法律规定，最低期限不少于6个月。"
    assert verdict(floor, "zh", "retention-period") == "contravention"
    # a maximum, or a statute that sets the minimum, bounds it
    capped = "我们会收集您的手机号码。本应用存储您的信息不少于6个月，最长不超过2年。"
    assert verdict(capped, "zh", "retention-period") == "met"
    statute = "我们会收集您的手机号码。根据《中华人民共和国电子商务法》，交易信息保存时间自交易完成之日起不少于三年。"
    assert verdict(statute, "zh", "retention-period") != "contravention"
    en_floor = "We collect your email address. We keep your personal information for at least six months."
    assert verdict(en_floor, "en", "retention-period") == "contravention"
    en_capped = "We collect your email address. We keep your personal information for at least six months and no longer than two years."
    assert verdict(en_capped, "en", "retention-period") != "contravention"


# --- guardian consent merely encouraged ------------------------------------------------------------------
def test_encouraging_parents_to_consent_is_no_guardian_consent_obtained() -> None:
    encouraged = ("六、未成年人保护\n本应用面向所有用户。我们鼓励父母或监护人指导未成年人在提交信息之前寻求父母或监护人的同意。")
    assert verdict(encouraged, "zh", "minors", EDITION_2017) in ("contravention", "omission")
    required = ("六、未成年人保护\n本应用面向所有用户。若您是未满14周岁的儿童，我们收集您的个人信息前，必须征得您的父母或监护人的同意。")
    assert verdict(required, "zh", "minors", EDITION_2017) == "met"


# --- a licence to publish the person's data -----------------------------------------------------------------
def test_a_licence_to_copy_publish_and_distribute_the_users_data_is_public_disclosure() -> None:
    licence = ("一、用户信息\n我们会收集您的手机号码用于登录。\n"
               "您提交信息时如无特别声明，即视为同意本公司可以复制、发布、分发和以其他方式利用这些信息和数据。")
    assert verdict(licence, "zh", "public-disclosure") == "contravention"
    assert "复制、发布、分发" in quoted(licence, "zh", "public-disclosure")[0]
    # a prohibition on users copying and spreading the app's content grants nothing
    banned = ("一、用户信息\n我们会收集您的手机号码用于登录。\n"
              "未经本公司书面授权，您不得复制、发布、传播本软件中的任何信息。")
    assert verdict(banned, "zh", "public-disclosure") != "contravention"
    # nor does a security rule against copying and downloading personal information
    guard = ("一、用户信息\n我们会收集您的手机号码用于登录。\n"
             "我们对工作人员采取最小够用授权原则，避免违法复制、下载个人信息。")
    assert verdict(guard, "zh", "public-disclosure") != "contravention"


# --- a version dated by month only -----------------------------------------------------------------------
def test_a_signature_or_labelled_heading_with_year_and_month_dates_the_version() -> None:
    assert heading_date("隐私政策\n正文。\n某某科技有限公司\n2021年1月") == "2021-01-01"
    assert heading_date("隐私政策\n更新日期：2020年6月\n正文。") == "2020-06-01"
    # a month named inside a sentence at the foot is no date of the document
    assert heading_date("隐私政策\n正文。\n本活动将于2021年1月结束，敬请留意。") is None
    # nor an unlabelled month deep in the heading lines
    assert heading_date("隐私政策\n" + "正文。\n" * 7 + "2021年1月\n" + "正文。\n" * 4) is None


# --- a scope declared to change with later versions, accepted by use -----------------------------------------
def test_a_scope_that_changes_with_later_versions_by_deemed_consent_is_open_and_quoted_first() -> None:
    text = ("二、我们如何收集信息\n我们会收集您的手机号码，用于注册登录。\n我们会收集您的设备型号等信息，用于适配。\n"
            "随着本应用后续版本升级，我们统计的范围会有所改变，您使用后续版本的行为将被视为您对相关改变的同意。")
    v = verdicts(text, "zh")["processing-scope"]
    assert v.verdict == "contravention" and "范围会有所改变" in v.quotes[0].text
    # a change promised with fresh consent closes it
    asked = ("二、我们如何收集信息\n我们会收集您的手机号码，用于注册登录。\n"
             "如后续版本收集的范围有所改变，我们会另行征得您的同意。")
    assert verdict(asked, "zh", "processing-scope") == "met"


# --- ways to correct and to withdraw, in other words -------------------------------------------------------
def test_correcting_by_changing_it_in_the_personal_centre_and_withdrawing_by_turning_off_functions() -> None:
    corr = "当您发现我们处理的关于您的个人信息有错误时，您可以通过登录本应用-个人中心进行更改。"
    assert stating(corr, "zh", "right_correct")
    # changing a setting because of an error in the app is no correction of personal information
    assert not stating("如果页面显示有错误，请重启应用后再试。", "zh", "right_correct")
    wd = "您可以通过关闭本应用部分功能的方式阻止本应用获得您的个人信息。"
    assert stating(wd, "zh", "right_withdraw")
    # closing a function to save battery withdraws nothing
    assert not stating("您可以关闭后台播放功能以节省电量。", "zh", "right_withdraw")


def test_a_banned_conduct_item_naming_unauthorised_software_grants_no_licence() -> None:
    banned = ("一、用户信息\n我们会收集您的手机号码用于登录。\n您不得从事以下行为：\n"
              "（1）通过非本公司开发、授权的第三方软件登录，或制作、发布、传播上述工具及相关信息。")
    assert verdict(banned, "zh", "public-disclosure") != "contravention"
    # a public-disclosure finding of its own keeps its quotes; the licence does not displace them
    both = ("一、用户信息\n我们会收集您的手机号码用于登录。\n如您违反平台规则，我们可能会公开披露您的违规情况和账号信息。\n"
            "您提交信息时如无特别声明，即视为同意本公司可以复制、发布、分发和以其他方式利用这些信息和数据。")
    assert "违规" in quoted(both, "zh", "public-disclosure")[0]


# --- a switch for "ad recommendations" covers ads only ------------------------------------------------------
def test_turning_off_ad_recommendations_leaves_content_recommendation_undeclinable() -> None:
    text = ("三、我们如何使用信息\n我们会通过算法做偏好分析，用以向您进行个性化推荐、推送您可能感兴趣的内容。\n"
            "我们也会向您展示个性化广告。\n您可以在设置中选择关闭程序化广告推荐。")
    assert verdict(text, "zh", "automated-decision") == "contravention"
    # a switch for personalised recommendation of content and ads alike covers both
    both = ("三、我们如何使用信息\n我们会通过算法做偏好分析，用以向您进行个性化推荐、推送您可能感兴趣的内容。\n"
            "我们也会向您展示个性化广告。\n您可以在设置中选择关闭个性化推荐和个性化广告。")
    assert verdict(both, "zh", "automated-decision") == "met"
