"""PDFs set with typographic ligatures give "identiﬁed" or "proﬁle" in their text layer (U+FB01, one character for
"fi"): no cue, quote search or reader's search matches them. Normalisation folds the Latin ligatures to their letters.
Our own sentences, invented companies."""
from __future__ import annotations

import pytest

from policykg.ingest.read import normalize_text, read_bytes


@pytest.mark.parametrize(("text", "folded"), [
    ("De-identiﬁed information", "De-identified information"),
    ("your proﬁle and ﬁnancial data", "your profile and financial data"),
    ("ﬂow, eﬀect, oﬃce, baﬄe", "flow, effect, office, baffle"),
    ("ﬁ个人信息", "fi个人信息"),
])
def test_latin_ligatures_fold_to_letters(text: str, folded: str) -> None:
    assert normalize_text(text) == folded


def test_other_compatibility_characters_are_kept() -> None:
    # near miss: full-width punctuation and digits stay as written (only the ligature block is folded)
    assert normalize_text("联系电话：４００，ｆｉ") == "联系电话：４００，ｆｉ"


def test_pdf_with_ligatures_reads_as_plain_letters_and_its_facts_are_found() -> None:
    from weasyprint import HTML

    from policykg.ingest.extract import extract
    from policykg.ingest.record import extraction_to_record
    from policykg.ingest.segment import segment

    html = ("<html><body><h2>Information we collect</h2><p>We collect your ﬁngerprint template when you turn on "
            "ﬁngerprint unlock.</p><p>De-identiﬁed information is not personal information and we "
            "may share it with anyone.</p></body></html>")
    document = read_bytes(HTML(string=html).write_pdf(), name="p.pdf", source="p.pdf")
    assert "\ufb01" not in document.text and "De-identified information" in document.text
    record = extraction_to_record(extract(document, segment(document)))
    assert "Fingerprint" in record["data_categories"]  # "ﬁngerprint" matched no label before the fold
