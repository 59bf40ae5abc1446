"""PDF: the text layer of every page, pages separated by a blank line.

pypdf is pure Python and extracts the text layer well enough for sentence-level evidence;
scanned PDFs have no text layer and must go through OCR first (we do not bundle OCR).
"""

from __future__ import annotations

import io
import logging
import re

from ..model import IngestError
from . import Extracted


def read_pdf(data: bytes, *, source: str) -> Extracted:
    """Extract the text layer of a PDF, trying the empty password on encrypted files.

    Raises:
        IngestError: for a damaged or password-protected PDF, or one without a text layer.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns loudly about harmless quirks
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except DependencyError as exc:
                raise IngestError(
                    source,
                    f"the PDF is AES-encrypted and decrypting it needs an extra package ({exc}): "
                    "run `pip install cryptography` and try again",
                ) from exc
            if not unlocked:
                raise IngestError(
                    source,
                    "the PDF is protected by a password: remove it first, e.g. "
                    "`qpdf --decrypt --password=PASSWORD in.pdf out.pdf`, then ingest out.pdf",
                )
        _check_page_tree(reader, source)
        pages = [_join_word_wraps(_join_han_wraps(_unjustified(page.extract_text() or ""))) for page in reader.pages]
        title = _title(reader)
    except IngestError:
        raise
    except LimitReachedError as exc:
        raise IngestError(
            source,
            f"the PDF holds a stream that unpacks past pypdf's safety limit (a decompression bomb?) ({exc}): "
            "if it is genuine, print it to a new PDF or save it as text and ingest that",
        ) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(
            source, f"not a readable PDF ({exc}): check that the file is complete and opens in a PDF viewer"
        ) from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise IngestError(
            source,
            f"no text layer in {len(pages)} page(s) (scanned PDF?): run OCR first, e.g. "
            "`ocrmypdf in.pdf out.pdf`, then ingest out.pdf",
        )
    return Extracted(text=text, encoding=None, title=title)


_GAP = re.compile(r"(?<=\S) +(?=\S)")


def _unjustified(page: str) -> str:
    """Single-space the lines a justified layout stretched: the text layer writes its widened word gaps as runs of
    spaces ("we  will  ask  for  your  consent"), and cues written with one space no longer match. A line is
    stretched when every gap between its words is wider than one space (a table row keeps single spaces inside
    its cells, so its column gaps stay)."""
    if "  " not in page:
        return page
    lines = page.split("\n")
    for i, line in enumerate(lines):
        gaps = _GAP.findall(line) if "  " in line else ()
        if len(gaps) >= 3 and all(len(g) > 1 for g in gaps):
            lines[i] = _GAP.sub(" ", line)
    return "\n".join(lines)


# A line the layout broke inside a Chinese word ("…我们还会收集您的收货" / "地址以便配送…", "…您的个" / "人信息"): the text layer
# keeps the break, and the cues ("个人信息", "收货地址") no longer match across it. A break is the layout's, not the
# author's, when the line fills the page's measure and both sides of it are Chinese text; a heading or the last line of
# a paragraph stops short of the measure, and a line that opens a list item ("二、", "（3）", "第五条", "1.") starts
# something of its own. Chinese sets no space between words, so the break is deleted, not replaced.
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_END = re.compile(r"[\u3400-\u9fff\uf900-\ufaff，、（《“]$")
_HAN_START = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff，、。；：）》”]")
_ITEM_START = re.compile(r"^(?:[一二三四五六七八九十百]+[、．.]|第[一二三四五六七八九十百零〇\d]+[条章节款部分]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+(?:\.\d+)*[、.．)]|[•·▪◦])")
_FULL_LINE = 0.85  # of the page's measure
# A line can never open with closing punctuation ("）制定，…" after "…（GB/T 35273-2017"): whatever the line above
# ends with, the break before it is the layout's. An e-mail address cut at the measure ("privacy@example.exa" /
# "mple.cn；客服电话…") goes on when the line above ends inside the address and this one opens with its rest; a
# line that leaves a bracket open ("某某有限公司（以下简称“车鉴宝”" / "或“我们”）…") goes on into the next.
_CLOSING_START = re.compile(r"^[）》”」』】，。；：、]")
_EMAIL_CUT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]*)*$", re.ASCII)
_EMAIL_REST = re.compile(r"^[\w-]*(?:\.[a-z]{2,})+(?![\w@])", re.ASCII)


# every character from U+2E80 on (Han, kana, full-width forms): two display cells
_WIDE_RUN = re.compile("[\u2e80-\U0010ffff]+")


def _width(line: str) -> int:
    """Display width: Han and full-width characters take two cells, the rest one.

    The wide characters are counted by runs in C: a Python loop over every character cost ~4 % of reading a
    Chinese policy, whose line widths are measured several times."""
    return len(line) + sum(map(len, _WIDE_RUN.findall(line)))


def _measure(lines: list[str]) -> int | None:
    """The page's measure: the 90th percentile of its line widths (one long URL or table row does not set it); None
    for fewer than three lines, too few to tell a full line from a short one."""
    widths = sorted((_width(line.rstrip()) for line in lines if line.strip()), reverse=True)
    return widths[len(widths) // 10] if len(widths) >= 3 else None


def _join_han_wraps(page: str) -> str:
    """Delete the line breaks the layout made inside Chinese text (see above)."""
    if "\n" not in page or not _HAN.search(page):
        return page
    lines = page.split("\n")
    measure = _measure(lines)
    if measure is None:
        return page
    out = [lines[0]]
    for line in lines[1:]:
        last = out[-1].rstrip()
        if _width(last) >= _FULL_LINE * measure and (
                (_HAN_END.search(last) and _HAN_START.match(line) and not _ITEM_START.match(line))
                or _CLOSING_START.match(line) or ("@" in last and _EMAIL_CUT.search(last) and _EMAIL_REST.match(line))
                or (last.count("（") > last.count("）") and _HAN_START.match(line) and not _ITEM_START.match(line))):
            out[-1] = last + line
        else:
            out.append(line)
    return "\n".join(out)


# The same in alphabetic scripts ("...you agree to the terms of this" / "Policy.", "...адрес доставки и номер" / "телефона
# получателя"): the text layer keeps every line of a paragraph, and a line that ends without punctuation before a
# capitalised word ("Policy", "Федерации", «Компания») or after a numbered opening ("4.1. We pass your name and") reads
# as a heading of its own. A typesetter breaks a line where the next word would not fit, so a break is the layout's when
# the line and the first word of the next one together overrun the measure; a line ending a sentence or a clause
# (".", ":", ";"), one wider than the measure (a table row, a URL), and a line before a list item keep their breaks.
_WORD_WRAP_FIT = 0.95  # of the measure: glyph widths vary in proportional fonts, character counts approximate them
_CLAUSE_END = re.compile(r"[.!?:;。！？：；]\s*$")
_BULLET_START = re.compile(r"^(?:[-–—•·▪◦*]\s|\(?[a-zA-Zа-яА-Я]\)\s|\(?\d{1,2}\)\s)")


def _join_word_wraps(page: str) -> str:
    """Replace by a space the line breaks the layout made inside alphabetic paragraphs (see above); a break after a
    hyphen ("privacy@our-" / "shop.example") is deleted."""
    if "\n" not in page:
        return page
    lines = page.split("\n")
    measure = _measure(lines)
    if measure is None:
        return page
    out = [lines[0]]
    for before, line in zip(lines, lines[1:]):
        last = before.rstrip()  # the physical line above, whatever was joined to it
        head = line.lstrip()
        first_word = head.split(" ", 1)[0]
        if (last and head and not _HAN_END.search(last) and not _HAN_START.match(head)
                and not _CLAUSE_END.search(last) and not _ITEM_START.match(head) and not _BULLET_START.match(head)
                and _width(last) <= 1.15 * measure
                and _width(last) + 1 + _width(first_word) >= _WORD_WRAP_FIT * measure):
            joined = out[-1].rstrip()
            out[-1] = joined + head if joined.endswith("-") and joined[-2:-1].isalpha() else joined + " " + head
        else:
            out.append(line)
    return "\n".join(out)


# Far beyond any policy; a page tree that lists more is a bomb or not a policy.
MAX_PAGES = 5_000


def _check_page_tree(reader: object, source: str) -> None:
    """Refuse page trees that list one node twice or more pages than ``MAX_PAGES``, before pypdf expands them.

    Why: a 2 KB PDF whose /Pages nodes each list the same child twice expands to 2^depth pages
    (32,768 from 15 levels: 45 s and 1 GB in pypdf). Walked here without recursion, by reference,
    so each node is visited once.
    """
    from pypdf.generic import IndirectObject

    root = reader.trailer["/Root"].get_object()  # type: ignore[attr-defined]
    pages_ref = root.raw_get("/Pages") if hasattr(root, "raw_get") else root.get("/Pages")
    stack = [pages_ref]
    seen: set[tuple[int, int]] = set()
    pages = 0
    while stack:
        reference = stack.pop()
        if isinstance(reference, IndirectObject):
            key = (reference.idnum, reference.generation)
            if key in seen:
                raise IngestError(source, (
                    "the PDF's page tree lists the same page or page group more than once (a page-tree bomb?): "
                    "if it is genuine, print it to a new PDF and ingest that"
                ))
            seen.add(key)
        node = reference.get_object() if reference is not None else None
        if not hasattr(node, "get"):
            continue
        kids = node.get("/Kids")
        if node.get("/Type") == "/Page" or kids is None:
            pages += 1
            if pages > MAX_PAGES:
                raise IngestError(source, (
                    f"the PDF has more than {MAX_PAGES:,} pages, far more than a policy: split it, or save "
                    "the policy's pages as a new PDF, and ingest that"
                ))
            continue
        kids = kids.get_object()
        stack.extend(list.__iter__(kids) if isinstance(kids, list) else ())


def _title(reader: object) -> str | None:
    try:
        metadata = reader.metadata  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - metadata is optional and often malformed
        return None
    title = metadata.title if metadata is not None else None
    return str(title).strip() or None if title else None
