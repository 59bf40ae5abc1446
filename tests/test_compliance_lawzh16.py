"""Issue 15, zh compliance (lawzh16). First the batch-3 rules lawzh15 left uncommitted, then rules from lawzh16's
own first looks. Each rule is structural or a legal reading and sits beside a near-miss that must not match. All
sentences are written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

import compliance_judging

HEAD = "苏州禾木网络科技有限公司（以下简称“我们”）运营禾木应用，联系邮箱 privacy@hemu.example.cn。\n"
HEAD_EN = "Hemu Networks Ltd. (\"we\") runs the Hemu app; write to privacy@hemu.example.\n"


def verdict(text: str, key: str, lang: str = "zh", when: date = compliance_judging.TODAY) -> str:
    return compliance_judging.verdict(text, lang, key, when)


def quoted(text: str, key: str, lang: str = "zh", when: date = compliance_judging.TODAY) -> list:
    return [q.text for q in compliance_judging.verdicts(text, lang, when)[key].quotes]


# --- batch 3 of lawzh15 ----------------------------------------------------------------------------------------------

# a dotted section number with no closing mark ("2.2 为…") opens an item of its own: the consent of 2.1 stays there
DOTTED = (HEAD + "2 个人信息的提供\n2.1 您预约保养后，我们会将您的姓名和手机号码提供给您所选择的合作门店（第三方）。提交前我们会单独征求您的同意。\n"
          "2.2 为向您推荐车险，我们会向合作伙伴提供您的车辆信息和手机号码。\n")


def test_a_dotted_section_number_opens_its_own_item() -> None:
    assert verdict(DOTTED, "sharing-separate-consent") == "contravention"
    assert any("2.2" in q or "车险" in q for q in quoted(DOTTED, "sharing-separate-consent"))


def test_a_line_without_a_number_carries_on_its_item() -> None:
    text = (HEAD + "2 个人信息的提供\n2.1 您预约保养后，我们会将您的姓名和手机号码提供给您所选择的合作门店（第三方）。\n"
            "提交预约前，我们会单独征求您的同意。\n")
    assert verdict(text, "sharing-separate-consent") != "contravention"


# before PIPL, neither GB/T edition's sharing list has "a contract the person asked for" (it is a collection case)
Y2019, Y2022 = date(2019, 8, 1), date(2022, 8, 1)
CONTRACT_2019 = (HEAD + "三、我们如何共享、转让、公开披露您的个人信息\n"
                 "以下情形中，我们共享、转让、公开披露您的个人信息无需事先征得您的授权同意：\n"
                 "1. 与国家安全、国防安全直接相关的；\n2. 根据您的要求签订和履行合同所必需的；\n"
                 "3. 与刑事侦查、起诉、审判和判决执行等直接相关的。\n")


def test_sharing_for_a_contract_before_pipl_is_outside_the_gbt_list() -> None:
    assert verdict(CONTRACT_2019, "gbt-sharing-exceptions", when=Y2019) == "contravention"
    assert any("合同" in q for q in quoted(CONTRACT_2019, "gbt-sharing-exceptions", when=Y2019))


def test_sharing_for_a_contract_under_pipl_and_collection_for_a_contract_are_within() -> None:
    assert verdict(CONTRACT_2019, "gbt-sharing-exceptions", when=Y2022) != "contravention"
    collect = CONTRACT_2019.replace("我们共享、转让、公开披露您的个人信息无需事先征得您的授权同意", "我们收集、使用您的个人信息无需事先征得您的授权同意")
    assert verdict(collect, "gbt-sharing-exceptions", when=Y2019) != "contravention"


def test_partner_merchants_receive_a_provision() -> None:
    text = HEAD + "为向您提供优惠，我们会将您的手机号码和租借记录提供给合作的商户。\n"
    assert verdict(text, "sharing-separate-consent") == "contravention"


def test_a_merchant_that_gets_nothing_receives_no_provision() -> None:
    text = HEAD + "您可以在合作的商户使用优惠券，我们不会向其提供您的个人信息。\n"
    assert verdict(text, "sharing-separate-consent") != "contravention"


def test_other_related_purposes_leave_the_scope_open() -> None:
    text = HEAD + "我们会收集您的手机号码和租借记录，上述信息用于提供租借服务及其他相关目的。\n"
    assert verdict(text, "processing-scope") == "contravention"
    assert any("其他相关目的" in q for q in quoted(text, "processing-scope"))


def test_related_purposes_named_are_not_open() -> None:
    text = HEAD + "我们会收集您的手机号码和租借记录，上述信息用于提供租借服务及与租借相关的客服目的。\n"
    assert verdict(text, "processing-scope") != "contravention"


# --- lawzh16 batch 1 (teen education 2022, used cars 2019, health wearable 2023, community group-buying 2021) -------

def stating(text: str, fact: str) -> list:
    return compliance_judging.stating(text, "zh", fact)


# an acceptance word only inside a refusal: what continued use follows is the refusal, no consent is deemed

@pytest.mark.parametrize("text,lang", [
    (HEAD + "您点击“同意并继续”后我们方会处理您的个人信息；您点击“不同意”的，可以继续使用不需要账号的基础功能。\n", "zh"),
    (HEAD_EN + "You give consent by tapping Agree. If you do not agree, you can continue to use the basic functions without an account.\n", "en"),
])
def test_continuing_to_use_after_refusing_deems_no_consent(text: str, lang: str) -> None:
    assert verdict(text, "consent-by-use", lang) != "contravention"


@pytest.mark.parametrize("text,lang", [
    (HEAD + "如您不同意本政策，请停止使用；如您继续使用，即视为您同意本政策。\n", "zh"),
    (HEAD_EN + "If you do not agree, stop using the app; if you continue to use the app, you agree to this policy.\n", "en"),
])
def test_continued_use_deemed_acceptance_beside_a_refusal_still_deems(text: str, lang: str) -> None:
    assert verdict(text, "consent-by-use", lang) == "contravention"


# a list whose intro names the acts it lists (collection, use, sharing) and not disclosure is no list of public
# disclosures, though it follows the public-disclosure heading

PUB = (HEAD + "三、共享与公开披露\n3.3 公开披露\n我们不会公开披露您的个人信息，除非获得您的单独同意。\n"
       "3.4 以下情形中，我们收集、使用、共享您的个人信息无需征得您的同意：\n（1）为履行法定职责或者法定义务所必需；\n（2）为维护我们的合法权益所必需。\n")


def test_a_sharing_list_after_the_public_disclosure_heading_discloses_nothing_publicly() -> None:
    assert verdict(PUB, "public-disclosure") == "met"
    assert verdict(PUB, "legal-basis") == "contravention"  # the list is still judged as one of processing


def test_a_list_that_names_public_disclosure_is_one() -> None:
    text = PUB.replace("我们收集、使用、共享您的个人信息", "我们共享、公开披露您的个人信息")
    assert verdict(text, "public-disclosure") == "contravention"


def test_a_sharing_list_under_a_public_disclosure_heading_in_english() -> None:
    text = (HEAD_EN + "5. Public disclosure\nWe do not publicly disclose your personal information unless you separately consent.\n"
            "We may collect, use and share your information without your consent in these cases:\n"
            "(a) where required by law;\n(b) to protect our legitimate interests.\n")
    assert verdict(text, "public-disclosure", "en") != "contravention"


# a guardian named as the one who may consent in the person's stead keeps the clause general

def test_consent_of_the_person_or_his_guardian_is_a_general_rule() -> None:
    assert verdict(HEAD + "我们不会公开披露您的个人信息，除非获得您（或您的监护人）的单独同意。\n", "public-disclosure") == "met"
    text = HEAD_EN + "We do not publicly disclose your personal information unless you (or your parent or guardian) separately consent.\n"
    assert "children" not in compliance_judging.verdicts(text, "en")["public-disclosure"].reason


def test_a_clause_on_childrens_data_alone_is_no_general_rule() -> None:
    text = HEAD + "对于儿童的个人信息，我们不会公开披露，除非获得您或您的监护人的单独同意。\n"
    assert verdict(text, "public-disclosure") == "review"


# deletion as one clause of a run of the person's rights

def test_deletion_in_a_run_of_the_persons_rights() -> None:
    text = HEAD + "您可以在“我的-健康”中查阅、更正您的个人信息，删除单项健康数据，撤回对健康监测的授权。\n"
    assert stating(text, "right_delete")


def test_the_companys_power_to_delete_is_no_right_of_the_person() -> None:
    text = HEAD + "我们可以在您违反用户协议时暂停服务，删除违规发布的数据。\n"
    assert not stating(text, "right_delete")


# a service kept from children that deletes what it finds of theirs meets PIPL 31 (as the en/es/ru cues already read)

def test_an_adult_service_that_deletes_childrens_data_found_meets_minors() -> None:
    text = (HEAD + "本产品主要面向成年人。如果我们发现在未事先获得可证实的监护人同意的情况下收集了未满14周岁儿童的个人信息，会尽快删除相关数据。\n")
    assert verdict(text, "minors") == "met"


def test_a_service_for_adults_and_children_is_not_kept_from_children() -> None:
    text = (HEAD + "本产品面向成年人和儿童。如果我们发现在未事先获得可证实的监护人同意的情况下收集了未满14周岁儿童的个人信息，会尽快删除相关数据。\n")
    assert verdict(text, "minors") != "met"


# 个性化 parted from its noun by 的 and a modifier

def test_personalised_advice_pushed_from_health_data_is_profiling() -> None:
    text = HEAD + "我们会基于您的心率、睡眠等健康数据，向您推送个性化的健康建议及可能适合您的商品推荐。\n"
    assert verdict(text, "automated-decision") == "contravention"
    assert verdict(text + "您可以在“设置-个性化推荐”中关闭此功能。\n", "automated-decision") == "met"


def test_a_personalised_avatar_is_no_profiling() -> None:
    assert not stating(HEAD + "您可以上传个性化的头像和昵称。\n", "profiling")


# storage in a named foreign country goes abroad, the word 境外 or not

def test_storage_on_servers_in_a_named_foreign_country_goes_abroad() -> None:
    text = (HEAD + "您的账号信息和运动数据将存储于位于新加坡的云服务器，该服务器由Example Cloud Pte. Ltd.提供。\n"
            "我们已订立个人信息出境标准合同，并会在传输前取得您的单独同意。\n")
    assert verdict(text, "cross-border-mechanism") == "met"
    assert verdict(text, "cross-border-consent") == "contravention"  # no contact of the recipient
    assert any("新加坡" in q for q in quoted(text, "cross-border-consent"))


@pytest.mark.parametrize("text", [
    HEAD + "我们的母公司注册于新加坡。您的个人信息存储于中华人民共和国境内的服务器。\n",
    HEAD + "您的个人信息存储在中国境内，我们的美国合作方不会获得您的个人信息。\n",
])
def test_a_foreign_country_named_without_storage_there_is_no_transfer(text: str) -> None:
    assert verdict(text, "cross-border-mechanism") == "not-applicable"


# a category left to the company's later judgement of what is needed

@pytest.mark.parametrize("sentence", ["我们会根据业务需要收集您的其他必要信息。", "我们可能根据经营需要收集您的身份信息。"])
def test_other_necessary_information_leaves_the_categories_open(sentence: str) -> None:
    text = HEAD + "我们会收集您的手机号码，用于注册账号。" + sentence + "\n"
    assert verdict(text, "processing-scope") == "contravention"


def test_named_necessary_information_is_not_open() -> None:
    text = HEAD + "我们会收集您的手机号码和收货地址等必要信息，用于注册账号和配送商品。\n"
    assert verdict(text, "processing-scope") != "contravention"


# --- lawzh16 batch 2 (ride hailing 2024, internet hospital 2020, a Singapore notes app 2024) ------------------------

# a breach of the rules posted with the account (公示, 违反) is a public disclosure, though it says neither 公开 nor 披露

def test_posting_a_rule_breakers_nickname_is_a_public_disclosure() -> None:
    text = (HEAD + "我们不会公开披露您的个人信息。对于严重违反平台规则的乘客，我们可能在平台内公示其经脱敏处理的账号昵称及违规情形。\n")
    assert verdict(text, "public-disclosure") == "contravention"
    assert any("公示" in q for q in quoted(text, "public-disclosure"))


def test_suspending_a_rule_breaker_discloses_nothing() -> None:
    text = HEAD + "我们不会公开披露您的个人信息。对于严重违反平台规则的乘客，我们可能暂停其账号。\n"
    assert verdict(text, "public-disclosure") != "contravention"


# a business named as the one given the data ("合作的汽车租赁公司", "共享给…其他医院") receives a provision

@pytest.mark.parametrize("sentence", ["为提升服务质量，我们可能将您的行程数据与合作的汽车租赁公司共享。",
                                      "为便于转诊，我们可能将您的病历资料共享给医联体内的其他医院。"])
def test_a_partner_company_or_hospital_receives_a_provision(sentence: str) -> None:
    assert verdict(HEAD + sentence + "\n", "sharing-separate-consent") == "contravention"


def test_a_partner_company_that_gets_nothing_receives_no_provision() -> None:
    text = HEAD + "您可以在合作的汽车租赁公司门店还车，我们不会向其提供您的个人信息。\n"
    assert verdict(text, "sharing-separate-consent") != "contravention"


# before PIPL a provision waiting for any consent is not among those a bypass list governs

BYPASS = (HEAD + "三、信息的共享\n（一）如您选择商业保险直付，在您授权同意后，我们会将就诊信息和费用明细提供给您选择的保险公司。\n"
          "（二）为便于转诊，我们可能将您的病历资料共享给医联体内的其他医院。\n"
          "（三）下列情形中，我们共享、转让、公开披露个人信息无需事先征得您的授权同意：\n1）与国家安全、国防安全直接相关的；\n"
          "2）为开展医学研究所必要，且对外提供时已对结果中所包含的个人信息进行去标识化处理的。\n")


def test_before_pipl_a_provision_with_consent_is_not_quoted_as_bypassed() -> None:
    when = date(2020, 12, 1)
    assert verdict(BYPASS, "sharing-separate-consent", when=when) == "contravention"
    assert not any("保险公司" in q for q in quoted(BYPASS, "sharing-separate-consent", when=when))


def test_under_pipl_consent_that_is_not_separate_stays_quoted() -> None:
    assert any("保险公司" in q for q in quoted(BYPASS, "sharing-separate-consent"))


# the sentence naming sensitive data itself is quoted before one that refers back to it

def test_the_sentence_naming_sensitive_data_leads_the_quotes() -> None:
    text = (HEAD + "第一条 我们收集的信息\n1. 注册信息：手机号码。\n2. 就诊人信息：就诊人姓名、身份证号码。\n"
            "第二条 信息的使用\n我们使用上述信息为您提供问诊服务，并用于医疗质量管理。\n")
    q = quoted(text, "sensitive-pi-consent", when=date(2022, 6, 1))
    assert q and "身份证" in q[0]


# a numbered line ending in 。 is an item, not a heading: the items after it stay in the section they are in

def test_a_numbered_item_ending_in_a_full_stop_opens_no_section() -> None:
    text = HEAD + "第一条 我们收集的信息\n1. 注册信息：手机号码。\n2. 就诊人信息：就诊人姓名、身份证号码。\n"
    f = compliance_judging.facts(text, "zh")
    item = next(s for s in f.policy.sentences if "身份证" in s.text)
    assert item.section == "第一条 我们收集的信息" and f.in_collection_section(item)


def test_a_numbered_short_title_still_opens_a_section() -> None:
    text = HEAD + "第一条 我们收集的信息\n1. 注册信息\n您需要提供手机号码。\n"
    f = compliance_judging.facts(text, "zh")
    item = next(s for s in f.policy.sentences if "手机号码" in s.text and "注册信息" not in s.text)
    assert item.section != "第一条 我们收集的信息"


# an item the person deleted, kept where he can restore it, is kept for him

@pytest.mark.parametrize("text,lang", [
    (HEAD + "您删除笔记后，笔记会在回收站保留30天，之后永久删除。\n", "zh"),
    (HEAD_EN + "After you delete a note, it stays in the trash for 30 days and is then permanently deleted.\n", "en"),
])
def test_a_recycle_bin_after_deletion_is_no_retention_for_the_company(text: str, lang: str) -> None:
    assert verdict(text, "retention-period", lang) != "contravention"


def test_keeping_data_after_cancellation_is_still_retention_beyond_the_purpose() -> None:
    text = HEAD + "您注销账号后，我们仍会将您的信息保留30天。\n"
    assert verdict(text, "retention-period") == "contravention"


# the handler itself abroad, named with a way to reach it, is the identified foreign recipient

NOTES = ("Inkleaf 笔记由 Inkleaf Labs Pte. Ltd.（注册于新加坡，以下简称“我们”）提供。\n"
         "您的笔记内容将存储在位于新加坡的服务器上。我们在首次启动时会请您单独同意上述跨境处理。\n"
         "联系我们：privacy@inkleaf.example\n")


def test_a_handler_abroad_that_names_itself_and_its_contact_identifies_the_recipient() -> None:
    assert verdict(NOTES, "cross-border-consent") == "met"


def test_a_prc_handler_storing_abroad_does_not_identify_the_foreign_recipient() -> None:
    text = NOTES.replace("Inkleaf Labs Pte. Ltd.（注册于新加坡，以下简称“我们”）", "上海墨叶网络科技有限公司（以下简称“我们”）")
    assert verdict(text, "cross-border-consent") == "contravention"


def test_a_service_not_for_children_under_14_that_deletes_their_data_meets_minors() -> None:
    text = HEAD + "本服务不面向14周岁以下的儿童。如果我们发现在未获得监护人同意的情况下收集了14周岁以下儿童的个人信息，我们将立即删除。\n"
    assert verdict(text, "minors") == "met"


def test_a_handler_abroad_whose_group_companies_also_get_the_data_leaves_them_unnamed() -> None:
    text = NOTES.replace("我们在首次启动时", "我们的关联公司也可能访问您的笔记内容以提供技术支持。我们在首次启动时")
    assert verdict(text, "cross-border-consent") == "contravention"


def test_a_handler_abroad_in_english_names_itself_as_the_recipient() -> None:
    text = ("Inkleaf Labs Pte. Ltd. (\"we\"), a company incorporated in Singapore, provides Inkleaf to users in mainland China.\n"
            "Your notes are stored on our servers in Singapore. We ask for your separate consent to this transfer when you first sign in.\n"
            "Contact: privacy@inkleaf.example\n")
    assert verdict(text, "cross-border-consent", "en") == "met"
    assert verdict(text + "Your information may also be accessed by our group companies.\n", "cross-border-consent", "en") == "contravention"


# --- lawzh16 batch 3 (credit-card bank app 2023, children's smartwatch 2021) -----------------------------------------

BANK = "华信银行股份有限公司（以下简称“我行”）运营本App，邮箱 pip@huaxin.example.cn。\n"


def test_an_audience_age_range_is_no_consent_threshold() -> None:
    text = HEAD + "我们的产品主要供6至12岁儿童佩戴，由其监护人通过App管理；我们会在取得监护人同意后处理儿童的个人信息。\n"
    assert verdict(text, "minors") == "met"


def test_a_consent_age_below_14_is_still_a_low_threshold() -> None:
    text = HEAD + "未满12周岁的儿童须在取得监护人同意后使用本产品。\n"
    assert verdict(text, "minors") == "contravention"


def test_a_bank_calling_itself_wo_hang_collects_for_a_purpose() -> None:
    assert verdict(BANK + "我行会记录您的交易信息和设备信息，用于防范欺诈交易。\n", "processing-scope") == "met"
    assert verdict(BANK + "我行会记录您的交易信息和设备信息。\n", "processing-scope") != "met"


def test_using_data_to_achieve_functions_states_the_purpose() -> None:
    text = HEAD + "我们收集您的位置信息。我们使用上述信息实现定位、安全区域提醒等功能。\n"
    assert verdict(text, "processing-scope") == "met"
    assert verdict(HEAD + "我们收集您的位置信息。我们使用上述信息。\n", "processing-scope") != "met"


def test_applying_for_deletion_names_the_right() -> None:
    assert stating(BANK + "您可以致电客服热线申请删除、撤回授权或注销账户。\n", "right_delete")
    assert not stating(BANK + "您可以致电客服热线申请注销账户。\n", "right_delete")


def test_a_guardian_exercises_the_childs_rights() -> None:
    text = (HEAD + "监护人可以在App中查看、修改儿童信息，删除历史轨迹，解绑手表并注销账号。如需撤回同意，可在App“设置-隐私”中关闭定位功能。\n")
    assert verdict(text, "rights-exercise") == "met"
    assert not stating(HEAD + "监护人可能会收到安全提醒。\n", "user_can")


def test_attributes_named_as_the_childs_are_data_given_to_a_partner() -> None:
    text = HEAD + "我们可能与合作的教育机构共享儿童的年龄段和使用偏好，以便其向监护人推荐课程。\n"
    assert verdict(text, "sharing-separate-consent") == "contravention"
    assert verdict(HEAD + "合作的教育机构可能会在App内展示课程广告。\n", "sharing-separate-consent") != "contravention"


@pytest.mark.parametrize("text,lang", [
    (BANK + "信用卡资料在销户后依法保存，保存期限不少于五年（依据《金融机构客户身份资料及交易记录保存管理办法》）。\n", "zh"),
])
def test_a_minimum_retention_set_by_statute_is_no_open_period(text: str, lang: str) -> None:
    assert verdict(text, "retention-period", lang) != "contravention"


def test_a_minimum_retention_of_the_companys_own_is_open() -> None:
    assert verdict(BANK + "信用卡资料在销户后保存，保存期限不少于五年。\n", "retention-period") == "contravention"


def test_a_debtor_named_in_the_media_is_a_public_disclosure() -> None:
    text = BANK + "我行不会公开披露您的个人信息，但对于逾期不还款且经催告仍不履行的持卡人，我行可在媒体上公告催收。\n"
    assert verdict(text, "public-disclosure") == "contravention"
    text = BANK + "我行不会公开披露您的个人信息。对于逾期不还款的持卡人，我行将通过短信提醒还款。\n"
    assert verdict(text, "public-disclosure") != "contravention"


def test_a_minimum_retention_by_law_in_general_is_still_open() -> None:
    text = HEAD + "存储期限严格按照法律及相关法规规定，最低期限不少于6个月。\n"
    assert verdict(text, "retention-period") == "contravention"


def test_a_denial_of_storing_call_content_is_a_denial() -> None:
    assert compliance_judging.facts(HEAD + "视频通话内容不在服务器存储。\n", "zh").negated(
        compliance_judging.facts(HEAD + "视频通话内容不在服务器存储。\n", "zh").policy.sentences[-1])
    f = compliance_judging.facts(HEAD + "视频通话内容在服务器存储7天。\n", "zh")
    assert not f.negated(f.policy.sentences[-1])


def test_childrens_data_under_a_deemed_guardian_consent_lead_the_sensitive_quotes() -> None:
    text = (HEAD + "重要提示：监护人绑定手表即视为同意我们按照本政策处理儿童的个人信息。\n"
            "定位信息：手表会获取儿童的实时位置和历史轨迹，并上传至服务器。\n")
    q = quoted(text, "sensitive-pi-consent", when=date(2021, 8, 2))
    assert q and "视为同意" in q[0]
    text = (HEAD + "监护人应在绑定前仔细阅读本政策，并在App中点击“同意”。\n定位信息：手表会获取儿童的实时位置和历史轨迹，并上传至服务器。\n")
    assert not any("视为同意" in x for x in quoted(text, "sensitive-pi-consent", when=date(2021, 8, 2)))


# --- lawzh16 batch 4 (recruitment platform 2025, shared e-bikes 2018) -------------------------------------------------

def test_a_resume_pushed_to_partner_headhunters_is_a_provision() -> None:
    text = HEAD + "为扩大求职机会，我们可能将您的简历推送给合作的猎头机构。\n"
    assert verdict(text, "sharing-separate-consent") == "contravention"
    assert verdict(HEAD + "我们会向您推送合作猎头机构发布的职位。\n", "sharing-separate-consent") != "contravention"


def test_acting_on_the_persons_data_states_a_purpose() -> None:
    text = HEAD + "我们会根据您的求职意向、简历内容和浏览行为，为您推荐职位。\n"
    assert verdict(text, "processing-scope") == "met"
    assert verdict(HEAD + "我们会为您推荐职位。\n", "processing-scope") != "met"


def test_a_service_for_those_aged_16_and_over_is_not_offered_to_children() -> None:
    text = HEAD + "我们的服务面向年满16周岁的求职者。不满16周岁的，请勿注册。\n"
    assert verdict(text, "minors") == "not-applicable"
    assert verdict(HEAD + "我们的服务面向所有求职者。\n", "minors") != "not-applicable"


def test_naming_the_foreign_companys_name_and_contact_before_transfer_is_identity_and_contact() -> None:
    text = (HEAD + "您投递位于香港的企业职位时，您的简历将传输至该企业。在投递前我们会告知境外企业的名称、联系方式、处理目的和方式，"
            "并取得您的单独同意。\n")
    assert verdict(text, "cross-border-consent") == "met"
    text = HEAD + "您投递位于香港的企业职位时，您的简历将传输至该企业。在投递前我们会取得您的单独同意。\n"
    assert verdict(text, "cross-border-consent") == "contravention"
