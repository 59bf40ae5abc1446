"""Issue 15, zh compliance (lawzh19): rules from lawzh19's first looks at own Chinese policies (a 2019 community
group-buying mini-program, a 2021 video-editing app, a 2023 counselling platform, a 2025 language-exchange app).
Each rule is a reading a linguist or a lawyer would state and sits beside a near-miss that must not match; English
where the rule is general. All sentences are written for these tests.
"""
from __future__ import annotations

from datetime import date

import compliance_judging

HEAD = "温州澄湾网络科技有限公司（以下简称“我们”）运营澄湾应用，联系邮箱 privacy@chengwan.example.cn。\n"
HEAD_EN = "Chengwan Network Ltd. (\"we\") runs the Chengwan app; write to privacy@chengwan.example.\n"
PRE_PIPL_2017 = date(2019, 8, 1)   # GB/T 35273-2017 in force, PIPL not yet


def verdict(text: str, key: str, lang: str = "zh", when: date = compliance_judging.TODAY) -> str:
    return compliance_judging.verdict(text, lang, key, when)


def quoted(text: str, key: str, lang: str = "zh", when: date = compliance_judging.TODAY) -> list:
    return [q.text for q in compliance_judging.verdicts(text, lang, when)[key].quotes]


# --- a negated 对-phrase refusing liability for leaks is a disclaimer ----------------------------------------------

MEASURES = HEAD + "我们采用HTTPS加密传输和访问控制等措施保护您的信息。"
DISCLAIM = MEASURES + "互联网并非绝对安全，我们不对因黑客攻击、病毒入侵等原因导致的信息泄露承担任何责任。\n"
OWN_FAULT = MEASURES + "如因我们的过错导致您的信息泄露，我们将依法对您承担相应的法律责任。\n"


def test_refusing_liability_for_leaks_through_a_dui_phrase_is_a_disclaimer() -> None:
    assert verdict(DISCLAIM, "security-measures") == "contravention"
    assert any("不对因黑客攻击" in q for q in quoted(DISCLAIM, "security-measures"))


def test_accepting_liability_for_its_own_fault_is_no_disclaimer() -> None:
    assert verdict(OWN_FAULT, "security-measures") == "met"


# --- what the person's refusal leads to ("您不开通…的，我们不会收集") denies nothing ------------------------------------

ID_CARD = (HEAD + "（三）会员储值卡\n为办理会员储值卡，我们需要您提供身份证号码。身份证号码属于个人敏感信息，"
           "我们会在收集前通过弹窗单独征得您的明示同意，您不开通储值卡的，我们不会收集。\n")
# a real denial beside the consent: the kinds it names are not asked for
ID_DENIED = (HEAD + "（三）会员储值卡\n为办理会员储值卡，我们需要您提供身份证号码。我们会通过弹窗单独征得您的明示同意，"
             "但我们不会收集您的身份证号码以外的证件信息。\n")


def test_a_refusal_clause_does_not_undo_the_consent_it_follows() -> None:
    assert verdict(ID_CARD, "sensitive-pi-consent", when=PRE_PIPL_2017) == "met"


def test_en_a_refusal_clause_does_not_undo_the_consent_it_follows() -> None:
    text = (HEAD_EN + "To open a stored-value card we need your ID card number. We ask your explicit consent on a separate "
            "screen before we collect your ID card number; if you do not open a card, we will not collect it.\n")
    assert verdict(text, "sensitive-pi-consent", "en", PRE_PIPL_2017) == "met"


def test_facts_refusal_case_is_set_aside_but_a_real_denial_is_not() -> None:
    from policykg.compliance.facts import PolicyFacts
    from policykg.compliance.text import PolicyText
    f = PolicyFacts.read(PolicyText.from_text(ID_CARD, language="zh"))
    consent = [s for s in f.policy.sentences if "单独征得" in s.text][0]
    assert f.negated(consent) and not f.denies_beyond_refusal(consent)
    g = PolicyFacts.read(PolicyText.from_text(ID_DENIED, language="zh"))
    denial = [s for s in g.policy.sentences if "单独征得" in s.text][0]
    assert g.denies_beyond_refusal(denial)


# --- before PIPL, a device permission the person grants is consent at the point of collection -----------------------

LOCATION = (HEAD + "为办理储值卡，我们需要您的身份证号码，我们会通过弹窗征得您的明示同意。\n"
            "若您不授权位置权限，我们将无法为您推荐附近的自提点，您可以手动选择自提点。\n")
LOCATION_SILENT = (HEAD + "为办理储值卡，我们需要您的身份证号码，我们会通过弹窗征得您的明示同意。\n"
                   "我们会收集您的精确位置信息，用于推荐附近的自提点。\n")


def test_pre_pipl_a_granted_location_permission_is_explicit_consent() -> None:
    assert verdict(LOCATION, "sensitive-pi-consent", when=PRE_PIPL_2017) == "met"


def test_pre_pipl_precise_location_taken_without_any_consent_stays_adverse() -> None:
    assert verdict(LOCATION_SILENT, "sensitive-pi-consent", when=PRE_PIPL_2017) == "contravention"


def test_under_pipl_a_permission_is_not_the_separate_consent() -> None:
    assert verdict(LOCATION, "sensitive-pi-consent") == "contravention"


# --- "只有…同意本隐私政策…方可注册": the whole privacy policy as the price of registering -------------------------------

ONLY_AFTER = HEAD + "只有在您勾选同意本隐私政策的全部条款后，方可注册澄湾账号。\n我们会根据您的兴趣向您推送内容。\n"
ONLY_AFTER_CHANGE = (HEAD + "本隐私政策更新后，只有在您同意更新后的隐私政策后，我们才会按照更新后的政策处理您的信息。\n"
                     "您可以在“设置-隐私”中关闭个性化推荐。\n")


def test_only_after_accepting_the_privacy_policy_may_one_register_is_bundled() -> None:
    assert verdict(ONLY_AFTER, "bundled-consent") == "contravention"


def test_changes_applied_only_after_consent_bundle_nothing() -> None:
    assert verdict(ONLY_AFTER_CHANGE, "bundled-consent") != "contravention"


# --- a breach of the rules announced with the user's nickname is a public disclosure as a sanction ------------------

SANCTION = HEAD + "公开披露：对于严重违反社区规则的用户，我们可能公开其账号昵称及违规处理结果。\n"
# telling the user himself, or a nickname other users can see by his own choice, discloses nothing to the public
SANCTION_TOLD = HEAD + "对于严重违反社区规则的用户，我们可能封禁其账号，并通过站内信告知其处理结果。\n"
OWN_NICKNAME = HEAD + "您可以选择公开其他用户可见的昵称。\n"


def test_nickname_of_a_rule_breaker_made_public_is_a_sanction_disclosure() -> None:
    assert verdict(SANCTION, "public-disclosure") == "contravention"


def test_the_breach_told_to_the_user_himself_is_no_public_disclosure() -> None:
    assert verdict(SANCTION_TOLD, "public-disclosure") == "not-applicable"
    assert verdict(OWN_NICKNAME, "public-disclosure") != "contravention"


# --- a party said to be in a named country receives the data abroad --------------------------------------------------

AFFILIATE_JP = (HEAD + "为提供跨区域匹配，我们会将您的昵称和语言水平提供给我们在日本的关联公司语伴株式会社（Yuban K.K.，"
                "联系邮箱：dpo@yuban.example.jp），用于跨区域匹配。在向境外提供前，我们会通过弹窗单独征得您的同意。\n")
AFFILIATE_JP_UNNAMED = (HEAD + "为提供跨区域匹配，我们会将您的昵称和语言水平提供给我们在日本的关联公司，用于跨区域匹配。"
                        "在向境外提供前，我们会通过弹窗单独征得您的同意。\n")
AFFILIATE_JP_NO_DATA = HEAD + "我们在日本的关联公司负责海外市场推广。\n"


def test_affiliate_in_japan_named_with_contact_and_separate_consent_is_met() -> None:
    assert verdict(AFFILIATE_JP, "cross-border-consent") == "met"


def test_affiliate_in_japan_unnamed_lacks_identity_and_contact() -> None:
    assert verdict(AFFILIATE_JP_UNNAMED, "cross-border-consent") == "contravention"
    assert verdict(AFFILIATE_JP_UNNAMED, "cross-border-mechanism") == "contravention"


def test_an_affiliate_abroad_that_receives_nothing_is_no_transfer() -> None:
    assert verdict(AFFILIATE_JP_NO_DATA, "cross-border-consent") == "not-applicable"


# --- "请…在取得监护人同意后使用": the imperative makes the guardian's consent the condition of use -----------------------

PLEASE_GUARDIAN = HEAD + "如您是未满十四周岁的儿童，请在父母或监护人的指导下阅读本政策，并在取得监护人同意后使用澄湾。\n"
SUGGEST_GUARDIAN = HEAD + "如您是未满十四周岁的儿童，建议您请监护人阅读本政策，并在取得监护人同意后使用澄湾。\n"
READ_ONLY_GUARDIAN = HEAD + "如您是未满十四周岁的儿童，请在父母或监护人的指导下阅读本政策。\n"


def test_please_use_after_the_guardian_consents_is_a_condition_of_use() -> None:
    assert verdict(PLEASE_GUARDIAN, "minors") == "met"


def test_a_suggestion_or_reading_with_a_guardian_stays_adverse() -> None:
    assert verdict(SUGGEST_GUARDIAN, "minors") == "contravention"
    assert verdict(READ_ONLY_GUARDIAN, "minors") == "contravention"


# --- "单独向您征求同意", and a promise to keep the data on the device, ask and deny nothing ----------------------------

FACE = (HEAD + "在使用“AI换脸”特效时，我们会收集您的面部特征信息，该信息属于个人敏感信息。"
        "我们将在您首次使用该功能前单独向您征求同意，面部特征信息仅在您的设备本地处理，不会上传至我们的服务器。\n")
FACE_TOLD = (HEAD + "在使用“AI换脸”特效时，我们会收集您的面部特征信息，该信息属于个人敏感信息。"
             "我们将在您首次使用该功能前向您说明，面部特征信息仅在您的设备本地处理。\n")
PRE_PIPL_2020 = date(2021, 5, 20)


def test_separate_consent_asked_of_you_with_data_kept_on_device_is_met() -> None:
    assert verdict(FACE, "sensitive-pi-consent", when=PRE_PIPL_2020) == "met"


def test_telling_is_not_asking() -> None:
    assert verdict(FACE_TOLD, "sensitive-pi-consent", when=PRE_PIPL_2020) == "contravention"


def test_en_data_kept_on_device_is_no_denial() -> None:
    text = (HEAD_EN + "When you use Face Swap we collect your face geometry data, which are sensitive personal information. "
            "We ask your separate consent before we process your face geometry data, which are processed only on your device "
            "and never uploaded to our servers.\n")
    assert verdict(text, "sensitive-pi-consent", "en", PRE_PIPL_2020) == "met"


# --- a consent promised "if sensitive data are involved" covers none of the data collected ---------------------------

SUPPOSED = (HEAD + "在您申请实名认证时，我们需要收集您的面部识别特征。\n如果涉及您的个人敏感信息，我们将单独向您取得授权。\n")
GENERAL = (HEAD + "在您申请实名认证时，我们需要收集您的面部识别特征。\n我们处理您的敏感个人信息前，均会单独向您取得授权。\n")


def test_consent_under_a_supposition_covers_no_collected_data() -> None:
    assert verdict(SUPPOSED, "sensitive-pi-consent", when=PRE_PIPL_2020) == "contravention"


def test_consent_for_sensitive_data_as_a_class_covers_them_before_pipl() -> None:
    assert verdict(GENERAL, "sensitive-pi-consent", when=PRE_PIPL_2020) == "met"


# --- a list item keeping "the service's own order" is outside the standard's list, however long the name ------------

ORDER_2017 = (HEAD + "在以下情形中，共享、转让、公开披露个人信息无需事先征得您的授权同意：\n"
              "1、与国家安全、国防安全直接相关的；\n2、与犯罪侦查、起诉、审判和判决执行等直接相关的；\n"
              "3、为维护本小程序的正常运营秩序所必需的。\n")
PUBLIC_ORDER_2017 = ORDER_2017.replace("为维护本小程序的正常运营秩序所必需的", "与公共安全、公共卫生、重大公共利益直接相关的")


def test_keeping_the_mini_programs_order_is_outside_the_2017_list() -> None:
    assert verdict(ORDER_2017, "gbt-sharing-exceptions", when=PRE_PIPL_2017) == "contravention"


def test_public_order_is_inside_it() -> None:
    assert verdict(PUBLIC_ORDER_2017, "gbt-sharing-exceptions", when=PRE_PIPL_2017) != "contravention"


# --- a table of third parties with the data they collect lists provisions ------------------------------------------

SDK_TABLE = (HEAD + "二、第三方服务\n第三方名称\t类型\t收集的信息\t目的\n"
             "极光推送SDK（深圳市极光信息技术有限公司）\tSDK\t设备标识符（OAID）、网络信息\t推送预约提醒\n")
SDK_TABLE_SEPARATE = SDK_TABLE + "在上述第三方SDK收集您的信息前，我们会通过弹窗单独征得您的同意。\n"
PROCESSOR_TABLE = (HEAD + "二、委托处理\n我们委托以下受托方处理您的信息，并要求其仅按照我们的要求处理：\n"
                   "受托方名称\t处理的信息\t目的\n杭州云仓科技有限公司\t收货地址\t仓储配送\n")


def test_rows_of_a_third_party_collection_table_are_provisions() -> None:
    assert verdict(SDK_TABLE, "sharing-separate-consent") == "contravention"


def test_with_separate_consent_asked_for_them_it_is_met() -> None:
    assert verdict(SDK_TABLE_SEPARATE, "sharing-separate-consent") == "met"


def test_a_table_of_processors_is_no_provision() -> None:
    assert verdict(PROCESSOR_TABLE, "sharing-separate-consent") != "contravention"


# --- the separate consent asked for a transfer abroad is the consent to provide to that recipient ---------------------

ABROAD_LATER = (HEAD + "三、跨境提供\n我们会将您的昵称和语言水平提供给我们在日本的关联公司语伴株式会社（Yuban K.K.，联系邮箱："
                "dpo@yuban.example.jp）。境外接收方仅将上述信息用于跨区域匹配。我们已与境外接收方订立了个人信息出境标准合同。"
                "在向境外提供前，我们会通过弹窗单独征得您的同意。\n")
ABROAD_NO_CONSENT = ABROAD_LATER.replace("在向境外提供前，我们会通过弹窗单独征得您的同意。", "您使用跨区域匹配即视为同意上述提供。")


def test_separate_consent_to_the_transfer_abroad_covers_the_provision() -> None:
    assert verdict(ABROAD_LATER, "sharing-separate-consent") == "met"
    assert verdict(ABROAD_LATER, "cross-border-consent") == "met"


def test_deemed_consent_to_the_transfer_abroad_covers_nothing() -> None:
    assert verdict(ABROAD_NO_CONSENT, "sharing-separate-consent") == "contravention"


# --- a device identifier handed to advertisers is personal information provided -----------------------------------

AD_IDS = HEAD + "共享：我们可能会将去标识化的设备标识符（如OAID、IDFA）提供给广告合作伙伴，用于广告投放和效果归因。\n"
AD_IDS_EN = HEAD_EN + "We may provide your device identifier (OAID, IDFA) to our advertising partners for ad attribution.\n"


def test_device_identifiers_to_ad_partners_are_a_provision() -> None:
    assert verdict(AD_IDS, "sharing-separate-consent") == "contravention"
    assert verdict(AD_IDS_EN, "sharing-separate-consent", "en") == "contravention"


# --- refusing the address book said to cost "our service" itself is bundled -----------------------------------------

CONTACTS = HEAD + "通讯录权限：用于发现好友。若您拒绝授予通讯录权限，澄湾将无法为您提供服务。\n"
CONTACTS_ONE = HEAD + "通讯录权限：用于发现好友。若您拒绝授予通讯录权限，澄湾将无法为您提供好友推荐服务，但不影响其他功能。\n"


def test_address_book_refusal_costing_the_service_is_bundled() -> None:
    assert verdict(CONTACTS, "bundled-consent") == "contravention"
    assert any("通讯录" in q for q in quoted(CONTACTS, "bundled-consent"))


def test_address_book_refusal_costing_one_feature_is_not() -> None:
    assert verdict(CONTACTS_ONE, "bundled-consent") != "contravention"


# ===== round 2 (written after the round-1 fixes): a 2020 repair-booking app, a 2022 online pharmacy, a 2024 self-drive
# rental abroad, a 2026 children's coding platform =====

PRE_PIPL_2020_JUNE = date(2020, 6, 15)   # GB/T 35273-2017 still in force


# --- "以及…的其他信息" closing a list of data leaves the category open -----------------------------------------------

OTHER_INFO = HEAD + "为向您提供上门维修服务，我们会收集您的姓名、联系电话、服务地址，以及我们认为有助于提升服务质量的其他信息。\n"
NO_OTHER_INFO = HEAD + "为向您提供上门维修服务，我们会收集您的姓名、联系电话和服务地址。我们不会收集与维修无关的其他信息。\n"
PRODUCED_OTHER = HEAD + "为提供服务，我们会收集您的手机号码。对于您在使用产品或服务过程中产生的其他个人信息，您可以申请获取副本。\n"


def test_a_last_item_of_other_information_described_by_a_clause_is_open() -> None:
    assert verdict(OTHER_INFO, "processing-scope") == "contravention"


def test_other_information_denied_or_in_a_rights_clause_opens_nothing() -> None:
    assert verdict(NO_OTHER_INFO, "processing-scope") == "met"
    assert verdict(PRODUCED_OTHER, "processing-scope") != "contravention"


# --- the person's run of ways: changing an address, viewing orders, a parent deleting the child's works --------------

WAYS = (HEAD + "您可以在“我的-地址管理”中修改或删除服务地址，在“我的-订单”中查看历史订单。您可以在手机系统设置中关闭定位权限。"
        "如需注销账号，请致电客服热线。\n")
PARENT_WAYS = (HEAD + "家长可以在“家长中心-孩子资料”中查阅、更正孩子的信息，删除课堂作品和语音，或撤回对本规则的同意；"
               "如需注销账号，可在“家长中心-设置-注销账号”中操作。\n")
HANDLER_ACTS = HEAD + "我们会定期查看用户的举报记录，并修改违规用户的昵称。您可以在“设置”中注销账号。\n"


def test_changing_an_address_and_viewing_orders_are_correction_and_access() -> None:
    assert verdict(WAYS, "rights-exercise") == "met"


def test_a_parent_deleting_the_childs_works_is_deletion() -> None:
    assert verdict(PARENT_WAYS, "rights-exercise") == "met"


def test_the_handler_viewing_and_changing_is_no_way_for_the_person() -> None:
    assert verdict(HANDLER_ACTS, "rights-exercise") == "omission"


# --- "上述信息" refused before any data are named is the policy itself ------------------------------------------------

PREAMBLE_REFUSAL = (HEAD + "请您务必审慎阅读本政策。如您不同意我们收集上述信息，请立即停止访问澄湾。\n"
                    "一、收集信息\n我们会收集您的姓名和电话，用于预约维修，并向您发送优惠短信。\n")
NAMED_REFUSAL = (HEAD + "一、收集信息\n我们会收集您的姓名和电话，用于预约。如您不同意我们收集上述信息，我们将无法为您提供预约服务。\n")


def test_refusing_the_above_before_anything_is_named_refuses_the_policy() -> None:
    assert verdict(PREAMBLE_REFUSAL, "bundled-consent") == "contravention"


def test_refusing_the_data_just_named_costs_only_what_needs_them() -> None:
    assert verdict(NAMED_REFUSAL, "bundled-consent") != "contravention"


# --- "在您同意后收集" is consent asked at the point of collection (before PIPL) ----------------------------------------

ID_AFTER_CONSENT = (HEAD + "上门服务前，为保障安全，我们会请您提供身份证号码进行登记。身份证号码属于个人敏感信息，我们将在您同意后收集。\n")
ID_NO_CONSENT = HEAD + "上门服务前，为保障安全，我们会请您提供身份证号码进行登记。身份证号码属于个人敏感信息。\n"


def test_collecting_after_your_consent_is_explicit_consent_under_gbt_2017() -> None:
    assert verdict(ID_AFTER_CONSENT, "sensitive-pi-consent", when=PRE_PIPL_2020_JUNE) == "met"
    assert verdict(ID_NO_CONSENT, "sensitive-pi-consent", when=PRE_PIPL_2020_JUNE) == "contravention"


# --- a deeming denied ("不视为您同意") deems nothing ------------------------------------------------------------------

NOT_DEEMED = (HEAD + "您通过微信小程序登录，不视为您同意本政策；我们会在您首次登录时弹窗展示本政策，请您阅读并勾选同意后再使用我们的服务。\n")
DEEMED = HEAD + "您通过微信小程序登录，即视为您同意本政策。\n"


def test_a_denied_deeming_is_no_consent_by_use() -> None:
    assert verdict(NOT_DEEMED, "consent-by-use") == "met"
    assert verdict(DEEMED, "consent-by-use") == "contravention"


# --- transaction security and fraud prevention are no PIPL 13 ground, but a case of the standard's use list --------

FRAUD = HEAD + "为保障交易安全、防范欺诈，我们会在必要时处理您的设备信息和交易记录，无需另行征得您的同意。\n"
FRAUD_CONSENT = HEAD + "为保障交易安全、防范欺诈，我们会在取得您的同意后处理您的设备信息。\n"


def test_fraud_prevention_without_consent_is_no_pipl13_ground() -> None:
    assert verdict(FRAUD, "legal-basis") == "contravention"
    assert verdict(FRAUD_CONSENT, "legal-basis") != "contravention"


def test_processing_for_security_is_no_sharing_deviation() -> None:
    assert verdict(FRAUD, "gbt-sharing-exceptions") != "contravention"


# --- the person addressed as the guardian consents as the guardian --------------------------------------------------

AS_GUARDIAN = HEAD + "如您为未满14周岁的儿童购药，须由您作为监护人代为操作，我们会在您提交儿童的用药信息前取得您的单独同意。\n"
AS_GUARDIAN_NO_CONSENT = HEAD + "如您为未满14周岁的儿童购药，须由您作为监护人代为操作。\n"


def test_consent_of_you_as_guardian_is_the_guardians_consent() -> None:
    assert verdict(AS_GUARDIAN, "minors") == "met"
    assert verdict(AS_GUARDIAN_NO_CONSENT, "minors") == "omission"


# --- deemed consent to a provision the booking needs is no bundling (consent-by-use still judges it) ----------------

RENTAL = (HEAD + "3. 向境外租车公司提供\n为在目的地为您办理取车手续，我们需要将驾驶人的姓名、护照号码传送至泰国当地的租车公司。"
          "您在预订页面提交驾照信息，即表示您同意我们将其提供给境外租车公司。\n")
ADS_DEEMED = HEAD + "您在预订页面提交驾照信息，即表示您同意我们将其提供给我们的广告合作伙伴。\n"


def test_deemed_consent_to_a_provision_the_booking_needs_is_not_bundled() -> None:
    assert verdict(RENTAL, "bundled-consent") != "contravention"
    assert verdict(RENTAL, "consent-by-use") == "contravention"


def test_deemed_consent_to_advertisers_is_bundled() -> None:
    assert verdict(ADS_DEEMED, "bundled-consent") == "contravention"


# --- an age of 18 or more required, or a service said not to be for minors, keeps children out -----------------------

ADULTS_21 = HEAD + "驾驶人须年满21周岁且持有有效驾照，本平台的服务不面向未成年人。\n"
MINORS_EXCEPT = HEAD + "本平台的服务不面向未成年人，但青少年模式除外。\n"


def test_a_driver_age_of_21_and_no_minors_is_not_applicable() -> None:
    assert verdict(ADULTS_21, "minors") == "not-applicable"


def test_an_exception_for_a_youth_mode_lets_minors_in() -> None:
    assert verdict(MINORS_EXCEPT, "minors") != "not-applicable"


# --- a Chinese age range of users below 14 makes the children's data sensitive --------------------------------------

KIDS_RANGE = (HEAD + "澄湾编程是为6至14岁儿童提供的在线编程课程平台。\n家长为孩子注册账号，即视为家长已同意本政策。\n"
              "我们会收集孩子的昵称、年龄和答题记录，用于提供课程。\n")
TEENS_RANGE = HEAD + "澄湾课堂是为16至18岁学生提供的在线课程平台。\n我们会收集学生的昵称、年龄和答题记录，用于提供课程。\n"


def test_users_aged_6_to_14_under_deemed_consent_is_sensitive_data_without_consent() -> None:
    assert verdict(KIDS_RANGE, "sensitive-pi-consent") == "contravention"


def test_users_aged_16_to_18_hold_no_childrens_data() -> None:
    assert verdict(TEENS_RANGE, "sensitive-pi-consent") == "not-applicable"


# --- an amount to pay set by the system is an automated decision; human review answers it -------------------------

DEPOSIT = HEAD + "系统将根据您的驾龄、历史订单和信用卡额度自动决定您需缴纳的押金金额。\n"
DEPOSIT_REVIEW = DEPOSIT + "如您对押金金额有异议，可在订单页申请人工复核。\n"


def test_a_deposit_set_automatically_with_no_remedy_is_adverse() -> None:
    assert verdict(DEPOSIT, "automated-decision") == "contravention"


def test_human_review_answers_the_automated_deposit() -> None:
    assert verdict(DEPOSIT_REVIEW, "automated-decision") == "met"


# --- lessons adapted to the child's own answers are personalisation; switching the adaptation off declines it --------

ADAPTIVE = HEAD + "AI助教会根据孩子的答题情况自动调整课程难度和学习路径。\n"
ADAPTIVE_OFF = ADAPTIVE + "家长可以在“家长中心-学习设置”中关闭智能调整，改为按固定大纲学习。\n"


def test_adaptive_lessons_without_a_switch_are_adverse() -> None:
    assert verdict(ADAPTIVE, "automated-decision") == "contravention"


def test_switching_the_adaptation_off_is_the_option_to_decline() -> None:
    assert verdict(ADAPTIVE_OFF, "automated-decision") == "met"


# --- prescriptions are health data; the harm a leak may do is the impact PIPL 30 asks to state --------------------

RX = (HEAD + "处方信息属于敏感个人信息。我们处理上述信息是为了完成处方审核所必需，如果泄露可能对您的身心健康造成不利影响。"
      "在您上传处方前，我们会以弹窗形式单独取得您的同意。\n")
RX_NO_IMPACT = HEAD + "处方信息属于敏感个人信息。在您上传处方前，我们会以弹窗形式单独取得您的同意。\n"


def test_prescriptions_with_separate_consent_and_impact_are_met() -> None:
    assert verdict(RX, "sensitive-pi-consent") == "met"


def test_prescriptions_without_the_impact_statement_are_adverse() -> None:
    assert verdict(RX_NO_IMPACT, "sensitive-pi-consent") == "contravention"


# ===== round 3 (written after the round-2 fixes): a 2021 smart-community app, a 2023 cross-border shop, a 2025 loan
# marketplace =====

PRE_PIPL_2021 = date(2021, 8, 20)


# --- a request naming the place in the app, and a feature switched off that ends the processing, are ways ----------

COMMUNITY_WAYS = (HEAD + "您有权查询、更正、删除您的个人信息，具体操作请联系物业服务中心或拨打服务热线0757-86315520。"
                  "您可以随时在“设置-人脸门禁”中关闭人脸识别开门，关闭后我们将删除您的人脸信息。注销账号请在“设置-账号注销”中操作。\n")
NO_WAYS = HEAD + "您有权查询、更正、删除您的个人信息。人脸识别开门功能关闭后无法恢复。\n"


def test_switching_a_feature_off_and_a_request_to_act_in_the_app_are_ways() -> None:
    assert verdict(COMMUNITY_WAYS, "rights-exercise", when=PRE_PIPL_2021) == "met"


def test_rights_named_with_no_way_stay_adverse() -> None:
    assert verdict(NO_WAYS, "rights-exercise", when=PRE_PIPL_2021) == "omission"


# --- data given "to an undertaking" name a recipient ---------------------------------------------------------------

TO_PROPERTY_CO = HEAD + "我们会将您的姓名、房号和手机号码共享给您所在小区的物业服务企业，用于物业费缴纳和报修服务。\n"
TO_YOU = HEAD + "我们会将您的物业费账单提供给您本人查看。\n"


def test_sharing_with_the_property_company_is_a_provision() -> None:
    assert verdict(TO_PROPERTY_CO, "sharing-separate-consent") == "contravention"


def test_giving_the_person_his_own_bill_is_none() -> None:
    assert verdict(TO_YOU, "sharing-separate-consent") != "contravention"


# --- arrears announced with the flat number is a public disclosure as a sanction ----------------------------------

ARREARS = HEAD + "我们可能在App“社区公告”中公示拖欠物业费超过六个月的业主房号及欠费金额。\n"
ARREARS_TOLD = HEAD + "对于拖欠物业费超过六个月的业主，我们会通过短信提醒其缴纳欠费。\n"


def test_arrears_posted_with_the_flat_number_is_a_sanction_disclosure() -> None:
    assert verdict(ARREARS, "public-disclosure") == "contravention"


def test_a_reminder_to_the_owner_discloses_nothing() -> None:
    assert verdict(ARREARS_TOLD, "public-disclosure") == "not-applicable"


# --- goods not sold to minors keep them out; data synchronised to a warehouse in Hong Kong go abroad ------------------

NO_SALE_TO_MINORS = HEAD + "我们不向未满18周岁的未成年人销售跨境商品。\n"
HK_WAREHOUSE = (HEAD + "我们委托位于香港的仓储服务商为您打包发货，您的订单信息（收货人姓名、电话、地址）会同步至该服务商的系统。\n")


def test_goods_not_sold_to_minors_is_not_applicable() -> None:
    assert verdict(NO_SALE_TO_MINORS, "minors") == "not-applicable"


def test_order_data_synchronised_to_hong_kong_is_a_transfer_abroad() -> None:
    assert verdict(HK_WAREHOUSE, "cross-border-mechanism") == "contravention"
    assert verdict(HK_WAREHOUSE, "cross-border-consent") == "contravention"


# --- "其他与贷款相关的用途" leaves the purposes open; 风险评估 is a purpose, not a risk --------------------------------

LOAN_OPEN = HEAD + "借款申请：工作单位、月收入、紧急联系人姓名及电话，用于风险评估及其他与贷款相关的用途。\n"
LOAN_CLOSED = HEAD + "我们会收集您的工作单位、月收入和紧急联系人电话，用于风险评估。\n"


def test_other_loan_related_purposes_are_open() -> None:
    assert verdict(LOAN_OPEN, "processing-scope") == "contravention"


def test_risk_assessment_alone_is_a_stated_purpose() -> None:
    assert verdict(LOAN_CLOSED, "processing-scope") == "met"


# --- kept on after the loan is repaid for the company's own model; kept because a law requires it ----------------

KEPT_FOR_MODEL = HEAD + "在贷款结清后，我们仍会保存您的信息五年，用于反欺诈模型训练。\n"
KEPT_BY_LAW = HEAD + "在贷款结清后，我们仍会按照《反洗钱法》的规定保存您的身份资料五年。\n"


def test_keeping_data_after_repayment_for_own_models_is_adverse() -> None:
    assert verdict(KEPT_FOR_MODEL, "retention-period") == "contravention"


def test_keeping_data_after_repayment_as_a_law_requires_is_met() -> None:
    assert verdict(KEPT_BY_LAW, "retention-period") == "met"


# --- refusing to let partners have the address book, at the price of the loan, is bundled -------------------------

CONTACTS_TO_PARTNERS = HEAD + "如您不同意我们向合作机构提供您的通讯录，您将无法提交借款申请。\n"
CONTACTS_ONE_FEATURE = HEAD + "如您不同意我们读取您的通讯录，您仍可正常使用借款服务。\n"


def test_address_book_to_partners_as_the_price_of_the_loan_is_bundled() -> None:
    assert verdict(CONTACTS_TO_PARTNERS, "bundled-consent") == "contravention"


def test_address_book_refusal_that_keeps_the_loan_is_not() -> None:
    assert verdict(CONTACTS_ONE_FEATURE, "bundled-consent") != "contravention"


# --- collecting the company's debts through third parties without consent is no PIPL 13 ground ----------------------

DEBT = HEAD + "为追讨逾期欠款，我们可能在未经您同意的情况下联系您的紧急联系人，告知您的逾期情况。\n"
DEBT_CONSENT = HEAD + "为追讨逾期欠款，我们会在取得您的同意后联系您的紧急联系人。\n"


def test_debt_collection_without_consent_is_no_pipl13_ground() -> None:
    assert verdict(DEBT, "legal-basis") == "contravention"


def test_debt_collection_with_consent_rests_on_consent() -> None:
    assert verdict(DEBT_CONSENT, "legal-basis") != "contravention"
