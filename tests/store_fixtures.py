"""Two tiny policy graphs shared by the store tests (embedded, remote, CLI)."""
from __future__ import annotations

import rdflib.namespace as rns
from rdflib import Literal, URIRef

from policykg.namespaces import GRAPH, ID, PKG

G1 = str(GRAPH["policy/0000000000000001"])
G2 = str(GRAPH["policy/0000000000000002"])
P1 = ID["policy/0000000000000001"]
P2 = ID["policy/0000000000000002"]
TITLE = URIRef("http://purl.org/dc/terms/title")


def policy_triples(policy: URIRef, title: str) -> list[tuple]:
    """A minimal policy: its type and an English title."""
    return [(policy, rns.RDF.type, PKG.PrivacyPolicy), (policy, TITLE, Literal(title, lang="en"))]
