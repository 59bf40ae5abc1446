"""Vocabulary matchers: compiled from the SKOS Turtle files of ontology/vocab (the only source), per language."""
from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace

import policykg.ingest.vocabulary as vocabulary

from policykg.ingest.model import IngestError
from policykg.ingest.vocabulary import (
    FIELDS,
    LANGUAGES,
    Concept,
    Matcher,
    ancestors,
    broader,
    concepts,
    descendants,
    matcher_for,
    narrowest,
)

# fields whose vocabulary files are expected to exist (data categories and purposes arrive later)
CORE_FIELDS = ("recipients", "disclosure_conditions", "rights", "security_measures", "tracking")


def keys_in(field: str, language: str, text: str) -> set[str]:
    return {m.key for m in matcher_for(field, language).find(text)}


@pytest.mark.parametrize("field", CORE_FIELDS)
def test_every_core_field_has_labels_in_every_language(field: str) -> None:
    table = concepts()[field]
    assert table, f"no concepts loaded for {field}"
    for language in LANGUAGES:
        with_labels = [c for c in table.values() if c.labels.get(language) or c.patterns.get(language)]
        assert with_labels, f"{field} has no {language} labels"


@pytest.mark.parametrize("field", CORE_FIELDS)
def test_every_label_matches_its_own_concept(field: str) -> None:
    """Compilation round trip: each prefLabel/altLabel, searched alone, finds its concept."""
    missed = []
    for concept in concepts()[field].values():
        for language, labels in concept.labels.items():
            if language not in LANGUAGES:
                continue
            for label in labels:
                if concept.key not in keys_in(field, language, f" {label} "):
                    missed.append((concept.key, language, label))
    assert not missed, missed[:10]


def test_offsets_index_the_searched_text() -> None:
    text = "Partners and government authorities may receive it; 我们的关联公司 too."
    for language in ("en", "zh"):
        for match in matcher_for("recipients", language).find(text):
            assert match.start < match.end
            assert text[match.start:match.end].strip() == text[match.start:match.end]


def test_longest_phrase_wins_over_its_parts() -> None:
    hits = matcher_for("recipients", "en").find("We use third-party service providers.")
    assert [h.key for h in hits] == ["service-providers"]


def test_english_plural_and_case_are_tolerated() -> None:
    assert keys_in("tracking", "en", "COOKIES and Web Beacons") == {"cookies", "web-beacons"}


def test_word_boundaries_in_english_but_not_in_chinese() -> None:
    assert "firewall" not in keys_in("security_measures", "en", "the firewallsmith guild")
    assert keys_in("tracking", "zh", "我们使用Cookie和SDK") >= {"cookies", "sdk"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "You may correct or delete your personal data at any time.", {"rectification", "erasure"}),
        ("zh", "您可以查阅、更正、删除您的个人信息，或注销账号。", {"access", "rectification", "erasure", "account-cancellation"}),
        ("ru", "Вы можете потребовать уточнения или удаления своих данных.", {"rectification", "erasure"}),
        ("az", "Siz məlumatlarınızın düzəldilməsini və silinməsini tələb edə bilərsiniz.", {"rectification", "erasure"}),
        ("es", "Puede ejercer sus derechos de acceso, rectificación y supresión.", {"access", "rectification", "erasure"}),
    ],
)
def test_coordinated_rights_are_all_found(language: str, text: str, expected: set[str]) -> None:
    """Rights hits may nest: one phrase naming two rights yields both."""
    assert keys_in("rights", language, text) >= expected


def test_network_security_is_not_a_firewall() -> None:
    """'network security' is no firewall label: it misfired on general security promises."""
    assert "firewall" not in keys_in("security_measures", "en", "to ensure network security")
    assert "firewall" in keys_in("security_measures", "en", "our servers sit behind a firewall")


def test_matchers_are_compiled_once() -> None:
    assert matcher_for("tracking", "en") is matcher_for("tracking", "en")


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        matcher_for("colours", "en")


def test_bad_pattern_names_the_concept() -> None:
    bad = Concept(field="tracking", key="broken", labels={}, patterns={"en": ("(unclosed",)})
    with pytest.raises(IngestError, match=r"tracking/broken.*'\(unclosed'@en is not a valid regex .*position 0"):
        Matcher("tracking", "en", [bad])


def test_pattern_valid_alone_but_not_inside_a_group_is_named() -> None:
    flags_midway = Concept(field="tracking", key="flags", labels={}, patterns={"en": ("(?i)pixel",)})
    with pytest.raises(IngestError, match="tracking/flags.*cannot be used inside a group"):
        Matcher("tracking", "en", [flags_midway])


def test_named_groups_in_patterns_do_not_clash() -> None:
    concept = Concept(field="tracking", key="pixel", labels={}, patterns={"en": (r"(?P<x>pixel) tags?",)})
    other = Concept(field="tracking", key="tag", labels={}, patterns={"en": (r"(?P<x>tag) managers?",)})
    matcher = Matcher("tracking", "en", [concept, other])
    assert [m.key for m in matcher.find("pixel tags and tag managers")] == ["pixel", "tag"]


def test_hierarchy_helpers_follow_skos_broader() -> None:
    children = [(c.key, c.broader[0]) for c in concepts()["security_measures"].values() if c.broader]
    assert children, "the measures vocabulary has no skos:broader links"
    child, parent = children[0]
    assert parent in broader("security_measures", child)
    assert parent in ancestors("security_measures", child)
    assert child in descendants("security_measures", parent)
    assert narrowest("security_measures", [parent, child]) == [child]


def test_every_loaded_key_is_in_a_known_field() -> None:
    assert set(concepts()) == set(FIELDS)
    for field, table in concepts().items():
        for key, concept in table.items():
            assert concept.field == field and concept.key == key


# --- one source of truth: the ontology -------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
PKG = Namespace("https://w3id.org/policykg/ns#")
VOCAB = "https://w3id.org/policykg/vocab/"
SEGMENTS = {"pd": "data_categories", "purpose": "purposes", "recipient": "recipients",
            "condition": "disclosure_conditions", "right": "rights", "measure": "security_measures",
            "tracking": "tracking"}


def test_no_vocabulary_supplement_is_left() -> None:
    """Labels and patterns live only in ontology/vocab/*.ttl; the old TOML side channel is gone."""
    assert not (ROOT / "ingest" / "lexicon" / "vocab_supplement.toml").exists()
    assert not (resources.files("policykg.ingest") / "lexicon" / "vocab_supplement.toml").is_file()
    assert not hasattr(vocabulary, "SUPPLEMENT") and not hasattr(vocabulary, "_read_supplement")


def test_every_matcher_entry_comes_from_the_turtle() -> None:
    """The loaded concepts equal, entry for entry, what rdflib reads from the Turtle files."""
    graph = Graph()
    for path in sorted((ROOT / "ontology" / "vocab").glob("*.ttl")):
        graph.parse(path, format="turtle")
    expected: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for iri in graph.subjects(RDF.type, SKOS.Concept):
        segment, _, _key = str(iri)[len(VOCAB):].partition("/")
        if not str(iri).startswith(VOCAB) or segment not in SEGMENTS:
            continue
        field, key = SEGMENTS[segment], str(graph.value(iri, SKOS.notation))
        for kind, props in (("label", (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)), ("pattern", (PKG.matchPattern,))):
            for prop in props:
                for lit in graph.objects(iri, prop):
                    if isinstance(lit, Literal) and lit.language:
                        expected[(field, key, kind, lit.language.split("-")[0])].add(str(lit))
    loaded: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for field, table in concepts().items():
        for key, concept in table.items():
            for language, labels in concept.labels.items():
                loaded[(field, key, "label", language)].update(labels)
            for language, patterns in concept.patterns.items():
                loaded[(field, key, "pattern", language)].update(patterns)
    assert sum(len(v) for v in expected.values()) > 3000, "the vocabulary looks truncated"
    assert {k: v for k, v in loaded.items() if v} == {k: v for k, v in expected.items() if v}


@pytest.mark.parametrize(
    ("field", "language", "text", "key"),
    [  # entries that used to come from the supplement, now in the Turtle; sample texts are our own
        ("disclosure_conditions", "zh", "在司法机关依法要求时，我们可能提供相关信息。", "legal-obligation"),
        ("disclosure_conditions", "ru", "Мы передаём сведения по запросу суда.", "legal-obligation"),
        ("recipients", "es", "Compartimos datos con las empresas del grupo.", "affiliates"),
        ("recipients", "zh", "信息可能提供给集团内的其他公司。", "affiliates"),
        ("recipients", "az", "Sifarişiniz kuryer vasitəsilə çatdırılır.", "service-providers"),
        ("recipients", "ru", "Сайт размещён на арендованном хостинге.", "service-providers"),
        ("rights", "en", "You may ask for correction or deletion of it.", "rectification"),
        ("security_measures", "ru", "Мы ограничиваем доступ к данным.", "access-control"),
        ("security_measures", "es", "Usamos cifrado de las comunicaciones.", "encryption-in-transit"),
        ("purposes", "en", "We use it to provide, operate and maintain our services.", "ServiceProvision"),
    ],
)
def test_former_supplement_entries_match_from_the_ontology(field: str, language: str, text: str, key: str) -> None:
    assert key in keys_in(field, language, text)


@pytest.mark.parametrize(
    "text",
    ["We store your log in time and device model.", "The login time and IP address are recorded.",
     "Login records are kept for six months.", "We keep your login history."],
)
def test_login_data_is_not_an_authentication_purpose(text: str) -> None:
    """'login time' names data the company keeps, not the purpose of authenticating someone."""
    assert "IdentityAuthentication" not in keys_in("purposes", "en", text)


@pytest.mark.parametrize("text", ["We use your phone number when you log in.", "Logging in to the app needs a code.",
                                  "It lets you log-in with one tap."])
def test_logging_in_is_still_authentication(text: str) -> None:
    assert "IdentityAuthentication" in keys_in("purposes", "en", text)
