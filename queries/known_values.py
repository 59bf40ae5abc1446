"""The values a parameter can take, so a misspelt one is refused with the closest valid names.

A concept or topic that does not exist gives an empty answer, which a researcher reads as
"no policy does this". Concepts are the vocabulary's SKOS concepts (``ontology/vocab``, read
with pyoxigraph: ~0.05 s, once); topics and other closed lists come from the query's own
``# choices: NAME = a, b, c`` header line.
"""
from __future__ import annotations

import difflib
from functools import lru_cache

from policykg.namespaces import VOCAB

__all__ = ["vocabulary_concepts", "closest", "unknown_value_message"]

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@lru_cache(maxsize=1)
def vocabulary_concepts() -> dict[str, str]:
    """Concept key (``pd/Contact``) -> its English label, for every concept of the vocabularies."""
    from policykg.ontology.loader import _parse_turtle, ontology_files

    keys: set[str] = set()
    labels: dict[str, str] = {}
    base = str(VOCAB)
    for path in ontology_files():
        if path.parent.name != "vocab":
            continue
        for triple in _parse_turtle(path):
            subject = getattr(triple.subject, "value", "")
            if not subject.startswith(base):
                continue
            key = subject[len(base):]
            predicate = triple.predicate.value
            if predicate == _RDF_TYPE and triple.object.value == _SKOS + "Concept":
                keys.add(key)
            elif predicate == _SKOS + "prefLabel" and getattr(triple.object, "language", None) == "en":
                labels[key] = triple.object.value
    return {key: labels.get(key, "") for key in sorted(keys)}


def closest(value: str, choices: dict[str, str] | list[str], *, n: int = 3) -> list[str]:
    """Up to ``n`` valid names nearest to ``value`` (by name, case-insensitive, or by English label)."""
    names = list(choices)
    folded = {name.casefold(): name for name in names}
    found = [folded[m] for m in difflib.get_close_matches(value.casefold(), list(folded), n=n, cutoff=0.7)]
    if isinstance(choices, dict):  # "pd/biometrics" is near the label "biometric data" of pd/Biometric...
        tail = value.rsplit("/", 1)[-1].casefold()
        by_label = {label.casefold(): name for name, label in choices.items() if label}
        found += [by_label[m] for m in difflib.get_close_matches(tail, list(by_label), n=n, cutoff=0.6)]
        found += [name for name in names if tail and tail in name.casefold()]
    return list(dict.fromkeys(found))[:n]


def unknown_value_message(parameter: str, value: str, what: str, choices: dict[str, str] | list[str]) -> str:
    """One line: the value is unknown, the closest valid ones, where to see them all."""
    near = closest(value, choices)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    return f"parameter {parameter!r}: {value!r} is not a known {what}{hint}"
