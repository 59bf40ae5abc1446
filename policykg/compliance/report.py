"""Write a compliance report per policy and requirement, as Markdown, HTML or JSON.

Each row names the requirement, the status (pass / fail / not-stated), whether it is a contravention
or an omission, the provisions with their labels, and the quoted evidence with character offsets, so a
lawyer can check every claim against the policy text.
"""
from __future__ import annotations

import json
from collections import defaultdict

from jinja2 import Environment

from policykg.compliance.check import CheckResult
from policykg.compliance.findings import Finding
from policykg.export.safety import escape_markdown
from policykg.namespaces import LAW, sparql_prefixes
from policykg.store.base import Store

REPORT_FORMATS = ("md", "html", "json")
KIND_LABEL = {"pass": "conforms", "fail": "contravention", "not-stated": "omission"}
_ORDER = {"fail": 0, "not-stated": 1, "pass": 2}


def provision_labels(store: Store) -> dict[str, str]:
    """English labels of law provisions from the ontology graph (empty if it is not loaded)."""
    rows = store.select(sparql_prefixes() + """
        SELECT ?p (SAMPLE(?l) AS ?label) WHERE {
          ?p rdfs:label ?l . FILTER(STRSTARTS(STR(?p), STR(law:)) && (LANG(?l) = "en" || LANG(?l) = ""))
        } GROUP BY ?p""")
    return {str(r["p"]): str(r["label"]) for r in rows if "label" in r}


def provision_name(iri: str, labels: dict[str, str]) -> str:
    """``PIPL art. 23`` from the ontology, else the short IRI form ``law:PIPL/art23``."""
    if iri in labels:
        return labels[iri]
    return "law:" + iri[len(str(LAW)):] if iri.startswith(str(LAW)) else iri


def _detail(finding: Finding) -> str:
    detail = finding.detail or ""
    return detail.rsplit("/", 1)[-1] if detail.startswith("https://w3id.org/policykg/vocab/") else detail


def report_data(result: CheckResult, *, labels: dict[str, str] | None = None) -> dict:
    """The report as plain data (what the JSON format writes and the other formats render)."""
    labels = labels or {}
    by_policy: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        by_policy[finding.policy].append(finding)
    policies = []
    for info in result.policies:
        items = sorted(by_policy.get(info.iri, []), key=lambda f: (_ORDER[f.status], f.requirement.name, _detail(f)))
        policies.append({
            "policy": info.iri,
            "docid": info.docid,
            "company": info.company,
            "file": info.file,
            "counts": {s: sum(1 for f in items if f.status == s) for s in ("fail", "not-stated", "pass")},
            "findings": [
                {
                    "requirement": f.requirement.name,
                    "title": f.requirement.title,
                    "question": f.requirement.question,
                    "status": f.status,
                    "kind": KIND_LABEL[f.status],
                    "detail": _detail(f),
                    "provisions": [{"iri": p, "label": provision_name(p, labels)} for p in f.provisions],
                    "evidence": [
                        {"quote": e.quote, "start": e.start, "end": e.end, "annotation": e.annotation} for e in f.evidence
                    ],
                }
                for f in items
            ],
        })
    return {"format": "policykg-compliance/1", "checked_at": result.checked_at, "run": result.run,
            "counts": result.counts(), "policies": policies}


def render_report(result: CheckResult, *, fmt: str = "md", labels: dict[str, str] | None = None) -> str:
    """The report text in one of REPORT_FORMATS."""
    if fmt not in REPORT_FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(REPORT_FORMATS)}")
    data = report_data(result, labels=labels)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    template = _HTML if fmt == "html" else _MARKDOWN
    env = Environment(autoescape=(fmt == "html"), trim_blocks=True, lstrip_blocks=True)
    # Markdown passes raw HTML through, so policy text is HTML-escaped there too.
    env.filters["cell"] = escape_markdown  # the one Markdown escaper (policykg.export.safety)
    return env.from_string(template).render(**data)


_MARKDOWN = """# Compliance report

Checked {{ checked_at }}: {{ counts['fail'] }} contraventions, {{ counts['not-stated'] }} omissions, {{ counts['pass'] }} passes.

{% for p in policies %}
## {{ (p.company or "(unknown company)") | cell }} — {{ (p.file or p.docid) | cell }}

Policy `{{ p.policy }}`: {{ p.counts['fail'] }} fail, {{ p.counts['not-stated'] }} not stated, {{ p.counts['pass'] }} pass.

| requirement | status | finding | provisions | evidence |
|---|---|---|---|---|
{% for f in p.findings %}
| {{ f.title | cell }} | **{{ f.status }}** | {{ f.kind }}{% if f.detail %}: {{ f.detail | cell }}{% endif %} | {% for v in f.provisions %}{{ v.label | cell }}{% if not loop.last %}; {% endif %}{% endfor %} | {% for e in f.evidence %}"{{ e.quote | cell }}"{% if e.start is not none %} [{{ e.start }}–{{ e.end }}]{% endif %}{% if not loop.last %}<br>{% endif %}{% endfor %} |
{% endfor %}

{% endfor %}
"""

_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policykg compliance report</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}
td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
.fail{background:#fde2e1}.not-stated{background:#fff4d6}.pass{background:#e6f4ea}
blockquote{margin:0;font-style:italic}
</style></head><body>
<h1>Compliance report</h1>
<p>Checked {{ checked_at }}: {{ counts['fail'] }} contraventions, {{ counts['not-stated'] }} omissions, {{ counts['pass'] }} passes.</p>
{% for p in policies %}
<h2>{{ p.company or "(unknown company)" }} — {{ p.file or p.docid }}</h2>
<p><code>{{ p.policy }}</code></p>
<table><tr><th>requirement</th><th>status</th><th>finding</th><th>provisions</th><th>evidence</th></tr>
{% for f in p.findings %}
<tr class="{{ f.status }}"><td title="{{ f.question }}">{{ f.title }}</td><td>{{ f.status }}</td>
<td>{{ f.kind }}{% if f.detail %}: {{ f.detail }}{% endif %}</td>
<td>{% for v in f.provisions %}<span title="{{ v.iri }}">{{ v.label }}</span>{% if not loop.last %}; {% endif %}{% endfor %}</td>
<td>{% for e in f.evidence %}<blockquote>“{{ e.quote }}”{% if e.start is not none %} <small>[{{ e.start }}–{{ e.end }}]</small>{% endif %}</blockquote>{% endfor %}</td></tr>
{% endfor %}
</table>
{% endfor %}
</body></html>
"""
