"""DOCX (Word 2007+): paragraphs and tables in document order, headings on their own lines."""

from __future__ import annotations

import io
import re
import zipfile

from ..model import IngestError
from . import Extracted

_BLANK_RUNS_RE = re.compile(r"\n{3,}")


def read_docx(data: bytes, *, source: str) -> Extracted:
    """Extract paragraphs (list paragraphs prefixed with "• ") and table rows (cells tab-separated).

    Raises:
        IngestError: when the file is not a valid DOCX package.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(
            source,
            f"not a valid DOCX file ({exc}): open it in a word processor and save it as .docx again",
        ) from exc
    lines: list[str] = []
    first_title: str | None = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if not text:
                continue
            style = (block.style.name if block.style is not None else "") or ""
            if style == "Title" or style.startswith("Heading"):
                first_title = first_title or text
                lines += ["", text, ""]
            elif style.startswith("List") or _is_numbered(block):
                lines.append(f"• {text}")
            else:
                lines += [text, ""]
        elif isinstance(block, Table):
            lines += [_row_text(row) for row in block.rows]
            lines.append("")
    title = (document.core_properties.title or "").strip() or first_title
    text = _BLANK_RUNS_RE.sub("\n\n", "\n".join(lines)).strip()
    return Extracted(text=text, encoding=None, title=title)


def _is_numbered(paragraph: object) -> bool:
    """Word marks list paragraphs with numbering properties (w:numPr) even in the Normal style."""
    properties = paragraph._p.pPr  # type: ignore[attr-defined]
    return properties is not None and properties.numPr is not None


def _row_text(row: object) -> str:
    """Cells tab-separated; a merged cell is repeated by python-docx, so consecutive repeats are dropped."""
    cells: list[str] = []
    for cell in row.cells:  # type: ignore[attr-defined]
        text = cell.text.strip()
        if not cells or text != cells[-1]:
            cells.append(text)
    return "\t".join(cells)
