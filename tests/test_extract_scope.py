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


# --- disclosure cases and claimed measures on real layouts (issue 16, helper facts) --------------------
def conditions_of(text: str, language: str) -> set[str]:
    return {c.key for s in run(conditions, text, language) if s.polarity.value == "affirmative" for c in s.conditions}


def measures_of(text: str, language: str) -> set[str]:
    return {k for s in run(security, text, language) if s.polarity.value == "affirmative"
            for k in s.values.get("security_measures", ())}


def test_cases_of_a_list_opened_by_a_list_item() -> None:
    zh = ("除以下情况外，我们不会共享您的个人信息：\n1. 获得您的明确同意；\n"
          "2. 另外，以下情形中，我们共享、转让、公开披露个人信息无需征得您的授权同意：\n"
          "a. 与国家安全、国防安全直接相关的；\nb. 与犯罪侦查、起诉、审判直接相关的。\n")
    assert {"consent", "national-security", "criminal-investigation"} <= conditions_of(zh, "zh")
    en = ("We do not share your data except:\n1. with your consent;\n"
          "2. in addition, we may disclose it without your consent where:\n(a) required by a court order;\n"
          "(b) needed to protect the vital interests of a person.\n")
    assert {"consent", "legal-obligation", "vital-interests"} <= conditions_of(en, "en")


@pytest.mark.parametrize(
    ("text", "language", "expected", "absent"),
    [
        ("除以下情形外，我们不会披露您的信息：\n1. 已经取得您或您监护人的授权；\n2. 为维护自身合法权益而向用户提起诉讼时；\n"
         "3. 根据您与我们相关服务条款的约定；\n4. 行政机关依法定程序要求披露的。\n", "zh",
         {"consent", "protect-rights", "contract", "legal-obligation"}, set()),
        # near miss: the vital-interests case is not the company's own rights
        ("以下情形中，我们共享您的信息无需征得您的同意：\n1. 出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到本人同意的。\n",
         "zh", {"vital-interests"}, {"protect-rights"}),
        ("We will disclose your data where required by law, where necessary for the establishment or "
         "defence of legal claims, or in an emergency involving your health or safety.", "en",
         {"legal-obligation", "protect-rights", "vital-interests"}, set()),
        ("We may disclose information about you for national security or other issues of public importance.",
         "en", {"national-security", "public-interest"}, set()),
        ("We share personal information with companies who provide services such as payment processing.",
         "en", {"entrusted-processing"}, set()),
        ("我们可能委托第三方调研机构收集您的姓名和联系方式。", "zh", {"entrusted-processing"}, set()),
        # near miss: an emergency of the service is no vital interest
        ("We may share data with our hosting provider in an emergency outage of our servers.", "en", set(), {"vital-interests"}),
    ],
)
def test_disclosure_cases_named_in_real_wording(text: str, language: str, expected: set[str], absent: set[str]) -> None:
    found = conditions_of(text, language)
    assert expected <= found
    assert not (absent & found)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("我们采取的措施包括：限制对用户个人信息的访问；定期开展数据安全专项检查；与员工签署保密协定。", "zh",
         {"access-control", "security-audit", "confidentiality-agreement"}),
        ("我们设立了信息安全委员会，并使用受信赖的保护机制防止数据遭到恶意攻击。", "zh", {"dedicated-team", "malware-protection"}),
        ("We scan our servers to protect them against viruses and malware.", "en", {"malware-protection"}),
        # near misses: a threat named in a prohibition or a disclaimer claims no defence
        ("You must not upload files containing viruses or other malware.", "en", set()),
        ("We are not liable for damages caused by malware on your device.", "en", set()),
        ("用户不得上传含有恶意代码的文件。", "zh", set()),
    ],
)
def test_measures_claimed_and_threats_merely_named(text: str, language: str, expected: set[str]) -> None:
    assert measures_of(text, language) == expected


def test_second_batch_cases_recipients_and_measures() -> None:
    zh = ("在以下情形中，共享、转让、公开披露个人信息无需事先征得您的授权同意：\n1、与国家安全、国防安全直接相关的\n"
          "2、与犯罪侦查、起诉、审判和判决执行等直接相关的；\n")
    assert {"national-security", "criminal-investigation"} <= conditions_of(zh, "zh")
    assert {"contract"} <= conditions_of("我们不会转让您的个人信息，但以下情况除外：\n1、符合与您签署的相关协议约定所提供。\n", "zh")
    en = "We may disclose information to (i) satisfy a court order, or (ii) investigate and defend ourselves against claims."
    assert {"legal-obligation", "protect-rights"} <= conditions_of(en, "en")
    assert "entrusted-processing" in conditions_of("We may disclose it to trusted third parties who assist us in operating our website.", "en")
    recipients = {r for s in run(conditions, "我们会与附属公司及广告服务提供商共享必要的信息。", "zh") for r in s.values.get("recipients", ())}
    assert {"affiliates", "advertisers"} <= recipients
    assert measures_of("当我们受到外部的网络攻击、病毒感染时，能对攻击行为进行及时主动拦截。", "zh") == {"malware-protection"}
    # near miss: generic "personal-information protection laws" are not the PIPL
    from policykg.ingest.extract import laws
    keys = lambda t: {k for s in run(laws, t, "zh") for k in s.values.get("laws_cited", ())}
    assert "CN-PIPL" not in keys("其安全管理体系满足国内外个人信息保护法律法规要求。")
    assert "CN-PIPL" in keys("根据个人信息保护法规定，我们会单独征得您的同意。")
