"""Server-side rendering of the workbench pages (Jinja2, autoescaped: policy text is only ever text)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from policykg.workbench.findings import VERDICTS
from policykg.workbench.labels import local_name
from policykg.workbench.policy_data import SCHEME_OF_FIELD

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
)
ENV = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True)
ENV.globals.update(verdicts=VERDICTS, local_name=local_name)
LANG_NAMES = {"zh": "Chinese", "en": "English", "az": "Azerbaijani", "ru": "Russian", "es": "Spanish"}
ENV.globals["lang_name"] = lambda code: LANG_NAMES.get(code, code)
LAW_BASE = "https://w3id.org/policykg/law/"


def is_standard(provision: str) -> bool:
    """GB/T 35273 (a recommended national standard) as against statutes (PIPL, CSL, DSL): the same
    rule ``policykg check`` applies (``compliance/model.py``), so the pages keep the two apart."""
    return provision.startswith(LAW_BASE) and provision[len(LAW_BASE):].startswith("GBT")


def split_provisions(provisions: list[str]) -> tuple[list[str], list[str]]:
    """(statute provisions, standard provisions)."""
    return [p for p in provisions if not is_standard(p)], [p for p in provisions if is_standard(p)]


def when(created: str | None) -> str:
    """``2026-12-06T09:48:06+00:00`` -> ``2026-12-06 09:48 UTC`` (reviews are stored in UTC)."""
    text = str(created or "")
    if len(text) >= 16 and text[10] == "T":
        return f"{text[:10]} {text[11:16]} UTC"
    return text


def source_name(iri: str) -> str:
    """The short name of a law or standard edition: ``.../law/GBT35273-2020`` -> ``GB/T 35273-2020``."""
    name = iri[len(LAW_BASE):] if iri.startswith(LAW_BASE) else local_name(iri)
    if name.startswith("GBT"):
        return "GB/T " + name[3:]
    return name.replace("-", " ", 1) if name.startswith("CSL-") else name


def kind_name(kind: str) -> str:
    """``CollectionStatement`` -> ``Collection``; ``DisclosureCondition`` -> ``Disclosure condition``."""
    import re

    words = re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", kind) or [kind]
    if len(words) > 1 and words[-1] == "Statement":
        words = words[:-1]
    return " ".join([words[0], *(w.lower() for w in words[1:])])


ENV.globals["kind_name"] = kind_name
ENV.globals["split_provisions"] = split_provisions
ENV.globals["source_name"] = source_name
ENV.filters["when"] = when


@dataclass
class Segment:
    text: str
    spans: list[int]


def segments(text: str, spans: list[tuple[int, int]]) -> list[Segment]:
    """The text cut at every span boundary; each piece lists the spans covering it (code points)."""
    cuts = {0, len(text)}
    for start, end in spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    ordered = sorted(cuts)
    out = []
    for a, b in zip(ordered, ordered[1:]):
        covering = [n for n, (s, e) in enumerate(spans) if s <= a and e >= b and s < e]
        out.append(Segment(text[a:b], covering))
    return out


REQUIREMENT = "https://w3id.org/policykg/id/requirement/"


def requirement_label(bench, key: str) -> str:
    """The checklist's own English name of a requirement (its key when the ontology has none)."""
    label = bench.labels.label(REQUIREMENT + key)
    return key if label == key else label


def corpus(page, *, session, bench) -> str:
    return ENV.get_template("corpus.html").render(page=page, session=session, bench=bench, title="Policies",
                                                  req_label=lambda key: requirement_label(bench, key))


def reader(view, index, *, session, bench) -> str:
    spans: list[tuple[int, int]] = []
    span_ids: dict[tuple[int, int], int] = {}

    def span_of(start, end) -> int | None:
        if start is None or end is None or end <= start:
            return None
        key = (start, end)
        if key not in span_ids:
            span_ids[key] = len(spans)
            spans.append(key)
        return span_ids[key]

    fact_spans = {fact.iri: span_of(fact.start, fact.end) for fact in view.facts}
    finding_spans = {f.iri: [s for s in (span_of(q.start, q.end) for q in f.quotes) if s is not None] for f in view.findings}
    publisher_span = span_of(view.publisher_quote[1], view.publisher_quote[2]) if view.publisher_quote else None
    by_kind: dict[str, list] = defaultdict(list)
    for fact in view.facts:
        by_kind[fact.kind].append(fact)
    concept_options = {field: bench.labels.concepts_in(prefix) for field, prefix in SCHEME_OF_FIELD.items()} if session else {}
    return ENV.get_template("reader.html").render(
        view=view, index=index, segments=segments(view.text, spans), fact_spans=fact_spans, finding_spans=finding_spans,
        publisher_span=publisher_span, by_kind=sorted(by_kind.items()), session=session, bench=bench,
        concept_options=concept_options, title=view.company or view.file, labels=bench.labels,
        req_label=lambda key: requirement_label(bench, key))


def compare(va, ea, vb, eb, *, bench) -> str:
    fields = sorted(set(ea) | set(eb))
    rows = []
    for field in fields:
        a_values, b_values = ea.get(field, {}), eb.get(field, {})
        for value in sorted(set(a_values) | set(b_values), key=lambda v: bench.labels.label(v) if v.startswith("http") else v):
            status = "both" if value in a_values and value in b_values else ("dropped" if value in a_values else "added")  # A -> B
            rows.append({"field": field, "value": value, "label": bench.labels.label(value) if value.startswith("http") else value,
                         "status": status, "a": a_values.get(value), "b": b_values.get(value)})
    by_key_a = _findings_by_key(va.findings)
    by_key_b = _findings_by_key(vb.findings)
    requirements = []
    for key in sorted(set(by_key_a) | set(by_key_b)):
        fa, fb = by_key_a.get(key, []), by_key_b.get(key, [])
        verdict_a = _worst(fa)
        verdict_b = _worst(fb)
        requirements.append({"key": key, "a": fa, "b": fb, "verdict_a": verdict_a, "verdict_b": verdict_b,
                             "same": verdict_a == verdict_b})
    return ENV.get_template("compare.html").render(va=va, vb=vb, rows=rows, requirements=requirements, bench=bench,
                                                   title="Compare", labels=bench.labels,
                                                   req_label=lambda key: requirement_label(bench, key))


def _findings_by_key(findings) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for finding in findings:
        out[finding.key].append(finding)
    return out


def _worst(findings) -> str | None:
    order = {v: n for n, v in enumerate(VERDICTS)}
    return min((f.verdict for f in findings), key=lambda v: order.get(v, 9), default=None)


def reviews(rows, *, bench, session, policies=None) -> str:
    """``policies``: docid -> its corpus row (publisher, language), for the policy column and ``lang``."""
    return ENV.get_template("reviews.html").render(rows=rows, bench=bench, session=session, title="Reviews",
                                                   policies=policies or {})


def sign_in(*, bench, error, next_url, name="") -> str:
    return ENV.get_template("sign_in.html").render(bench=bench, error=error, next_url=next_url, name=name, title="Sign in")


def error(status: int, message: str, *, bench) -> str:
    return ENV.get_template("error.html").render(status=status, message=message, bench=bench, title=f"Error {status}")


def compare_picker(view, same, *, bench) -> str:
    return ENV.get_template("compare_pick.html").render(view=view, same=same, bench=bench, title="Compare")
