"""Security statements: the measures a policy claims (PIPL art. 51, GB/T 35273-2020 §11).

Anonymising or de-identifying data at the end of its retention period is a retention practice,
not a security measure, so those hits are dropped in retention sentences. A denied measure
("is not encrypted") becomes a NEGATIVE statement. A measure named only inside a web address or a
link target ("[Terms of Service](https://example.org/faq#encryption-in-transit)") is not claimed by
the sentence, and headings and contents entries are titles, never evidence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from policykg.ingest.extract.cues import Analysis, SegmentInfo, analyse
from policykg.ingest.extract.toc import toc_entries
from policykg.ingest.model import Statement, StatementKind

if TYPE_CHECKING:  # pragma: no cover
    from policykg.ingest.extract import ExtractionContext

__all__ = ["extract"]

RETENTION_ONLY = frozenset({"anonymisation", "de-identification"})
# measures whose labels include the threat itself ("viruses", "malware"): claimed only where the
# sentence defends against it (lexicon cue ``protective``), not in a prohibition or a disclaimer
THREAT_NAMED = frozenset({"malware-protection"})
_BARE_AUDIT = re.compile(r"audit", re.IGNORECASE)  # the hit starts with the word itself, not "security audit"
# a web address, or the target of a markdown link: words there are not the sentence's claims
ADDRESS = re.compile(r"(?:https?://|www\.)[^\s)\]>]+|\]\([^)\s]*\)|<[^>\s]*://[^>\s]*>")
# a row of a table of third-party SDKs or partners ("极光推送 | 推送 | 某某有限公司 | 设备信息…"): what
# it says about security is that party's purpose or permission, not a measure the publisher claims
_THIRD_PARTY_ROW = re.compile(r"\bSDK\b|有限(?:责任)?公司|\b(?:Co\.|Ltd|Inc|LLC|GmbH)\b", re.IGNORECASE)


def _shares_anonymised(analysis: Analysis, info: SegmentInfo) -> bool:
    """A sharing sentence whose data are anonymised ("may be shared in aggregated, anonymous form")."""
    return any(m.key == "anonymised" for m in info.matches["disclosure_conditions"]) and analysis.has("share", info)


def _third_party_table_row(text: str) -> bool:
    """A table row (three or more cells) that names an SDK or a company."""
    return text.count("|") >= 3 and _THIRD_PARTY_ROW.search(text) is not None


def extract(context: ExtractionContext) -> Iterator[Statement]:
    """SECURITY statements, one per segment and polarity."""
    analysis = analyse(context)
    contents: frozenset[int] | None = None
    for info in analysis.infos:
        hits = info.matches["security_measures"]
        if not hits or info.is_heading or analysis.has("definition", info):
            continue  # a definition ("Обезличивание — действия, …") names a term, claims no measure
        if contents is None:
            contents = toc_entries(context.segments)
        if info.segment.index in contents or ("|" in info.segment.text and _third_party_table_row(info.segment.text)):
            continue
        addresses = [m.span() for m in ADDRESS.finditer(analysis.text, info.segment.start, info.segment.end)]
        if addresses:
            hits = [m for m in hits if not any(a <= m.start < b for a, b in addresses)]
            if not hits:
                continue
        if any(m.key in THREAT_NAMED for m in hits) and analysis.lexicon.cues.get("protective") is not None \
                and (not analysis.has("protective", info) or analysis.has("user_duty", info)):
            # "you may not upload viruses"; "we assume no responsibility for losses caused by security-disrupting
            # malware": a disclaimer names the threat (and maybe "security") but claims no defence against it
            hits = [m for m in hits if m.key not in THREAT_NAMED]
            if not hits:
                continue
        # "we use information for auditing, data analysis and research", "conduct audits and troubleshooting":
        # an audit named as a use of data, outside a security section and with no defence in the sentence, is
        # a business audit, not a security audit ("we conduct regular security audits" says so itself)
        if analysis.lexicon.language == "en" and "security" not in info.sections \
                and not analysis.has("protective", info):
            hits = [m for m in hits if not (m.key == "security-audit" and _BARE_AUDIT.match(analysis.text, m.start))]
            if not hits:
                continue
        # "MAC (Media Access Control) address" names a hardware address, not access control
        hits = [m for m in hits if not (m.key == "access-control"
                                        and analysis.text[max(0, m.start - 6):m.start].lower() == "media ")]
        if not hits:
            continue
        retention = analysis.has("retention", info)
        # "сбор, запись, …, обезличивание, блокирование, удаление": the statutory catalogue of the acts that
        # make up processing names de-identification as one such act, it claims no safeguard
        if retention or _shares_anonymised(analysis, info) or analysis.has("processing_operations", info):
            # anonymising at the end of retention is retention; "shared in anonymous, aggregated form" is
            # the form of a disclosure (its condition ``anonymised``), not a safeguard the company claims
            hits = [m for m in hits if m.key not in RETENTION_ONLY]
        yield from analysis.statements_by_polarity(info, hits, kind=StatementKind.SECURITY, field="security_measures")
