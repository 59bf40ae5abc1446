"""Rules found by reading ``check`` beside fresh Chinese app policies (issue 15, helper lawzh7), each as a PRC
data-protection lawyer states it, with a look-alike that must be judged the other way.

All sentences are written for these tests (Chinese, with English where the rule is linguistic).
"""
from __future__ import annotations

from datetime import date

from compliance_judging import stating, verdict, verdicts

EDITION_2017 = date(2019, 3, 1)


# --- a use-without-consent list introduced by "无需你的同意" -------------------------------------------
def test_without_your_consent_with_no_verb_opens_an_exception_list() -> None:
    listed = ("二、我们如何使用你的信息\n我们会使用你的手机号码登录。\n以下情形中，使用你的个人信息无需你的同意：\n"
              "(1) 与国家安全直接相关的；\n(2) 用于维护所提供的产品或服务的安全稳定运行所必需的。")
    assert verdict(listed, "zh", "legal-basis") == "contravention"
    # a promise to ask for consent is no exception list
    asks = ("二、我们如何使用你的信息\n我们会使用你的手机号码登录。\n使用你的个人信息前需要你的同意。\n"
            "我们会采取措施维护所提供的产品或服务的安全稳定运行。")
    assert verdict(asks, "zh", "legal-basis") != "contravention"


# --- retention after the account is closed ----------------------------------------------------------
def test_keeping_data_months_after_cancellation_without_a_legal_duty_is_a_contravention() -> None:
    kept = "我们会收集你的手机号码。我们将在你删除或注销账户后24个月保留你的个人信息。"
    assert verdict(kept, "zh", "retention-period") == "contravention"
    kept2 = "我们会收集你的手机号码。在你注销账号后，我们仍将保存你的信息18个月。"
    assert verdict(kept2, "zh", "retention-period") == "contravention"
    # a period the law sets is a stated criterion
    legal = "我们会收集你的手机号码。在你注销账号后，我们将依照法律法规的规定保存你的交易信息3年。"
    assert verdict(legal, "zh", "retention-period") == "met"


# --- a change clause naming the 隐私权政策 -------------------------------------------------------------
def test_updating_the_privacy_rights_policy_is_a_change_clause() -> None:
    updated = "本应用会收集您的手机号码用于登录。本应用会不时更新本隐私权政策。"
    assert verdict(updated, "zh", "policy-changes") == "contravention"
    # no change clause at all: nothing to judge
    silent = "本应用会收集您的手机号码用于登录。本隐私权政策适用于本应用的全部服务。"
    assert verdict(silent, "zh", "policy-changes") == "review"


# --- health data; data the app receives and records itself -------------------------------------------
def test_health_data_recorded_automatically_is_sensitive_pi_processed() -> None:
    recorded = "本应用自动接收并记录您手机上的健康数据和使用的语言。"
    assert verdict(recorded, "zh", "sensitive-pi-consent") == "contravention"
    # recording the language only touches nothing sensitive
    plain = "本应用自动接收并记录您使用的语言和访问时间。"
    assert verdict(plain, "zh", "sensitive-pi-consent") == "not-applicable"


# --- rights: "查询、删除、更正或撤回" -----------------------------------------------------------------
def test_withdraw_listed_beside_the_other_rights_is_withdrawal() -> None:
    listed = ("六、您的权利\n我们为您提供操作设置，以便您可以查询、删除、更正或撤回您的相关个人信息、注销您的账号。"
              "您也可以发送邮件至 help@example.cn 联系我们。")
    assert verdict(listed, "zh", "rights-exercise") == "met"
    # without "撤回" the withdrawal is still missing
    missing = ("六、您的权利\n我们为您提供操作设置，以便您可以查询、删除、更正您的相关个人信息、注销您的账号。"
               "您也可以发送邮件至 help@example.cn 联系我们。")
    judged = verdicts(missing, "zh")["rights-exercise"]
    assert judged.verdict == "omission" and "withdrawal" in judged.reason


# --- personalisation that is opt-in ------------------------------------------------------------------
def test_personalisation_that_only_refusal_switches_off_is_an_opt_out() -> None:
    opt_in = ("当您使用个性化推荐服务时，我们会在征得您的同意后收集您的位置信息，为您推荐附近的内容。"
              "拒绝提供该信息只会导致您无法使用个性化推荐服务，但不影响您使用其他功能。")
    assert verdict(opt_in, "zh", "automated-decision") == "met"
    # refusing only costs the whole app: no choice about personalisation
    forced = ("我们会收集您的位置信息，为您提供个性化推荐服务。"
              "拒绝提供该信息将导致您无法使用本应用。")
    assert verdict(forced, "zh", "automated-decision") == "contravention"


# --- open scope: examples of something that is not data ---------------------------------------------
def test_examples_of_a_guardian_or_a_storage_place_leave_no_data_open() -> None:
    guardian = ("我们收集您的手机号码用于登录。不满十四周岁的未成年人在向我们提供个人信息前，应当取得监护人（比如父母）的同意。"
                "我们会通过安全的方式存储您的信息，包括本地存储（例如应用缓存）和服务器。")
    assert verdict(guardian, "zh", "processing-scope") == "met"
    # an example of data leaves the category open
    data = "我们会收集您的联系方式（例如手机号码）用于登录。"
    assert verdict(data, "zh", "processing-scope") == "contravention"


def test_a_list_of_harms_prevented_is_no_open_list_of_data() -> None:
    harms = "我们收集您的手机号码用于登录。我们努力保障信息安全，以防止信息的泄露、丢失、不当使用和披露等。"
    assert verdict(harms, "zh", "processing-scope") == "met"
    data = "我们收集您的手机号码、设备型号等信息用于登录。"
    assert verdict(data, "zh", "processing-scope") == "contravention"


def test_an_example_of_a_situation_leaves_no_data_open() -> None:
    case = ("我们收集您的手机号码用于登录。我们只会共享提供服务所必要的个人信息，例如在您购买商品时必须与物流公司共享您的收货地址。")
    assert verdict(case, "zh", "processing-scope") != "contravention"


# --- a denial limited to untrusted third parties -------------------------------------------------------
def test_not_sharing_with_untrusted_third_parties_shares_with_the_trusted_ones() -> None:
    narrowed = "我们收集您的手机号码。本应用不会将您的信息披露给不受信任的第三方。"
    assert verdict(narrowed, "zh", "sharing-separate-consent") == "contravention"
    full = "我们收集您的手机号码。本应用不会将您的信息披露给任何第三方。"
    assert verdict(full, "zh", "sharing-separate-consent") != "contravention"


def test_english_not_sharing_with_unaffiliated_third_parties() -> None:
    narrowed = "We collect your e-mail address. We do not share your personal information with unaffiliated third parties."
    assert verdict(narrowed, "en", "sharing-separate-consent") == "contravention"
    full = "We collect your e-mail address. We do not share your personal information with third parties."
    assert verdict(full, "en", "sharing-separate-consent") != "contravention"


# --- a disclosure case whose data the section heading names ---------------------------------------------
def test_a_disclosure_case_under_a_disclosure_heading_names_its_data_by_the_heading() -> None:
    listed = ("1.信息收集\n本应用收集您的昵称。\n3.信息披露\n"
              "a)根据法律的有关规定，向行政、司法机构披露；\nb)如您违反相关规则，需要向第三方披露；")
    assert verdict(listed, "zh", "gbt-sharing-exceptions", EDITION_2017) == "contravention"
    # under a heading that names no data, a rule breach sentence shares nothing
    other = ("1.信息收集\n本应用收集您的昵称。\n3.违约责任\n"
             "a)根据法律的有关规定，向行政、司法机构披露；\nb)如您违反相关规则，需要向第三方披露；")
    assert verdict(other, "zh", "gbt-sharing-exceptions", EDITION_2017) != "contravention"


# --- open purposes: functions to come; purposes bound to a notice ---------------------------------------
def test_collecting_for_functions_to_come_leaves_the_purpose_open() -> None:
    future = "为实现网络直播等核心功能以及其他辅助和未来上线之产品功能，本公司会收集您的部分必要信息。"
    assert verdict(future, "zh", "processing-scope") == "contravention"
    promised = "我们收集您的手机号码用于登录。未来上线的新功能如需收集您的信息，我们会另行征得您的同意。"
    assert verdict(promised, "zh", "processing-scope") != "contravention"


def test_other_purposes_we_have_told_you_are_not_open() -> None:
    told = "我们收集您的收货地址，用于配送商品、提供售后服务及其他我们明确告知的目的。"
    assert verdict(told, "zh", "processing-scope") == "met"
    other = "我们收集您的收货地址，用于配送商品、提供售后服务及其他目的。"
    assert verdict(other, "zh", "processing-scope") == "contravention"


# --- bundled consent: "不接受", "除非…否则无权" ---------------------------------------------------------
def test_refusing_the_whole_policy_costs_the_service() -> None:
    refuse = "我们收集您的手机号码。如您不接受本政策，您应当停止使用本应用。"
    assert verdict(refuse, "zh", "bundled-consent") == "contravention"
    unless = "我们收集您的手机号码。除非您接受本声明所有条款，否则您无权注册或使用本服务。"
    assert verdict(unless, "zh", "bundled-consent") == "contravention"
    limited = "我们收集您的位置信息。如您不接受定位权限，仅会影响附近推荐功能，不影响您使用其他功能。"
    assert verdict(limited, "zh", "bundled-consent") != "contravention"


def test_the_whole_policy_refusal_is_quoted_before_a_refusal_of_changes() -> None:
    text = ("我们收集您的手机号码。若您不同意变更后的内容，您应当停止使用本应用。"
            "如您不接受本政策，您应当停止使用本应用。")
    judged = verdicts(text, "zh")["bundled-consent"]
    assert judged.verdict == "contravention" and judged.quotes[0].text.startswith("如您不接受本政策")


# --- retention at the company's discretion -----------------------------------------------------------
def test_the_company_deciding_the_storage_period_itself_is_open_retention() -> None:
    own = "我们收集您的手机号码。本公司可以根据实际情况自行决定用户数据的最长储存期限。"
    assert verdict(own, "zh", "retention-period") == "contravention"
    bound = "我们收集您的手机号码。我们只会在实现本政策所述目的所必需的期限内保存您的个人信息。"
    assert verdict(bound, "zh", "retention-period") == "met"


# --- "non-personal privacy information" shared freely --------------------------------------------------
def test_non_personal_privacy_information_shared_with_third_parties() -> None:
    shared = "非个人隐私信息是指您的操作状态和使用习惯。本公司可以向第三方提供用户的非个人隐私信息。"
    assert verdict(shared, "zh", "de-identified-data") == "contravention"
    anonymised = "本公司可以向第三方提供经匿名化处理且无法复原的统计数据。"
    assert verdict(anonymised, "zh", "de-identified-data") != "contravention"


# --- a non-personalised option offered -----------------------------------------------------------------
def test_content_not_based_on_personal_information_is_the_opt_out() -> None:
    offered = ("我们会基于您的浏览记录形成用户画像，为您推送个性化推荐内容。"
               "同时，我们也提供了不基于个人信息和个性化推荐算法的展示内容。")
    assert verdict(offered, "zh", "automated-decision") == "met"
    none = "我们会基于您的浏览记录形成用户画像，为您推送个性化推荐内容。"
    assert verdict(none, "zh", "automated-decision") == "contravention"


# --- a PI protection group with its own contact ------------------------------------------------------
def test_a_pi_protection_group_with_a_contact_is_the_officer() -> None:
    group = "我们设立了个人信息安全保护小组，您可以通过发送邮件至privacy@example.cn的方式与其联系。"
    assert verdict(group, "zh", "pi-officer") == "met"
    service = "如有问题，您可以通过发送邮件至service@example.cn的方式联系客服。"
    assert verdict(service, "zh", "pi-officer") != "met"


# --- an instruction to click and then view or correct is a way to exercise the right ----------------
def test_an_instruction_to_open_settings_and_correct_is_a_way() -> None:
    steps = ("六、您如何管理您的信息\n登录本应用，进入“我的”页面，点击账户设置后查询、更正个人资料。\n"
             "您可以在设置中删除您的个人信息、撤回授权同意或注销账户。")
    assert verdict(steps, "zh", "rights-exercise") == "met"
    ours = ("六、您如何管理您的信息\n我们会定期查询、更正内部系统中的个人资料。\n"
            "您可以在设置中删除您的个人信息、撤回授权同意或注销账户。")
    assert verdict(ours, "zh", "rights-exercise") == "omission"


# --- breaches published as a sanction ------------------------------------------------------------------
def test_publishing_a_users_breach_is_public_disclosure_without_consent() -> None:
    published = ("我们仅会在获得您明确同意后公开披露您的个人信息。"
                 "例如，若您因逾期还款而严重违反平台规则，我们可能会公开披露您的违规情况。")
    assert verdict(published, "zh", "public-disclosure") == "contravention"
    carved = "除对违规账号进行处罚公告时，我们会披露相关账号的必要信息外，我们不会公开披露您的信息。"
    assert verdict(carved, "zh", "public-disclosure") == "contravention"
    asked = "若您严重违反平台规则，我们会在征得您的单独同意后公开披露您的违规情况。"
    assert verdict(asked, "zh", "public-disclosure") != "contravention"


# --- other uses the law allows, in a list of uses ------------------------------------------------------
def test_other_uses_the_law_allows_in_a_use_list_are_open() -> None:
    listed = ("（二）如何使用信息\n1．在向您提供金融服务时使用。\n2．您授权同意的以及于法律允许的其它用途。")
    assert verdict(listed, "zh", "processing-scope") == "contravention"
    closed = ("（二）如何使用信息\n1．在向您提供金融服务时使用。\n2．用于其他用途前，我们会再次征得您的同意。")
    assert verdict(closed, "zh", "processing-scope") != "contravention"


def test_asking_consent_before_collecting_other_information_closes_the_scope() -> None:
    promise = "我们收集您的手机号码用于登录。如在上述情形以外还需收集或使用其他信息，我们会事先征得您的同意。"
    assert verdict(promise, "zh", "processing-scope") == "met"
    english = ("We collect your e-mail address to create your account. If we need to collect other information, "
               "we will ask for your consent first.")
    assert verdict(english, "en", "processing-scope") != "contravention"
    # collecting other information with no promise leaves it open
    open_ = "我们收集您的手机号码用于登录，并可能收集您的其他相关信息。"
    assert verdict(open_, "zh", "processing-scope") == "contravention"


# --- the standard's definitions are no statement of what is collected -----------------------------------
def test_the_definition_of_sensitive_pi_collects_nothing() -> None:
    defined = ("个人信息包括姓名、身份证件号码、银行账号等。其中的信息为个人敏感信息，主要包括：身份证件号码、个人生物识别信息、银行账号。"
               "我们会收集您的手机号码用于登录。")
    assert verdict(defined, "zh", "sensitive-pi-consent") == "not-applicable"
    collected = "我们会收集您的身份证件号码用于实名认证。"
    assert verdict(collected, "zh", "sensitive-pi-consent") == "contravention"


# --- the change clause: the sentence that deems the update accepted -----------------------------------
def test_the_deemed_acceptance_in_the_change_section_is_quoted_first() -> None:
    text = ("我们收集您的手机号码。\n七、本政策如何更新\n我们可能适时修订本政策，修订后的内容公布后即生效。"
            "您应不时关注相关公告。您知悉并确认上述安排。如您继续使用服务，即视为同意接受更新内容。")
    judged = verdicts(text, "zh")["policy-changes"]
    assert judged.verdict == "contravention" and judged.quotes[0].text.startswith("如您继续使用服务")


# --- clicking a confirm button is an act of consent ------------------------------------------------------
def test_clicking_confirm_is_an_act_not_consent_by_use() -> None:
    clicked = "我们收集您的手机号码。您在点击“确认”按钮后，本政策即构成有约束力的法律文件，即表示您同意我们按照本政策收集您的信息。"
    assert verdict(clicked, "zh", "consent-by-use") == "met"
    used = "我们收集您的手机号码。您使用本应用，即表示您同意我们按照本政策收集您的信息。"
    assert verdict(used, "zh", "consent-by-use") == "contravention"


# --- affiliates called 附属公司; a group authorised in the policy ---------------------------------------
def test_subsidiaries_are_affiliates() -> None:
    shared = "我们收集您的手机号码。您的个人信息可能会与本公司的附属公司共享。"
    assert verdict(shared, "zh", "sharing-separate-consent") == "contravention"
    denied = "我们收集您的手机号码。未经您的单独同意，我们不会与本公司的附属公司共享您的个人信息。"
    assert verdict(denied, "zh", "sharing-separate-consent") != "contravention"


# --- stopping targeted push is the opt-out -----------------------------------------------------------
def test_ending_targeted_push_in_settings_is_the_opt_out() -> None:
    offered = ("我们会基于您的浏览记录进行用户画像，向您推送定向推送内容。"
               "终止定向推送授权可通过访问我的—消息设置完成。")
    assert verdict(offered, "zh", "automated-decision") == "met"
    none = "我们会基于您的浏览记录进行用户画像，向您推送定向推送内容。"
    assert verdict(none, "zh", "automated-decision") == "contravention"


# --- the cases of a disclaimer list ----------------------------------------------------------------------
def test_cases_of_a_disclaimer_list_disclaim_breaches_and_notify_no_one() -> None:
    listed = ("我们采用加密技术保护您的信息。\n七、免责条款\n下列情况本应用无须承担任何责任：\n"
              "1、由于您个人告知他人而导致的个人信息泄露；\n2、任何由于黑客攻击、计算机病毒侵入造成的个人资料泄露、被盗或被篡改。")
    judged = verdicts(listed, "zh")
    assert judged["security-measures"].verdict == "contravention"
    assert judged["incident-notification"].verdict == "omission"
    # a list of the user's duties is no disclaimer
    duties = ("我们采用加密技术保护您的信息。\n七、账号安全\n为保护账号安全，请您注意以下事项：\n"
              "1、不要将密码告知他人；\n2、及时安装杀毒软件，防范黑客攻击、计算机病毒侵入。")
    assert verdicts(duties, "zh")["security-measures"].verdict == "met"


# --- an enumeration of rights whose markers close the line before ----------------------------------------
def test_rights_enumerated_with_markers_at_line_ends() -> None:
    listed = ("五、您的权利\n您有权要求：(i) 访问您的个人信息；(ii) 如有误，更正您的个人信息；(iii)\n"
              "在适用法律规定的情况下，删除您的个人信息；或 (iv)\n在适用法律规定的情况下，关闭您的账户。"
              "如果我们已获得您的同意，您有权随时撤回该同意。如需行使上述权利，请发送邮件至 privacy@example.cn。")
    assert verdict(listed, "zh", "rights-exercise") == "met"
    # the same items in a list of what we do ourselves are no rights of the person
    ours = ("五、数据管理\n我们会：(i) 访问您的个人信息；(ii) 更正您的个人信息；(iii)\n"
            "在适用法律规定的情况下，删除您的个人信息；或 (iv)\n在适用法律规定的情况下，关闭您的账户。")
    assert verdict(ours, "zh", "rights-exercise") == "omission"


# --- the date of a version is no change clause --------------------------------------------------------
def test_a_version_date_is_no_change_clause() -> None:
    dated = "我们的隐私政策已于2020年9月30日更新。我们会收集您的手机号码用于登录。"
    assert verdict(dated, "zh", "policy-changes") == "review"
    clause = "我们可能不时更新本隐私政策，更新后的政策一经发布即生效。我们会收集您的手机号码用于登录。"
    assert verdict(clause, "zh", "policy-changes") == "contravention"


# --- a topic left to another document ---------------------------------------------------------------------
def test_a_topic_left_to_the_group_policy_states_nothing() -> None:
    deferred = ("我们会收集您的手机号码用于登录。"
                "特别是关于“未成年人信息保护、跨境传输”等部分的约定，建议您详细阅读《集团隐私政策》。")
    judged = verdicts(deferred, "zh")
    assert judged["cross-border-mechanism"].verdict == "not-applicable"
    assert judged["minors"].verdict == "review" and not judged["minors"].quotes  # as if children were never named
    mentioned = "我们会收集您的手机号码用于登录。未成年人的信息保护，我们将另行说明。"
    assert verdicts(mentioned, "zh")["minors"].verdict == "omission"
    stated = "我们会收集您的手机号码用于登录，并将您的信息传输至境外的服务器存储，详见《跨境传输说明》。"
    assert verdicts(stated, "zh")["cross-border-mechanism"].verdict == "contravention"


# --- a disclaimer two sentences after the incident it takes up ------------------------------------------
def test_an_exemption_for_the_above_takes_up_an_incident_two_sentences_back() -> None:
    back = ("我们采用加密技术保护您的信息。本服务可能受到病毒、木马或黑客攻击的侵扰，威胁您的信息安全。"
            "因此，请您注意密码保护。出现上述情况时，由此给您造成的损失我们在法律允许的范围内免责。")
    assert verdict(back, "zh", "security-measures") == "contravention"
    # a disclaimer for interruptions of the service is not one for data breaches
    interrupted = ("我们采用加密技术保护您的信息。\n在法律允许的范围内，我们对以下情形导致的服务中断或受阻不承担责任：\n"
                   "（1）受到计算机病毒、黑客攻击的破坏；\n（2）用户操作不当。")
    assert verdict(interrupted, "zh", "security-measures") == "met"


# --- credit data passed to partners on an authorisation written into the terms ------------------------
def test_provision_on_an_authorisation_written_into_the_terms_gets_no_consent_of_its_own() -> None:
    terms = ("我们会收集您的手机号码。用户同意并明示授权技术开发方查询用户的个人信用信息，"
             "并输出给合作伙伴对用户的个人信用进行评估。")
    assert verdict(terms, "zh", "sharing-separate-consent") == "contravention"
    # consent as the condition of the provision is the opposite
    asked = "我们会收集您的手机号码。在用户单独同意的情况下，我们才会将用户的个人信用信息提供给合作伙伴进行信用评估。"
    assert verdict(asked, "zh", "sharing-separate-consent") != "contravention"


# --- "share with third parties as needed for the following" and defending claims ----------------------
def test_sharing_to_defend_claims_or_enforce_terms_is_outside_the_list() -> None:
    listed = ("我们会收集您的手机号码。\n共享您的个人信息\n在以下各项的必要范围内，与其他第三方共享：(i) 遵守法院命令；\n"
              "(ii) 防止违反我们的使用条款；\n(iii) 针对第三方索赔为我方抗辩。")
    assert verdict(listed, "zh", "gbt-sharing-exceptions") == "contravention"
    court = ("我们会收集您的手机号码。\n共享您的个人信息\n在以下各项的必要范围内，与其他第三方共享：(i) 遵守法院命令；\n"
             "(ii) 与犯罪侦查直接相关的。")
    assert verdict(court, "zh", "gbt-sharing-exceptions") != "contravention"


# --- "个人敏感信息 指…" is a definition --------------------------------------------------------------
def test_a_sensitive_pi_definition_with_a_bare_zhi_collects_nothing() -> None:
    defined = "我们收集您的手机号码。**个人敏感信息** 指一旦泄露可能危害人身和财产安全的信息，如身份证件号码、银行账号。"
    assert verdict(defined, "zh", "sensitive-pi-consent") == "not-applicable"
    collected = "我们收集您的手机号码。我们会收集您的身份证件号码用于实名认证。"
    assert verdict(collected, "zh", "sensitive-pi-consent") == "contravention"


# --- leaks the person causes, and closures of the site, are no breaches the handler disclaims ------------
def test_disclaiming_leaks_the_user_causes_is_no_breach_disclaimer() -> None:
    own = ("我们采用加密技术保护您的信息。由于您将用户账号、密码告知他人或其他因您个人保管不善，由此导致的个人资料泄露、被盗用，"
           "本平台不承担责任。")
    assert verdict(own, "zh", "security-measures") == "met"
    hacked = "我们采用加密技术保护您的信息。由于黑客攻击导致的个人资料泄露、被盗用，本平台不承担责任。"
    assert verdict(hacked, "zh", "security-measures") == "contravention"


def test_a_disclaimer_list_item_on_site_closure_names_no_breach() -> None:
    closed = ("我们采用加密技术保护您的信息。\n下列情况本应用无须承担任何责任：\n"
              "1、任何由于黑客攻击、电脑病毒侵入或政府管制而造成的暂时性网站关闭；\n2、用户操作不当。")
    assert verdict(closed, "zh", "security-measures") == "met"
    leaked = ("我们采用加密技术保护您的信息。\n下列情况本应用无须承担任何责任：\n"
              "1、任何由于黑客攻击、电脑病毒侵入或政府管制而造成的暂时性关闭等不可抗力而造成的个人资料泄露、被盗；\n2、用户操作不当。")
    assert verdict(leaked, "zh", "security-measures") == "contravention"


# --- a bracketed template date further down the opening dates the version -------------------------------
def test_a_bracketed_update_date_below_a_notice_is_the_policys_date() -> None:
    from policykg.compliance.check import heading_date
    text = "尊敬的用户：我们对隐私政策进行了更新。\n\n# 隐私政策\n\n本政策适用于某某产品。\n运营者：某某科技有限公司\n" \
           "\n\n最近更新日期：【2019】年【11】月【8】日。\n正文。"
    assert heading_date(text) == "2019-11-08"
    # a date far down that no label calls the version's is no date of the policy
    other = "标题\n\n\n\n\n\n\n\n活动时间 2019年11月8日至12月8日\n正文。"
    assert heading_date(other) is None


# --- an update notice is no change clause; refusing does not affect continued use -------------------
def test_a_notice_that_the_policy_was_updated_is_no_change_clause() -> None:
    notice = "尊敬的用户：我们对《隐私政策》进行了更新。此版本的更新内容主要明确了权限说明。我们收集您的手机号码用于登录。"
    assert verdict(notice, "zh", "policy-changes") == "review"
    clause = "我们可能对本隐私政策进行更新，更新后继续使用即视为同意。我们收集您的手机号码用于登录。"
    assert verdict(clause, "zh", "policy-changes") == "contravention"


def test_refusal_that_does_not_affect_continued_use_deems_no_consent() -> None:
    free = ("当您首次登录本软件时，我们会弹窗提示您阅读本政策，并征得您的同意。"
            "若您拒绝，不会影响您继续使用本软件，但部分功能将无法使用，如您同意可随时开启。")
    assert verdict(free, "zh", "consent-by-use") == "met"
    deemed = "我们收集您的手机号码。若您继续使用本软件，即表示您同意本政策。"
    assert verdict(deemed, "zh", "consent-by-use") == "contravention"


# --- refusing named data a function needs is no bundling ------------------------------------------------
def test_refusing_the_data_a_function_needs_is_no_bundling() -> None:
    needed = "订购记录为购买功能必须的信息，如您不同意我们记录前述信息，我们将无法为您提供书籍购买服务。"
    assert verdict(needed, "zh", "bundled-consent") != "contravention"
    whole = "我们收集您的手机号码。如您不同意本政策，我们将无法为您提供服务，请您停止使用。"
    assert verdict(whole, "zh", "bundled-consent") == "contravention"
    objection = "我们收集您的手机号码。如果您对本协议的任何条款表示异议，您可以选择不进入游戏或使用游戏服务。"
    assert verdict(objection, "zh", "bundled-consent") == "contravention"


# --- an example of a service after a comma leaves no data open --------------------------------------
def test_an_example_of_a_service_after_a_comma_leaves_no_data_open() -> None:
    service = "我们会基于您的阅读记录进行画像，以便为您提供定制化服务，例如向您推荐搜索结果。"
    assert verdict(service, "zh", "processing-scope") == "met"
    data = "我们会收集您的设备信息，例如设备型号，用于保障账号安全。"
    assert verdict(data, "zh", "processing-scope") == "contravention"


# --- "in the following ways:" followed by numbered steps is a way ------------------------------------
def test_numbered_steps_after_in_the_following_ways_are_the_way() -> None:
    steps = ("五、您的权利\n您可以在“我的”页面查询、更正和删除您的个人信息，或撤回您的授权同意。\n"
             "您随时可注销此前注册的账户，您可以通过以下方式自行操作：\n1、进入应用后，点击“我的”\n2、点击“注销账户”\n")
    assert verdict(steps, "zh", "rights-exercise") == "met"
    blank = ("五、您的权利\n您可以在“我的”页面查询、更正和删除您的个人信息，或撤回您的授权同意。\n"
             "您随时可注销此前注册的账户，您可以通过以下方式自行操作：\n在注销账户之后，我们将停止为您提供服务。\n")
    assert verdict(blank, "zh", "rights-exercise") == "omission"


# --- a list of exceptions to "we do not make public or provide", opened on a title-like line -----------
def test_making_public_on_other_terms_of_the_agreement_is_disclosure_without_consent() -> None:
    listed = ("我们收集您的手机号码。\n7.4 我们保证不对外公开或向任何第三方提供您的个人信息，但是存在下列情形之一的除外：\n"
              "（1） 公开或提供相关信息之前获得您许可的；\n（2） 根据本协议其他条款约定而公开或提供的。")
    assert verdict(listed, "zh", "public-disclosure") == "contravention"
    plain = ("我们收集您的手机号码。\n7.4 我们保证不对外公开或向任何第三方提供您的个人信息，但是存在下列情形之一的除外：\n"
             "（1） 公开或提供相关信息之前获得您单独同意的；\n（2） 与犯罪侦查直接相关的。")
    assert verdict(plain, "zh", "public-disclosure") != "contravention"


# --- provision to affiliates by 提交给; the handler's own lawsuit against 乙方 ----------------------------
def test_submitting_to_affiliates_is_provision_and_suing_the_user_is_not() -> None:
    given = "我们收集您的手机号码。您充分理解并同意：我们可以将您的用户信息提交给关联公司。"
    assert verdict(given, "zh", "sharing-separate-consent") == "contravention"
    sued = ("我们收集您的手机号码。\n未经乙方许可甲方不得向任何第三方提供乙方的个人身份信息，但下列情况除外：\n"
            "1 甲方为了维护自己合法权益而向乙方提起诉讼或者仲裁时。")
    assert verdict(sued, "zh", "sharing-separate-consent") != "contravention"


# --- consent to children's data deemed from posting ------------------------------------------------------
def test_consent_to_display_minors_data_deemed_from_posting() -> None:
    deemed = ("我们收集您的手机号码。\n九、未成年人使用条款\n若用户是未满18周岁的未成年人，应在监护人同意后使用本软件。\n"
              "用户发布包含未成年人素材的内容，一经发布，即视为用户同意本软件展示未成年人的信息、肖像、声音等。")
    assert verdict(deemed, "zh", "minors") == "contravention"
    asked = ("我们收集您的手机号码。\n九、未成年人使用条款\n若用户是未满18周岁的未成年人，应在监护人同意后使用本软件。\n"
             "发布包含未成年人素材的内容前，我们会征得其监护人的单独同意。")
    assert verdict(asked, "zh", "minors") != "contravention"


# --- new consent to a change asked further down the change section ---------------------------------------
def test_confirming_the_changed_text_further_down_the_section_is_new_consent() -> None:
    text = ("我们收集您的手机号码。\n八、通知和修订\n1.我们可能修改隐私协议，并在隐私政策页面发布变更后的隐私政策。\n"
            "2.对于重大变更，我们会提供更为显著的通知。本政策所指的重大变更包括处理个人信息的目的发生变化。\n"
            "3.如您确认接受变更后的内容，则可正常使用本软件的相关服务；如您不同意变更后的内容，请您不要点击确认或继续使用本软件。")
    assert verdict(text, "zh", "policy-changes") == "met"
    bound = ("我们收集您的手机号码。\n八、通知和修订\n1.我们可能修改隐私协议，并在隐私政策页面发布变更后的隐私政策。\n"
             "2.如您继续使用本软件，即视为您接受变更后的内容。")
    assert verdict(bound, "zh", "policy-changes") == "contravention"


# --- "注销您在X的账号" ------------------------------------------------------------------------------------
def test_cancelling_your_account_at_the_app_is_cancellation() -> None:
    assert stating("您可以选择注销您在简单应用的账号。", "zh", "right_cancel")
    assert not stating("您可以选择在简单应用中查看您的账号。", "zh", "right_cancel")


def test_consent_deemed_from_the_guardian_providing_the_childs_data_is_the_guardians() -> None:
    guardian = ("我们收集您的手机号码。\n六、儿童个人信息\n您理解并同意，您向我们提供您所监护的儿童个人信息时，"
                "即视为您同意我们按照本隐私政策保护您所监护的儿童的个人信息。")
    assert verdict(guardian, "zh", "minors") != "contravention"
