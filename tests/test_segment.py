"""Ingest stage 2: segment kinds, offsets, section headings, list parents and sentence splits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.ingest.model import Document, Segment, SegmentKind
from policykg.ingest.read import normalize_text, read_document
from policykg.ingest.segment import segment, split_sentences

H, I, S = SegmentKind.HEADING, SegmentKind.ITEM, SegmentKind.SENTENCE  # noqa: E741 - short names keep tables readable


def doc(text: str) -> Document:
    return Document(
        source="t", name="t.txt", text=text, sha256="0" * 64, media_type="text/plain", encoding="utf-8", language="en"
    )


def check_invariants(text: str, segments: list[Segment]) -> None:
    previous_end = 0
    for position, seg in enumerate(segments):
        assert seg.index == position
        assert text[seg.start : seg.end] == seg.text
        assert seg.text and seg.text == seg.text.strip()
        assert seg.start >= previous_end, "segments overlap or are out of order"
        previous_end = seg.end
        if seg.parent is not None:
            assert 0 <= seg.parent < seg.index
        if seg.heading is not None:
            assert any(s.kind is H and s.text == seg.heading for s in segments[: seg.index])


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


# --- offsets ----------------------------------------------------------------------------------


def test_offsets_on_every_seed(seeds_dir: Path) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    assert len(seeds) >= 5, f"expected the five seeds in {seeds_dir}"
    for path in seeds:
        document = read_document(path)
        segments = segment(document)
        check_invariants(document.text, segments)
        kinds = {s.kind for s in segments}
        assert S in kinds and len(kinds) >= 2, path.name  # seed 002 has items but no headings
        covered = sum(len(s.text) for s in segments)
        letters = sum(ch.isalnum() for ch in document.text)
        assert covered >= letters, f"{path.name}: segments miss text"


_ALPHABET = st.sampled_from(
    list("ab AZ.;:：。！？•-*(1)①一、\n\t,e.g") + ["\n\n", "1. ", "• ", "(2) ", "第三条 ", "I. ", "i.e. "]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offsets_on_random_texts(raw: str) -> None:
    text = normalize_text(raw)
    check_invariants(text, segment(doc(text)))


# --- structure --------------------------------------------------------------------------------

STRUCTURED = """ACME PRIVACY POLICY

Last updated: 1 March 2024

1. Information We Collect

We collect your name and e-mail address. We also keep server logs.

2. How We Share Information

We do not sell data. We share personal information only in the following cases:
(1) with your explicit consent;
(2) to comply with laws, for example a court order. We check every request first.
(3) with affiliates bound by this policy.

## Your rights

You can exercise these rights:
• access your data;
• delete your data, where:
  a) it is no longer needed;
  b) you withdraw consent;
• complain to a regulator.
"""


def test_structured_sample() -> None:
    segments = segment(doc(STRUCTURED))
    check_invariants(STRUCTURED, segments)
    by_text = {s.text: s for s in segments}
    heading_texts = [s.text for s in segments if s.kind is H]
    assert heading_texts == [
        "ACME PRIVACY POLICY",
        "1. Information We Collect",
        "2. How We Share Information",
        "Your rights",
    ]
    assert by_text["We also keep server logs."].heading == "1. Information We Collect"
    intro = by_text["We share personal information only in the following cases:"]
    assert intro.kind is S and intro.heading == "2. How We Share Information"
    consent = by_text["with your explicit consent;"]
    assert consent.kind is I and consent.parent == intro.index
    law = by_text["to comply with laws, for example a court order."]
    assert law.kind is I and law.parent == intro.index
    check = by_text["We check every request first."]
    assert check.kind is S and check.parent == law.index  # a multi-sentence item: ITEM + SENTENCE children
    assert by_text["with affiliates bound by this policy."].parent == intro.index


def test_nested_list_parents_pop_back() -> None:
    segments = segment(doc(STRUCTURED))
    by_text = {s.text: s for s in segments}
    rights = by_text["You can exercise these rights:"]
    delete = by_text["delete your data, where:"]
    assert by_text["access your data;"].parent == rights.index
    assert delete.kind is I and delete.parent == rights.index
    assert by_text["it is no longer needed;"].parent == delete.index
    assert by_text["you withdraw consent;"].parent == delete.index
    assert by_text["complain to a regulator."].parent == rights.index
    assert all(s.heading == "Your rights" for s in segments if s.index > rights.index)


CHINESE = """隐私政策

一、我们如何收集信息

我们会收集您的姓名、手机号码。我们不会收集您的身份证号码！

二、我们如何共享信息

除以下情形外，我们不会共享您的个人信息：
（一）事先获得您的明确同意；
（二）根据法律法规的要求；
① 与国家安全有关的；
② 与刑事侦查有关的。

第三条 您可以随时联系我们。
"""


def test_chinese_structure() -> None:
    segments = segment(doc(CHINESE))
    check_invariants(CHINESE, segments)
    by_text = {s.text: s for s in segments}
    assert [s.text for s in segments if s.kind is H] == ["隐私政策", "一、我们如何收集信息", "二、我们如何共享信息"]
    assert by_text["我们会收集您的姓名、手机号码。"].kind is S
    assert by_text["我们不会收集您的身份证号码！"].heading == "一、我们如何收集信息"
    intro = by_text["除以下情形外，我们不会共享您的个人信息："]
    for item in ("事先获得您的明确同意；", "根据法律法规的要求；", "与国家安全有关的；", "与刑事侦查有关的。"):
        assert by_text[item].kind is I, item
    assert by_text["事先获得您的明确同意；"].parent == intro.index
    assert by_text["第三条 您可以随时联系我们。"].kind is S  # an article with its text is prose, not a heading


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("1. How We Use Cookies", H),
        ("3、information Protecting", H),
        ("II.Biz kukilərdən necə istifadə edirik", H),
        ("Article 5 Data retention", H),
        ("第五条 数据的保存", H),
        ("Last updated: 1 March 2024", S),
        ("Email: privacy@acme.cn", S),
        ("# Contact", H),
        ("THE POLICY OF ACME REGARDING PERSONAL DATA", H),
        ("Member Center", H),
        ("1. Directly related to national security;", I),
        ("• We collect cookies.", I),
        ("- device identifiers", I),
        ("(3) correct your data.", I),
        ("a) it is no longer needed", I),
        ("1. " + "We keep your information for as long as the law requires and then we delete it " * 2, I),
        ("We collect your name.", S),
        ("we collect data without a capital", S),
    ],
)
def test_line_kinds(line: str, kind: SegmentKind) -> None:
    text = "Intro paragraph that ends here.\n\n" + line
    segments = segment(doc(text))
    assert segments[1].kind is kind, segments


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("1. 我们使用TLS加密传输您的数据。", I),
        ("2. We encrypt your data in transit.", I),
        ("3. Мы шифруем ваши данные при передаче по сети.", I),
        ("4.2 您的个人信息保存在中国境内的服务器上！", I),
        ("二、我们会定期审查数据的访问权限？", I),
        ("5. Keep your password secret, do not share it with anyone;", I),
        ("1. How we collect information", H),
        ("1. How we collect and use your personal information", H),
        ("6. Security and our safeguards.", H),  # a short title that happens to end with a period
        ("三、数据安全。", H),
    ],
)
def test_numbered_sentences_are_items_and_numbered_titles_headings(line: str, kind: SegmentKind) -> None:
    """A numbered line punctuated like a sentence and longer than a short title is a list item."""
    text = "Intro paragraph that ends here.\n\n" + line
    segments = segment(doc(text))
    check_invariants(text, segments)
    assert len(segments) == 2 and segments[1].kind is kind, segments


def test_numbered_sentences_stay_under_their_heading() -> None:
    text = (
        "3. How we protect your data\n\n"
        "1. We encrypt your data in transit with TLS.\n"
        "2. Only staff who need the data can open it.\n\n"
        "4. Your rights\n\nYou may ask for a copy."
    )
    segments = segment(doc(text))
    check_invariants(text, segments)
    kinds = [(s.text, s.kind, s.heading) for s in segments]
    assert kinds == [
        ("3. How we protect your data", H, None),
        ("We encrypt your data in transit with TLS.", I, "3. How we protect your data"),
        ("Only staff who need the data can open it.", I, "3. How we protect your data"),
        ("4. Your rights", H, "3. How we protect your data"),
        ("You may ask for a copy.", S, "4. Your rights"),
    ]


def test_numbered_lines_inside_a_list_are_items() -> None:
    text = "This policy helps you understand:\nI. What we collect.\nII. How we share.\n\nI. What we collect\n\nWe collect names."
    segments = segment(doc(text))
    kinds = [(s.text, s.kind, s.parent) for s in segments]
    assert kinds[:3] == [
        ("This policy helps you understand:", S, None),
        ("What we collect.", I, 0),
        ("How we share.", I, 0),
    ]
    assert kinds[3] == ("I. What we collect", H, None)


def test_unmarked_items_after_an_intro() -> None:
    text = "We use your data for the following tasks:\nprocessing your order;\nsending notices;\npreventing fraud.\nThe rest is a paragraph."
    segments = segment(doc(text))
    assert [(s.kind, s.parent) for s in segments] == [(S, None), (I, 0), (I, 0), (I, 0), (S, None)]


def test_wrapped_lines_are_one_sentence() -> None:
    text = "We collect your name and your\ne-mail address when you\nregister. Then we confirm it."
    assert [s.text for s in segment(doc(text))] == [
        "We collect your name and your\ne-mail address when you\nregister.",
        "Then we confirm it.",
    ]


# --- sentences --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We collect data, e.g. your name. We keep it safe.", ["We collect data, e.g. your name.", "We keep it safe."]),
        ("That is, i.e. logs. Fine.", ["That is, i.e. logs.", "Fine."]),
        (
            "Acme Co., Ltd. and Beta Inc. operate it. No. 5 applies.",
            ["Acme Co., Ltd. and Beta Inc. operate it.", "No. 5 applies."],
        ),
        (
            "The fee is 3.5 yuan. Write to a.b@acme.cn. See https://acme.cn/p.html now.",
            ["The fee is 3.5 yuan.", "Write to a.b@acme.cn.", "See https://acme.cn/p.html now."],
        ),
        ("We keep name, email, etc. We delete logs.", ["We keep name, email, etc.", "We delete logs."]),
        ("We keep name, email, etc. for a year.", ["We keep name, email, etc. for a year."]),
        ("Really? Yes! We do; always.", ["Really?", "Yes!", "We do;", "always."]),
        (
            "我们收集信息。我们不出售！真的吗？是的；当然。",
            ["我们收集信息。", "我们不出售！", "真的吗？", "是的；", "当然。"],
        ),
        ("他说：“我们保护数据。”然后结束。", ["他说：“我们保护数据。”", "然后结束。"]),
        (
            "Мы храним данные, т.е. имя и почту. Далее и т.д. Конец.",
            ["Мы храним данные, т.е. имя и почту.", "Далее и т.д.", "Конец."],
        ),
        (
            "Ad, ünvan və s. məlumatları toplayırıq. Sonra saxlayırıq.",
            ["Ad, ünvan və s. məlumatları toplayırıq.", "Sonra saxlayırıq."],
        ),
        ("Signed by J. Smith today. End.", ["Signed by J. Smith today.", "End."]),
        ("Neither applies to others.。 Next.", ["Neither applies to others.。", "Next."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# --- speed ------------------------------------------------------------------------------------


def test_pdf_lines_wrapped_before_a_capital_are_joined_but_text_lines_are_not() -> None:
    text = (
        "We collect your name and your e-mail address when you register with\n"
        "Acme Co., Ltd. and we use them only for support.\n"
        "我们会在您注册时收集您的姓名和电子邮件地址并仅将其用于为您提供客户支\n"
        "持服务。\n"
        "Short line\n"
        "New paragraph."
    )
    pdf = Document(
        source="p", name="p.pdf", text=text, sha256="0" * 64, media_type="application/pdf", encoding=None, language="en"
    )
    pdf_texts = [s.text for s in segment(pdf)]
    assert pdf_texts[0] == text.split("\n")[0] + "\n" + text.split("\n")[1]
    assert pdf_texts[1] == text.split("\n")[2] + "\n" + text.split("\n")[3]
    assert pdf_texts[2:] == ["Short line", "New paragraph."]
    plain_texts = [s.text for s in segment(doc(text))]
    assert plain_texts[0] == text.split("\n")[0] and len(plain_texts) == 6


# --- markdown emphasis around a whole line (issue 16, helper facts) ------------------------------------
def test_bold_numbered_lines_are_items_and_bold_numbered_titles_headings() -> None:
    text = ("**二、我们如何使用您的信息**\n\n我们收集的信息将用于：**\n\n**1.向您提供核心功能；**\n"
            "**2.改进我们的产品；**\n\n**3、某统计组件，用于统计新增用户**\n")
    segments = segment(doc(text))
    check_invariants(text, segments)
    kinds = [(s.kind, s.text.strip("*")) for s in segments]
    assert kinds[0] == (SegmentKind.HEADING, "二、我们如何使用您的信息")
    items = [s for s in segments if s.kind is SegmentKind.ITEM]
    assert [s.text.strip("*") for s in items][:2] == ["向您提供核心功能；", "改进我们的产品；"]
    assert all(s.parent == 1 for s in items[:2])  # "…将用于：**" introduces them despite the closing marks
    # a bold numbered line with a clause break is no title
    assert segments[-1].kind is not SegmentKind.HEADING
    # near miss: a bold sentence stays a sentence
    plain = segment(doc("**We encrypt your data in transit.**\n"))
    assert [s.kind for s in plain] == [SegmentKind.SENTENCE]


def test_bold_english_list_lines() -> None:
    text = "We use your information to:\n\n**1. Provide the service;**\n**2. Improve the app.**\n"
    segments = segment(doc(text))
    check_invariants(text, segments)
    assert [s.kind for s in segments] == [SegmentKind.SENTENCE, SegmentKind.ITEM, SegmentKind.ITEM]
    assert segments[1].parent == 0


def test_numbered_case_after_an_intro_is_an_item_but_a_numbered_title_is_not() -> None:
    cases = "以下情形中，我们共享您的信息无需征得您的同意：\n1、与国家安全、国防安全直接相关的\n2、与公共安全直接相关的；\n"
    segments = segment(doc(cases))
    assert [s.kind for s in segments] == [SegmentKind.SENTENCE, SegmentKind.ITEM, SegmentKind.ITEM]
    titled = "This policy explains the following:\n\n1. How We Collect Your Information\n\nWe collect your e-mail address.\n"
    assert segment(doc(titled))[1].kind is SegmentKind.HEADING
