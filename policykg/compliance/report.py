"""The compliance report (Markdown, HTML, JSON): a policy × requirement summary table whose cells link
to each finding, then per policy every requirement with its verdict, severity, the law or edition
applied, the provisions, a one-sentence reason and the quoted sentences with offsets."""
from __future__ import annotations

import html
import json

from policykg.compliance.check import CheckResult
from policykg.compliance.findings_json import to_findings_json
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
    if fmt in ("json", "findings-json"):
        return json.dumps(to_findings_json(result, labels), ensure_ascii=False, indent=1) + "\n"
    if fmt == "html":
        return _html(result, labels or {})
    return _markdown(result, labels or {})


def _markdown(result: CheckResult, labels: dict[str, str]) -> str:
    keys = [k for k in ORDER]
    out = ["# Compliance report", "",
           "Verdicts: ✗ contravention, ○ omission, ✓ met, – not applicable, ? review. Severity *law* (PIPL, CSL) "
           "or *standard* (GB/T 35273, a recommended standard: deviations are not breaches of law). Each policy "
           "is judged at its own date with only the law in force then.", "",
           "| policy | as of | " + " | ".join(f"`{k}`" for k in keys) + " |",
           "|---|---|" + "---|" * len(keys)]
    for r in result.results:
        by_key = {j.requirement.key: j for j in r.judgements}
        cells = []
        for k in keys:
            j = by_key.get(k)
            cells.append(f"[{SYMBOL[j.result.verdict]}](#{_anchor(r.policy.docid, k)})" if j else "")
        out.append(f"| {_md(r.policy.name)} | {r.as_of} | " + " | ".join(cells) + " |")
    for r in result.results:
        info = r.policy
        out += ["", f"## {_md(info.name)}", "",
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


def _html(result: CheckResult, labels: dict[str, str]) -> str:
    e = html.escape
    keys = list(ORDER)
    rows = []
    for r in result.results:
        by_key = {j.requirement.key: j for j in r.judgements}
        cells = "".join(
            f'<td class="{by_key[k].result.verdict}"><a href="#{_anchor(r.policy.docid, k)}" title="{e(k)}: {e(by_key[k].result.verdict)}">'
            f"{SYMBOL[by_key[k].result.verdict]}</a></td>" if k in by_key else "<td></td>" for k in keys)
        rows.append(f"<tr><th>{e(r.policy.name)}</th><td>{r.as_of}</td>{cells}</tr>")
    sections = []
    for r in result.results:
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
        sections.append(f"<h2>{e(r.policy.name)}</h2><p>File <code>{e(r.policy.file)}</code>, judged as of {r.as_of} "
                        f"({r.as_of_source}).</p>" + "".join(items))
    head = "".join(f'<th class="key"><div>{e(k)}</div></th>' for k in keys)
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
            f"<table><tr><th>policy</th><th>as of</th>{head}</tr>{''.join(rows)}</table>{''.join(sections)}</body></html>\n")
