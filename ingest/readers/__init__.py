"""One reader per document format: raw bytes in, plain text (one block per line) out.

Readers only extract; ``policykg.ingest.read`` picks the reader, normalises the text and
detects the language, so every format ends up with the same kind of ``Document``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Extracted"]


@dataclass(frozen=True)
class Extracted:
    """What a reader found: the text before normalisation, its encoding and a title if any."""

    text: str
    encoding: str | None = None
    title: str | None = None
    # lines a reader kept from a dropped page footer and put at the end of ``text`` (copyright holder, laws):
    # evidence of who holds the page, weaker than what the policy says of itself
    imprint: str | None = None
