"""Causes of publisher and scalar errors seen on fresh Chinese and English policies (issue 16, helper facts18):
pages whose legal name is only in the footer, travel platforms with a list of group companies, makers that
gloss their legal name in another script, accounts kept "while your account exists".

Each rule is tested with the wording it is for and a near miss beside it. All texts are written for these
tests (invented companies), not taken from any corpus.
"""
from __future__ import annotations

import pytest

from policykg.ingest.read import read_bytes
from policykg.ingest.extract import extract
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment
from tests.test_extract_publisher import publisher
from tests.test_extract_scalars_fresh import facts


def _page(body: str, footer: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>Privacy</title></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>'
            f"<main>{body}</main><footer>{footer}</footer></body></html>")


def _html_record(html: str) -> dict:
    document = read_bytes(html.encode("utf-8"), name="p.html", source="p.html")
    return extraction_to_record(extract(document, segment(document)))


BODY_EN = ("<h1>Privacy Notice</h1><p>Last updated: May 2, 2024</p>"
           "<p>This notice explains how Fernway (\"Fernway\", \"we\", \"us\") collects your email address and "
           "device identifiers when you use the Fernway app. We keep your data while your account exists.</p>"
           "<p>Questions? Email privacy@fernway.app.</p>")
BODY_ZH = ("<h1>青穗阅读隐私政策</h1><p>更新日期：2024年1月8日</p>"
           "<p>青穗阅读（以下简称“我们”）非常重视您的个人信息保护。我们会收集您的手机号码和设备标识符，用于账号登录。</p>"
           "<p>如有疑问，请联系 privacy@qingsui.cn。</p>")


# --- the HTML reader keeps a dropped footer's imprint ---------------------------------------------------------
def test_footer_imprint_kept_as_text_navigation_not() -> None:
    html = _page(BODY_EN, '<p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="#">Careers</a></p>'
                          "<p>&copy; 2024 Fernway Labs, Inc. All rights reserved.</p>")
    text = read_bytes(html.encode(), name="p.html", source="p.html").text
    assert text.endswith("© 2024 Fernway Labs, Inc. All rights reserved.")
    assert "Careers" not in text and "Shop" not in text  # links of the footer and the menu stay dropped


@pytest.mark.parametrize(
    ("body", "footer", "expected"),
    [
        # the brand calls itself "we"; the footer's copyright names the legal entity behind it
        (BODY_EN, "<p>&copy; 2024 Fernway Labs, Inc. All rights reserved.</p>", "Fernway Labs, Inc."),
        (BODY_ZH, "<p>© 2023 杭州青穗文化传媒有限公司 版权所有 浙ICP备2020012345号</p>", "杭州青穗文化传媒有限公司"),
        # near miss: a site builder's copyright shares nothing with the brand; the brand stays
        (BODY_ZH, "<p>© 2023 上海建站宝网络有限公司 提供技术支持</p>", "青穗阅读"),
        (BODY_EN, "<p>&copy; 2024 Sitecraft Hosting LLC. Powered by Sitecraft.</p>", "Fernway"),
    ],
)
def test_publisher_from_footer_copyright(body: str, footer: str, expected: str) -> None:
    assert _html_record(_page(body, footer, "zh" if "青穗" in body else "en"))["company"] == expected


def test_law_named_in_footer() -> None:
    footer = "<p>本网站依据《中华人民共和国网络安全法》提供网络服务。© 2023 杭州青穗文化传媒有限公司</p>"
    assert "CN-CSL" in _html_record(_page(BODY_ZH, footer, "zh"))["laws_cited"]
    # near miss: no law in the footer, none read
    assert "CN-CSL" not in _html_record(_page(BODY_ZH, "<p>© 2023 杭州青穗文化传媒有限公司</p>", "zh"))["laws_cited"]


# --- publisher ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a closed parenthesis listing what a platform includes glosses the platform; the operator is the publisher
        ("岚山出行平台（包括岚山出行App、岚山网网站及微信小程序，以下合称“岚山平台”）由上海岚山信息技术有限公司"
         "（以下简称“岚山”或“我们”）运营。岚山的关联公司包括岚山（香港）旅游有限公司。\n"
         "附录 关联公司名单\n岚山（香港）旅游有限公司　香港九龙广东道33号", "zh", "上海岚山信息技术有限公司"),
        ("The Larch platform (e.g. the Larch app and larch.com) is operated by Larch Media Ltd (\"Larch\", \"we\").",
         "en", "Larch Media Ltd"),
        # near miss: "包括" outside any parenthesis still makes the sentence about others
        ("我们的合作方包括北京云图数据有限公司（以下简称“云图”），为我们提供统计服务。", "zh", None),
        # the legal name glossed in another script before the aliases: "X Co., Ltd. (某某有限公司, "X", "we")"
        ("Shenzhen Corvo Audio Co., Ltd. (深圳科沃音频有限公司, \"Corvo\", \"we\", \"us\") makes headphones. Our EU "
         "representative is Corvo Europe B.V.", "en", "Shenzhen Corvo Audio Co., Ltd."),
        ("深圳科沃音频有限公司（Shenzhen Corvo Audio Co., Ltd.，“科沃”或“我们”）生产耳机。我们的欧盟代表为科沃欧洲有限公司。",
         "zh", "深圳科沃音频有限公司"),
        # near miss: a glossed name with aliases that are not "we" (a representative) is introduced as no publisher
        ("Headphones by Shenzhen Corvo Audio Co., Ltd. Our EU representative is Corvo Europe B.V. (Amsterdam, "
         "\"Corvo EU\").", "en", "Shenzhen Corvo Audio Co., Ltd."),
    ],
)
def test_publisher_introduced_as_we(text: str, language: str, expected: str | None) -> None:
    assert publisher(text, language) == expected


# --- retention --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We keep account data while your account exists. Cloud video is kept for 30 days.", "purpose-bound"),
        ("Your profile is retained as long as the account remains live.", "purpose-bound"),
        # near miss: only a fixed period
        ("Device logs are kept for 180 days and then deleted.", "fixed"),
    ],
)
def test_retention_for_the_life_of_the_account(text: str, kind: str) -> None:
    assert facts(text, "en")["retention"]["kind"] == kind
