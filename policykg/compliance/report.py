"""The compliance report (Markdown, HTML, JSON): a policy × requirement summary table whose cells link
to each finding, then per policy every requirement with its verdict, severity, the law or edition
applied, the provisions, a one-sentence reason and the quoted sentences with offsets."""
from __future__ import annotations

import html
import io
import json
import shutil
import tempfile
from typing import IO

from policykg.compliance.check import CheckResult, PolicyFindings
from policykg.compliance.findings_json import FORMAT, findings_json_policy
from policykg.compliance.model import ORDER, provision_label
from policykg.export.safety import escape_markdown
from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store

REPORT_FORMATS = ("md", "html", "json", "findings-json")
SYMBOL = {"contravention": "✗", "omission": "○", "met": "✓", "not-applicable": "–", "review": "?"}


def provision_labels(store: Store) -> dict[str, str]:
    """English labels of law provisions from the ontology graph (empty if it is not loaded)."""
    rows = store.select(sparql_prefixes() + """
        SELECT ?p (SAMPLE(?l) AS ?label) WHERE {
          ?p rdfs:label ?l . FILTER(STRSTARTS(STR(?p), STR(law:)) && (LANG(?l) = "en" || LANG(?l) = ""))
        } GROUP BY ?p""")
    return {str(r["p"]): str(r["label"]) for r in rows if "label" in r}


def _md(text: str) -> str:
    """Policy text inside Markdown: HTML-escaped (Markdown passes raw HTML through), one line, no table breaks."""
    return escape_markdown(str(text).replace("\n", " "))  # the one Markdown escaper (policykg.export.safety)


def _anchor(docid: str, key: str) -> str:
    return f"f-{docid[:12]}-{key}"


def render_report(result: CheckResult, *, fmt: str = "md", labels: dict[str, str] | None = None) -> str:
    """The whole report of a check whose results were kept (``check_policies(keep=True)``)."""
    writer = ReportWriter(fmt, labels)
    try:
        for r in result.results:
            writer.add(r)
        out = io.StringIO()
        writer.finish(out)
        return out.getvalue()
    finally:
        writer.close()


class ReportWriter:
    """The report written policy by policy: ``add`` each result as it is judged, then ``finish(out)``.

    Why: the summary table comes first but needs every policy, and a 10k-policy report runs to
    hundreds of MB; the table rows (a line each) are kept, the per-policy sections go to a temporary
    file, and ``finish`` writes header, table, sections and an optional ``tail`` (the reviewers'
    section) in order. ``render_report`` uses the same writer, so both give the same text.
    """

    def __init__(self, fmt: str = "md", labels: dict[str, str] | None = None) -> None:
        if fmt not in REPORT_FORMATS:
            raise ValueError(f"unknown report format {fmt!r}")
        self.fmt = "json" if fmt == "findings-json" else fmt
        self.labels = labels or {}
        self.rows: list[str] = []
        self._sections: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._count = 0

    def add(self, r: PolicyFindings) -> None:
        if self.fmt == "json":
            entry = json.dumps(findings_json_policy(r, self.labels), ensure_ascii=False, indent=1)
            self._sections.write(("," if self._count else "") + "\n" + "\n".join("  " + line for line in entry.split("\n")))
        elif self.fmt == "html":
            self.rows.append(_html_row(r))
            self._sections.write(_html_section(r, self.labels))
        else:
            self.rows.append(_md_row(r))
            self._sections.write(_md_section(r, self.labels))
        self._count += 1

    def finish(self, out: IO[str], tail: str = "") -> None:
        """Write the report to ``out``; ``tail`` goes at the end (in HTML before ``</body>``)."""
        if self.fmt == "json":
            out.write('{\n "format": "%s",\n "policies": [' % FORMAT)
            self._copy_sections(out)
            out.write("\n ]\n}\n" if self._count else "]\n}\n")
            out.write(tail)
        elif self.fmt == "html":
            out.write(_html_head())
            out.write("".join(self.rows))
            out.write("</table>")
            self._copy_sections(out)
            out.write(tail + "</body></html>\n")
        else:
            out.write(_md_head())
            out.write("".join(line + "\n" for line in self.rows))
            self._copy_sections(out)
            out.write(tail)

    def _copy_sections(self, out: IO[str]) -> None:
        self._sections.flush()
        self._sections.seek(0)
        shutil.copyfileobj(self._sections, out)

    def close(self) -> None:
        self._sections.close()

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _md_head() -> str:
    keys = list(ORDER)
    return "\n".join([
        "# Compliance report", "",
        "Verdicts: ✗ contravention, ○ omission, ✓ met, – not applicable, ? review. Severity *law* (PIPL, CSL) "
        "or *standard* (GB/T 35273, a recommended standard: deviations are not breaches of law). Each policy "
        "is judged at its own date with only the law in force then.", "",
        "| policy | as of | " + " | ".join(f"`{k}`" for k in keys) + " |",
        "|---|---|" + "---|" * len(keys)]) + "\n"


def _md_row(r: PolicyFindings) -> str:
    by_key = {j.requirement.key: j for j in r.judgements}
    cells = []
    for k in ORDER:
        j = by_key.get(k)
        cells.append(f"[{SYMBOL[j.result.verdict]}](#{_anchor(r.policy.docid, k)})" if j else "")
    return f"| {_md(r.policy.name)} | {r.as_of} | " + " | ".join(cells) + " |"


def _md_section(r: PolicyFindings, labels: dict[str, str]) -> str:
    info = r.policy
    out = ["", f"## {_md(info.name)}", "",
           f"File {_md(info.file)}, docid {info.docid}, judged as of {r.as_of} ({r.as_of_source})."]
    for j in r.judgements:
        v = j.result
        law = j.applied.source.label if j.applied.source else "no source in force"
        provs = ", ".join(provision_label(p, labels) for p in j.applied.provisions) or "—"
        out += ["", f'<a id="{_anchor(info.docid, j.requirement.key)}"></a>',
                f"### {SYMBOL[v.verdict]} {j.requirement.key}: {v.verdict} ({j.severity})", "",
                f"*{_md(j.requirement.title)}.* Under {_md(law)}; provisions: {_md(provs)}.", "", f"Reason: {_md(v.reason)}"]
        for s in v.quotes:
            out.append(f"> {_md(s.text)} — \\[{s.start}–{s.end}\\]")
    return "\n".join(out) + "\n"


def _html_row(r: PolicyFindings) -> str:
    e = html.escape
    by_key = {j.requirement.key: j for j in r.judgements}
    cells = "".join(
        f'<td class="{by_key[k].result.verdict}"><a href="#{_anchor(r.policy.docid, k)}" title="{e(k)}: {e(by_key[k].result.verdict)}">'
        f"{SYMBOL[by_key[k].result.verdict]}</a></td>" if k in by_key else "<td></td>" for k in ORDER)
    return f"<tr><th>{e(r.policy.name)}</th><td>{r.as_of}</td>{cells}</tr>"


def _html_section(r: PolicyFindings, labels: dict[str, str]) -> str:
    e = html.escape
    items = []
    for j in r.judgements:
        v = j.result
        law = j.applied.source.label if j.applied.source else "no source in force"
        provs = ", ".join(provision_label(p, labels) for p in j.applied.provisions) or "—"
        quotes = "".join(f"<blockquote>{e(s.text)} <small>[{s.start}–{s.end}]</small></blockquote>" for s in v.quotes)
        items.append(f'<section id="{_anchor(r.policy.docid, j.requirement.key)}" class="finding {v.verdict}">'
                     f"<h3>{SYMBOL[v.verdict]} {e(j.requirement.key)}: {e(v.verdict)} <span class=sev>({j.severity})</span></h3>"
                     f"<p><em>{e(j.requirement.title)}.</em> Under {e(law)}; provisions: {e(provs)}.</p>"
                     f"<p>Reason: {e(v.reason)}</p>{quotes}</section>")
    return (f"<h2>{e(r.policy.name)}</h2><p>File <code>{e(r.policy.file)}</code>, judged as of {r.as_of} "
            f"({r.as_of_source}).</p>" + "".join(items))


def _html_head() -> str:
    e = html.escape
    head = "".join(f'<th class="key"><div>{e(k)}</div></th>' for k in ORDER)
    style = ("body{font-family:sans-serif;margin:1.5em;max-width:1400px}table{border-collapse:collapse;font-size:13px}"
             "td,th{border:1px solid #ccc;padding:3px 5px;text-align:center}th.key div{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}"
             "td a{text-decoration:none;color:inherit;display:block}.contravention{background:#f6c6c6}.omission{background:#fbe3b5}"
             ".met{background:#c9ecc9}.review{background:#dde3f5}.not-applicable{background:#eee}"
             "section.finding{border-left:4px solid #999;padding:0 .8em;margin:.6em 0;background:none}"
             "section.contravention{border-color:#c33}section.omission{border-color:#d90}section.met{border-color:#393}"
             "blockquote{margin:.3em 0 .3em 1em;color:#333;font-size:14px}.sev{font-weight:normal;color:#555}")
    return (f"<!doctype html><html><head><meta charset=utf-8><title>Compliance report</title><style>{style}</style></head><body>"
            "<h1>Compliance report</h1><p>✗ contravention, ○ omission, ✓ met, – not applicable, ? review. Severity <em>law</em> "
            "(PIPL, CSL) or <em>standard</em> (GB/T 35273: deviations are not breaches of law). Each policy is judged at its own date.</p>"
            f"<table><tr><th>policy</th><th>as of</th>{head}</tr>")
