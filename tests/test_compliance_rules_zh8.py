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


# --- batch 2 -------------------------------------------------------------------------------------------
def test_not_accepting_the_revised_agreement_then_stop_is_bundling() -> None:
    text = OPTIONAL + "本协议修改后，如果您不接受修改后的协议，应当立即停止使用本应用。"
    assert verdict(text, "zh", "bundled-consent") == "contravention"
    # not accepting a revised term, with a channel to object, ends nothing
    talk = OPTIONAL + "本协议修改后，如果您不接受修改后的协议，可以联系客服反馈意见。"
    assert verdict(talk, "zh", "bundled-consent") == "met"


def test_persons_without_full_civil_capacity_are_minors() -> None:
    text = ("如您为无民事行为能力人或限制民事行为能力人，请在监护人的指导下阅读本协议，"
            "并在征得监护人同意的前提下使用本应用。")
    assert verdict(text, "zh", "minors") == "met"
    # the same person told only to read with a guardian gets no guardian consent
    read = "如您为限制民事行为能力人，请在监护人的指导下阅读本协议。"
    assert verdict(read, "zh", "minors") == "contravention"


def test_pushing_marketing_for_personalised_needs_is_profiling() -> None:
    text = "为满足用户个性化需求，我们有权通过短信向您推送优惠及广告信息。"
    assert verdict(text, "zh", "automated-decision") == "contravention"
    # a setting that suits the user pushes nothing
    ui = "为满足用户个性化需求，您可以在设置中调整字体大小。"
    assert verdict(ui, "zh", "automated-decision") == "not-applicable"


def test_commercial_use_of_the_user_database_without_individual_details_is_no_anonymisation() -> None:
    text = "在不透露单个用户隐私资料的前提下，本公司有权对用户数据库进行分析和商业上的利用。"
    assert verdict(text, "zh", "de-identified-data") == "contravention"
    # a published trend report hands nothing over for use
    report = "在不透露单个用户隐私资料的前提下，本公司会发布年度出行趋势报告。"
    assert verdict(report, "zh", "de-identified-data") == "not-applicable"


def test_you_have_agreed_written_into_the_policy_is_inferred_consent() -> None:
    text = "考虑到服务的需要，您已同意，本公司将会收集您在使用时输入的信息。"
    assert verdict(text, "zh", "consent-by-use", when=date(2020, 12, 1)) == "contravention"
    # consent the user gives by switching a permission on is an act
    act = "您开启定位权限后，我们将会收集您的位置信息。"
    assert verdict(act, "zh", "consent-by-use", when=date(2020, 12, 1)) != "contravention"


def test_a_long_lead_in_before_the_definition_keeps_it_a_definition() -> None:
    text = ("根据国家标准《信息安全技术个人信息安全规范》（GB/T 35273），个人信息是指以电子方式记录的能够识别特定自然人的信息，"
            "如姓名、身份证件号码、银行账号、行踪轨迹等。")
    assert verdict(text, "zh", "sensitive-pi-consent") == "not-applicable"
    collected = "为完成实名认证，我们会收集您的身份证件号码。"
    assert verdict(collected, "zh", "sensitive-pi-consent") == "contravention"


def test_a_use_rule_with_guardian_consent_is_no_rule_for_collecting() -> None:
    use_only = ("未成年人应当在父母或监护人指导下使用本服务。"
                "我们只会在受到法律允许、父母或监护人明确同意或者保护未成年人所必要的情况下使用或公开披露此信息。")
    assert verdict(use_only, "zh", "minors") == "contravention"
    collect = ("未成年人应当在父母或监护人指导下使用本服务。"
               "我们只会在受到法律允许、父母或监护人明确同意或者保护未成年人所必要的情况下收集、使用或公开披露此信息。")
    assert verdict(collect, "zh", "minors") == "met"


def test_device_identifiers_shared_beside_a_promise_of_no_identifying_data() -> None:
    text = ("我们可能会与广告监测合作伙伴共享您的相关信息（含广告展示记录、设备标识符）。"
            "但我们承诺：未经您的同意，我们不会与其共享可以识别您身份的个人信息。")
    assert verdict(text, "zh", "de-identified-data") == "contravention"
    # aggregate statistics with the same promise single no one out
    stats = ("我们可能会与广告监测合作伙伴共享汇总的统计报表。"
             "但我们承诺：未经您的同意，我们不会与其共享可以识别您身份的个人信息。")
    assert verdict(stats, "zh", "de-identified-data") == "not-applicable"


RIGHTS_REST = ("您可以在“设置-账号”中删除您的个人信息或注销账号，"
               "也可以在“设置-权限”中关闭授权以撤回同意。")


def test_an_endeavour_to_let_you_access_is_no_way_to_access() -> None:
    text = "我们将尽量采取适当的技术手段，保证您可以访问、更新和更正您的个人信息。" + RIGHTS_REST
    assert verdict(text, "zh", "rights-exercise") == "omission"
    way = "您可以在“我的-资料”中访问、更新和更正您的个人信息。" + RIGHTS_REST
    assert verdict(way, "zh", "rights-exercise") == "met"


# --- batch 3 -------------------------------------------------------------------------------------------
def test_unless_you_have_read_and_accepted_all_terms_is_bundling() -> None:
    text = OPTIONAL + "除非您已阅读并接受本协议所有条款，否则您无权注册或使用本服务。"
    assert verdict(text, "zh", "bundled-consent") == "contravention"
    # accepting a single term to use the one feature it governs bundles nothing
    one = OPTIONAL + "除非您已阅读并接受直播规则，否则您无法开通直播功能，其他功能不受影响。"
    assert verdict(one, "zh", "bundled-consent") == "met"


def test_a_suggestion_far_before_guardian_consent_is_still_advice() -> None:
    advice = "本公司建议，任何未满18周岁的未成年人参加网上活动应事先取得其监护人的同意。"
    assert verdict(advice, "zh", "minors") == "contravention"
    rule = "任何未满18周岁的未成年人参加网上活动应事先取得其监护人的同意。"
    assert verdict(rule, "zh", "minors") == "met"


def test_use_of_the_database_without_malicious_disclosure_of_individuals_is_no_anonymisation() -> None:
    text = "在非恶意透露单个用户隐私资料的前提下，本平台有权对整体用户数据库进行分析并进行合理合法的利用。"
    assert verdict(text, "zh", "de-identified-data") == "contravention"
    report = "在非恶意透露单个用户隐私资料的前提下，本平台会发布年度活跃度报告。"
    assert verdict(report, "zh", "de-identified-data") == "not-applicable"


def test_credit_rating_from_behaviour_is_profiling() -> None:
    text = "您同意本平台依据您在平台上的行为、投诉记录等进行信用评级。"
    assert verdict(text, "zh", "automated-decision") == "contravention"
    # a rating of the goods bought profiles no person
    goods = "您可以在订单完成后对商品进行评级。"
    assert verdict(goods, "zh", "automated-decision") == "not-applicable"


def test_users_may_switch_permissions_off_in_settings_is_withdrawal() -> None:
    rest = ("您可以在“我的-资料”中查询、更正您的个人信息，也可以删除您的个人信息。"
            "您可以在“设置-账号”中注销您的账号。")
    text = rest + "用户可在手机“设置-权限”中关闭相关授权，以撤销已同意的授权。"
    assert verdict(text, "zh", "rights-exercise") == "met"
    effect = rest + "用户撤销已同意的授权后，我们将不再处理相应信息。"
    assert verdict(effect, "zh", "rights-exercise") == "omission"



def test_a_security_promise_against_unauthorised_access_is_no_processing_without_consent() -> None:
    text = ("为保护您的个人信息的安全，我们使用各种安全技术和程序来保护您的个人信息不被未经授权地访问、使用或泄漏。"
            "以下情形中，我们收集、使用您的个人信息无需征得您的同意：与国家安全、国防安全有关的；与犯罪侦查、起诉、审判有关的。")
    assert verdict(text, "zh", "legal-basis") == "met"


def test_commercial_provision_without_asking_again_is_no_pipl13_ground() -> None:
    text = "您同意本平台将您的信用评价结果以有偿方式提供给第三方进行商业方式的使用，而无需在提供前另行取得您的同意。"
    assert verdict(text, "zh", "legal-basis") == "contravention"
    denied = "未经您的同意，我们不会将您的信用评价结果以有偿方式提供给第三方进行商业方式的使用。"
    assert verdict(denied, "zh", "legal-basis") != "contravention"


# --- batch 4 -------------------------------------------------------------------------------------------
def test_use_only_after_guardian_consent_is_required() -> None:
    text = ("如您为未成年人，我们要求您请您的父母仔细阅读本政策，"
            "并在征得您的父母或监护人的同意之后，在他们的指导下使用我们的服务。")
    assert verdict(text, "zh", "minors") == "met"
    advice = ("如您为未成年人，我们建议您请您的父母仔细阅读本政策，"
              "并建议在征得您的父母或监护人的同意之后，在他们的指导下使用我们的服务。")
    assert verdict(advice, "zh", "minors") == "contravention"


def test_ticking_the_box_that_names_the_policy_is_an_act_of_consent() -> None:
    text = "当您在注册时勾选了“我已阅读并接受《隐私政策》和《用户协议》”，即表示您同意我们按照本政策处理您的信息。"
    assert verdict(text, "zh", "consent-by-use") == "met"
    use = "当您使用本应用时，即表示您已阅读并接受《隐私政策》和《用户协议》。"
    assert verdict(use, "zh", "consent-by-use") == "contravention"


def test_de_identified_data_in_a_list_shared_without_consent() -> None:
    text = ("在以下情形中，共享、转让、公开披露您的个人信息无需事先征得您的授权同意：\n"
            "1. 与国家安全、国防安全直接相关的；\n"
            "2. 对收集的个人信息已经进行匿名化或去标识化处理的；\n")
    assert verdict(text, "zh", "de-identified-data") == "contravention"
    # research results de-identified before publication are the standard's own case
    research = ("在以下情形中，收集、使用您的个人信息无需事先征得您的授权同意：\n"
                "1. 与国家安全、国防安全直接相关的；\n"
                "2. 学术研究机构基于公共利益开展统计或学术研究所必要，且对外提供结果时，对结果中所包含的个人信息进行去标识化处理的；\n")
    assert verdict(research, "zh", "de-identified-data") == "not-applicable"


# --- read back over all CA4P policies: look-alikes the batch rules must leave alone -----------------------
def test_mining_an_anonymised_database_is_outside_the_law() -> None:
    text = "在不泄露您个人信息的前提下，本公司有权对匿名化处理后的用户数据库进行挖掘、分析和商业上的利用。"
    assert verdict(text, "zh", "de-identified-data") == "not-applicable"


def test_de_identification_named_as_a_safeguard_in_a_list_shares_nothing() -> None:
    text = ("除以下情形外，我们不会共享您的个人信息：\n"
            "1. 事先获得您的明确同意；\n"
            "2. 我们将利用防火墙、加密、去标识化或匿名化处理、访问控制措施等技术来保护您的个人信息；\n")
    assert verdict(text, "zh", "de-identified-data") == "not-applicable"


def test_a_transfer_when_you_use_the_cross_border_service_is_a_transfer() -> None:
    text = ("我们将在境内收集的个人信息存储于中华人民共和国境内。"
            "如您使用跨境购物服务，且需要向境外传输您的个人信息完成交易的，我们会单独征得您的同意。")
    assert verdicts(text, "zh")["cross-border-mechanism"].verdict == "contravention"
