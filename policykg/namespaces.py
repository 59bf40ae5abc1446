"""Every IRI namespace policykg writes or reads, in one place.

Our own terms live under https://w3id.org/policykg/; everything that already has a
standard IRI (DPV, PROV-O, Web Annotation, SKOS, Dublin Core) is reused as is.
The layout is documented in docs/DESIGN.md.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

BASE = "https://w3id.org/policykg/"

PKG = Namespace(BASE + "ns#")  # classes and properties of the core ontology
VOCAB = Namespace(BASE + "vocab/")  # SKOS concepts: VOCAB["pd/EmailAddress"], VOCAB["condition/contract"]
LAW = Namespace(BASE + "law/")  # laws and provisions: LAW["PIPL/art13/item2"]
SHAPES = Namespace(BASE + "shapes#")  # SHACL shapes
ID = Namespace(BASE + "id/")  # instance data: policies, companies, facts, evidence
GRAPH = Namespace(BASE + "graph/")  # named graphs: GRAPH["policy/<docid>"], GRAPH["ontology"]

DPV = Namespace("https://w3id.org/dpv#")
PD = Namespace("https://w3id.org/dpv/pd#")
LOC = Namespace("https://w3id.org/dpv/loc#")
GDPR = Namespace("https://w3id.org/dpv/legal/eu/gdpr#")
EU = Namespace("https://w3id.org/dpv/legal/eu#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
COMPLIANCE_GRAPH = GRAPH["compliance"]

# SKOS concept schemes, keyed by the policy-facts/1 field whose values they hold.
SCHEME_BY_FIELD = {
    "data_categories": VOCAB["pd"],
    "purposes": VOCAB["purpose"],
    "recipients": VOCAB["recipient"],
    "disclosure_conditions": VOCAB["condition"],
    "rights": VOCAB["right"],
    "security_measures": VOCAB["measure"],
    "tracking": VOCAB["tracking"],
}
# Path segment under VOCAB for each field: VOCAB[f"{segment}/{key}"] is the concept IRI.
SEGMENT_BY_FIELD = {field: str(iri)[len(str(VOCAB)):] for field, iri in SCHEME_BY_FIELD.items()}

PREFIXES = {
    "pkg": PKG,
    "pkv": VOCAB,
    "law": LAW,
    "pks": SHAPES,
    "pki": ID,
    "pkgr": GRAPH,
    "dpv": DPV,
    "pd": PD,
    "loc": LOC,
    "gdpr": GDPR,
    "eu": EU,
    "oa": OA,
    "prov": PROV,
    "skos": SKOS,
    "dct": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "sh": SH,
    "schema": SCHEMA,
}


def concept_iri(field: str, key: str):
    """The vocabulary concept for a policy-facts/1 value, e.g. ('purposes', 'Marketing')."""
    return VOCAB[f"{SEGMENT_BY_FIELD[field]}/{key}"]


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, to prepend to catalogue queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
