"""Causes of errors seen on fresh Chinese and English policies of new genres (issue 16, helper facts17):
white-label apps, groups publishing one policy jointly, makers with a company per region, insurance
brokers, hospital booking platforms, mini-programs, browser extensions.

Each rule is tested with the wording it is for and a near miss beside it. All texts are written for these
tests (invented companies), not taken from any corpus.
"""
from __future__ import annotations

import pytest

from tests.test_extract_publisher import publisher


# --- publisher ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a registration parenthesis between the legal name and its alias introduction glosses the name
        ("The app is offered by Marlow Foods Limited (company number 0551234, registered office: 2 Dock Road, "
         "Hull) (\"Marlow\", \"we\").", "en", "Marlow Foods Limited"),
        ("本服务由宁波青屿网络科技有限公司（统一社会信用代码：91330200MA2000000X）（以下简称“我们”）提供。",
         "zh", "宁波青屿网络科技有限公司"),
        # a trade name glossed between them: the short form is the trade name, the legal name is introduced
        ("The app is offered to shoppers of Daisy Stores by Hollin Retail Limited, trading as Daisy (company "
         "number 0321, registered office: Leeds) (\"Daisy\", \"we\", \"us\").", "en", "Hollin Retail Limited"),
        # a white-label vendor that builds the app "for us" is a processor, never the publisher
        ("The app is built, hosted and maintained for us by Appforge Systems B.V., a software company.\n"
         "Contact Appforge with technical questions only.", "en", None),
        # near miss: the policy's own operator
        ("The app is operated by Appforge Systems B.V., a software company in Utrecht.", "en",
         "Appforge Systems B.V."),
        # several regional entities, "we" meaning whichever is responsible: no one publisher
        ("In this policy \"Lumo\", \"we\" and \"us\" refer to the relevant company below.\n"
         "United States\tLumo Devices Inc.\nEurope\tLumo Europe GmbH\nRest of world\tLumo Tech Co., Ltd.\n"
         "Devices are made by Lumo Tech Co., Ltd.", "en", None),
        ("The Lumo company responsible for your personal information depends on where you live: Lumo Devices "
         "Inc. in the US, Lumo Europe GmbH in the EEA.", "en", None),
        # near miss: a head company and its affiliates called "we" together names the head company
        ("Lumo Devices Inc. and its affiliates (collectively \"Lumo\", \"we\") make smart lamps.", "en",
         "Lumo Devices Inc."),
        # several group companies publishing one policy jointly, none of them alone "we"
        ("本政策由下列主体共同制定和发布（以下单独或合称“我们”）：\n上海青川控股有限公司\n上海青川商业管理有限公司\n"
         "青川物业服务股份有限公司", "zh", None),
        # near miss: one company with its affiliates, individually or together "we"
        ("上海青川控股有限公司及其关联公司（以下单独或合称“我们”）重视您的个人信息。", "zh", "上海青川控股有限公司"),
    ],
)
def test_publisher_of_new_genres(text: str, language: str, expected: str | None) -> None:
    assert publisher(text, language) == expected


# --- dates -------------------------------------------------------------------------------------------------
from tests.test_extract_scalars_fresh import facts  # noqa: E402


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the next field's label after a date ("发布日期：…  生效日期：…") names the next date, not this one
        ("启明隐私规则\n发布日期：2023年8月20日  生效日期：2023年9月1日\n我们重视您的隐私。", "zh", "2023-08-20"),
        ("启明隐私规则\n发布日期：二〇二三年八月二十日  生效日期：二〇二三年九月一日\n我们重视您的隐私。", "zh", "2023-08-20"),
        ("Acme Privacy Notice\nUpdated: 2025-01-08   Effective date: 2025-01-15\nWe care.", "en", "2025-01-08"),
        # near misses: a date followed by its own predicate
        ("本政策于2023年9月1日生效。", "zh", "2023-09-01"),
        ("This notice is effective from 15 January 2025 and was published on 8 January 2025.", "en", "2025-01-08"),
        ("This notice takes effect on 15 January 2025.", "en", "2025-01-15"),
        # a US form's revision line: "Rev. 03/2024" is March 2024 (read as its first day)
        ("Rev. 03/2024\nHarbor Card Privacy Notice\nWe collect your name.", "en", "2024-03-01"),
        # near miss: a month/year that no cue introduces is no version date
        ("Cards issued before 03/2024 keep their old limits.", "en", None),
    ],
)
def test_version_date(text: str, language: str, expected: str | None) -> None:
    assert facts(text, language)["last_updated"] == expected


# --- phones ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the area code in a full-width parenthesis, the subscriber number grouped
        ("如有疑问，请拨打 （0571）8765 4321。", ["（0571）8765 4321"]),
        ("联系我们：（021）6188-9000", ["（021）6188-9000"]),
        # an area code and a grouped number need no cue word
        ("上海市徐汇区宜山路700号 021-6188 9000", ["021-6188 9000"]),
        # near misses: a registration number in a parenthesis, a filing number
        ("统一社会信用代码（91330200）12345678", []),
        ("浙ICP备16000000号-2", []),
    ],
)
def test_chinese_phone_numbers(text: str, expected: list[str]) -> None:
    assert facts(text, "zh")["contacts"]["phones"] == expected


# --- policy change notice ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a policy called 规则 ("个人信息保护规则") under its own change heading
        ("七、规则更新\n规则变更时，我们会通过App弹窗和短信通知家长。", "zh", True),
        # a change of the purpose of use is not a change of the policy's text
        ("如我们使用您的信息超出本指引目的，我们会在变更使用目的前再次以弹窗方式告知并征得您的同意。", "zh", False),
        ("Before we change the purpose for which we use your data, we will notify you.", "en", False),
        # near misses: the policy itself changes
        ("本指引变更时，我们会以弹窗方式通知您。", "zh", True),
        ("If we change this notice, we will notify you by email.", "en", True),
    ],
)
def test_policy_change_notice(text: str, language: str, expected: bool) -> None:
    assert facts(text, language)["policy_change_notice"] is expected


# --- selling -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opt-out link a US law prescribes names a control; it denies nothing
        ("You can opt out by clicking \"Do Not Sell or Share My Personal Information\" at the bottom of the page.", None),
        ("Use the Do Not Sell My Personal Information link in the footer.", None),
        # near misses: an explicit denial beside the link, and an admission
        ("We do not sell your personal information. You can still use the \"Do Not Sell My Personal Information\" "
         "link.", "no"),
        ("We sell your personal information to data brokers.", "yes"),
    ],
)
def test_do_not_sell_link_is_no_denial(text: str, expected: str | None) -> None:
    assert facts(text, "en")["sells_data"] == expected


# --- storage location ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # data handed to sellers and "processed" in a country is not where the platform keeps it
        ("Many sellers are in mainland China, so your information is transferred to and processed in mainland China. "
         "Our main servers are located in Singapore.", "SG"),
        ("Your order data is processed in China by the seller.\nAll account data is stored in Singapore.", "SG"),
        # near miss: processing is the only place stated, so it stands
        ("Your information is processed in Singapore.", "SG"),
    ],
)
def test_storage_over_processing_place(text: str, expected: str) -> None:
    assert facts(text, "en")["cross_border"]["storage_location"] == expected


# --- retention ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period counted from an event named before it
        ("预约挂号记录保存期限为自就诊之日起三年，期满后删除或者匿名化处理。", {"stated": True, "kind": "fixed", "period": "P3Y"}),
        ("订单信息保存自交易完成之日起5年。", {"stated": True, "kind": "fixed", "period": "P5Y"}),
        # near miss: the start of the period without its length
        ("预约记录自就诊之日起开始保存。", {"stated": False, "kind": None, "period": None}),
    ],
)
def test_retention_counted_from_an_event(text: str, expected: dict) -> None:
    assert facts(text, "zh")["retention"] == expected


def test_equal_durations_score_equal() -> None:
    """"P14M" as a policy writes it and "P1Y2M" as the graph reads it back are one duration."""
    from policykg.ingest.evaluate import _compare

    gold = {"retention": {"period": "P14M"}}
    assert _compare("retention.period", gold, {"retention": {"period": "P1Y2M"}}).correct == 1
    assert _compare("retention.period", gold, {"retention": {"period": "P1Y"}}).correct == 0
    assert _compare("retention.period", {"retention": {"period": "P2W"}}, {"retention": {"period": "P14D"}}).correct == 1


# --- recipients and sharing ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "recipient", "found"),
    [
        # whoever carries the goods is a processor, whatever the compound
        ("我们可能将您的信息提供给以下第三方：\n• 物流配送公司：为向您配送商城订单，提供收货人姓名、电话和地址；\n• 支付机构：用于完成支付。",
         "zh", "service-providers", True),
        ("我们会将订单信息提供给物流配送公司。", "zh", "service-providers", True),
        ("开发者会把收货人姓名、手机号和地址提供给承接配送的骑手和配送平台。", "zh", "service-providers", True),
        # the insurer underwriting what a broker arranges, a school or a brand we cooperate with: business partners
        ("我们会将投保信息传输至您选择的承保保险公司，用于核保。", "zh", "partners", True),
        ("我们会在家长同意后与合作学校共享学习报告。", "zh", "partners", True),
        ("品牌商户：经您同意，我们向该品牌商户提供必要信息。", "zh", "partners", True),
        ("We may share your data with a buyer of all or part of our business.", "en", "successors", True),
        # near misses: a code sent to the user's own phone, data kept on our own servers, an insurer we buy cover from
        ("我们会将验证码发送至您的手机。", "zh", "service-providers", False),
        ("您的信息将加密传输至我们的服务器。", "zh", "partners", False),
        ("我们为员工购买了保险公司的商业保险。", "zh", "partners", False),
    ],
)
def test_recipients_of_new_genres(text: str, language: str, recipient: str, found: bool) -> None:
    assert (recipient in facts(text, language)["recipients"]) is found


@pytest.mark.parametrize(
    ("text", "language", "shared"),
    [
        # a restricted sharing ("only de-identified statistics, not what identifies you") still shares
        ("广告合作伙伴：我们仅向其提供去标识化的统计信息，不会提供能识别您身份的信息。", "zh", True),
        ("We only share aggregated statistics with advertisers, not your name.", "en", True),
        # near misses: a plain denial
        ("我们不会向广告合作伙伴提供您的个人信息。", "zh", False),
        ("We do not share your data with advertisers.", "en", False),
    ],
)
def test_restricted_sharing_is_no_denial(text: str, language: str, shared: bool) -> None:
    assert ("advertisers" in facts(text, language)["recipients"]) is shared


@pytest.mark.parametrize(
    ("text", "measure", "found"),
    [
        ("我们设立了专门的数据安全部门。", "dedicated-team", True),
        ("我们为儿童个人信息设置了专门的保护人员。", "dedicated-team", True),
        ("我们与员工签署保密协议，并定期开展个人信息保护培训。", "staff-training", True),
        # near misses: a special offer, training users to use the product
        ("我们为会员提供专门的优惠活动。", "dedicated-team", False),
        ("我们定期开展产品使用培训。", "staff-training", False),
    ],
)
def test_chinese_security_measures(text: str, measure: str, found: bool) -> None:
    assert (measure in facts(text, "zh")["security_measures"]) is found


# --- round 2: a charity, a telehealth platform ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name defined together with the pronouns is how the writer names itself, beside a subsidiary's legal name
        ("Who we are\nThe Rowan Trust is a registered charity (no. 1098765). Our trading subsidiary, Rowan Trust "
         "Trading Ltd, runs our shops. In this notice, \"The Rowan Trust\", \"we\", \"us\" and \"our\" mean the "
         "charity and Rowan Trust Trading Ltd.", "The Rowan Trust"),
        ("In this policy, \"Acme\", \"we\" and \"us\" refer to Acme Widgets Ltd.", "Acme Widgets Ltd."),
        # near miss: a defined term that is not the writer
        ("In this policy, \"Services\" means the Acme app and website operated by Acme Widgets Ltd.",
         "Acme Widgets Ltd."),
    ],
)
def test_name_defined_with_we(text: str, expected: str) -> None:
    assert publisher(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("Our website uses cookies; see our cookie banner to change your choices.", "cookie_control", True),
        ("Our website uses cookies. You have choices about how we use your data.", "cookie_control", False),
        ("We will notify you of a breach of your unsecured information as required by law.", "incident_notification",
         True),
        ("We may close your account after a breach of your obligations and will notify you.", "incident_notification",
         False),
    ],
)
def test_english_commitments(text: str, field: str, expected: bool) -> None:
    assert facts(text, "en")[field] is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Supporter Care, 14 Mill Lane, York\n0300 123 4567 | care@rowan.example.org.uk", ["0300 123 4567"]),
        ("Head office\n020 7946 0018", ["020 7946 0018"]),
        # near miss: a charity number is no phone
        ("Registered charity no. 1098765, company no. 04760001.", []),
    ],
)
def test_british_numbers_without_cue(text: str, expected: list[str]) -> None:
    assert facts(text, "en")["contacts"]["phones"] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We use your details to send you fundraising appeals by post.", True),
        ("We use your details to run fundraising events.", False),
    ],
)
def test_fundraising_appeals_are_direct_marketing(text: str, found: bool) -> None:
    assert ("DirectMarketing" in facts(text, "en")["purposes"]) is found


# --- optional details a person may fill in ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "category", "found"),
    [
        # the subject in the clause before: the person still gives the data
        ("您创建在线简历时，可以填写姓名、性别、出生年月、学历、期望薪资、现居城市、个人照片等信息。", "Salary", True),
        ("您创建在线简历时，可以填写姓名、性别、出生年月、学历、期望薪资、现居城市、个人照片等信息。", "Location", True),
        ("我们会收集孩子的昵称、头像、年级、所在学校、所在城市。", "Location", True),
        # near misses: a complaint submitted names no data; the region whose law applies is no location
        ("如您对处理结果不满意，可以提交投诉至网信部门。", "Location", False),
        ("我们在所在地区的法律允许范围内收集您的姓名。", "Location", False),
    ],
)
def test_optional_details_filled_in(text: str, category: str, found: bool) -> None:
    assert (category in facts(text, "zh")["data_categories"]) is found


@pytest.mark.parametrize(
    ("text", "recipient", "found"),
    [
        # under a list of recipients, the company giving the person's data shares it
        ("四、对外提供\n（一）授权服务商：为您提供维修保养，我们会提供您的姓名、电话和地址。", "service-providers", True),
        ("我们会将车辆使用数据提供给您选择的承保保险公司，用于报价。", "partners", True),
        # near misses: the person is asked for data; a service is provided
        ("为核实身份，请提供您的身份证号码。", "service-providers", False),
        ("我们会为您提供客服服务。", "service-providers", False),
    ],
)
def test_company_giving_the_persons_data(text: str, recipient: str, found: bool) -> None:
    assert (recipient in facts(text, "zh")["recipients"]) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("What we collect\n- Insurance info: insurance carrier, member ID, and a photo of your insurance card.", True),
        ("We maintain insurance coverage for our business.", False),
    ],
)
def test_health_plan_details_are_insurance_data(text: str, found: bool) -> None:
    assert ("Insurance" in facts(text, "en")["data_categories"]) is found


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        # PIPL 13(3) paraphrased without 者
        ("在以下情形中，我们可以在不征得您同意的情况下对外提供您的个人信息：为履行法定职责或法定义务所必需；"
         "与国家安全、国防安全直接相关。", "legal-obligation", True),
        ("为履行法定职责或者法定义务所必需的，我们可能对外提供您的信息。", "legal-obligation", True),
        # near miss: a list without the statutory-duty case
        ("在以下情形中，我们可以在不征得您同意的情况下对外提供您的个人信息：与国家安全、国防安全直接相关。",
         "legal-obligation", False),
    ],
)
def test_statutory_duty_as_disclosure_case(text: str, key: str, found: bool) -> None:
    assert (key in facts(text, "zh")["disclosure_conditions"]) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the company as subject hands the person's data over, however long the object
        ("开发者会把你的外卖订单中的收货人姓名、手机号和地址提供给承接配送的骑手和配送平台，仅用于完成配送。", True),
        # near misses: handed to the company itself; a denial
        ("我们会把您的反馈提供给我们的客服团队。", False),
        ("我们会保护您的信息，不会把您的信息提供给配送平台。", False),
    ],
)
def test_company_hands_the_persons_data_over(text: str, found: bool) -> None:
    assert ("service-providers" in facts(text, "zh")["recipients"]) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the regulator's number in its sentence, a web address before it: the full stops of "ico.org.uk" end no
        # sentence, so the sentence still names the regulator
        ("You may complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113).", []),
        # near miss: our own number after a sentence that ends
        ("You may complain to the Information Commissioner's Office.\nFreephone 0800 048 5120", ["0800 048 5120"]),
    ],
)
def test_regulator_number_after_a_web_address(text: str, expected: list[str]) -> None:
    assert facts(text, "en")["contacts"]["phones"] == expected
