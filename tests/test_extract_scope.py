"""Polarity and scope of selling, sharing and security facts (issue 16): the verb's object decides
what is sold, the user selling is not the company selling, a web address claims nothing, and
headings and contents entries are never evidence. All sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_extract_facts import make, run

from policykg.ingest.extract import commitments, conditions, security
from policykg.ingest.extract.toc import toc_entries


def selling(text: str, language: str) -> list[str]:
    return [s.polarity.value for s in run(commitments, text, language) if s.kind.value == "selling"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Our servers sit in third-party data centres in which Quillby rents a designated space.", "en", []),
        ("We rent servers from a hosting company that stores your personal data.", "en", []),
        ("If you lease your flat, the landlord's contact information may be shown.", "en", []),
        ("Except as described here, Quillby does not sell, license or share information about you.", "en", ["negative"]),
        ("We may sell your personal information to data brokers.", "en", ["affirmative"]),
        ("我们租赁第三方数据中心的服务器存储您的个人信息。", "zh", []),
        ("我们在平台上出售商品，并收集您的收货地址信息。", "zh", []),
        ("您出售的商品信息将向买家展示。", "zh", []),
        ("我们不会向任何第三方出售、出租或共享您的个人信息，但以下情况除外：\n1. 事先获得您的明确同意；", "zh", ["negative"]),
        ("Alquilamos espacio en centros de datos de terceros donde se guardan sus datos.", "es", []),
        ("No vendemos ni alquilamos sus datos personales.", "es", ["negative"]),
        ("Мы арендуем помещения в центрах обработки данных, где хранятся персональные данные.", "ru", []),
        ("Мы не продаём ваши персональные данные.", "ru", ["negative"]),
        ("Şəxsi məlumatlarınızı satmırıq.", "az", ["negative"]),
        # a title is no statement
        ("## Selling personal information\n\nWe explain our practices below.", "en", []),
        ("五、出售个人信息\n\n我们重视您的隐私。", "zh", []),
    ],
)
def test_selling_polarity_and_object(text: str, language: str, expected: list[str]) -> None:
    assert selling(text, language) == expected


def test_security_measure_in_a_link_target_is_not_claimed() -> None:
    text = ("## Security\n\nPlease read our [Terms of Service](https://quillby.example/terms#encryption-in-transit) "
            "before using the app.\n\nWe encrypt your data in transit with TLS.\n")
    keys = [k for s in run(security, text, "en") for k in s.values.get("security_measures", ())]
    assert "encryption-in-transit" in keys  # from the sentence that claims it
    quotes = [text[s.span.start : s.span.end] for s in run(security, text, "en")]
    assert all("Terms of Service" not in q for q in quotes)
    zh = "统计服务：用于统计崩溃日志 https://stats.example.cn/privacy-policy.html\n"
    assert run(security, zh, "zh") == []


def test_contents_entries_are_never_evidence() -> None:
    text = (
        "Quillby Privacy Policy\n\nContents\n\n"
        "1. How we share your personal information with advertisers\n"
        "2. How we protect your information with encryption\n\n"
        "## 1. How we share your personal information with advertisers\n\n"
        "We keep your information to ourselves.\n\n"
        "## 2. How we protect your information with encryption\n\n"
        "We take care of your account.\n"
    )
    context = make(text, "en")
    contents = toc_entries(context.segments)
    entries = [s.text for s in context.segments if s.index in contents]
    assert len(entries) == 2 and all(e.startswith(("1.", "How", "2.")) or "How we" in e for e in entries)
    for module in (conditions, security):
        for statement in module.extract(context):
            assert statement.span.start > text.index("## 1."), (module.__name__, text[statement.span.start : statement.span.end])


@pytest.mark.parametrize(
    ("text", "language", "recipients"),
    [
        ("## How we share information\n\nYour data is stored in third-party data centers that we rent.\n", "en", []),
        ("## How we share information\n\nWe share your information with third parties who deliver parcels.\n", "en", ["third-parties"]),
        ("二、我们如何共享您的个人信息\n\n我们的服务器位于第三方数据中心。\n", "zh", []),
        ("二、我们如何共享您的个人信息\n\n我们会向第三方共享您的订单信息。\n", "zh", ["third-parties"]),
        ("## Cómo compartimos sus datos\n\nSus datos se guardan en centros de datos de terceros.\n", "es", []),
    ],
)
def test_a_facility_of_a_third_party_receives_nothing(text: str, language: str, recipients: list[str]) -> None:
    found = [k for s in run(conditions, text, language) if s.polarity.value == "affirmative"
             for k in s.values.get("recipients", ())]
    assert found == recipients
