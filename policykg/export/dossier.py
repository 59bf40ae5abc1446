"""A per-policy dossier for legal research: who publishes it, what it says (with quotes and offsets),
how it fares against PRC law (from ``pkgr:compliance``), and where the text came from.

``build_dossier`` reads the store into frozen records; ``render_markdown``, ``render_html`` and
``render_pdf`` (WeasyPrint, from the HTML) only format them. Policy text is escaped in every format.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from policykg.fonts import has_cjk, warn_missing_cjk_font
from policykg.export.findings_read import StoredFinding, read_findings
from policykg.export.safety import escape_markdown
from policykg.export.lookup import ExportError, PolicyRef, labels, resolve_policy, short_name
from policykg.namespaces import GRAPH, OA, PKG
from policykg.store.base import Store
from policykg.viz.networks import SCALAR_PROPERTIES, VALUE_PROPERTIES, statement_order

__all__ = ["Dossier", "Fact", "finding_groups", "build_dossier", "render_markdown", "render_html", "render_pdf", "write_dossier"]


@dataclass(frozen=True)
class Quote:
    text: str
    start: int | None
    end: int | None

    def where(self) -> str:
        return f"{self.start}\u2013{self.end}" if self.start is not None else "offsets unknown"


@dataclass(frozen=True)
class Fact:
    """One statement of the policy."""

    iri: str
    kind: str  # e.g. "Collection"
    negative: bool
    values: tuple[tuple[str, str, str], ...]  # (relation, label, key)
    scalars: tuple[tuple[str, str], ...]  # (name, value)
    conditions: tuple[tuple[str, Quote | None], ...]  # (condition label, quote)
    quote: Quote | None
    conditional: bool = False  # "only if ...": a possible practice, not one the policy says it does

    @property
    def polarity_word(self) -> str:
        """What goes before the kind: "not " for a denial, "only if: " for a conditional statement."""
        return "not " if self.negative else "only if: " if self.conditional else ""


@dataclass(frozen=True)
class Dossier:
    policy: PolicyRef
    publisher: tuple[tuple[str, str], ...]  # (field, value): legal name, aliases, email, phone
    source: tuple[tuple[str, str], ...]  # (field, value): file, sha256, ingestedAt, extractor version, ...
    facts: tuple[Fact, ...]
    findings: tuple[StoredFinding, ...]
    provision_labels: dict[str, str]


def build_dossier(store: Store, *, policy: str) -> Dossier:
    """Everything the store holds about one policy (selected by docid, file, company or IRI)."""
    ref = resolve_policy(store, policy)
    names = labels(store)
    data = Graph()
    for s, p, o, _ in store.quads(str(GRAPH[f"policy/{ref.docid}"])):
        data.add((s, p, o))
    subject = URIRef(ref.iri)
    company = URIRef(ref.company_iri)
    publisher = [("legal name", ref.company)] if company != subject else []
    for label, prop in (("alias", PKG.alias), ("email", PKG.email), ("phone", PKG.phone)):
        publisher += [(label, str(v)) for v in sorted(data.objects(company, prop))]
    source = [("file", ref.file), ("docid", ref.docid), ("policy IRI", ref.iri)]
    for label, prop in (
        ("title", DCTERMS.title), ("source", DCTERMS.source), ("sha256", PKG.sha256), ("media type", PKG.mediaType),
        ("encoding", PKG.sourceEncoding), ("language", DCTERMS.language), ("stated last update", DCTERMS.modified),
        ("ingested at", PKG.ingestedAt), ("previous version", PKG.previousVersion),
    ):
        source += [(label, str(v)) for v in sorted(data.objects(subject, prop))]
    versions = sorted({str(v) for _, v in data.subject_objects(PKG.extractorVersion)})
    source += [("extractor version", v) for v in versions]
    quotes = _quotes(data)
    statements = sorted(data.objects(subject, PKG.states), key=statement_order)
    facts = tuple(_fact(data, statement, quotes, names) for statement in statements)
    findings = tuple(read_findings(store, policy_iri=ref.iri))
    provisions = {p: names.get(p) or short_name(p) for f in findings for p in f.provisions}
    return Dossier(ref, tuple(publisher), tuple(source), facts, findings, provisions)


def _quotes(data: Graph) -> dict[URIRef, Quote]:
    found: dict[URIRef, Quote] = {}
    for node, annotation in data.subject_objects(PKG.evidence):
        for target in data.objects(annotation, OA.hasTarget):
            text, start, end = "", None, None
            for selector in data.objects(target, OA.hasSelector):
                text = str(next(iter(data.objects(selector, OA.exact)), text) or text)
                start = next((int(v.toPython()) for v in data.objects(selector, OA.start)), start)  # type: ignore[union-attr]
                end = next((int(v.toPython()) for v in data.objects(selector, OA.end)), end)  # type: ignore[union-attr]
            current = found.get(node)  # type: ignore[arg-type]
            if current is None or (start is not None and (current.start is None or start < current.start)):
                found[node] = Quote(text, start, end)  # type: ignore[index]
    return found


def _fact(data: Graph, statement: URIRef, quotes: dict[URIRef, Quote], names: dict[str, str]) -> Fact:
    classes = sorted(short_name(str(c)) for c in data.objects(statement, RDF.type))
    kind = (classes[0] if classes else "Statement").removesuffix("Statement") or "Statement"
    values = tuple(
        (relation, names.get(str(v)) or short_name(str(v)), short_name(str(v)))
        for prop, relation in VALUE_PROPERTIES.items()
        for v in sorted(data.objects(statement, prop))
        if not isinstance(v, Literal)
    )
    scalars = tuple(
        (name, short_name(str(v)) if isinstance(v, URIRef) else str(v))
        for prop, name in SCALAR_PROPERTIES.items()
        for v in sorted(data.objects(statement, prop))
    )
    conditions = []
    for condition in sorted(data.objects(statement, PKG.hasCondition), key=statement_order):
        kinds = [names.get(str(k)) or short_name(str(k)) for k in data.objects(condition, PKG.conditionKind)]
        conditions.append((", ".join(sorted(kinds)) or "condition", quotes.get(condition)))  # type: ignore[arg-type]
    return Fact(
        iri=str(statement), kind=kind, negative=(statement, PKG.hasPolarity, PKG.Negative) in data,
        conditional=(statement, PKG.hasPolarity, PKG.Conditional) in data,
        values=values, scalars=scalars, conditions=tuple(conditions), quote=quotes.get(statement),
    )


# ---------------------------------------------------------------- findings, statute apart from standard

GROUPS = (
    ("law", "Under the law (PIPL, CSL, DSL)",
     "Statutes in force at the policy's date: an adverse verdict here is a contravention or omission of law."),
    ("standard", "Against the recommended standard (GB/T 35273)",
     "A recommended national standard: an adverse verdict here is a deviation from good practice, not a breach of law."),
    ("", "Not applicable", "No source of the requirement was in force at the policy's date, or the practice it governs is absent."),
)
_RANK = {v: n for n, v in enumerate(("contravention", "omission", "review", "met", "not-applicable"))}


def finding_groups(dossier: Dossier) -> list[tuple[str, str, str, list[StoredFinding]]]:
    """(severity, heading, explanation, findings) for each group that has findings, most adverse first."""
    out = []
    for severity, heading, note in GROUPS:
        if severity:
            chosen = [f for f in dossier.findings if f.severity == severity and f.verdict != "not-applicable"]
        else:
            chosen = [f for f in dossier.findings if f.verdict == "not-applicable" or f.severity not in ("law", "standard")]
        if chosen:
            out.append((severity, heading, note, sorted(chosen, key=lambda f: (_RANK.get(f.verdict, 9), f.key))))
    return out


def verdict_counts(dossier: Dossier) -> list[tuple[str, int]]:
    """(verdict as read, count) for the summary line, in order of adversity."""
    counts: dict[str, int] = {}
    for f in sorted(dossier.findings, key=lambda f: (_RANK.get(f.verdict, 9), f.severity != "law")):
        counts[f.label] = counts.get(f.label, 0) + 1
    return list(counts.items())


# ---------------------------------------------------------------- Markdown

def _md(text: str) -> str:
    """Markdown-safe text (``safety.escape_markdown``: HTML escaped, no line breaks, no table breaks)."""
    return escape_markdown(text)


def render_markdown(dossier: Dossier) -> str:
    """The dossier as GitHub-flavoured Markdown."""
    ref = dossier.policy
    lines = [f"# Privacy policy dossier: {_md(ref.company)}", "", f"*{_md(ref.file or ref.docid)}* · docid `{ref.docid}`", ""]
    lines += ["## Publisher", ""] + [f"- **{k}**: {_md(v)}" for k, v in dossier.publisher] + [""]
    if not dossier.publisher:
        lines.insert(-1, "- (no publisher found in the text)")
    lines += ["## Facts", ""]
    for number, fact in enumerate(dossier.facts, start=1):
        head = f"{number}. **{fact.polarity_word}{_md(fact.kind)}**"
        details = [f"{_md(rel)}: {_md(label)} (`{_md(key)}`)" for rel, label, key in fact.values]
        details += [f"{_md(name)}: {_md(value)}" for name, value in fact.scalars]
        lines.append(head + (" — " + "; ".join(details) if details else ""))
        if fact.quote:
            lines.append(f"   > {_md(fact.quote.text)} <sub>[{fact.quote.where()}]</sub>")
        for label, quote in fact.conditions:
            text = f" — {_md(quote.text)} <sub>[{quote.where()}]</sub>" if quote else ""
            lines.append(f"   - condition *{_md(label)}*{text}")
    if not dossier.facts:
        lines.append("(no statements were extracted)")
    lines += ["", "## Compliance findings", ""]
    if not dossier.findings:
        lines.append("No findings stored: run `policykg check` to check this policy against PRC law.")
    else:
        as_of = sorted({f.as_of for f in dossier.findings if f.as_of})
        lines.append(f"Judged as of {', '.join(as_of) or 'unknown'}: " + ", ".join(f"{n} {_md(label)}" for label, n in verdict_counts(dossier)) + ".")
    for _, heading, note, findings in finding_groups(dossier):
        lines += ["", f"### {heading}", "", f"*{note}*", ""]
        for finding in findings:
            provisions = ", ".join(_md(dossier.provision_labels.get(p, p)) for p in finding.statute_provisions)
            if finding.standard_provisions:
                provisions += ("; " if provisions else "") + "standard: " + ", ".join(
                    _md(dossier.provision_labels.get(p, p)) for p in finding.standard_provisions)
            law = f"under {_md(finding.law_label)}" if finding.law else "no source in force"
            lines.append(f"- **{_md(finding.label)}** — `{_md(finding.key)}` {_md(finding.requirement_title)} ({law}"
                         + (f"; {provisions}" if provisions else "") + ")"
                         + (f" — reviewed by {_md(finding.reviewed_by)}" if finding.reviewed_by else ""))
            if finding.reason:
                lines.append(f"  - reason: {_md(finding.reason)}")
            for quote in finding.quotes:
                where = f" <sub>[{quote.start}\u2013{quote.end}]</sub>" if quote.start is not None else ""
                lines.append(f"  > {_md(quote.text)}{where}")
    lines += ["", "## Source and retrieval", "", "| field | value |", "|---|---|"]
    lines += [f"| {k} | {_md(v)} |" for k, v in dossier.source]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML and PDF

_STYLE = """
body { font: 14px/1.45 system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif; max-width: 60em; margin: 2em auto; color: #222; padding: 0 1em; }
blockquote { margin: .3em 0 .3em 1em; padding-left: .8em; border-left: 3px solid #ccc; color: #333; }
.where { color: #777; font-size: 85%; } .note { color: #555; font-style: italic; }
.v { font-weight: 600; } .law-adverse { color: #a00; } .standard-adverse { color: #8a5a00; }
.met { color: #060; } .review { color: #235; } .not-applicable { color: #777; }
.reviewed { font-size: 85%; color: #235; } td.key code { font-size: 85%; }
td.v { overflow-wrap: normal; hyphens: none; font-size: 88%; }
table.findings { width: 100%; table-layout: fixed; } .std { color: #8a5a00; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
td { overflow-wrap: anywhere; }
"""


def render_html(dossier: Dossier) -> str:
    """The dossier as one static HTML page (no scripts, no external resources)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(loader=PackageLoader("policykg.export", "templates"), autoescape=select_autoescape(default=True))
    environment.filters["short"] = short_name
    # the style sheet is ours, not the policy's: marked safe so its quoted font names stay quotes
    return environment.get_template("dossier.html").render(d=dossier, style=Markup(_STYLE), lang=dossier_language(dossier),
                                                           groups=finding_groups(dossier), counts=verdict_counts(dossier),
                                                           as_of=sorted({f.as_of for f in dossier.findings if f.as_of}))


def dossier_language(dossier: Dossier) -> str:
    """The page's ``lang``: the policy's language (its quotes are most of the text), else English."""
    language = dossier.policy.language
    return language if language and language != "und" and _LANGUAGE_TAG.fullmatch(language) else "en"


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def _text_of(dossier: Dossier) -> str:
    """All the policy's own words in the dossier (publisher, quotes, conditions), to see its scripts."""
    parts = [dossier.policy.company] + [value for _, value in dossier.publisher]
    for fact in dossier.facts:
        parts += [fact.quote.text if fact.quote else ""] + [q.text for _, q in fact.conditions if q]
    parts += [q.text for f in dossier.findings for q in f.quotes]
    return "\n".join(parts)


def render_pdf(dossier: Dossier, out: Path) -> Path:
    """The HTML dossier printed to PDF with WeasyPrint; nothing is fetched from the network."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: the Pango libraries are missing
        raise ExportError(
            f"PDF dossiers need WeasyPrint and the Pango libraries ({error}): "
            "pip install 'policykg[pdf]' (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0), "
            "or write the dossier as .html and print it from a browser"
        ) from error

    def refuse(url: str, *args: object, **kwargs: object) -> dict:
        raise ValueError(f"{url}: the dossier loads no external resources")

    if has_cjk(_text_of(dossier)):
        warn_missing_cjk_font(out)
    HTML(string=render_html(dossier), url_fetcher=refuse).write_pdf(out)
    return out


DOSSIER_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def write_dossier(store: Store, out: Path, *, policy: str, output_format: str | None = None,
                  on_progress: Callable[[str, int, int], None] | None = None) -> Dossier:
    """Build the dossier of ``policy`` and write it as Markdown, HTML or PDF (format from the suffix);
    ``on_progress(stage, done, total)`` hears of each step."""
    report = on_progress or (lambda stage, done, total: None)
    chosen = output_format or DOSSIER_FORMATS.get(out.suffix.lower())
    if chosen not in ("markdown", "html", "pdf"):
        raise ValueError(f"{out}: a dossier is written as .md, .html or .pdf (or give --format markdown|html|pdf)")
    report("reading the policy, its facts and findings", 0, 1)
    dossier = build_dossier(store, policy=policy)
    report("reading the policy, its facts and findings", 1, 1)
    if chosen == "pdf":
        report(f"laying out the PDF with WeasyPrint ({len(dossier.facts)} statements)", 0, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    if chosen == "markdown":
        out.write_text(render_markdown(dossier), encoding="utf-8")
    elif chosen == "html":
        out.write_text(render_html(dossier), encoding="utf-8")
    else:
        render_pdf(dossier, out)
        report(f"laying out the PDF with WeasyPrint ({len(dossier.facts)} statements)", 1, 1)
    return dossier

