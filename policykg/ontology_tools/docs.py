"""Write a browsable page of the ontology: classes, properties, vocabularies, laws, every provision.

The page is for lawyers and engineers alike, so it lists every provision with its number, edition,
in-force date, verification flag and our paraphrase, and the condition-to-provision table that the
compliance checks reason with. The data is collected once into frozen records, then rendered as HTML
(Jinja2, autoescaped) or Markdown (escaped by hand).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from policykg.namespaces import LAW, PKG, SKOS, VOCAB, sparql_prefixes
from policykg.ontology.loader import load_ontology, load_shapes

__all__ = ["DocsError", "Check", "OntologyDocs", "collect_docs", "write_docs", "render_markdown", "render_html"]

FORMATS = ("html", "md")


class DocsError(Exception):
    """The documentation cannot be written; the message names the path or format."""


@dataclass(frozen=True)
class Term:
    iri: str
    name: str  # prefixed name
    kind: str  # class / object property / datatype property / annotation property / concept
    labels: tuple[tuple[str, str], ...]  # (language, text)
    comment: str
    extra: tuple[tuple[str, str], ...] = ()  # (heading, value) e.g. subclass of, domain, range


@dataclass(frozen=True)
class Scheme:
    iri: str
    name: str
    concepts: tuple[Term, ...]


@dataclass(frozen=True)
class Provision:
    iri: str
    label: str
    label_zh: str
    number: str
    edition: str
    in_force: str
    verified: bool
    topic: str
    comment: str
    depth: int


@dataclass(frozen=True)
class Law:
    iri: str
    label: str
    label_zh: str
    key: str
    edition: str
    in_force: str
    verified: bool
    comment: str
    provisions: tuple[Provision, ...]


@dataclass(frozen=True)
class ConditionRow:
    key: str
    iri: str
    sharing: tuple[str, ...]
    collection: tuple[str, ...]
    bases: tuple[str, ...]
    consent_under: tuple[str, ...]
    no_basis: tuple[str, ...]


@dataclass(frozen=True)
class Check:
    """One SHACL constraint with a message, as a lawyer would read it."""

    name: str
    severity: str
    message_en: str
    message_zh: str
    cites: tuple[str, ...]


@dataclass(frozen=True)
class OntologyDocs:
    version: str
    classes: tuple[Term, ...]
    properties: tuple[Term, ...]
    schemes: tuple[Scheme, ...]
    laws: tuple[Law, ...]
    conditions: tuple[ConditionRow, ...]
    checks: tuple[Check, ...] = ()

    @property
    def provision_count(self) -> int:
        return sum(len(law.provisions) for law in self.laws)


def _text(graph: Graph, subject, predicate, lang: str | None = "en") -> str:
    values = [o for o in graph.objects(subject, predicate) if isinstance(o, Literal)]
    for value in values:
        if lang is None or value.language == lang:
            return str(value)
    return str(values[0]) if values and lang == "en" else ""


def _labels(graph: Graph, subject) -> tuple[tuple[str, str], ...]:
    found = {(o.language or "", str(o)) for p in (RDFS.label, SKOS.prefLabel) for o in graph.objects(subject, p) if isinstance(o, Literal)}
    return tuple(sorted(found))


def _name(graph: Graph, iri) -> str:
    try:
        return graph.namespace_manager.normalizeUri(iri)
    except Exception:  # rdflib raises on IRIs it cannot shorten
        return str(iri)


def _short(iri: str) -> str:
    return iri.replace(str(LAW), "law:").replace("https://w3id.org/dpv/legal/eu/gdpr#", "gdpr:")


def _terms(graph: Graph) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
    kinds = {OWL.Class: "class", OWL.ObjectProperty: "object property", OWL.DatatypeProperty: "datatype property",
             OWL.AnnotationProperty: "annotation property"}
    classes, properties = [], []
    for rdf_type, kind in kinds.items():
        for subject in sorted(set(graph.subjects(RDF.type, rdf_type)), key=str):
            if not isinstance(subject, URIRef) or not str(subject).startswith(str(PKG)):
                continue
            extra = []
            for heading, predicate in (("subclass of", RDFS.subClassOf), ("domain", RDFS.domain), ("range", RDFS.range)):
                values = [_name(graph, o) for o in graph.objects(subject, predicate) if isinstance(o, URIRef)]
                if values:
                    extra.append((heading, ", ".join(sorted(values))))
            term = Term(str(subject), _name(graph, subject), kind, _labels(graph, subject),
                        _text(graph, subject, RDFS.comment), tuple(extra))
            (classes if kind == "class" else properties).append(term)
    return tuple(classes), tuple(properties)


def _schemes(graph: Graph) -> tuple[Scheme, ...]:
    members: dict[str, list] = defaultdict(list)
    for concept, scheme in graph.subject_objects(SKOS.inScheme):
        members[str(scheme)].append(concept)
    schemes = []
    for scheme in sorted(members):
        concepts = tuple(
            Term(str(c), _text(graph, c, SKOS.notation, None) or str(c).rsplit("/", 1)[-1], "concept",
                 _labels(graph, c), _text(graph, c, SKOS.definition))
            for c in sorted(members[scheme], key=str))
        schemes.append(Scheme(scheme, _name(graph, URIRef(scheme)), concepts))
    return tuple(schemes)


def _laws(graph: Graph) -> tuple[Law, ...]:
    children: dict = defaultdict(list)
    for child, parent in graph.subject_objects(PKG.partOf):
        children[parent].append(child)

    def walk(node, depth: int, out: list[Provision]) -> None:
        for child in sorted(children.get(node, []), key=lambda c: _sort_key(str(c))):
            out.append(Provision(
                str(child), _text(graph, child, RDFS.label), _text(graph, child, RDFS.label, "zh"),
                _text(graph, child, PKG.number, None), _text(graph, child, PKG.edition, None),
                _text(graph, child, PKG.inForceFrom, None), graph.value(child, PKG.verified) == Literal(True),
                _text(graph, child, PKG.topic, None), _text(graph, child, RDFS.comment), depth))
            walk(child, depth + 1, out)

    laws = []
    for law in sorted(set(graph.subjects(RDF.type, PKG.Law)), key=str):
        provisions: list[Provision] = []
        walk(law, 0, provisions)
        laws.append(Law(str(law), _text(graph, law, RDFS.label), _text(graph, law, RDFS.label, "zh"),
                        _text(graph, law, PKG.lawKey, None), _text(graph, law, PKG.edition, None),
                        _text(graph, law, PKG.inForceFrom, None), graph.value(law, PKG.verified) != Literal(False),
                        _text(graph, law, RDFS.comment), tuple(provisions)))
    return tuple(laws)


def _sort_key(iri: str) -> list:
    """Natural order: art2 before art13, s5.4 before s5.10."""
    import re

    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", iri)]


def _conditions(graph: Graph) -> tuple[ConditionRow, ...]:
    query = resources.files("policykg.queries").joinpath("catalogue/condition-provisions.rq").read_text(encoding="utf-8")
    rows = []
    for row in graph.query(sparql_prefixes() + query):
        def split(value) -> tuple[str, ...]:
            return tuple(sorted((_short(v) for v in str(value or "").split()), key=_sort_key))

        rows.append(ConditionRow(str(row.key), str(row.condition), split(row.sharingProvisions), split(row.collectionProvisions),
                                 split(row.legalBases), split(row.consentRequiredUnder), split(row.noBasisIn)))
    return tuple(rows)


def _checks(shapes: Graph) -> tuple[Check, ...]:
    """Every shape or constraint that carries a message; anonymous ones are named after their shape."""
    checks = []
    for node in set(shapes.subjects(SH.message, None)):
        owner = node
        while isinstance(owner, BNode) and (parent := shapes.value(predicate=SH.sparql, object=owner) or
                                            shapes.value(predicate=SH.property, object=owner)) is not None:
            owner = parent
        severity = shapes.value(node, SH.severity) or shapes.value(owner, SH.severity) or SH.Violation
        cites = set(shapes.objects(node, RDFS.seeAlso)) or set(shapes.objects(owner, RDFS.seeAlso))
        name = _name(shapes, owner) if isinstance(owner, URIRef) else "(anonymous)"
        checks.append(Check(name, str(severity).rsplit("#", 1)[-1], _text(shapes, node, SH.message),
                            _text(shapes, node, SH.message, "zh"), tuple(sorted((_short(str(c)) for c in cites), key=_sort_key))))
    return tuple(sorted(checks, key=lambda c: (c.name, c.message_en)))


def collect_docs(graph: Graph | None = None, *, shapes: Graph | None = None) -> OntologyDocs:
    """Gather everything the page shows from ``graph`` (default: the shipped ontology) and the shapes."""
    graph = graph if graph is not None else load_ontology(include_shapes=False)
    shapes = shapes if shapes is not None else load_shapes()
    classes, properties = _terms(graph)
    version = _text(graph, URIRef(str(PKG)[:-1]), OWL.versionInfo, None)
    return OntologyDocs(version, classes, properties, _schemes(graph), _laws(graph), _conditions(graph), _checks(shapes))


def render_html(docs: OntologyDocs) -> str:
    """The page as standalone HTML with a table of contents; every text is escaped by Jinja2."""
    env = Environment(loader=PackageLoader("policykg.ontology_tools", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["short"] = _short
    return env.get_template("ontology-docs.html").render(docs=docs, vocab=str(VOCAB))


def _md(text: str) -> str:
    """Escape text for a Markdown table cell or line (the one escaper: ``policykg.export.safety``)."""
    from policykg.export.safety import escape_markdown

    return escape_markdown(text)


def render_markdown(docs: OntologyDocs) -> str:
    """The same content as Markdown, one table per section."""
    lines = [f"# policykg ontology {docs.version}", "",
             "Contents: [Classes](#classes) · [Properties](#properties) · [Vocabularies](#vocabularies) · "
             "[Laws and provisions](#laws-and-provisions) · [Disclosure conditions](#disclosure-conditions) · "
             "[Checks](#checks)", ""]
    lines += ["## Classes", "", "| class | labels | description | axioms |", "|---|---|---|---|"]
    for t in docs.classes:
        lines.append(f"| `{t.name}` | {_md('; '.join(f'{v}@{k}' for k, v in t.labels))} | {_md(t.comment)} | "
                     f"{_md('; '.join(f'{h}: {v}' for h, v in t.extra))} |")
    lines += ["", "## Properties", "", "| property | kind | description | axioms |", "|---|---|---|---|"]
    for t in docs.properties:
        lines.append(f"| `{t.name}` | {t.kind} | {_md(t.comment)} | {_md('; '.join(f'{h}: {v}' for h, v in t.extra))} |")
    lines += ["", "## Vocabularies", ""]
    for scheme in docs.schemes:
        lines += [f"### {_md(scheme.name)}", "", "| key | labels | definition |", "|---|---|---|"]
        for c in scheme.concepts:
            lines.append(f"| `{c.name}` | {_md('; '.join(f'{v}@{k}' for k, v in c.labels))} | {_md(c.comment)} |")
        lines.append("")
    lines += ["## Laws and provisions", ""]
    for law in docs.laws:
        lines += [f"### {_md(law.label)} ({_md(law.label_zh)})", "",
                  f"`{law.iri}` · key `{law.key or '-'}` · edition {law.edition or '-'} · in force {law.in_force or '-'}"
                  + ("" if law.verified else " · **unverified**"), "", _md(law.comment), ""]
        if law.provisions:
            lines += ["| provision | number | edition | in force | verified | topic | paraphrase |", "|---|---|---|---|---|---|---|"]
            for p in law.provisions:
                lines.append(f"| `{_short(p.iri)}` | {_md(p.number)} | {p.edition} | {p.in_force} | {'yes' if p.verified else '**no**'} | "
                             f"{_md(p.topic)} | {_md(p.comment)} |")
            lines.append("")
    lines += ["## Disclosure conditions", "",
              "| condition | sharing without consent | collection and use only | PIPL 13 basis | consent needed under | no basis in |",
              "|---|---|---|---|---|---|"]
    for row in docs.conditions:
        cells = [", ".join(f"`{v}`" for v in values) or "none" for values in
                 (row.sharing, row.collection, row.bases, row.consent_under, row.no_basis)]
        lines.append(f"| `{row.key}` | " + " | ".join(cells) + " |")
    lines += ["", "## Checks", "", "| shape | severity | message | 信息 | provisions |", "|---|---|---|---|---|"]
    for check in docs.checks:
        lines.append(f"| `{check.name}` | {check.severity} | {_md(check.message_en)} | {_md(check.message_zh)} | "
                     + ", ".join(f"`{c}`" for c in check.cites) + " |")
    return "\n".join(lines) + "\n"


def write_docs(out: Path, *, fmt: str = "html", graph: Graph | None = None) -> Path:
    """Write the documentation page to ``out`` (a file; parent folders are created) and return it.

    Example: ``write_docs(Path("site/ontology.html"))`` or ``write_docs(Path("ONTOLOGY.md"), fmt="md")``.
    """
    if fmt not in FORMATS:
        raise DocsError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    docs = collect_docs(graph)
    text = render_html(docs) if fmt == "html" else render_markdown(docs)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise DocsError(f"{out}: cannot write ({error.strerror}); choose a writable path with --out") from error
    return out
