"""The publisher (issue 16): found from how a policy names itself, never a defined term, a pronoun,
an SDK vendor or a verb glued to the name; null when unsure; shown with the sentence that names it.

All sentences are written for these tests (invented companies)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from policykg.ingest.extract import ExtractionContext
from policykg.ingest.extract.company import extract_company
from policykg.ingest.model import Document
from policykg.ingest.segment import segment
from policykg.ingest.show import publisher_sentence


def publisher(text: str, language: str, title: str | None = None) -> str | None:
    document = Document(
        source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain", encoding="utf-8", language=language, title=title,
    )
    company = extract_company(ExtractionContext(document=document, segments=tuple(segment(document))))
    if company is None:
        return None
    assert text[company.span.start : company.span.end] == company.name  # quoted, never made up
    return company.name


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a verb or a clause glued before a Chinese legal name: the name opens at its registration place
        ("本政策阐述了海口青鸟文化传播有限公司（以下简称“我们”）如何处理您的个人信息。", "zh", "海口青鸟文化传播有限公司"),
        ("隐私政策介绍大连橙舟网络科技有限公司（以下简称：本公司）的数据惯例。", "zh", "大连橙舟网络科技有限公司"),
        ("本平台的服务提供方合肥岚山信息技术有限公司（以下简称“我们”）重视隐私。", "zh", "合肥岚山信息技术有限公司"),
        # a one-character stop right at the start is part of the brand, not a clause
        ("众乐在线科技有限公司（以下简称“我们”）深知个人信息的重要性。", "zh", "众乐在线科技有限公司"),
        ("中国青松保险股份有限公司（以下简称“我们”）重视您的隐私。", "zh", "中国青松保险股份有限公司"),
        # the legal name inside the alias parenthesis wins over the brand before it
        ("青枝（以下或称“我们”，指杭州青枝网络技术有限公司）根据法律制定本政策。", "zh", "杭州青枝网络技术有限公司"),
        # a brand introduced as "we", run by the legal entity an operator phrase names
        ("小帆笔记（以下简称“我们”）重视您的隐私。基于此，“小帆笔记”产品和服务提供者苏州小帆信息科技有限公司制定本政策。",
         "zh", "苏州小帆信息科技有限公司"),
        # a brand introduced as "we" and run ("由…运营") by the legal entity named right after its alias
        ("云雀阅读（以下简称“我们”）由南京云雀数字科技有限公司运营，注册地址为南京市。", "zh", "南京云雀数字科技有限公司"),
        ("青桐（以下简称“本平台”）由成都青桐网络有限公司开发并运营。", "zh", "成都青桐网络有限公司"),
        # the name ends a bold line; the alias introduction opens the next one
        ("本政策适用于 **宁波远帆信息科技有限公司**\n（以下简称“我公司”）提供的服务。", "zh", "宁波远帆信息科技有限公司"),
        # English: a group phrase "and affiliates" and a lower-case legal form
        ("Kestrel a.s. and affiliates (collectively “Kestrel”, “us”, or “we”) respect your privacy.", "en", "Kestrel a.s."),
        # a copyright line with a list of years
        ("We collect little.\n\n© 2009, 2012-2019 Lumen Apps. All Rights Reserved.", "en", "Lumen Apps"),
        # a contact block: the label on its own line, the name on the next
        ("Contact information\n\nData Controller and Owner\n\nQuillby Games S.L. - Calle Mayor 5, Alicante\n", "en", "Quillby Games S.L."),
        # a contact heading followed by a legal name; the legal name inside a copyright-owner phrase
        ("We answer questions.\n\nContact Information\n\nTallow.io Inc.\n12 Pine Street\n", "en", "Tallow.io Inc."),
        ("青禾记账软件（简称“青禾”）版权所属宁波青禾科技有限公司（简称“青禾科技”）。", "zh", "宁波青禾科技有限公司"),
        # Spanish and Russian: a brand that calls itself "we" is the publisher
        ("Luna Verde (en adelante, “nosotros”) trata sus datos con cuidado.", "es", "Luna Verde"),
    ],
)
def test_publisher_found_from_how_the_policy_names_itself(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the subject of what only a policy's writer does, named again later (en, zh, ru, es, az)
        ("Harbor Lane Studios respects your privacy. This notice explains what Harbor Lane Studios "
         "collects when you play our games.", "en", "Harbor Lane Studios"),
        ("Privacy Policy\n\nRidgeway Apps built the Pocket Tide app as a free app. This SERVICE is provided "
         "by Ridgeway Apps at no cost.", "en", "Ridgeway Apps"),
        ("蓝岸重视用户的隐私。您在使用蓝岸的服务时，我们可能会收集和使用您的相关信息。", "zh", "蓝岸"),
        ("Лира уважает вашу конфиденциальность. Лира не продаёт данные пользователей.", "ru", "Лира"),
        ("Ventana Azul respeta su privacidad. Ventana Azul no vende sus datos.", "es", "Ventana Azul"),
        ("Səma Tech sizin məxfiliyinizə hörmət edir. Səma Tech məlumatları satmır.", "az", "Səma Tech"),
        # a name just before a copyright mark, a credit line, a site name with an organisation's head noun
        ("We keep logs for 30 days.\n\nPrivacy Policy | Fennel Works © 2018", "en", "Fennel Works"),
        ("We store settings on the device.\n\nMade by Quarry Mobile © 2015. All rights reserved.", "en", "Quarry Mobile"),
        ("Fenwick Media | Privacy Policy\n\nWe do not sell data.", "en", "Fenwick Media"),
        ("我们不会出售您的信息。\n\n青鹭游戏 版权所有\n", "zh", "青鹭游戏"),
        # legal forms: a form before a quoted name, Luxembourg and Slovenian forms, camel-cased names,
        # a legal name after a pronoun in a sentence of capitals
        ("These Rules are an official document of LLC \"Sosna\" with the address at: 5 Nevsky Prospekt.", "en", "LLC \"Sosna\""),
        ("Contact us by mail at Marrow Labs S.à r.l., 3 rue Haute, Luxembourg.", "en", "Marrow Labs S.à r.l."),
        ("Write to qBeacon Inc. (\"we\") about your files.", "en", "qBeacon Inc."),
        ("THIS IS A LEGAL AGREEMENT BETWEEN YOU AND TALLOWMERE, INC. (\"TALLOWMERE\") ON THE USE OF THE APP.",
         "en", "TALLOWMERE, INC."),
        # an address before the alias introduction is no name; the legal name of the sentence is
        ("Pinecone is a trademark of Brda d.o.o, a company registered in Slovenia, with its address at "
         "Glavna ulica 4, 4000 Kranj, Slovenia (“Pinecone”, “We”), which offers apps.", "en", "Brda d.o.o"),
        # a parent company named in passing is not the writer, even when named again
        ("Parts of the service are run with our parent company, Oakhurst Holdings Inc. (See Oakhurst Holdings "
         "Inc. for its own notice.) You can write to Willow Media S.A. about your data.", "en", "Willow Media S.A."),
        # an owner or a scope sentence names the operator (zh); ru, es and az legal forms
        ("《松果服务协议》由您与松果平台所有者南通松果网络科技有限公司共同缔结。", "zh", "南通松果网络科技有限公司"),
        ("本隐私政策适用于由金华枫叶信息技术有限公司及其关联方提供的所有服务。", "zh", "金华枫叶信息技术有限公司"),
        ("ООО «Северный Ветер» (далее — «мы») уважает вашу конфиденциальность.", "ru", "ООО «Северный Ветер»"),
        ("Оператором персональных данных является АО «Зелёная Роща».", "ru", "АО «Зелёная Роща»"),
        ("El responsable del tratamiento es Ruta Clara, S.L., con domicilio en Calle Sol 3, Valencia.", "es", "Ruta Clara, S.L."),
        ("\"Dağ Çiçəyi\" MMC (bundan sonra \"biz\") məlumatlarınızı qoruyur.", "az", "\"Dağ Çiçəyi\" MMC"),
        # a service named in the parenthesis beside "we" does not void the introduction
        ("TORVALE APPS (“Service”, “TORVALE”, \"we,\" or \"us\") collects little.", "en", "TORVALE APPS"),
        # the app-store template "the application ... that was created by X"; a lower-case legal form
        ("This policy covers the application Kite Log for mobile devices that was created by Brightfold Soft. "
         "It is free.", "en", "Brightfold Soft"),
        ("Privacy Policy for Mobile Apps\nGreyfin Tools corporation(\"We\", \"Us\") wrote this policy.", "en",
         "Greyfin Tools corporation"),
        # the short form names the head of the sentence, not its parent or the last company listed
        ("This policy describes how Loop, a wholly owned subsidiary of Marlow Inc., (Collectively “Loop” or “we”) "
         "uses your data.", "en", "Loop"),
        ("Tarn Inc. and its affiliates, including Tarn Studios SA, Tarn Mobile, Hexa Games, Inc. and Brume GmbH "
         "(collectively, \"Tarn\" or \"we\") respect your privacy.", "en", "Tarn Inc."),
        ("Kelso Holdings LLC, the Kelso League, and the other members of the Kelso Family (collectively, "
         "\"Kelso,\" \"we\") respect your privacy.", "en", "Kelso Holdings LLC"),
        # the contact block: a name alone on its line with a postal address under it
        ("We keep little.\n\nContact Information\n\nPapillon Apps\n12, rue des Lilas\n75011 Paris\nFRANCE\n", "en", "Papillon Apps"),
        ("If you have questions you may contact us using the information below.\nStorm Harbour Games, Tallinn 10115 Estonia\n",
         "en", "Storm Harbour Games"),
        # "your privacy is important to X"
        ("Privacy Policy\nYour privacy is important to Quillfeather and we protect it.", "en", "Quillfeather"),
        # zh: the writer verb with 客户, a subject after a title separated by a space
        ("青松银行高度尊重客户的隐私权，青松银行特制定本政策。", "zh", "青松银行"),
        ("### 一叶看书隐私政策 一叶看书非常尊重用户个人信息的保护。一叶看书不会出售信息。", "zh", "一叶看书"),
        # a lower-case organisation word after the subject; "describes how X collects"
        ("Privacy Policy\nFernwood7 team has adopted this privacy policy to explain how Fernwood7 collects data.", "en",
         "Fernwood7 team"),
        ("This Privacy Policy governs the manner in which plumapps collects, uses and discloses information.", "en", "plumapps"),
        ("This Privacy Policy describes how and when Tidewell collects and shares your information.", "en", "Tidewell"),
        # zh: a bracketed brand as "we", an owner called by its short form, "在此特别提醒", "具体指"
        ("【柚子课堂】（以下简称“我们”）深知个人信息对您的重要性。", "zh", "柚子课堂"),
        # near miss: a service run by another company, named after a parenthesis, is not the publisher's operator
        ("【柚子课堂】（以下简称“我们”）深知个人信息的重要性。支付功能（微信支付）由深圳财通支付科技有限公司提供。", "zh", "柚子课堂"),
        ("本协议是您与青苔所有者（以下简称为“青苔”）之间订立的契约。", "zh", "青苔"),
        ("红杉在此特别提醒用户认真阅读本协议。红杉不会出售信息。", "zh", "红杉"),
        ("为保护红叶App（简称“红叶”或“我们”）用户的隐私，我们制定本政策。", "zh", "红叶"),
        ("本平台由上海流利说®外语信息技术有限公司管理。", "zh", "上海流利说®外语信息技术有限公司"),
        # "(e.g., content provided by X)" names a partner; a bracket before the alias; "&" in a name
        ("Corvid Electronics Co. Ltd. and our affiliates [ (“Corvid,” “we,” “us”) know privacy matters. We show "
         "films to you (e.g., video content provided by Reelbox through SmartTV).", "en", "Corvid Electronics Co. Ltd."),
        ("The terms in this Privacy Policy govern the manner in which Lute & Drum Games collects and uses information.",
         "en", "Lute & Drum Games"),
        # a weak stop right after "是指" still belongs to the legal name
        ("本政策所称“安澜保险”是指安在线财产保险股份有限公司及其控股的公司。", "zh", "安在线财产保险股份有限公司"),
        ("本客户端的运营主体，具体指长岭健康互联网股份有限公司（注册地址：深圳市南山区）。", "zh", "长岭健康互联网股份有限公司"),
    ],
)
def test_publisher_from_the_other_ways_policies_name_themselves(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a list of ad partners, a numbered item "(c)", a hosting footer, "本单位", a copyright owner mid-clause
        ("Our apps show ads from Play Corner, Zappo Ltd, Quintet GmbH, Vela Inc, and others.", "en"),
        ("(c) Provide Better Offers to You: we may tailor what you see.", "en"),
        ("Published by Google Drive – Report Abuse – Updated automatically every 5 minutes", "en"),
        ("本单位重视您的隐私。您在使用我们的服务时，我们可能会收集您的信息。本单位不会出售信息。", "zh"),
        ("如您不同意本协议，那么版权所有人青鹭游戏则不予授权。", "zh"),
        # a writer verb whose subject is named only once is not trusted
        ("Warning Zeb may periodically update this policy.", "en"),
        # under a contact heading: a sentence, or a field label with a template placeholder
        ("Contact Information\n\nWhere the Zephyr Apps are obtained elsewhere, your address book (\"Contact Data\") "
         "may be shared. 12345 entries at most.", "en"),
        ("联系我们\n公司名称：{{companyName}}\n地址：{{address}} 100000\n", "zh"),
        # a defined term after a product word, without "we", is no publisher
        ("我们会从您的手机、平板电脑以及其他设备（以下简称“设备”）收集日志。", "zh"),
        ("任何未成年人使用本服务应事先取得家长或其法定监护人（以下简称“监护人”）的同意。", "zh"),
        ("上述软件中使用和显示的商标和标识（以下统称“商标”）受法律保护。", "zh"),
        # the group a definition names is not the writer
        ("本条所称“青峰集团”是指青峰控股（集团）股份有限公司及其控股的公司。青峰控股（集团）股份有限公司不处理您的信息。", "zh"),
        # several platforms, each operated by a different company: a group's list, not this text's publisher
        ("“苍山”出行平台，由宁海苍山科技有限公司运营；\n“苍山”货运平台，由宁海苍山物流有限公司运营；\n"
         "“苍山”代驾平台，由宁海苍山代驾服务有限公司运营；\n宁海苍山科技有限公司、宁海苍山物流有限公司与"
         "宁海苍山代驾服务有限公司分别负责。", "zh"),
    ],
)
def test_no_publisher_from_lists_footers_or_unnamed_writers(text: str, language: str) -> None:
    assert publisher(text, language) is None



@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a defined term, not the writer
        ("Your Internet Protocol (\"IP\") address is logged.", "en"),
        ("“Web Beacons” (also known as pixel tags) are small images.", "en"),
        ("Protocolo Seguro (en adelante, “HTTPS”) protege la conexión.", "es"),
        ("Файлы Куки (далее — «куки») хранятся на устройстве.", "ru"),
        ("我们的产品上还可能包含一些电子图像（以下简称“单像素GIF文件”）。", "zh"),
        ("您在下载、安装、浏览、使用（以下统称“使用”）本软件时应阅读本协议。", "zh"),
        ("晴川用户（以下简称“您”）应当妥善保管账号。", "zh"),
        # a pronoun phrase or a group of companies is never a company
        ("为保护我们或我们的集团公司、其他用户的合法权益所合理必需的用途。", "zh"),
        # laws, data types and shouting sentences
        ("We comply with the US Children’s Online Privacy Protection Act (\"COPPA\").", "en"),
        ("YOU ACKNOWLEDGE THAT THE INFORMATION PROVIDED BY YOU TO THE SERVICE IS ACCURATE.", "en"),
        # under a contact heading, a line that is not a legal name names nobody
        ("Contact Information\n\nEmail us at help@tallow.example\n", "en"),
        # a third party "provided by" is not the operator
        ("We use crash reporting provided by Twitter, Inc. and analytics modules provided by Iubenda.", "en"),
    ],
)
def test_no_publisher_rather_than_a_wrong_one(text: str, language: str) -> None:
    assert publisher(text, language) is None


def test_sdk_table_rows_are_not_the_publisher() -> None:
    text = (
        "本应用由宁波青禾科技有限公司运营。\n"
        "| SDK名称 | 提供方 | 收集的信息 |\n"
        "| 推送SDK | 杭州云雀网络有限公司 | 设备标识 |\n"
        "| 统计SDK | 杭州云雀网络有限公司 | 设备标识 |\n"
        "| 地图SDK | 杭州云雀网络有限公司 | 位置 |\n"
    )
    assert publisher(text, "zh") == "宁波青禾科技有限公司"
    # without the operator line the table alone names nobody
    assert publisher(text.split("\n", 1)[1], "zh") is None


def test_publisher_sentence_is_the_sentence_around_the_name() -> None:
    text = "First sentence here. This app is operated by Acme Co., Ltd. in Ningbo. Next sentence."
    start = text.index("Acme")
    quote = publisher_sentence(text, start, start + len("Acme Co., Ltd."))
    assert quote == "This app is operated by Acme Co., Ltd. in Ningbo."
    zh = "第一句。本应用由宁波青禾科技有限公司运营。第三句。"
    at = zh.index("宁波")
    assert publisher_sentence(zh, at, at + len("宁波青禾科技有限公司")) == "本应用由宁波青禾科技有限公司运营。"
    defined = "定义\n**青鹭**\n：指杭州青鹭网络有限公司。"
    at = defined.index("杭州")
    assert publisher_sentence(defined, at, at + len("杭州青鹭网络有限公司")) == "指杭州青鹭网络有限公司。"
    # an abbreviation's full stop ends no sentence ("Reg. No.", "e.g."); a word's full stop still does
    contact = "Contact\n\nSkovhus ApS, Reg. No. 1234-5678, Nørregade 1, Copenhagen.\n\nWrite to us."
    at = contact.index("Skovhus")
    assert publisher_sentence(contact, at, at + len("Skovhus ApS")) == \
        "Skovhus ApS, Reg. No. 1234-5678, Nørregade 1, Copenhagen."
    text = "Hello there. Acme Co., Ltd. (“we”) runs apps, e.g. Foo. Then more."
    at = text.index("Acme")
    assert publisher_sentence(text, at, at + len("Acme Co., Ltd.")) == "Acme Co., Ltd. (“we”) runs apps, e.g. Foo."


def test_show_and_facts_carry_the_publisher_quote(tmp_path: Path) -> None:
    from policykg.ingest.facts import export_facts
    from policykg.ingest.pipeline import ingest_paths
    from policykg.ingest.show import describe_policy
    from policykg.store.oxigraph_store import OxigraphStore

    policy = tmp_path / "en_quillby.txt"
    policy.write_text(
        "Quillby Privacy Policy\n\nThis app is operated by Quillby Games Ltd. (hereinafter \"we\"). "
        "We collect your e-mail address to create your account.\n", encoding="utf-8")
    with OxigraphStore(None) as store:
        report = ingest_paths([policy], store=store, jobs=1)
        assert not report.failed
        view = describe_policy(store, policy.name)
        assert view.company == "Quillby Games Ltd."
        assert view.company_quote is not None and "operated by Quillby Games Ltd." in view.company_quote
        record = export_facts(store)["policies"][0]
        assert "Quillby Games Ltd." in record["company_evidence"]
        assert record["company_evidence"] == view.company_quote  # the export quotes what `show` prints


def test_facts_export_quotes_the_whole_sentence_naming_a_chinese_publisher(tmp_path: Path) -> None:
    """A name far from its sentence's ends: the export must not cut the quote at 32 characters."""
    from policykg.ingest.facts import export_facts
    from policykg.ingest.pipeline import ingest_paths
    from policykg.ingest.show import describe_policy
    from policykg.store.oxigraph_store import OxigraphStore

    sentence = ("本政策中的“我们”指研发并提供青鹭智能音箱产品和服务的杭州青鹭网络有限公司、杭州青鹭技术有限公司"
                "以及杭州青鹭物流有限公司（以下合称“青鹭”或“我们”）。")
    policy = tmp_path / "zh_qinglu.txt"
    policy.write_text("青鹭隐私政策\n\n" + sentence + "\n\n我们会收集您的手机号码用于注册账号。\n", encoding="utf-8")
    with OxigraphStore(None) as store:
        assert not ingest_paths([policy], store=store, jobs=1).failed
        view = describe_policy(store, policy.name)
        assert view.company == "杭州青鹭网络有限公司"
        assert view.company_quote == sentence
        assert export_facts(store)["policies"][0]["company_evidence"] == sentence


# --- a policy that names no legal entity is published by the brand it calls itself by (FORMAT.md) ---

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # en: the title in either order, a domain or a studio's lower-case name, a bracketed brand
        ("Privacy Policy - Brindlewood\n\nWe collect your e-mail address when you write to us.", "en", "Brindlewood"),
        ("Privacy Policy for Hollyhock\n\nWe collect your e-mail address when you write to us.", "en", "Hollyhock"),
        ("PRIVACY POLICY FOR QUOLL MOBILE APPLICATIONS\n\nThis policy governs your use of the apps.", "en", "QUOLL"),
        ("thistlepod.com Privacy Policy\n\nWe keep server logs for a week.", "en", "thistlepod.com"),
        ("mossbank Studio - Privacy Policy\n\nWe do not track you.", "en", "mossbank Studio"),
        ("Notes and Lock Privacy Policy\n\nWe do not track you.", "en", "Notes and Lock"),
        ("[Marrowbyte] Privacy Policy\n\nWe keep server logs for a week.", "en", "Marrowbyte"),
        # en: how the writer names itself in a sentence
        ("Thank you for reading the policy which we, Fjordline Mobile O.U, a company organised in Estonia, adopted.",
         "en", "Fjordline Mobile O.U"),
        ("Privacy Policy\n\nWe here at Kelpie.io greatly respect your privacy.", "en", "Kelpie.io"),
        # a full stop before the name ends the sentence before it
        ("This policy covers our apps and the Site. K4 Interactive (“us” or “we”) keeps little.", "en", "K4 Interactive"),
        ("Privacy\n\nThe Lumenary application does not use any personal data. The Lumenary application asks for "
         "the phone state only to pause audio.", "en", "Lumenary"),
        # zh: the title, with a product or document word; a brand before a product or role word; 是一款
        ("# 青梧记账隐私政策\n更新日期：2020年1月1日\n我们会收集您的手机号。", "zh", "青梧记账"),
        ("“青梧相机”用户协议及隐私政策\n请您仔细阅读本协议。", "zh", "青梧相机"),
        ("《青梧火柴人》手游隐私公告\n我们会收集设备信息。", "zh", "青梧火柴人"),
        ("青梧聊天服务和隐私协议\n请您仔细阅读本协议。", "zh", "青梧聊天"),
        ("【青梧APP】（以下简称“我们”）深知个人信息对您的重要性。", "zh", "青梧"),
        ("鉴于此，青梧商城服务提供者（或简称“我们”）制定本《隐私权政策》。", "zh", "青梧商城"),
        ("欢迎您使用青梧出行服务！本隐私政策适用于青梧出行。", "zh", "青梧出行"),
        ("青梧影视是一款视频聚合应用。青梧影视不会出售您的信息。", "zh", "青梧影视"),
        ("青梧漂流瓶深知个人信息对您的重要性。青梧漂流瓶不会出售您的信息。", "zh", "青梧漂流瓶"),
        ("华米运动及关联公司（下文简称“华米运动”或“我们”）重视您的隐私。", "zh", "华米运动"),
        ("本隐私政策规定了青梧科技及关联公司（下文简称“青梧”或“我们”）如何处理信息。", "zh", "青梧科技"),
        # a copyright line whose years run on ("2008 onwards", "2010-present")
        ("We keep logs.\n\n© Copyright 2008 onwards. Skylark.com all rights reserved", "en", "Skylark.com"),
        ("We keep logs.\n\n© 2010-present Wrenfield Apps", "en", "Wrenfield Apps"),
        # es, ru, az: the title names the brand, or the product is named twice
        ("Política de privacidad de Brisa Norte\n\nRecopilamos su correo electrónico.", "es", "Brisa Norte"),
        ("Política de privacidad de la aplicación Lucerna\n\nRecopilamos su correo electrónico.", "es", "Lucerna"),
        ("Политика конфиденциальности приложения «Лирика»\n\nМы собираем адрес электронной почты.", "ru", "Лирика"),
        ("Приложение «Парус» не собирает персональные данные. Приложение «Парус» ничего не передаёт.", "ru", "Парус"),
        ("Küləkli Məxfilik Siyasəti\n\nBiz e-poçt ünvanınızı toplayırıq.", "az", "Küləkli"),
        ("Səma tətbiqinin Məxfilik Siyasəti\n\nBiz e-poçt ünvanınızı toplayırıq.", "az", "Səma"),
    ],
)
def test_publisher_is_the_brand_when_no_company_is_named(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a generic title, a title of an audience or a date, a partner's or platform's title
        ("Privacy Policy\n\nWe collect your e-mail address.", "en"),
        ("Privacy Policy for Mobile Apps\n\nWe collect little.", "en"),
        ("Cookie and Privacy Policy\n\nWe collect little.", "en"),
        ("Terms and Privacy Policy\n\nWe collect little.", "en"),
        ("Privacy Policy - Last Updated\n\nWe collect little.", "en"),
        ("PRIVACY POLICY: PRIVACY POLICY\n\nWe collect little.", "en"),
        ("Google Analytics Privacy Policy\n\nWe count visits with it.", "en"),
        ("We let you share with the Facebook app. The Facebook app has its own policy.", "en"),
        ("We, as the data controller, keep little.", "en"),
        ("隐私政策\n我们会收集您的手机号。", "zh"),
        ("个人隐私政策\n我们会收集您的手机号。", "zh"),
        ("儿童个人信息保护政策\n我们会收集监护人的手机号。", "zh"),
        ("本隐私政策不适用于第三方服务。\n我们会收集您的手机号。", "zh"),
        ("（二）隐私政策的适用范围\n我们会收集您的手机号。", "zh"),
        ("第二部分 隐私权政策\n我们会收集您的手机号。", "zh"),
        ("微信隐私政策：请参阅微信的规则。", "zh"),
        ("本APP（以下简称“我们”）重视您的隐私。", "zh"),
        ("Política de privacidad de Datos Personales\n\nRecopilamos su correo.", "es"),
        ("Política de privacidad\n\nUsamos la aplicación Google Maps. La aplicación Google Maps tiene su política.", "es"),
        ("Политика конфиденциальности\n\nМы используем сторонний сервис «Метрика». Сервис «Метрика» считает визиты.", "ru"),
        ("Məxfilik Siyasəti\n\nBiz e-poçt ünvanınızı toplayırıq.", "az"),
        ("Bu Məxfilik Siyasəti\n\nBiz e-poçt ünvanınızı toplayırıq.", "az"),
    ],
)
def test_no_brand_from_generic_titles_partners_or_platforms(text: str, language: str) -> None:
    assert publisher(text, language) is None


def test_a_title_with_an_sdk_table_names_the_app_not_the_vendor() -> None:
    table = ("| SDK | Vendor | Data |\n| Push SDK | Zephyrcast Inc. | device ID |\n"
             "| Maps SDK | Zephyrcast Inc. | location |\n| Ads SDK | Zephyrcast Inc. | device ID |\n")
    assert publisher("Orrery Privacy Policy\n\nWe use these services:\n" + table, "en") == "Orrery"
    assert publisher("Privacy Policy\n\nWe use these services:\n" + table, "en") is None
    zh = "| SDK名称 | 提供方 |\n| 推送SDK | 杭州云雀网络有限公司 |\n| 统计SDK | 杭州云雀网络有限公司 |\n"
    assert publisher("青梧天气隐私政策\n我们接入以下SDK：\n" + zh, "zh") == "青梧天气"


def test_a_legal_name_still_wins_over_the_brand() -> None:
    assert publisher("Brindlewood Privacy Policy\n\nThis app is operated by Brindlewood Games Ltd.", "en") == \
        "Brindlewood Games Ltd."
    assert publisher("鉴于此，青梧商城服务提供者（或简称“我们”）制定本政策。\n如有问题，请致函宁波青梧网络科技有限公司。",
                     "zh") == "宁波青梧网络科技有限公司"
    assert publisher("青梧婚礼（或简称“我们”）重视您的隐私。\n青梧婚礼服务的提供者为杭州青梧科技有限公司。", "zh") == \
        "杭州青梧科技有限公司"
    # the brand's own operator, even after a list ("包括…") in the same sentence; another product's is not
    assert publisher("青梧婚礼（或简称“我们”）重视您的隐私。\n本政策适用于青梧婚礼的服务（包括但不限于网站等），"
                     "青梧婚礼服务的提供者为杭州青梧科技有限公司。", "zh") == "杭州青梧科技有限公司"
    assert publisher("青梧婚礼（或简称“我们”）重视您的隐私。\n我们接入的服务包括地图，地图服务的提供者为杭州云雀地图有限公司。",
                     "zh") == "青梧婚礼"
    assert publisher("Política de privacidad de Brisa Norte\n\nEl responsable del tratamiento es Brisa Norte, S.L.",
                     "es") == "Brisa Norte, S.L."


def test_the_page_title_names_the_brand_where_the_text_does_too() -> None:
    text = "Privacy Policy\n\nWe (the people behind the Gorsefield app) collect little. Write to help@gorse.example."
    assert publisher(text, "en", title="Gorsefield - Privacy Policy") == "Gorsefield"
    # quoted from the text, never from an e-mail address or a link
    assert publisher("Privacy Policy\n\nWrite to support@wrenly.com.\n\nwrenly.com © 2017", "en",
                     title="Privacy Policy | wrenly.com") == "wrenly.com"
    # a generic page title, or a name the text never shows, names nobody
    assert publisher(text, "en", title="Privacy Policy | Home") is None
    assert publisher(text, "en", title="Thornbury - Privacy Policy") is None
    assert publisher("隐私政策\n欢迎使用。我们会收集您的手机号。", "zh", title="青梧天气隐私政策") is None


def test_owner_line_service_glosses_and_title_forms() -> None:
    # the owner under "Data owner" is read whatever its case; the services glossed with their providers are not
    services = ("This Application collects some data.\n\nAdvertising\n\nAdBird (AdBird Corp.)\n\n"
                "AdBird is an advertising service provided by AdBird Corp.\n\nAnalytics\n\nCountly (AdBird Corp.)\n")
    assert publisher(services, "en") is None
    owner = "Data owner\nquizzy Jan Kowal, Ulica 2, 43-100 Tychy, Poland\nOwner contact email: jan@quizzy.example\n\n"
    assert publisher(owner + services, "en") == "quizzy Jan Kowal"
    # a title joining the terms and the policy; any page about privacy with the site after it, named again
    assert publisher("Corvina Swipe Terms of Service and Privacy Policy\n\nWe ask for few permissions.", "en") == \
        "Corvina Swipe"
    assert publisher("Legal Privacy - Osprell\n\nOsprell does not collect statistics.", "en") == "Osprell"
    assert publisher("Your Privacy - Commitment\n\nWe do not collect statistics.", "en") is None


def test_a_lower_case_trade_name_before_its_legal_form_beats_the_product_title() -> None:
    text = ("Privacy Policy for Lampwick HD\n\nquietbyte sàrl (\"us\", \"we\", or \"our\") operates the Lampwick HD "
            "mobile application.")
    assert publisher(text, "en") == "quietbyte sàrl"
    # a function word before the form is no name: the product title stands
    assert publisher("Privacy Policy for Lampwick HD\n\nThis app is run by the sàrl (\"we\").", "en") == "Lampwick HD"


def test_a_numbered_heading_is_no_legal_name_and_a_page_title_may_be_site_then_privacy() -> None:
    terms = "Sections\n\n3. Limited Warranty\n\nThe product is provided as is.\n"
    assert publisher(terms, "en") is None
    assert publisher(terms + "\nCopyright © 2016 Kestrel Mobile Limited\n", "en") == "Kestrel Mobile Limited"
    text = "For us, personal data means data that identifies you. Osprey considers privacy in every product. Osprey does not sell data."
    assert publisher(text, "en", title="Osprey Privacy") == "Osprey"
    # a section heading's wording as the page title names no one
    assert publisher("Children's Privacy\n\nWe do not collect data from children.", "en", title="Children's Privacy") is None
    assert publisher("Your data. Your Privacy matters to us.", "en", title="Your Privacy") is None


def test_entities_listed_together_are_split_and_the_first_heads_them() -> None:
    # "X, LLC and Y, Inc. (“Z”)": two entities, not one name; the first listed is the publisher
    joined = "Thank you for visiting Marlow Labs, LLC and Marlow Labs, Inc. (“Marlow”). We at Marlow care."
    assert publisher(joined, "en") == "Marlow Labs, LLC"
    # "certain of their affiliate companies" is a group phrase, like "and its affiliates"
    group = ("Tern of Canada, Inc. and Tern Studios Inc. and certain of their affiliate companies "
             "(collectively, “Tern” or “we”) respect your privacy.")
    assert publisher(group, "en") == "Tern of Canada, Inc."
    # near-miss: an "&" inside one name with no legal form before it stays whole
    assert publisher("Harrow & Finch Ltd. (“we”) runs this app.", "en") == "Harrow & Finch Ltd."
    # Chinese: several companies named together as "we": the first listed
    listed = "本政策中的“我们”指提供青鹭产品的杭州青鹭网络有限公司、杭州青鹭技术有限公司以及杭州青鹭物流有限公司（以下合称“青鹭”或“我们”）。"
    assert publisher(listed, "zh") == "杭州青鹭网络有限公司"
    # near-miss: one company before the parenthesis, a partner named earlier in another clause
    single = "本应用的统计服务由成都某云科技有限公司提供。\n南京白杨软件有限公司（以下简称“我们”）重视您的隐私。"
    assert publisher(single, "zh") == "南京白杨软件有限公司"
    # Spanish "y", Russian "и" join listed entities the same way; a partner in an earlier sentence is no list
    assert publisher("Pinar Digital, S.L. y Pinar Juegos, S.A. (en adelante, “nosotros”) tratan sus datos.", "es") \
        == "Pinar Digital, S.L."
    assert publisher("ООО «Ромашка» и ООО «Лютик» (далее — «мы») обрабатывают данные.", "ru") == "ООО «Ромашка»"
    assert publisher("Сервис использует данные ООО «Ромашка». ООО «Лютик» (далее — «мы») обрабатывает данные.",
                     "ru") == "ООО «Лютик»"


def test_nordic_and_danish_legal_forms_and_a_contact_information_line() -> None:
    # Swedish "AB", Danish "ApS" / "A/S" are legal forms like "Ltd"
    assert publisher("Questions? Write to Fjordlys Software AB, Storgatan 3, Uppsala.\n\nFjordlys Software AB replies.", "en") \
        == "Fjordlys Software AB"
    assert publisher("This policy explains how Skovhus ApS (“Skovhus”) uses your data.", "en") == "Skovhus ApS"
    assert publisher("We are bound by this policy. Data is handled by Bryggen A/S as the main data controller.", "en") \
        == "Bryggen A/S"
    # "The contact information is:" then the entity on its own line beats the brand in the title
    contact = ("Glimmer Privacy Policy\n\nGlimmer respects users.\n\nContact\n\nThe contact information is:\n\n"
               "Glimmer Software Nordic AB, Reg. No. 5560-1234, Kungsgatan 1, Stockholm, Sweden.\n")
    assert publisher(contact, "en") == "Glimmer Software Nordic AB"
    # near-miss: "ab" inside words and a lone "AB" are no legal form
    assert publisher("About the app\n\nWe collect crash logs to see what is absent.", "en") is None
    assert publisher("Section AB\n\nWe collect crash logs.", "en") is None


def test_a_branch_is_named_with_its_company_and_us_in_a_name_is_the_country() -> None:
    # a branch that signs the policy is part of the name; "及其分公司" / "和各地分公司" is a group phrase
    assert publisher("联系我们\n公司名称： 中国青松通信有限公司销售分公司\n地址：北京市", "zh") == "中国青松通信有限公司销售分公司"
    assert publisher("青松通信有限公司江西分公司（以下简称“我们”）重视隐私。", "zh") == "青松通信有限公司江西分公司"
    assert publisher("青松通信有限公司及其分公司（以下简称“我们”）重视隐私。", "zh") == "青松通信有限公司"
    assert publisher("青松通信有限公司和各地分公司（以下简称“我们”）重视隐私。", "zh") == "青松通信有限公司"
    assert publisher("本应用由青松通信有限公司运营，分公司地址见下。", "zh") == "青松通信有限公司"
    # "US" inside a mixed-case name is the country, not the pronoun "us"
    text = "Kestrel PRIVACY POLICY\n\nKestrel Mobile US Inc. (“we”, “us”, “our”) is committed to privacy."
    assert publisher(text, "en") == "Kestrel Mobile US Inc."
    # near-miss: in shouting capitals "US" is still the pronoun, and no name is made of it
    assert publisher("THIS APP IS PROVIDED BY US AS IS.\n\nWe collect crash logs.", "en") is None


def test_the_first_introduction_in_the_text_wins_whatever_its_form() -> None:
    # the policy opens with "Name (“we”)"; a licence agreement further down says "(hereinafter “X”)"
    text = ("Kestrel Mobile US Inc. (“we”, “us”, “our”) is committed to privacy.\n\n" + "We collect logs. " * 20
            + "\n\nEND USER LICENSE AGREEMENT\n\nThis Agreement is made by and between Kestrel Holdings Inc. "
            "(hereinafter referred to as “Kestrel”) and you.\n")
    assert publisher(text, "en") == "Kestrel Mobile US Inc."
    # near-miss: a term defined first ("(“Services”)") is no introduction of the writer
    terms = ("Our apps (“Services”) are simple.\n\nGlimmer Apps Ltd. (hereinafter “we”) runs the Services.\n")
    assert publisher(terms, "en") == "Glimmer Apps Ltd."


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the parenthesis gives the name again (another script, a short form) before the alias words
        ("Приложение управляется компанией Ningbo Haiyan Trading Co., Ltd. (Нинбо Хайянь Трейдинг Ко., Лтд., далее — "
         "«мы»), КНР, г. Нинбо.\nДля доставки мы передаём ваше имя ООО «Северный Курьер» (Россия, г. Казань), которое "
         "действует по нашему поручению. С ООО «Северный Курьер» заключён договор.", "ru", "Ningbo Haiyan Trading Co., Ltd."),
        ("The app is run by Ningbo Haiyan Trading Co., Ltd. (Haiyan, hereinafter \"we\"), Ningbo, China.\nWe pass your "
         "name to Polar Courier LLC (Kazan, Russia), which acts on our instructions. Polar Courier LLC delivers orders.",
         "en", "Ningbo Haiyan Trading Co., Ltd."),
        ("La aplicación es operada por Ningbo Haiyan Trading Co., Ltd. (Haiyan, en adelante «nosotros»), con sede en "
         "Ningbo, China.\nCedemos su nombre a Mensajería Polar S.L. (Madrid), que actúa siguiendo nuestras instrucciones.",
         "es", "Ningbo Haiyan Trading Co., Ltd."),
        ("本应用由Ningbo Haiyan Trading Co., Ltd.（宁波海岩贸易有限公司，以下简称“我们”）运营。\n我们会将您的姓名提供给"
         "北极快递有限公司，用于配送。", "zh", "Ningbo Haiyan Trading Co., Ltd."),
    ],
)
def test_alias_after_the_name_given_again_names_the_publisher(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


def test_a_recipient_introduced_with_an_alias_later_is_not_the_publisher() -> None:
    # near miss: the publisher introduces itself first; a carrier's own parenthesis further on does not take over
    text = ("Политика Общества «Северный Ветер» (далее — «мы»).\nМы передаём ваш адрес ООО «Быстрый Курьер» (г. Казань, "
            "далее — «Перевозчик»), которое действует по нашему поручению.")
    assert publisher(text, "ru") == "Общества «Северный Ветер»"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an unfilled template names no publisher: the vendors and advisers it names are never taken for one
        ("This Notice describes how [COMPANY NAME] (\"we\") uses data.\n\nWe share data with service providers, such as "
         "Quillet Analytics LLC (analytics) and Parcelo (Parcelo Holdings Inc.);\n", "en", None),
        ("Privacy Policy\n\n{{company_name}} (\"we\", \"us\") operates this site. Hosting: Brambly Cloud Ltd.\n", "en", None),
        ("本隐私政策由[公司名称]（以下简称“我们”）制定。我们使用杭州云栈科技有限公司提供的云存储服务。", "zh", None),
        ("Настоящая Политика определяет порядок обработки данных [наименование компании] (далее — Оператор). "
         "Хостинг предоставляет ООО «Облачный Порт».", "ru", None),
        ("Esta política explica cómo [nombre de la empresa] (en adelante, \"nosotros\") trata tus datos. "
         "Alojamiento: Nubes del Norte, S.L.", "es", None),
        # near miss: a link written in brackets is not a placeholder; the named writer stays the publisher
        ("Tallowmere Labs Inc. (\"we\") publishes this policy. See [Company](/about) for who we are.", "en",
         "Tallowmere Labs Inc."),
    ],
)
def test_an_unfilled_template_names_no_publisher(text: str, language: str, expected: str | None) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the copyright line names the brand first and its legal holder after it, on the same line
        ("KassaPlus (\"biz\") kassa tətbiqidir. Məlumatlarınızı qoruyuruq.\n\n"
         "© 2024 KassaPlus. \"Xəzər Ödəniş Həlləri\" MMC. Bütün hüquqlar qorunur.", "az", "\"Xəzər Ödəniş Həlləri\" MMC"),
        ("Pebblecast (\"we\", \"us\") is a podcast player. We keep little data.\n\n"
         "© 2023 Pebblecast — Larkspur Audio Ltd. All rights reserved.", "en", "Larkspur Audio Ltd."),
        ("«Ветерок» (далее — «мы») — приложение прогноза погоды.\n\n"
         "© 2022 Ветерок, ООО «Северные Ветра». Все права защищены.", "ru", "ООО «Северные Ветра»"),
        # near miss: a copyright line far from the brand that names only its host keeps the brand
        ("Pebblecast (\"we\", \"us\") is a podcast player.\n\n© 2023 Hostwell Sites Ltd. Website hosting.", "en",
         "Pebblecast"),
    ],
)
def test_a_legal_holder_after_the_brand_on_the_copyright_line(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Spanish: "the controller of your data is X", with the data it controls between
        ("En Comprafino (en adelante, \"nosotros\") cuidamos tus datos. El operador de la Plataforma y responsable del "
         "tratamiento de tus datos es Distribuciones Alba, S.L., con NIF B-00000000.", "es", "Distribuciones Alba, S.L."),
        # near miss: a security officer is no controller
        ("En Comprafino (en adelante, \"nosotros\") cuidamos tus datos. El responsable de seguridad es Vigilancia "
         "Total, S.A.", "es", "Comprafino"),
        # Russian: "оператор —" after a comma is the operator of the service named before it, not the policy's
        ("Уведомления отправляются через сервис PushBox, оператор — ООО «Пушбокс».\n\n"
         "Оператор: Общество с ограниченной ответственностью «Тихая Гавань»\nИНН 7700000000", "ru",
         "Общество с ограниченной ответственностью «Тихая Гавань»"),
        ("Оператором является ООО «Тихая Гавань». Статистику собирает сервис Метрика, оператор — ООО «Счётчик».", "ru",
         "ООО «Тихая Гавань»"),
    ],
)
def test_operator_phrases_name_the_policys_own_operator(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the last vendor of a "such as" list, glossed with its provider, is as much a third party as the first:
        # a full stop ending "Inc." inside the list does not end the sentence
        ("Privacy Notice\n\nThis notice describes how we collect and use information about you.\n\n"
         " - With vendors, consultants and other service providers who need access to such information to carry out "
         "work on our behalf, such as Quillet Analytics LLC (web analytics), Brambly Cloud, Inc. (content delivery) and "
         "Postbird (The Postbird Mailing Company LLC);\n", "en", None),
        # near miss: a sentence that ends with a vendor's "Inc." is over; the next one names the writer
        ("We use analytics from Metricly, Inc. Quarry Lane Ltd is the controller of your data. "
         "Quarry Lane Ltd keeps your data in the EU. Contact Quarry Lane Ltd at privacy@quarrylane.example.", "en",
         "Quarry Lane Ltd"),
    ],
)
def test_a_vendor_list_runs_past_a_legal_forms_full_stop(text: str, language: str, expected: str | None) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an ICP filing's sponsor line names the site's legal operator; SDK providers numbered in running text stay
        # third parties (the item numbers "1. ", "2. " do not end the sentence that says they are SDKs)
        ("晴川笔记平台（以下简称“我们”）重视隐私。我们接入了由第三方提供的SDK：1. 推送SDK，提供方：杭州云推科技有限公司；"
         "2. 统计SDK，提供方：北京数测信息技术有限公司；3. 地图SDK，提供方：北京数测信息技术有限公司。\n\n"
         "主办单位：宁波晴川网络科技有限公司　浙ICP备20001234号-1", "zh", "宁波晴川网络科技有限公司"),
        ("We use SDKs provided by third parties: 1. Pushly, provided by Pushly Labs Inc.; 2. Mapcraft, provided by "
         "Mapcraft Ltd; 3. Mapcraft Search, provided by Mapcraft Ltd.\n\nContact: Fernhollow Apps Ltd, 2 Mill Lane, "
         "Leeds LS1 4AB", "en", "Fernhollow Apps Ltd"),
        # a legal name glossing a product in brackets is that product's provider, however often it recurs
        ("Namaz Saatı — Məxfilik Siyasəti\n\nTətbiqdə AdMob (Glarevo LLC) reklamları göstərilir. Xətalar üçün "
         "Crashwatch (Glarevo LLC) istifadə olunur.", "az", "Namaz Saatı"),
        ("Онлайн-запись работает на платформе YCLIENTS (ООО «Запись Онлайн»). Рассылки отправляет Sendbox "
         "(ООО «Запись Онлайн»).", "ru", None),
        # near miss: a legal name in brackets after a common noun ("our company (…)") is the writer's own
        ("Data about you is controlled by our company (Quarry Lane Ltd). Write to Quarry Lane Ltd with questions.", "en",
         "Quarry Lane Ltd"),
    ],
)
def test_providers_of_named_products_are_not_the_publisher(text: str, language: str, expected: str | None) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the pronouns listed with a plural verb define the writer; its trading subsidiary, named after, is not it
        ("The Larchwood Trust is a registered charity. Our trading subsidiary, Larchwood Trading Limited, runs our "
         "shops.\n\nIn this notice \"we\", \"us\" and \"our\" mean The Larchwood Trust. Where Larchwood Trading "
         "Limited sells you goods, it is a separate controller.", "en", "Larchwood Trust"),
        # a US "Co." is a legal form: the company doing business under the brand is the one introduced
        ("This Privacy Policy applies to Saltmarsh Supply Co., doing business as Tidebox (\"Tidebox,\" \"we,\" "
         "\"us\"), and explains our practices.", "en", "Saltmarsh Supply Co."),
        # near miss: an abbreviation inside a name is no sentence end
        ("Kestrel Bros. Pictures Inc. (\"we\") makes films.", "en", "Kestrel Bros. Pictures Inc."),
        # a Russian sole trader in an oblique case, and with initials in the requisites
        ("Настоящая политика определяет меры, предпринимаемые Индивидуальным предпринимателем Орловой Ниной "
         "Петровной (далее — Оператор).", "ru", "Индивидуальным предпринимателем Орловой Ниной Петровной"),
        ("Реквизиты: ИП Орлова Н. П., ИНН 780200000000.\nОператор: ИП Орлова Н. П.", "ru", "ИП Орлова Н. П."),
    ],
)
def test_writer_names_in_defining_and_legal_forms(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the brand the policy calls "we", said to belong to a legal entity, is that entity's product
        ("Quillpad (\"Quillpad\", \"we\", \"us\") is a note-taking app. Quillpad is a product of Fenwick Labs GmbH, "
         "Hauptstraße 1, Berlin.", "en", "Fenwick Labs GmbH"),
        ("KitabSatış (\"biz\") onlayn mağazadır.\n\nKitabSatış saytı \"Gəncə Kitab\" MMC-yə məxsusdur.", "az",
         "\"Gəncə Kitab\" MMC"),
        ("«Ветерок» (далее — «мы») — приложение прогноза погоды. «Ветерок» — продукт ООО «Северные Ветра».", "ru",
         "ООО «Северные Ветра»"),
        ("Rutafácil (en adelante, \"nosotros\") es una app de viajes. Rutafácil es una marca de Viajes del Ebro, S.L.",
         "es", "Viajes del Ebro, S.L."),
        ("云帆相机（“我们”）重视您的隐私。云帆相机是由深圳市云帆影像科技有限公司开发、运营的一款应用软件。", "zh",
         "深圳市云帆影像科技有限公司"),
        # near miss: another product's owner is no owner of the writer's brand
        ("Quillpad (\"Quillpad\", \"we\", \"us\") is a note-taking app. We show maps with Mapzy. Mapzy is a product of "
         "Orbis Maps Inc.", "en", "Quillpad"),
    ],
)
def test_a_brand_said_to_belong_to_a_legal_entity(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the laws a preamble cites before the name are no part of it
        ("En cumplimiento de la Ley Estatutaria 1581 de 2012 y del Decreto 1074 de 2015, TRANSPORTES DEL VALLE S.A.S. "
         "(en adelante \"LA COMPAÑÍA\") adopta la presente política.", "es", "TRANSPORTES DEL VALLE S.A.S."),
        ("Under Law No. 2009 of 2018 and Decree 1377 of 2013, Andes Freight S.A.S. (\"we\") adopts this policy.", "en",
         "Andes Freight S.A.S."),
        # near miss: a street number in a name's own address piece is handled as an address, a name keeps its digits
        ("7 Seas Media, Inc. (\"we\") publishes games.", "en", "7 Seas Media, Inc."),
    ],
)
def test_a_cited_law_before_a_name_is_cut_off(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the requisites' full-name label, and the first of three couriers listed is a partner like the others
        ("Сервис передаёт трек-номера в АО «Почтовый Двор», ООО «Курьер-Плюс», ООО «Быстрая Доставка» и иным "
         "службам.\n\nРеквизиты\nПолное наименование: Акционерное общество «Тихая Гавань»\nИНН 3500000000", "ru",
         "Акционерное общество «Тихая Гавань»"),
        # the LSSI identification block's holder, a person, over the vendors the policy names
        ("1. DATOS IDENTIFICATIVOS\nTitular: Marta Gil Serrano\nNIF: 00000000T\n\n4. DESTINATARIOS\nAlojamiento: "
         "Nubes del Norte, S.L. Gestoría: Cuentas Claras, S.L.", "es", "Marta Gil Serrano"),
        ("Razón social: Estudio Faro, S.L.\nCIF: B00000000\n\nUsamos Nubes del Norte, S.L. como alojamiento.", "es",
         "Estudio Faro, S.L."),
        # a sentence opened by the product's common noun: the noun is no part of the name after it
        ("Tətbiq Xəzər Mobility Solutions LLC (bundan sonra – \"Şirkət\", \"biz\") tərəfindən idarə olunur.", "az",
         "Xəzər Mobility Solutions LLC"),
        # near miss: two operators named together ("respectively") keep their standing; the first is taken
        ("iOS版、安卓版“青竹背单词”分别由成都青竹科技有限公司、清远青竹教育科技有限公司运营。", "zh", "成都青竹科技有限公司"),
    ],
)
def test_requisite_labels_lists_and_opening_nouns(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the brand introduced as "we" is what the holder named at the head of the sentence holds
        ("Conforme a la Ley 25.326, VIENTO SUR DIGITAL S.R.L. (CUIT 30-00000000-0), con domicilio en Buenos Aires, "
         "titular de la aplicación Comprita (en adelante, \"nosotros\"), informa a los usuarios.", "es",
         "VIENTO SUR DIGITAL S.R.L."),
        ("Harbourline Apps Ltd, registered in England, owner of the Tidepool app (\"we\", \"us\"), explains here how it "
         "uses data.", "en", "Harbourline Apps Ltd"),
        # near miss: no holder word before the brand, the brand introduced as "we" stays the writer
        ("Comprita (en adelante, \"nosotros\") es una app de compras. Usamos Nubes del Norte, S.L. como alojamiento.",
         "es", "Comprita"),
        # a brand said to be a legal entity's brand in Azerbaijani ("X-nin brendidir")
        ("TaksitKart (\"biz\") taksit kartıdır. TaksitKart \"Şimal Bank\" ASC-nin brendidir.", "az", "\"Şimal Bank\" ASC"),
        # a Kazakh LLP (ТОО) in the instrumental, as Russian-language policies there write it
        ("Политика определяет порядок обработки данных товариществом с ограниченной ответственностью «Дала Софт» "
         "(далее — ТОО, мы). Платежи обрабатывает АО «Банк Степи».", "ru", "«Дала Софт»"),
        ("Контакты: ТОО «Дала Софт», БИН 200000000000, г. Алматы.", "ru", "ТОО «Дала Софт»"),
    ],
)
def test_holders_brands_and_kazakh_forms(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the copyright holder on the line with the site's PRC filing number runs the site the brand names
        ("青柚智家（以下简称“我们”）非常重视您的隐私。\n\n© 2023 杭州柚光智能科技有限公司 浙ICP备2020000000号", "zh",
         "杭州柚光智能科技有限公司"),
        ("Qingyou Docs (\"we\") is an online document tool.\n\n©2024 北京青柚科技有限公司 版权所有 京ICP备2022000000号-2", "en",
         "北京青柚科技有限公司"),
        # near miss: a holder far from the brand, with no filing number, may be the host
        ("青柚智家（以下简称“我们”）非常重视您的隐私。\n\n© 2023 杭州云宿主机有限公司 提供技术支持", "zh", "青柚智家"),
    ],
)
def test_a_filing_numbers_holder_runs_the_brand(text: str, language: str, expected: str) -> None:
    assert publisher(text, language) == expected
