"""lawzh10: rules from fresh Chinese policies (issue 15), each with a near-miss that must not match.

Texts are written for these tests; none is copied from a corpus."""
from __future__ import annotations

from compliance_judging import facts, quoted, stating, verdict

# --- a bare "但以下特定情形除外：" carries on the promise before it -------------------------------------------------
PROMISE_SPLIT = ("未经用户同意，本应用不会向任何第三方公开、透露用户的个人信息。但以下特定情形除外：\n"
                 "(1) 根据法律法规规定或有权机关的指示披露的；\n"
                 "(2) 为了向您提供更多服务，而向我们的关联方进行的披露；\n"
                 "(3) 由于黑客攻击、电脑病毒侵入导致您的个人信息的泄露。")
PROMISE_JOINED = PROMISE_SPLIT.replace("信息。但以下", "信息，但以下")
PROMISE_LAW_ONLY = ("未经用户同意，本应用不会向任何第三方公开、透露用户的个人信息。但以下特定情形除外：\n"
                    "(1) 根据法律法规规定或有权机关的指示披露的；\n"
                    "(2) 经您本人同意披露的。")


def test_bare_exception_intro_lists_cases_of_the_promise_before_it() -> None:
    f = facts(PROMISE_SPLIT, "zh")
    [(intro, items, kind)] = f.exception_lists
    assert intro.text.startswith("但以下特定情形除外") and kind == "sharing" and len(items) == 3


def test_affiliates_listed_as_a_case_of_the_promise_are_provision_without_consent() -> None:
    for text in (PROMISE_SPLIT, PROMISE_JOINED):
        assert verdict(text, "zh", "sharing-separate-consent") == "contravention"
        assert any("关联方" in q for q in quoted(text, "zh", "sharing-separate-consent"))


def test_near_miss_promise_whose_cases_are_law_and_consent_provides_nothing() -> None:
    assert verdict(PROMISE_LAW_ONLY, "zh", "sharing-separate-consent") != "contravention"
    assert verdict(PROMISE_LAW_ONLY, "zh", "security-measures") != "contravention"


def test_near_miss_exception_intro_after_a_statement_that_is_no_promise() -> None:
    text = ("我们会收集您的手机号码用于注册。但以下特定情形除外：\n(1) 您以游客身份浏览的；\n(2) 您使用第三方账号登录的。")
    assert all(kind != "sharing" for _, _, kind in facts(text, "zh").exception_lists)


def test_leak_by_hacking_listed_among_the_exceptions_disclaims_breaches() -> None:
    assert verdict(PROMISE_SPLIT, "zh", "security-measures") == "contravention"
    assert any("黑客攻击" in q for q in quoted(PROMISE_SPLIT, "zh", "security-measures"))


def test_near_miss_leak_the_user_causes_listed_among_the_exceptions() -> None:
    text = PROMISE_LAW_ONLY + "\n(3) 由于您将密码告知他人导致您的个人信息的泄露。"
    assert verdict(text, "zh", "security-measures") != "contravention"


# --- 公开 as the verb of making the person's data public -------------------------------------------------------
def test_publishing_location_on_registration_is_public_disclosure_by_deemed_consent() -> None:
    text = "本应用是基于地理位置的社交产品。您注册服务即表明您授权我们公开及使用您的地理位置信息。"
    assert verdict(text, "zh", "public-disclosure") == "contravention"


def test_promise_not_to_make_public_with_an_open_case_is_public_disclosure_without_consent() -> None:
    text = ("本应用不会公开或向任何第三方透露用户的注册资料，但以下情形除外：\n（1）事先获得用户的明确授权；\n"
            "（2）根据法律规定提供的；\n（3）本应用认为必要的其他情形。")
    assert verdict(text, "zh", "public-disclosure") == "contravention"


def test_near_miss_public_sources_and_the_users_own_posts_are_no_disclosure_by_us() -> None:
    assert verdict("我们可能从公开渠道收集您已经公开的信息。", "zh", "public-disclosure") == "not-applicable"
    assert verdict("您在论坛发布的内容将被其他用户看到，请谨慎公开您的信息。", "zh", "public-disclosure") != "contravention"


def test_near_miss_promise_not_to_make_public_with_only_consent_and_law() -> None:
    text = ("本应用不会公开或向任何第三方透露用户的注册资料，但以下情形除外：\n（1）事先获得用户的明确授权；\n"
            "（2）根据法律规定提供的。")
    assert verdict(text, "zh", "public-disclosure") != "contravention"


# --- data the user gave us, then shared by us ------------------------------------------------------------------
def test_information_you_provide_to_us_shared_with_affiliates_is_our_provision() -> None:
    text = "您向我们所提供的信息将由我们和我们的关联公司及被许可方共享。"
    assert verdict(text, "zh", "sharing-separate-consent") == "contravention"


def test_near_miss_information_you_disclose_to_other_users_yourself() -> None:
    text = "您主动向其他用户透露的信息，将由对方自行处理。"
    assert verdict(text, "zh", "sharing-separate-consent") != "contravention"


# --- adults only, use refused unless the whole agreement is accepted -------------------------------------------
def test_only_if_at_least_18_is_a_service_closed_to_minors() -> None:
    assert verdict("您只有至少达到18周岁，才能使用服务。我们收集您的手机号码。", "zh", "minors") == "not-applicable"
    assert verdict("You may use the Service only if you are at least 18. We collect your e-mail address.", "en", "minors") == "not-applicable"


def test_near_miss_18_named_for_payments_only() -> None:
    assert verdict("我们收集您的手机号码。如您需要充值，建议您在年满18周岁后进行。", "zh", "minors") != "not-applicable"


def test_unless_you_have_read_or_accepted_the_agreement_you_may_not_use_is_bundling() -> None:
    text = "除非您已阅读或接受本协议各项条款，否则您无权下载，安装或使用本应用提供的相关产品和服务。"
    assert verdict(text, "zh", "bundled-consent") == "contravention"
    en = "Unless you accept this policy, you may not use the app. We collect your phone number."
    assert verdict(en, "en", "bundled-consent") == "contravention"


def test_near_miss_unless_you_agree_to_a_function_it_stays_off() -> None:
    text = "除非您同意开启位置权限，否则我们不会获取您的位置信息。我们收集您的手机号码。"
    assert verdict(text, "zh", "bundled-consent") != "contravention"


# --- batch 2 ---------------------------------------------------------------------------------------------
def test_promise_of_the_lawful_user_with_cases_for_the_company_is_processing_without_consent() -> None:
    text = ("本应用不会在未经合法用户授权时，公开、编辑或透露用户隐私信息，除非有下列情况：\n(1) 有关法律规定的；\n"
            "(2) 为维护本应用自身的合法权利；\n(3) 其他需要公开、编辑或透露个人信息的情况。")
    assert verdict(text, "zh", "legal-basis") == "contravention"
    assert verdict(text, "zh", "public-disclosure") == "contravention"


def test_near_miss_unauthorised_access_is_no_processing_without_consent() -> None:
    text = "我们采取加密措施，防止用户信息遭到未经授权的访问、公开披露或篡改。"
    assert verdict(text, "zh", "legal-basis") != "contravention"
    assert verdict(text, "zh", "public-disclosure") == "not-applicable"


def test_penalty_notice_as_a_case_of_a_public_disclosure_list() -> None:
    text = ("我们仅会在以下情况下，公开披露您的个人信息：\n1）获得您明确同意后；\n"
            "2）在法律、法律程序或政府主管部门强制性要求的情况下；\n3）因需要对违规账号、欺诈行为等进行处罚公告的。")
    assert verdict(text, "zh", "public-disclosure") == "contravention"
    assert any("处罚公告" in q for q in quoted(text, "zh", "public-disclosure"))


def test_near_miss_public_disclosure_list_of_consent_and_law_only() -> None:
    text = ("我们仅会在以下情况下，公开披露您的个人信息：\n1）获得您明确同意后；\n"
            "2）在法律、法律程序或政府主管部门强制性要求的情况下。")
    assert verdict(text, "zh", "public-disclosure") == "met"


def test_use_binds_the_current_policy_and_changes_wait_for_consent() -> None:
    text = ("一旦您使用或继续使用本应用，即表示您同意我们按照本隐私政策处理您的信息。我们可能会不时修订本隐私政策。"
            "只有在您确认并同意变更后的隐私政策，我们才会依据变更后的隐私政策收集、使用您的个人信息。")
    assert verdict(text, "zh", "policy-changes") == "met"


def test_near_miss_continued_use_after_the_change_still_binds() -> None:
    text = ("我们可能会不时修订本隐私政策。若您在政策更新后继续使用本应用，即表示您同意受修订后的政策约束。"
            "只有在您确认并同意变更后的隐私政策，我们才会依据变更后的隐私政策收集您的个人信息。")
    assert verdict(text, "zh", "policy-changes") == "contravention"


def test_refusing_the_changed_policy_loses_the_service_is_bundling() -> None:
    text = ("您有权拒绝同意变更后的隐私政策，但一旦您拒绝同意变更后的隐私政策，可能导致您不能或不能继续完整使用本应用的相关服务。")
    assert verdict(text, "zh", "bundled-consent") == "contravention"


def test_near_miss_refusing_a_permission_loses_only_its_function() -> None:
    text = "我们收集您的位置信息。如您拒绝授权位置权限，将无法使用附近的人功能，但不影响其他功能。"
    assert verdict(text, "zh", "bundled-consent") != "contravention"


def test_user_bears_the_risk_of_insecure_data_is_a_breach_disclaimer() -> None:
    text = "我们会尽力保护用户信息，但我们不能确信或保证任何个人信息的安全性，用户须自己承担风险。"
    assert verdict(text, "zh", "security-measures") == "contravention"


def test_near_miss_no_absolute_security_without_shifting_the_risk() -> None:
    text = "我们使用加密技术（例如SSL）保护您的个人信息。但由于技术的限制，我们无法保证信息百分之百的安全。"
    assert verdict(text, "zh", "security-measures") == "met"


def test_relevant_ads_and_personalised_content_are_profiling() -> None:
    for text in ("我们收集您的使用习惯，为用户提供个人化网上服务，同时可以发送具有相关性的内容和广告。",
                 "我们会收集您的搜索记录，目的是为了向您提供更加精准和个性化的服务和内容。"):
        assert verdict(text, "zh", "automated-decision") == "contravention"


def test_near_miss_ad_personalisation_with_a_way_to_stop_it() -> None:
    text = ("我们可能使用您的信息，向您提供个性化广告。如您不希望我们将您的个人信息用作前述广告用途，"
            "您可以通过我们在广告中提供的相关指示，要求我们停止为上述用途使用您的个人信息。")
    assert verdict(text, "zh", "automated-decision") == "met"


def test_pseudonymised_data_defined_as_non_personal_is_a_claim_outside_the_law() -> None:
    text = ("非个人身份信息：任何与您有关但实际上不可直接或间接辨认您身份的信息，包括以汇集、匿名或化名方式提供的个人信息。"
            "我们可能将收集的非个人身份信息汇总提供给广告商。")
    assert verdict(text, "zh", "de-identified-data") == "contravention"


def test_near_miss_anonymised_statistics_only() -> None:
    text = "我们可能将经过匿名化处理、无法复原的统计数据提供给合作伙伴。"
    assert verdict(text, "zh", "de-identified-data") != "contravention"


def test_guardian_registers_in_own_name_for_the_child() -> None:
    text = ("本应用面向所有用户。若父母(监护人)希望未成年人使用本服务，必须以父母(监护人)名义申请注册。我们收集您的手机号码。")
    assert verdict(text, "zh", "minors") == "met"


def test_near_miss_child_only_told_to_read_with_a_guardian() -> None:
    text = "本应用面向所有用户。未成年人应在法定监护人陪同下阅读本协议。我们收集您的手机号码。"
    assert verdict(text, "zh", "minors") != "met"


def test_case_inline_after_the_promise_colon_is_a_provision_and_a_transfer() -> None:
    text = ("除以下情形外，未经您同意，我们不会与任何第三方分享您的个人信息： 我们可能将您的个人信息与我们的关联公司、"
            "合作伙伴及第三方服务供应商分享（他们可能并非位于您所在法域），用作下列用途：向您提供我们的服务。")
    assert verdict(text, "zh", "sharing-separate-consent") == "contravention"
    assert any("关联公司、合作伙伴" in q for q in quoted(text, "zh", "sharing-separate-consent"))
    assert verdict(text, "zh", "cross-border-consent") == "contravention"


def test_near_miss_promise_whose_colon_opens_only_consent_and_law() -> None:
    text = "除以下情形外，未经您同意，我们不会与任何第三方分享您的个人信息： 获得您的明确同意；法律法规要求的。"
    assert verdict(text, "zh", "sharing-separate-consent") != "contravention"
    assert verdict(text, "zh", "cross-border-consent") == "not-applicable"


# --- batch 3 ---------------------------------------------------------------------------------------------
RIGHTS_BASE = ("您可以通过“我的-个人信息”访问并更正您的个人信息。\n"
               "当您发现我们违反法律规定收集您个人信息的，有权要求我们删除您的个人信息，申请删除的途径为联系APP的在线客服功能。\n"
               "您可以通过联系APP的在线客服等途径取消授权或变更授权范围。\n")


def test_rights_by_online_service_with_a_line_cut_before_a_particle() -> None:
    text = RIGHTS_BASE + "您可以通过联系本应用APP\n的在线客服申请注销此前注册的账户。"
    assert verdict(text, "zh", "rights-exercise") == "met"


def test_near_miss_rights_without_cancellation() -> None:
    text = RIGHTS_BASE + "在您注销账户之后，我们将删除您的个人信息。"
    assert verdict(text, "zh", "rights-exercise") == "omission"


def test_core_functions_that_include_promotion_bundle_marketing() -> None:
    text = ("本应用的核心功能主要包括用户注册登录、在线投保、保单管理、积分商城、保险推广。"
            "如您拒绝提供并授权，则无法使用这些核心功能接受服务。我们收集您的手机号码。")
    assert verdict(text, "zh", "bundled-consent") == "contravention"


def test_near_miss_core_functions_of_the_service_itself() -> None:
    text = ("本应用的核心功能主要包括用户注册登录、在线投保、保单管理。"
            "如您拒绝提供并授权，则无法使用这些核心功能接受服务。我们收集您的手机号码。")
    assert verdict(text, "zh", "bundled-consent") != "contravention"


def test_a_commitment_to_export_security_assessment_moves_no_data_abroad() -> None:
    text = ("我们在境内收集的个人信息将在境内存储。"
            "我们将按照《网络安全法》要求开展网络安全风险评估和数据出境安全评估。")
    assert verdict(text, "zh", "cross-border-consent") == "not-applicable"


def test_near_miss_a_transfer_abroad_named_beside_the_assessment() -> None:
    text = "我们会将您的个人信息传输至境外的关联公司，并开展数据出境安全评估。"
    assert verdict(text, "zh", "cross-border-consent") == "contravention"


def test_hash_titles_without_a_space_end_a_list() -> None:
    text = ("以下情形中，我们可能会共享、转让、公开披露个人信息无需事先征得您的授权同意：\n"
            "  * 与国家安全、国防安全直接相关的；\n  * 与犯罪侦查、起诉、审判和判决执行等直接相关的。\n"
            "###6\\.\n您的权利\n####6.1 访问个人信息\n"
            "  * 访问基本信息： 1) 进入本应用后，点击“个人中心”；\n"
            "  * 我们建议您充分注意对个人信息的保护，我们也会提供多种安全功能。\n")
    f = facts(text, "zh")
    [(intro, items, _)] = f.exception_lists
    assert all("个人中心" not in x.text and "安全功能" not in x.text for x in items)
    assert len(items) == 2


def test_near_miss_list_items_set_in_hashes_stay_items() -> None:
    text = ("用户不得发布以下内容：\n#### (a) 违反宪法确定的基本原则的；\n#### (b) 危害国家安全的；\n")
    f = facts(text, "zh")
    assert not any(s.heading for s in f.policy.sentences if "宪法" in s.text or "国家安全" in s.text)


# --- batch 4 ---------------------------------------------------------------------------------------------
def test_penalty_notice_clause_in_the_public_disclosure_section() -> None:
    text = ("3.个人信息的公开披露\n（1）我们不会公开披露您的信息，除非遵循国家法律法规规定或者获得您的同意。\n"
            "（2）对违规账号、欺诈行为进行处罚公告时，我们会披露相关账号的必要信息。\n")
    assert verdict(text, "zh", "public-disclosure") == "contravention"


def test_near_miss_public_disclosure_section_without_a_penalty_notice() -> None:
    text = ("3.个人信息的公开披露\n（1）我们不会公开披露您的信息，除非遵循国家法律法规规定或者获得您的同意。\n"
            "（2）我们公开披露您的个人信息会采用符合行业内标准的安全保护措施。\n")
    assert verdict(text, "zh", "public-disclosure") != "contravention"


def test_a_new_purpose_without_direct_link_needs_consent_again() -> None:
    text = ("我们会适时对本隐私政策进行修订，并在更新后的条款生效前通过公告提醒您。"
            "在与原处理目的无直接或合理关联的场景下，我们收集、使用您的个人信息，会再次进行告知，并征得您的同意。")
    assert verdict(text, "zh", "policy-changes") == "met"


def test_near_miss_changes_only_announced() -> None:
    text = "我们会适时对本隐私政策进行修订，并在更新后的条款生效前通过公告提醒您。"
    assert verdict(text, "zh", "policy-changes") == "contravention"


def test_childrens_guide_seeks_the_parents_consent() -> None:
    text = ("我们建议未成年人在提交个人信息之前寻求父母或监护人的同意和指导。\n"
            "### 《本应用儿童隐私保护指引》\n本指引适用于不满十四周岁的儿童的个人信息处理。\n"
            "我们会通过页面提示、交互流程等方式向您说明儿童个人信息收集等情况，并征得您的同意。\n")
    assert verdict(text, "zh", "minors") == "met"


def test_near_miss_advice_to_the_child_without_a_guide() -> None:
    text = ("我们建议未成年人在提交个人信息之前寻求父母或监护人的同意和指导。\n"
            "我们会通过页面提示、交互流程等方式向您说明个人信息收集等情况，并征得您的同意。\n")
    assert verdict(text, "zh", "minors") == "contravention"


def test_rights_correct_listed_after_access_and_a_delete_button() -> None:
    text = ("您可以查询、访问、更正您的头像、昵称、介绍信息。\n您可通过选择该内容右上角的删除按钮进行删除。\n"
            "您可以在设备操作系统中关闭相关权限撤回您的授权。\n您可以在“我的-设置-注销账号”申请注销账号。")
    assert verdict(text, "zh", "rights-exercise") == "met"


def test_near_miss_rights_statement_without_ways() -> None:
    text = "本政策帮您了解查询、访问、删除、更正、撤回授权个人信息的方式。"
    assert verdict(text, "zh", "rights-exercise") == "omission"


def test_deemed_confirmation_of_an_authorisation_is_deemed_consent() -> None:
    text = "用户成功注册本产品账号并授权使用摄像头权限，视为确认授权我们使用用户的肖像信息。"
    assert "用户成功注册" in " ".join(stating(text, "zh", "deemed_consent"))
    assert not stating("用户可以在设置中确认授权范围。", "zh", "deemed_consent")


def test_near_miss_making_data_known_to_partners_is_no_public_disclosure() -> None:
    text = "用户与本公司及合作单位之间就用户个人隐私信息的使用公开达成约定，本公司因此向合作单位公开用户个人隐私信息。"
    assert not stating(text, "zh", "public_disclosure")


_GENERAL = "".join(f"{i}. 我们会收集您的设备信息用于第{i}项功能。\n" for i in range(1, 23))


def test_incident_notice_only_in_the_appended_childrens_guide_is_none_for_users() -> None:
    text = (_GENERAL + "### 《本应用儿童隐私保护指引》\n本指引适用于不满十四周岁的儿童。\n"
            "若发生儿童个人信息泄露等安全事件，我们会及时以推送通知或邮件等形式告知您和孩子安全事件的基本情况。\n")
    assert verdict(text, "zh", "incident-notification") == "omission"


def test_near_miss_incident_notice_in_the_general_policy_too() -> None:
    text = (_GENERAL + "若发生个人信息泄露等安全事件，我们会及时以推送通知等形式告知您。\n"
            "### 《本应用儿童隐私保护指引》\n本指引适用于不满十四周岁的儿童。\n"
            "若发生儿童个人信息泄露等安全事件，我们会及时以推送通知或邮件等形式告知您和孩子安全事件的基本情况。\n")
    assert verdict(text, "zh", "incident-notification") == "met"


def test_near_miss_a_childrens_guide_that_is_the_whole_policy() -> None:
    text = ("### 《本应用儿童隐私保护指引》\n本指引适用于不满十四周岁的儿童。\n"
            "若发生儿童个人信息泄露等安全事件，我们会及时以推送通知或邮件等形式告知您和孩子安全事件的基本情况。\n")
    assert verdict(text, "zh", "incident-notification") == "met"
