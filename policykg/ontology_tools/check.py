"""Check the shipped ontology: OWL 2 DL consistency with HermiT, and SHACL on the shapes and the data.

Three independent checks, so one failure does not hide another:
1. HermiT (through owlready2, Java 17) on core + vocabularies + law, without the SHACL files (the SHACL
   vocabulary is not OWL 2 DL). The ontology must be consistent with no unsatisfiable class.
2. The shapes graph against the W3C SHACL-for-SHACL shapes, so a malformed shape fails here rather than
   silently validating nothing later.
3. The shapes on the ontology itself (every provision has a number, parent, date; every law a key).
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SH

from policykg.namespaces import PKG, SKOS
from policykg.ontology.loader import load_ontology, load_shapes

__all__ = ["OntologyCheckError", "OntologyReport", "check_ontology", "run_reasoner", "validate_shapes_graph", "validate_ontology_data"]


class OntologyCheckError(Exception):
    """A check could not run at all (no Java, owlready2 missing); the message says what to install."""


@dataclass(frozen=True)
class ReasonerResult:
    consistent: bool
    unsatisfiable: tuple[str, ...]
    message: str = ""


@dataclass(frozen=True)
class OntologyReport:
    """What ``policykg ontology check`` found; ``ok`` is the exit-code decision."""

    consistent: bool
    unsatisfiable: tuple[str, ...]
    shacl_conforms: bool  # the shapes graph is valid SHACL
    data_conforms: bool  # the ontology's own data satisfies the shapes
    messages: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable and self.shacl_conforms and self.data_conforms

    def summary(self) -> str:
        """A few lines for a terminal."""
        lines = [
            "ontology: " + ", ".join(f"{v} {k}" for k, v in self.counts.items()),
            f"OWL 2 DL (HermiT): {'consistent' if self.consistent else 'INCONSISTENT'}, "
            f"{len(self.unsatisfiable)} unsatisfiable classes",
            f"shapes graph valid SHACL: {'yes' if self.shacl_conforms else 'NO'}",
            f"ontology data conforms to shapes: {'yes' if self.data_conforms else 'NO'}",
        ]
        lines += [f"  unsatisfiable: {iri}" for iri in self.unsatisfiable]
        lines += [f"  {m}" for m in self.messages]
        lines.append("OK" if self.ok else "FAILED")
        return "\n".join(lines)


def run_reasoner(graph: Graph) -> ReasonerResult:
    """Classify ``graph`` with HermiT in a fresh owlready2 World; report consistency and unsatisfiable classes.

    xsd:date and xsd:duration are outside the OWL 2 datatype map, so HermiT is told to ignore
    unsupported datatypes (the ontology declares no ranges with them; SHACL checks those values).
    """
    try:
        import owlready2
    except ImportError as error:
        raise OntologyCheckError("owlready2 is not installed: pip install 'owlready2>=0.47'") from error
    with tempfile.TemporaryDirectory(prefix="policykg-owl-") as tmp:
        path = Path(tmp) / "ontology.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        try:
            world.get_ontology(path.as_uri()).load()
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError as error:
            return ReasonerResult(False, (), f"HermiT: the ontology is inconsistent ({str(error)[:300]})")
        except FileNotFoundError as error:
            raise OntologyCheckError(f"cannot start Java for HermiT ({error}): install a Java 11+ runtime") from error
        except owlready2.OwlReadyJavaError as error:
            raise OntologyCheckError(f"HermiT failed: {str(error)[:800]}") from error
        unsat = tuple(sorted(c.iri for c in world.inconsistent_classes() if c.iri != str(OWL.Nothing)))
        world.close()
    return ReasonerResult(True, unsat)


def validate_shapes_graph(shapes: Graph) -> tuple[bool, str]:
    """Validate the shapes against SHACL-for-SHACL (pyshacl ships the W3C shapes)."""
    from pyshacl.entrypoints import meta_validate

    conforms, _, text = meta_validate(shapes, inference="none")
    return bool(conforms), str(text)


def validate_ontology_data(ontology: Graph, shapes: Graph) -> tuple[bool, list[str]]:
    """Run the shapes over the ontology's own data; returns (conforms, one message per result)."""
    from pyshacl import validate

    conforms, results, _ = validate(ontology, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=False)
    messages = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        message = next((m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal) and m.language in (None, "en")), None)
        messages.append(f"{focus}: {message or results.value(result, SH.sourceConstraintComponent)}")
    return bool(conforms), sorted(messages)


def _counts(graph: Graph) -> dict[str, int]:
    def count(cls) -> int:
        return len({s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)})

    return {
        "classes": count(OWL.Class),
        "properties": count(OWL.ObjectProperty) + count(OWL.DatatypeProperty),
        "concepts": count(SKOS.Concept),
        "laws": count(PKG.Law),
        "provisions": count(PKG.Provision),
        "shapes": count(SH.NodeShape) + count(SH.PropertyShape),
        "triples": len(graph),
    }


def check_ontology() -> OntologyReport:
    """Run all three checks over the installed ontology files.

    Example: ``check_ontology().ok`` is True for a release; ``.summary()`` prints the findings.
    """
    ontology = load_ontology(include_shapes=False)
    shapes = load_shapes()
    reasoner = run_reasoner(ontology)
    shapes_ok, shapes_text = validate_shapes_graph(shapes)
    full = load_ontology(include_shapes=True)
    data_ok, data_messages = validate_ontology_data(full, shapes)
    messages: list[str] = []
    if reasoner.message:
        messages.append(reasoner.message)
    if not shapes_ok:
        messages.append("shapes graph is not valid SHACL:\n" + shapes_text)
    messages += data_messages
    return OntologyReport(
        consistent=reasoner.consistent,
        unsatisfiable=reasoner.unsatisfiable,
        shacl_conforms=shapes_ok,
        data_conforms=data_ok,
        messages=tuple(messages),
        counts=_counts(full),
    )
