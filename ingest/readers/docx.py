"""DOCX (Word 2007+): paragraphs and tables in document order, headings on their own lines."""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from ..model import IngestError
from . import Extracted

_BLANK_RUNS_RE = re.compile(r"\n{3,}")
# Real policies unpack to a few MB; far more from a small file is a zip bomb that would exhaust memory.
MAX_UNPACKED_BYTES = 128 * 1024 * 1024


def read_docx(data: bytes, *, source: str) -> Extracted:
    """Extract paragraphs (list paragraphs prefixed with "• ") and table rows (cells tab-separated).

    Raises:
        IngestError: when the file is not a valid DOCX package.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml.etree import XMLSyntaxError  # python-docx parses with lxml; a broken part raises this

    _check_unpacked_size(data, source=source)
    _check_paragraph_count(data, source=source)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise IngestError(
            source,
            f"not a valid DOCX file ({exc}): open it in a word processor and save it as .docx again",
        ) from exc
    lines: list[str] = []
    first_title: str | None = None
    style_names: dict[str | None, str] = {}
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if not text:
                continue
            style = _style_name(block, style_names)
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


def _check_unpacked_size(data: bytes, *, source: str) -> None:
    """Refuse packages whose declared contents are huge (zipfile never reads past the declared sizes)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except zipfile.BadZipFile:
        return  # python-docx reports it with the usual message
    if unpacked > MAX_UNPACKED_BYTES:
        raise IngestError(
            source,
            f"the DOCX unpacks to {unpacked / 1_048_576:.0f} MB, over the {MAX_UNPACKED_BYTES / 1_048_576:.0f} MB "
            "a document needs (a zip bomb?): if it is genuine, save it as PDF or text and ingest that",
        )


# A 300-page policy has a few thousand paragraphs; far more is a generated bomb (a 110 KB file
# can hold 600,000 empty paragraphs, 22 MB of XML).
MAX_PARAGRAPHS = 50_000
_PARAGRAPH_TAGS = (b"<w:p>", b"<w:p ", b"<w:p/>")


def _check_paragraph_count(data: bytes, *, source: str) -> None:
    """Count paragraphs in word/document.xml by streaming it (no XML tree) and refuse absurd counts."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package, package.open("word/document.xml") as member:
            count, tail = 0, b""
            while chunk := member.read(1 << 20):
                window = tail + chunk
                count += sum(window.count(tag) for tag in _PARAGRAPH_TAGS)
                tail = window[-4:]  # shorter than any tag: none is counted twice (one cut at a border may be missed)
                if count > MAX_PARAGRAPHS:
                    raise IngestError(source, (
                        f"the DOCX holds more than {MAX_PARAGRAPHS:,} paragraphs, far more than a policy "
                        "(an XML bomb?): if it is genuine, save it as PDF or text and ingest that"
                    ))
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, zlib.error):
        return  # python-docx reports a broken package with the usual message


def _style_name(paragraph: object, cache: dict[str | None, str]) -> str:
    """The paragraph's style name, looked up once per style id.

    python-docx resolves ``paragraph.style`` by scanning every style of the document each time
    (~9 ms a paragraph with Word's 160 built-in styles): quadratic work on a long document.
    """
    properties = paragraph._p.pPr  # type: ignore[attr-defined]
    style_id = properties.pStyle.val if properties is not None and properties.pStyle is not None else None
    if style_id not in cache:
        style = paragraph.style  # type: ignore[attr-defined]
        cache[style_id] = (style.name if style is not None else "") or ""
    return cache[style_id]


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
