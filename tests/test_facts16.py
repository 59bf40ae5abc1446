"""General causes of wrong facts seen in the session-16 honest look (helper facts16).

Each rule is tested with the wording it is for and a near miss beside it that must not match. The texts are
written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest

from policykg.ingest.read import read_bytes
from policykg.ingest.readers.pdf import _join_han_wraps, _width
from policykg.ingest.readers.text import _page_wrapped_han
from tests.test_extract_scalars_fresh import facts, make_document
from policykg.ingest.segment import segment

# --- a plain-text copy of a PDF: Chinese lines broken at the page's width ----------------------------------------
PARAGRAPH = ("为出具检测报告并办理相关手续，我们需要收集您的姓名、身份证号码和车辆行驶证信息；如您申请分期付款，我们还会"
             "收集您的银行卡号、工作单位和收入情况，用于向金融合作机构提交申请。我们不会出售您的个人信息。")


def _page(text: str, width: int = 22) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _wrapped_policy(width: int = 22) -> str:
    lines = ["二手车检测服务隐私政策", "一、我们收集的信息"] + _page(PARAGRAPH, width) + ["二、信息的共享"] + _page(PARAGRAPH, width)
    return "\n".join(lines) + "\n"


def test_a_text_file_wrapped_at_a_page_width_is_read_whole() -> None:
    text = read_bytes(_wrapped_policy().encode("utf-8"), name="p.txt", source="p.txt").text
    assert PARAGRAPH in text
    assert "二、信息的共享" in text.split("\n")  # headings keep their lines


def test_a_text_file_of_whole_paragraphs_is_left_alone() -> None:
    # near miss: each line is one of the author's paragraphs, ending with its full stop
    sentences = [s + "。" for s in PARAGRAPH.split("。") if s] * 6
    text = "\n".join(sentences) + "\n"
    assert not _page_wrapped_han(text)
    assert read_bytes(text.encode("utf-8"), name="p.txt", source="p.txt").text.rstrip("\n") == text.rstrip("\n")


def test_a_text_wider_than_a_page_is_not_taken_for_a_wrapped_one() -> None:
    # near miss: long lines that stop mid-sentence (a web page's paragraph breaks), wider than any printed page line
    assert not _page_wrapped_han(_wrapped_policy(width=90))


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a line cannot open with a closing bracket, whatever the line above ends with
        (["本政策依据《信息安全技术 个人信息安全规范》（GB/T 35273-2017", "）制定，说明我们如何处理个人信息。"],
         "本政策依据《信息安全技术 个人信息安全规范》（GB/T 35273-2017）制定，说明我们如何处理个人信息。"),
        # an e-mail address cut at the measure
        (["如有疑问请联系我们，邮箱为privacy@chejianbao.exa", "mple.cn；客服电话为0571-8866-2019。"],
         "如有疑问请联系我们，邮箱为privacy@chejianbao.example.cn；客服电话为0571-8866-2019。"),
        # a bracket left open goes on into the next line
        (["杭州某某信息技术有限公司（以下简称“某某”", "或“我们”）非常重视用户个人信息的保护。"],
         "杭州某某信息技术有限公司（以下简称“某某”或“我们”）非常重视用户个人信息的保护。"),
    ],
)
def test_layout_breaks_inside_brackets_and_addresses(lines: list[str], joined: str) -> None:
    cells = (_width(lines[0]) + 1) // 2  # paragraphs as wide as the broken line: it fills the measure
    filler = [("我们依法处理个人信息并采取安全措施" * 4)[: cells - 1] + "。"] * 3
    page = "\n".join(filler + lines + filler)
    assert joined in _join_han_wraps(page).split("\n")


def test_a_short_line_before_an_ascii_line_keeps_its_break() -> None:
    # near miss: a short label line and an address line are two lines
    page = "\n".join(["我们会按照法律法规的要求处理您的个人信息并采取安全措施。"] * 3 + ["邮箱", "privacy@example.cn"])
    assert _join_han_wraps(page).split("\n")[-2:] == ["邮箱", "privacy@example.cn"]


# --- segmentation: a numbered Chinese clause ending in a colon introduces a list; space-aligned table rows ---------
def _segments(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.kind.value, s.text) for s in segment(make_document(text, language))]


def test_a_numbered_chinese_clause_with_a_colon_is_a_sentence_not_a_heading() -> None:
    segs = _segments("三、信息的共享\n3.1 经您同意后，我们会将您的贷款申请信息提供给下列金融合作机构：\n"
                     "  合作方名称        共享信息\n  某某消费金融股份有限公司    姓名、身份证号\n", "zh")
    kinds = [k for k, _ in segs]
    assert kinds == ["heading", "sentence", "item", "item"]
    # near miss: a short numbered label with a colon stays a heading
    assert _segments("3. 数据：\n我们收集您的姓名。", "zh")[0][0] == "heading"


def test_space_aligned_rows_after_an_intro_are_its_entries() -> None:
    segs = _segments("We rely on the following sub-processors:\n"
                     "  Stripe Payments Ltd        card payments       Ireland\n"
                     "  Twilio Inc.                SMS reminders       United States\n", "en")
    assert [k for k, _ in segs] == ["sentence", "item", "item"]


def test_facts_from_a_shared_table_intro() -> None:
    record = facts("三、信息的共享\n3.1 为完成分期业务，经您同意后，我们会将您的贷款申请信息提供给下列金融合作机构：\n"
                   "  合作方名称        共享信息\n  某某消费金融股份有限公司    姓名、身份证号\n", "zh")
    assert "partners" in record["recipients"] and "consent" in record["disclosure_conditions"]


# --- sharing and recipients ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "recipient", "present"),
    [
        ("我们可能将您的信息提供给我们的关联公司，以便为您提供延保服务。", "zh", "affiliates", True),
        ("我们会把您的个人信息提供给合作医院。", "zh", "partners", True),
        # near misses: the user gives the data himself; data given to us is collection
        ("您可以将您的照片提供给第三方。", "zh", "third-parties", False),
        ("We share your booking with the restaurant you booked.", "en", "partners", True),
        # near miss: the restaurant industry is no party that receives data
        ("We share aggregated statistics about the restaurant industry.", "en", "partners", False),
        ("Los datos de la receta se comunican a su obra social cuando el medicamento tiene cobertura.", "es",
         "third-parties", True),
        # near miss: what is sent to the person himself is no disclosure
        ("Las facturas se envían a usted por correo electrónico.", "es", "third-parties", False),
        ("Оператор вправе поручить обработку персональных данных третьим лицам на основании договора.", "ru",
         "service-providers", True),
        # near miss: a transfer to third parties that entrusts nothing names no processor
        ("Оператор вправе передавать персональные данные третьим лицам.", "ru", "service-providers", False),
    ],
)
def test_recipients(text: str, language: str, recipient: str, present: bool) -> None:
    assert (recipient in facts(text, language)["recipients"]) is present


def test_the_user_giving_his_data_to_us_is_no_sharing() -> None:
    assert facts("您可以将您的信息提供给我们，用于预约挂号。", "zh")["recipients"] == []


# --- purposes, data, rights -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "key", "present"),
    [
        ("问诊过程中的语音记录将被保存，用于处理后续可能发生的医疗纠纷。", "zh", "purposes", "DisputeManagement", True),
        # near miss: an order is handled, the dispute is only a time
        ("我们会处理您的订单，并在发生纠纷时联系您。", "zh", "purposes", "DisputeManagement", False),
        ("我们如何收集和使用您的个人信息\n1. 为帮您预约附近门店的诊疗服务，我们需要收集您的姓名。", "zh", "purposes",
         "ServiceProvision", True),
        ("Why we use it\n- To take deposits and refund them when you cancel in time.", "en", "purposes",
         "PaymentManagement", True),
        # near miss: a deposit of the user's files is not a payment
        ("Why we use it\n- To store the files you upload.", "en", "purposes", "PaymentManagement", False),
        ("Why we use it\n- Where the law requires us to, for example to keep accounting records.", "en", "purposes",
         "LegalCompliance", True),
        ("Why we use it\n- So that we can make, change and confirm your reservation.", "en", "purposes",
         "CustomerOrderManagement", True),
        ("Finalidades\na) cobrar y emitir la factura correspondiente;", "es", "purposes", "PaymentManagement", True),
        ("Finalidades\nd) cumplir las obligaciones que nos impone la normativa sanitaria y fiscal;", "es", "purposes",
         "LegalCompliance", True),
        # near miss: the contract's obligations are not a law's
        ("Finalidades\nd) cumplir las obligaciones del contrato con usted;", "es", "purposes", "LegalCompliance", False),
        ("When you book we ask for your name and any allergies you choose to tell us.", "en", "data_categories",
         "Health", True),
        ("We record only the transaction amount and the last four digits of your card.", "en", "data_categories",
         "Transaction", True),
        ("Recabamos la receta y los datos de su obra social o prepaga.", "es", "data_categories", "Insurance", True),
        ("You have the right to access your data and to have it corrected or erased.", "en", "rights", "erasure", True),
        # near miss: corrected or updated, nothing erased
        ("You have the right to have it corrected or updated.", "en", "rights", "erasure", False),
    ],
)
def test_cues(text: str, language: str, field: str, key: str, present: bool) -> None:
    assert (key in facts(text, language)[field]) is present


# --- Spanish scalars ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Al utilizar el sitio, usted presta su consentimiento a esta política.", True),
        # near miss: consent given by a separate act, not by use
        ("Usted presta su consentimiento marcando la casilla del formulario.", False),
    ],
)
def test_consent_lent_by_use(text: str, implied: bool) -> None:
    assert facts(text, "es")["implied_consent"] is implied


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Publicaremos cualquier cambio en esta página indicando la fecha de la última modificación.", True),
        # near miss: the company publishes offers, not changes of the policy
        ("Publicaremos nuestras ofertas en esta página.", False),
    ],
)
def test_changes_published(text: str, notice: bool) -> None:
    assert facts(text, "es")["policy_change_notice"] is notice


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("Para dispensar medicamentos de venta bajo receta necesitamos los datos de su obra social.", None),
        ("No vendemos medicamentos a menores de 18 años; los datos de los pedidos los gestionan sus padres.", None),
        # near miss: a statement about selling the data themselves
        ("No vendemos sus datos personales a terceros.", "no"),
    ],
)
def test_selling_goods_is_not_selling_data(text: str, sells: str | None) -> None:
    assert facts(text, "es")["sells_data"] == sells


# --- the publisher named under a label line -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        ("Responsable del tratamiento\nFarmacias del Norte S.R.L.\nAv. Colón 1450, X5000 Córdoba\n\n"
         "Sus datos de envío se comparten con Envíos Rápidos S.A., que realiza las entregas por cuenta nuestra.", "es",
         "Farmacias del Norte S.R.L."),
        ("Оператор персональных данных\nООО «Ромашка»\n420111, г. Казань\n\n"
         "Данные передаются АО «Быстрая доставка» для доставки заказов.", "ru", "ООО «Ромашка»"),
        ("Məlumatların operatoru\n\"Bulud Kitab\" MMC\nBakı şəhəri\n\n"
         "Ödənişlər \"Kart Ödəniş\" ASC tərəfindən emal olunur.", "az", "\"Bulud Kitab\" MMC"),
    ],
)
def test_label_line_names_the_publisher(text: str, language: str, company: str) -> None:
    from policykg.ingest.evaluate import company_matches

    found = facts(text, language)["company"]
    assert company_matches(company, found), found


def test_a_label_line_before_an_email_names_no_one() -> None:
    # near miss: under the label comes a way to write, not a name
    found = facts("Responsable del tratamiento\nEscríbanos a datos@example.com.ar\n\nUsamos cookies.", "es")["company"]
    assert found is None or "@" not in found


def test_a_numbered_clause_over_numbered_cases_stays_their_title() -> None:
    # near miss: a clause with a comma over its sub-numbered cases ("5.4.1 …") titles them, as before
    segs = _segments("5.4 本产品将会保护用户信息，不向第三方透露用户信息，除以下情形之外：\n5.4.1 基于政府部门的要求；\n", "zh")
    assert segs[0][0] == "heading"


def test_a_bold_numbered_entry_with_spaces_is_no_table_row() -> None:
    # near miss: "**1）  …**" is a numbered entry whose marker is followed by spaces, not a row of cells
    segs = _segments("我们会在以下情况下共享您的信息：\n **1）  在获得您的明确同意后，我们会与其他方共享您的个人信息。**\n", "zh")
    assert segs[1] == ("item", "在获得您的明确同意后，我们会与其他方共享您的个人信息。**")


# --- second batch (pol2): zh group buying, ru cinema tickets, es language school -----------------------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "key", "present"),
    [
        ("一、我们处理的个人信息\n（五）运营分析：我们会统计商品浏览和购买记录，用于分析销售情况、优化商品结构。", "zh",
         "data_categories", "BrowserHistory", True),
        ("一、我们处理的个人信息\n（五）运营分析：我们会统计商品浏览和购买记录，用于分析销售情况、优化商品结构。", "zh",
         "purposes", "ServiceOptimisation", True),
        ("我们委托配送服务商为您配送商品，并通过协议约束其仅按我们的要求处理您的个人信息。", "zh",
         "disclosure_conditions", "entrusted-processing", True),
        # near miss: the user entrusts nothing to anyone here, and follows our rules himself
        ("您应按我们的要求填写收货信息。", "zh", "disclosure_conditions", "entrusted-processing", False),
        ("为实现相关功能，我们接入了以下第三方服务：", "zh", "tracking", "sdk", True),
        # near miss: the user connects to a network of a provider
        ("您可以接入第三方服务商提供的网络。", "zh", "tracking", "sdk", False),
        ("Мы используем данные, чтобы вернуть деньги при отмене сеанса.", "ru", "purposes", "CustomerClaimsManagement",
         True),
        # near miss: access is given back, no money
        ("Мы используем данные, чтобы вернуть вам доступ к аккаунту.", "ru", "purposes", "CustomerClaimsManagement",
         False),
        ("Данные о заказе передаются кинотеатру, в котором проходит сеанс.", "ru", "recipients", "partners", True),
    ],
)
def test_second_batch_cues(text: str, language: str, field: str, key: str, present: bool) -> None:
    assert (key in facts(text, language)[field]) is present


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Вопросы: support@kino.example.ru, 8-800-555-71-17.", ["8-800-555-71-17"]),
        # near miss: registration numbers are no phone
        ("ОГРН 1186658012345, ИНН 6658123456.", []),
    ],
)
def test_russian_toll_free_number_with_dashes(text: str, phones: list[str]) -> None:
    assert facts(text, "ru")["contacts"]["phones"] == phones


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Актуальная версия Положения всегда доступна на сайте.", True),
        # near miss: a new version of the app, not of the policy
        ("Новая версия приложения доступна на сайте.", False),
    ],
)
def test_russian_current_version_published(text: str, notice: bool) -> None:
    assert facts(text, "ru")["policy_change_notice"] is notice


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("¿Por cuánto tiempo conservaremos sus datos?\nMientras se mantenga la relación con la academia.", "purpose-bound"),
        # near miss: a question about the course, not about keeping data
        ("¿Por cuánto tiempo dura el curso?\nMientras se mantenga la relación con la academia.", None),
    ],
)
def test_spanish_retention_question_heading(text: str, kind: str | None) -> None:
    assert facts(text, "es")["retention"]["kind"] == kind


# --- third batch (pol3): en marketplace, zh camera -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language", "field", "key", "present"),
    [
        ("Information we hold\nPet owners give us their name and home address.", "en", "data_categories", "Name", True),
        ("Sitters also provide a copy of their driver licence.", "en", "data_categories", "OfficialID", True),
        # near miss: the user is told to keep his licence with him, nothing is given to us
        ("Please remember to carry your phone during walks.", "en", "data_categories", "OfficialID", False),
        ("Information we hold\nMessages between owners and sitters pass through our platform and are stored.", "en",
         "data_categories", "Communication", True),
        ("Information we hold\nWe keep a record of each booking and the amount paid.", "en", "data_categories",
         "Transaction", True),
        ("When you confirm a booking, your address is shown to the sitter you booked.", "en", "recipients",
         "third-parties", True),
        # near miss: shown to the user himself
        ("Your booking history is shown in your account.", "en", "recipients", "third-parties", False),
        ("We may disclose information where required or authorised by law, for example to the police.", "en",
         "disclosure_conditions", "legal-obligation", True),
        ("If you are not satisfied, you can contact the Office of the Australian Information Commissioner (OAIC).", "en",
         "rights", "complaint-to-authority", True),
        # near miss: the commissioner of a sports league is no data-protection authority
        ("You can contact the league commissioner about match results.", "en", "rights", "complaint-to-authority", False),
        ("We use encryption in transit and at rest.", "en", "security_measures", "encryption", True),
        ("We use encryption in transit and at rest.", "en", "security_measures", "encryption-in-transit", True),
        ("Staff access to personal information is restricted and logged.", "en", "security_measures", "access-control",
         True),
        ("This policy explains how we handle personal information under the Privacy Act 1988 (Cth).", "en",
         "laws_cited", "other", True),
        ("我们采用加密技术传输和存储视频数据，仅授权员工可以访问。", "zh", "security_measures", "encryption-in-transit", True),
        ("我们采用加密技术传输和存储视频数据，仅授权员工可以访问。", "zh", "security_measures", "access-control", True),
        ("一、我们收集哪些信息\n开通云存储服务后，摄像机拍摄的视频录像将上传至云端，以便您随时回看。", "zh", "data_categories",
         "Picture", True),
        ("一、我们收集哪些信息\n为排查设备故障，我们会收集设备运行日志。", "zh", "purposes", "RepairImpairments", True),
    ],
)
def test_third_batch_cues(text: str, language: str, field: str, key: str, present: bool) -> None:
    assert (key in facts(text, language)[field]) is present


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Our servers are located in Sydney, Australia.", "AU"),
        # near miss: a city without its country names no country
        ("Our servers are located in Sydney.", None),
    ],
)
def test_servers_in_a_city_then_its_country(text: str, location: str | None) -> None:
    assert facts(text, "en")["cross_border"]["storage_location"] == location
