"""PDF text layers keep the layout's line breaks, which fall inside Chinese words ("收货" / "地址", "个" / "人信息"):
the reader deletes a break where a line fills the page's measure and Chinese text goes on across it; headings, the last
line of a paragraph and lines opening a list item keep theirs (struct16)."""
from __future__ import annotations

import pytest

from policykg.fonts import cjk_font_files
from policykg.ingest.read import read_bytes
from policykg.ingest.readers.pdf import _join_han_wraps

BODY = "我们会将您的姓名、电话和收货地址提供给为您配送商品的物流公司，物流公司作为独立的个人信息处理者处理这些信息。"


def _wrapped(text: str, width: int = 20) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_lines_broken_inside_chinese_words_are_joined() -> None:
    page = "\n".join(["二、我们如何共享信息"] + _wrapped(BODY) + ["三、联系我们", "邮箱", "privacy@example.cn"])
    assert _join_han_wraps(page).split("\n") == ["二、我们如何共享信息", BODY, "三、联系我们", "邮箱", "privacy@example.cn"]


def test_heading_list_items_and_short_lines_keep_their_breaks() -> None:
    full = "为配送商品我们向物流公司提供您的收货地址及电话"[:20]  # a full line ending in a Chinese character
    rest = [full, "二、我们如何保存信息", full, "第五条联系方式", full, "（3）支付机构处理订单", "短行标题", "联系我们的方式"]
    page = "\n".join([full, "以便配送。"] + rest)
    joined = _join_han_wraps(page).split("\n")
    assert joined[0] == full + "以便配送。"  # the wrap of the paragraph itself
    assert joined[1:] == rest  # list items open lines of their own; a short line ends its paragraph


def test_latin_text_is_untouched() -> None:
    page = "We collect your name and\nphone number when you register.\nContact us"
    assert _join_han_wraps(page) == page


@pytest.mark.skipif(not cjk_font_files(), reason="needs a font that draws Chinese (fonts-wqy-microhei)")
def test_pdf_printed_from_html_reads_chinese_words_whole() -> None:
    from weasyprint import HTML

    html = ("<html><head><style>@page { size: 120mm 200mm; margin: 10mm } body { font-size: 11pt }</style></head><body>"
            "<h2>一、我们如何收集您的个人信息</h2><p>在您注册账号时，我们会收集您的手机号码和昵称，用于创建账号并向您发送验证码。"
            "我们还会收集您的收货地址以便配送商品给您本人。</p><h2>二、我们如何共享您的个人信息</h2>"
            f"<p>1. {BODY}</p><p>2. 未经您单独同意，我们不会向其他第三方提供您的个人信息。</p><h2>三、联系我们</h2></body></html>")
    text = read_bytes(HTML(string=html).write_pdf(), name="p.pdf", source="p.pdf").text
    lines = text.split("\n")
    assert "一、我们如何收集您的个人信息" in lines and "三、联系我们" in lines  # headings stay lines of their own
    assert f"1. {BODY}" in lines
    assert "2. 未经您单独同意，我们不会向其他第三方提供您的个人信息。" in lines
    assert "我们还会收集您的收货地址以便配送商品给您本人。" in text
