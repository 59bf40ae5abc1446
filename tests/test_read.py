"""Ingest stage 1: every format, every encoding, language detection and every bad input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from fixtures_docs import (
    SAMPLES,
    SHORT_ZH,
    encoded,
    make_blank_pdf,
    make_docx,
    make_encrypted_pdf,
    make_text_pdf,
)
from policykg.ingest.detect import decode_text, detect_language, language_sample
from policykg.ingest.model import IngestError
from policykg.ingest.read import (
    normalize_text,
    read_bytes,
    read_document,
    supported_formats,
)

# --- formats --------------------------------------------------------------------------------


def test_supported_formats_cover_every_reader_suffix() -> None:
    suffixes = {suffix for fmt in supported_formats() for suffix in fmt.suffixes}
    assert {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx"} <= suffixes
    assert all(fmt.label.startswith(fmt.name) and fmt.suffixes[0] in fmt.label for fmt in supported_formats())


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "acme.txt"
    path.write_bytes(SAMPLES["en"].encode())
    document = read_document(path)
    assert document.text == SAMPLES["en"]
    assert document.name == "acme.txt" and document.source == str(path)
    assert document.media_type == "text/plain" and document.encoding == "utf-8"
    assert document.language == "en" and document.language_confidence > 0.5
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert document.docid == document.sha256[:16]


def test_markdown_keeps_its_markup(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text("# Privacy\n\n- we collect your name\n", encoding="utf-8")
    document = read_document(path)
    assert document.media_type == "text/markdown"
    assert document.text == "# Privacy\n\n- we collect your name"


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>{title} &amp; Co</title>
<style>p {{ color: red }}</style><script>var tracker = "do not keep me";</script></head>
<body>
<header><a href="/">Home</a> | <a href="/about">About us</a></header>
<nav><ul><li>Products</li><li>Contact</li></ul></nav>
<main>
<h1>{title}</h1>
<p>We collect your name&nbsp;and e-mail &lt;only&gt; when you register.<br>Line two of the paragraph.</p>
<h2>Sharing</h2>
<p>We share data only in these cases:</p>
<ul><li>with your consent;</li><li><p>when the law requires it.</p></li></ul>
<noscript>Please enable JavaScript</noscript><template><p>hidden template</p></template>
<table><tr><td>Partner</td><td>Purpose</td></tr></table>
</main>
<aside>Related links</aside>
<footer>Copyright 2024 Acme</footer>
</body></html>"""


def test_html_page_keeps_blocks_and_drops_boilerplate() -> None:
    data = HTML_PAGE.format(title="隐私政策").encode("gbk")
    document = read_bytes(data, name="policy.html", source="https://example.org/policy.html")
    text = document.text
    assert document.title == "隐私政策 & Co"
    assert document.media_type == "text/html" and document.encoding == "gb18030"
    lines = text.split("\n")
    assert "隐私政策" in lines and "Sharing" in lines  # headings on their own lines
    assert "We collect your name and e-mail <only> when you register." in lines  # entities, NBSP
    assert "Line two of the paragraph." in lines  # <br> breaks the line
    assert "• with your consent;" in lines and "• when the law requires it." in lines
    assert "Partner\tPurpose" in lines
    for dropped in (
        "tracker",
        "color",
        "Home",
        "Products",
        "enable JavaScript",
        "hidden template",
        "Related",
    ):
        assert dropped not in text
    # the footer's copyright line is the page's imprint: kept, last (issue 16, helper facts18)
    assert lines[-1].startswith("Copyright") and document.imprint_start == text.rindex("Copyright")


def test_html_page_wrapped_in_a_form_is_kept() -> None:
    """ASP.NET pages put everything in one <form>; dropping it would lose the policy."""
    data = b"<html><body><form id='f1'><h1>Policy</h1><p>We keep logs for six months.</p></form></body></html>"
    document = read_bytes(data, name="p.aspx.html", source="p.aspx.html")
    assert document.text == "Policy\n\nWe keep logs for six months."


def test_html_is_sniffed_without_a_suffix() -> None:
    document = read_bytes(b"<!doctype html><p>Hello there, reader.</p>", name="download", source="download")
    assert document.media_type == "text/html" and document.text == "Hello there, reader."


def test_html_first_heading_is_the_title_when_there_is_no_title_tag() -> None:
    document = read_bytes(
        "<html><body><h1>Политика</h1><p>Текст политики здесь.</p></body></html>".encode(), name="a.htm", source="a.htm"
    )
    assert document.title == "Политика" and document.encoding == "utf-8"


def test_pdf_text_layer_and_title() -> None:
    pdf = make_text_pdf([["Privacy Policy", SAMPLES["en"]], [SAMPLES["ru"]]], title="Acme Policy")
    document = read_bytes(pdf, name="acme.pdf", source="acme.pdf")
    assert document.media_type == "application/pdf" and document.encoding is None
    assert document.title == "Acme Policy"
    assert document.text.startswith("Privacy Policy\nWe collect your name")
    flat = " ".join(document.text.split())
    assert SAMPLES["en"] in flat and SAMPLES["ru"] in flat
    assert "\n\n" in document.text  # pages are separated by a blank line


def test_pdf_is_sniffed_whatever_its_suffix() -> None:
    pdf = make_text_pdf([[SAMPLES["en"]]])
    assert read_bytes(pdf, name="saved.txt", source="saved.txt").media_type == "application/pdf"


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    pdf = make_encrypted_pdf(make_text_pdf([[SAMPLES["en"]]]), user_password="")
    assert "We collect your name" in read_bytes(pdf, name="locked.pdf", source="locked.pdf").text


def test_pdf_with_a_password_is_refused_with_advice() -> None:
    pdf = make_encrypted_pdf(make_text_pdf([[SAMPLES["en"]]]), user_password="s3cret")
    with pytest.raises(IngestError, match="password") as caught:
        read_bytes(pdf, name="locked.pdf", source="locked.pdf")
    assert caught.value.source == "locked.pdf" and "qpdf" in caught.value.problem


def test_pdf_without_text_layer_says_run_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_blank_pdf())
    with pytest.raises(IngestError, match=r"no text layer .*scanned PDF\?.*ocrmypdf") as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_damaged_pdf_is_an_ingest_error() -> None:
    with pytest.raises(IngestError, match="not a readable PDF"):
        read_bytes(b"%PDF-1.7\n1 0 obj garbage", name="bad.pdf", source="bad.pdf")


def test_docx_paragraphs_headings_lists_and_tables() -> None:
    data = make_docx(
        [
            ("Title", "Acme Privacy"),
            ("Heading 1", "1. What we collect"),
            ("Normal", SAMPLES["en"]),
            ("List Bullet", "your name;"),
            ("List Number", "your email."),
        ],
        title="Acme policy",
        table=[["Partner", "Purpose"], ["PayCo", "payments"]],
    )
    document = read_bytes(data, name="acme.docx", source="acme.docx")
    assert document.title == "Acme policy"
    assert document.media_type.endswith("wordprocessingml.document")
    lines = document.text.split("\n")
    assert lines[0] == "Acme Privacy" and "1. What we collect" in lines and SAMPLES["en"] in lines
    assert "• your name;" in lines and "• your email." in lines
    assert "PayCo\tpayments" in lines


def test_broken_docx_is_an_ingest_error() -> None:
    with pytest.raises(IngestError, match="not a valid DOCX"):
        read_bytes(b"PK\x03\x04 word/ but not really a zip", name="x.docx", source="x.docx")


def test_old_word_files_get_advice() -> None:
    with pytest.raises(IngestError, match=r"\.doc files are not supported: save it as \.docx"):
        read_bytes(b"\xd0\xcf\x11\xe0 old word", name="old.doc", source="old.doc")


# --- encodings --------------------------------------------------------------------------------

ENCODING_CASES = [
    ("zh", "utf-8", False, "utf-8"),
    ("zh", "utf-8", True, "utf-8"),
    ("zh", "utf-16-le", True, "utf-16-le"),
    ("zh", "utf-16-be", True, "utf-16-be"),
    ("zh", "utf-16-le", False, "utf-16-le"),
    ("zh", "utf-16-be", False, "utf-16-be"),
    ("zh", "gb18030", False, "gb18030"),
    ("zh", "gbk", False, "gb18030"),
    ("zh-Hant", "big5", False, "big5"),
    ("ru", "cp1251", False, "cp1251"),
    ("ru", "koi8-r", False, "koi8-r"),
    ("ru", "utf-16-le", True, "utf-16-le"),
    ("ru", "utf-16-le", False, "utf-16-le"),
    ("fr", "latin-1", False, "cp1252"),
    ("de", "cp1252", False, "cp1252"),
    ("az", "utf-8", False, "utf-8"),
]


@pytest.mark.parametrize(("lang", "encoding", "bom", "expected"), ENCODING_CASES)
def test_encodings_round_trip(lang: str, encoding: str, bom: bool, expected: str) -> None:
    data = encoded(SAMPLES[lang], encoding, bom=bom)
    document = read_bytes(data, name="p.txt", source="p.txt")
    assert document.text == SAMPLES[lang]
    assert document.encoding == expected
    assert document.language == lang.split("-")[0]


@pytest.mark.parametrize("text", [SHORT_ZH, "个人信息保护", "联系我们"])
def test_short_gbk_texts_are_not_mistaken_for_korean(text: str) -> None:
    decoded = decode_text(text.encode("gbk"), source="short.txt")
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def test_short_cyrillic_is_not_mistaken_for_cjk() -> None:
    decoded = decode_text("Политика конфиденциальности".encode("cp1251"), source="ru.txt")
    assert decoded.text == "Политика конфиденциальности" and decoded.encoding == "cp1251"


def test_korean_and_japanese_legacy_encodings() -> None:
    korean = "개인정보 처리방침에 따라 회원님의 이름과 이메일 주소를 수집합니다."
    japanese = "当社はお客様の氏名とメールアドレスを収集します。"
    assert decode_text(korean.encode("euc-kr"), source="ko.txt").text == korean
    assert decode_text(japanese.encode("shift_jis"), source="ja.txt").text == japanese


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh", "az", "ru", "es", "de", "fr"])
def test_language_of_own_sentences(lang: str) -> None:
    guess = detect_language(SAMPLES[lang])
    assert guess.language == lang and guess.confidence > 0.5


def test_chinese_policy_with_english_headings_is_chinese() -> None:
    text = "Privacy Policy\n\n" + SAMPLES["zh"] * 3 + "\n\nContact Us\n\nEmail: privacy@example.cn\n"
    assert detect_language(text).language == "zh"


def test_too_little_text_is_undetermined() -> None:
    assert detect_language("12 -- 34").language == "und"


def test_language_sample_spreads_over_long_texts() -> None:
    text = "A" * 5000 + "B" * 5000 + "C" * 5000
    sample = language_sample(text)
    assert len(sample) <= 2400 + 10 and {"A", "B", "C"} <= set(sample)
    assert language_sample("short") == "short"


# --- normalisation ----------------------------------------------------------------------------


def test_normalisation_rules() -> None:
    raw = "\ufeffe\u0301t\u00e9\u00a0ok\u3000\u200bx\r\nline two  \r\rA\n\n\n\n\n\nB\u2029C，。"
    assert normalize_text(raw) == "été ok x\nline two\n\nA\n\n\nB\nC，。"


def test_read_output_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("Title\r\n\r\n\r\n\r\nWe\u00a0collect\u200b data.   \r\n".encode())
    assert read_document(path).text == "Title\n\n\nWe collect data."


# --- bad input --------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(IngestError, match="no such file") as caught:
        read_document(path)
    assert caught.value.source == str(path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is a folder") as caught:
        read_document(tmp_path)
    assert str(tmp_path) in str(caught.value)


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (b"  \n\t\r\n \xc2\xa0 ", "only whitespace")])
def test_empty_and_blank_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError, match=message) as caught:
        read_document(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01",
        bytes(range(0, 32)) * 20,
        b"text with \x01\x02\x03\x04 control \x05\x06\x07\x08 bytes " * 3,
    ],
)
def test_binary_data(data: bytes) -> None:
    with pytest.raises(IngestError, match="binary data") as caught:
        read_bytes(data, name="blob.txt", source="blob.txt")
    assert caught.value.source == "blob.txt"


def test_unknown_encoding() -> None:
    with pytest.raises(IngestError, match="unknown text encoding.*UTF-8"):
        read_bytes(b"\x81\x8d\x8f\x90\x9d" * 40, name="odd.txt", source="odd.txt")


def test_size_limit_names_the_option(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"We collect data. " * 100)
    with pytest.raises(IngestError, match=r"over the .* limit: .*raise the limit \(max_bytes="):
        read_document(path, max_bytes=1000)
    assert read_document(path, max_bytes=10_000).text.startswith("We collect data.")
    with pytest.raises(IngestError, match="limit"):
        read_bytes(path.read_bytes(), name="big.txt", source="upload", max_bytes=1000)


def test_html_with_only_scripts() -> None:
    data = b"<html><head><title>App</title><script>render()</script></head><body><div id=app></div></body></html>"
    with pytest.raises(IngestError, match="rendered by JavaScript") as caught:
        read_bytes(data, name="spa.html", source="spa.html")
    assert caught.value.source == "spa.html"


def test_unreadable_file(tmp_path: Path) -> None:
    """Permission denied; root ignores file modes, so then the read runs as user nobody."""
    path = tmp_path / "secret.txt"
    path.write_text("We collect data.", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() != 0:
        with pytest.raises(IngestError, match="permission denied"):
            read_document(path)
        return
    for folder in (tmp_path, *tmp_path.parents):  # let nobody reach the file, but not read it
        if folder == Path(tempfile.gettempdir()):
            break
        folder.chmod(folder.stat().st_mode | 0o711)
    code = (  # import first: the interpreter's own files may not be readable by nobody
        "import os, sys\nfrom pathlib import Path\nfrom policykg.ingest.read import read_document\n"
        "from policykg.ingest.model import IngestError\nos.setgid(65534); os.setuid(65534)\n"
        "try:\n    read_document(Path(sys.argv[1]))\nexcept IngestError as e:\n    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"{path}: cannot read the file (permission denied)" in result.stdout


# --- speed ------------------------------------------------------------------------------------


# --- more HTML and encoding edge cases ----------------------------------------------------------


def test_html_http_equiv_charset_and_hidden_markup() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
        "<div hidden>Принять cookies</div><div style='display: none'>Меню</div><div role=navigation>Навигация</div>"
        "<p>Мы храним ваши данные три года.</p></body></html>"
    )
    document = read_bytes(page.encode("cp1251"), name="ru.html", source="ru.html")
    assert document.encoding == "cp1251"
    assert document.text == "Мы храним ваши данные три года."
    assert document.language == "ru"


def test_html_with_a_wrong_charset_declaration_falls_back_to_detection() -> None:
    page = '<html><head><meta charset="ascii"></head><body><p>我们保护您的个人信息。</p></body></html>'
    document = read_bytes(page.encode("utf-8"), name="zh.html", source="zh.html")
    assert document.text == "我们保护您的个人信息。" and document.encoding == "utf-8"


def test_bom_followed_by_invalid_bytes_is_undecodable() -> None:
    with pytest.raises(IngestError, match=r"not valid utf-8 text at byte 3.*convert the file to UTF-8"):
        read_bytes(b"\xef\xbb\xbfabc\xff\xfe\xfd", name="bad.txt", source="bad.txt")


def test_long_gbk_file_is_detected_from_its_head() -> None:
    text = "\n".join([SAMPLES["zh"]] * 400)  # ~40 KB in GBK, beyond the detection sample
    document = read_bytes(text.encode("gbk"), name="long.txt", source="long.txt")
    assert document.encoding == "gb18030" and document.text == text


def test_same_bytes_same_docid_and_changed_bytes_new_docid() -> None:
    first = read_bytes(SAMPLES["en"].encode(), name="a.txt", source="a.txt")
    again = read_bytes(SAMPLES["en"].encode(), name="renamed.txt", source="elsewhere/renamed.txt")
    changed = read_bytes((SAMPLES["en"] + " ").encode("utf-16"), name="a.txt", source="a.txt")
    assert first.docid == again.docid and len(first.docid) == 16
    assert changed.docid != first.docid and changed.text == first.text


def test_policy_date_in_a_dropped_header_or_footer_is_kept() -> None:
    """Pages put "Last updated" in a banner or footer that is dropped as boilerplate (issue 16, helper facts)."""
    body = "<main><h2>Privacy</h2>" + "<p>We collect your e-mail address to send receipts to you.</p>" * 8 + "</main>"
    page = ("<html><body><header><h5>This privacy policy was updated on March 3, 2021.</h5><a href='/'>Home</a></header>"
            + body + "<footer><ul><li>Last updated: March 3, 2021</li><li>Copyright 2021 Quillby Ltd.</li></ul>"
            "<p>Contact sales</p></footer></body></html>")
    text = read_bytes(page.encode(), name="p.html", source="p.html").text
    assert "Last updated: March 3, 2021" in text and "updated on March 3, 2021" in text
    assert "Contact sales" not in text  # the rest of the footer stays dropped; its copyright line is the imprint, last
    assert text.endswith("Copyright 2021 Quillby Ltd.")
    zh = ("<html><body><header><p>隐私政策 生效日期：2020年5月13日</p></header><main>"
          + "<p>我们会收集您的手机号码用于登录验证。</p>" * 8 + "</main></body></html>")
    assert "生效日期：2020年5月13日" in read_bytes(zh.encode(), name="z.html", source="z.html").text
    # near miss: a footer line with a year but no policy date is not kept
    plain = "<html><body><main>" + "<p>We keep your data safe.</p>" * 8 + "</main><footer><p>Updates from our blog, 2021</p></footer></body></html>"
    assert "blog" not in read_bytes(plain.encode(), name="n.html", source="n.html").text


def test_pdf_justified_lines_are_single_spaced() -> None:
    """A justified PDF's text layer writes widened word gaps as runs of spaces; cues written with one space must match.
    A table row keeps single spaces inside its cells, so its wider column gaps stay."""
    from ingest.readers.pdf import _unjustified

    page = ("We  will  ask  for  your  consent  again  before  the  change.\n"
            "Account data      Sign-in and sync      Account features\n"
            "Short line.")
    out = _unjustified(page).split("\n")
    assert out[0] == "We will ask for your consent again before the change."
    assert out[1] == "Account data      Sign-in and sync      Account features"
    assert out[2] == "Short line."
