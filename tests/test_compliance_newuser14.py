"""Issue 15, from a new-user try on an own-written Chinese consumer-lending policy (DOCX, session 14).

A fixed retention period written in Chinese numerals ("借款结清后保存五年", "保存六个月") is as much a period as
one written in digits ("保存5年"); the policy was judged silent on retention. The near-miss: a sentence with a
Chinese numeral and a storage verb but no duration ("保存于十分安全的服务器") states no period.
All sentences are written for this test.
"""
from __future__ import annotations

import pytest

import compliance_judging

ZH_HEAD = ("杭州青禾信息技术有限公司（以下简称“我们”）运营青禾应用，联系邮箱 privacy@qinghe.example.cn。\n")


def verdict(text: str, key: str) -> str:
    return compliance_judging.verdict(text, "zh", key)


@pytest.mark.parametrize("sentence", [
    "您的借款记录将在借款结清后保存五年，期满后我们将删除或匿名化处理。",
    "您的借款记录将在借款结清后保存5年，期满后我们将删除或匿名化处理。",
    "通话录音保存六个月，到期后自动删除。",
    "您注销账户后，我们将在十五个工作日内删除或匿名化处理您的个人信息。",
])
def test_a_period_in_digits_or_chinese_numerals_is_a_retention_period(sentence: str) -> None:
    assert verdict(ZH_HEAD + sentence + "\n", "retention-period") == "met"


def test_a_numeral_without_a_duration_is_no_retention_period() -> None:
    text = ZH_HEAD + "您的个人信息保存于十分安全的服务器中。\n"
    assert verdict(text, "retention-period") != "met"
