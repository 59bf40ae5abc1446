"""Compliance as a requirement model: verdicts per policy-findings/1 key, judged at the policy's date.

The sample sentences are our own, in several languages; each test states a rule a PRC data-protection
lawyer would state and checks the verdict, its severity, the law applied and the quote.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.compliance.engine import CHECKS, judge
from policykg.compliance.model import ORDER, packaged_requirements
from policykg.compliance.text import PolicyText
from policykg.namespaces import sparql_prefixes
from policykg.store.oxigraph_store import OxigraphStore

TODAY = date(2026, 6, 1)
PRE_PIPL_2017_EDITION = date(2019, 3, 1)
PRE_PIPL_2020_EDITION = date(2021, 3, 1)


def verdicts(text: str, lang: str, when: date = TODAY) -> dict:
    policy = PolicyText.from_text(text, language=lang)
    return {j.requirement.key: j for j in judge(policy, packaged_requirements(), when)}


# --- the model --------------------------------------------------------------------------------------
def test_model_has_every_key_with_provisions_and_a_check() -> None:
    model = packaged_requirements()
    assert list(model) == list(ORDER) and len(model) == 21
    for key, requirement in model.items():
        assert requirement.provisions, key
        assert key in CHECKS, key
        assert requirement.adverse in ("contravention", "omission")


def test_sources_in_force_decide_law_edition_and_severity() -> None:
    model = packaged_requirements()
    sharing = model["sharing-separate-consent"]
    assert sharing.at(TODAY).severity == "law" and sharing.at(TODAY).source.iri.endswith("/PIPL")
    assert sharing.at(PRE_PIPL_2020_EDITION).source.iri.endswith("CSL-2016")  # CSL 42 stands in
    assert "https://w3id.org/policykg/law/GBT35273-2017/s8.2" in sharing.at(PRE_PIPL_2017_EDITION).provisions
    scope = model["automated-decision"]
    assert scope.at(PRE_PIPL_2020_EDITION).source.iri.endswith("GBT35273-2020")
    assert scope.at(PRE_PIPL_2017_EDITION).source.iri.endswith("GBT35273-2017")
    assert scope.at(PRE_PIPL_2017_EDITION).severity == "standard"
    # the 2017 edition stopped applying on 2020-09-30; the 2020 edition applies from 2020-10-01
    gbt = model["gbt-sharing-exceptions"]
    assert gbt.at(date(2020, 9, 30)).source.iri.endswith("GBT35273-2017")
    assert gbt.at(date(2020, 10, 1)).source.iri.endswith("GBT35273-2020")
    assert gbt.at(TODAY).severity == "standard"  # a deviation from the standard is never a breach of law
    assert not model["legal-basis"].at(PRE_PIPL_2020_EDITION).applicable  # PIPL-only key before PIPL
    assert model["consent-by-use"].at(PRE_PIPL_2020_EDITION).source.iri.endswith("CSL-2016")  # CSL 41 stands in
    assert not model["consent-by-use"].at(date(2016, 1, 1)).applicable


def test_pipl_only_keys_are_not_applicable_before_pipl() -> None:
    found = verdicts("我们可能会基于合法权益，在无需征得您同意的情况下使用您的信息。", "zh", PRE_PIPL_2020_EDITION)
    assert found["legal-basis"].result.verdict == "not-applicable"
    assert "2021-03-01" in found["legal-basis"].result.reason


# --- consent ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("By using the app you agree to the collection of your data as described here.", "en"),
    ("您点击进入本平台即表明您已同意本政策的全部内容。", "zh"),
    ("Al utilizar este sitio web, usted acepta el tratamiento de sus datos personales.", "es"),
    ("Используя приложение, вы соглашаетесь с обработкой ваших персональных данных.", "ru"),
    ("Tətbiqdən istifadə etməklə siz bu siyasətlə razılaşırsınız.", "az"),
    ("在某些情形下，我们可根据您的行为合理推断获得了您的授权同意。", "zh"),
])
def test_consent_deemed_by_use_is_a_contravention_of_law(text: str, lang: str) -> None:
    j = verdicts(text, lang)["consent-by-use"]
    assert j.result.verdict == "contravention" and j.severity == "law"
    assert j.result.quotes and j.result.quotes[0].text == text  # quoted whole, with its own full stop


def test_continued_use_after_a_change_binds_without_fresh_consent() -> None:
    text = "We may update this privacy policy from time to time. If you continue to use the service after the update, you accept the revised policy."
    found = verdicts(text, "en")
    assert found["policy-changes"].result.verdict == "contravention"
    assert found["consent-by-use"].result.verdict == "contravention"


def test_forced_acceptance_is_bundled_consent() -> None:
    text = "如果您不同意本政策的任何条款，您应立即停止使用我们的服务。"
    j = verdicts(text, "zh")["bundled-consent"]
    assert j.result.verdict == "contravention" and j.result.quotes[0].text == text


def test_optional_features_alone_affected_meets_pipl_16_with_a_quote() -> None:
    text = "If you refuse to provide your birthday, this only affects the functions that need it and will not affect the basic functions of the service."
    j = verdicts(text, "en")["bundled-consent"]
    assert j.result.verdict == "met" and j.result.quotes


# --- legal basis and the GB/T lists -------------------------------------------------------------------
def test_grounds_restating_pipl_13_are_met_and_not_a_deviation() -> None:
    text = ("In the following cases we may share your personal information without your consent:\n"
            "- where necessary to perform a contract you are a party to;\n"
            "- to comply with a legal obligation;\n"
            "- in a public health emergency, to protect the life and health of a person.\n")
    found = verdicts(text, "en")
    assert found["legal-basis"].result.verdict == "met"
    assert found["gbt-sharing-exceptions"].result.verdict != "contravention"


def test_protecting_the_company_is_no_pipl_13_ground_and_a_standard_deviation() -> None:
    text = ("在以下情形中，我们共享、转让、公开披露您的个人信息无需事先征得您的授权同意：\n"
            "1、为维护我们公司及平台的合法权益所必需的；\n"
            "2、与诉讼或争议解决有关的。\n")
    found = verdicts(text, "zh")
    assert found["legal-basis"].result.verdict == "contravention" and found["legal-basis"].severity == "law"
    gbt = found["gbt-sharing-exceptions"]
    assert gbt.result.verdict == "contravention" and gbt.severity == "standard"
    assert any("诉讼" in q.text for q in gbt.result.quotes)
    assert not any(q.text.startswith("在以下情形中") and "诉讼" in q.text for q in gbt.result.quotes)


def test_a_collection_exception_list_is_not_judged_as_a_sharing_list() -> None:
    text = ("以下情形中，我们收集、使用个人信息无需征得您的授权同意：\n"
            "1、与新闻报道相关的；\n"
            "2、学术研究机构基于公共利益开展统计或学术研究所必要的，且结果已去标识化；\n"
            "3、维护所提供产品或服务的安全稳定运行所必需的。\n")
    gbt = verdicts(text, "zh")["gbt-sharing-exceptions"]
    assert gbt.result.verdict != "contravention", gbt.result.reason


# --- sharing ------------------------------------------------------------------------------------------
def test_sharing_with_affiliates_needs_separate_consent() -> None:
    text = "We share your contact details with our affiliates and advertising partners to show you offers."
    j = verdicts(text, "en")["sharing-separate-consent"]
    assert j.result.verdict == "contravention" and j.result.quotes[0].text == text


def test_entrusted_processing_and_data_received_are_not_provision() -> None:
    text = ("Our service providers process your data on our behalf and in accordance with our instructions.\n"
            "We receive information about you from our partners when you allow them to share it with us.\n")
    assert verdicts(text, "en")["sharing-separate-consent"].result.verdict in ("not-applicable", "review")


def test_sharing_with_separate_consent_is_met() -> None:
    text = "我们仅在获得您的单独同意后，才会向合作伙伴共享您的订单信息，并告知其名称和联系方式。"
    assert verdicts(text, "zh")["sharing-separate-consent"].result.verdict == "met"


# --- transfers abroad ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("我们不会将上述信息传输至境外。", "zh"),
    ("No realizaremos transferencias internacionales de sus datos personales.", "es"),
    ("我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。", "zh"),
])
def test_denied_transfers_abroad_are_not_transfers(text: str, lang: str) -> None:
    found = verdicts(text, lang)
    assert found["cross-border-mechanism"].result.verdict == "not-applicable"
    assert found["cross-border-consent"].result.verdict == "not-applicable"


@pytest.mark.parametrize("mechanism", ["我们已通过ISO27001信息安全认证。", "用户需完成实名认证后方可使用。",
                                       "我们与境外接收方签订了欧盟标准合同条款。"])
def test_unrelated_certifications_are_no_pipl_38_mechanism(mechanism: str) -> None:
    text = "为提供全球服务，我们会将您的个人信息传输至境外的服务器。" + mechanism
    j = verdicts(text, "zh")["cross-border-mechanism"]
    assert j.result.verdict == "contravention" and j.severity == "law"


def test_a_cac_standard_contract_is_a_pipl_38_mechanism() -> None:
    text = "我们会将您的订单信息传输至境外的合作方，并已与其签订个人信息出境标准合同。"
    j = verdicts(text, "zh")["cross-border-mechanism"]
    assert j.result.verdict == "met" and any("标准合同" in q.text for q in j.result.quotes)


# --- special categories -------------------------------------------------------------------------------
def test_sensitive_pi_without_separate_consent_and_necessity() -> None:
    text = "Para verificar su identidad recopilamos el número de su pasaporte y su huella dactilar."
    j = verdicts(text, "es")["sensitive-pi-consent"]
    assert j.result.verdict == "contravention" and j.result.quotes[0].text == text


@pytest.mark.parametrize("text, lang, expected", [
    ("We do not knowingly collect data from children under 13 without parental consent.", "en", "contravention"),
    ("不满十四周岁的儿童使用我们的服务前，应当事先取得其监护人的同意。", "zh", "met"),
    ("Наш сервис предназначен только для лиц, достигших 18 лет.", "ru", "not-applicable"),
])
def test_minors_threshold_guardian_and_adult_only(text: str, lang: str, expected: str) -> None:
    assert verdicts(text, lang)["minors"].result.verdict == expected


def test_profiling_without_opt_out_and_with_one() -> None:
    without = verdicts("We use your browsing history to show you personalized recommendations.", "en")
    assert without["automated-decision"].result.verdict == "contravention"
    with_off = verdicts("我们会向您提供个性化推荐。您可以在设置中关闭个性化推荐。", "zh")
    assert with_off["automated-decision"].result.verdict == "met"


# --- security and de-identified data -----------------------------------------------------------------
def test_disclaiming_breach_liability_is_adverse() -> None:
    text = "因黑客攻击导致的个人信息泄露，我们不承担任何责任。"
    j = verdicts(text, "zh")["security-measures"]
    assert j.result.verdict == "contravention" and j.result.quotes[0].text == text


def test_de_identified_data_treated_as_non_personal_is_a_contravention() -> None:
    text = "De-identified device identifiers are non-personal information, so we may share them with partners without your consent."
    assert verdicts(text, "en")["de-identified-data"].result.verdict == "contravention"


def test_every_met_has_a_quote_and_every_verdict_a_reason() -> None:
    text = ("Acme Widgets Co., Ltd. operates this service; contact us at privacy@acme.example. "
            "We keep your data only as long as necessary for the purposes described, then delete it. "
            "We use encryption and access control to protect your data. "
            "If a security incident occurs, we will notify you promptly.\n")
    for j in verdicts(text, "en").values():
        assert j.result.reason.strip()
        if j.result.verdict == "met":
            assert j.result.quotes and all(not q.heading for q in j.result.quotes)


# --- the CLI over a real store ------------------------------------------------------------------------
SAMPLE_EN = """Privacy Policy of Northwind Apps Co., Ltd.
Last updated: 2019-05-10

By using the app you agree to this policy.
We share your e-mail address with our advertising partners.
Contact us at privacy@northwind.example.
"""
SAMPLE_ZH = """星河科技有限公司隐私政策
更新日期：2024年3月1日

您点击进入本平台即表明您已同意本政策的全部内容。
我们不会将您的个人信息传输至境外。
联系邮箱：privacy@xinghe.example
"""


@pytest.fixture()
def checked_store(tmp_path: Path) -> Path:
    (tmp_path / "northwind.txt").write_text(SAMPLE_EN, encoding="utf-8")
    (tmp_path / "xinghe.txt").write_text(SAMPLE_ZH, encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", str(tmp_path / "northwind.txt"), str(tmp_path / "xinghe.txt")])
    assert result.exit_code == 0, result.output
    return store


def test_check_writes_policy_findings_with_every_key(checked_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "findings.json"
    result = CliRunner().invoke(cli, ["--store", str(checked_store), "check", "--format", "findings-json", "--out", str(out)])
    assert result.exit_code == 1, result.output  # adverse findings under statute
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "policy-findings/1" and len(doc["policies"]) == 2
    for policy in doc["policies"]:
        assert [f["requirement"] for f in policy["findings"]] == list(ORDER)
        for f in policy["findings"]:
            assert f["severity"] in ("law", "standard") and f["note"]
    by_file = {p["file"]: p for p in doc["policies"]}
    northwind = by_file["northwind.txt"]
    assert northwind["as_of"] == "2019-05-10"
    legal_basis = next(f for f in northwind["findings"] if f["requirement"] == "legal-basis")
    assert legal_basis["verdict"] == "not-applicable"  # PIPL not yet in force
    consent = next(f for f in northwind["findings"] if f["requirement"] == "consent-by-use")
    assert consent["verdict"] == "contravention" and "Cybersecurity Law" in consent["law"]
    sharing = next(f for f in northwind["findings"] if f["requirement"] == "sharing-separate-consent")
    assert sharing["severity"] == "law" and "Cybersecurity Law" in sharing["law"]  # CSL 42 before PIPL
    gbt = next(f for f in northwind["findings"] if f["requirement"] == "gbt-sharing-exceptions")
    assert gbt["severity"] == "standard" and "2017" in gbt["law"]
    xinghe = by_file["xinghe.txt"]
    transfer = next(f for f in xinghe["findings"] if f["requirement"] == "cross-border-mechanism")
    assert transfer["verdict"] == "not-applicable"


def test_as_of_override_applies_the_law_of_that_day(checked_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.json"
    CliRunner().invoke(cli, ["--store", str(checked_store), "check", "--as-of", "2024-06-01", "--format", "json", "--out", str(out)])
    doc = json.loads(out.read_text(encoding="utf-8"))
    northwind = next(p for p in doc["policies"] if p["file"] == "northwind.txt")
    assert northwind["as_of"] == "2024-06-01" and northwind["as_of_source"] == "override"
    consent = next(f for f in northwind["findings"] if f["requirement"] == "consent-by-use")
    assert "Personal Information Protection Law" in consent["law"]
    bad = CliRunner().invoke(cli, ["--store", str(checked_store), "check", "--as-of", "June 2024"])
    assert bad.exit_code == 2


def test_findings_graph_keeps_the_workbench_contract(checked_store: Path) -> None:
    CliRunner().invoke(cli, ["--store", str(checked_store), "check", "-q"])
    with OxigraphStore(checked_store, read_only=True) as store:
        rows = store.select(sparql_prefixes() + """
            SELECT ?f ?policy ?key ?verdict ?severity ?source ?reason (COUNT(?q) AS ?quotes) WHERE { GRAPH pkgr:compliance {
              ?f a pkg:Finding ; pkg:aboutPolicy ?policy ; pkg:requirementKey ?key ; pkg:verdict ?verdict ;
                 pkg:severity ?severity ; pkg:reason ?reason .
              OPTIONAL { ?f pkg:appliedSource ?source }
              OPTIONAL { ?f pkg:hasQuote ?q . ?q oa:exact ?e ; oa:start ?s ; oa:end ?end } } }
            GROUP BY ?f ?policy ?key ?verdict ?severity ?source ?reason""")
    assert len(rows) == 2 * 21
    for row in rows:
        assert str(row["verdict"]) in ("contravention", "omission", "met", "not-applicable", "review")
        assert str(row["severity"]) in ("law", "standard")
        assert str(row["policy"]).startswith("https://w3id.org/policykg/id/policy/")
        if str(row["verdict"]) == "met":
            assert int(row["quotes"].toPython()) >= 1
        if str(row["verdict"]) != "not-applicable" or "source" in row:
            assert str(row.get("source", "")).startswith("https://w3id.org/policykg/law/")


def test_report_opens_with_a_summary_table_linking_to_findings(checked_store: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    CliRunner().invoke(cli, ["--store", str(checked_store), "check", "--report", str(report)])
    text = report.read_text(encoding="utf-8")
    table = text.split("\n## ", 1)[0]
    assert "| policy | as of |" in table and "(#f-" in table
    anchors = [a.split('"')[0] for a in text.split('<a id="')[1:]]
    assert len(anchors) == 42 and all(f"(#{a})" in table for a in anchors)


def test_evaluate_findings_scores_like_the_gold_scorer(checked_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.json"
    CliRunner().invoke(cli, ["--store", str(checked_store), "check", "--format", "findings-json", "--out", str(out)])
    gold = {"format": "policy-findings/1", "policies": [{"file": "northwind.txt", "as_of": "2019-05-10", "findings": [
        {"requirement": "consent-by-use", "verdict": "contravention", "quotes": ["By using the app you agree"]},
        {"requirement": "security-measures", "verdict": "omission"},
        {"requirement": "minors", "verdict": "met", "quotes": []},
    ]}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate-findings", "--gold", str(tmp_path / "gold.json"), str(out), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["tp"] >= 1 and scores["evidence"] == 1.0
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    broken = CliRunner().invoke(cli, ["evaluate-findings", "--gold", str(tmp_path / "broken.json"), str(out)])
    assert broken.exit_code == 2 and "broken.json" in broken.output


def test_before_pipl_sharing_with_consent_is_no_deviation_from_the_standard() -> None:
    text = "经您同意后，我们会与合作伙伴共享您的订单信息。"
    j = verdicts(text, "zh", PRE_PIPL_2020_EDITION)["sharing-separate-consent"]
    assert j.severity == "law" and j.result.verdict == "review"  # CSL 42 asks consent, not separate consent
    after = verdicts(text, "zh")["sharing-separate-consent"]
    assert after.severity == "law" and after.result.verdict == "contravention"  # PIPL 23 asks separate consent


def test_a_title_date_is_the_policy_date_and_a_stray_phrase_is_no_publisher() -> None:
    from policykg.compliance.check import PolicyInfo, heading_date

    assert heading_date("隐私政策 2019年7月3日\n正文……") == "2019-07-03"
    assert heading_date("Privacy policy\n" + "x" * 200 + " 2019-07-03") is None
    # a template's fill-in brackets around month and day still make the date; a version number does not
    assert heading_date("隐私权政策\n2020年【11】月【16】日\n正文") == "2020-11-16"
    assert heading_date("隐私权政策 版本 2020.【11】") is None
    assert PolicyInfo("i", "d", "关联公司星河科技有限公司", "a.txt").name == "a.txt"
    assert PolicyInfo("i", "d", "产品上还可能包含一些电子图像", "b.txt").name == "b.txt"
    assert PolicyInfo("i", "d", "Northwind Apps Co., Ltd.", "c.txt").name == "Northwind Apps Co., Ltd."


@pytest.mark.parametrize("text, lang", [
    ("We use your contact details for analytics in pursuit of our legitimate interests.", "en"),
    ("Tratamos sus datos de navegación sobre la base de nuestro interés legítimo.", "es"),
])
def test_legitimate_interests_is_no_pipl_13_ground(text: str, lang: str) -> None:
    j = verdicts(text, lang)["legal-basis"]
    assert j.result.verdict == "contravention" and j.result.quotes[0].text == text


def test_folding_keeps_offsets_and_cues_never_match_across_sentences() -> None:
    from policykg.compliance.cues import fold
    from policykg.compliance.facts import PolicyFacts

    assert len(fold("İnjet MMC ŞİRKƏTİ")) == len("İnjet MMC ŞİRKƏTİ") and fold("İNJET") == "injet"
    # "continue to use" ends one sentence, "you agree" starts the next: no deemed consent in either
    facts = PolicyFacts.read(PolicyText.from_text("Please continue to use it. You agree with us on fair pricing.", language="en"))
    assert not facts.all_of("continued_use", "accept_word")
    assert [s.text for s in facts.where("continued_use")] == ["Please continue to use it."]


def test_an_advertising_switch_does_not_cover_content_recommendation() -> None:
    text = ("我们会根据您的浏览记录为您推荐您可能感兴趣的内容和个性化广告。"
            "如果您不希望接收个性化广告，可以在设置中关闭个性化广告。")
    j = verdicts(text, "zh")["automated-decision"]
    assert j.result.verdict == "contravention"


def test_rechecking_all_or_one_policy_replaces_findings_without_duplicates(checked_store: Path) -> None:
    count = sparql_prefixes() + "SELECT (COUNT(?f) AS ?n) WHERE { GRAPH pkgr:compliance { ?f a pkg:Finding } }"
    runs = sparql_prefixes() + "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH pkgr:compliance { ?r a pkg:ComplianceCheck } }"
    for args in (["check", "-q"], ["check", "-q"], ["check", "northwind.txt", "-q"]):
        assert CliRunner().invoke(cli, ["--store", str(checked_store), *args]).exit_code in (0, 1)
        with OxigraphStore(checked_store, read_only=True) as store:
            assert int(store.select(count)[0]["n"].toPython()) == 42
            assert int(store.select(runs)[0]["n"].toPython()) <= 2
