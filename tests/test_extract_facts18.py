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


def test_footer_imprint_is_weaker_than_the_policy_text() -> None:
    """The body names its publisher ("describes how Harlow Media Inc. collects"); a group company holding the
    page's copyright in the footer does not outvote it, and "we" glossed "(sometimes, "we")" is no alias list."""
    body = ("<h1>Privacy Policy</h1><p>This Privacy Policy describes how Harlow Media Inc. collects, uses and shares "
            "your information.</p><p>The Harlow Channel, an Ember Business, (sometimes, \"we\" or \"us\") runs the "
            "site.</p>")
    footer = "<p>© 2015 Harlow Media Inc.</p><p>Copyright © 2010-2017 Harlow Network Entertainment LLC.</p>"
    assert _html_record(_page(body, footer))["company"] == "Harlow Media Inc."


def test_footer_copyright_when_the_text_names_nobody() -> None:
    body = "<h2>Information we collect</h2><p>We collect your email address when you sign up.</p>"
    assert _html_record(_page(body, "<p>Copyright 2021 Oakridge Software Ltd. All rights reserved.</p>"))["company"] \
        == "Oakridge Software Ltd."


# --- dates, storage, change notices, minors -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the dates listed after one label all take its role; the latest revision is the version
        ("Effective Date: April 14, 2003\nRevised: September 23, 2013; October 2, 2022\n\nWe collect your name.",
         "en", "2022-10-02"),
        ("生效日期：2019年1月1日\n修订日期：2020年3月1日、2022年6月1日\n我们收集您的手机号码。", "zh", "2022-06-01"),
        # near miss: a year list later in a sentence is no date of the policy
        ("Revised: September 23, 2013\n\nWe collected data in 2019, 2020 and 2021 for the study.", "en", "2013-09-23"),
    ],
)
def test_dates_listed_after_one_label(text: str, language: str, expected: str) -> None:
    assert facts(text, language)["last_updated"] == expected


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Our game servers and databases are hosted by Amazon Web Services in the EU (Ireland). Some partners may "
         "process data in the United States.", "IE"),
        ("Backups are kept by our vendor in Europe (Frankfurt, Germany).", "DE"),
        # near miss: offices in a region are no storage place
        ("We have offices in the EU (Ireland) and in Asia.", None),
    ],
)
def test_hosted_in_a_region_with_the_country_in_brackets(text: str, location: str | None) -> None:
    assert facts(text, "en")["cross_border"]["storage_location"] == location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When we update this policy we'll change the date at the top and, for big changes, tell you in the game.", True),
        ("If we revise this notice, we will let you know in the app.", True),
        # near miss: telling the user something that is no change of the policy
        ("Our support staff will tell you about your order status.", False),
        ("If we change how we use your data, we will tell you first.", False),
    ],
)
def test_change_notice_told_to_the_user(text: str, expected: bool) -> None:
    assert facts(text, "en")["policy_change_notice"] is expected


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("We may disclose health information for public health activities, such as reporting child abuse or neglect.",
         False),
        ("We may disclose information to comply with child support orders.", False),
        # near miss: the children whose data is handled
        ("Child accounts are managed by a parent.", True),
        ("We do not knowingly collect data from children under 13.", True),
    ],
)
def test_child_abuse_reports_are_no_minors_policy(text: str, mentioned: bool) -> None:
    assert facts(text, "en")["minors"]["mentioned"] is mentioned


@pytest.mark.parametrize(
    ("text", "language", "retention"),
    [
        # the kept data named between the verb and the event the period counts from
        ("根据《中华人民共和国电子商务法》的规定，我们将保存您的订单信息（商品、价格、交易时间）自交易完成之日起三年。", "zh",
         {"stated": True, "kind": "fixed", "period": "P3Y"}),
        # near miss: 自 of 自动 starts no period
        ("我们会保存您的设备信息，并自动删除过期日志。", "zh", {"stated": False, "kind": None, "period": None}),
        # kept while the player plays: the life of the relationship, then a deletion
        ("We keep player data for as long as you play and delete it 24 months after your last login.", "en",
         {"stated": True, "kind": "purpose-bound", "period": None}),
        ("Match replays are kept for 30 days.", "en", {"stated": True, "kind": "fixed", "period": "P30D"}),
    ],
)
def test_retention_wordings(text: str, language: str, retention: dict) -> None:
    assert facts(text, language)["retention"] == retention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a control sentence naming only the browser, right after a sentence on cookies, is about the cookies
        ("我们可能使用Cookie及同类技术，以记住您的登录状态。您可以在浏览器或小程序设置中清除缓存。", True),
        # near misses: the browser used for something else; no cookie sentence before
        ("我们使用Cookie记住登录状态。您可以在浏览器中查看订单。", False),
        ("我们收集设备信息。您可以在浏览器设置中清除缓存。", False),
    ],
)
def test_chinese_cookie_control_carried_by_the_browser(text: str, expected: bool) -> None:
    assert facts(text, "zh")["cookie_control"] is expected


# --- third fresh batch: role nouns, registration clauses, US dates, lists sold, version lines, regulators ----------
def test_role_noun_is_no_publisher() -> None:
    """"The Museum ("we")" names a kind of institution; the page's copyright names the museum."""
    body = ("<h1>Privacy Policy</h1><p>The Museum respects the privacy of its visitors. This policy describes the "
            "information the Museum (\"we,\" \"us\") collects through our website.</p>")
    assert _html_record(_page(body, "<p>&copy; 2024 The Larkspur Museum of Art. All rights reserved.</p>"))["company"] \
        == "Larkspur Museum of Art"
    # near miss: a museum's proper name introduced as "we" stays the publisher
    assert publisher("The Larkspur Museum (\"we\", \"us\") collects your email address.", "en") == "Larkspur Museum"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a registration clause after the legal name, before the aliases: the name ends before its comma
        ("Finch Home is a trading name of Marlowe & Finch Retail Limited, registered in England and Wales (No. "
         "04567123), registered office 22 Canal Wharf, Leeds LS11 5PS (\"Finch Home\", \"we\", \"us\").", "en",
         "Marlowe & Finch Retail Limited"),
        ("本应用由杭州青岩网络有限公司，注册地址为杭州市西湖区文三路90号（以下简称“我们”）提供。", "zh", "杭州青岩网络有限公司"),
        # near miss: a clause that is no registration leaves the name where it was
        ("The app is run by Marlowe & Finch Retail Limited (\"Finch Home\", \"we\", \"us\").", "en",
         "Marlowe & Finch Retail Limited"),
    ],
)
def test_registration_clause_before_the_aliases(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


def test_spaced_pdf_name_is_quoted_whole() -> None:
    """Justified PDF lines space words widely; the publisher's quote still covers the whole name."""
    text = ("Finch  Home  is  a  trading  name  of  Marlowe  &  Finch  Retail  Limited,  registered  in  England  "
            "(No.  04567123), registered office 22 Canal Wharf, Leeds (\"Finch Home\", \"we\", \"us\").")
    document = read_bytes(text.encode(), name="p.txt", source="p.txt")
    from policykg.ingest.extract import ExtractionContext
    from policykg.ingest.extract.company import extract_company
    company = extract_company(ExtractionContext(document=document, segments=tuple(segment(document))))
    assert company is not None and company.name == "Marlowe & Finch Retail Limited"
    assert document.text[company.span.start : company.span.end] == "Marlowe  &  Finch  Retail  Limited"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an American page (a US postal address, a North American phone) writes the month first
        ("Last Modified: 11/04/2023\nWe collect your name.\nWrite to us at 465 Harbor Street, Boston, MA 02110.",
         "2023-11-04"),
        ("Last Modified: 11/04/2023\nWe collect your name.\nCall Member Services at (617) 555-0190.", "2023-11-04"),
        # near miss: a British page writes the day first
        ("Last Modified: 11/04/2023\nWe collect your name.\nWrite to us at 22 Canal Wharf, Leeds LS11 5PS.", "2023-04-11"),
        # a version line dates the policy
        ("Finch Home — Customer Privacy Notice\nVersion 3 — 14.02.2024\nWe collect your name.", "2024-02-14"),
        ("Privacy Notice\nv2.1 (14 March 2024)\nWe collect your name.", "2024-03-14"),
        ("We collect your name.\nThis is version 3 of our app, released 14 March 2024 to stores.", None),
    ],
)
def test_us_dates_and_version_lines(text: str, expected: str | None) -> None:
    assert facts(text, "en")["last_updated"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We do not rent or sell our member or donor lists.", "no"),
        ("We never sell our mailing list to anyone.", "no"),
        # near misses: a list that holds no people; tickets sold
        ("We do not sell our price list.", None),
        ("Tickets are sold through our box office.", None),
    ],
)
def test_lists_of_people_are_personal_data(text: str, expected: str | None) -> None:
    assert facts(text, "en")["sells_data"] == expected


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("You have the right to complain to the ICO (ico.org.uk, 0303 123 1113).", []),
        ("You may complain to the CNIL (+33 1 53 73 22 22).", []),
        # near miss: the company's own number
        ("Our DPO can be reached on 0113 496 0000.", ["0113 496 0000"]),
    ],
)
def test_regulator_numbers_by_acronym(text: str, phones: list[str]) -> None:
    assert facts(text, "en")["contacts"]["phones"] == phones


def test_month_only_slash_date_on_an_american_page() -> None:
    """A month-only "03/2024" has no day to swap: an American page asks nothing of it (it once raised)."""
    assert facts("Last updated: 03/2024\nWe collect your name. Call (617) 555-0190.", "en")["last_updated"] == "2024-03-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the brand the aliases repeat is a mark of the legal name: the legal name is introduced
        ("Brumble is a trademark of Pelko d.o.o, a company registered in Slovenia, with registration number 1318 and "
         "address at Glavna 2, Ljubljana ('Brumble', 'We'), who offers games.", "Pelko d.o.o"),
        ("Finch Home is a trading name of Marlowe & Finch Retail Limited (\"Finch Home\", \"we\").",
         "Marlowe & Finch Retail Limited"),
    ],
)
def test_brand_that_is_a_mark_of_a_legal_name(text: str, expected: str) -> None:
    assert publisher(text, "en") == expected


# --- fourth fresh batch: footer contacts, Australian service numbers, workspaces ------------------------------------
def test_footer_contact_line_is_kept() -> None:
    footer = ("<p><a href='/about'>About</a> <a href='/jobs'>Jobs</a></p>"
              "<p>Call us: +91 80 4718 2200 · support@fernway.in</p><p>© 2024 Fernway Labs Pvt. Ltd.</p>")
    record = _html_record(_page(BODY_EN, footer))
    assert "support@fernway.in" in record["contacts"]["emails"] and record["contacts"]["phones"] == ["+91 80 4718 2200"]
    assert "Jobs" not in read_bytes(_page(BODY_EN, footer).encode(), name="p.html", source="p.html").text


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Contact our Privacy Officer: privacy@wattle.com.au | 1300 555 019. We operate in Australia.", ["1300 555 019"]),
        # near misses: a complaints body's number; an order number in the same format
        ("You can contact the Australian Financial Complaints Authority on 1800 931 678. We operate in Australia.", []),
        ("Order number 1300 555 019 was shipped. We operate in Australia.", []),
    ],
)
def test_australian_service_numbers(text: str, phones: list[str]) -> None:
    assert facts(text, "en")["contacts"]["phones"] == phones


def test_kept_while_the_workspace_is_active() -> None:
    text = ("We retain your data for as long as your workspace is active. Deleted notes stay in the trash for 30 days. "
            "Backups are kept for 35 days.")
    assert facts(text, "en")["retention"] == {"stated": True, "kind": "purpose-bound", "period": None}


@pytest.mark.parametrize(
    ("text", "language", "phones"),
    [
        # the hours in a bracket right after a number are no part of it
        ("客服热线：400-115-2020（9:00-21:00）\n© 2022 杭州禾光智能科技有限公司", "zh", ["400-115-2020"]),
        ("Tel: 020 7946 0813 (9:00-17:00)", "en", ["020 7946 0813"]),
        # near misses: brackets that belong to the number stay
        ("Call us on (415) 555-0142 (9am-5pm).", "en", ["(415) 555-0142"]),
        ("电话：+86 (10) 8888 6666。", "zh", ["+86 (10) 8888 6666"]),
    ],
)
def test_opening_hours_after_a_number(text: str, language: str, phones: list[str]) -> None:
    assert facts(text, language)["contacts"]["phones"] == phones
