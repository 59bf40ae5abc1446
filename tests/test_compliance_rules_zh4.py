"""Rules found by reading ``check`` beside fresh Chinese app policies (issue 15, helper lawzh4), each as a
PRC data-protection lawyer states it, with a look-alike that must be judged the other way.

All sentences are written for these tests (Chinese, with English where the rule is linguistic).
"""
from __future__ import annotations

from datetime import date

from policykg.compliance.check import heading_date

from compliance_judging import verdict, verdicts

EDITION_2017 = date(2019, 6, 1)


# --- the policy's date ------------------------------------------------------------------------------
def test_an_eight_digit_date_after_a_date_label_is_the_version_date() -> None:
    assert heading_date("某某App隐私政策\n版本更新日期：20201127\n正文") == "2020-11-27"
    assert heading_date("Example privacy policy\nLast updated: 20210305\n") == "2021-03-05"
    # eight digits after a telephone label, or not a calendar date, are no date
    assert heading_date("某某App隐私政策\n客服电话：20201127\n") is None
    assert heading_date("某某App隐私政策\n更新日期：20201399\n") is None


# --- continued use and agreeing to the policy -------------------------------------------------------
CHANGE_ASKS_AGAIN = ("如本政策发生更新，我们将以弹窗提示等方式通知您，并寻求您的同意。"
                     "如您不同意本政策的更新，在更新生效后可能无法继续使用本服务。")


def test_losing_the_service_on_refusal_is_not_continued_use_that_binds() -> None:
    v = verdicts(CHANGE_ASKS_AGAIN, "zh")
    assert v["policy-changes"].verdict == "met"
    assert v["consent-by-use"].verdict != "contravention"
    binds = "本政策更新后，如您继续使用本服务，即表示您同意更新后的政策。"
    assert verdict(binds, "zh", "policy-changes") == "contravention"
    assert verdict(binds, "zh", "consent-by-use") == "contravention"


def test_english_cannot_continue_using_is_not_continued_use() -> None:
    refusal = "If you do not agree to the revised policy, you may not be able to continue using the service."
    assert verdict(refusal, "en", "consent-by-use") != "contravention"
    binds = "If you continue to use the service after the changes, you agree to the revised policy."
    assert verdict(binds, "en", "consent-by-use") == "contravention"


def test_agreeing_to_the_policy_is_an_act_not_consent_by_use() -> None:
    act = "您同意本协议即视为您同意并授权我们获取、使用您的上述信息用于保险购买服务。"
    assert verdict(act, "zh", "consent-by-use") != "contravention"
    use = "您使用本服务即视为您同意我们获取、使用您的上述信息。"
    assert verdict(use, "zh", "consent-by-use") == "contravention"
    # agreement and use named together: use still deems it
    both = "您注册或使用本服务，或您同意本协议，即视为您同意我们收集上述信息。"
    assert verdict(both, "zh", "consent-by-use") == "contravention"


def test_english_accepting_the_policy_is_an_act_using_the_app_is_not() -> None:
    act = "By accepting this policy, you agree that we process the data described above."
    assert verdict(act, "en", "consent-by-use") != "contravention"
    use = "By using the app, you agree that we process the data described above."
    assert verdict(use, "en", "consent-by-use") == "contravention"


# --- scope of processing ----------------------------------------------------------------------------
PURPOSE = "为帮助您注册账号，我们会收集您的手机号码，用于向您发送验证码。"


def test_other_purposes_only_with_consent_first_close_the_scope() -> None:
    closed = PURPOSE + "我们将信息用于本政策未载明的其他用途时，会事先征求您的授权或同意。"
    assert verdict(closed, "zh", "processing-scope") == "met"
    left_open = PURPOSE + "我们还可能将您的信息用于其他用途。"
    assert verdict(left_open, "zh", "processing-scope") == "contravention"
    # an open list of data stays open whatever the sentence promises for new purposes
    listed = PURPOSE + "我们收集的信息包括但不限于设备信息，用于其他用途时会事先征求您的同意。"
    assert verdict(listed, "zh", "processing-scope") == "contravention"


def test_a_collection_list_introduced_by_without_seeking_consent_is_a_list_of_exceptions() -> None:
    text = (PURPOSE + "在以下情形中，我们可以在不征得您的授权同意的情况下收集、使用一些必要的个人信息：\n"
            "1. 与国家安全、国防安全直接相关的；\n"
            "2. 用于维护所提供的服务安全稳定运行所必需的，例如发现、处置服务的故障；\n")
    v = verdicts(text, "zh")
    assert v["processing-scope"].verdict == "met"  # the list's "例如" opens no category of data
    assert v["legal-basis"].verdict == "contravention"  # service security is no PIPL 13 ground
    # "we will not share without seeking your consent" promises; it lists nothing
    promise = PURPOSE + "我们不会在不征得您同意的情况下共享您的个人信息。"
    assert verdict(promise, "zh", "legal-basis") != "contravention"


# --- rights -----------------------------------------------------------------------------------------
RIGHTS_BUT_CORRECTION = ("您可以在“我的”页面查询您的个人信息。您可以删除您的个人信息。"
                         "您可以通过关闭设备权限撤回您的授权同意。您可以在设置中申请注销账号。")


def test_updating_ones_profile_or_the_account_tools_are_correction() -> None:
    assert verdict(RIGHTS_BUT_CORRECTION, "zh", "rights-exercise") == "omission"
    update = RIGHTS_BUT_CORRECTION + "您可以通过“我的账号”更新您的个人资料信息。"
    assert verdict(update, "zh", "rights-exercise") == "met"
    tools = ("您可以通过服务中的工具直接访问、修改或删除您向我们提供的以及与您的帐户相关信息。"
             "您可以通过关闭设备权限撤回您的授权同意。您可以在设置中申请注销账号。")
    assert verdict(tools, "zh", "rights-exercise") == "met"
    # our updating the policy gives the person no way to correct anything
    policy_update = RIGHTS_BUT_CORRECTION + "您可以查看我们更新本政策后关于您的个人信息的说明。"
    assert verdict(policy_update, "zh", "rights-exercise") == "omission"


# --- transfers abroad -------------------------------------------------------------------------------
def test_a_condition_on_where_the_recipient_is_states_a_transfer() -> None:
    where = "如果您使用的游戏的开发者为境外主体的，我们可能会将您的游戏日志提供给境外的开发者。"
    assert verdict(where, "zh", "cross-border-mechanism") == "contravention"
    future = "如果我们需要将您的信息提供给位于境外的合作方，我们将另行征得您的同意。"
    assert verdict(future, "zh", "cross-border-mechanism") == "not-applicable"


# --- bundled consent --------------------------------------------------------------------------------
def test_stop_visiting_at_once_if_you_disagree_with_anything_is_bundling() -> None:
    forced = "如果您不同意以下任何内容，请立刻停止访问本网站。"
    assert verdict(forced, "zh", "bundled-consent") == "contravention"
    limited = "如果您不同意接收推送，可在设置中关闭，不影响您使用其他功能。"
    assert verdict(limited, "zh", "bundled-consent") != "contravention"


# --- de-identified data -----------------------------------------------------------------------------
def test_calling_data_non_personal_to_use_it_for_other_purposes() -> None:
    claim = ("当您使用搜索服务时，我们会收集您的搜索关键字。如您的搜索关键字无法单独或结合其他信息识别到您的个人身份，"
             "其不属于法律意义上的个人信息，因此我们有权以其他的目的对其进行使用。")
    assert verdict(claim, "zh", "de-identified-data") == "contravention"
    anonymous = "经匿名化处理且无法复原的信息不属于个人信息。"
    assert verdict(anonymous, "zh", "de-identified-data") == "not-applicable"
    english = ("Search keywords that cannot identify you are not personal information, so we may use them "
               "for other purposes.")
    assert verdict(english, "en", "de-identified-data") == "contravention"


# --- personalised display ---------------------------------------------------------------------------
def test_display_suited_to_ones_personal_needs_is_personalisation() -> None:
    shown = "我们通过设备编号记录您的收听历史，用于为您提供符合您个性化需求的信息展示。"
    assert verdict(shown, "zh", "automated-decision") == "contravention"
    with_optout = shown + "您可以在设置中关闭个性化推荐。"
    assert verdict(with_optout, "zh", "automated-decision") == "met"
    needs = "我们收集您的手机号码，用于满足您的登录需求。"
    assert verdict(needs, "zh", "automated-decision") == "not-applicable"


# --- security and changes ---------------------------------------------------------------------------
def test_monitoring_for_vulnerabilities_and_attacks_is_a_security_measure() -> None:
    assert verdict("我们会定期监控我们的系统以发现可能存在的漏洞和攻击。", "zh", "security-measures") == "met"
    assert verdict("We regularly monitor our systems for possible vulnerabilities and attacks.", "en",
                   "security-measures") == "met"
    assert verdict("我们非常重视您的信息安全。", "zh", "security-measures") == "omission"


def test_consent_before_starting_a_new_processing_is_fresh_consent_to_a_change() -> None:
    fresh = ("如我们的收集目的发生变化，我们将通过更新本政策、弹窗等方式向您说明，"
             "并在征得您明示同意后再开始收集、使用。")
    assert verdict(fresh, "zh", "policy-changes") == "met"
    announced = "本政策更新后，我们会在页面公告，您继续使用即视为同意。"
    assert verdict(announced, "zh", "policy-changes") == "contravention"


def test_a_mixed_list_without_seeking_consent_covers_public_disclosure_under_the_edition_in_force() -> None:
    text = ("在以下情形中，我们可以在不征得您的授权同意的情况下收集、共享或公开披露您的个人信息：\n"
            "1. 与国家安全、国防安全直接相关的；\n"
            "2. 用于维护所提供的服务安全稳定运行所必需的，例如发现、处置服务的故障；\n")
    before = verdicts(text, "zh", EDITION_2017)["public-disclosure"]
    assert before.verdict == "contravention" and "PIPL" not in before.reason
    assert "PIPL art. 25" in verdicts(text, "zh")["public-disclosure"].reason
    # the statutory cases alone keep public disclosure within the list
    statutory = ("在以下情形中，我们可以在不征得您的授权同意的情况下收集、共享或公开披露您的个人信息：\n"
                 "1. 与国家安全、国防安全直接相关的；\n2. 与犯罪侦查、起诉、审判和判决执行等直接相关的；\n")
    assert verdicts(statutory, "zh", EDITION_2017)["public-disclosure"].verdict != "contravention"


# --- second fresh batch -----------------------------------------------------------------------------
def test_a_privacy_statement_revised_at_will_is_a_change_clause() -> None:
    assert verdict("我们可能会不定期修订并更新该隐私声明。", "zh", "policy-changes") == "contravention"
    assert verdict("我们会定期更新应用版本。", "zh", "policy-changes") == "review"


def test_sou_ji_is_collecting() -> None:
    open_list = "我们会搜集关于您的设备相关的信息，如手机型号、操作系统、唯一设备标识符、应用版本等。"
    assert verdict(open_list, "zh", "processing-scope") == "contravention"
    closed = "我们会搜集您的手机号码，用于登录验证。"
    assert verdict(closed, "zh", "processing-scope") == "met"


def test_ru_opening_a_clause_is_if_for_a_transfer_abroad() -> None:
    maybe = "如为处理跨境业务，且需要向境外传输您的个人信息完成交易的，我们会按照法律法规的规定执行。"
    assert verdict(maybe, "zh", "cross-border-mechanism") == "not-applicable"
    done = "为处理跨境业务，我们会向境外传输您的订单信息。"
    assert verdict(done, "zh", "cross-border-mechanism") == "contravention"


BASE_RIGHTS = "您可以在“我的”页面查询、修改您的个人资料。您可以删除您的个人信息。"


def test_switching_permissions_off_and_a_pointer_to_the_cancellation_guide_are_ways() -> None:
    ways = BASE_RIGHTS + "您可以通过您的手机系统设置来管理、开通或关闭系统权限。账号注销方式参见设置中的《注销说明》。"
    assert verdict(ways, "zh", "rights-exercise") == "met"
    # a permission we switch on for ourselves, and cancellation only named as a case, give the person nothing
    none = BASE_RIGHTS + "我们会在您首次使用时申请开启相机权限。如果您主动注销了账号，我们将删除您的信息。"
    assert verdict(none, "zh", "rights-exercise") == "omission"


def test_recommendation_drawn_from_clicks_is_personalised() -> None:
    from_clicks = "我们会收集您的访问和点击行为及订单信息，用于向您推荐商品。"
    assert verdict(from_clicks, "zh", "automated-decision") == "contravention"
    plain = "我们会收集您的订单信息，用于完成配送。"
    assert verdict(plain, "zh", "automated-decision") == "not-applicable"


def test_no_compensation_for_the_breach_just_described_is_a_disclaimer() -> None:
    text = ("我们采取加密等安全措施保护您的信息。但用户信息仍然有可能因黑客攻击而被泄露。"
            "对此，只要我们采取了必要的措施，则无须赔偿由此给您造成的任何损失。")
    assert verdict(text, "zh", "security-measures") == "contravention"
    # the same words after a sentence about something else disclaim no security duty
    other = ("我们采取加密等安全措施保护您的信息。第三方网站的内容由其自行负责。"
             "对此，我们无须承担任何责任。")
    assert verdict(other, "zh", "security-measures") == "met"
    english = ("We use encryption to protect your data. Your data may still be exposed to hacker attacks. "
               "In such a case, we are not liable for any loss.")
    assert verdict(english, "en", "security-measures") == "contravention"


def test_a_condition_on_where_the_user_is_brings_data_into_china() -> None:
    inbound = "如果您是中国大陆以外地区的公民，请您注意，您的信息可能被传送至、存储于中国大陆。"
    assert verdict(inbound, "zh", "cross-border-mechanism") == "not-applicable"


# --- third fresh batch ------------------------------------------------------------------------------
FOUR_RIGHTS = "您可以在个人中心查看您的个人信息。您可以修改您的个人资料。您可以删除您的个人信息。您可以随时收回您的授权同意。"


def test_closing_the_account_on_a_line_cut_off_mid_sentence_is_cancellation() -> None:
    cut = FOUR_RIGHTS + "\n您可以在个人中心-\n设置中关闭您的账户。\n"
    assert verdict(cut, "zh", "rights-exercise") == "met"
    # a finished sentence before it lends the next line no "you can"
    finished = FOUR_RIGHTS + "\n您可以在个人中心查看订单。\n我们可能关闭违规用户的账户。\n"
    assert verdict(finished, "zh", "rights-exercise") == "omission"


def test_sharing_your_data_said_to_contain_no_identifying_information() -> None:
    shared = "我们可能与推送服务提供商共享您的信息，这些信息不包含您的任何身份识别信息。"
    assert verdict(shared, "zh", "de-identified-data") == "contravention"
    statistics = "我们可能会与第三方共享这些统计信息，但这些统计信息不包含您的任何身份识别信息。"
    assert verdict(statistics, "zh", "de-identified-data") == "not-applicable"
    english = ("We may share your information with push providers, and it does not contain any of your identifying "
               "information.")
    assert verdict(english, "en", "de-identified-data") == "contravention"


def test_product_improvement_declared_a_core_function_forces_consent() -> None:
    core = ("我们的产品包括一些核心功能，这些功能包含了实现网上购物所必须的功能、改进我们产品或服务所必须的功能。"
            "如果您不提供相关信息，您将无法享受我们提供的产品或服务。")
    assert verdict(core, "zh", "bundled-consent") == "contravention"
    # core functions that are only the service itself bundle nothing
    only_core = ("我们的产品包括一些核心功能，这些功能包含了实现网上购物所必须的功能。"
                 "拒绝提供改进产品所需的信息不会影响您使用其他功能。")
    assert verdict(only_core, "zh", "bundled-consent") != "contravention"
