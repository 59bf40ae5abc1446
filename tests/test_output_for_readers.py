"""What a researcher reads: dossier pages in the policy's language with a valid style sheet,
citations with the policy's own title and no invented dates, and a clear warning when no font
can draw Chinese (instead of a PDF or PNG full of empty boxes).

Two small policies written for these tests are ingested by the real pipeline into a real store.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.export.citations import first_heading, policy_citations, to_bibtex, to_csl_json
from policykg.export.dossier import build_dossier, render_html
from policykg.store.oxigraph_store import OxigraphStore

UNDATED_ZH = """澄川文具隐私政策

澄川文具有限公司（以下简称“我们”）重视您的个人信息。
我们收集您的姓名和手机号码，用于发货和售后联系。
您可以通过 privacy@chengchuan.example 联系我们。
"""

DATED_EN = """Home | Shop | Contact

Lanternfield Maps Privacy Notice

Last updated: 4 March 2025

Lanternfield Maps Ltd ("we") collects your email address to send you receipts.
You can contact us at privacy@lanternfield.example.
"""


@pytest.fixture(scope="module")
def policies(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("policies")
    (folder / "chengchuan_zh.txt").write_text(UNDATED_ZH, encoding="utf-8")
    (folder / "lanternfield_en.txt").write_text(DATED_EN, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(policies):
    from policykg.ingest.pipeline import ingest_paths

    store = OxigraphStore(None)
    report = ingest_paths([policies], store=store)
    assert len(report.succeeded) == 2, [o.error for o in report.outcomes]
    return store


def test_dossier_page_is_in_the_policy_language_with_a_valid_font_stack(store):
    chinese = render_html(build_dossier(store, policy="chengchuan_zh.txt"))
    assert '<html lang="zh">' in chinese
    style = re.search(r"<style>(.*?)</style>", chinese, re.S).group(1)
    assert "'WenQuanYi Micro Hei'" in style and "&#39;" not in style and "&amp;" not in style
    english = render_html(build_dossier(store, policy="lanternfield_en.txt"))
    assert '<html lang="en">' in english


def test_citations_use_the_policy_title_and_invent_no_date(store):
    citations = {c.file: c for c in policy_citations(store)}
    undated, dated = citations["chengchuan_zh.txt"], citations["lanternfield_en.txt"]
    assert undated.title == "澄川文具隐私政策"
    assert dated.title == "Lanternfield Maps Privacy Notice"  # the navigation bar above it is not a title
    assert undated.issued == "" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", undated.accessed)
    assert re.search(r"nd_[0-9a-f]{6}$", undated.key), undated.key
    assert dated.issued == "2025-03-04" and "2025_" in dated.key
    bibtex = to_bibtex([undated])
    assert "year = {n.d.}" in bibtex and f"Accessed {undated.accessed}" in bibtex
    item = to_csl_json([undated])[0]
    assert "issued" not in item and item["accessed"]["date-parts"][0][0] == int(undated.accessed[:4])


def test_first_heading_skips_navigation_and_sentences():
    assert first_heading("Home | About\n\nPRIVACY POLICY\n\nWe collect your name.") == "PRIVACY POLICY"
    assert first_heading("We collect your name and your email address to send receipts.") == ""
    assert first_heading("") == ""


LATIN_ONLY_FONTS = """<?xml version="1.0"?>
<fontconfig><dir>{dejavu}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


@pytest.fixture
def latin_only_fonts(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig sees only DejaVu (no Chinese glyphs): nothing uninstalled."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("DejaVu fonts not at /usr/share/fonts/truetype/dejavu")
    conf = tmp_path / "fonts.conf"
    conf.write_text(LATIN_ONLY_FONTS.format(dejavu=dejavu, cache=tmp_path / "fc-cache"))
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


def _policykg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from policykg.cli import main; main()", *args],
                          env=env, capture_output=True, text=True, timeout=300)


def test_chinese_png_without_a_chinese_font_warns_naming_the_package(policies, tmp_path, latin_only_fonts):
    folder = tmp_path / "store"
    ingested = _policykg("--store", str(folder), "ingest", str(policies), env=dict(os.environ))
    assert ingested.returncode == 0, ingested.stderr
    out = tmp_path / "cc.png"
    done = _policykg("--store", str(folder), "viz", "company-category", "--out", str(out), env=latin_only_fonts)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
    warning = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert warning == [f"warning: {out}: no installed font can draw Chinese, so Chinese text shows as empty boxes; "
                       "install one (Debian: sudo apt-get install fonts-wqy-microhei) and write it again"]
    with_font = _policykg("--store", str(folder), "viz", "company-category", "--out", str(out), env=dict(os.environ))
    assert with_font.returncode == 0 and "warning" not in with_font.stderr


def test_pdf_dossier_says_what_it_is_doing(policies, tmp_path):
    folder = tmp_path / "store"
    assert _policykg("--store", str(folder), "ingest", str(policies), env=dict(os.environ)).returncode == 0
    out = tmp_path / "d.pdf"
    done = _policykg("--store", str(folder), "export", "dossier", "--policy", "chengchuan_zh.txt", "--out", str(out),
                     env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    lines = done.stderr.splitlines()
    assert lines[0] == "reading the policy, its facts and findings ..."
    assert lines[1].startswith("laying out the PDF with WeasyPrint (") and lines[-1].startswith("dossier: ")
    assert "warning" not in done.stderr  # a Chinese font is installed here
