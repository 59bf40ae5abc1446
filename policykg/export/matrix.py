"""The comparison matrix: policies x categories, purposes, recipients, conditions, rights, measures,
tracking, laws and compliance requirements, as XLSX (one sheet per topic) and as tidy CSV.

Every marked cell keeps the evidence: the quote (with offsets) of the first statement that says it,
and the provisions that bear on it (sensitive-data provisions for categories, sharing exceptions
for disclosure conditions, cited provisions for compliance findings). In XLSX these are cell
comments; in CSV they are columns. All text passes through ``safety.safe_cell``.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from policykg.export.findings_read import StoredFinding, read_findings, worst_verdict
from policykg.export.lookup import PolicyRef, labels, list_policies, short_name
from policykg.export.safety import safe_cell
from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store

__all__ = ["TOPICS", "Cell", "TopicTable", "Matrix", "build_matrix", "write_xlsx", "write_csv"]


@dataclass(frozen=True)
class TopicSpec:
    name: str
    title: str
    summary: str  # summary property from the policy to the concept (docs/DESIGN.md)
    holder: str  # SPARQL pattern binding ?h (the node with the evidence) for ?policy and ?concept
    provisions: str | None = None  # SPARQL pattern binding ?law and ?tag (how it bears) for ?concept


_STATES = "?policy pkg:states ?h . ?h {prop} ?concept . FILTER NOT EXISTS {{ ?h pkg:hasPolarity pkg:Negative }}"

TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec("categories", "Data categories", "pkg:collectsCategory", _STATES.format(prop="dpv:hasPersonalData"),
              '?concept pkg:sensitiveUnder ?law BIND("sensitive under" AS ?tag)'),
    TopicSpec("purposes", "Purposes", "pkg:hasPurposeSummary", _STATES.format(prop="dpv:hasPurpose")),
    TopicSpec("recipients", "Recipients", "pkg:sharesWith", _STATES.format(prop="dpv:hasRecipient")),
    TopicSpec("conditions", "Disclosure conditions", "pkg:disclosesWhen",
              "?policy pkg:states ?s . ?s pkg:hasCondition ?h . ?h pkg:conditionKind ?concept . "
              "FILTER NOT EXISTS { ?s pkg:hasPolarity pkg:Negative }",
              '{ ?concept pkg:permittedForSharingBy ?law BIND("sharing allowed by" AS ?tag) } UNION '
              '{ ?concept pkg:permittedForCollectionBy ?law BIND("collection/use only" AS ?tag) }'),
    TopicSpec("rights", "Rights", "pkg:grantsRight", _STATES.format(prop="dpv:hasRight")),
    TopicSpec("measures", "Security measures", "pkg:claimsMeasure", _STATES.format(prop="pkg:hasMeasure")),
    TopicSpec("tracking", "Tracking", "pkg:usesTracking", _STATES.format(prop="pkg:trackingTechnology")),
    TopicSpec("laws", "Laws cited", "pkg:citesLaw", _STATES.format(prop="pkg:citesLaw")),
)
REQUIREMENTS = "requirements"


@dataclass(frozen=True)
class Cell:
    value: str  # "yes" for a stated practice; for a requirement the verdict as read (``verdict_label``)
    quote: str = ""
    start: int | None = None
    end: int | None = None
    provisions: tuple[str, ...] = ()
    verdict: str = ""  # requirement cells: contravention | omission | met | not-applicable | review
    severity: str = ""  # law (PIPL, CSL, DSL) | standard (GB/T 35273) | "" when no source was in force
    law: str = ""  # the act or edition applied at as_of
    as_of: str = ""
    reason: str = ""
    reviewed_by: str = ""

    def note(self) -> str:
        """Comment text: for a requirement its verdict, law and reason first; then the quote with its
        offsets, then the provisions."""
        lines = []
        if self.verdict:
            under = f"under {self.law}" if self.law else "no source of the requirement in force"
            lines.append(f"{self.value} ({self.severity or 'no severity'}), {under}, as of {self.as_of or '?'}")
            if self.reviewed_by:
                lines.append(f"Reviewed by {self.reviewed_by}")
            if self.reason:
                lines.append(f"Reason: {self.reason}")
        if self.quote:
            where = f" [{self.start}\u2013{self.end}]" if self.start is not None else ""
            lines.append(f"\u201c{self.quote}\u201d{where}")
        if self.provisions:
            lines.append("Provisions: " + ", ".join(self.provisions))
        return "\n".join(lines)


@dataclass(frozen=True)
class TopicTable:
    name: str
    title: str
    columns: tuple[tuple[str, str], ...]  # (IRI, label) in column order
    cells: dict[tuple[str, str], Cell]  # (policy IRI, column IRI) -> cell
    notes: dict[str, str] | None = None  # column -> header comment (default: the column IRI)


@dataclass(frozen=True)
class Matrix:
    policies: tuple[PolicyRef, ...]
    topics: tuple[TopicTable, ...]


def build_matrix(store: Store, *, topics: tuple[str, ...] | None = None) -> Matrix:
    """Read every policy and topic from the store (``topics`` limits which; see TOPICS and "requirements")."""
    policies = tuple(list_policies(store))
    names = labels(store)
    wanted = set(topics) if topics else {t.name for t in TOPICS} | {REQUIREMENTS}
    unknown = wanted - {t.name for t in TOPICS} - {REQUIREMENTS}
    if unknown:
        choices = ", ".join([t.name for t in TOPICS] + [REQUIREMENTS])
        raise ValueError(f"unknown topic(s) {', '.join(sorted(unknown))}: choose from {choices}")
    tables = [_topic_table(store, spec, names) for spec in TOPICS if spec.name in wanted]
    if REQUIREMENTS in wanted:
        requirements = _requirements_table(store, names)
        if requirements.columns:
            tables.append(requirements)
    return Matrix(policies=policies, topics=tuple(tables))


def _topic_table(store: Store, spec: TopicSpec, names: dict[str, str]) -> TopicTable:
    query = sparql_prefixes() + f"""
SELECT ?policy ?concept ?exact ?start ?end WHERE {{
  ?policy a pkg:PrivacyPolicy ; {spec.summary} ?concept .
  OPTIONAL {{
    {spec.holder}
    ?h pkg:evidence ?a . ?a oa:hasTarget ?t . ?t oa:hasSelector ?q . ?q oa:exact ?exact .
    OPTIONAL {{ ?t oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }}
  }}
}}"""
    found: dict[tuple[str, str], Cell] = {}
    for row in store.select(query):
        key = (str(row["policy"]), str(row["concept"]))
        start = int(row["start"].toPython()) if "start" in row else None  # type: ignore[union-attr]
        end = int(row["end"].toPython()) if "end" in row else None  # type: ignore[union-attr]
        cell = Cell("yes", str(row.get("exact", "")), start, end)
        current = found.get(key)
        if current is None or _earlier(cell, current):
            found[key] = cell
    provisions: dict[str, list[str]] = {}
    if spec.provisions:
        for row in store.select(sparql_prefixes() + f"SELECT DISTINCT ?concept ?law ?tag WHERE {{ {spec.provisions} }}"):
            name = _provision_name(str(row["law"]), names)
            provisions.setdefault(str(row["concept"]), []).append(f"{row['tag']}: {name}")
    cells = {
        key: Cell(c.value, c.quote, c.start, c.end, tuple(sorted(provisions.get(key[1], []))))
        for key, c in found.items()
    }
    concepts = sorted({concept for _, concept in cells}, key=lambda iri: (names.get(iri) or short_name(iri)).casefold())
    columns = tuple((iri, names.get(iri) or short_name(iri)) for iri in concepts)
    return TopicTable(spec.name, spec.title, columns, cells)


def _earlier(new: Cell, old: Cell) -> bool:
    """Prefer a cell with a quote, then the quote that comes first in the text."""
    if bool(new.quote) != bool(old.quote):
        return bool(new.quote)
    big = 1 << 60
    return (new.start if new.start is not None else big) < (old.start if old.start is not None else big)


def _provision_name(iri: str, names: dict[str, str]) -> str:
    return names.get(iri) or short_name(iri)


def _requirements_table(store: Store, names: dict[str, str]) -> TopicTable:
    """Policies x requirement keys: each cell the verdict as read (a deviation from the standard is
    never shown as a breach of law), with severity, the act or edition applied, reason and quotes."""
    grouped: dict[tuple[str, str], list[StoredFinding]] = {}
    titles: dict[str, str] = {}
    for finding in read_findings(store):
        grouped.setdefault((finding.policy, finding.key), []).append(finding)
        titles[finding.key] = finding.requirement_title
    cells: dict[tuple[str, str], Cell] = {}
    for key, findings in grouped.items():
        chosen = next(f for f in findings if f.verdict == worst_verdict([f.verdict for f in findings]))
        quotes = chosen.quotes
        first = quotes[0] if quotes else None
        cells[key] = Cell(
            chosen.label, " | ".join(q.text for q in quotes[:3]), first.start if first else None, first.end if first else None,
            tuple(sorted({_provision_name(p, names) for p in chosen.provisions})), verdict=chosen.verdict,
            severity=chosen.severity, law=chosen.law_label, as_of=chosen.as_of, reason=chosen.reason,
            reviewed_by=chosen.reviewed_by)
    columns = tuple((key, key) for key in sorted(titles))
    return TopicTable(REQUIREMENTS, "Compliance requirements", columns, cells, titles)


_POLICY_HEADERS = ("docid", "company", "file", "language")


def _policy_cells(policy: PolicyRef) -> list[str]:
    return [policy.docid, policy.company, policy.file, policy.language]


def write_xlsx(matrix: Matrix, out: Path) -> Path:
    """One sheet per topic: a header row, policies as rows, frozen panes, an autofilter, quotes as comments."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def fill(cell: Cell) -> PatternFill:
        """Red only for an adverse verdict under a statute; a deviation from the standard is amber."""
        if not cell.verdict:
            colour = "DDEBF7"
        elif cell.verdict in ("contravention", "omission"):
            colour = "F4CCCC" if cell.severity == "law" else "FFE5B4"
        else:
            colour = {"met": "D9EAD3", "review": "DDE3F5"}.get(cell.verdict, "EEEEEE")
        return PatternFill("solid", fgColor=colour)

    book = Workbook()
    book.remove(book.active)
    for table in matrix.topics:
        sheet = book.create_sheet(title=table.name[:31])
        headers = [*_POLICY_HEADERS, *(label for _, label in table.columns)]
        sheet.append([safe_cell(h) for h in headers])
        for index, (iri, _) in enumerate(table.columns, start=len(_POLICY_HEADERS) + 1):
            sheet.cell(row=1, column=index).comment = Comment(safe_cell((table.notes or {}).get(iri, iri)), "policykg")
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(text_rotation=60 if cell.column > len(_POLICY_HEADERS) else 0, vertical="bottom")
        for row_index, policy in enumerate(matrix.policies, start=2):
            for col_index, value in enumerate(_policy_cells(policy), start=1):
                sheet.cell(row=row_index, column=col_index, value=safe_cell(value))
            for col_index, (iri, _) in enumerate(table.columns, start=len(_POLICY_HEADERS) + 1):
                found = table.cells.get((policy.iri, iri))
                if found is None:
                    continue
                target = sheet.cell(row=row_index, column=col_index, value=safe_cell(found.value))
                target.fill = fill(found)
                note = found.note()
                if note:
                    comment = Comment(safe_cell(note), "policykg")
                    comment.width, comment.height = 320, 160
                    target.comment = comment
        sheet.freeze_panes = sheet.cell(row=2, column=len(_POLICY_HEADERS) + 1)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(matrix.policies) + 1)}"
        for col_index, width in ((1, 18), (2, 30), (3, 28), (4, 9)):
            sheet.column_dimensions[get_column_letter(col_index)].width = width
    if not matrix.topics:
        book.create_sheet(title="empty").append(["the store holds no policies; run 'policykg ingest FILES' first"])
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out


CSV_HEADERS = ("topic", *_POLICY_HEADERS, "column", "column_label", "value", "quote", "start", "end", "provisions",
               "verdict", "severity", "law", "as_of", "reason", "reviewed_by")


def write_csv(matrix: Matrix, out: Path) -> Path:
    """Tidy CSV: one row per marked cell of every topic (UTF-8 with BOM so spreadsheets read Chinese text);
    requirement rows also give verdict, severity (law or standard), the act or edition, as-of date, reason."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADERS)
        for table in matrix.topics:
            for policy in matrix.policies:
                for iri, label in table.columns:
                    found = table.cells.get((policy.iri, iri))
                    if found is None:
                        continue
                    row = [table.name, *_policy_cells(policy), iri, label, found.value, found.quote,
                           "" if found.start is None else found.start, "" if found.end is None else found.end,
                           "; ".join(found.provisions), found.verdict, found.severity, found.law, found.as_of,
                           found.reason, found.reviewed_by]
                    writer.writerow([safe_cell(v) for v in row])
    return out
