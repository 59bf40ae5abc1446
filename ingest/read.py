"""Ingest stage 1: any supported document in, one normalised ``Document`` out.

A registry maps file suffixes and sniffed content to readers (``supported_formats`` lists them
for --help). Normalisation is applied to the final text here, once for every format, so the
offsets of later stages index exactly the text that is stored in the graph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .detect import detect_language
from .model import Document, IngestError
from .readers import Extracted
from .readers.docx import read_docx
from .readers.html import read_html
from .readers.pdf import read_pdf
from .readers.text import read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Format",
    "normalize_text",
    "read_bytes",
    "read_document",
    "supported_formats",
    "unsupported_reason",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[..., Extracted]


@dataclass(frozen=True)
class Format:
    """A document format policykg can read."""

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    reader: Reader

    @property
    def label(self) -> str:
        """For --help: 'HTML (.html .htm .xhtml)'."""
        return f"{self.name} ({' '.join(self.suffixes)})"


_FORMATS: tuple[Format, ...] = (
    Format("plain text", (".txt", ".text"), "text/plain", read_text),
    Format("Markdown", (".md", ".markdown"), "text/markdown", read_text),
    Format("HTML", (".html", ".htm", ".xhtml"), "text/html", read_html),
    Format("PDF", (".pdf",), "application/pdf", read_pdf),
    Format("DOCX", (".docx",), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", read_docx),
)
_BY_SUFFIX = {suffix: fmt for fmt in _FORMATS for suffix in fmt.suffixes}
_BY_MEDIA_TYPE = {fmt.media_type: fmt for fmt in _FORMATS} | {"application/xhtml+xml": _FORMATS[2]}
_PLAIN, _HTML, _PDF, _DOCX = _FORMATS[0], _FORMATS[2], _FORMATS[3], _FORMATS[4]
_UNSUPPORTED_HINTS = {
    ".doc": "save it as .docx (Word: File > Save as)",
    ".rtf": "save it as .docx or .txt",
    ".odt": "save it as .docx",
    ".pages": "export it as .docx or PDF",
}
_HTML_SNIFF_RE = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def supported_formats() -> tuple[Format, ...]:
    """Every readable format, in the order --help lists them."""
    return _FORMATS


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, media_type: str | None = None) -> Document:
    """Read, normalise and language-tag one document file.

    Args:
        path: a .txt/.md/.html/.pdf/.docx file (content is sniffed too, so a PDF named .txt works).
        max_bytes: refuse larger files (default 20 MB) to keep ingest predictable.
        media_type: force a format instead of guessing it from the suffix and content.

    Raises:
        IngestError: naming the file, for anything that is not a readable document.

    Example:
        >>> read_document(Path("acme.txt")).language  # doctest: +SKIP
        'en'
    """
    path = Path(path)
    source = str(path)
    try:
        if not path.exists():
            raise IngestError(source, "no such file: check the path (relative paths start from the current folder)")
        if path.is_dir():
            raise IngestError(source, "is a folder, not a file: pass the files inside it (e.g. `folder/*.html`)")
        if not path.is_file():  # a pipe or device would block or never end
            raise IngestError(
                source, "not a regular file (a pipe, socket or device): save the document as a regular file and ingest that"
            )
        size = path.stat().st_size
        _check_size(size, max_bytes=max_bytes, source=source)
        with path.open("rb") as handle:  # never more than one byte past the limit, even if the file grows
            data = handle.read(max_bytes + 1)
    except PermissionError as exc:
        raise IngestError(
            source, f"cannot read the file (permission denied): check its permissions, e.g. `chmod +r {path}`"
        ) from exc
    except OSError as exc:
        raise IngestError(
            source, f"cannot read the file ({exc.strerror or exc}): check that it is a regular, readable file"
        ) from exc
    return read_bytes(data, name=path.name, source=source, media_type=media_type, max_bytes=max_bytes)


def read_bytes(
    data: bytes,
    *,
    name: str,
    source: str,
    media_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Like ``read_document`` for bytes already in memory (uploads, HTTP bodies).

    Args:
        data: the raw bytes; their SHA-256 becomes the document id.
        name: file name used to pick the format by suffix (and the policy-facts/1 ``file`` key).
        source: where the bytes came from (path or URL), used in errors and provenance.
        media_type: force a format by media type (e.g. "text/html").
    """
    _check_size(len(data), max_bytes=max_bytes, source=source)
    if not data:
        raise IngestError(source, "the file is empty (0 bytes): check the download or export that produced it")
    fmt = _pick_format(data, name=name, media_type=media_type, source=source)
    extracted = fmt.reader(data, source=source)
    text = normalize_text(extracted.text)
    if not text:
        raise IngestError(source, "no text: the file holds only whitespace; check that the right file was exported")
    guess = detect_language(text)
    return Document(
        source=source,
        name=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=fmt.media_type,
        encoding=extracted.encoding,
        language=guess.language,
        language_confidence=guess.confidence,
        title=normalize_text(extracted.title) or None if extracted.title else None,
        imprint_start=_imprint_start(text, extracted.imprint),
    )


def _imprint_start(text: str, imprint: str | None) -> int | None:
    """Offset of the footer lines a reader appended to the text (None when it kept none)."""
    if not imprint:
        return None
    tail = normalize_text(imprint)
    return len(text) - len(tail) if tail and text.endswith(tail) else None


def _check_size(size: int, *, max_bytes: int, source: str) -> None:
    if size > max_bytes:
        raise IngestError(
            source,
            f"the file is {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.1f} MB limit: "
            "if the document is genuine, raise the limit "
            "(max_bytes=... in Python, or `policykg ingest --max-size MIB` on the command line)",
        )


def _pick_format(data: bytes, *, name: str, media_type: str | None, source: str) -> Format:
    """Media type if given; binary signatures beat the suffix; then the suffix; then sniffing."""
    if media_type:
        base = media_type.split(";")[0].strip().lower()
        if base in _BY_MEDIA_TYPE:
            return _BY_MEDIA_TYPE[base]
        if not base.startswith("text/"):
            raise IngestError(source, f"unsupported media type {base!r}: supported are {_format_list()}")
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return _PDF
    suffix = Path(name).suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or suffix == ".docx":
            return _DOCX
        raise IngestError(
            source, f"a ZIP archive, not a document: unpack it and ingest the files inside ({_format_list()})"
        )
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if suffix in _UNSUPPORTED_HINTS:
        raise IngestError(source, f"{suffix} files are not supported: {_UNSUPPORTED_HINTS[suffix]}")
    if _HTML_SNIFF_RE.match(data[:2048].lstrip(b"\xef\xbb\xbf")):
        return _HTML
    return _PLAIN


def unsupported_reason(suffix: str) -> str:
    """Why a file with this suffix is left out of a folder, and what to do (for the skipped-file lines)."""
    if suffix in _UNSUPPORTED_HINTS:
        return f"{suffix} files are not supported: {_UNSUPPORTED_HINTS[suffix]}"
    kind = f"{suffix} files are" if suffix else "a file without a suffix is"
    return f"{kind} not read in folders (supported: {_format_list()}); name the file to try it anyway"


def _format_list() -> str:
    return ", ".join(fmt.label for fmt in _FORMATS)


# --- normalisation ----------------------------------------------------------------------------

_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_NEWLINE_CHARS = "\r\u2028\u2029\x0b\x0c\x85"  # every character _NEWLINES_RE starts with
# NBSP, en/em/thin/hair spaces, narrow NBSP, medium math space, ideographic space, Ogham space.
_ODD_SPACES_RE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks: invisible, they break matching.
_INVISIBLE_RE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_CONTROLS_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TRAILING_SPACES_RE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES_RE = re.compile(r"\n{4,}")
# Kangxi radicals (U+2F00-2FD5) and the CJK radical-supplement characters with a compatibility
# mapping (U+2E9F, U+2EF3): some PDF text layers give "⽤" for 用 or "⼈" for 人, which look the same
# but match no Chinese cue. NFKC maps each to one unified ideograph, so folding them keeps every
# offset. (CJK compatibility ideographs U+F900-FAFF, U+2F800-2FA1D have canonical mappings and are
# already folded by NFC above.) Only these ranges: full NFKC would also rewrite full-width
# punctuation and digits, which the text keeps as written.
_RADICALS_RE = re.compile("[\u2e80-\u2fd5]")
_RADICAL_FOLD: dict[int, int] = {
    code: ord(folded)
    for code in range(0x2E80, 0x2FD6)
    if len(folded := unicodedata.normalize("NFKC", chr(code))) == 1 and folded != chr(code)
}
# The simplified radicals of the supplement block have no NFKC mapping, yet the same PDFs use them for whole
# characters ("⻅" for 见, "⻓" for 长, "⻔" for 门, "⺠" for 民): their equivalents from Unicode's
# EquivalentUnifiedIdeograph.txt, those that stand for a character of their own, one for one.
_RADICAL_FOLD.update({
    0x2EA0: 0x6C11, 0x2EB0: 0x7E9F, 0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2, 0x2EC8: 0x8BA0, 0x2EC9: 0x8D1D,
    0x2ECB: 0x8F66, 0x2ED0: 0x9485, 0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED9: 0x97E6, 0x2EDA: 0x9875, 0x2EDB: 0x98CE,
    0x2EDC: 0x98DE, 0x2EE0: 0x9963, 0x2EE2: 0x9A6C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364, 0x2EE8: 0x9EA6,
    0x2EE9: 0x9EC4, 0x2EEA: 0x9EFE, 0x2EEC: 0x9F50, 0x2EEE: 0x9F7F, 0x2EF0: 0x9F99,
})


# Latin typographic ligatures (U+FB00-FB06: ff, fi, fl, ffi, ffl, long st, st): PDFs set with ligatures give
# "identiﬁed" or "proﬁle" in their text layer, which match no cue and no reader's search. Folded to their
# letters by NFKC (one character becomes two or three; offsets are counted on the normalised text).
_LIGATURES_RE = re.compile("[\ufb00-\ufb06]")
_LIGATURE_FOLD: dict[int, str] = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def normalize_text(text: str) -> str:
    """The canonical form of a document's text that all offsets refer to.

    NFC; Kangxi radicals folded to the unified ideographs they stand for (one character each, offsets
    kept); Latin ligatures ("ﬁ") to their letters; every newline convention to "\\n"; odd spaces (NBSP, ideographic space...) to " ";
    invisible characters removed; trailing spaces stripped; at most two blank lines in a row;
    no leading or trailing blank lines. Full-width Chinese punctuation is kept as is.

    Example:
        >>> normalize_text("a\\u00a0b\\r\\n\\r\\n\\r\\n\\r\\nc\\u200b ")
        'a b\\n\\n\\nc'
    """
    text = unicodedata.normalize("NFC", text)
    if _RADICALS_RE.search(text):  # one C scan; the translate runs only on text that has radicals
        text = text.translate(_RADICAL_FOLD)
    if _LIGATURES_RE.search(text):
        text = text.translate(_LIGATURE_FOLD)
    # substring tests (C, far cheaper than a regex pass) skip the passes that would change nothing
    if any(char in text for char in _NEWLINE_CHARS):
        text = _NEWLINES_RE.sub("\n", text)
    text = _ODD_SPACES_RE.sub(" ", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _CONTROLS_RE.sub("", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        # what _TRAILING_SPACES_RE.sub("", text) does ("\n" is the only line end left), ~7x faster
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    if "\n\n\n\n" in text:
        text = _MANY_BLANK_LINES_RE.sub("\n\n\n", text)
    return text.strip()
