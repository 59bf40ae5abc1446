"""``policykg ontology check|docs`` through click's runner, against the shipped ontology."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.namespace import RDF

from policykg.cli import cli
from policykg.namespaces import PKG, SKOS
from policykg.ontology.loader import load_ontology
from policykg.ontology_tools.docs import DocsError, _md, collect_docs, write_docs


@pytest.fixture(scope="module")
def provision_iris() -> list[str]:
    graph = load_ontology(include_shapes=False)
    return sorted(str(p) for p in graph.subjects(RDF.type, PKG.Provision))


def _short(iri: str) -> str:
    return iri.replace("https://w3id.org/policykg/law/", "law:").replace("https://w3id.org/dpv/legal/eu/gdpr#", "gdpr:")


def test_help_lists_both_commands() -> None:
    result = CliRunner().invoke(cli, ["ontology", "--help"])
    assert result.exit_code == 0
    assert "check" in result.output and "docs" in result.output
    result = CliRunner().invoke(cli, ["ontology", "docs", "--help"])
    assert "--out" in result.output and "--format" in result.output


def test_check_passes_on_shipped_ontology() -> None:
    result = CliRunner().invoke(cli, ["ontology", "check"])
    assert result.exit_code == 0, result.output
    assert "consistent, 0 unsatisfiable classes" in result.output
    assert "shapes graph valid SHACL: yes" in result.output
    assert re.search(r"(\d+) provisions", result.output) and int(re.search(r"(\d+) provisions", result.output)[1]) > 120
    assert result.output.rstrip().endswith("OK")


def test_docs_html_lists_every_provision(tmp_path: Path, provision_iris: list[str]) -> None:
    out = tmp_path / "site" / "ontology.html"
    result = CliRunner().invoke(cli, ["ontology", "docs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert 'href="#laws"' in page and 'id="conditions"' in page
    for iri in provision_iris:
        assert f'title="{html.escape(iri)}"' in page, iri
    assert "个人信息保护法第14条" in page
    checks = page.split('id="checks"', 1)[1]
    for shape in ("NoticeRetention", "BeyondSharingExceptions2020", "ImpliedConsentPolarity", "CrossBorderShape"):
        assert f"pks:{shape}" in checks, shape
    assert 'href="#law:PIPL/art14"' in checks
    assert "unverified" in page


def test_docs_markdown_lists_every_provision_and_condition_table(tmp_path: Path, provision_iris: list[str]) -> None:
    out = tmp_path / "ontology.md"
    result = CliRunner().invoke(cli, ["ontology", "docs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    for iri in provision_iris:
        assert f"`{_short(iri)}`" in text, iri
    section = text.split("## Disclosure conditions", 1)[1]
    row = next(line for line in section.splitlines() if line.startswith("| `contract` |"))
    assert row.split(" | ")[1] == "none"  # no sharing provision for contract
    assert "`law:GBT35273-2020/s5.6/item-g`" in row


def test_docs_lists_vocabulary_labels_in_every_language() -> None:
    graph = load_ontology(include_shapes=False)
    docs = collect_docs(graph)
    concepts = {c.iri: c for s in docs.schemes for c in s.concepts}
    assert len(concepts) == len({c for c in graph.subjects(SKOS.inScheme, None)})
    for iri, concept in concepts.items():
        expected = {(label.language or "", str(label)) for label in graph.objects(next(iter(
            s for s in graph.subjects(SKOS.inScheme, None) if str(s) == iri)), SKOS.prefLabel)}
        assert expected <= set(concept.labels), iri


def test_docs_escape_markup(tmp_path: Path) -> None:
    from rdflib import Literal
    from rdflib.namespace import RDFS

    graph = load_ontology(include_shapes=False)
    graph.set((PKG.Company, RDFS.comment, Literal("<script>alert(1)</script> | pipe")))
    page = write_docs(tmp_path / "x.html", graph=graph).read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "\\|" in _md("a | b") and _md("<b>") == "&lt;b&gt;"  # the one Markdown escaper: HTML escaped


def test_docs_errors_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ontology", "docs", "--out", str(tmp_path / "x.txt"), "--format", "pdf"])
    assert result.exit_code == 2
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(cli, ["ontology", "docs", "--out", str(blocker / "page.html")])
    assert result.exit_code == 2
    assert str(blocker / "page.html") in result.output
    with pytest.raises(DocsError):
        write_docs(tmp_path / "y", fmt="rtf")


def test_report_summary_names_failures() -> None:
    from policykg.ontology_tools.check import OntologyReport

    report = OntologyReport(consistent=True, unsatisfiable=("https://example.org/X",), shacl_conforms=True,
                            data_conforms=False, messages=("law:PIPL/art14: no number",), counts={"provisions": 1})
    assert not report.ok
    text = report.summary()
    assert "unsatisfiable: https://example.org/X" in text and "no number" in text
    assert text.endswith("FAILED")
