"""PDF: the text layer of every page, pages separated by a blank line.

pypdf is pure Python and extracts the text layer well enough for sentence-level evidence;
scanned PDFs have no text layer and must go through OCR first (we do not bundle OCR).
"""

from __future__ import annotations

import io
import logging

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
        pages = [page.extract_text() or "" for page in reader.pages]
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


def _title(reader: object) -> str | None:
    try:
        metadata = reader.metadata  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - metadata is optional and often malformed
        return None
    title = metadata.title if metadata is not None else None
    return str(title).strip() or None if title else None
