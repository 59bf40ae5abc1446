"""Contact points as real policies write them (issue 16): numbers validated by libphonenumber,
one number however it is written (E.164 key), QQ numbers, QQ mail boxes, filing and registration
numbers never phones. All sentences are written for these tests (invented numbers)."""
from __future__ import annotations

import pytest

from test_extract_facts import run

from policykg.ingest.extract import contacts


def phones(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.attributes["phone"], s.attributes["phone_e164"]) for s in run(contacts, text, language) if "phone" in s.attributes]


def test_one_number_however_written() -> None:
    text = "客服电话：+86 139 1234 5678。如有疑问，也可拨打电话 139 1234 5678 联系我们。"
    assert phones(text, "zh") == [("+86 139 1234 5678", "+8613912345678")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("客服QQ：2864109915，客服电话：0571-86651234", "zh", [("0571-86651234", "+8657186651234")]),
        ("【QQ：3382670004】【手机：13760110005】", "zh", [("13760110005", "+8613760110005")]),
        ("客服邮箱：2864109915@qq.com", "zh", []),
        ("京ICP备13030563号-2 电话：400-820-1234", "zh", [("400-820-1234", "+864008201234")]),
        ("统一社会信用代码：91310000123456789X", "zh", []),
        ("客服电话（95021/400-1818-128）", "zh", [("400-1818-128", "+864001818128")]),
        ("Call us at (415) 555-0142 or write to us. QQ: 2864109915", "en", [("(415) 555-0142", "+14155550142")]),
        ("Телефон: 8 (495) 123-45-67", "ru", [("8 (495) 123-45-67", "+74951234567")]),
        ("Telefon: (012) 555 55 55", "az", [("(012) 555 55 55", "+994125555555")]),
        ("Teléfono: 912 345 678", "es", [("912 345 678", "+34912345678")]),
        # a phone cue, but no numbering plan allows the digits
        ("电话：021-1234567", "zh", []),
        ("Phone: 123-4567-89", "en", []),
        # UK landlines, national and international (struct16): GB is an English-language region
        ("You can call our London office on 020 7123 4567.", "en", [("020 7123 4567", "+442071234567")]),
        ("Tel: 0161 496 0000", "en", [("0161 496 0000", "+441614960000")]),
        ("Data Protection Officer: dpo@example.co.uk or +44 (0)20 7123 4567.", "en", [("+44 (0)20 7123 4567", "+442071234567")]),
        ("Teléfono de nuestra oficina de Londres: +44 20 7123 4567", "es", [("+44 20 7123 4567", "+442071234567")]),
        # a company number is no phone, though it starts with 0 like a UK number
        ("Company number 01234567, registered in England and Wales.", "en", []),
        # a national number read in the country the policy names, beyond the language's own regions
        ("Our Berlin office is in Germany. Tel: 030 1234567", "en", [("030 1234567", "+49301234567")]),
        ("Tel: 030 1234567", "en", []),
    ],
)
def test_phone_numbers(text: str, language: str, expected: list) -> None:
    assert phones(text, language) == expected
