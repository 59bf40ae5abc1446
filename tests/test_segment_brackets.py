"""A semicolon inside brackets the sentence has opened separates parts of the aside (an address and an e-mail,
a telephone and a mailbox), not sentences; one outside brackets, or after they close, still ends a sentence.
Found on an own-written English policy naming a foreign recipient as "X, Inc. (street, city, USA; e-mail), which
stores them in the United States": the recipient's name and its contact came apart. All text written for this test.
"""
from __future__ import annotations

import pytest

from policykg.ingest.segment import split_sentences


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "Tickets go to Helpline, Inc. (12 Pine Street, Denver, USA; privacy@helpline.example), which stores them in the United States.",
    "如有疑问，请联系我们（电话：400-800-1234；邮箱：privacy@example.cn），我们将在十五日内答复。",
])
def test_a_semicolon_inside_open_brackets_ends_no_sentence(text: str) -> None:
    assert pieces(text) == [text]


@pytest.mark.parametrize("text,count", [
    ("We keep your data for two years; then we delete it.", 2),
    ("您可以查询您的信息（在“我的”页面）；您也可以更正您的信息。", 2),
    ("在以下情形中我们可能披露您的信息：（1）获得您的同意；（2）法律要求。", 2),
])
def test_a_semicolon_outside_brackets_still_ends_a_sentence(text: str, count: int) -> None:
    assert len(pieces(text)) == count
