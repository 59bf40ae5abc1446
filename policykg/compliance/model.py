"""The requirement model, read from the ontology: the 21 policy-findings/1 keys, their provisions and
the dates their sources are in force.

``ontology/requirements/*.ttl`` says, per requirement, its key, family, adverse verdict, optional
fixed severity and every provision it rests on (in all sources and editions). The laws'
``pkg:inForceFrom`` / ``pkg:inForceUntil`` decide which of those provisions bind at a given date:
``Requirement.at(date)`` returns the provisions in force, the act or edition applied and the severity
(``law`` for a statute, ``standard`` for GB/T 35273).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from policykg.namespaces import LAW, PKG

STATUTE_PRIORITY = ("PIPL", "CSL-2016", "CSL-2025", "DSL", "NDSMR-2024")


@dataclass(frozen=True)
class Source:
    """A law or standard edition and when it applies."""

    iri: str
    label: str
    start: date | None
    end: date | None

    @property
    def is_standard(self) -> bool:
        return self.iri.rsplit("/", 1)[-1].startswith("GBT")

    def in_force(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Applied:
    """What a requirement means at one date."""

    provisions: tuple[str, ...]
    source: Source | None  # the act or edition the verdict is reached under
    severity: str  # law | standard

    @property
    def applicable(self) -> bool:
        return self.source is not None


@dataclass(frozen=True)
class Requirement:
    key: str
    iri: str
    family: str
    title: str
    title_zh: str
    description: str
    adverse: str
    fixed_severity: str | None
    provisions: tuple[tuple[str, Source], ...]  # (provision IRI, its source)

    def at(self, when: date) -> Applied:
        """The provisions in force at ``when``; the statute applied if any, else the standard edition."""
        live = [(p, s) for p, s in self.provisions if s.in_force(when)]
        if not live:
            return Applied((), None, self.fixed_severity or "law")
        statutes = [s for _, s in live if not s.is_standard]
        standards = [s for _, s in live if s.is_standard]
        if self.fixed_severity == "standard" and standards:
            source, severity = standards[0], "standard"
        elif statutes:
            statutes.sort(key=lambda s: _priority(s.iri))
            source, severity = statutes[0], "law"
        else:
            source, severity = standards[0], "standard"
        return Applied(tuple(p for p, _ in live), source, severity)


def _priority(iri: str) -> int:
    name = iri.rsplit("/", 1)[-1]
    return STATUTE_PRIORITY.index(name) if name in STATUTE_PRIORITY else len(STATUTE_PRIORITY)


def _date(value) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _label(graph: Graph, node: URIRef, lang: str = "en") -> str:
    for label in graph.objects(node, RDFS.label):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return str(node).rsplit("/", 1)[-1]


def _law_of(graph: Graph, provision: URIRef) -> URIRef:
    node, seen = provision, set()
    while (node, RDF.type, PKG.Law) not in graph and node not in seen:
        seen.add(node)
        parent = graph.value(node, PKG.partOf)
        if parent is None:
            break
        node = parent
    return node


def requirements_from(graph: Graph) -> dict[str, Requirement]:
    """Every ``pkg:Requirement`` with a ``pkg:requirementKey`` in ``graph``, by key."""
    sources: dict[URIRef, Source] = {}

    def source(law: URIRef) -> Source:
        if law not in sources:
            sources[law] = Source(str(law), _label(graph, law), _date(graph.value(law, PKG.inForceFrom)),
                                  _date(graph.value(law, PKG.inForceUntil)))
        return sources[law]

    out: dict[str, Requirement] = {}
    for node in graph.subjects(RDF.type, PKG.Requirement):
        key = graph.value(node, PKG.requirementKey)
        if key is None:
            continue
        provisions = tuple(sorted(
            ((str(p), source(_law_of(graph, p))) for p in graph.objects(node, PKG.citesProvision)),
            key=lambda x: x[0]))
        severity = graph.value(node, PKG.severity)
        out[str(key)] = Requirement(
            key=str(key), iri=str(node), family=str(graph.value(node, PKG.requirementFamily) or ""),
            title=_label(graph, node), title_zh=_label(graph, node, "zh"),
            description=str(graph.value(node, RDFS.comment) or ""),
            adverse=str(graph.value(node, PKG.adverseVerdict) or "omission"),
            fixed_severity=str(severity) if severity else None, provisions=provisions,
        )
    return dict(sorted(out.items(), key=lambda kv: ORDER.index(kv[0]) if kv[0] in ORDER else 99))


ORDER = (
    "handler-identity", "processing-scope", "retention-period", "rights-exercise", "pi-officer",
    "policy-changes", "consent-by-use", "bundled-consent", "legal-basis", "sharing-separate-consent",
    "public-disclosure", "gbt-sharing-exceptions", "sensitive-pi-consent", "minors", "automated-decision",
    "cross-border-mechanism", "cross-border-consent", "overseas-representative", "security-measures",
    "incident-notification", "de-identified-data",
)


@lru_cache(maxsize=1)
def packaged_requirements() -> dict[str, Requirement]:
    """The requirement model as shipped (ontology without shapes)."""
    from policykg.ontology.loader import load_ontology

    return requirements_from(load_ontology(include_shapes=False))


def provision_label(iri: str, graph_labels: dict[str, str] | None = None) -> str:
    if graph_labels and iri in graph_labels:
        return graph_labels[iri]
    return iri[len(str(LAW)):] if iri.startswith(str(LAW)) else iri
