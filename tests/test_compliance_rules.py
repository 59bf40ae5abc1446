"""Rules found by reading ``check`` on policies it had never seen (issue 15), each as a lawyer states it.

The sentences are written for these tests, in several languages. Each test would fail if the rule were
dropped: the look-alike is judged the wrong way without it.
"""
from __future__ import annotations

from datetime import date


from compliance_judging import verdicts

EDITION_2017 = date(2019, 6, 1)
EDITION_2020 = date(2021, 3, 1)


# --- quotes -------------------------------------------------------------------------------------------
def test_quote_drops_the_list_separator_and_keeps_its_offsets() -> None:
    text = "我们收集以下信息：\n1. 您的手机号码、昵称、头像等；\n2. 您的设备型号。\n"
    v = verdicts(text, "zh")["processing-scope"]
    assert v.verdict == "contravention"
    quote = v.quotes[0]
    assert quote.text.endswith("头像等") and text[quote.start:quote.end] == quote.text


# --- editions ---------------------------------------------------------------------------------------
SHARING_LIST = ("我们不会对外共享您的个人信息，但以下情况除外：\n"
                "1. 获得您的明确同意后；\n"
                "2. 根据法律法规规定，或按政府主管部门的强制性要求对外共享。\n")


def test_legal_obligation_is_outside_the_2017_sharing_list_but_inside_the_2020_one() -> None:
    assert verdicts(SHARING_LIST, "zh", EDITION_2017)["gbt-sharing-exceptions"].verdict == "contravention"
    assert verdicts(SHARING_LIST, "zh", EDITION_2020)["gbt-sharing-exceptions"].verdict != "contravention"


def test_2017_edition_asks_only_for_a_remedy_against_automated_decisions() -> None:
    text = ("We show you personalised recommendations based on your reading history.\n"
            "Where a decision made solely by automated means significantly affects you, you may ask us for an explanation.\n")
    assert verdicts(text, "en", EDITION_2017)["automated-decision"].verdict == "met"
    assert verdicts("We show you personalised recommendations based on your reading history.", "en",
                    EDITION_2017)["automated-decision"].verdict == "review"
    assert verdicts(text, "en")["automated-decision"].verdict == "contravention"  # PIPL 24: no way to decline


# --- minors -------------------------------------------------------------------------------------------
def test_guardian_consent_only_suggested_to_the_child_is_a_contravention() -> None:
    text = "如果您是未满十四周岁的儿童，我们建议您在监护人的陪同下阅读本政策，并在提交信息前征求监护人的同意。"
    assert verdicts(text, "zh")["minors"].verdict == "contravention"


def test_guardian_consent_required_before_use_is_met() -> None:
    text = "Children under 14 must obtain their parent's consent before creating an account."
    assert verdicts(text, "en")["minors"].verdict == "met"


def test_a_remedy_for_data_collected_without_guardian_consent_is_not_guardian_consent() -> None:
    text = ("如果我们发现在未事先获得监护人同意的情况下收集了儿童的个人信息，我们会尽快删除相关数据。\n"
            "本应用向所有用户开放注册账号。\n")
    assert verdicts(text, "zh")["minors"].verdict in ("omission", "contravention")


def test_guardian_consent_deemed_by_use_is_a_contravention() -> None:
    text = "当未成年人开始使用本服务，即视为其监护人已经同意本政策。"
    v = verdicts(text, "zh")["minors"]
    assert v.verdict == "contravention" and v.quotes


# --- retention, security, handler ---------------------------------------------------------------------
def test_retention_at_the_company_discretion_is_a_contravention() -> None:
    v = verdicts("We may retain the information we collect indefinitely, as we see fit.", "en")["retention-period"]
    assert v.verdict == "contravention"
    assert verdicts("用户的违规记录将被永久保存。", "zh")["retention-period"].verdict == "contravention"


def test_force_majeure_alone_is_no_security_disclaimer() -> None:
    text = "因不可抗力导致服务中断的，我们不承担责任。我们使用加密和访问控制保护您的信息。"
    assert verdicts(text, "zh")["security-measures"].verdict == "met"
    assert verdicts("因黑客攻击导致信息泄露的，我们不承担责任。", "zh")["security-measures"].verdict == "contravention"


def test_a_contractor_company_is_not_the_handler() -> None:
    text = "Contractor: Example Hosting Co., Ltd. handles customer service for us. Contact: help@example.com."
    v = verdicts(text, "en")["handler-identity"]
    assert v.verdict == "omission"


# --- consent and sharing ------------------------------------------------------------------------------
def test_switching_a_permission_on_is_an_act_of_consent_not_consent_by_use() -> None:
    text = "您开启定位权限即代表您授权我们收集位置信息，您可随时关闭该权限。"
    assert verdicts(text, "zh")["consent-by-use"].verdict != "contravention"
    assert verdicts("您使用本服务即视为同意本政策。", "zh")["consent-by-use"].verdict == "contravention"


def test_consent_to_sharing_written_into_the_policy_is_no_separate_consent() -> None:
    for text, lang in (("You agree that we may share your personal data with our advertising partners.", "en"),
                       ("Usted acepta que compartamos sus datos con nuestros socios publicitarios.", "es")):
        v = verdicts(text, lang)["sharing-separate-consent"]
        assert v.verdict == "contravention", (lang, v.reason)
        assert v.quotes[0].text == text


def test_information_already_public_is_a_source_not_a_disclosure() -> None:
    text = "我们可能从合法公开披露的信息中收集您的个人信息，如合法的新闻报道。"
    assert verdicts(text, "zh")["public-disclosure"].verdict == "not-applicable"


def test_no_information_claimed_while_ip_addresses_are_collected() -> None:
    text = ("No information about the visitor is collected when browsing this site.\n"
            "Our servers collect IP addresses and browser data for statistics.\n")
    v = verdicts(text, "en")["de-identified-data"]
    assert v.verdict == "contravention" and len(v.quotes) == 2


def test_statistics_shared_are_no_personal_data_for_pipl_13() -> None:
    text = "We may share aggregate usage statistics with our business partners."
    assert verdicts(text, "en")["legal-basis"].verdict != "contravention"


def test_sharing_to_pursue_our_own_legal_claims_needs_consent() -> None:
    text = "We will share your personal information with third parties to pursue legal action against you."
    assert verdicts(text, "en")["sharing-separate-consent"].verdict == "contravention"


# --- round 4 of reading: transfers, public disclosure, handler, opt-outs ------------------------------
def test_other_countries_practice_is_no_transfer_abroad() -> None:
    text = "按照中国的法律法规以及其他国家、地区的通行做法，我们保障您行使以下权利。"
    assert verdicts(text, "zh")["cross-border-mechanism"].verdict == "not-applicable"
    moved = "您的个人信息可能会被传输至其他国家的服务器。"
    assert verdicts(moved, "zh")["cross-border-mechanism"].verdict == "contravention"


def test_public_disclosure_promised_only_with_consent_or_by_law_is_no_contravention() -> None:
    text = "我们不会公开披露您的信息，除非法律法规另有规定或者获得您的同意。"
    assert verdicts(text, "zh")["public-disclosure"].verdict == "review"
    bare = "我们可能会将您的昵称和违规记录公开披露在社区公告中。"
    assert verdicts(bare, "zh")["public-disclosure"].verdict == "contravention"


def test_a_childrens_clause_says_nothing_of_public_disclosure_in_general() -> None:
    text = "对于经监护人同意而收集的儿童信息，我们只会在法律允许或监护人明确同意的情况下公开披露。"
    assert verdicts(text, "zh")["public-disclosure"].verdict == "review"


def test_our_group_companies_is_no_named_handler_but_a_name_line_is() -> None:
    assert verdicts("如有疑问，请联系我们或我们的集团公司：help@example.cn", "zh")["handler-identity"].verdict == "omission"
    text = "示例网络科技有限公司\n如有疑问，请发送邮件至 help@example.cn。\n"
    v = verdicts(text, "zh")["handler-identity"]
    assert v.verdict == "met" and v.quotes[0].text == "示例网络科技有限公司"


def test_a_switch_offered_only_depending_on_the_product_is_no_opt_out() -> None:
    text = ("我们会根据您的兴趣向您个性化推送内容。\n"
            "我们可能会视产品具体情况为您提供相关设置，以便您关闭个性化推送。\n")
    assert verdicts(text, "zh")["automated-decision"].verdict == "contravention"
    firm = "我们会根据您的兴趣向您个性化推送内容。\n您可以在设置中关闭个性化推送。\n"
    assert verdicts(firm, "zh")["automated-decision"].verdict == "met"


def test_what_the_user_hands_a_third_party_is_not_our_provision() -> None:
    text = "对于您在使用第三方服务时主动提供给第三方的信息，我们将视为您允许该第三方获取这些信息。"
    assert verdicts(text, "zh")["sharing-separate-consent"].verdict != "contravention"


def test_disclosure_compelled_by_legal_process_is_not_sharing_on_the_company_ground() -> None:
    text = "在法律程序、诉讼或政府主管部门强制性要求的情况下，我们可能会向有关机关提供您的个人信息。"
    assert verdicts(text, "zh")["sharing-separate-consent"].verdict != "contravention"
    own = "为维护我们的合法权益，我们可能会向第三方提供您的个人信息以提起诉讼。"
    assert verdicts(own, "zh")["sharing-separate-consent"].verdict == "contravention"


# --- round 6 (fresh policies, seed 1515) ---------------------------------------------------------------
def test_reconfirming_the_revised_terms_is_fresh_consent_not_an_announcement() -> None:
    text = ("本政策可能不时更新，更新后的条款须由您重新确认是否接受，您点击接受后新条款方对您生效。\n"
            "如您不接受，部分功能可能无法使用。\n")
    v = verdicts(text, "zh")["policy-changes"]
    assert v.verdict == "met" and "重新确认" in v.quotes[0].text
    en = ("We may revise this policy from time to time. When we do, we will ask you to accept the updated policy "
          "before it applies to you.\n")
    assert verdicts(en, "en")["policy-changes"].verdict == "met"
    announced = "本政策可能不时更新，更新后我们会在网站上公布。\n"
    assert verdicts(announced, "zh")["policy-changes"].verdict == "contravention"


def test_ticking_to_accept_the_revision_and_go_on_using_is_no_consent_by_continued_use() -> None:
    text = ("本政策修订后，我们会通过推送通知您，您可通过勾选方式确认是否愿意接受修订后的政策并继续使用本服务。\n")
    assert verdicts(text, "zh")["policy-changes"].verdict == "met"
    used = "本政策修订后，我们会通过推送通知您，您继续使用本服务即视为接受修订后的政策。\n"
    v = verdicts(used, "zh")["policy-changes"]
    assert v.verdict == "contravention" and "继续使用" in v.quotes[0].text


def test_the_continued_use_sentence_is_quoted_before_the_notice_beside_it() -> None:
    text = ("Changing business needs may require us to change this privacy policy from time to time.\n"
            "If you continue to use the app after we post the changes, you are deemed to accept the revised policy.\n")
    v = verdicts(text, "en")["policy-changes"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("If you continue")


def test_a_way_given_on_the_next_line_without_list_markup_is_a_way() -> None:
    rights = ("您可以访问、更正您的个人信息。您可以要求删除您的个人信息。您可以随时撤回您的授权同意。\n")
    text = rights + "您随时可注销此前注册的账户，您可以通过以下方式操作：\n发送邮件至 help@example.cn，我们会协助您注销。\n"
    assert verdicts(text, "zh")["rights-exercise"].verdict == "met"
    unfilled = rights + "您随时可注销此前注册的账户，您可以通过以下方式操作：\n本政策自发布之日起生效。\n"
    assert verdicts(unfilled, "zh")["rights-exercise"].verdict == "omission"


def test_cancelling_an_online_banking_registration_is_account_cancellation() -> None:
    text = ("您可以访问、更正您的个人信息。您可以要求删除您的个人信息。您可以随时撤回您的授权同意。"
            "您可以通过我行柜面渠道注销您的电子银行。\n")
    assert verdicts(text, "zh")["rights-exercise"].verdict == "met"


def test_an_open_list_of_factors_affecting_the_service_leaves_no_data_open() -> None:
    text = ("我们收集您的手机号码用于注册账号。\n"
            "本服务受包括但不限于用户原因、网络服务质量等因素影响，用户的资料可能受到安全问题的侵扰。\n")
    assert verdicts(text, "zh")["processing-scope"].verdict != "contravention"
    data = "我们收集您的手机号码用于注册账号。\n我们还会收集包括但不限于您的设备信息、位置信息。\n"
    assert verdicts(data, "zh")["processing-scope"].verdict == "contravention"


def test_a_leak_the_user_caused_and_liability_disclaimed_is_no_incident_notice() -> None:
    text = "由于您将账号密码告知或泄露给他人造成的个人资料泄露等损失，由您自行承担，我们不承担任何责任。\n"
    assert verdicts(text, "zh")["incident-notification"].verdict == "omission"
    notice = "发生个人信息安全事件后，我们将以邮件或推送通知的方式告知您事件的基本情况和处置措施。\n"
    assert verdicts(notice, "zh")["incident-notification"].verdict == "met"


def test_a_definition_of_de_identification_is_no_security_measure() -> None:
    text = "匿名化处理：指对个人信息进行技术处理，使个人信息主体无法被识别。\n"
    assert verdicts(text, "zh")["security-measures"].verdict == "omission"
    used = "我们采用加密技术和访问控制保护您的个人信息。\n"
    assert verdicts(used, "zh")["security-measures"].verdict == "met"


def test_a_possessive_before_group_company_is_no_name() -> None:
    text = "为保护示例或示例的集团公司的合法权益所必需的用途。\n客服邮箱：help@example.cn\n"
    assert verdicts(text, "zh")["handler-identity"].verdict == "omission"


def test_public_disclosure_quotes_the_ground_before_the_except_intro() -> None:
    text = ("我们不会公开披露您的个人信息，但以下情况除外：\n"
            "1. 为维护本平台的合法权益，我们可能披露您的账号信息。\n")
    v = verdicts(text, "zh")["public-disclosure"]
    assert v.verdict == "contravention" and "合法权益" in v.quotes[0].text


# --- round 7 (fresh policies, seed 1616) ---------------------------------------------------------------
def test_a_catalogue_under_a_definitions_heading_processes_nothing() -> None:
    catalogue = "个人信息包括个人身份信息（身份证号码）、个人生物识别信息（指纹、面部特征）、银行账号等。\n"
    text = "## 相关词语涵义\n" + catalogue + "## 我们如何收集信息\n我们收集您的手机号码用于登录。\n"
    assert verdicts(text, "zh")["sensitive-pi-consent"].verdict == "not-applicable"
    collected = "## 我们如何收集信息\n我们收集您的身份证号码和指纹用于实名认证。\n"
    assert verdicts(collected, "zh")["sensitive-pi-consent"].verdict == "contravention"


def test_there_is_no_case_of_transfer_abroad_is_a_denial() -> None:
    text = "目前我们暂时不存在跨境存储您的个人信息或向境外提供个人信息的场景。\n"
    assert verdicts(text, "zh")["cross-border-mechanism"].verdict == "not-applicable"
    en = "There are currently no cases in which we transfer your personal information abroad.\n"
    assert verdicts(en, "en")["cross-border-mechanism"].verdict == "not-applicable"
    moved = "我们会将您的个人信息传输至境外的服务器。\n"
    assert verdicts(moved, "zh")["cross-border-mechanism"].verdict != "not-applicable"


def test_anonymous_data_shared_as_we_see_fit_needs_no_pipl13_ground() -> None:
    text = "We may use aggregated or anonymous information and disclose it to third parties as we deem appropriate.\n"
    assert verdicts(text, "en")["legal-basis"].verdict != "contravention"
    own = "We may disclose your personal information to third parties as we deem appropriate.\n"
    assert verdicts(own, "en")["legal-basis"].verdict == "contravention"


def test_a_promise_of_no_other_purpose_without_new_consent_leaves_no_purpose_open() -> None:
    text = ("我们收集您的手机号码用于注册账号。\n"
            "除非再次征得您的同意，我们不会将您的个人信息用于本政策未载明的其他目的。\n")
    assert verdicts(text, "zh")["processing-scope"].verdict == "met"


def test_bringing_our_own_suit_is_no_prosecution() -> None:
    text = ("我们不会向第三方提供您的个人信息，但以下情形除外：\n"
            "1. 为解决举报事件、提起诉讼而需要提供的；\n"
            "2. 与国家安全、国防安全直接相关的。\n")
    assert verdicts(text, "zh")["legal-basis"].verdict == "contravention"
    state = ("我们不会向第三方提供您的个人信息，但以下情形除外：\n"
             "1. 与犯罪侦查、起诉、审判和判决执行等直接相关的；\n"
             "2. 与国家安全、国防安全直接相关的。\n")
    assert verdicts(state, "zh")["legal-basis"].verdict == "met"


def test_correcting_registration_details_is_correction() -> None:
    text = ("您可以访问、更新和更正自己的注册信息。您可以要求删除您的个人信息。您可以随时撤回您的授权同意。"
            "您可以注销您的账号。\n")
    assert verdicts(text, "zh")["rights-exercise"].verdict == "met"


# --- round 8 (fresh policies, seed 1717) ---------------------------------------------------------------
def test_refusal_costing_only_that_function_is_no_bundled_consent() -> None:
    text = "如果您不同意或拒绝授权提供位置信息，将无法使用附近的人功能，但不影响您正常使用产品的其他功能。\n"
    assert verdicts(text, "zh")["bundled-consent"].verdict == "met"
    whole = "如果您不同意本政策，将无法使用我们的产品和服务。\n"
    assert verdicts(whole, "zh")["bundled-consent"].verdict == "contravention"


def test_a_successor_asking_again_after_a_merger_is_no_policy_change_consent() -> None:
    text = ("如涉及合并、收购或破产清算，在发生前述变更时，我们将要求继受方重新征得您的授权同意。\n"
            "我们会适时对本政策进行修订，修订后会在应用内发布。\n")
    v = verdicts(text, "zh")["policy-changes"]
    assert v.verdict == "contravention" and "修订" in v.quotes[0].text
    en = ("In the event of a merger or acquisition, we will require the successor to seek your consent again.\n"
          "We may update this policy from time to time and will post the updated policy in the app.\n")
    assert verdicts(en, "en")["policy-changes"].verdict == "contravention"


def test_a_contractor_doing_research_for_us_is_no_disclosure_on_a_research_ground() -> None:
    text = ("We may disclose information without your consent: (1) where required by law; "
            "(2) where we hire a contractor to perform a service for us, such as market research.\n")
    assert verdicts(text, "en")["legal-basis"].verdict != "contravention"


def test_non_personal_statistics_given_to_advertisers_need_no_pipl13_ground() -> None:
    text = "我们可能将通过cookies收集的非个人身份信息，经统计加工后提供给广告商，用于分析服务的使用情况。\n"
    assert verdicts(text, "zh")["legal-basis"].verdict != "contravention"


def test_agreeing_that_we_obtain_data_from_a_login_provider_is_no_provision() -> None:
    text = "当您选择通过第三方账户登录时，您同意我们从该第三方获取您授权共享的昵称和头像信息。\n"
    assert verdicts(text, "zh", EDITION_2017)["sharing-separate-consent"].verdict != "contravention"
    given = "您同意我们将您的个人信息共享给我们的合作伙伴。\n"
    assert verdicts(given, "zh", EDITION_2017)["sharing-separate-consent"].verdict == "contravention"


def test_use_taken_as_endorsing_the_policy_is_consent_by_use() -> None:
    text = "若您使用本产品和服务，即表示您认同我们在本政策中所述内容。\n"
    assert verdicts(text, "zh")["consent-by-use"].verdict == "contravention"


def test_click_to_accept_or_be_deemed_by_continued_use_still_binds_by_use() -> None:
    text = ("一旦您点击确认接受本政策，或在我们更新本政策后继续使用本软件，即表示您认可并接受本政策（含更新版本）的所有内容。\n")
    assert verdicts(text, "zh")["policy-changes"].verdict == "contravention"


def test_gbt_sharing_quotes_the_case_before_the_except_intro() -> None:
    text = ("除以下情形外，未经您同意，我们以及我们的关联公司不会与任何第三方分享您的个人信息：\n"
            "1. 为维护我们的合法权益所必需的；\n"
            "2. 与国家安全直接相关的。\n")
    v = verdicts(text, "zh")["gbt-sharing-exceptions"]
    assert v.verdict == "contravention" and "合法权益" in v.quotes[0].text


def test_de_identified_or_anonymised_data_shared_stays_personal_for_the_sharing_list() -> None:
    text = ("未经您同意，我们不会与第三方共享您的个人信息，但以下情况除外：\n"
            "1. 为实现程序化广告推送，我们可能会与广告合作伙伴共享去标识化或匿名化处理后的信息；\n"
            "2. 与国家安全直接相关的。\n")
    assert verdicts(text, "zh")["gbt-sharing-exceptions"].verdict == "contravention"
    stats = ("我们可能将通过cookies收集的非个人身份信息，经统计加工后提供给广告商。\n"
             "未经您同意，我们不会与第三方共享您的个人信息，但以下情况除外：\n1. 与国家安全直接相关的。\n")
    assert verdicts(stats, "zh")["gbt-sharing-exceptions"].verdict == "met"


# --- purposes said with "we use" ----------------------------------------------------------------------
def test_we_use_your_data_to_states_a_purpose_in_each_language() -> None:
    """"We use your data to ..." states a purpose as much as "we collect X to ..."; a bare use does not."""
    stated = {
        "es": "Recogemos su nombre y su correo electrónico. Utilizamos sus datos para gestionar sus pedidos.",
        "en": "We collect your name and email address. We use your personal data to deliver your orders.",
        "ru": "Мы собираем ваше имя и адрес электронной почты. Мы используем ваши данные в целях доставки заказов.",
        "zh": "我们收集您的姓名和电子邮箱。我们使用您的个人信息用于配送您的订单。",
        "az": "Biz adınızı və e-poçt ünvanınızı toplayırıq. Məlumatlarınızdan sifarişlərin çatdırılması məqsədilə istifadə edirik.",
    }
    for lang, text in stated.items():
        assert verdicts(text, lang)["processing-scope"].verdict == "met", lang
    bare = "Recogemos su nombre y su correo electrónico. Utilizamos cookies."
    assert verdicts(bare, "es")["processing-scope"].verdict == "omission"


def test_suprimir_is_the_right_to_erasure() -> None:
    text = ("Comercial Ejemplo, S.L. es responsable del tratamiento. Puede acceder, rectificar y suprimir sus datos, "
            "así como retirar su consentimiento y cancelar su cuenta, escribiendo a privacidad@ejemplo.example.")
    assert verdicts(text, "es")["rights-exercise"].verdict == "met"


# --- fresh Chinese app policies (lawzh): each rule beside the look-alike it must not catch ---------------
def test_retention_criterion_with_the_verb_after_the_period() -> None:
    kept = "我们只在实现本政策所述目的所必需的期间和法律规定的时限内保存您的个人信息。"
    assert verdicts(kept, "zh")["retention-period"].verdict == "met"
    assert verdicts("我们会保存您的个人信息。", "zh")["retention-period"].verdict == "omission"
    en = "We keep your personal data only for the period necessary for the purposes above."
    assert verdicts(en, "en")["retention-period"].verdict == "met"


def test_a_guardian_who_refuses_is_no_guardian_consent_obtained() -> None:
    weak = ("若您未满18周岁，建议您请父母阅读本政策。\n"
            "若您的监护人不同意您使用本服务，请您立即停止使用。\n")
    assert verdicts(weak, "zh")["minors"].verdict == "contravention"
    firm = ("若您未满14周岁，应确保已征得您的监护人同意后方可使用本服务。\n"
            "若您的监护人不同意您使用本服务，请您立即停止使用。\n")
    assert verdicts(firm, "zh")["minors"].verdict == "met"
    en = ("If you are under 14, we suggest that you read this policy with a parent.\n"
          "If your guardian does not consent to your use, please stop using the app.\n")
    assert verdicts(en, "en")["minors"].verdict == "contravention"


def test_guardian_consent_presumed_from_registration_is_a_contravention() -> None:
    rule = "未满14周岁的用户应事先取得监护人的同意。"
    presumed = rule + "如您完成注册，我们将默认为您已获得上述同意。"
    v = verdicts(presumed, "zh")["minors"]
    assert v.verdict == "contravention" and "默认" in v.quotes[0].text
    assert verdicts(rule, "zh")["minors"].verdict == "met"
    en = ("Users under 14 must obtain their parent's consent before registering. "
          "If you register, we will assume that you have obtained that consent.")
    assert verdicts(en, "en")["minors"].verdict == "contravention"


def test_a_guardian_authorising_a_disclosure_is_no_rule_for_children() -> None:
    sharing = ("本游戏向所有玩家开放注册账号。\n"
               "未经用户许可，我们不会向第三方提供用户的个人信息，但下列情况除外：\n"
               "1. 用户或其监护人授权我们披露的；\n"
               "2. 司法机关依法要求提供的。\n")
    assert verdicts(sharing, "zh")["minors"].verdict == "omission"
    ruled = sharing + "未满14周岁的用户须事先取得监护人的同意。\n"
    assert verdicts(ruled, "zh")["minors"].verdict == "met"


def test_a_minors_word_inside_a_link_mentions_no_minors() -> None:
    link = "本游戏向所有玩家开放注册账号。\n[家长监护](http://example.cn/minor/guide.html)\n"
    assert verdicts(link, "zh")["minors"].verdict == "omission"
    assert verdicts(link + "未成年人须在家长同意后使用。\n", "zh")["minors"].verdict == "met"


def test_a_leak_the_user_causes_is_no_security_disclaimer() -> None:
    own = "我们采用加密技术保护您的信息。当您因为自己的分享行为导致信息泄漏时，我们不承担责任。"
    assert verdicts(own, "zh")["security-measures"].verdict == "met"
    hacked = "我们采用加密技术保护您的信息。因黑客攻击导致您的信息泄漏时，我们不承担责任。"
    assert verdicts(hacked, "zh")["security-measures"].verdict == "contravention"
    en_own = "We encrypt your data. We are not responsible for any leak caused by your own sharing of your password."
    assert verdicts(en_own, "en")["security-measures"].verdict == "met"
    en_hacked = "We encrypt your data. We are not responsible for any leak caused by hacker attacks."
    assert verdicts(en_hacked, "en")["security-measures"].verdict == "contravention"


def test_disclaiming_every_consequence_of_using_the_service_disclaims_breaches() -> None:
    blanket = "我们采用加密技术保护您的信息。用户因使用本服务而产生的一切后果由用户自行承担，我们不承担任何责任。"
    v = verdicts(blanket, "zh")["security-measures"]
    assert v.verdict == "contravention" and "一切后果" in v.quotes[0].text
    third = "我们采用加密技术保护您的信息。用户因使用第三方服务而产生的一切后果由用户自行承担，我们不承担任何责任。"
    assert verdicts(third, "zh")["security-measures"].verdict == "met"
    en = "We encrypt your data. You use the service at your own risk and we accept no liability."
    assert verdicts(en, "en")["security-measures"].verdict == "contravention"
    en_third = "We encrypt your data. You use third-party websites at your own risk and we accept no liability."
    assert verdicts(en_third, "en")["security-measures"].verdict == "met"


def test_waiving_compensation_for_intrusion_is_a_disclaimer() -> None:
    intrusion = "我们采用加密技术保护您的信息。因他人侵入系统篡改资料造成用户数据丢失的，用户不得要求我们给予任何赔偿。"
    assert verdicts(intrusion, "zh")["security-measures"].verdict == "contravention"
    outage = "我们采用加密技术保护您的信息。因不可抗力造成服务中断的，用户不得要求我们给予任何赔偿。"
    assert verdicts(outage, "zh")["security-measures"].verdict == "met"


EXCEPT_LIST = ("除以下情形外，我们不会向第三方披露您的个人信息：\n"
               "1. 获得您的同意；\n"
               "2. 为实现本政策所述目的；{case}\n"
               "3. 与国家安全、国防安全直接相关的。\n")


def test_cases_after_except_the_following_include_sub_items() -> None:
    rights = EXCEPT_LIST.format(case="履行我们在服务协议中的义务和行使我们的权利；")
    v = verdicts(rights, "zh")
    assert v["legal-basis"].verdict == "contravention"
    assert "行使我们的权利" in v["gbt-sharing-exceptions"].quotes[0].text
    duty = EXCEPT_LIST.format(case="履行法定义务所必需；")
    assert verdicts(duty, "zh")["legal-basis"].verdict != "contravention"
    en = ("Except in the following cases, we will not disclose your personal data:\n"
          "1. with your consent;\n2. to exercise our rights under the terms of service.\n")
    assert verdicts(en, "en")["legal-basis"].verdict == "contravention"


def test_a_list_of_disclosure_reasons_after_consent_names_cases_without_it() -> None:
    reasons = ("我们还可能为以下原因披露您的个人信息：\n"
               "• 您授权或同意我们披露的；\n"
               "• 遵守适用的法律法规；\n"
               "• 我们认为为保护我们或我们的关联公司的合法权益所合理必需的。\n")
    v = verdicts(reasons, "zh", EDITION_2020)["gbt-sharing-exceptions"]
    assert v.verdict == "contravention" and "我们认为" in v.quotes[0].text
    kept = reasons.replace("披露", "保存")  # reasons to keep data disclose nothing
    assert verdicts(kept, "zh", EDITION_2020)["gbt-sharing-exceptions"].verdict != "contravention"


def test_litigation_needs_named_beside_legal_requirements_are_a_ground_of_the_company() -> None:
    needs = "我们可能会根据法律法规规定、诉讼争议解决需要，或按司法机关依法提出的要求，对外提供您的个人信息。"
    assert verdicts(needs, "zh", EDITION_2020)["gbt-sharing-exceptions"].verdict == "contravention"
    compelled = "我们可能会根据法律法规规定，或按司法机关依法提出的要求，对外提供您的个人信息。"
    assert verdicts(compelled, "zh", EDITION_2020)["gbt-sharing-exceptions"].verdict != "contravention"


def test_a_remedy_for_our_own_breach_is_no_provision_to_others() -> None:
    remedy = ("我们不会与第三方共享您的个人信息。\n"
              "若我们违反法律规定向第三方共享您的个人信息，您可以要求我们立即停止共享并删除。\n")
    assert verdicts(remedy, "zh")["sharing-separate-consent"].verdict != "contravention"
    shared = "我们会向广告合作伙伴共享您的个人信息，用于广告投放。"
    assert verdicts(shared, "zh")["sharing-separate-consent"].verdict == "contravention"
    en = ("We do not share your personal data with third parties. If we share it with third parties in violation "
          "of the law, you may ask us to stop and delete it.")
    assert verdicts(en, "en")["sharing-separate-consent"].verdict != "contravention"


def test_our_breach_named_as_a_deletion_ground_across_a_comma_is_no_sharing_case() -> None:
    """"X违反…的规定或违反与您的约定，向第三方共享…的，如您要求删除" is a remedy (GB/T §8.3); a user's breach
    followed by disclosure to others is a ground of the company's own and still a case of sharing."""
    remedy = ("星河公司违反法律法规的规定或违反与您的约定，向第三方转让、共享您的个人信息的，如您要求删除，"
              "我们应立即停止共享行为。")
    assert verdicts(remedy, "zh", EDITION_2017)["gbt-sharing-exceptions"].verdict != "contravention"
    user = "如您违反用户协议的约定，我们可能向第三方披露您的个人信息，以维护我们的合法权益。"
    assert verdicts(user, "zh", EDITION_2017)["gbt-sharing-exceptions"].verdict == "contravention"


def test_consent_to_provision_written_into_the_policy_names_the_company() -> None:
    written = "您授权星河公司，将您的手机号和设备号用于其关联方为您推荐产品。"
    v = verdicts(written, "zh")["sharing-separate-consent"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("您授权星河公司")
    own = "星河公司会将您的手机号用于为您推荐产品。"
    assert verdicts(own, "zh")["sharing-separate-consent"].verdict != "contravention"


def test_partners_named_beside_an_example_contractor_are_still_recipients() -> None:
    partners = "我们可能将您的个人信息与我们的合作伙伴及服务供应商（例如代表我们发送短信的服务商）分享，用于推广活动。"
    assert verdicts(partners, "zh")["sharing-separate-consent"].verdict == "contravention"
    contractor = "我们可能委托服务供应商代表我们向您发送短信，并要求其按照我们的指示处理您的信息。"
    assert verdicts(contractor, "zh")["sharing-separate-consent"].verdict != "contravention"


def test_recipients_outside_your_jurisdiction_are_a_transfer_abroad() -> None:
    far = "我们可能将您的个人信息与我们的合作伙伴分享（他们可能并非位于您所在法域），用于提供服务。"
    assert verdicts(far, "zh")["cross-border-mechanism"].verdict == "contravention"
    near = "我们可能将您的个人信息与我们的合作伙伴分享，用于提供服务。"
    assert verdicts(near, "zh")["cross-border-mechanism"].verdict == "not-applicable"
    en = "We may share your personal information with our partners, who may not be located in your jurisdiction."
    assert verdicts(en, "en")["cross-border-mechanism"].verdict == "contravention"


def test_a_transfer_abroad_the_company_may_need_is_conditional() -> None:
    maybe = "您的个人信息存储在中华人民共和国境内。如本公司需向境外传输您的个人信息，将另行征得您的同意。"
    assert verdicts(maybe, "zh")["cross-border-mechanism"].verdict == "not-applicable"
    done = "本公司会向境外的服务器传输您的个人信息。"
    assert verdicts(done, "zh")["cross-border-mechanism"].verdict == "contravention"
    servers = "当您需要跨境信息传输服务时，我们会默认您继续使用中国境内的服务器。"
    assert verdicts(servers, "zh")["cross-border-mechanism"].verdict == "not-applicable"
    moved = "当您需要跨境信息传输服务时，我们会将您的信息传输至境外服务器。"
    assert verdicts(moved, "zh")["cross-border-mechanism"].verdict == "contravention"


def test_an_in_app_feedback_channel_is_a_contact_method() -> None:
    named = "本服务由星河科技有限公司运营。"
    assert verdicts(named, "zh")["handler-identity"].verdict == "omission"
    reach = named + "您可以通过微信公众号留言或“我的-意见反馈”与我们联系。"
    assert verdicts(reach, "zh")["handler-identity"].verdict == "met"


def test_you_may_also_e_mail_us_is_a_way_to_exercise_rights() -> None:
    base = "您可以在“设置”中注销账号，或关闭权限以撤回授权。"
    assert verdicts(base, "zh")["rights-exercise"].verdict == "omission"
    mail = base + "若您无法通过上述方式访问、更正或删除您的个人信息，也可以发送邮件至help@example.cn联系我们。"
    assert verdicts(mail, "zh")["rights-exercise"].verdict == "met"


def test_sensitive_quotes_lead_with_consent_by_policy_then_the_strongest_categories() -> None:
    text = ("我们会收集您的位置信息。\n"
            "办理信用保险时，可能需您的银行卡号、征信信息和活体检测照片。\n"
            "您同意您的敏感个人信息按本政策所述的目的和方式处理。\n")
    v = verdicts(text, "zh")["sensitive-pi-consent"]
    assert v.verdict == "contravention"
    assert v.quotes[0].text.startswith("您同意您的敏感个人信息") and "银行卡" in v.quotes[1].text
    assert verdicts("办理信用保险时，需要您的同意。", "zh")["sensitive-pi-consent"].verdict == "not-applicable"


def test_an_open_list_of_products_comes_after_an_open_list_of_data() -> None:
    text = ("为向您推荐产品，我们使用您的手机号，推荐内容包括但不限于您当前申请的产品。\n"
            "我们会收集您的个人信息，包括但不限于您的姓名、手机号和设备信息。\n")
    v = verdicts(text, "zh")["processing-scope"]
    assert v.verdict == "contravention" and "姓名" in v.quotes[0].text


def test_a_denial_cut_off_by_a_line_break_opens_no_purpose() -> None:
    cut = "我们收集您的设备型号，用于适配显示。我们承诺，不会将该信息\n用于本政策所述目的之外的任何其他用途。"
    assert verdicts(cut, "zh")["processing-scope"].verdict == "met"
    opened = "我们收集您的设备型号，用于适配显示。我们可能将该信息\n用于本政策所述目的之外的任何其他用途。"
    assert verdicts(opened, "zh")["processing-scope"].verdict == "contravention"


def test_a_promise_to_ask_consent_for_new_purposes_answers_an_announced_change() -> None:
    announced = "我们的隐私政策可能变更。我们会在本页面上发布对本政策所做的任何变更。"
    assert verdicts(announced, "zh")["policy-changes"].verdict == "contravention"
    promised = announced + "当我们要将信息用于本政策未载明的其他用途时，会事先征求您的同意。"
    assert verdicts(promised, "zh")["policy-changes"].verdict == "met"
    bound = promised + "若您在本政策更新后继续使用我们的服务，即表示您同意更新后的政策。"
    assert verdicts(bound, "zh")["policy-changes"].verdict == "contravention"


def test_whole_agreement_as_precondition_is_bundled_but_data_the_law_requires_is_not() -> None:
    whole = "在用户同意接受本协议全部内容的前提下，我们授予用户使用本软件的许可。"
    assert verdicts(whole, "zh")["bundled-consent"].verdict == "contravention"
    assert verdicts("在用户注册账号后，我们授予用户使用本软件的许可。", "zh")["bundled-consent"].verdict != "contravention"
    device = "设备信息的收集是我们提供服务的前提和基础。"
    assert verdicts(device, "zh")["bundled-consent"].verdict == "contravention"
    logs = "网络日志为法律规定要求收集的信息，如您不想此等信息被我们收集，则请您不要使用本软件。"
    assert verdicts(logs, "zh")["bundled-consent"].verdict != "contravention"
    optional = "如您不想此类信息被我们收集，则请您不要使用本软件的推荐功能，但不影响您使用其他功能。"
    assert verdicts(optional, "zh")["bundled-consent"].verdict != "contravention"


def test_consent_deemed_from_downloading_the_app() -> None:
    download = "只要用户下载安装本软件，即表示用户同意本协议的全部条款。"
    assert verdicts(download, "zh")["consent-by-use"].verdict == "contravention"
    read = "用户在安装本软件后，可在设置中阅读本协议。"
    assert verdicts(read, "zh")["consent-by-use"].verdict != "contravention"


def test_a_clause_bundling_sharing_and_public_disclosure_judges_its_cases_for_both() -> None:
    """Cases in "we do not share, transfer or publicly disclose, except:" reach public disclosure too: one on
    the company's own ground bypasses PIPL 25's separate consent (as the dev gold reads it)."""
    generic = ("未经您本人允许，我们不会向任何第三方公开（包括共享、转让、公开披露等方式）您的个人信息，下列情形除外：\n"
               "1. 我们为维护自身合法权益而向用户提起诉讼时。\n")
    assert verdicts(generic, "zh")["public-disclosure"].verdict == "contravention"
    lawful = generic.replace("我们为维护自身合法权益而向用户提起诉讼时", "与国家安全、国防安全直接相关的")
    assert verdicts(lawful, "zh")["public-disclosure"].verdict not in ("contravention", "omission")


def test_encryption_is_quoted_before_identity_verification() -> None:
    text = "在您修改信息时，我们会要求您进行身份验证。\n我们使用SSL加密传输您的数据。\n"
    v = verdicts(text, "zh")["security-measures"]
    assert v.verdict == "met" and "SSL" in v.quotes[0].text


def test_bundled_consent_is_judged_under_the_2017_edition_too() -> None:
    """GB/T 35273-2017 §5.5 b): refusing optional data may cost the optional function, never the core one."""
    whole = "如果您不同意本政策的任何内容，您应立即停止使用我们的服务。"
    assert verdicts(whole, "zh", EDITION_2017)["bundled-consent"].verdict == "contravention"
    assert verdicts(whole, "zh", date(2018, 1, 1))["bundled-consent"].verdict == "not-applicable"  # no edition yet


# --- second fresh batch (lawzh) ----------------------------------------------------------------------
def test_a_list_of_disclosure_purposes_under_a_public_disclosure_heading() -> None:
    own = ("5.3 公开披露\n我们可能基于以下目的披露您的个人信息：\n"
           "1) 遵守适用的法律法规；\n"
           "2) 为保护我们或我们的关联公司的合法权益所必要的用途。\n")
    v = verdicts(own, "zh")["public-disclosure"]
    assert v.verdict == "contravention" and "合法权益" in v.quotes[0].text
    general = own.replace("5.3 公开披露", "5.3 共享、转让与公开披露")  # the sharing section: judged as sharing
    assert verdicts(general, "zh")["public-disclosure"].verdict != "contravention"


def test_no_transfer_abroad_unless_the_law_requires_is_a_denial() -> None:
    denied = "除非法律要求或许可，我们不会对您的个人信息进行跨境传输。"
    assert verdicts(denied, "zh")["cross-border-mechanism"].verdict == "not-applicable"
    carved = "除非获得您的授权，我们不会对您的个人信息进行跨境传输。"  # a transfer on consent is still a transfer
    assert verdicts(carved, "zh")["cross-border-mechanism"].verdict == "contravention"
    en = "We will not transfer your personal data abroad unless required by law."
    assert verdicts(en, "en")["cross-border-mechanism"].verdict == "not-applicable"


def test_visiting_experience_is_no_access_right() -> None:
    rest = ("您可以通过邮件联系我们更正、删除您的个人信息或撤回同意。"
            "您可以通过邮件联系客服注销账户。")
    visit = "您可以管理Cookie，以获得更轻松的访问体验，并向您推荐您可能感兴趣的信息。" + rest
    assert verdicts(visit, "zh")["rights-exercise"].verdict == "omission"
    access = "您可以登录后访问您的个人资料信息。" + rest
    assert verdicts(access, "zh")["rights-exercise"].verdict == "met"


def test_ensuring_guardian_consent_beforehand_is_required_consent() -> None:
    ensure = "如果您为14周岁以下的未成年人，请您务必在监护人的陪同下阅读本政策，并确保已征得您的监护人明确同意后再使用我们的服务。"
    assert verdicts(ensure, "zh")["minors"].verdict == "met"
    read = "如果您为14周岁以下的未成年人，请您在监护人的陪同下阅读本政策。"
    assert verdicts(read, "zh")["minors"].verdict == "contravention"


def test_disclosure_the_app_deems_appropriate_is_its_own_ground() -> None:
    text = ("在如下情况下，本应用将披露您的个人信息：\n"
            "(a) 经您事先同意，向第三方披露；\n"
            "(b) 其它本应用根据网站政策认为合适的披露。\n")
    assert verdicts(text, "zh")["legal-basis"].verdict == "contravention"
    lawful = text.replace("其它本应用根据网站政策认为合适的披露", "根据法律的有关规定，向司法机构披露")
    assert verdicts(lawful, "zh")["legal-basis"].verdict != "contravention"


def test_data_the_service_collects_declared_outside_the_policy() -> None:
    outside = ("您了解并同意，以下信息不适用本隐私权政策：\n"
               "(a) 您在使用搜索服务时输入的关键字信息；\n"
               "(b) 您在本应用发布的评价信息。\n")
    v = verdicts(outside, "zh")["de-identified-data"]
    assert v.verdict == "contravention" and len(v.quotes) == 3
    scope = ("以下服务不适用本隐私权政策：\n"
             "(a) 第三方网站提供的服务；\n")
    assert verdicts(scope, "zh")["de-identified-data"].verdict == "not-applicable"
    en = ("The following information is not covered by this privacy policy:\n"
          "1. the search data you enter in our search service;\n2. the reviews and other information you post.\n")
    assert verdicts(en, "en")["de-identified-data"].verdict == "contravention"


def test_a_permission_to_access_the_camera_is_no_access_right() -> None:
    rest = "您可以通过客服更正、删除您的个人信息或撤回同意，也可以在设置中注销账号。"
    camera = "当您设置头像时，我们会请求获得您的相册访问权限，您可以拒绝该信息获取请求。" + rest
    assert verdicts(camera, "zh")["rights-exercise"].verdict == "omission"
    access = "您可以在“我的”页面访问您的个人信息。" + rest
    assert verdicts(access, "zh")["rights-exercise"].verdict == "met"


def test_statistical_data_hard_to_link_to_anyone_is_no_sharing_case() -> None:
    stats = ("未经您同意，我们不会与第三方共享您的个人信息，但以下情况除外：\n"
             "1. 我们可能会与关联方共享产品崩溃情况的统计性数据，这些数据难以识别您的身份；\n"
             "2. 与国家安全直接相关的。\n")
    assert verdicts(stats, "zh", EDITION_2020)["gbt-sharing-exceptions"].verdict == "met"
    logs = stats.replace("产品崩溃情况的统计性数据，这些数据难以识别您的身份", "您的设备信息和日志信息")
    assert verdicts(logs, "zh", EDITION_2020)["gbt-sharing-exceptions"].verdict == "contravention"


def test_a_label_line_is_quoted_after_the_sentence_that_profiles() -> None:
    text = ("业务功能二：产品展示、个性化推荐、发送营销信息。\n"
            "我们会根据您的浏览记录向您精准推送产品。\n")
    v = verdicts(text, "zh")["automated-decision"]
    assert v.verdict == "contravention" and v.quotes[0].text.startswith("我们会根据")


def test_a_reasons_list_whose_items_hang_loose_after_a_colon() -> None:
    text = ("**我们还可能为以下原因需要保留或披露您的个人信息：**\n\n"
            "1.您授权或同意我们披露的；\n\n"
            "2.遵守适用的法律法规；\n\n"
            "3.我们认为为保护我们的合法权益所合理必需的。\n")
    v = verdicts(text, "zh", EDITION_2020)["gbt-sharing-exceptions"]
    assert v.verdict == "contravention" and "我们认为" in v.quotes[0].text
    kept = text.replace("披露", "保存")
    assert verdicts(kept, "zh", EDITION_2020)["gbt-sharing-exceptions"].verdict != "contravention"


def test_the_guardian_deciding_whether_to_accept_is_guardian_consent() -> None:
    decides = "未满十四周岁的儿童用户请在监护人的陪同下阅读本政策，并由监护人在充分理解后作出是否接受本政策的决定。"
    assert verdicts(decides, "zh")["minors"].verdict == "met"
    reads = "未满十四周岁的儿童用户请在监护人的陪同下阅读本政策。"
    assert verdicts(reads, "zh")["minors"].verdict == "contravention"


def test_a_minors_section_after_a_sharing_list_is_not_one_of_its_cases() -> None:
    text = ("以下情形中，我们共享、转让、公开披露个人信息无需征得您的授权同意：\n"
            "1. 与国家安全、国防安全有关的；\n"
            "我们如何处理未成年人的个人信息\n"
            "若您是18周岁以下的未成年人，在使用我们的服务前，应事先取得您家长或法定监护人的书面同意。\n")
    assert verdicts(text, "zh")["minors"].verdict == "met"


def test_a_remedy_worded_with_parents_not_agreeing_asks_nothing() -> None:
    text = ("本应用向所有用户开放注册账号。\n"
            "如果我们发现自己在获得可证实的父母不同意的情况下收集了儿童的个人信息，则会设法尽快删除相关数据。\n")
    assert verdicts(text, "zh")["minors"].verdict == "omission"
    asked = text + "若您的监护人不同意您使用本服务，请您立即停止使用。\n"
    assert verdicts(asked, "zh")["minors"].verdict == "contravention"


def test_a_processor_on_our_instructions_is_no_sharing_case() -> None:
    text = ("我们对信息的分享进行严格的限制，例如：\n"
            "1. 经您事先同意，我们可能与第三方分享您的个人信息；\n"
            "2. 我们可能会与第三方合作伙伴分享您的个人信息，让他们按照我们的说明来为我们处理上述信息；\n"
            "3. 我们认为为保护我们的合法权益所必要的。\n")
    v = verdicts(text, "zh", EDITION_2020)["gbt-sharing-exceptions"]
    assert v.verdict == "contravention" and all("按照我们的说明" not in q.text for q in v.quotes)


def test_a_transfer_abroad_before_pipl_is_judged_by_the_route_the_standard_then_asked_for() -> None:
    """In 2019 GB/T 35273-2017 §8.7 asked for the security assessment of the national rules; PIPL 38's
    certification and standard contract did not exist yet, so the reason must not name them."""
    moved = "您的个人信息可能会被传输至其他国家的服务器。"
    before = verdicts(moved, "zh", EDITION_2017)["cross-border-mechanism"]
    assert before.verdict == "contravention"
    assert "security assessment" in before.reason and "standard contract" not in before.reason
    after = verdicts(moved, "zh")["cross-border-mechanism"]
    assert after.verdict == "contravention" and "standard contract" in after.reason


# --- our own lawsuit against the user puts data before a court, not another handler (PIPL 23) ----------
OWN_SUIT = {
    "zh": ("未经您的许可，我们不得向任何第三方提供、公开或共享您的姓名、证件号码、联系方式，但下列情况除外：\n"
           "1. 事先获得您明确同意的；\n2. 有关法律要求我们披露的；\n3. {case}\n"),
    "en": ("We may disclose your personal information in the following circumstances:\n"
           "1. with your prior consent;\n2. as required by law;\n3. {case}\n"),
}


def test_our_own_lawsuit_against_the_user_is_no_provision_to_another_handler() -> None:
    for lang, case in (("zh", "我们为了维护自己的合法权益而向您提起诉讼或者仲裁时；"),
                       ("en", "where we bring legal proceedings against you to protect our own legal rights.")):
        v = verdicts(OWN_SUIT[lang].format(case=case), lang)
        # still a ground PIPL 13 does not list and outside the GB/T list, but no recipient handler
        assert v["legal-basis"].verdict == "contravention", lang
        assert v["gbt-sharing-exceptions"].verdict == "contravention", lang
        assert v["sharing-separate-consent"].verdict != "contravention", lang
    # near miss: handing the data to others to protect our rights is provision without consent
    for lang, case in (("zh", "我们为了维护自己的合法权益而向合作伙伴提供您的信息时；"),
                       ("en", "where we share your information with our partners to protect our own legal rights.")):
        v = verdicts(OWN_SUIT[lang].format(case=case), lang)
        assert v["sharing-separate-consent"].verdict == "contravention", lang


# --- a right named by its heading: the paragraph under it that gives a channel is the way (PIPL 44-47) ---
RIGHTS_BY_HEADING = {
    "zh": ("六、您的权利\n1.访问权\n您可以在个人中心查阅您的个人信息。\n2.更正权\n信息有误时，您可以拨打客服电话400-800-1234处理。\n"
           "3.删除权\n您可以在个人中心删除您的个人信息。\n4.撤回同意权\n您可以在设置页面撤回您的授权同意。\n5.注销权\n{cancel}\n"),
    "en": ("Your rights\nRight of access\nYou can access your personal information in your profile.\nRight to rectification\n"
           "You may write to fix@example.com.\nRight to erasure\nYou can delete your personal information in your profile.\n"
           "Withdrawal of consent\nYou can withdraw your consent in the settings.\nAccount closure\n{cancel}\n"),
}


def test_a_channel_under_the_heading_that_names_the_right_is_the_way_to_exercise_it() -> None:
    ways = {"zh": "您可以发送邮件至help@example.cn说明需求。", "en": "You may write to help@example.com to ask for it."}
    no_way = {"zh": "您可以随时了解相关规则。", "en": "You may read our rules at any time."}
    for lang, text in RIGHTS_BY_HEADING.items():
        assert verdicts(text.format(cancel=ways[lang]), lang)["rights-exercise"].verdict == "met", lang
        # near miss: "you can" under the heading, but no channel: still no way to cancel the account
        assert verdicts(text.format(cancel=no_way[lang]), lang)["rights-exercise"].verdict == "omission", lang
    # near miss: "through the following means:" under the heading, and the means left blank
    blank = RIGHTS_BY_HEADING["zh"].format(cancel="您可以通过以下方式自行操作：")
    assert verdicts(blank, "zh")["rights-exercise"].verdict == "omission"


def test_a_definitions_and_scope_heading_is_a_glossary() -> None:
    text = ("{head}\n(一)个人敏感信息：指一旦泄露可能危害人身安全的个人信息。\n"
            "包括身份证件号码、个人生物识别信息、银行帐号、通信记录和内容、财产信息、征信信息、行踪轨迹、住宿信息、"
            "健康生理信息、交易信息、14岁以下(含)儿童的个人信息等。\n二、我们收集的信息\n我们收集您的手机号码，用于登录。\n")
    # the standard's catalogue of sensitive kinds under "定义及范围" collects nothing, so leaves no scope open
    assert verdicts(text.format(head="一、个人信息定义及范围"), "zh")["processing-scope"].verdict == "met"
    # near miss: the same open list under a heading about what is collected
    assert verdicts(text.format(head="一、我们收集的个人信息及范围"), "zh")["processing-scope"].verdict == "contravention"


def test_the_sharing_verb_after_a_long_parenthesis_of_recipients() -> None:
    text = ("我们可能将您的信息与我们的关联公司、业务合作伙伴及第三方服务供应商（包括提供技术服务、客户服务、支付服务、风控服务、"
            "审计服务、法律服务、物流配送服务、数据分析服务、广告投放服务、云存储服务、短信通知服务的机构，"
            "例如通讯服务商可能为我们发送短信、地图服务商可能为我们提供定位数据）及代理{verb}。\n")
    assert verdicts(text.format(verb="分享"), "zh")["sharing-separate-consent"].verdict == "contravention"
    # near miss: the data are only compared with the recipients' list, nothing is shared
    assert verdicts(text.format(verb="的信息进行比对"), "zh")["sharing-separate-consent"].verdict != "contravention"


def test_a_list_of_the_cases_we_may_disclose_in_and_a_brand_protecting_its_own_rights() -> None:
    text = ("除非下列情形发生时，我们无权披露您的全部或部分信息：\n(一) 为保护他人的人身或财产安全；\n"
            "(二) {case}\n(三) 根据法律、法规的规定，或遵从司法机关的要求。\n")
    v = verdicts(text.format(case="维护星河科技的合法权利及权益；"), "zh")
    assert v["sharing-separate-consent"].verdict == "contravention"
    assert v["legal-basis"].verdict == "contravention"
    assert any("星河科技" in q.text for q in v["sharing-separate-consent"].quotes)
    # near misses: a life in danger, or consent, are no ground beyond PIPL 13
    for case in ("为保护您或他人的生命安全所必需的；", "事先获得您的明确同意的；"):
        v = verdicts(text.format(case=case), "zh")
        assert v["sharing-separate-consent"].verdict != "contravention", case
        assert v["legal-basis"].verdict != "contravention", case


def test_deleting_the_account_and_asking_us_to_stop_using_the_data_are_rights() -> None:
    rest = "您可以在个人中心查阅、更正、删除您的个人信息。"
    text = rest + "如您希望删除您的帐号，请发送邮件至help@example.cn。您也可以通过邮件要求我们停止使用您的个人信息。"
    assert verdicts(text, "zh")["rights-exercise"].verdict == "met"
    # near misses: deleting records inside the account closes nothing; our own promise to stop is no request
    inside = rest + "您可以删除帐号中的聊天记录。您也可以通过邮件要求我们停止使用您的个人信息。"
    assert "account cancellation" in verdicts(inside, "zh")["rights-exercise"].reason
    ours = rest + "如您希望删除您的帐号，请发送邮件至help@example.cn。服务终止后我们将停止使用您的个人信息。"
    assert "withdrawal of consent" in verdicts(ours, "zh")["rights-exercise"].reason


def test_a_sensitive_kind_named_as_an_example_of_what_ssl_protects_is_not_collected() -> None:
    cases = {
        "zh": ("我们收集您的手机号码用于登录。我们在您的浏览器与服务器之间交换数据（如信用卡信息）时启用了SSL协议提供加密保护。\n",
               "我们收集您的手机号码用于登录。我们收集您的信用卡信息用于支付，并在传输时（如支付环节）启用SSL协议加密保护。\n"),
        "en": ("We collect your phone number to log you in. We use SSL encryption when data (such as credit card details) are "
               "exchanged between your browser and our servers.\n",
               "We collect your phone number to log you in. We collect your credit card details for payment and protect them "
               "with SSL encryption (such as in transit).\n"),
        "az": ("Telefon nömrənizi toplayırıq. Brauzeriniz və serverimiz arasında məlumat mübadiləsi (məsələn, kredit kartı "
               "məlumatı) SSL şifrələməsi ilə qorunur.\n",
               "Telefon nömrənizi toplayırıq. Ödəniş üçün kredit kartı məlumatınızı toplayırıq və onu SSL şifrələməsi ilə "
               "qoruyuruq (məsələn, ötürülmə zamanı).\n"),
        "es": ("Recogemos su número de teléfono. Los datos intercambiados con nuestros servidores (por ejemplo, datos de la "
               "tarjeta de crédito) se protegen con cifrado SSL.\n",
               "Recogemos su número de teléfono. Recogemos los datos de su tarjeta de crédito para el pago y los protegemos "
               "con cifrado SSL (por ejemplo, durante la transmisión).\n"),
    }
    for lang, (example, collected) in cases.items():
        assert verdicts(example, lang)["sensitive-pi-consent"].verdict == "not-applicable", lang
        # near miss: the card is collected in so many words, the parenthesis only says when it is encrypted
        assert verdicts(collected, lang)["sensitive-pi-consent"].verdict == "contravention", lang


def test_what_follows_only_after_a_denial_is_affirmed_and_may_profile() -> None:
    cases = {
        "zh": ("我们收集您的手机号码用于登录。我们不会将您的身份信息共享给广告合作伙伴，仅会向其提供不能识别您身份的用户画像，以帮助其提升广告触达率。\n",
               "我们收集您的手机号码用于登录。我们不会将您的身份信息共享给广告合作伙伴，也不会向其提供用户画像。\n"),
        "en": ("We collect your phone number to log you in. We do not share your identity with advertisers, we only provide "
               "them with profiles for personalized advertising.\n",
               "We collect your phone number to log you in. We do not share your identity with advertisers, and we do not "
               "use personalized advertising.\n"),
    }
    for lang, (only, denied) in cases.items():
        assert verdicts(only, lang)["automated-decision"].verdict == "contravention", lang
        # near miss: the profiling itself is denied
        assert verdicts(denied, lang)["automated-decision"].verdict == "not-applicable", lang


def test_a_russian_purpose_is_stated_with_dlya_and_a_verbal_noun() -> None:
    """'Мы используем ваши данные для оказания услуг' states a purpose (found as a new user on a Russian
    policy); 'для вас' names a beneficiary, not a purpose."""
    stated = ("Мы собираем ваше имя и номер телефона.\n"
              "Мы используем ваши данные для оказания услуг доставки и направления уведомлений.\n")
    assert verdicts(stated, "ru")["processing-scope"].verdict != "omission"
    beneficiary = "Мы собираем ваше имя и номер телефона.\nМы используем ваши данные для вас.\n"
    assert verdicts(beneficiary, "ru")["processing-scope"].verdict == "omission"


def test_a_denied_sensitive_kind_is_never_quoted_as_sensitive_data_processed() -> None:
    # each text collects precise location (sensitive) and denies biometrics; the denial shows nothing processed
    cases = {
        "es": ("Recogemos su ubicación precisa para mostrar tiendas cercanas.", "No recogemos datos biométricos."),
        "ru": ("Мы собираем вашу точную геолокацию для показа ближайших магазинов.", "Мы не собираем биометрические данные."),
        "az": ("Yaxın mağazaları göstərmək üçün dəqiq yerləşmə məlumatınızı toplayırıq.", "Biometrik məlumatları toplamırıq."),
    }
    for lang, (collected, denied) in cases.items():
        v = verdicts(collected + "\n" + denied + "\n", lang)["sensitive-pi-consent"]
        assert v.verdict == "contravention", lang
        assert v.quotes and all(denied not in q.text for q in v.quotes), (lang, v.quotes)
        assert verdicts(denied + "\n", lang)["sensitive-pi-consent"].verdict == "not-applicable", lang
    # near miss: "not only ... but" affirms the collection
    assert verdicts("No solo recogemos datos biométricos, también su ubicación precisa.\n", "es")[
        "sensitive-pi-consent"].verdict == "contravention"


def test_clicking_an_agree_button_named_at_length_is_an_act_not_consent_by_use() -> None:
    clicked = "您点击本政策页面下方的“同意并继续”按钮即视为您接受本政策。\n"
    assert verdicts(clicked, "zh")["consent-by-use"].verdict != "contravention"
    # near miss: registering is use, whatever button follows
    used = "您注册账号或登录本应用，即视为您接受本政策。\n"
    assert verdicts(used, "zh")["consent-by-use"].verdict == "contravention"


def test_a_deletion_deadline_after_the_account_ends_is_a_retention_period() -> None:
    """"deleted within 30 days after you cancel your account" bounds how long data is kept; a deadline
    for answering a deletion request does not."""
    zh = "您的个人信息将在您注销账号后30日内删除或匿名化处理。"
    assert verdicts(zh, "zh")["retention-period"].verdict == "met"
    en = "We delete or anonymise your personal data within 30 days after you close your account."
    assert verdicts(en, "en")["retention-period"].verdict == "met"
    assert verdicts("收到您的删除请求后，我们将在15个工作日内删除您的个人信息。", "zh")["retention-period"].verdict == "omission"
    assert verdicts("We will delete your data within 30 days of receiving your request.", "en")[
        "retention-period"].verdict == "omission"


def test_other_reasonable_purposes_is_the_open_scope_quoted_before_a_weak_etc_list() -> None:
    text = ("为保障服务安全，我们会收集您的设备型号、操作系统版本和IP地址等信息。\n"
            "我们可能将收集的信息用于其他合理用途。\n")
    found = verdicts(text, "zh")["processing-scope"]
    assert found.verdict == "contravention"
    assert "其他合理用途" in found.quotes[0].text
    # near miss: a reasonable purpose named is no open purpose
    closed = "我们会收集您的手机号码，用于注册账号。我们仅将信息用于本政策所述的合理用途。\n"
    assert verdicts(closed, "zh")["processing-scope"].verdict == "met"


def test_a_sensitive_met_quotes_the_sentence_asking_for_separate_consent() -> None:
    """The data sentence alone does not show the point; the one that asks for separate consent does."""
    text = ("购买课程前我们需要收集您的身份证号码，并可能通过人脸识别核验您的身份。"
            "身份证号码和人脸信息属于敏感个人信息，我们会在收集前单独征求您的同意，并告知处理的必要性及对您权益的影响。\n")
    found = verdicts(text, "zh")["sensitive-pi-consent"]
    assert found.verdict == "met"
    assert any("单独征求您的同意" in q.text for q in found.quotes)
    # near miss: without the separate consent there is no met to quote
    bare = "购买课程前我们需要收集您的身份证号码，并可能通过人脸识别核验您的身份。\n"
    assert verdicts(bare, "zh")["sensitive-pi-consent"].verdict != "met"


def test_deleting_logs_within_a_period_is_retention_but_answering_a_request_within_one_is_not() -> None:
    assert verdicts("We delete server logs within 90 days.", "en")["retention-period"].verdict == "met"
    assert verdicts("We will delete your data within 30 days of receiving your deletion request.", "en")[
        "retention-period"].verdict == "omission"


def test_notice_of_the_situation_after_an_incident_sentence_is_the_incident_notice() -> None:
    """The notice names the incident by anaphora ("the situation"); only a sentence on incidents before it says which."""
    zh = ("为应对个人信息泄露等风险，本平台建立了应急响应团队，针对不同安全事件启动应急预案。"
          "本平台会将相关情况及时以公告、推送通知等方式告知您。\n")
    assert verdicts(zh, "zh")["incident-notification"].verdict == "met"
    en = ("We keep a response plan for security incidents and data breaches. "
          "We will notify you of the situation by e-mail or in the app.\n")
    assert verdicts(en, "en")["incident-notification"].verdict == "met"
    # near miss: the same notice after a sentence on orders is no incident notice
    orders = "订单发货后，我们会更新物流状态。本平台会将相关情况及时以推送通知等方式告知您。\n"
    assert verdicts(orders, "zh")["incident-notification"].verdict == "omission"


def test_russian_abbreviations_access_by_request_and_card_data_never_passed_to_the_operator() -> None:
    """Three readings of one Russian shop policy: "г." (город) inside a retention sentence ends nothing; asking for
    information on the processing is the 152-FZ right of access; card data entered at the payment service and
    "не передаются Оператору" are not processed by the operator."""
    head = "Оператор: ООО «Лесной чай», г. Тверь. Почта: pd@lesnoy.example.\n"
    kept = head + "Данные хранятся на серверах в г. Твери в течение трёх лет с даты последнего заказа.\n"
    assert verdicts(kept, "ru")["retention-period"].verdict == "met"
    assert verdicts(head + "Данные хранятся на серверах в г. Твери.\n", "ru")["retention-period"].verdict == "omission"
    rights = head + ("Вы вправе запросить сведения об обработке ваших данных, потребовать их уточнения или удаления, "
                     "а также отозвать согласие, направив письмо на pd@lesnoy.example.\n")
    assert verdicts(rights, "ru")["rights-exercise"].verdict == "met"
    near = head + ("Вы вправе потребовать уточнения или удаления данных, а также отозвать согласие, "
                   "направив письмо на pd@lesnoy.example.\n")
    assert verdicts(near, "ru")["rights-exercise"].verdict == "omission"
    section = head + "2. Какие данные мы обрабатываем\nДля оплаты заказа данные банковской карты вводятся на странице платёжного сервиса и "
    assert verdicts(section + "Оператору не передаются.\n", "ru")["sensitive-pi-consent"].verdict == "not-applicable"
    assert verdicts(section + "передаются Оператору.\n", "ru")["sensitive-pi-consent"].verdict == "contravention"
