"""Rules found in the Chinese policies of the last honest look of session 14 (helper fix14b), each with a
look-alike judged the other way. All sentences are written for these tests."""
from __future__ import annotations

from compliance_judging import verdict

BASE = "我们会在征得您的同意后收集您的手机号码，用于注册账号。"
RIGHTS = ("您可以在“我的-资料”中查阅、复制、更正您的个人信息；您可以在“设置-权限”中撤回您的授权；"
          "您可以在“设置-账号”中注销账号。")


# --- "如需删除…，请联系客服": the wish to delete, as a condition before a channel, is a way to delete -------------
def test_conditional_wish_to_delete_before_a_channel_is_a_deletion_way() -> None:
    text = BASE + RIGHTS + "如需删除您的浏览记录或有其他请求，请致电客服，我们将在10个工作日内处理。"
    assert verdict(text, "zh", "rights-exercise") == "met"


def test_deletion_by_the_handler_is_no_deletion_way() -> None:
    # near-miss: the handler deletes on its own schedule; the person is given no way to ask
    text = BASE + RIGHTS + "如需了解更多，请致电客服。我们会在保存期限届满后删除您的浏览记录。"
    assert verdict(text, "zh", "rights-exercise") == "omission"


# --- an incident named only by its kinds (leaked, altered, lost) is a security incident --------------------------
def test_incident_named_by_its_kinds_with_notice_to_the_person() -> None:
    text = BASE + "如发生您的个人信息泄露、毁损或丢失，我们将及时以短信方式通知您。"
    assert verdict(text, "zh", "incident-notification") == "met"
    text = ("We collect your e-mail address to send receipts. If your personal information is lost or stolen, "
            "we will notify you by e-mail without delay.")
    assert verdict(text, "en", "incident-notification") == "met"


def test_measure_to_prevent_a_leak_is_no_incident_notice() -> None:
    # near-miss: preventing a leak and prompting the person names no incident
    text = BASE + "为防止您的个人信息泄露，我们会在您登录时提示您设置复杂密码。"
    assert verdict(text, "zh", "incident-notification") == "omission"
    text = ("We collect your e-mail address to send receipts. To prevent loss of your information, "
            "we will remind you to choose a strong password.")
    assert verdict(text, "en", "incident-notification") == "omission"


# --- "本政策发生变化" (变化, not 变更) is a clause on changes of the policy --------------------------------------
def test_change_said_with_bianhua_is_a_change_clause() -> None:
    text = BASE + "本政策如发生重大变化，我们会通过弹窗提示您，并在您再次点击“同意”后适用新的政策。"
    assert verdict(text, "zh", "policy-changes") == "met"


def test_change_of_state_policy_is_no_change_clause() -> None:
    # near-miss: a change of the state's policy is not a change of this policy
    text = BASE + "因国家政策发生变化导致服务中断的，我们将及时公告。"
    assert verdict(text, "zh", "policy-changes") == "review"


# --- syncing data to franchise stores provides it to other handlers --------------------------------------------
def test_sync_to_franchise_stores_is_provision_without_separate_consent() -> None:
    text = BASE + "为便于您在各门店使用会员权益，我们会将您的会员信息及消费记录同步至各地加盟门店。"
    assert verdict(text, "zh", "sharing-separate-consent") == "contravention"


def test_sync_to_your_own_devices_is_no_provision() -> None:
    # near-miss: syncing to the person's own devices hands the data to no one
    text = BASE + "为便于您在多台设备上使用，我们会将您的收藏记录同步至您登录的其他设备。"
    assert verdict(text, "zh", "sharing-separate-consent") != "contravention"


# --- items of personal information as the object of the sharing verb, to a named affiliate ------------------------
def test_named_affiliate_sharing_named_items_without_consent_is_adverse() -> None:
    text = BASE + "为实现会员积分互通，我们会与我们的关联公司杭州云途生活服务有限公司共享您的手机号码及订单记录。"
    assert verdict(text, "zh", "sharing-separate-consent") == "contravention"


def test_named_affiliate_sharing_with_separate_consent_is_met() -> None:
    # near-miss: the same provision after separate consent
    text = (BASE + "在征得您的单独同意后，我们会与我们的关联公司杭州云途生活服务有限公司共享您的手机号码及订单记录。")
    assert verdict(text, "zh", "sharing-separate-consent") == "met"


# --- a subjectless "用于…" after the data named states their purpose ---------------------------------------------
def test_subjectless_used_for_after_the_data_states_a_purpose() -> None:
    text = "2.1 预约挂号：姓名、手机号码（经您授权后获取）。用于完成预约并发送就诊提醒。"
    assert verdict(text, "zh", "processing-scope") == "met"


def test_data_named_without_any_purpose_is_an_omission() -> None:
    # near-miss: the same data, with no use said
    text = "2.1 预约挂号：姓名、手机号码（经您授权后获取）。上述信息保存于境内服务器。"
    assert verdict(text, "zh", "processing-scope") == "omission"
