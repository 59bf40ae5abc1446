"""Rules found by reading ``check`` beside fresh Chinese app policies (issue 15, helper lawzh8: false
assurance and evidence), each as a PRC data-protection lawyer states it, with a look-alike judged the other way.

All sentences are written for these tests.
"""
from __future__ import annotations

from datetime import date

from compliance_judging import verdict, verdicts

EDITION_2017 = date(2019, 6, 1)  # CSL and GB/T 35273-2017, before the 2020 edition and PIPL

OPTIONAL = "您可以拒绝开启相机权限，拒绝后仅无法拍照上传，但不影响您使用其他功能。"


# --- "if you cannot accept the policy, stop using": the service tied to the whole policy ------------------
def test_please_do_not_continue_after_disagreeing_is_bundling() -> None:
    text = OPTIONAL + "若您不同意本隐私政策，请您不要点击同意或继续使用本应用。"
    assert verdict(text, "zh", "bundled-consent") == "contravention"
    # a way to object that does not end the service ties nothing
    voice = OPTIONAL + "若您不同意本隐私政策的某项内容，请您联系客服提出意见。"
    assert verdict(voice, "zh", "bundled-consent") == "met"


def test_cannot_accept_the_policy_then_stop_using_is_bundling() -> None:
    text = OPTIONAL + "如果您对本隐私协议不能接受，请立即停止使用我们的产品。"
    assert verdict(text, "zh", "bundled-consent") == "contravention"
    # not accepting one optional feature, with the rest of the service left open, is no bundling
    feature = OPTIONAL + "如果您对个性化推荐不能接受，可以在设置中关闭，其他功能照常使用。"
    assert verdict(feature, "zh", "bundled-consent") == "met"


# --- "we are not responsible for that": a breach disclaimer with the object before the verb ---------------
SECURITY = "我们使用加密技术保护您的个人信息，并部署访问控制机制。"


def test_not_responsible_for_a_leak_through_others_is_a_disclaimer() -> None:
    text = SECURITY + "对于他人绕过我们的防护措施造成的数据泄露，本应用不会对此负责。"
    assert verdict(text, "zh", "security-measures") == "contravention"
    # promising to answer for it disclaims nothing
    owns = SECURITY + "对于因我们的过错造成的数据泄露，本应用会对此负责。"
    assert verdict(owns, "zh", "security-measures") == "met"


# --- analysing preferences to recommend content is personalised recommendation -------------------------
def test_preference_analysis_for_recommendations_is_profiling() -> None:
    text = "我们会与合作方共享部分统计数据，用于使用习惯的偏好分析，从而为推荐相应内容提供依据。"
    assert verdict(text, "zh", "automated-decision") == "contravention"
    # a preference survey that recommends nothing profiles no one for display
    survey = "我们会开展问卷调查，用于产品配色的偏好分析，以改进界面设计。"
    assert verdict(survey, "zh", "automated-decision") == "not-applicable"


# --- "if X needs to send it abroad, ...": a condition opened by 如 before a subject -------------------------
def test_a_future_transfer_abroad_under_a_condition_is_no_transfer() -> None:
    text = ("我们将在境内收集的个人信息存储于中华人民共和国境内，不会向境外传输。"
            "如本公司因业务需要，需向境外传输个人信息的，将另行告知并征得您的同意。")
    v = verdicts(text, "zh")
    assert v["cross-border-mechanism"].verdict == "not-applicable"
    assert v["cross-border-consent"].verdict == "not-applicable"
    # a transfer stated as fact stays a transfer
    fact = ("本公司的客服系统位于新加坡，您的咨询记录将传输至境外的服务器。")
    assert verdicts(fact, "zh")["cross-border-mechanism"].verdict == "contravention"
    # "如下" lists, it does not condition
    listed = ("我们会将以下信息传输至境外的合作方，如下所示的，包括设备型号和日志。")
    assert verdicts(listed, "zh")["cross-border-mechanism"].verdict == "contravention"


# --- "use it only on the premise of your guardian's consent": a precondition, not advice ----------------------
def test_guardian_consent_as_a_precondition_is_required() -> None:
    text = ("若您是未满14周岁的未成年人，您应在监护人指导下阅读本政策，"
            "并在征得您的监护人同意的前提下使用我们的服务或向我们提供信息。")
    assert verdict(text, "zh", "minors") == "met"
    advice = ("若您是未满14周岁的未成年人，您应在监护人指导下阅读本政策，"
              "我们建议您在征得监护人同意的前提下使用我们的服务。")
    assert verdict(advice, "zh", "minors") == "contravention"
