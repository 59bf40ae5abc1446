"""Human labels for IRIs (concepts, laws, provisions, classes), read once from ``pkgr:ontology``."""
from __future__ import annotations

import threading

from policykg.namespaces import sparql_prefixes
from policykg.store.base import Store

_QUERY = """
SELECT ?x ?label WHERE { GRAPH pkgr:ontology {
  { ?x skos:prefLabel ?label } UNION { ?x rdfs:label ?label }
  FILTER(lang(?label) = "en" || lang(?label) = "")
} }
"""
_NOTATIONS = """
SELECT ?x ?key WHERE { GRAPH pkgr:ontology { { ?x skos:notation ?key } UNION { ?x pkg:lawKey ?key } } }
"""


class Labels:
    """IRI -> English label, and concept IRI -> policy-facts/1 key (``skos:notation`` / ``pkg:lawKey``)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._labels: dict[str, str] | None = None
        self._keys: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        self._lock = threading.Lock()

    def _load(self) -> dict[str, str]:
        with self._lock:
            if self._labels is None:
                labels: dict[str, str] = {}
                for row in self.store.select(sparql_prefixes() + _QUERY):
                    labels.setdefault(str(row["x"]), str(row["label"]))
                for row in self.store.select(sparql_prefixes() + _NOTATIONS):
                    self._keys.setdefault(str(row["x"]), str(row["key"]))
                self._by_key = {}
                for iri, key in self._keys.items():
                    self._by_key.setdefault(key, iri)
                self._labels = labels
        return self._labels

    def label(self, iri: str) -> str:
        """A readable name: the English label, else the IRI's last segments."""
        found = self._load().get(iri)
        if found:
            return found
        return local_name(iri)

    def key(self, iri: str) -> str:
        """The policy-facts/1 key of a concept or law (its notation), else its local name."""
        self._load()
        return self._keys.get(iri) or local_name(iri)

    def iri_for_key(self, key: str) -> str | None:
        """The concept or law whose notation (or law key) is ``key``."""
        self._load()
        return self._by_key.get(key)

    def concepts_in(self, scheme_prefix: str) -> list[tuple[str, str]]:
        """(IRI, label) of every concept whose IRI starts with ``scheme_prefix``, by label."""
        labels = self._load()
        found = {iri for iri in list(labels) + list(self._keys) if iri.startswith(scheme_prefix)}
        return sorted(((iri, self.label(iri)) for iri in found), key=lambda pair: pair[1].lower())


def local_name(iri: str) -> str:
    """``.../vocab/pd/EmailAddress`` -> ``EmailAddress``; ``...ns#Affirmative`` -> ``Affirmative``."""
    text = str(iri)
    if "#" in text:
        return text.rsplit("#", 1)[-1]
    return text.rstrip("/").rsplit("/", 1)[-1]
