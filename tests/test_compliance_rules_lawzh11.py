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


# --- a deemed consent to the whole policy where no provision is described ----------------------------------
def test_deemed_consent_to_share_per_policy_with_no_provision_described_is_no_sharing_finding() -> None:
    text = ("您使用本游戏，即意味着同意我们按照本政策收集、使用和分享您的相关信息。\n"
            "一、收集\n我们会收集您的设备型号用于适配。\n二、共享\n如需向第三方提供您的个人信息，我们会征得您的单独同意。")
    assert verdict(text, "zh", "sharing-separate-consent") != "contravention"
    # a provision to partners under that deemed consent stays one
    shared = ("您使用本游戏，即意味着同意我们按照本政策收集、使用和分享您的相关信息。\n"
              "一、收集\n我们会收集您的设备型号用于适配。\n二、共享\n我们可能会将您的个人信息与我们的合作伙伴共享。")
    assert verdict(shared, "zh", "sharing-separate-consent") == "contravention"


# --- a heading date set in markdown emphasis token by token ---------------------------------------------
def test_heading_date_in_markdown_emphasis_is_read() -> None:
    assert heading_date("**隐私政策**\n**生效日期：** **2019** **年** **10** **月** **4** **日**\n正文") == "2019-10-04"
    assert heading_date("**Privacy policy**\n**Effective:** **2019-10-04**\nText") == "2019-10-04"
    # a number in bold that is no date stays none
    assert heading_date("**隐私政策**\n**客服电话：** **4000** **960**\n正文") is None
