"""What reviewers said about the findings ``policykg check`` just wrote, for its report.

The checker's findings are written as computed (a re-check must not hide what the rules say); the
report then lists every finding on which a reviewer's verdict stands, with the reviewer's reason, so
the reader sees both. Reviews follow the findings across re-checks by requirement key and quote.
"""
from __future__ import annotations

from policykg.export.safety import escape_markdown

import html

from policykg.reviews.listing import list_reviews
from policykg.store.base import Store
from policykg.workbench.labels import Labels


def reviewed_findings_rows(store: Store) -> list[dict[str, str]]:
    """One row per finding review that stands on the newest version of its policy."""
    from policykg.namespaces import sparql_prefixes

    if not store.ask(sparql_prefixes() + 'ASK { GRAPH pkgr:reviews { ?r pkg:reviewedField "verdict" } }'):
        return []
    rows = []
    for item in list_reviews(store, Labels(store)):
        review, applied = item.review, item.applied
        if review.field != "verdict":
            continue
        rows.append({
            "file": review.source_name, "requirement": review.fact_kind, "checker": review.value,
            "reviewed": (review.new_value if review.action == "correct" else review.action) or "",
            "reason": review.new_reason or review.comment or "", "by": review.reviewer, "at": review.created,
            "status": applied.anchoring.status if applied else "orphaned",
        })
    return rows


def review_section(store: Store, fmt: str) -> str:
    """The report's 'Reviewed by experts' section (Markdown or HTML), empty when nothing was reviewed."""
    rows = reviewed_findings_rows(store)
    if not rows or fmt not in ("md", "html"):
        return ""
    if fmt == "md":
        def cell(text: str) -> str:
            return escape_markdown(text.replace("\n", " "))  # the one Markdown escaper

        lines = ["", "## Reviewed by experts", "",
                 "A reviewer's verdict wins over the checker's in the workbench pages, `policykg facts` and the exports.", "",
                 "| policy | requirement | checker | reviewer's verdict | reason | by | where it stands |", "|---|---|---|---|---|---|---|"]
        lines += [f"| {cell(r['file'])} | {cell(r['requirement'])} | {cell(r['checker'])} | **{cell(r['reviewed'])}** | "
                  f"{cell(r['reason'])} | {cell(r['by'])}, {cell(r['at'])} | {r['status']} |" for r in rows]
        return "\n".join(lines) + "\n"
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(r[k])}</td>" for k in ("file", "requirement", "checker", "reviewed", "reason", "by", "status"))
        + "</tr>" for r in rows)
    return ("<section><h2>Reviewed by experts</h2><table><tr><th>policy</th><th>requirement</th><th>checker</th>"
            f"<th>reviewer's verdict</th><th>reason</th><th>by</th><th>where it stands</th></tr>{body}</table></section>")
