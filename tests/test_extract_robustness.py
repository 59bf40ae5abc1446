"""Extraction on policy styles the dev sets do not show: publishers introduced next to places and
addresses, phone formats of five countries, denials of sharing, rights phrased as requests, and
scraped notices whose full stops and headings were lost. Every text is written for these tests."""
from __future__ import annotations

import hashlib

import pytest

from policykg.ingest.evaluate import company_matches
from policykg.ingest.extract import ExtractionContext, contacts, extract
from policykg.ingest.extract.company import extract_company
from policykg.ingest.extract.cues import analyse, lexicon, split_runons
from policykg.ingest.model import Document, Polarity, SegmentKind, StatementKind
from policykg.ingest.record import extraction_to_record
from policykg.ingest.segment import segment


def make(text: str, language: str) -> ExtractionContext:
    document = Document(
        source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain", encoding="utf-8", language=language,
    )
    return ExtractionContext(document=document, segments=tuple(segment(document)))


def facts(text: str, language: str) -> dict:
    context = make(text, language)
    return extraction_to_record(extract(context.document, context.segments))


# ------------------------------------------------------------------ company

COMPANY_CASES = [
    ("en", "Privacy Policy\nThis website is operated by Bright Orchard Software Limited, a company registered in Hong Kong.\nWe care about privacy.", "Bright Orchard Software Limited"),
    ("en", "Privacy Policy\nRegistered in Hong Kong. Address: Room 1201, Tower B, 88 Harbour Road, Wan Chai, Hong Kong.\nThis policy describes how Lumen Arc Technology Co., Limited handles data.", "Lumen Arc Technology Co., Limited"),
    ("en", "PRIVACY NOTICE\nWe are Teal Compass Inc., a Delaware corporation located at 500 Market Street, Suite 20, San Francisco.\nWe collect data.", "Teal Compass Inc."),
    ("en", "Privacy Statement\nThe controller is Polar Ferry GmbH, Hauptstrasse 5, 10115 Berlin, Germany.", "Polar Ferry GmbH"),
    ("en", "Home | Products | About | Contact\nPrivacy\nWe value your privacy.\nCopyright © 2024 Garnet Loop LLC. All rights reserved.", "Garnet Loop LLC"),
    ("en", "Privacy Policy\nHong Kong\nUnit 5, 3/F, Kwun Tong Road, Kowloon\nShenzhen Maple Leaf Electronics Co., Ltd. (\"we\", \"us\") respects your privacy.", "Shenzhen Maple Leaf Electronics Co., Ltd."),
    ("en", "Privacy Policy\nThis app is developed by Quartz River Labs Pte. Ltd., incorporated in Singapore.", "Quartz River Labs Pte. Ltd."),
    ("en", "Privacy Policy\nHong Kong Office: 18/F, Central Plaza, Hong Kong\nThis privacy policy applies to Crimson Sail Limited (hereinafter \"Crimson Sail\").", "Crimson Sail Limited"),
    ("en", "Privacy Policy\nIn this policy, \"we\" means Amber Field Holdings Ltd., registered in England and Wales.", "Amber Field Holdings Ltd."),
    ("en", "Privacy Policy\nLast updated: 1 March 2024\nHong Kong Jade Lantern Trading Limited (\"Jade Lantern\", \"we\") operates this website.", "Hong Kong Jade Lantern Trading Limited"),
    ("en", "Privacy Policy\nThis website is operated from Hong Kong. Contact: Unit 8, 12/F, Lucky Plaza, 315 Lockhart Road, Wan Chai, Hong Kong.\nCopyright © 2023 Nimbus Cart. All rights reserved.", "Nimbus Cart"),
    ("en", "Privacy Policy\nWelcome to Hong Kong! This site belongs to Sunbeam Travel Limited.", "Sunbeam Travel Limited"),
    ("en", "Privacy Policy\nThe data controller is located in Hong Kong.\nWe are Pebble Kite Limited.", "Pebble Kite Limited"),
    ("en", "Privacy Policy\nRoom 1201, Golden Tower, 8 Canton Road, Tsim Sha Tsui, Hong Kong (\"Office\")\nOrchid Bay Trading Co., Ltd. respects your privacy.", "Orchid Bay Trading Co., Ltd."),
    ("en", "Privacy Policy\nOur registered office is at 20 Queen's Road Central, Hong Kong, Lark Valley Limited being the operator of this site.", "Lark Valley Limited"),
    ("en", "Privacy Policy\nWe are Hazel Point Media, a company incorporated in Hong Kong with registered number 1234567.\nWe respect your privacy.", "Hazel Point Media"),
    ("en", "Privacy Policy\nKowloon Bay, Hong Kong\nSpruce Hill Limited (hereinafter \"we\") operates spruce.example.", "Spruce Hill Limited"),
    ("en", "Privacy Policy\nAddress: No. 18 Jianguo Road, Chaoyang District, Beijing, China.\nWillow Creek Digital Co., Ltd. is committed to privacy.", "Willow Creek Digital Co., Ltd."),
    ("zh", "隐私政策\n本政策由深圳市青禾网络科技有限公司（以下简称“青禾”）制定。\n地址：广东省深圳市南山区科技园路1号。", "深圳市青禾网络科技有限公司"),
    ("zh", "隐私政策\n注册地址：香港九龙尖沙咀广东道100号\n运营者：香港蓝湾科技有限公司", "香港蓝湾科技有限公司"),
    ("zh", "个人信息保护政策\n北京星河文化传媒股份有限公司及其关联公司（以下统称“我们”）深知个人信息的重要性。", "北京星河文化传媒股份有限公司"),
    ("zh", "隐私政策\n欢迎使用云朵笔记。\n版权所有 © 2023 杭州云朵软件有限公司", "杭州云朵软件有限公司"),
    ("zh", "隐私政策\n公司地址：香港湾仔告士打道100号\n本应用由香港紫荆网络有限公司开发运营。", "香港紫荆网络有限公司"),
    ("zh", "隐私政策\n我们是上海花园数码科技有限公司，注册地址位于上海市浦东新区。", "上海花园数码科技有限公司"),
    ("ru", "Политика конфиденциальности\nОператор: ООО «Ясная Поляна Софт», ИНН 7701234567, с местом нахождения по адресу: г. Москва, ул. Тверская, д. 1.", "ООО «Ясная Поляна Софт»"),
    ("ru", "Политика обработки персональных данных\nНастоящая политика определяет порядок обработки данных Акционерным обществом «Северная Звезда» (далее — «Оператор»).", "«Северная Звезда»"),
    ("ru", "Политика\nПАО «Речной Порт» (далее — Общество), г. Санкт-Петербург, Невский проспект, 10, уважает вашу приватность.", "ПАО «Речной Порт»"),
    ("ru", "Политика конфиденциальности\nг. Москва\nНастоящая Политика действует в отношении всей информации, которую ООО «Лесная Тропа» может получить о пользователе.", "ООО «Лесная Тропа»"),
    ("ru", "Политика\nКомпания Чжэцзян Лунтай Ко., Лтд. (Zhejiang Longtai Co., Ltd., далее – «мы») уважает вас.\nCopyright © 2024 Zhejiang Longtai Co., Ltd.", "Чжэцзян Лунтай Ко., Лтд."),
    ("es", "Aviso de Privacidad\nResponsable del tratamiento: Datos Verdes S.A. de C.V., con domicilio en Avenida Reforma 222, Ciudad de México.", "Datos Verdes S.A. de C.V."),
    ("es", "Política de privacidad\nEl responsable del tratamiento es Luna Azul Servicios, S.L., con domicilio en Calle Mayor 3, 28013 Madrid, España.", "Luna Azul Servicios, S.L."),
    ("es", "Política de Privacidad\nMadrid, España\nSol Naciente Tecnología S.A. (en adelante, \"la Empresa\") respeta su privacidad.", "Sol Naciente Tecnología S.A."),
    ("es", "Aviso de Privacidad\nCiudad de México, México.\nComercializadora Río Claro, S.A. de C.V., con domicilio en Insurgentes Sur 1000, es responsable del tratamiento de sus datos.", "Comercializadora Río Claro, S.A. de C.V."),
    ("az", "Məxfilik siyasəti\n\"Xəzər Rəqəmsal\" MMC (bundan sonra \"Şirkət\") şəxsi məlumatlarınızı qoruyur.\nÜnvan: Bakı şəhəri, Nizami küçəsi 10.", "\"Xəzər Rəqəmsal\" MMC"),
    ("az", "Məxfilik siyasəti\nBu siyasət \"Göy Dəniz\" MMC-nin saytına aiddir. Bakı, Azərbaycan.", "\"Göy Dəniz\" MMC"),
    ("az", "Məxfilik Siyasəti\nBakı şəhəri, Azərbaycan Respublikası\n\"Araz Kart\" MMC-nin (bundan sonra - Şirkət) məxfilik siyasəti.", "\"Araz Kart\" MMC"),
    ("az", "Məxfilik siyasəti\nSaytın operatoru: \"Qala Tech\" MMC, VÖEN 1234567890, Bakı.", "\"Qala Tech\" MMC"),
]


@pytest.mark.parametrize(("language", "text", "name"), COMPANY_CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(COMPANY_CASES)])
def test_publisher_is_the_organisation_not_a_place_or_address(language: str, text: str, name: str) -> None:
    company = extract_company(make(text, language))
    assert company is not None
    assert company.name == name
    assert text[company.span.start : company.span.end] == company.name  # the name is quoted, not made up


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hong Kong Privacy Policy\nYour privacy matters to us."),
        ("en", "Privacy Policy\nWelcome to Hong Kong!\nWe respect your privacy."),
        ("en", "Privacy\nRoom 1201, Golden Tower, 8 Canton Road, Kowloon (\"Office\") is where we work."),
        ("zh", "香港隐私政策\n我们重视您的隐私。"),
        ("ru", "Политика\nАдрес: «Москва», Россия\nМы уважаем вашу приватность."),
        ("es", "Privacidad\nBienvenido a «México»."),
    ],
)
def test_a_place_or_address_alone_is_never_the_publisher(language: str, text: str) -> None:
    company = extract_company(make(text, language))
    assert company is None, company


def test_publisher_found_in_a_place_heavy_header_still_matches_gold() -> None:
    text = "Hong Kong | Shenzhen | Singapore\nPrivacy Policy\nThis service is provided by Misty Harbour Apps Limited."
    company = extract_company(make(text, "en"))
    assert company is not None and company_matches("Misty Harbour Apps Ltd", company.name)


# ------------------------------------------------------------------ phones

PHONE_CASES = [
    ("ru", "Контакты: тел. +7 (495) 123-45-67, факс +7 (495) 123-45-68.", ["+7 (495) 123-45-67"]),
    ("ru", "Телефон: 8 800 555-35-35 (звонок бесплатный).", ["8 800 555-35-35"]),
    ("ru", "ИНН 7701234567, ОГРН 1027700132195, индекс 101000. Телефон: +7 812 320-11-22", ["+7 812 320-11-22"]),
    ("ru", "Горячая линия: 8 (800) 100-20-30. Дата: 01.02.2024.", ["8 (800) 100-20-30"]),
    ("ru", "Связаться с нами: 8 (495) 123-45-67, пн–пт.", ["8 (495) 123-45-67"]),
    ("ru", "ОГРН 1187746123456 от 12.03.2018, КПП 770101001", []),
    ("es", "Teléfono: +34 912 345 678. Código postal 28013.", ["+34 912 345 678"]),
    ("es", "Puede llamarnos al 91 234 56 78 o escribir a privacidad@nubesclaras.es. NIF B12345678.", ["91 234 56 78"]),
    ("es", "Tel: (55) 5123 4567, Fax: (55) 5123 4568, RFC ABC123456XYZ.", ["(55) 5123 4567"]),
    ("es", "Inscrita en el Registro Mercantil de Madrid, Tomo 12345, Folio 67, Hoja M-123456.", []),
    ("az", "Telefon: +994 12 555 44 33. VÖEN 1234567890.", ["+994 12 555 44 33"]),
    ("az", "Əlaqə: tel. (012) 404 50 60, mobil: +994 50 123 45 67", ["(012) 404 50 60", "+994 50 123 45 67"]),
    ("zh", "客服热线：400-820-8820。统一社会信用代码：91310000MA1FL12345。", ["400-820-8820"]),
    ("zh", "联系电话：010-85556666，传真：010-85556667，邮编：100020。", ["010-85556666"]),
    ("zh", "如有疑问，您可拨打 138 0013 8000 联系我们。京ICP备12345678号-1", ["138 0013 8000"]),
    ("zh", "电话：0755-26661234\n地址：深圳市南山区科技路1号 邮编518057\n更新日期：2024-03-01", ["0755-26661234"]),
    ("zh", "您可以通过010-85556666与我们联系。", ["010-85556666"]),
    ("zh", "如需帮助请致 13800138000。", ["13800138000"]),
    ("zh", "营业执照注册号：110105012345678；网络文化经营许可证：京网文〔2020〕1234-567号", []),
    ("en", "Tel: +852 2345 6789 | Fax: +852 2345 6790 | Company Registration No. 12345678", ["+852 2345 6789"]),
    ("en", "Call us at (415) 555-0142 or write to us. Last updated 2023-11-29.", ["(415) 555-0142"]),
    ("en", "Toll-free: 1-800-555-0199", ["1-800-555-0199"]),
    ("en", "Our registered office: 18 Queen Street, London EC4R 1AA. Company number 09876543.", []),
    ("en", "Version 2.3.1 released on 2024-05-01; order ID 1234-5678-9012 is required.", []),
]


@pytest.mark.parametrize(("language", "text", "phones"), PHONE_CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(PHONE_CASES)])
def test_phones_in_national_and_international_formats(language: str, text: str, phones: list[str]) -> None:
    found = [s.attributes["phone"] for s in contacts.extract(make(text, language)) if "phone" in s.attributes]
    assert found == phones


# ------------------------------------------------------------------ denied sharing

def _sharing(text: str, language: str) -> tuple[set[str], set[str], set[str]]:
    """(affirmative recipients, negative recipients, conditions)"""
    context = make(text, language)
    statements = [s for s in extract(context.document, context.segments).statements if s.kind is StatementKind.SHARING]
    affirmative = {r for s in statements if s.polarity is Polarity.AFFIRMATIVE for r in s.values.get("recipients", ())}
    negative = {r for s in statements if s.polarity is Polarity.NEGATIVE for r in s.values.get("recipients", ())}
    return affirmative, negative, {c.key for s in statements for c in s.conditions}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Sharing\nWe do not sell, rent or provide your personal information to other companies or third parties."),
        ("en", "Privacy\nWe will never share your data with advertisers."),
        ("en", "Privacy\nWe will never share your personal data with:\n- advertisers;\n- other companies."),
        ("zh", "信息共享\n我们不会向其他公司、组织和个人提供或出售您的个人信息。"),
        ("ru", "Передача данных\nОператор не передаёт и не продаёт персональные данные третьим лицам."),
        ("es", "Transferencias\nNo vendemos ni compartimos sus datos personales con terceros."),
        ("az", "Məlumatların ötürülməsi\nŞirkət şəxsi məlumatlarınızı üçüncü tərəflərə satmır və ötürmür."),
    ],
)
def test_a_denial_of_sharing_names_no_affirmative_recipient(language: str, text: str) -> None:
    affirmative, negative, conditions = _sharing(text, language)
    assert affirmative == set()
    assert negative  # the denied recipient is kept, as a denial
    assert conditions == set()


def test_an_inline_exception_list_gives_conditions_and_its_named_recipients() -> None:
    text = ("Privacy\nWe do not provide your personal information to third parties, except: (a) with your consent; "
            "(b) to our payment processors to complete your order; (c) when required by law.")
    affirmative, _, conditions = _sharing(text, "en")
    assert {"consent", "legal-obligation"} <= conditions
    assert "service-providers" in affirmative


@pytest.mark.parametrize(
    ("language", "text", "recipient"),
    [
        ("en", "Privacy\nWe do not share your information with other companies, except as follows:\n1. With your explicit consent.\n"
               "2. With our affiliates for customer support.\n3. When required by law.", "affiliates"),
        ("zh", "信息共享\n除以下情形外，我们不会向任何第三方提供您的个人信息：\n1. 获得您的明确同意后；\n2. 与我们的关联公司共享。", "affiliates"),
    ],
)
def test_an_exception_list_after_a_denial_gives_conditions_and_item_recipients(language: str, text: str, recipient: str) -> None:
    affirmative, _, conditions = _sharing(text, language)
    assert "consent" in conditions
    assert recipient in affirmative


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("es", "Datos\nNo compartimos sus datos con terceros, salvo con proveedores de servicios que nos ayudan a prestar el servicio.",
         {"service-providers"}),
        ("zh", "信息共享\n我们不会向其他任何第三方提供您的个人信息，但司法机关依法要求的除外。", {"authorities"}),
        ("en", "Sharing\nWe do not disclose your data to other companies unless a court or government authority requires it by law.",
         {"authorities"}),
    ],
)
def test_a_single_inline_exception_keeps_only_the_recipients_it_names(language: str, text: str, kept: set[str]) -> None:
    affirmative, _, _ = _sharing(text, language)
    assert affirmative == kept


# ------------------------------------------------------------------ rights

RIGHTS_CASES = [
    ("en", "Your rights\nYou can ask us to correct or update inaccurate data about you.", {"rectification"}),
    ("en", "Your rights\nYou may restrict or object to our processing of your personal data.", {"restrict-or-object"}),
    ("en", "Your choices\nYou can ask us to delete your account and your data, or to send you a copy of your data.",
     {"erasure", "copy", "account-cancellation"}),
    ("en", "Your rights\nYou can withdraw your consent at any time.", {"withdraw-consent"}),
    ("en", "What choices do you have?\n- Ask us to delete your personal data.\n- Correct inaccurate data.\n- Withdraw your consent.",
     {"erasure", "rectification", "withdraw-consent"}),
    ("en", "Your Rights\nUpon request, we will delete your personal data.", {"erasure"}),
    ("es", "Sus derechos\nPuede ejercer sus derechos de acceso, rectificación, supresión, limitación, oposición y portabilidad.",
     {"access", "rectification", "erasure", "restrict-or-object", "portability"}),
    ("es", "Derechos\n- Solicitar la supresión de sus datos.\n- Solicitar la portabilidad de sus datos.", {"erasure", "portability"}),
    ("ru", "Права субъекта\nВы вправе отозвать согласие, потребовать ограничить обработку или удалить ваши персональные данные.",
     {"withdraw-consent", "restrict-or-object", "erasure"}),
    ("ru", "Ваши права\n1. Отозвать согласие на обработку.\n2. Требовать удаления персональных данных.", {"withdraw-consent", "erasure"}),
    ("zh", "您的权利\n您可以撤回同意，也可以注销账户，或获取个人信息副本。", {"withdraw-consent", "account-cancellation", "copy"}),
    ("zh", "您如何管理自己的信息\n1. 更正您的个人信息\n2. 删除您的个人信息\n3. 注销账户", {"rectification", "erasure", "account-cancellation"}),
    ("az", "Hüquqlarınız\n- məlumatlarınızın silinməsini tələb etmək;\n- razılığınızı geri götürmək.", {"erasure", "withdraw-consent"}),
    ("en", "Data retention\nWe delete your personal data after three years.", set()),
]


@pytest.mark.parametrize(("language", "text", "rights"), RIGHTS_CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(RIGHTS_CASES)])
def test_rights_phrased_as_requests_and_listed_under_a_rights_heading(language: str, text: str, rights: set[str]) -> None:
    assert set(facts(text, language)["rights"]) == rights


# ------------------------------------------------------------------ scraped notices

NOTICE = (
    "Home | Products | About | Contact\n"
    "Form loading...\n"
    "Privacy Notice Pinecone Crafts respects your privacy and this notice explains what happens to the details you give "
    "us when you buy from our online shop or sign up for our newsletter we collect your name, email address, postal "
    "address and phone number so that we can deliver your orders and answer your questions we may share your data with "
    "our partners and service providers to process payments, ship parcels and host this website and they may only use "
    "it for those tasks we may also disclose your information if required by law or to respond to a court order we will "
    "never sell your personal data. With your consent we use your email address to send you marketing emails about new "
    "products and seasonal offers, you may opt out at any time by clicking unsubscribe at the bottom of any email or by "
    "writing to us. We use cookies to remember your basket and to understand how visitors use the site, and you can "
    "block cookies in your browser settings. We keep order records for six years for tax purposes. You can ask us for "
    "a copy of the data we hold about you or ask us to correct your data. Questions? Email hello@pineconecrafts.example.org.\n"
    "Copyright © 2024 Pinecone Crafts Ltd. All rights reserved.\n"
    "Home | Privacy | Terms\n"
)


def test_scraped_notice_without_headings_or_full_stops() -> None:
    found = facts(NOTICE, "en")
    assert {"partners", "service-providers"} <= set(found["recipients"])
    assert "legal-obligation" in found["disclosure_conditions"]
    assert {"Name", "EmailAddress", "TelephoneNumber"} <= set(found["data_categories"])
    assert "Marketing" in found["purposes"] or "DirectMarketing" in found["purposes"]
    assert "opt-out-marketing" in found["rights"]
    assert {"copy", "rectification"} <= set(found["rights"])
    assert found["sells_data"] == "no"
    assert found["company"] == "Pinecone Crafts Ltd."
    assert found["contacts"]["emails"] == ["hello@pineconecrafts.example.org"]


def test_run_on_sentences_are_cut_into_clauses_with_consistent_indices() -> None:
    context = make(NOTICE + "We collect:\n- your name;\n- your email address.\n", "en")
    pieces = split_runons(context.segments, lexicon("en"))
    assert len(pieces) > len(context.segments)
    for n, piece in enumerate(pieces):
        assert piece.index == n
        assert context.document.text[piece.start : piece.end] == piece.text
        if piece.parent is not None:  # list items still point at the sentence introducing them
            assert pieces[piece.parent].text.endswith(":")
    assert any(p.text.startswith("we will never sell") for p in pieces)
    short = make("Privacy\nWe collect your name so that we can reply to you.", "en")
    assert split_runons(short.segments, lexicon("en")) == short.segments  # short sentences stay whole


def test_a_navigation_bar_opens_no_section() -> None:
    context = make("Home | Products | About | Contact\nWe use your email address to send you newsletters.", "en")
    infos = analyse(context).infos
    body = next(i for i in infos if i.segment.kind is not SegmentKind.HEADING or "newsletter" in i.segment.text)
    assert "contact" not in body.sections
    assert facts(context.document.text, "en")["purposes"]


SCRAPED_OTHER = [
    ("es",
     "Inicio | Productos | Nosotros | Contacto\nCargando formulario...\n"
     "Aviso de privacidad Tienda Olivo recoge su nombre, correo electrónico y teléfono cuando realiza un pedido para "
     "enviarle sus compras y atender sus consultas podemos compartir sus datos con nuestros socios y proveedores de "
     "servicios para procesar pagos y realizar envíos también podremos comunicar sus datos a las autoridades cuando lo "
     "exija la ley nunca vendemos sus datos personales. Con su consentimiento le enviaremos ofertas por correo "
     "electrónico y puede darse de baja en cualquier momento.\n© 2024 Tienda Olivo S.L. Todos los derechos reservados.\n"),
    ("ru",
     "Главная | Каталог | О нас | Контакты\nПолитика конфиденциальности Магазин «Ромашка» собирает ваше имя, адрес "
     "электронной почты и номер телефона при оформлении заказа для доставки покупок мы можем передавать ваши данные "
     "нашим партнёрам и поставщикам услуг для обработки платежей и доставки мы также можем раскрыть информацию "
     "государственным органам если этого требует закон мы никогда не продаём ваши персональные данные. С вашего "
     "согласия мы направляем рекламные рассылки, вы можете отписаться в любое время.\n"),
]


@pytest.mark.parametrize(("language", "text"), SCRAPED_OTHER, ids=[c[0] for c in SCRAPED_OTHER])
def test_scraped_run_on_notices_in_other_languages(language: str, text: str) -> None:
    found = facts(text, language)
    assert {"partners", "service-providers"} <= set(found["recipients"])
    assert "legal-obligation" in found["disclosure_conditions"]
    assert {"Name", "EmailAddress", "TelephoneNumber"} <= set(found["data_categories"])
    assert "opt-out-marketing" in found["rights"]
    assert found["sells_data"] == "no"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Newsletter\nWe send promotional emails. You can unsubscribe at any time."),
        ("en", "We use your email to send you our newsletter; click the unsubscribe link to stop."),
        ("zh", "我们会向您发送营销短信，回复TD即可退订。"),
        ("ru", "Мы направляем рекламные рассылки; вы можете отписаться по ссылке в письме."),
        ("az", "Biz sizə reklam mesajları göndəririk; istənilən vaxt abunəlikdən çıxa bilərsiniz."),
    ],
)
def test_marketing_messages_and_their_opt_out(language: str, text: str) -> None:
    found = facts(text, language)
    assert {"Marketing", "DirectMarketing"} & set(found["purposes"])
    assert "opt-out-marketing" in found["rights"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("隐私政策\n本隐私政策由蓝鲸数据制定。", "蓝鲸数据"),
        ("隐私政策\n本应用由蓝鲸数据开发运营。\n地址：香港", "蓝鲸数据"),
    ],
)
def test_zh_operator_phrase_without_legal_form_ends_before_the_verb(text: str, name: str) -> None:
    company = extract_company(make(text, "zh"))
    assert company is not None and company.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Privacy\nWe Are Committed To Your Privacy\nAcme Widgets Ltd. runs this site.", "Acme Widgets Ltd."),
        ("Privacy\nWe are Hong Kong's leading tea shop. Copyright 2024 Leaf Cup Limited", "Leaf Cup Limited"),
    ],
)
def test_we_are_cues_do_not_take_slogans_or_places(text: str, name: str) -> None:
    company = extract_company(make(text, "en"))
    assert company is not None and company.name == name


@pytest.mark.parametrize(
    ("language", "item", "expected"),
    [
        ("en", "to protect the life, property or other major rights of a person where it is difficult to obtain their consent;", "vital-interests"),
        ("en", "to protect the rights, property or safety of our company, our users or the public;", "protect-rights"),
        ("zh", "为维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；", "vital-interests"),
    ],
)
def test_vital_interests_item_is_not_also_protecting_rights(language: str, item: str, expected: str) -> None:
    intro = {
        "en": "We will not share your personal information with third parties, except in the following cases:",
        "zh": "我们不会向第三方共享您的个人信息，但以下情形除外：",
    }[language]
    conditions = set(facts(f"{intro}\n1. {item}\n", language)["disclosure_conditions"])
    assert expected in conditions
    if expected == "vital-interests":
        assert "protect-rights" not in conditions


def test_disclosure_without_informing_the_person_is_unilateral_discretion() -> None:
    text = ("We may disclose your personal data to third parties without informing you, "
            "if we believe that doing so is lawful.\n"
            "We will not share your personal data with third parties without your consent.\n")
    conditions = set(facts(text, "en")["disclosure_conditions"])
    assert "unilateral-discretion" in conditions
    # "will not share ... without your consent" shares with consent (facts4: the consent case, FORMAT.md);
    # "without informing you" itself is no denied condition
    assert "consent" in conditions


def test_chinese_contract_case_with_words_between_verb_and_contract() -> None:
    text = "除以下情形外，我们不会与任何第三方共享您的个人信息：\n1. 事先获得您的明确同意；\n2. 为履行与您订立的合同所必需。\n"
    assert {"consent", "contract"} <= set(facts(text, "zh")["disclosure_conditions"])


def test_a_negation_in_another_clause_does_not_deny_the_sharing() -> None:
    text = ("We may disclose your personal data to third parties without informing you, "
            "if we believe that doing so does not break any rule.\n")
    record = facts(text, "en")
    assert "unilateral-discretion" in record["disclosure_conditions"]
    assert "third-parties" in record["recipients"]
    denied = facts("We will not sell or share your personal data with third parties.\n", "en")
    assert denied["recipients"] == [] and denied["disclosure_conditions"] == []
