"""Plain text and Markdown: only the encoding has to be guessed."""

from __future__ import annotations

from ..detect import decode_text
from . import Extracted
from .pdf import _FULL_LINE, _HAN, _HAN_END, _join_han_wraps, _measure, _width

# A plain-text copy of a PDF keeps the page's line breaks ("…我们需要收集您的姓名、身份证号码、车辆" / "行驶证信息…").
# Such a text is recognised by its measure: its long lines are no wider than a printed page line, and most of them
# stop in the middle of a Chinese sentence. A text whose lines are the author's paragraphs either has a wider measure
# or ends its long lines with punctuation, and is left alone.
_PAGE_MEASURE = (30, 120)  # display cells of a printed page line: a narrow column up to an A4 line of 60 Han
_MIN_LINES = 10
_WRAPPED_SHARE = 0.5  # of the full-width lines, those that stop mid-sentence


def read_text(data: bytes, *, source: str) -> Extracted:
    """Decode a text file (BOM, UTF-8, then detection); Markdown stays as written. A Chinese text hard-wrapped
    at a page's width has its layout breaks deleted, as the PDF reader does."""
    decoded = decode_text(data, source=source)
    text = decoded.text
    if _page_wrapped_han(text):
        text = _join_han_wraps(text)
    return Extracted(text=text, encoding=decoded.encoding)


def _page_wrapped_han(text: str) -> bool:
    """True when the Chinese lines of ``text`` look broken by a page's width, not by the author."""
    if "\n" not in text or _HAN.search(text, 0, 2000) is None:
        return False
    lines = [line.rstrip() for line in text.split("\n") if _HAN.search(line)]
    if len(lines) < _MIN_LINES:
        return False
    measure = _measure(lines)
    if measure is None or not _PAGE_MEASURE[0] <= measure <= _PAGE_MEASURE[1]:
        return False
    full = [line for line in lines if _width(line) >= _FULL_LINE * measure]
    return sum(1 for line in full if _HAN_END.search(line)) >= _WRAPPED_SHARE * len(full)
