"""Plain text and Markdown: only the encoding has to be guessed."""

from __future__ import annotations

from ..detect import decode_text
from . import Extracted


def read_text(data: bytes, *, source: str) -> Extracted:
    """Decode a text file (BOM, UTF-8, then detection); Markdown stays as written."""
    decoded = decode_text(data, source=source)
    return Extracted(text=decoded.text, encoding=decoded.encoding)
