"""The whole-document number scans open with a lookahead for the characters a match can begin with
(speed: the engine skips other positions before evaluating the lookbehind). The lookahead is implied by
each pattern, so the matches are exactly those of the pattern without it, near-misses included."""
from __future__ import annotations

import re

import pytest

from policykg.ingest.extract.contacts import PHONE, SHORT_NUMBER
from policykg.ingest.extract.dates import YEAR

TEXTS = (
    "Call +86 (010) 8765-4321 or 0086 21 5555 6666; fax (021)63218888, ext 12.",
    "客服电话：400-820-1234，或拨打95588。邮箱 12345@qq.com 不是电话号码。",
    "Телефон: 8 (495) 123-45-67, ИНН 7701234567, код A1234567890.",
    "Tel. (012) 555 12 34; ref AB1234567; Siz 2023-cü ilin 15 sentyabrı; x2019; 20231; 1999 и 2024 годы.",
    "Teléfono 91 123 45 67 (Madrid), C.P. 28001, vigente desde 2021, 12019 no es un año.",
)


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert pattern.pattern.startswith("(?=")
    return re.compile(pattern.pattern[pattern.pattern.index(")") + 1:], pattern.flags)


@pytest.mark.parametrize("pattern", [PHONE, SHORT_NUMBER, YEAR], ids=["phone", "short", "year"])
def test_lookahead_changes_no_match(pattern: re.Pattern[str]) -> None:
    plain = _without_lookahead(pattern)
    for text in TEXTS:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_near_misses_still_rejected() -> None:
    assert [m.group(0) for m in YEAR.finditer("20231 12019 in 2021")] == ["2021"]  # digits around a year
    assert PHONE.search("code A1234567890") is None  # a number glued to a letter is no phone
    assert [m.group(0) for m in SHORT_NUMBER.finditer("拨打95588，订单 123456")] == ["95588"]
