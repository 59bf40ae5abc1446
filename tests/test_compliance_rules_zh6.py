"""Rules found by reading ``check`` beside fresh Chinese app policies (issue 15, helper lawzh6: precision and
false assurance), each as a PRC data-protection lawyer states it, with a look-alike judged the other way.

All sentences are written for these tests (Chinese, with English where the rule is linguistic).
"""
from __future__ import annotations

from datetime import date

from policykg.compliance.check import heading_date

from compliance_judging import verdict

EDITION_2017 = date(2020, 6, 1)  # CSL and GB/T 35273-2017, before the 2020 edition and PIPL
EDITION_2020 = date(2020, 12, 1)  # GB/T 35273-2020, before PIPL

LINES = "隐私政策\n欢迎使用\n一、收集\n二、使用\n三、共享\n四、保护\n五、联系我们\n"


# --- the date at the foot of a policy -------------------------------------------------------------------
def test_a_date_line_at_the_foot_dates_the_policy() -> None:
    assert heading_date(LINES + "如有疑问请发送邮件联系我们。\n2021年01月04日\n") == "2021-01-04"
    assert heading_date(LINES + "某某科技有限公司\n发布日期：2019-07-22\n") == "2019-07-22"
    assert heading_date(LINES + "Contact us by e-mail.\nLast updated: 2019-07-22\n") == "2019-07-22"
    # a date inside a sentence at the foot is not the document's date
    assert heading_date(LINES + "如有疑问请于2021年1月4日前联系我们。\n") is None
    # nor a number that only looks like one
    assert heading_date(LINES + "电话：2019-0722-1234\n") is None


# --- withdrawing consent by switching the policy's authorisation off -----------------------------------
RIGHTS_BASE = ("您可以在“我的-资料”中查询、更正您的个人信息，也可以删除您的个人信息。"
               "您可以在“设置-账号”中注销您的账号。")


def test_switching_off_the_policy_authorisation_is_withdrawal() -> None:
    switched = RIGHTS_BASE + "您可以在手机银行“安全”页面关闭本隐私政策的授权，关闭后我们将不再收集您的信息。"
    assert verdict(switched, "zh", "rights-exercise") == "met"
    # the effect of withdrawing, with no way to do it, is no way to withdraw
    effect = RIGHTS_BASE + "如您取消授权，我们将无法为您继续提供服务。"
    assert verdict(effect, "zh", "rights-exercise") == "omission"


# --- a leak the user causes by publishing is not a security disclaimer ---------------------------------
SECURITY = "我们使用加密技术保护您的个人信息，并部署访问控制机制。"


def test_user_publishing_their_own_data_is_no_security_disclaimer() -> None:
    own = SECURITY + "如您将信息通过公开区域公开或共享，由此造成您的信息泄露，我们不承担责任。"
    assert verdict(own, "zh", "security-measures") == "met"
    beyond = SECURITY + "由于您将密码告知他人导致的信息泄漏，或其他非因本公司原因导致的个人信息泄漏，本公司不承担任何法律责任。"
    assert verdict(beyond, "zh", "security-measures") == "contravention"
    breach = SECURITY + "如因黑客攻击导致您的信息泄露，我们不承担责任。"
    assert verdict(breach, "zh", "security-measures") == "contravention"


# --- GB/T 35273-2017: explicit consent for data marked sensitive ----------------------------------------
SENSITIVE_ASKED = ("当您使用刷脸登录时，经您授权后，我们将采集您的人脸信息，并加密存储。"
                   "上述信息属于个人敏感信息，如您拒绝提供，将无法使用刷脸登录，但不影响其他功能。")


def test_2017_edition_explicit_consent_for_marked_sensitive_data_is_met() -> None:
    assert verdict(SENSITIVE_ASKED, "zh", "sensitive-pi-consent", EDITION_2017) == "met"
    # the 2020 edition and PIPL add the statement of necessity and impact
    assert verdict(SENSITIVE_ASKED, "zh", "sensitive-pi-consent", EDITION_2020) == "contravention"
    # consent to sensitive data by accepting the policy is none, whatever the edition
    by_policy = SENSITIVE_ASKED + "您同意您的敏感信息按本政策所述的目的和方式来处理。"
    assert verdict(by_policy, "zh", "sensitive-pi-consent", EDITION_2017) == "contravention"
    # nor is consent asked for data the policy never marks as sensitive
    unmarked = "当您使用刷脸登录时，经您授权后，我们将采集您的人脸信息，并加密存储。"
    assert verdict(unmarked, "zh", "sensitive-pi-consent", EDITION_2017) == "contravention"
    # consent asked for one kind does not cover identity numbers collected with no consent asked
    id_unasked = SENSITIVE_ASKED + "当您注册时，我们会收集您的姓名、身份证号码。我们会向您推送通知。"
    assert verdict(id_unasked, "zh", "sensitive-pi-consent", EDITION_2017) == "contravention"


def test_2017_edition_english_marked_sensitive_data() -> None:
    asked = ("When you log in with your face, we ask for your consent and then collect your facial image. "
             "This information is sensitive personal information; if you refuse, you can still log in with a password.")
    assert verdict(asked, "en", "sensitive-pi-consent", EDITION_2017) == "met"
    unmarked = "When you log in with your face, we ask for your consent and then collect your facial image."
    assert verdict(unmarked, "en", "sensitive-pi-consent", EDITION_2017) == "contravention"


# --- a disclosure as a sanction asks no consent ----------------------------------------------------------
def test_publishing_a_rule_breakers_details_is_disclosure_without_consent() -> None:
    text = ("获得您明确同意后，我们可能会公开披露您的个人信息。"
            "若您严重违反平台规则，我们可能会公开披露您的昵称、联系方式与处罚情况。")
    assert verdict(text, "zh", "public-disclosure") == "contravention"
    consented = ("获得您明确同意后，我们可能会公开披露您的个人信息。"
                 "若您参加抽奖活动并同意公示，我们可能会公开披露您的昵称与获奖情况。")
    assert verdict(consented, "zh", "public-disclosure") == "met"


# --- what is not an open scope of processing ---------------------------------------------------------------
SCOPE = "我们会出于以下目的收集和使用您的个人信息：为您注册账号，我们收集您的手机号码。"


def test_an_open_list_of_recipients_is_no_open_scope() -> None:
    recipients = SCOPE + "我们将信息发送给支持我们业务的服务提供商和其他合作伙伴（如硬件厂商、电信运营商等）。"
    assert verdict(recipients, "zh", "processing-scope") == "met"
    data = SCOPE + "我们会向合作伙伴提供您的姓名、电话、地址等信息。"
    assert verdict(data, "zh", "processing-scope") == "contravention"


def test_a_list_of_what_may_change_is_no_open_scope() -> None:
    change = SCOPE + "如本政策的修改涉及我们收集或使用您信息的目的、方式、范围等发生变化，我们会通知您并获得您的重新授权。"
    assert verdict(change, "zh", "processing-scope") == "met"
    # but a scope said to change at will is open
    at_will = SCOPE + "我们收集的信息范围会有所改变。"
    assert verdict(at_will, "zh", "processing-scope") == "contravention"


def test_a_list_of_staff_safeguards_is_no_open_scope() -> None:
    staff = SCOPE + ("\n四、我们如何保护您的个人信息安全\n"
                     "人员安全管理：我们对可能接触到您的信息的员工采取严格管理，包括但不限于根据岗位采取不同的权限控制、签署保密协议。")
    assert verdict(staff, "zh", "processing-scope") == "met"
    used = SCOPE + "我们会将您的信息用于包括但不限于市场营销、用户调研的用途。"
    assert verdict(used, "zh", "processing-scope") == "contravention"


def test_a_users_own_public_sharing_is_no_open_scope() -> None:
    own = SCOPE + "您在使用我们服务时自愿共享甚至公开分享的信息，可能会涉及您的敏感信息，例如您上传的照片。"
    assert verdict(own, "zh", "processing-scope") == "met"


# --- refusing the whole policy costs the service -------------------------------------------------------------
def test_refusing_to_accept_the_policy_costs_the_service_is_bundling() -> None:
    forced = "我们会收集您的手机号码用于注册。如您拒绝接受本《隐私政策》及单项服务的特定条款，您将无法使用该项服务。"
    assert verdict(forced, "zh", "bundled-consent") == "contravention"
    one_item = "我们会收集您的手机号码用于注册。如您拒绝提供位置信息，您将无法使用附近门店功能，但不影响其他功能。"
    assert verdict(one_item, "zh", "bundled-consent") != "contravention"


# --- batch 2 --------------------------------------------------------------------------------------------------
def test_registering_deemed_consent_to_publish_location_is_bundling() -> None:
    forced = "我们提供基于位置的交友服务。您成功注册帐号即视为确认授权我们提取、公开及使用您的地理位置信息。"
    assert verdict(forced, "zh", "bundled-consent") == "contravention"
    asked = "我们提供基于位置的交友服务。注册成功后，您可以在设置中选择是否授权我们使用您的地理位置信息，拒绝不影响其他功能。"
    assert verdict(asked, "zh", "bundled-consent") != "contravention"


SHARED_WITH_CONSENT = ("我们会将您的设备型号等设备信息提供给合作伙伴，用于推送通知。在经过您的授权同意后，合作伙伴可获取上述信息。"
                       "如您在本政策更新后继续使用我们的服务，即表示您同意我们按照更新后的政策收集、使用和共享您的个人信息。")


def test_consent_deemed_to_an_updated_policy_is_no_sharing_finding_when_each_provision_asks_consent() -> None:
    assert verdict(SHARED_WITH_CONSENT, "zh", "sharing-separate-consent", EDITION_2020) != "contravention"
    assert verdict(SHARED_WITH_CONSENT, "zh", "consent-by-use", EDITION_2020) == "contravention"
    unasked = "我们可能会与关联公司共享您的订单信息，用于统一管理。我们使用加密技术保护您的信息。" + SHARED_WITH_CONSENT
    assert verdict(unasked, "zh", "sharing-separate-consent", EDITION_2020) == "contravention"
    # consent written into the policy itself ("你确认并同意我们可以与关联公司共享") asks nothing
    written = "你确认并同意我们可以与我们的关联公司共享你的个人信息。我们使用加密技术保护您的信息。" + SHARED_WITH_CONSENT
    assert verdict(written, "zh", "sharing-separate-consent", EDITION_2020) == "contravention"
    assert verdict(unasked, "zh", "sharing-separate-consent", EDITION_2020) == "contravention"


def test_our_own_breach_named_as_a_ground_for_deletion_is_no_provision() -> None:
    remedy = ("在以下情形中，您可以向我们提出删除个人信息的请求：\n"
              "1.如果我们向第三方共享、转让个人信息的行为违反法律法规规定或违反与您的约定；\n")
    assert verdict(remedy, "zh", "sharing-separate-consent") != "contravention"
    shared = remedy + "我们会将您的手机号码提供给合作伙伴，用于发送优惠信息。"
    assert verdict(shared, "zh", "sharing-separate-consent") == "contravention"


def test_view_or_change_is_correction_and_an_app_path_is_the_way_announced() -> None:
    text = ("您可以在“设置-账号管理”中查看或变更手机号等账号信息。您可以删除您的个人信息。"
            "您可以在系统设置中关闭相应权限，撤回授权。"
            "您随时可注销此前注册的账户，您可以通过以下方式自行操作：\n"
            "打开本应用进入主界面后，点击“我的”-“意见反馈”，告知我们您的注销请求。")
    assert verdict(text, "zh", "rights-exercise") == "met"
    unfilled = ("您可以在“设置-账号管理”中查看或变更手机号等账号信息。您可以删除您的个人信息。"
                "您可以在系统设置中关闭相应权限，撤回授权。"
                "您随时可注销此前注册的账户，您可以通过以下方式自行操作：\n"
                "我们会在十五日内答复。")
    assert verdict(unfilled, "zh", "rights-exercise") == "omission"


def test_a_pi_protection_or_security_department_with_its_contact_is_an_officer() -> None:
    assert verdict("个人信息保护/信息安全部门联系方式：privacy@example.cn", "zh", "pi-officer") == "met"
    assert verdict("我们重视个人信息保护，客服邮箱：service@example.cn", "zh", "pi-officer") != "met"


GBT_SHARING = "我们不会向任何公司、组织和个人共享您的个人信息，但以下情况除外：\n1.事先获得您的明示同意；\n"


def test_a_case_whose_next_line_asks_consent_is_within_the_list() -> None:
    asked = GBT_SHARING + "2.我们可能会向合作方提供您的设备型号、设备标识符，\n在经过您的授权同意后，第三方可获取您的以上信息。\n"
    assert verdict(asked, "zh", "gbt-sharing-exceptions", EDITION_2020) != "contravention"
    unasked = GBT_SHARING + "2.我们可能会向合作方提供您的设备型号、设备标识符，用于推送通知。\n"
    assert verdict(unasked, "zh", "gbt-sharing-exceptions", EDITION_2020) == "contravention"
    # consent asked again only for a change of purpose leaves the provision itself without consent
    again = GBT_SHARING + "2.我们可能会向合作方提供您的设备型号、设备标识符，\n合作方如要改变上述信息的处理目的，将再次征求您的授权同意。\n"
    assert verdict(again, "zh", "gbt-sharing-exceptions", EDITION_2020) == "contravention"


def test_partners_bound_to_our_commission_are_entrusted_processing() -> None:
    entrusted = GBT_SHARING + "2.我们会与合作方约定严格的数据保护措施，令其按照我们的委托目的、本政策以及相关保密措施来处理个人信息。\n"
    assert verdict(entrusted, "zh", "gbt-sharing-exceptions", EDITION_2020) != "contravention"


def test_other_reasonable_cases_agreed_here_are_beyond_the_collection_list() -> None:
    open_list = ("以下情形中，或者符合此处约定的其他合理情形的，我们收集、使用个人信息不必征求您的授权同意：\n"
                 "1.与国家安全、国防安全直接相关的；\n2.与犯罪侦查、起诉、审判和判决执行等直接相关的；\n")
    assert verdict(open_list, "zh", "gbt-sharing-exceptions", EDITION_2020) == "contravention"
    closed = ("以下情形中，我们收集、使用个人信息不必征求您的授权同意：\n"
              "1.与国家安全、国防安全直接相关的；\n2.与犯罪侦查、起诉、审判和判决执行等直接相关的；\n")
    assert verdict(closed, "zh", "gbt-sharing-exceptions", EDITION_2020) == "met"


# --- batch 3 --------------------------------------------------------------------------------------------------
def test_the_service_provider_named_by_its_company_name_is_the_handler() -> None:
    named = "本隐私条款适用于 **本网站服务提供方北京某某电子商务有限公司** 提供的所有服务。客服热线：400-000-0000"
    assert verdict(named, "zh", "handler-identity") == "met"
    sdk = "第三方服务提供方北京某某科技有限公司会通过其SDK收集您的设备信息。客服热线：400-000-0000"
    assert verdict(sdk, "zh", "handler-identity") == "omission"
    sdk2 = "我们接入了某某SDK，上述SDK的运营方北京某某网络技术有限公司可能会收集设备信息。客服热线：400-000-0000"
    assert verdict(sdk2, "zh", "handler-identity") == "omission"


def test_order_data_given_to_the_merchant_in_the_order_is_provision() -> None:
    merchant = "我们将向您订单中的合约方（平台内商户）提供您的订单信息及手机号、身份证号等信息。"
    assert verdict(merchant, "zh", "sharing-separate-consent", EDITION_2017) == "contravention"
    # consent promised for the other cases ("除此之外") is none for this one
    others = merchant + "除此之外，如需向其他第三方共享您的个人信息，我们会征得您的明示同意。"
    assert verdict(others, "zh", "sharing-separate-consent", EDITION_2017) == "contravention"
    this_one = merchant + "在此之前，我们会征得您的明示同意。"
    assert verdict(this_one, "zh", "sharing-separate-consent", EDITION_2017) != "contravention"
    # what the user must tell the other party of a deal is the user's own disclosure
    own = "在使用本服务进行网上交易时，您不可避免的要向交易对方披露自己的个人信息，如联络方式或者邮政地址。"
    assert verdict(own, "zh", "sharing-separate-consent", EDITION_2017) != "contravention"
    looked_up = "您可以在“我的订单”中查看订单信息。"
    assert verdict(looked_up, "zh", "sharing-separate-consent", EDITION_2017) == "not-applicable"


def test_a_service_closed_to_minors_is_not_offered_to_children() -> None:
    closed = "我们收集您的驾驶证信息。若您是18周岁以下的未成年人，您无法使用本平台提供的车辆租赁服务。"
    assert verdict(closed, "zh", "minors") == "not-applicable"
    open_ = "我们收集您的手机号码。若您是18周岁以下的未成年人，请在监护人同意后使用本服务。"
    assert verdict(open_, "zh", "minors") != "not-applicable"


def test_consent_waived_for_data_de_identified_the_sentence_before() -> None:
    waived = ("若我们对个人信息进行处理使得数据接收方无法重新识别特定个人且不能复原，或我们可能会对收集的信息进行去标识化地研究和统计分析，用于商业决策，\n"
              "则此类处理后数据的使用无需另行向您通知并征得您的同意。")
    assert verdict(waived, "zh", "de-identified-data") == "contravention"
    anonymised = ("若我们对个人信息进行匿名化处理使得数据接收方无法重新识别特定个人且不能复原，\n"
                  "则此类处理后数据的使用无需另行向您通知并征得您的同意。")
    assert verdict(anonymised, "zh", "de-identified-data") == "not-applicable"


def test_what_is_not_a_security_measure() -> None:
    not_measures = ("在收集您的个人信息后，我们将对数据进行去标识化处理。请您了解并同意，我们有权使用已经去标识化的信息。"
                    "超出必要期限后，我们将对您的个人信息进行删除或匿名化处理。"
                    "我们收集的信息用于身份验证、客户服务、安全防范、诈骗监测用途。")
    assert verdict(not_measures, "zh", "security-measures") == "omission"
    restricted = not_measures + "我们严格限制访问信息的人员范围，要求他们遵守保密义务。"
    assert verdict(restricted, "zh", "security-measures") == "met"
    # a security assurance system with technical measures is one, though general (as findings-dev reads it)
    system = not_measures + "我们会建立信息安全保障制度，采取技术措施和其他必要措施保护您的个人信息安全。"
    assert verdict(system, "zh", "security-measures") == "met"


def test_english_delete_or_anonymise_is_no_security_measure() -> None:
    ended = "When we no longer need your data, we delete or anonymise it."
    assert verdict(ended, "en", "security-measures") == "omission"
    assert verdict(ended + " We encrypt your data in transit.", "en", "security-measures") == "met"


def test_a_users_own_court_route_is_no_ground_for_processing() -> None:
    route = ("以下情形中，我们收集、使用个人信息无需征得您的授权同意：\n1.与国家安全、国防安全直接相关的；\n"
             "如果您认为我们的个人信息处理行为损害了您的合法权益，您还可以向有管辖权的法院提起诉讼来解决。")
    assert verdict(route, "zh", "legal-basis") == "met"
    ours = route + "为维护我们的合法权益，我们可能无需征得您的同意向第三方提供您的个人信息。"
    assert verdict(ours, "zh", "legal-basis") == "contravention"


def test_reasonable_use_and_reasonable_commercial_analysis_are_open_purposes() -> None:
    assert verdict(SCOPE + "我们会为了改善程序功能、提高用户体验等合理使用您的信息。", "zh", "processing-scope") == "contravention"
    assert verdict(SCOPE + "我们可能会使用您的基础信息进行模糊后用于合理的商业分析。", "zh", "processing-scope") == "contravention"
    # a denial of other use, excepted only by the person's choice or the law, closes the scope
    closed = SCOPE + "除非经您自主选择或遵从相关法律法规要求，我们不会对外提供上述信息，或者将其用于该功能以外的其他用途。"
    assert verdict(closed, "zh", "processing-scope") == "met"


# --- batch 4 --------------------------------------------------------------------------------------------------
def test_a_path_line_through_the_app_is_the_way_to_cancel() -> None:
    base = ("您可以在“我的-资料”中查询、更正您的个人信息，也可以删除您的个人信息。"
            "您可以在系统设置中关闭相应权限，撤回授权。\n1.5 账号注销\n")
    assert verdict(base + "账号注销流程：登录本APP→我→设置→账号注销\n", "zh", "rights-exercise") == "met"
    assert verdict(base + "注销后您将无法使用本服务。\n", "zh", "rights-exercise") == "omission"


def test_advice_to_the_user_is_no_open_scope() -> None:
    advice = SCOPE + "我们强烈建议你采取积极措施保护个人信息的安全,包括但不限于使用复杂密码、定期修改密码。"
    assert verdict(advice, "zh", "processing-scope") == "met"


def test_the_company_whose_services_the_policy_covers_is_the_handler() -> None:
    covered = ("本隐私政策适用于由深圳某某互动科技有限公司及其关联方提供的所有服务，不适用于有单独隐私政策的第三方产品或服务。"
               "如有问题请发邮件至 privacy@example.cn")
    assert verdict(covered, "zh", "handler-identity") == "met"
    other = "本隐私政策不适用于深圳某某互动科技有限公司等第三方提供的产品或服务。如有问题请发邮件至 privacy@example.cn"
    assert verdict(other, "zh", "handler-identity") == "omission"


def test_a_penalty_notice_is_public_disclosure_without_consent() -> None:
    notice = "除对违规账号、欺诈行为进行处罚公告时,我们会披露相关账号的必要信息外,我们不会公开披露你的信息,除非获得你的同意。"
    assert verdict(notice, "zh", "public-disclosure") == "contravention"
    plain = "我们不会公开披露你的信息,除非遵循国家法律法规规定或者获得你的同意。"
    assert verdict(plain, "zh", "public-disclosure") != "contravention"


def test_a_third_partys_own_reconsent_is_no_rule_for_changes() -> None:
    changes = ("我们会不时更新或修改本隐私政策，并在官方网页发布变更提示。"
               "如果第三方因业务需要确需超出前述授权范围使用个人信息的，该第三方将需再次征求您的同意。")
    assert verdict(changes, "zh", "policy-changes") == "contravention"
    ours = ("我们会不时更新或修改本隐私政策，并在官方网页发布变更提示。"
            "我们将信息用于本政策未载明的其他用途时，会事先征求您的同意。")
    assert verdict(ours, "zh", "policy-changes") == "met"


def test_only_with_guardian_consent_is_the_handlers_rule_though_a_remedy_follows() -> None:
    rule = ("若你是未满18周岁的未成年人，应在你的父母监护、指导下阅读本政策。"
            "我们只会在法律允许、父母或其他监护人明确同意或保护未成年人所必要的情况下收集未成年人的个人信息;"
            "如果我们发现在未事先获得可证实的父母同意的情况下收集了未成年人的个人信息,则会设法尽快删除相关信息。")
    assert verdict(rule, "zh", "minors") == "met"
    remedy = ("若你是未满18周岁的未成年人，应在你的父母监护、指导下阅读本政策。"
              "如果我们发现在未事先获得可证实的父母同意的情况下收集了未成年人的个人信息,则会设法尽快删除相关信息。")
    assert verdict(remedy, "zh", "minors") == "contravention"
    # a rule for using what was collected with a parent's consent sets no rule for collecting
    use_only = ("若你是未满18周岁的未成年人，应在你的父母监护、指导下阅读本政策。"
                "对于经父母同意而收集未成年人个人信息的情况，我们只会在法律允许、父母明确同意或者保护未成年人所必要的情况下使用此信息。")
    assert verdict(use_only, "zh", "minors") == "contravention"


def test_a_list_under_a_disclaimer_disclaims_hacking_leaks() -> None:
    listed = (SECURITY + "发生下列情形时，我们无需承担法律责任：\n"
              "1、由于您将账号、密码告知他人导致个人信息泄露的；\n"
              "2、由于黑客攻击、计算机病毒入侵造成的个人信息泄露、丢失的；\n")
    assert verdict(listed, "zh", "security-measures") == "contravention"
    interrupted = (SECURITY + "对以下情形导致的服务中断或受阻，我们不承担责任：\n"
                   "（1）受到计算机病毒、木马或其他恶意程序、黑客攻击的破坏。\n")
    assert verdict(interrupted, "zh", "security-measures") == "met"
    own = (SECURITY + "请注意，当您自愿披露个人信息（如在评论区公布）时，\n"
           "信息可能被他人收集及使用，因此造成您的个人信息泄露，我们不承担责任。")
    assert verdict(own, "zh", "security-measures") == "met"


# --- batch 5 --------------------------------------------------------------------------------------------------
def test_fresh_consent_only_for_sensitive_data_is_no_consent_to_changes_in_general() -> None:
    sensitive_only = ("本隐私声明更新后，我们会在本页面发出更新版本，并在生效前以适当的方式提醒您更新的内容。"
                      "如果更新的内容需要获取您通讯录、地理位置等个人敏感信息，我们会以显著方式征求您的同意。")
    assert verdict(sensitive_only, "zh", "policy-changes") == "contravention"
    every = ("本隐私声明更新后，我们会在本页面发出更新版本，并在生效前以适当的方式提醒您更新的内容。"
             "如更新涉及处理目的、方式或范围的变化，我们会再次征得您的同意。")
    assert verdict(every, "zh", "policy-changes") == "met"
