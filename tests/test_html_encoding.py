"""HTML pages decoded as a browser would (issue 16): the Encoding standard's label table and the
HTML prescan, not a hand-made alias table. Every page here is written for this test."""
from __future__ import annotations

import pytest

from policykg.ingest.detect import codec_for_label, html_declared_encoding
from policykg.ingest.read import normalize_text, read_bytes

EN = "Lantern Maps privacy notice. We collect your email address to send you receipts."
ES = "Política de privacidad de Faro Mapas: recopilamos su dirección de correo electrónico † para enviarle los recibos ﬁnales."
RU = "Политика конфиденциальности: мы собираем ваш адрес электронной почты, чтобы отправлять квитанции."
ZH = "我们会收集您的电子邮件地址，用于向您发送收据。"
TH = "นโยบายความเป็นส่วนตัว: เราเก็บที่อยู่อีเมลของคุณ ราคา 100 €"


def _page(head: str, body: str) -> str:
    return f"<!doctype html><html><head>{head}<title>Notice</title></head><body><p>{body}</p></body></html>"


def _read(data: bytes):  # type: ignore[no-untyped-def]
    return read_bytes(data, name="page.html", source="page.html")


def test_utf16_declared_on_an_ascii_page_means_utf8() -> None:
    document = _read(_page('<meta charset="utf-16">', EN).encode("ascii"))
    assert document.text.endswith(EN) and document.encoding == "utf-8" and document.language == "en"


@pytest.mark.parametrize("label, codec, text, wrong", [
    ("windows-874", "cp874", TH, "cp1251"),
    ("x-mac-roman", "mac-roman", ES, "mac-iceland"),
    ("gb2312", "gb18030", ZH, None),
    ("latin1", "cp1252", "Política de privacidad — recopilamos su correo “electrónico”.", "latin-1"),
])
def test_labels_are_read_by_the_encoding_standard(label: str, codec: str, text: str, wrong: str | None) -> None:
    data = _page(f'<meta charset="{label}">', text).encode(codec)
    if wrong is not None:  # the page would read differently under the codec a hand-made table chose
        assert data.decode(wrong, errors="replace") != data.decode(codec)
    document = _read(data)
    # the text as normalised (mac-roman's "ﬁ" ligature reads as the letters "fi")
    assert normalize_text(text) in document.text and document.encoding == codec


def test_a_meta_inside_a_comment_does_not_count() -> None:
    data = _page('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">', RU).encode("utf-8")
    assert html_declared_encoding(data) == "utf-8"
    assert RU in _read(data).text
    commented_only = _page('<!-- old template: <meta charset="koi8-r"> -->', RU).encode("cp1251")
    assert html_declared_encoding(commented_only) is None
    assert RU in _read(commented_only).text  # detected as windows-1251, not read as KOI8-R


def test_http_equiv_content_type_needs_the_pragma() -> None:
    with_pragma = _page('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', ZH).encode("gb18030")
    assert html_declared_encoding(with_pragma) == "gb18030"
    assert ZH in _read(with_pragma).text
    assert html_declared_encoding(b'<meta content="text/html; charset=koi8-r">') is None


@pytest.mark.parametrize("head, expected", [
    (b'<div title="<meta charset=koi8-r>"><meta charset=big5>', "big5hkscs"),  # inside an attribute value: not a tag
    (b"<META CHARSET='ISO-8859-1'>", "cp1252"),
    (b'<meta charset="no-such-encoding"><meta charset="utf-8">', "utf-8"),  # an unknown label is skipped
    (b"<meta charset=iso-2022-kr>", None),  # the replacement encoding: ignored, detection decides
    (b"<!--><meta charset=koi8-r>", "koi8-r"),  # "<!-->" is an empty comment
    (b"<meta charset=x-user-defined>", "cp1252"),
    (b"<p>no declaration</p>", None),
])
def test_prescan_follows_the_html_rules(head: bytes, expected: str | None) -> None:
    assert html_declared_encoding(head) == expected


def test_a_declaration_the_bytes_contradict_falls_back_to_detection() -> None:
    document = _read(_page('<meta charset="windows-1251">', ZH).encode("utf-8"))
    assert ZH in document.text and document.encoding == "utf-8"


def test_codec_for_label_uses_the_standard_table() -> None:
    assert codec_for_label(" UTF8 ") == "utf-8"
    assert codec_for_label("x-mac-roman") == "mac-roman"
    assert codec_for_label("windows-874") == "cp874"
    assert codec_for_label("gbk") == "gb18030"
    assert codec_for_label("made-up") is None
