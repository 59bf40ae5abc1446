"""Transfers abroad as facts: polarity, every destination, foreign recipients, PIPL art. 38 routes.

Every sentence and policy here is written for these tests (zh, en, es, ru, az). The last tests ingest
small policies into a real on-disk store through the CLI and ask the catalogue: a policy that denies
transfers abroad is never listed as transferring, and the facts export and `show` keep the denial.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.ingest.extract import ExtractionContext, cross_border
from policykg.ingest.model import Document, Polarity, Statement
from policykg.ingest.segment import segment

AFF, NEG, COND = Polarity.AFFIRMATIVE, Polarity.NEGATIVE, Polarity.CONDITIONAL


def extract(text: str, language: str) -> list[Statement]:
    document = Document(
        source="t.txt", name="t.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain", encoding="utf-8", language=language,
    )
    context = ExtractionContext(document=document, segments=tuple(segment(document)))
    found = list(cross_border.extract(context))
    for statement in found:  # the evidence is the sentence, quoted from the text
        assert text[statement.span.start : statement.span.end].strip()
    return found


def transfers(text: str, language: str) -> list[Statement]:
    return [s for s in extract(text, language) if "storage_location" not in s.attributes]


# ------------------------------------------------------------------ polarity

@pytest.mark.parametrize(
    ("language", "text", "polarity"),
    [
        # denials
        ("zh", "我们不会将您的订单信息传输至境外。", NEG),
        ("zh", "您在本应用中产生的个人信息不会出境。", NEG),
        ("en", "We will not transfer your personal information outside the People's Republic of China.", NEG),
        ("en", "International transfers of customer data are not carried out.", NEG),
        ("es", "No realizaremos transferencias internacionales de los datos de nuestros socios.", NEG),
        ("ru", "Мы не передаём персональные данные покупателей за рубеж.", NEG),
        ("ru", "Трансграничная передача данных клиентов не производится.", NEG),
        ("az", "Müştərilərin şəxsi məlumatlarını xaricə ötürmürük.", NEG),
        # conditional or only in future
        ("zh", "如未来确需向境外提供您的信息，我们会事先告知您并取得您的单独同意。", COND),
        ("en", "If we ever need to transfer your data abroad in the future, we will ask for your separate consent first.", COND),
        ("en", "We will not send your data overseas without your explicit consent.", COND),
        ("es", "Si en el futuro fuera necesario realizar transferencias internacionales, le pediremos su consentimiento.", COND),
        ("ru", "Если в будущем потребуется трансграничная передача, мы получим ваше согласие.", COND),
        ("az", "Gələcəkdə məlumatların xaricə ötürülməsi lazım olarsa, əvvəlcə razılığınızı alacağıq.", COND),
        # affirmed
        ("zh", "为提供海外售后服务，我们会将您的姓名和设备编号传输至境外。", AFF),
        ("en", "Support tickets are transferred abroad to our help-desk contractor.", AFF),
        ("es", "Sus datos de contacto son objeto de transferencias internacionales a nuestro proveedor de correo.", AFF),
        ("ru", "Данные о заказах передаются за рубеж нашему складскому партнёру.", AFF),
        ("az", "Sifariş məlumatları xaricə, logistika tərəfdaşımıza ötürülür.", AFF),
    ],
)
def test_polarity_of_transfers_abroad(language: str, text: str, polarity: Polarity) -> None:
    found = transfers(text, language)
    assert [s.polarity for s in found] == [polarity], text


def test_current_denial_with_future_condition_is_a_denial() -> None:
    text = "目前我们不会向境外传输您的个人信息；如将来确需向境外传输，我们会按照法律规定另行征得您的单独同意。"
    found = transfers(text, "zh")
    # the segmenter may keep the two clauses as one sentence or split them: a denial is there, nothing affirmed
    assert NEG in {s.polarity for s in found}
    assert AFF not in {s.polarity for s in found}


def test_storage_within_china_is_storage_not_a_transfer() -> None:
    found = extract("我们在中国境内收集的个人信息将存储在中华人民共和国境内。", "zh")
    assert [(s.polarity, s.attributes) for s in found] == [(AFF, {"storage_location": "CN"})]


def test_look_alikes_are_not_transfers() -> None:
    assert extract("购买跨境商品时，我们需要核验订购人的真实姓名。", "zh") == []
    assert extract("如您是境外用户，请拨打我们的国际客服热线。", "zh") == []
    assert extract("参照中国法律以及其他国家和地区的通行做法，您可以查阅您的个人信息。", "zh") == []
    assert extract("We never sell, rent or otherwise transfer your details to outside parties.", "en") == []


def test_where_the_user_lives_is_no_condition_on_the_transfer() -> None:
    text = "If you live outside Canada, your messages are transferred to our servers in Canada and processed there."
    [statement] = transfers(text, "en")
    assert statement.polarity is AFF and statement.attributes["transfer_destinations"] == ("CA",)
    [statement] = transfers("如果您位于中国境外，我们会将您提交的信息传输至新加坡的服务器处理。", "zh")
    assert statement.polarity is AFF and statement.attributes["transfer_destinations"] == ("SG",)


# ------------------------------------------------------------------ destinations and recipients

@pytest.mark.parametrize(
    ("language", "text", "destinations"),
    [
        ("zh", "为完成海外保修，我们会将维修记录传输至位于美国和加拿大的服务商，这属于向境外提供个人信息。", ("US", "CA")),
        ("en", "We transfer support records abroad to our service centres in China and Canada.", ("CN", "CA")),
        ("es", "Realizamos transferencias internacionales a nuestros centros de soporte en Canadá y Alemania.", ("CA", "DE")),
        ("ru", "Данные о гарантии передаются в Китай и Казахстан (трансграничная передача).", ("CN", "KZ")),
        ("az", "Zəmanət məlumatları Türkiyə və Gürcüstandakı servis mərkəzlərinə, yəni xaricə ötürülür.", ("TR", "GE")),
    ],
)
def test_every_destination_is_its_own_value(language: str, text: str, destinations: tuple[str, ...]) -> None:
    [statement] = transfers(text, language)
    assert statement.polarity is AFF
    assert statement.attributes["transfer_destinations"] == destinations


def test_origin_and_law_names_are_not_destinations() -> None:
    text = ("Personal information collected in mainland China is transferred outside the People's Republic of China "
            "to our parent company in Singapore, as the Personal Information Protection Law of China allows.")
    [statement] = transfers(text, "en")
    assert statement.attributes["transfer_destinations"] == ("SG",)


@pytest.mark.parametrize(
    ("language", "authority", "abroad", "destination"),
    [
        ("az", "Təşkilat məlumatları Azərbaycan Mərkəzi Bankının Kredit Reyestrinə ötürür.",
         "Təşkilat məlumatları Almaniyadakı tərəfdaşına ötürür.", "DE"),
        ("ru", "Мы передаём сведения о займах в Центральный банк Российской Федерации.",
         "Мы передаём сведения о займах партнёру в Казахстан.", "KZ"),
        ("es", "Comunicamos los datos de los préstamos al Banco de España.",
         "Comunicamos los datos de los préstamos a nuestro socio en Alemania.", "DE"),
        ("en", "We report loan data to the Central Bank of Ireland.",
         "We send loan data to our partner in Canada.", "CA"),
        ("zh", "我们会依法将您的借贷信息报送中国人民银行征信中心。",
         "我们会将您的借贷信息发送至新加坡的合作方。", "SG"),
    ],
)
def test_an_authority_named_after_a_country_is_not_a_destination(
        language: str, authority: str, abroad: str, destination: str) -> None:
    assert not any(s.attributes.get("transfer_destinations") for s in transfers(authority, language))
    # near miss: the same verb with a partner in a named country is a transfer there
    assert any(destination in s.attributes.get("transfer_destinations", ()) for s in transfers(abroad, language))


def test_named_foreign_recipient() -> None:
    zh = "我们会将您的报修信息提供给境外接收方，境外接收方为澳洲蓝湾维修服务有限公司，位于澳大利亚。"
    [statement] = transfers(zh, "zh")
    assert statement.attributes["foreign_recipients"] == ("澳洲蓝湾维修服务有限公司",)
    en = "Your warranty data is sent abroad; the overseas recipient is Harbourline Repairs Pty Ltd. in Australia."
    found = [s for s in transfers(en, "en") if "foreign_recipients" in s.attributes]
    assert [s.attributes["foreign_recipients"] for s in found] == [("Harbourline Repairs Pty Ltd.",)]


# ------------------------------------------------------------------ PIPL art. 38 routes

@pytest.mark.parametrize(
    ("language", "text", "mechanisms"),
    [
        ("zh", "向境外提供前，我们将通过国家网信部门组织的数据出境安全评估。", ("cac-security-assessment",)),
        ("zh", "我们已按照规定经专业机构进行个人信息保护认证后方向境外传输。", ("pi-protection-certification",)),
        ("zh", "我们已与境外接收方订立个人信息出境标准合同。", ("cac-standard-contract",)),
        ("en", "Before any transfer abroad we conclude the CAC standard contract with the overseas recipient.", ("cac-standard-contract",)),
        ("en", "Data leaves China only after the outbound data security assessment by the Cyberspace Administration of China.", ("cac-security-assessment",)),
        # look-alikes: not PIPL art. 38 routes
        ("zh", "为向境外传输您的订单信息，您须先完成实名认证，我们的系统也已通过ISO27001信息安全认证。", ()),
        ("en", "Transfers out of the EEA rely on the standard contractual clauses of the European Commission.", ()),
        ("en", "Our transfers abroad are covered by our ISO 27001 certification and the EU-U.S. Privacy Shield.", ()),
        ("es", "Las transferencias internacionales se amparan en las cláusulas contractuales tipo de la Comisión Europea.", ()),
    ],
)
def test_mechanisms_are_named_precisely(language: str, text: str, mechanisms: tuple[str, ...]) -> None:
    found = transfers(text, language)
    assert found, text
    named = tuple(m for s in found for m in s.attributes.get("transfer_mechanisms", ()))
    assert named == mechanisms, text


def test_a_route_in_the_next_sentence_belongs_to_the_transfer() -> None:
    text = "如未来确需向境外提供您的个人信息，我们会告知您并取得您的单独同意。届时我们将通过安全评估。"
    found = transfers(text, "zh")
    assert {s.polarity for s in found} == {COND}
    assert any(s.attributes.get("transfer_mechanisms") == ("cac-security-assessment",) for s in found)


def test_a_security_assessment_elsewhere_is_no_route() -> None:
    assert extract("我们每年对信息系统开展安全评估。", "zh") == []


# ------------------------------------------------------------------ a real store, the catalogue, facts, show

POLICIES = {
    # denies, and stores in China
    "denial_zh.txt": "隐私政策\n\n北辰笔记（以下简称“我们”）重视您的个人信息。\n\n一、存储\n"
                     "您的个人信息存储在中华人民共和国境内。我们不会将上述信息传输至境外。\n",
    "denial_es.txt": "Política de privacidad\n\nSomos Huerta Clara S.L. Tratamos sus datos para gestionar pedidos.\n\n"
                     "No realizaremos transferencias internacionales de sus datos.\n",
    # transfers to two named countries under a standard contract
    "transfer_en.txt": "Privacy Policy\n\nNorthwind Kettles Ltd. makes smart kettles.\n\n"
                       "We transfer device diagnostics abroad to our repair partners in China and Canada. "
                       "Before doing so we conclude the CAC standard contract with each overseas recipient.\n",
    # only in future
    "future_ru.txt": "Политика конфиденциальности\n\nООО «Северный чайник» обрабатывает данные клиентов.\n\n"
                     "Если в будущем потребуется трансграничная передача данных, мы получим ваше согласие.\n",
}


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("xborder-policies")
    for name, text in POLICIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = tmp_path_factory.mktemp("xborder-store") / "store"
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", str(folder), "--quiet"])
    assert result.exit_code == 0, result.output
    return store


def _query(store: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--store", str(store), "query", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["rows"]


def test_catalogue_lists_only_real_transfers(store_dir: Path) -> None:
    rows = _query(store_dir, "cross-border-transfers")
    by_file = {row["file"]: row for row in rows}
    assert set(by_file) == {"transfer_en.txt"}  # neither denial nor the future-only transfer
    row = by_file["transfer_en.txt"]
    assert sorted(row["destinations"].split(", ")) == ["CA", "CN"]
    assert row["mechanisms"] == "CAC standard contract"
    assert str(row["mechanismStated"]).lower() == "true"


def test_a_denial_still_answers_the_notice_question(store_dir: Path) -> None:
    rows = _query(store_dir, "silent-on", "--param", "topic=cross-border")
    assert {row["file"] for row in rows} == set()  # every policy here says something about it


def test_facts_export_keeps_mentioned_and_storage(store_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(store_dir), "facts"])
    assert result.exit_code == 0, result.output
    records = {r["file"]: r for r in json.loads(result.output)["policies"]}
    assert records["denial_zh.txt"]["cross_border"] == {"mentioned": True, "storage_location": "CN"}
    assert records["denial_es.txt"]["cross_border"] == {"mentioned": True, "storage_location": None}
    assert records["transfer_en.txt"]["cross_border"]["storage_location"] is None


def test_graph_holds_polarity_and_each_destination(store_dir: Path) -> None:
    from policykg.namespaces import sparql_prefixes
    from policykg.store.oxigraph_store import OxigraphStore

    store = OxigraphStore(str(store_dir), read_only=True)
    try:
        rows = store.select(sparql_prefixes() + """
SELECT ?s ?file ?polarity ?processing ?to WHERE {
  ?policy pkg:fileName ?file ; pkg:states ?s .
  ?s a pkg:CrossBorderStatement ; pkg:hasPolarity ?polarity ; dpv:hasProcessing ?processing .
  OPTIONAL { ?s pkg:transferDestination ?to }
}""")
    finally:
        store.close()
    places: dict[tuple[str, str, str], set[str]] = {}
    for r in rows:
        key = (str(r["file"]), str(r["polarity"]).rsplit("#")[-1], str(r["processing"]).rsplit("#")[-1])
        places.setdefault(key, set()).update([str(r["to"])] if "to" in r else [])
    seen = {(*key, " ".join(sorted(to))) for key, to in places.items()}
    loc = "https://w3id.org/dpv/loc#"
    assert seen == {
        ("denial_zh.txt", "Affirmative", "Store", ""),
        ("denial_zh.txt", "Negative", "Transfer", ""),
        ("denial_es.txt", "Negative", "Transfer", ""),
        ("transfer_en.txt", "Affirmative", "Transfer", f"{loc}CA {loc}CN"),
        ("future_ru.txt", "Conditional", "Transfer", ""),
    }


def test_show_displays_polarity(store_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(store_dir), "show", "denial_zh.txt", "--json"])
    assert result.exit_code == 0, result.output
    facts = [f for f in json.loads(result.output)["facts"] if f["kind"] == "CrossBorderStatement"]
    assert {(f["polarity"], tuple(f["values"])) for f in facts} == {("affirmative", ("stored in CN",)), ("negative", ())}
    table = CliRunner().invoke(cli, ["--store", str(store_dir), "show", "future_ru.txt"])
    assert "ONLY IF CrossBorder" in table.output


def test_record_counts_a_denial_as_mentioned_and_keeps_storage_from_affirmed_storage() -> None:
    from policykg.ingest.extract import extract as extract_all
    from policykg.ingest.record import extraction_to_record

    text = "Политика конфиденциальности\n\nМы не храним данные в США. Мы не передаём персональные данные за рубеж.\n"
    document = Document(source="r.txt", name="r.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                        media_type="text/plain", encoding="utf-8", language="ru")
    record = extraction_to_record(extract_all(document, segment(document)))
    assert record["cross_border"] == {"mentioned": True, "storage_location": None}


def test_dossier_and_network_say_a_conditional_transfer_is_conditional(store_dir: Path) -> None:
    """A possible future transfer must not read as a transfer the policy makes, in the dossier or the graph view."""
    from policykg.export.dossier import build_dossier, render_html, render_markdown
    from policykg.store.oxigraph_store import OxigraphStore

    from policykg.viz.networks import policy_network

    store = OxigraphStore(str(store_dir), read_only=True)
    try:
        future = build_dossier(store, policy="future_ru.txt")
        denial = build_dossier(store, policy="denial_es.txt")
        labels = {data.get("label") for _, data in policy_network(store, policy="future_ru.txt").nodes(data=True)}
    finally:
        store.close()
    assert "only if: CrossBorder" in labels and "CrossBorder" not in labels
    assert "**only if: CrossBorder" in render_markdown(future)
    assert "<strong>only if: CrossBorder" in render_html(future)
    assert "**not CrossBorder" in render_markdown(denial) and "only if" not in render_markdown(denial)
