"""Builders for test documents: real PDFs, DOCX files, HTML pages and encoded text bytes.

All sample sentences are our own words. PDFs are generated with fpdf2 (a test dependency) using
the DejaVu Sans font that matplotlib ships, so Cyrillic and accented Latin text has a real
text layer; blank and encrypted PDFs are made with pypdf, as real tools would produce them.
"""

from __future__ import annotations

import io
from pathlib import Path

# Our own sample sentences, one short policy-like paragraph per language.
SAMPLES: dict[str, str] = {
    "en": "We collect your name and email address to answer your questions. We never sell personal data to anyone.",
    "zh": "我们会收集您的姓名和电话号码，用于向您提供服务。未经您的同意，我们不会向第三方出售您的个人信息。",
    "zh-Hant": "我們會收集您的姓名和電話號碼，用於向您提供服務。未經您的同意，我們不會出售您的個人資料。",
    "ru": "Мы собираем ваше имя и адрес электронной почты, чтобы отвечать на ваши вопросы. Мы не продаём ваши данные.",
    "az": "Biz sizin adınızı və e-poçt ünvanınızı suallarınıza cavab vermək üçün toplayırıq. Məlumatlarınızı satmırıq.",
    "es": "Recopilamos su nombre y su correo electrónico para responder a sus preguntas. Nunca vendemos sus datos.",
    "fr": "Nous collectons votre nom et votre adresse électronique afin de répondre à vos questions déjà posées.",
    "de": "Wir erheben Ihren Namen und Ihre E-Mail-Adresse für Rückfragen. Wir verkaufen keine Daten, außer gemäß Gesetz.",
}
SHORT_ZH = "隐私政策"  # four characters: the case charset-normalizer alone mislabels


def encoded(text: str, encoding: str, *, bom: bool = False) -> bytes:
    """``text`` in ``encoding``, with its byte-order mark in front when ``bom`` is set."""
    import codecs

    boms = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    return (boms[encoding] if bom else b"") + text.encode(encoding)


def dejavu_font() -> Path:
    """The DejaVu Sans TTF inside matplotlib (a runtime dependency), for Unicode PDFs."""
    import matplotlib

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: reinstall matplotlib")
    return path


def make_text_pdf(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A PDF with a real text layer: one list of lines per page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(dejavu_font()))
    if title:
        pdf.set_title(title)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_blank_pdf(pages: int = 2) -> bytes:
    """A PDF without any text layer, like a scan before OCR."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    return _written(writer)


def make_encrypted_pdf(pdf: bytes, *, user_password: str, owner_password: str = "owner") -> bytes:
    """``pdf`` encrypted with RC4-128 (readable without extra crypto packages)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    return _written(writer)


def _written(writer: object) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def make_docx(
    blocks: list[tuple[str, str]], *, title: str | None = None, table: list[list[str]] | None = None
) -> bytes:
    """A DOCX from (style, text) pairs; style is "Title", "Heading 1", "List Bullet" or "Normal"."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for style, text in blocks:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
