"""A broken ontology file is reported by name and place, and the good files still read the same."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from policykg.ontology.loader import OntologyError, _read_turtle


def test_bad_turtle_names_the_file_and_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <https://example.org/> .\nex:a ex:b "unterminated .\n', encoding="utf-8")
    with pytest.raises(OntologyError, match=r"broken\.ttl: not valid Turtle .*line 2"):
        _read_turtle(bad)


def test_literals_keep_rdflib_forms(tmp_path: Path) -> None:
    good = tmp_path / "good.ttl"
    good.write_text(
        '@prefix ex: <https://example.org/> .\n'
        'ex:a ex:label "plain", "中文"@zh ; ex:n 3 ; ex:rel <other> .\n', encoding="utf-8")
    triples = set(_read_turtle(good))
    a, ex = URIRef("https://example.org/a"), "https://example.org/"
    assert (a, URIRef(ex + "label"), Literal("plain")) in triples  # no xsd:string datatype
    assert (a, URIRef(ex + "label"), Literal("中文", lang="zh")) in triples
    assert (a, URIRef(ex + "n"), Literal(3)) in triples
    assert (a, URIRef(ex + "rel"), URIRef(good.with_name("other").as_uri())) in triples  # relative to the file
