"""Tracking statements: cookies, web beacons, SDKs, fingerprinting, local storage.

Any sentence naming a tracking technology is a statement about it (headings and questions are
not: "Cookies", "Do we use cookies?" say nothing); a denial in its clause
("we do not use cookies") makes it NEGATIVE. The ``cookies`` boolean of policy-facts/1 is an
affirmative tracking statement with ``cookies``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import analyse
from policykg.ingest.extract.toc import toc_entries
from policykg.ingest.model import Statement, StatementKind
from policykg.ingest.vocabulary import Match

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]


def _is_question(text: str) -> bool:
    return text.rstrip().endswith(("?", "？", "¿"))


# a device permission named after a store ("本地存储权限", "storage permission") lets the app save files;
# it is not the browser's local storage used for tracking
_PERMISSION_AFTER = re.compile(r"\s*(?:权限|permissions?\b|разрешени|icazə|permiso)", re.IGNORECASE)
_PERMISSION_BEFORE = ("访问", "读取", "读写", "写入", "开启", "获取")  # "访问本地存储：…" heads a permission entry


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """TRACKING statements, one per segment and polarity."""
    analysis = analyse(context)
    sdk_header: str | None = None  # the header row of a table of SDKs ("SDK | Provider | Purpose | Data")
    for info in analysis.infos:
        hits = info.matches["tracking"]
        if info.is_heading and "\t" in info.segment.text:
            sdk_header = info.segment.text if any(m.key == "sdk" for m in hits) else None
        elif (not hits and sdk_header is not None and info.segment.heading == sdk_header
              and "\t" in info.segment.text):
            # a row of that table ("Firebase Crashlytics | Google LLC | crash reporting | device model") names an SDK
            # the app embeds, though the row itself never says "SDK"; one statement for the table is enough
            sdk_header = None
            hits = [Match("sdk", info.segment.start, info.segment.end)]
        if (not hits or info.is_heading or _is_question(info.segment.text)
                or info.segment.index in toc_entries(context.segments)):
            continue  # a heading ("Cookies"), a contents entry or a question ("Do we use cookies?") states nothing
        if any(m.key == "local-storage" for m in hits):
            hits = [m for m in hits if m.key != "local-storage"
                    or (_PERMISSION_AFTER.match(analysis.text, m.end, m.end + 12) is None
                        and not analysis.text[max(0, m.start - 2):m.start].endswith(_PERMISSION_BEFORE))]
            if not hits:
                continue

        def denied(start: int, end: int) -> bool:  # "we do not use cookies, except ..." is no denial
            return not info.is_heading and analysis.negated(start, end) and not (
                analysis.lexicon.has("exception", analysis.text[start:end])
            )

        yield from analysis.statements_by_polarity(info, hits, kind=StatementKind.TRACKING, field="tracking", denied=denied)
