"""Quote choice, second round (issue 15): a check collects every sentence that shows its point.

Where a lawyer would quote a sentence and the check did not, a cue did not recognise it (a wording of
personalisation, of sharing, of an open purpose, of a disclaimer ...). The sentences are written for these
tests, in several languages; beside each rule is a look-alike that must not match, so widening a rule fails.
"""
from __future__ import annotations

from compliance_judging import facts, quoted, verdicts


def states(sentence: str, lang: str, fact: str) -> bool:
    """Whether the one sentence ``sentence`` states ``fact``."""
    f = facts(sentence, lang)
    return any(f.has(fact, s.index) for s in f.policy.sentences)


def verdict(text: str, lang: str, key: str):
    return verdicts(text, lang)[key]


# --- personalisation named in other words ---------------------------------------------------------------
def test_recommending_what_interests_you_more_is_personalisation_zh() -> None:
    assert states("为了让您更快找到商品，我们可能会向您推荐更感兴趣的信息。", "zh", "profiling")
    assert states("例如向您推荐您可能更加感兴趣的内容或功能。", "zh", "profiling")
    assert states("本应用可能通过使用您的个人信息，向您提供您感兴趣的信息。", "zh", "profiling")
    assert states("根据您对我们的服务和其他网站的兴趣，开发、展示和跟踪内容和广告。", "zh", "profiling")
    # near-misses: the user's own interest, and a search the user runs, are no profiling
    assert not states("如果您对我们的产品感兴趣，请联系我们的客服。", "zh", "profiling")
    assert not states("您可以搜索您感兴趣的商品。", "zh", "profiling")


def test_customising_to_your_interests_and_choosing_ad_audiences_is_personalisation_en() -> None:
    assert states("Cookies allow us to customise your experience to better match your interests and preferences.", "en", "profiling")
    assert states("Your information may be used to choose the appropriate audience for their advertisements.", "en", "profiling")
    # near-misses: a setting the user customises, and an audience that is no advertising target
    assert not states("You can customise your settings at any time.", "en", "profiling")
    assert not states("We choose the music for our audience at live events.", "en", "profiling")


def test_building_commercial_profiles_is_profiling_es() -> None:
    assert states("Tratamos sus datos para elaborar perfiles comerciales a partir de su historial de compras.", "es", "profiling")
    # near-miss: the account profile the user fills in
    assert not states("Usted puede editar su perfil en la aplicación.", "es", "profiling")


def test_a_personalisation_sentence_is_quoted_beside_the_others() -> None:
    text = ("我们会使用Cookie为您提供个性化服务。\n\n"
            "为了让您更快找到车辆，我们可能会向您推荐更感兴趣的信息，为此我们会收集必要的日志信息。\n")
    assert any("更感兴趣" in q for q in quoted(text, "zh", "automated-decision"))


# --- acceptance deemed from use, sharing verbs ----------------------------------------------------------
def test_use_that_signifies_assent_is_deemed_consent() -> None:
    assert states("Your use of the Site and any products or services offered by the Site signifies your assent to the updated Privacy Policy.",
                  "en", "deemed_consent")
    # near-miss: use that is governed by terms deems nothing
    assert not states("Your use of the Site and any products or services offered by the Site is governed by our Terms.",
                      "en", "deemed_consent")


def test_passed_or_made_available_to_affiliates_is_a_provision() -> None:
    assert states("Any request you make may be passed or made available to Group affiliates.", "en", "share_verb")
    assert states("Your details may be made available to our partners.", "en", "share_verb")
    # near-miss: what is made available to the user goes nowhere
    assert not states("Your invoices are made available to you in your account.", "en", "share_verb")


def test_a_destination_without_data_laws_denies_no_provision() -> None:
    text = ("By using the site you agree to this policy and to the processing it describes.\n\n"
            "Any application or enquiry you make may be passed or made available to Group affiliates, some of which "
            "may be based in countries that do not have data protection laws.\n")
    f = facts(text, "en")
    assert any("Group affiliates" in s.text for s in f.provision_to_others)
    # near-miss: an outright denial is still no provision
    f = facts("Your personal information is not passed to our affiliates.\n", "en")
    assert not f.provision_to_others


def test_transfer_to_countries_other_than_the_one_of_collection_goes_abroad() -> None:
    assert states("We may transfer the information we obtain to countries other than the country in which it was collected.", "en", "abroad")
    # near-miss: users who live in other countries are no transfer destination
    assert not states("Users in countries other than ours may use the app.", "en", "abroad")


def test_tou_lu_discloses_zh() -> None:
    s = "本公司会在法律要求的情况下透露您的个人信息。"
    assert states(s, "zh", "share_verb") and states(s, "zh", "list_is_sharing")
    # near-miss: a promise to tell the user something discloses nothing of theirs
    assert not states("我们会及时向您透露活动进展。", "zh", "share_verb")


def test_an_inline_disclosure_list_quotes_its_intro_and_its_case_zh() -> None:
    text = ("本公司会在法律要求或符合用户协议约定的情况下透露您的个人信息，或者有充分理由相信必须这样做才能：(a)\n"
            "满足法律或行政法规的明文规定；\n"
            "（b）符合相关用户协议的约定；\n"
            "(c)\n"
            "保护本公司的权利或财产。\n")
    q = quoted(text, "zh", "sharing-separate-consent")
    assert any("透露您的个人信息" in x for x in q) and any("保护本公司的权利" in x for x in q)
    assert any("保护本公司的权利" in x for x in quoted(text, "zh", "gbt-sharing-exceptions"))


def test_a_promise_not_to_disclose_is_no_quote_of_its_own() -> None:
    text = ("We do not disclose your personal information to others, except:\n\n"
            "- where the law requires it;\n"
            "- to protect our rights or property.\n")
    q = quoted(text, "en", "sharing-separate-consent")
    assert q and not any(x.startswith("We do not disclose") for x in q)


def test_a_list_cut_by_a_stray_and_goes_on_after_it_zh() -> None:
    text = ("我们还可能为以下原因需要保留或披露您的个人信息：\n"
            "◦ 您授权或同意披露的；\n"
            "◦ 遵守法院命令或其他法律程序的规定；\n"
            "及\n"
            "◦ 我们认为为保护我们或我们的集团公司的财产安全或合法权益所合理必需的。\n")
    assert any("集团公司" in x for x in quoted(text, "zh", "gbt-sharing-exceptions"))


# --- open purposes and categories ---------------------------------------------------------------------
def test_other_business_purposes_leave_the_scope_open() -> None:
    assert states("We use your information to provide the app and for other business purposes.", "en", "open_scope")
    assert states("Perform other activities consistent with this policy.", "en", "open_scope")
    assert states("我们出于管理、欺诈检测和其他合法目的处理信息。", "zh", "open_scope")
    assert states("因此我们有权以其他的目的对其进行使用。", "zh", "open_scope")
    assert states("您提交的个人信息，包括但不仅限于姓名、手机号。", "zh", "open_scope_strong")
    # near-misses: purposes named and closed
    assert not states("We use your information for the business purposes described above.", "en", "open_scope")
    assert not states("我们出于管理和欺诈检测的目的处理信息。", "zh", "open_scope")


# --- de-identified data -------------------------------------------------------------------------------
def test_de_personalised_data_used_freely_is_a_non_personal_claim() -> None:
    assert states("We may use de-personalized information in any way and share it with third parties.", "en", "non_personal_claim")
    # near-miss: personalised content is no claim about identifiability
    assert not states("We may show personalized information in the app.", "en", "non_personal_claim")


def test_hard_to_identify_profiles_shared_are_a_non_personal_claim_zh() -> None:
    assert states("我们可能会将难以识别您个人身份的用户画像标签与广告服务商共享。", "zh", "non_personal_claim")
    # near-miss: a safeguard that makes identification hard shares nothing
    assert not states("我们会采取措施，使他人难以识别您的身份。", "zh", "non_personal_claim")


# --- retention, changes, disclaimers ------------------------------------------------------------------
def test_destroying_after_a_reasonable_period_names_no_period() -> None:
    assert states("We will destroy or de-identify the data after a reasonable period of time has elapsed.", "en", "retention_vague")
    # near-miss: a period measured by the purpose is a criterion
    assert not states("We keep it for a period of time necessary for the purposes above.", "en", "retention_vague")


def test_a_policy_updated_at_any_time_is_a_change_clause_zh() -> None:
    assert states("随着服务范围的扩大，隐私声明的内容可随时更新，且毋须另行通知。", "zh", "policy_change")
    # near-miss: the policy's reach says nothing of changes
    assert not states("隐私声明适用于我们的所有相关服务。", "zh", "policy_change")


def test_risk_of_use_put_on_the_user_is_a_disclaimer_zh() -> None:
    s = "用户明确同意其使用本服务所存在的风险将完全由其自己承担。"
    assert states(s, "zh", "disclaimer") and states(s, "zh", "blanket_risk")
    # near-miss: a risk warning puts nothing on the user
    assert not states("请注意账户安全风险，妥善保管您的密码。", "zh", "disclaimer")


def test_a_disclaimer_of_the_excuses_named_above_takes_up_the_attack_zh() -> None:
    text = ("本服务会受到包括但不限于计算机病毒或黑客攻击、服务器不稳定等因素的影响（统称“免责事由”）。\n"
            "若出现上述免责事由情况时，我们将尽力修复，给您造成损失的，我们在法律允许的范围内免责。\n")
    assert any(x.startswith("若出现上述免责事由") for x in quoted(text, "zh", "security-measures"))
    # near-miss: "上述" with no case or event after it refers to nothing adverse
    assert not states("上述内容仅供参考。", "zh", "refers_back")


# --- second batch (fresh policies) --------------------------------------------------------------------
def test_personal_offers_are_personalisation_and_an_id_number_is_sensitive_ru() -> None:
    assert states("Мы анализируем вашу активность, чтобы формировать персональные предложения в магазине.", "ru", "profiling")
    assert states("При регистрации мы запрашиваем ФИО и номер удостоверения личности.", "ru", "sensitive")
    # near-misses: personal data as such is no personalisation, a certificate of authenticity no identity document
    assert not states("Мы обрабатываем персональные данные пользователей.", "ru", "profiling")
    assert not states("Мы выдаём удостоверение подлинности товара.", "ru", "sensitive")


def test_other_services_and_other_lawful_uses_leave_purposes_open_zh() -> None:
    text = "您同意我们可将您的信息用于我们的其他服务或营销推广，如您不希望收到通知，可以在系统设置中关闭。\n"
    assert any("其他服务" in q for q in quoted(text, "zh", "processing-scope"))
    assert states("我们也会将您的个人信息用于与上述目的相关或者其他法律法规允许的用途。", "zh", "open_scope_strong")
    # near-misses: the user's own setting, and a use closed to the purposes above
    assert not quoted("您可以在设置中关闭其他服务的通知。\n", "zh", "processing-scope")
    assert not states("我们只会将您的个人信息用于上述目的。", "zh", "open_scope")


def test_data_transmitted_to_product_providers_is_a_provision_zh() -> None:
    s = "如果您购买保险，我们可能会将上述信息传输给相应产品提供方用于产品购买。"
    assert states(s, "zh", "share_verb") and states(s, "zh", "recipient")
    # near-miss: what is sent to the user goes to no other handler
    assert not states("我们会将验证码传输给您的手机。", "zh", "share_verb")


def test_use_that_means_you_authorise_us_is_deemed_consent_zh() -> None:
    assert states("您使用本应用，即意味着您授权我们收集您的这些信息。", "zh", "deemed_consent")
    # near-miss: an authorisation the user gives by an act
    assert not states("您可以在设置中授权我们读取您的位置信息。", "zh", "deemed_consent")


def test_sensitive_data_put_under_consent_deemed_from_use_the_next_sentence_zh() -> None:
    text = ("以上有粗体标志的信息属于**敏感信息**，我们收集您的身份证号码是为了完成实名认证；\n"
            "您使用本应用，即意味着您授权我们收集您的这些信息。\n")
    assert quoted(text, "zh", "sensitive-pi-consent")[0].startswith("您使用本应用")
    # near-miss: the same deemed consent after a sentence naming no sensitive data is not put first
    text = ("我们收集您的昵称，用于展示您的主页；\n您使用本应用，即意味着您授权我们收集您的这些信息。\n"
            "我们会收集您的身份证号码用于实名认证。\n")
    assert not quoted(text, "zh", "sensitive-pi-consent")[0].startswith("您使用本应用")


# --- third batch ----------------------------------------------------------------------------------------
def test_use_signifying_assent_to_the_modified_policy_binds_a_change() -> None:
    text = ("We may update this policy from time to time.\n\nWe collect your e-mail address to answer you.\n\n"
            "We keep it safe.\n\nYour use of the Site signifies your assent to the updated or modified Privacy Policy.\n")
    assert any(q.startswith("Your use of the Site signifies") for q in quoted(text, "en", "policy-changes"))
    # near-miss: a policy named without any change
    assert not states("Please read our Privacy Policy carefully.", "en", "policy_change")


def test_destroying_after_a_reasonable_period_is_the_retention_clause_quoted() -> None:
    text = ("We collect your name and e-mail address to create your account.\n\n"
            "When the data is no longer required, we will destroy or de-identify the personal data after a reasonable period of time has elapsed.\n")
    v = verdict(text, "en", "retention-period")
    assert v.verdict == "omission" and v.quotes and "reasonable period" in v.quotes[0].text
    # near-miss: a suspension for a period of time says nothing of data
    v = verdict("We collect your name to create your account.\n\nWe may suspend the service after a reasonable period of time.\n",
                "en", "retention-period")
    assert not v.quotes


def test_keywords_called_non_personal_and_used_for_other_purposes_leave_purposes_open_zh() -> None:
    text = "您理解并同意，如您的搜索关键字信息无法识别到您的个人身份，其不属于个人信息，因此我们有权以其他的目的对其进行使用。\n"
    assert quoted(text, "zh", "processing-scope")
    assert states("我们出于管理、欺诈检测和其他合法目的处理信息。", "zh", "open_scope_strong")
    # near-miss: the other purposes refused without consent
    assert not quoted("未经您的同意，我们不会将您的信息用于其他的目的。\n", "zh", "processing-scope")


def test_an_open_purpose_naming_de_identification_is_no_list_of_safeguards_zh() -> None:
    lines = [f"我们会收集您的{x}等信息，用于提供服务。" for x in ("昵称、头像", "手机号、邮箱", "设备型号、系统版本", "IP地址、日志",
                                                          "订单、地址", "搜索词、浏览记录", "评论、点赞", "位置、时区",
                                                          "支付方式、发票", "客服记录、反馈", "好友、关注")]
    lines.append("我们也会将您的个人信息用于其他法律法规允许的用途，例如对去标识化处理后的个人信息进行分析和商业化利用。")
    assert any("其他法律法规允许的用途" in q for q in quoted("\n".join(lines) + "\n", "zh", "processing-scope"))


def test_disclosure_to_protect_the_company_is_no_pipl13_ground_ru() -> None:
    assert states("Мы можем раскрывать ваши данные без согласия для защиты прав и имущества Компании.", "ru", "ground_company_rights")
    # near-miss: the user's rights protected
    assert not states("Мы соблюдаем законодательство для защиты прав пользователей.", "ru", "ground_company_rights")


def test_data_transferred_to_affiliates_is_a_provision_es() -> None:
    s = "Sus datos personales pueden ser transferidos a nuestras empresas filiales para fines de mercadotecnia."
    assert states(s, "es", "share_verb")
    # near-miss: a past participle with no recipient after it
    assert not states("Los datos transferidos se cifran.", "es", "share_verb")


# --- fourth batch -------------------------------------------------------------------------------------
def test_other_uses_spelt_qi_ta_leave_purposes_open_zh() -> None:
    assert states("我们会将您的信息用于您授权同意的以及法律法规允许的其它用途。", "zh", "open_scope_strong")
    # near-miss: other items of a list are no purpose
    assert not states("其它事项请参见用户协议。", "zh", "open_scope")


def test_providers_of_the_products_receive_the_data_zh() -> None:
    assert states("我行会将与交易有关的必要信息共享给相关产品或服务的提供者。", "zh", "recipient")
    # near-miss: we ourselves as the provider of the service
    assert not states("我们是本服务的运营者。", "zh", "recipient")


def test_other_data_needed_leave_the_list_open_ru() -> None:
    text = "Оператор обрабатывает ФИО, номер телефона, а также иные данные, необходимые для работы Приложения.\n"
    assert verdict(text, "ru", "processing-scope").verdict == "contravention"
    # near-miss: a list closed by a denial
    assert not states("Мы не запрашиваем у вас документы.", "ru", "open_scope")


def test_uses_that_may_include_leave_purposes_open_en() -> None:
    assert states("We use your information for our business. These uses may include providing customer service.", "en", "open_scope")
    # near-miss: a list of what a package includes
    assert not states("The premium plan includes unlimited storage.", "en", "open_scope")


def test_heart_rate_and_blood_pressure_are_health_data() -> None:
    assert states("Tətbiq ürək döyüntüsü, qan təzyiqi və yuxu məlumatlarınızı toplayırıq.", "az", "sensitive")
    assert states("Мы собираем данные об артериальном давлении.", "ru", "sensitive")
    assert states("We collect your heart rate and blood pressure.", "en", "sensitive")
    # near-misses: the pressure of a tyre, a rate of exchange
    assert not states("Мы собираем давление в шинах автомобиля.", "ru", "sensitive")
    assert not states("We show the exchange rate of your currency.", "en", "sensitive")


def test_keeping_orders_for_possible_disputes_is_for_the_company_s_own_ends_ru() -> None:
    assert states("Мы храним данные заказов 3 года для разрешения возможных споров.", "ru", "retention_open")
    # near-miss: a period set by the purpose the person asked for
    assert not states("Мы храним данные заказов 3 года для выполнения заказа.", "ru", "retention_open")


def test_a_public_disclosure_is_quoted_beside_the_consent_deemed_for_it_zh() -> None:
    text = ("一旦您安装、使用本游戏，即表示您已接受本《隐私政策》，并同意我们按本政策公开披露您的个人信息。\n"
            "《某某游戏》可能在一些有奖活动中公开披露您的信息，如公布中奖名单时会展示中奖者登录名。\n")
    q = quoted(text, "zh", "public-disclosure")
    assert any(x.startswith("《某某游戏》可能") for x in q)
    # near-miss: a book title with no disclosure after it
    assert not states("请阅读《用户协议》了解更多。", "zh", "we_disclose")


def test_what_partners_collect_by_cookies_called_anonymous_en() -> None:
    assert states("Any information that these third parties collect via cookies and action tags is completely anonymous.",
                  "en", "identifiers_anonymous")
    # near-miss: cookies described without calling what they collect anonymous
    assert not states("These third parties collect information via cookies to measure visits.", "en", "identifiers_anonymous")


def test_third_parties_outside_the_group_carve_affiliates_out_zh() -> None:
    s = "我们不会主动共享或转让您的个人信息至本公司及其关联企业之外的第三方。"
    assert states(s, "zh", "affiliate_carve_out")
    # near-miss: affiliates named as recipients, carving nothing out
    assert not states("我们会与关联企业共享您的订单信息。", "zh", "affiliate_carve_out")


def test_whenever_you_use_you_agree_is_deemed_consent_en() -> None:
    assert states("Whenever you access or use our website, you agree to allow us to collect and use your Personal Information.",
                  "en", "deemed_consent")
    # near-miss: a choice offered when the user visits
    assert not states("Whenever you visit our website, you can choose whether to accept cookies.", "en", "deemed_consent")


def test_release_of_your_information_to_protect_our_rights_has_no_pipl13_ground_en() -> None:
    text = ("If we believe in good faith that the release of your Personal Information is necessary to enforce our "
            "conditions of use or protect our rights, property, or safety, we may disclose it.\n")
    assert verdict(text, "en", "legal-basis").verdict == "contravention"
    # near-miss: a release of the app
    assert not states("The new release of the app fixes bugs.", "en", "list_is_sharing")


def test_sharing_he_with_third_parties_is_a_provision_zh() -> None:
    assert states("为提供您所要求的产品和服务，而必须和第三方分享您的个人信息。", "zh", "share_verb")
    # near-miss: 和 joining two verbs of our own
    assert not states("我们会收集和分享经验，改进服务。", "zh", "share_verb")
