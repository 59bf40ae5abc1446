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
