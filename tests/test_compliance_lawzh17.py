"""Issue 15, zh compliance (lawzh17): rules from lawzh17's first look at three own policies (a 2020 parking mini-program,
a 2023 counselling platform, a 2025 cross-border shop). Each rule is structural or a legal reading and sits beside a
near-miss that must not match. All sentences are written for these tests.
"""
from __future__ import annotations

from datetime import date

import compliance_judging

HEAD = "杭州青禾数字科技有限公司（以下简称“我们”）运营青禾应用，联系邮箱 privacy@qinghe.example.cn。\n"
HEAD_EN = "Qinghe Digital Ltd. (\"we\") runs the Qinghe app; write to privacy@qinghe.example.\n"
PRE_PIPL = date(2021, 3, 1)


def verdict(text: str, key: str, lang: str = "zh", when: date = compliance_judging.TODAY) -> str:
    return compliance_judging.verdict(text, lang, key, when)


def quoted(text: str, key: str, lang: str = "zh", when: date = compliance_judging.TODAY) -> list:
    return [q.text for q in compliance_judging.verdicts(text, lang, when)[key].quotes]


# --- de-identified data handed over with de-identification as the only condition ------------------------------------

# the item before asks consent for its own recipient; this item gives de-identified results to researchers with none
DEID_GIVEN = (HEAD + "三、我们如何提供个人信息\n1. 教练。在取得您的单独同意后，我们会将您的训练计划提供给您选择的教练。\n"
              "2. 科研合作。\n经去标识化处理后，我们可能将您的体测结果提供给合作的高校及科研机构，用于运动医学研究。\n")
# the same provision with consent asked in its own item is no free use
DEID_CONSENTED = (HEAD + "三、我们如何提供个人信息\n1. 科研合作。\n经去标识化处理后，我们可能将您的体测结果提供给合作的高校及科研机构，"
                  "用于运动医学研究。提供前我们会征得您的单独同意。\n")
# aggregate statistics are no one's data
DEID_STATS = (HEAD + "我们可能将去标识化的统计数据提供给合作的高校及科研机构，用于运动医学研究。\n")


def test_deidentified_results_given_to_researchers_without_consent() -> None:
    assert verdict(DEID_GIVEN, "de-identified-data") == "contravention"
    assert any("经去标识化处理后" in q for q in quoted(DEID_GIVEN, "de-identified-data"))


def test_deidentified_results_given_with_consent_or_as_statistics_are_not() -> None:
    assert verdict(DEID_CONSENTED, "de-identified-data") != "contravention"
    assert verdict(DEID_STATS, "de-identified-data") != "contravention"


def test_deidentified_provision_without_consent_shows_in_the_gbt_deviation() -> None:
    assert any("经去标识化处理后" in q for q in quoted(DEID_GIVEN, "gbt-sharing-exceptions"))


DEID_GIVEN_EN = (HEAD_EN + "3. Research. We may provide your de-identified test results to partner universities for research.\n")
DEID_CONSENTED_EN = (HEAD_EN + "3. Research. With your separate consent, we may provide your de-identified test results to "
                     "partner universities for research.\n")


def test_deidentified_provision_in_english() -> None:
    assert verdict(DEID_GIVEN_EN, "de-identified-data", "en") == "contravention"
    assert verdict(DEID_CONSENTED_EN, "de-identified-data", "en") != "contravention"


# "the above information is no personal information", right after a sentence handing identifiers to advertisers
ANAPHORIC_CLAIM = (HEAD + "我们会向广告合作方提供经去标识化处理的设备标识符（OAID）及兴趣标签，以便其投放广告。"
                   "上述信息无法直接识别您的身份，不属于个人信息。\n")
# the same claim after a sentence about aggregate reports we keep ourselves hands nothing over
ANAPHORIC_OWN = (HEAD + "我们会对访问量进行汇总统计，形成运营报表。上述信息无法直接识别您的身份，不属于个人信息。\n")


def test_a_non_personal_claim_about_the_identifiers_just_handed_over() -> None:
    assert verdict(ANAPHORIC_CLAIM, "de-identified-data") == "contravention"
    assert any("不属于个人信息" in q for q in quoted(ANAPHORIC_CLAIM, "de-identified-data"))
    assert verdict(ANAPHORIC_OWN, "de-identified-data") != "contravention"


# --- cross-border consent asked two sentences after the transfer, in the same paragraph --------------------------------

XB = (HEAD + "3. 跨境提供\n为完成海外直邮，我们需要将您的姓名、收货地址和手机号码提供给位于新加坡的关联公司 Qinghe Global Pte. Ltd."
      "（联系方式：privacy@qinghe.example.sg）。接收方将仅为上述目的处理相关信息，您可以通过上述邮箱向其行使权利。"
      "在您提交跨境订单前，我们会通过单独弹窗告知上述事项并取得您的单独同意。\n")
# the consent of another section (marketing) does not reach the transfer
XB_OTHER = (HEAD + "3. 跨境提供\n为完成海外直邮，我们需要将您的姓名、收货地址和手机号码提供给位于新加坡的关联公司 Qinghe Global Pte. Ltd."
            "（联系方式：privacy@qinghe.example.sg）。接收方将仅为上述目的处理相关信息。\n4. 营销\n"
            "在向您发送营销短信前，我们会取得您的单独同意。\n")


def test_separate_consent_after_the_recipient_duties_covers_the_transfer() -> None:
    assert verdict(XB, "cross-border-consent") == "met"
    assert verdict(XB_OTHER, "cross-border-consent") == "contravention"


XB_EN = (HEAD_EN + "Transfers abroad\nTo ship your order we transfer your name and address abroad to our affiliate Qinghe Global Pte. Ltd. in "
         "Singapore (privacy@qinghe.example.sg). The recipient uses the data only for shipping. Before any such transfer abroad "
         "we will ask for your separate consent.\n")


def test_separate_consent_after_the_recipient_duties_in_english() -> None:
    assert verdict(XB_EN, "cross-border-consent", "en") == "met"


# EU clauses named after the transfer, the recipient's duties and the consent: quoted as the mechanism that is none
XB_SCC = XB.rstrip("\n") + "我们已与境外接收方签订了符合欧盟标准合同条款要求的数据保护协议。\n"


def test_eu_clauses_three_sentences_on_are_quoted_for_the_mechanism() -> None:
    assert verdict(XB_SCC, "cross-border-mechanism") == "contravention"
    assert any("欧盟标准合同条款" in q for q in quoted(XB_SCC, "cross-border-mechanism"))


# --- before PIPL, GB/T explicit consent: a popup at the point of collection reaches the data --------------------------

POPUP = (HEAD + "当您使用“附近车位”功能时，经您在微信授权弹窗中同意后，我们会获取您的地理位置信息，用于展示周边车位。"
         "位置信息属于个人敏感信息，收集前我们会向您说明其必要性及对您个人权益的影响。\n")
# with no consent at all the location stays uncovered
NO_POPUP = (HEAD + "当您使用“附近车位”功能时，我们会获取您的地理位置信息，用于展示周边车位。"
            "位置信息属于个人敏感信息，收集前我们会向您说明其必要性及对您个人权益的影响。\n")


def test_a_popup_consent_before_pipl_reaches_the_location() -> None:
    assert "reaches" not in compliance_judging.verdicts(POPUP, "zh", PRE_PIPL)["sensitive-pi-consent"].reason
    assert verdict(NO_POPUP, "sensitive-pi-consent", when=PRE_PIPL) == "contravention"


# --- a bare refusal quoted with the clause it refuses -------------------------------------------------------------------

BARE = (HEAD + "为向您提供服务，您需同意我们将您的信息用于营销推广并与广告合作伙伴共享；如不同意，我们将无法为您提供注册服务。\n")
# a refusal that names its own object needs no antecedent
OWN_OBJECT = (HEAD + "您可以随时联系我们；如您不同意本政策，我们将无法为您提供注册服务。\n")


def test_a_bare_refusal_is_quoted_with_what_it_refuses() -> None:
    qs = quoted(BARE, "bundled-consent")
    assert verdict(BARE, "bundled-consent") == "contravention"
    assert any("用于营销推广" in q for q in qs) and any("如不同意" in q for q in qs)
    assert not any("随时联系我们" in q for q in quoted(OWN_OBJECT, "bundled-consent"))


# --- batch 2 ------------------------------------------------------------------------------------------------------------

# a neighbouring numbered provision with its own recipient and its own consent gives this one none
SIBLING = (HEAD + "三、共享\n3.1 我们会将您的姓名、手机号码及体测数据提供给为您授课的合作私教工作室，以便其制定训练计划。\n"
           "3.2 为您投保意外险，我们会将您的姓名提供给合作保险公司，投保前我们会单独征得您的同意。\n")
# consent asked in the same provision's next sentence does reach it
SAME = (HEAD + "三、共享\n3.1 我们会将您的姓名、手机号码及体测数据提供给为您授课的合作私教工作室，以便其制定训练计划。"
        "提供前我们会单独征得您的同意。\n")


def test_the_consent_of_the_next_provision_does_not_reach_this_one() -> None:
    assert verdict(SIBLING, "sharing-separate-consent") == "contravention"
    assert any("私教工作室" in q for q in quoted(SIBLING, "gbt-sharing-exceptions"))
    assert verdict(SAME, "sharing-separate-consent") != "contravention"
    assert verdict(SAME, "gbt-sharing-exceptions") != "contravention"


# consent the affiliate must ask for a later change of purpose is no consent to giving it the data (before PIPL)
PURPOSE_CHANGE = (HEAD + "我们可能会与我们的关联公司共享您的个人信息。关联公司如要改变个人信息的处理目的，将再次征求您的授权同意。\n")
CONSENTED = (HEAD + "我们可能会与我们的关联公司共享您的个人信息。共享前我们会征求您的授权同意。\n")
PURPOSE_CHANGE_EN = (HEAD_EN + "We may share your personal information with our affiliates. If an affiliate wants to use it "
                     "for a different purpose, it will ask for your consent again.\n")


def test_consent_for_a_later_change_of_purpose_is_no_consent_to_the_sharing() -> None:
    assert verdict(PURPOSE_CHANGE, "sharing-separate-consent", when=date(2019, 7, 1)) == "contravention"
    assert verdict(CONSENTED, "sharing-separate-consent", when=date(2019, 7, 1)) != "contravention"
    assert verdict(PURPOSE_CHANGE_EN, "sharing-separate-consent", "en", when=date(2019, 7, 1)) == "contravention"


# kept after the membership ends, for marketing
KEPT = HEAD + "为便于开展会员回访和营销活动，您的信息将在会员卡到期后继续保留五年。\n"
# kept after it ends because a law says so is another matter; and a period during the membership is none
KEPT_LAW = HEAD + "根据法律规定，交易记录将在会员卡到期后保留三年。\n"
KEPT_DURING = HEAD + "为开展营销活动，我们在会员有效期内保存您的手机号码。\n"
KEPT_EN = HEAD_EN + "Your contact details are retained for a period of five years after your membership ends, to send you offers.\n"


def test_retention_after_the_service_ends_for_marketing() -> None:
    assert verdict(KEPT, "retention-period") == "contravention"
    assert verdict(KEPT_LAW, "retention-period") != "contravention"
    assert verdict(KEPT_DURING, "retention-period") != "contravention"
    assert verdict(KEPT_EN, "retention-period", "en") == "contravention"


# children under 14 refused the service; older minors with a guardian
UNDER14_OUT = HEAD + "未满18周岁的未成年人须在监护人陪同下办理入会；我们不接受未满14周岁的儿童入会。\n"
# "not register alone" lets them in with a guardian: the guardian is still only asked of the child
ALONE = HEAD + "未满18周岁的未成年人须在监护人陪同下办理入会；未满14周岁的儿童不得单独注册。\n"
UNDER14_OUT_EN = (HEAD_EN + "Minors under 18 may join only with a parent or guardian present. We do not accept members under "
                  "the age of 14.\n")


def test_children_under_14_refused_the_service() -> None:
    assert verdict(UNDER14_OUT, "minors") == "met"
    assert verdict(ALONE, "minors") != "met"


def test_children_under_14_refused_the_service_in_english() -> None:
    assert verdict(UNDER14_OUT_EN, "minors", "en") != "contravention"


# a short line opened by a bracketed number is a title: the lines under it state the purposes of the data it titles
BRACKET_TITLE = (HEAD + "【一】我们如何处理您的信息\n模型优化：您上传的照片可能被用于训练和优化我们的模型。\n"
                 "模板推荐：我们会根据您的使用偏好推荐模板。\n")


def test_a_bracketed_title_is_a_heading() -> None:
    from policykg.compliance.text import PolicyText
    p = PolicyText.from_text(BRACKET_TITLE, language="zh")
    title = [s for s in p.sentences if s.text.startswith("【一】")]
    assert title and title[0].heading
    long_line = PolicyText.from_text(HEAD + "【重要】我们会收集您的手机号码，用于登录。\n", language="zh")
    assert not any(s.heading for s in long_line.sentences if s.text.startswith("【重要】"))


# --- batch 3 ------------------------------------------------------------------------------------------------------------

# an age limit on one function leaves the service open to younger users: no adult-only service
ONE_FUNCTION = (HEAD + "我们非常重视未成年人的保护。未满16周岁的用户不得使用抽盒功能；16周岁以上未满18周岁的用户，单日抽盒金额不超过100元。\n")
# an age limit on the whole service is one
WHOLE = HEAD + "未满18周岁的用户不得注册使用本应用。\n"


def test_an_age_limit_on_one_function_is_no_adult_only_service() -> None:
    assert verdict(ONE_FUNCTION, "minors") in ("omission", "contravention")
    assert any("未满16周岁" in q for q in quoted(ONE_FUNCTION, "minors"))
    assert verdict(WHOLE, "minors") == "not-applicable"


ONE_FEATURE_EN = HEAD_EN + "Users under 16 may not use the chat feature.\n"


def test_an_age_limit_on_one_feature_in_english_is_no_adult_only_service() -> None:
    assert verdict(ONE_FEATURE_EN, "minors", "en") != "not-applicable"


# preferences analysed to choose what the person is shown, with no way out
GUESS = HEAD + "我们会根据您的浏览和收藏记录，分析您的喜好，在首页为您展示“猜你喜欢”，该功能无法关闭。\n"
# analysing the company's own sales is no profiling of the person
SALES = HEAD + "我们会分析各门店的销售数据，以调整商品陈列。\n"


def test_preferences_analysed_for_what_is_shown_is_profiling() -> None:
    assert verdict(GUESS, "automated-decision") == "contravention"
    assert verdict(SALES, "automated-decision") == "not-applicable"


# deletion within a period after the service contract ends is a retention criterion
CONTRACT_END = HEAD + "企业客户解除服务合同后，我们将在30日内删除或返还企业客户的数据，法律法规另有规定的除外。\n"
# the contract's end with no period says nothing of how long
CONTRACT_END_VAGUE = HEAD + "企业客户解除服务合同后，我们将按照法律规定处理相关数据。\n"


def test_deletion_within_a_period_after_the_contract_ends() -> None:
    assert verdict(CONTRACT_END, "retention-period") == "met"
    assert verdict(CONTRACT_END_VAGUE, "retention-period") != "met"


# a screen in the store shows members' names to everyone there, on by default: public disclosure without consent
SCREEN = (HEAD + "门店大屏会展示会员打卡排行榜，包括您的昵称、头像及本月打卡次数。您可以在“我的-设置”中关闭排行榜展示。\n")
# shown only when the member chooses it is his own act
SCREEN_CHOSEN = (HEAD + "您可以选择开启“上榜展示”，开启后门店大屏会展示您的昵称及本月打卡次数。\n")


def test_a_store_screen_showing_members_is_public_disclosure() -> None:
    assert verdict(SCREEN, "public-disclosure") == "contravention"
    assert verdict(SCREEN_CHOSEN, "public-disclosure") != "contravention"
