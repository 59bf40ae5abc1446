"""``policykg export``: matrices read back cell by cell, dossiers, RDF round trips, citations, safety."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from graph_fixtures import ACME_V1, BETA, CONTRACT_QUOTE, IMPLIED_QUOTE, load_fixture, policy_graphs
from openpyxl import load_workbook
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from viz_fixtures import FORMULA_PAYLOAD, HOSTILE, HOSTILE_COMPANY, SCRIPT_PAYLOAD, hostile_graphs

from policykg.cli import cli
from policykg.compliance.check import check_policies
from policykg.export import KINDS, ExportError, run_export
from policykg.export.citations import policy_citations, to_bibtex, to_csl_json
from policykg.export.dossier import build_dossier, render_html, render_markdown
from policykg.export.findings_read import read_findings, verdict_label
from policykg.export.lookup import list_policies
from policykg.export.matrix import TOPICS, build_matrix, write_csv, write_xlsx
from policykg.export.rdf import export_dataset, export_ontology
from policykg.export.safety import FORMULA_TRIGGERS, escape_html, json_for_script, safe_cell
from policykg.namespaces import ID, PKG, VOCAB
from policykg.store.oxigraph_store import OxigraphStore


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    """The three fixture policies and the hostile one, checked, so pkgr:compliance holds findings."""
    store = load_fixture(OxigraphStore(None))
    store.replace_graphs({k: v for k, v in hostile_graphs().items() if HOSTILE in k})
    check_policies(store)
    return store


# ---------------------------------------------------------------- safety

@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
def test_safe_cell_neutralises_every_formula_trigger(trigger: str):
    assert safe_cell(trigger + "1+1") == "'" + trigger + "1+1"


def test_safety_helpers():
    assert safe_cell('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert safe_cell("plain") == "plain" and safe_cell(3) == 3 and safe_cell(None) is None
    assert escape_html('<a href="x">&') == "&lt;a href=&quot;x&quot;&gt;&amp;"
    text = json_for_script({"q": "</script><b>&\u2028"})
    assert not re.search(r"[<>&\u2028]", text)
    assert json.loads(text) == {"q": "</script><b>&\u2028"}


# ---------------------------------------------------------------- matrix

def _expected(prop) -> set[tuple[str, str]]:
    """(policy, concept) pairs stated in the fixture triples, read without the store."""
    graphs = {**policy_graphs(), **hostile_graphs()}
    return {(str(s), str(o)) for triples in graphs.values() for s, p, o in triples
            if p == prop and str(s).startswith(str(ID["policy/"])) and str(s).count("/") == str(ID["policy/x"]).count("/")}


def test_xlsx_matrix_cell_by_cell(store, tmp_path: Path):
    out = write_xlsx(build_matrix(store), tmp_path / "m.xlsx")
    book = load_workbook(out)
    assert [t.name for t in TOPICS if t.name != "tracking"] + ["requirements"] == [
        n for n in book.sheetnames if n != "tracking"]
    policies = list_policies(store)
    docids = {p.docid: p.iri for p in policies}
    for topic, prop in (("categories", PKG.collectsCategory), ("conditions", PKG.disclosesWhen),
                        ("recipients", PKG.sharesWith), ("laws", PKG.citesLaw)):
        sheet = book[topic]
        header = [c.value for c in sheet[1]]
        assert header[:4] == ["docid", "company", "file", "language"]
        assert sheet.freeze_panes == "E2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(header)).column_letter}{len(policies) + 1}"
        iris = [sheet.cell(row=1, column=c).comment.text for c in range(5, len(header) + 1)]
        seen = set()
        for row in sheet.iter_rows(min_row=2):
            policy = docids[row[0].value]
            for iri, cell in zip(iris, row[4:], strict=True):
                assert cell.data_type != "f"
                if cell.value == "yes":
                    seen.add((policy, iri))
                else:
                    assert cell.value is None
        assert seen == _expected(prop), topic
    categories = book["categories"]
    header = [c.value for c in categories[1]]
    row = next(r for r in categories.iter_rows(min_row=2) if r[0].value == ACME_V1)
    fingerprint = row[header.index("fingerprint")]
    assert "We collect fingerprints" in fingerprint.comment.text and "PIPL/art28" in fingerprint.comment.text
    conditions = book["conditions"]
    header = [c.value for c in conditions[1]]
    row = next(r for r in conditions.iter_rows(min_row=2) if r[0].value == ACME_V1)
    contract = row[header.index("contract")].comment.text
    assert CONTRACT_QUOTE in contract and "collection/use only: GBT35273-2017/s5.4/item-g" in contract
    assert re.search(r"\[\d+\u2013\d+\]", contract)


def test_requirements_sheet_comes_from_the_compliance_graph(store, tmp_path: Path):
    book = load_workbook(write_xlsx(build_matrix(store, topics=("requirements",)), tmp_path / "r.xlsx"))
    sheet = book["requirements"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == ACME_V1)
    cells = {header[i]: row[i] for i in range(4, len(header))}
    implied = cells["consent-by-use"]  # "using the service means you agree": consent deemed from use
    assert implied.value == "contravention of law" and IMPLIED_QUOTE in implied.comment.text
    assert "(law), under Personal Information Protection Law" in implied.comment.text and "Reason: " in implied.comment.text
    stored = {(f.key, f.verdict, f.severity) for f in read_findings(store, policy_iri=str(ID[f"policy/{ACME_V1}"]))}
    for key, cell in cells.items():  # every cell reads its stored finding; a standard is never shown as law
        verdict, severity = next((v, s) for k, v, s in stored if k == key)
        assert cell.value == verdict_label(verdict, severity)
        if severity == "standard" and verdict in ("contravention", "omission"):
            assert cell.value.startswith("deviation from standard") and "of law" not in cell.value
    assert any(s == "standard" for _, _, s in stored) and any(s == "law" for _, _, s in stored)


def test_requirements_csv_keeps_statute_and_standard_apart(store, tmp_path: Path):
    with write_csv(build_matrix(store, topics=("requirements",)), tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["topic"] for r in rows} == {"requirements"}
    assert {r["verdict"] for r in rows} <= {"contravention", "omission", "met", "not-applicable", "review"}
    for row in rows:
        assert row["value"] == verdict_label(row["verdict"], row["severity"]) and row["reason"]
        if row["severity"]:
            assert row["law"] and row["as_of"]
        if row["severity"] == "standard":
            assert "GB/T" in row["law"] or "35273" in row["law"]
        if row["verdict"] == "met":
            assert row["quote"]  # no "met" without the sentence that shows it


def test_formulas_and_scripts_are_neutralised_in_spreadsheets(store, tmp_path: Path):
    matrix = build_matrix(store)
    sheet = load_workbook(write_xlsx(matrix, tmp_path / "m.xlsx"))["categories"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == HOSTILE)
    assert row[2].value == "'" + FORMULA_PAYLOAD + ".txt" and row[2].data_type == "s"
    assert row[1].value == HOSTILE_COMPANY
    with (write_csv(matrix, tmp_path / "m.csv")).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    hostile = [r for r in rows if r["docid"] == HOSTILE]
    assert hostile and all(r["file"].startswith("'=") for r in hostile)
    condition = next(r for r in hostile if r["topic"] == "conditions")
    assert condition["quote"] == "'" + FORMULA_PAYLOAD and condition["column"] == str(VOCAB["condition/contract"])
    assert not any(v.startswith(("=", "+", "@")) for r in rows for v in r.values())
    assert {(r["topic"], r["docid"], r["column"]) for r in rows if r["topic"] == "categories"} == {
        ("categories", p.rsplit("/", 1)[-1], c) for p, c in _expected(PKG.collectsCategory)}


# ---------------------------------------------------------------- dossier

def test_dossier_markdown_and_html(store):
    dossier = build_dossier(store, policy=ACME_V1)
    markdown = render_markdown(dossier)
    assert "Acme Cloud Ltd." in markdown and CONTRACT_QUOTE in markdown
    assert re.search(r"\[\d+\u2013\d+\]", markdown)
    assert "## Compliance findings" in markdown and "**contravention of law**" in markdown
    assert "### Under the law (PIPL, CSL, DSL)" in markdown and "### Against the recommended standard (GB/T 35273)" in markdown
    law_part, standard_part = markdown.split("### Against the recommended standard", 1)
    assert "deviation from standard" not in law_part.split("### Under the law", 1)[1]
    assert "of law**" not in standard_part.split("### Not applicable", 1)[0]
    assert "reason: " in markdown
    assert len(dossier.facts) == sum(1 for t in policy_graphs()[f"https://w3id.org/policykg/graph/policy/{ACME_V1}"]
                                     if t[1] == PKG.states)
    page = render_html(dossier)
    assert CONTRACT_QUOTE in page and 'class="v law-adverse"' in page and "Personal Information Protection Law" in page


def test_dossier_escapes_policy_text(store):
    dossier = build_dossier(store, policy=HOSTILE)
    for text in (render_markdown(dossier), render_html(dossier)):
        assert SCRIPT_PAYLOAD not in text and "<img" not in text
        assert "&lt;script&gt;" in text
    assert ("sha256", "d0" * 32) in dossier.source and ("stated last update", "2024-03-15") in dossier.source


def test_dossier_pdf(store, tmp_path: Path):
    from pypdf import PdfReader

    out, summary = run_export(store, "dossier", tmp_path / "b.pdf", policy=BETA)
    assert out.read_bytes().startswith(b"%PDF")
    expected = sum(1 for t in policy_graphs()[f"https://w3id.org/policykg/graph/policy/{BETA}"] if t[1] == PKG.states)
    text = re.sub(r"\s+", " ", "".join(page.extract_text() for page in PdfReader(out).pages).replace("\x00", ""))
    assert "Beta Mobile" in text and f"{expected} statements" in summary
    assert "我们收集您的姓名" in text  # CJK text survives into the PDF (needs a CJK font, e.g. fonts-wqy-microhei)


# ---------------------------------------------------------------- RDF

@pytest.mark.parametrize(("name", "rdf_format"), [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_dataset_round_trip(store, tmp_path: Path, name: str, rdf_format: str):
    out = export_dataset(store, tmp_path / f"all.{name}", format_name=name)
    back = Dataset()
    back.parse(out, format=rdf_format)
    assert len(list(back.quads())) == len(list(store.quads()))
    assert {str(g.identifier) for g in back.graphs() if len(g)} >= set(store.graph_names())
    if name == "jsonld":
        document = json.loads(out.read_text("utf-8"))
        assert document["@context"]["pkg"] == str(PKG)
        assert "pkg:collectsCategory" in out.read_text("utf-8")


def test_ontology_exports_open_in_owl_tools(tmp_path: Path):
    import owlready2
    from policykg.ontology.loader import load_ontology

    turtle = export_ontology(tmp_path / "o.ttl")
    assert len(Graph().parse(turtle, format="turtle")) == len(load_ontology())
    rdfxml = export_ontology(tmp_path / "o.owl", format_name="xml")
    assert isomorphic(Graph().parse(rdfxml, format="xml"), load_ontology(include_shapes=False))
    world = owlready2.World()
    ontology = world.get_ontology(rdfxml.as_uri()).load()
    assert world.search_one(iri=str(PKG.CollectionStatement)) is not None
    assert len(list(ontology.classes())) > 10


# ---------------------------------------------------------------- citations

def test_citations(store):
    citations = policy_citations(store)
    assert len(citations) == len(list_policies(store))
    items = json.loads(json.dumps(to_csl_json(citations)))
    hostile = next(i for i in items if i["note"] == f"SHA-256 {'d0' * 32}")
    assert hostile["type"] == "webpage" and hostile["author"] == [{"literal": HOSTILE_COMPANY}]
    assert hostile["issued"] == {"date-parts": [[2024, 3, 15]]} and hostile["accessed"] == {"date-parts": [[2024, 5, 1]]}
    assert hostile["URL"].startswith("https://evil.example/")
    bibtex = to_bibtex(citations)
    keys = re.findall(r"^@misc\{([^,]+),", bibtex, re.M)
    assert len(keys) == len(citations) == len(set(keys))
    unescaped = bibtex.replace(r"\{", "").replace(r"\}", "")
    assert unescaped.count("{") == unescaped.count("}")
    assert "{b}" not in bibtex and "urldate = {2024-05-01}" in bibtex


# ---------------------------------------------------------------- CLI and real samples

def test_cli_export(tmp_path: Path):
    folder = tmp_path / "store"
    with OxigraphStore(folder) as disk:
        load_fixture(disk)
    runner = CliRunner()
    listing = runner.invoke(cli, ["export", "--list"])
    assert listing.exit_code == 0 and all(name in listing.output for name in KINDS)
    out = tmp_path / "m.xlsx"
    result = runner.invoke(cli, ["--store", str(folder), "export", "matrix", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert load_workbook(out)["categories"].max_row == 4
    bib = runner.invoke(cli, ["--store", str(folder), "export", "citations", "-o", str(tmp_path / "c.bib")])
    assert bib.exit_code == 0 and (tmp_path / "c.bib").read_text("utf-8").count("@misc{") == 3
    missing = runner.invoke(cli, ["--store", str(folder), "export", "dossier", "--out", str(tmp_path / "d.md")])
    assert missing.exit_code == 2 and "--policy" in missing.output
    wrong = runner.invoke(cli, ["--store", str(folder), "export", "matrix", "--out", str(tmp_path / "m.pdf")])
    assert wrong.exit_code == 2 and ".xlsx" in wrong.output
    with pytest.raises(ExportError, match="unknown export"):
        run_export(None, "nope", None)


def test_real_samples_quotes_match_the_source_text(tmp_path: Path):
    from policykg.ingest.pipeline import ingest_paths

    from policykg.samples import sample_paths

    store = OxigraphStore(None)
    assert ingest_paths(sample_paths(), store=store).succeeded
    check_policies(store)
    texts = {str(row["p"]): str(row["t"]) for row in store.select(
        "PREFIX pkg: <https://w3id.org/policykg/ns#> SELECT ?p ?t WHERE { ?p pkg:hasText/pkg:content ?t }")}
    matrix = build_matrix(store)
    checked = 0
    for table in matrix.topics:
        if table.name == "requirements":
            continue
        for (policy, _), cell in table.cells.items():
            if cell.quote and cell.start is not None:
                assert texts[policy][cell.start:cell.end] == cell.quote
                checked += 1
    assert checked > 20
    assert any(t.name == "requirements" and t.cells for t in matrix.topics)
    out, _ = run_export(store, "dossier", tmp_path / "d.html", policy=matrix.policies[0].docid)
    assert matrix.policies[0].company.split()[0] in out.read_text("utf-8") or matrix.policies[0].docid in out.read_text("utf-8")
    assert str(ID["policy/"]) in out.read_text("utf-8")
