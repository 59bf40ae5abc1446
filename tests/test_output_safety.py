"""Third-party policy text carrying HTML and spreadsheet payloads stays inert in every output.

A policy (and its file name) full of ``<script>``, ``onerror=`` and formula payloads is ingested
with the real CLI; then every HTML page (viz views, dossier, compliance report, ontology docs,
server pages), every Markdown report rendered by a CommonMark renderer that passes raw HTML, every
SVG, and every XLSX/CSV export is parsed and checked: no injected element or event handler, no
executable script holding the payload, no cell a spreadsheet would evaluate.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from lxml import etree
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser
from starlette.testclient import TestClient

from policykg.cli import cli
from policykg.server import Limits, create_app
from policykg.store.oxigraph_store import OxigraphStore

HTML_PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(2)>")
CELL_PAYLOADS = ('=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(1)", "=cmd ")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
MARKERS = ("alert(1)", "alert(2)", "HYPERLINK", "calc'", "@SUM(1)")
# Our own words, with the payloads where a scraped page could carry them.
HOSTILE = """Privacy Policy of Hostile Trading Co., Ltd.
Last updated: 2024-05-01

1. Information we collect
=HYPERLINK("http://evil.example","x") We collect your email address to send you newsletters.
+cmd|' /C calc'!A0 We share your phone number with our affiliates for marketing.
@SUM(1) We keep your order records for three years.
We collect your name <script>alert(1)</script> when you register an account.
We collect your delivery address <img src=x onerror=alert(1)> to ship parcels.
We use cookies to measure how visitors use our pages.
We do not sell your personal information.
Contact us at privacy@hostile.example.
"""
HOSTILE_NAME = "=cmd <img src=x onerror=alert(2)>.txt"  # a file name is third-party text too
EXECUTABLE_SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "module", "text/ecmascript")


def _invoke(store: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    assert result.exit_code in (0, 1), f"policykg {' '.join(args)} exited {result.exit_code}:\n{result.output}"
    return result.output


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("outsafe")
    (root / "in").mkdir()
    (root / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "in" / HOSTILE_NAME).write_text(HOSTILE + "We review this notice every year.\n", encoding="utf-8")
    _invoke(root / "store", "ingest", str(root / "in"), "-q")
    return root / "store"


@pytest.fixture(scope="module")
def docid(store: Path) -> str:
    with OxigraphStore(store, read_only=True) as opened:
        rows = opened.select(
            "SELECT ?p WHERE { ?p <https://w3id.org/policykg/ns#fileName> \"hostile.txt\" }"
        )
    return str(rows[0]["p"]).rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def outputs(store: Path, docid: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every file output policykg writes from the hostile store."""
    out = tmp_path_factory.mktemp("outputs")
    files = {
        "report.html": ("check", "--report"),
        "report.md": ("check", "--report"),
        "dossier.html": ("export", "dossier", "--policy", docid, "--out"),
        "dossier.md": ("export", "dossier", "--policy", docid, "--out"),
        "matrix.xlsx": ("export", "matrix", "--out"),
        "matrix.csv": ("export", "matrix", "--out"),
        "ontology.html": ("ontology", "docs", "--out"),
        "viz-company-category.html": ("viz", "company-category", "--out"),
        "viz-sharing.html": ("viz", "sharing", "--out"),
        "viz-conditions-law.html": ("viz", "conditions-law", "--out"),
        "viz-policy.html": ("viz", "policy", "--policy", docid, "--out"),
        "viz-policy.svg": ("viz", "policy", "--policy", docid, "--out"),
        "viz-company-category.svg": ("viz", "company-category", "--out"),
    }
    written: dict[str, Path] = {}
    for name, args in files.items():
        target = out / name
        _invoke(store, *args, str(target))
        assert target.is_file() and target.stat().st_size > 0, f"policykg {' '.join(args)} wrote nothing"
        written[name] = target
    return written


# -- HTML ------------------------------------------------------------------------------------------
def assert_inert_html(page: str, where: str) -> str:
    """No element or handler injected from the payloads; returns the page's visible text."""
    tree = LexborHTMLParser(page)
    for node in tree.css("*"):
        for attribute, value in (node.attributes or {}).items():
            if attribute.lower().startswith("on"):
                assert not any(marker in (value or "") for marker in MARKERS), f"{where}: <{node.tag} {attribute}={value!r}>"
        if node.tag == "img":
            assert (node.attributes or {}).get("src") != "x", f"{where}: an injected <img> element"
    for script in tree.css("script"):
        kind = ((script.attributes or {}).get("type") or "").strip().lower()
        body = script.text(deep=True) or ""
        if not any(marker in body for marker in MARKERS):
            continue
        assert kind not in EXECUTABLE_SCRIPT_TYPES, f"{where}: an executable <script> holds the payload: {body[:200]!r}"
        assert "<" not in body, f"{where}: raw '<' inside a {kind} data block could close it"
        if kind.endswith("json"):
            json.loads(body)  # a data block that still parses: the payload is data
    return tree.text(deep=True) if tree.body else ""


def _payload_shown_as_text(page: str) -> bool:
    """True when some payload survives as visible text or as JSON data (so the check is not vacuous)."""
    tree = LexborHTMLParser(page)
    text = tree.text(deep=True)
    data = " ".join(json.dumps(json.loads(s.text() or "null"), ensure_ascii=False) for s in tree.css('script[type="application/json"]'))
    return any(payload in text or payload.replace('"', '\\"') in data or payload in data for payload in HTML_PAYLOADS)


@pytest.mark.parametrize("name", ["report.html", "dossier.html", "viz-company-category.html", "viz-sharing.html",
                                  "viz-conditions-law.html", "viz-policy.html"])
def test_html_outputs_show_payloads_as_text_only(outputs: dict[str, Path], name: str) -> None:
    page = outputs[name].read_text(encoding="utf-8")
    assert_inert_html(page, name)
    assert _payload_shown_as_text(page), f"{name}: no payload in the page at all, so this check proves nothing"


def test_ontology_docs_hold_no_injected_markup(outputs: dict[str, Path]) -> None:
    assert_inert_html(outputs["ontology.html"].read_text(encoding="utf-8"), "ontology.html")


@pytest.mark.parametrize("name", ["report.md", "dossier.md"])
def test_markdown_reports_stay_inert_when_rendered(outputs: dict[str, Path], name: str) -> None:
    """CommonMark passes raw HTML through, so any unescaped payload in the Markdown becomes live markup."""
    source = outputs[name].read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").render(source)
    assert_inert_html(f"<html><body>{rendered}</body></html>", name)
    assert any(marker in source for marker in MARKERS), f"{name}: no payload at all"


@pytest.mark.parametrize("name", ["viz-policy.svg", "viz-company-category.svg"])
def test_svg_pictures_hold_no_script_or_handlers(outputs: dict[str, Path], name: str) -> None:
    root = etree.parse(str(outputs[name]), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert etree.QName(element).localname != "script", f"{name}: a <script> element"
        assert not any(str(key).lower().startswith("on") for key in element.attrib), f"{name}: an on* attribute"


def test_server_pages_and_answers_are_inert(store: Path) -> None:
    with OxigraphStore(store, read_only=True) as opened, TestClient(create_app(opened, limits=Limits(timeout=20))) as client:
        page = client.get("/")
        assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
        assert_inert_html(page.text, "server /")
        listing = client.get("/queries")
        assert listing.headers["content-type"].startswith("application/json")
        answer = client.get("/queries/policies-overview", headers={"Accept": "application/sparql-results+json"})
        assert answer.status_code == 200 and HOSTILE_NAME in answer.text  # data, served as JSON, not a page
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert not answer.headers["content-type"].startswith("text/html")


# -- spreadsheets ----------------------------------------------------------------------------------
def _is_neutral(value: str) -> bool:
    return not value.startswith(FORMULA_START) or value.startswith("'")


def test_xlsx_matrix_has_no_formula_cells(outputs: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(outputs["matrix.xlsx"])
    seen: list[str] = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    assert _is_neutral(cell.value), f"{sheet.title}!{cell.coordinate}: {cell.value!r}"
                    if any(payload in cell.value for payload in CELL_PAYLOADS):
                        seen.append(cell.value)
    assert seen, "the matrix holds none of the payloads, so this check proves nothing"


def _csv_cells(text: str) -> Iterator[str]:
    for row in csv.reader(io.StringIO(text)):
        yield from row


def test_csv_matrix_cells_are_neutralised(outputs: dict[str, Path]) -> None:
    cells = list(_csv_cells(outputs["matrix.csv"].read_text(encoding="utf-8-sig")))
    bad = [cell for cell in cells if not _is_neutral(cell)]
    assert not bad, bad[:5]
    assert any(payload in cell for cell in cells for payload in CELL_PAYLOADS)


@pytest.mark.parametrize("query", ["policies-overview", "retention-periods", "recipients-per-company", "company-contacts"])
def test_query_csv_cells_are_neutralised(store: Path, query: str) -> None:
    text = _invoke(store, "query", query, "-f", "csv")
    cells = list(_csv_cells(text))
    assert len(cells) > 1, text
    bad = [cell for cell in cells if not _is_neutral(cell)]
    assert not bad, f"{query}: {bad[:5]}"


def test_query_csv_shows_the_payload_file_name_neutralised(store: Path) -> None:
    cells = list(_csv_cells(_invoke(store, "query", "policies-overview", "-f", "csv")))
    assert "'" + HOSTILE_NAME in cells
