"""The SKOS vocabularies in ontology/vocab: shape, coverage of policy-facts/1 keys, DPV alignment, match data.

The files are loaded directly with rdflib (no project loader), so these tests pin the Turtle itself.
The FORMAT.md key lists below are the spec (../shared/eval/FORMAT.md), copied on purpose.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[1]
VOCAB_DIR = ROOT / "ontology" / "vocab"
VOCAB = Namespace("https://w3id.org/policykg/vocab/")
PKG = Namespace("https://w3id.org/policykg/ns#")
LAW_BASE = "https://w3id.org/policykg/law/"
DPV_BASE = "https://w3id.org/dpv#"
PD_BASE = "https://w3id.org/dpv/pd#"

FILES = {
    "conditions.ttl": "condition",
    "recipients.ttl": "recipient",
    "rights.ttl": "right",
    "measures.ttl": "measure",
    "tracking.ttl": "tracking",
    "purposes.ttl": "purpose",
    "personal-data.ttl": "pd",
}
REQUIRED_LANGS = ("en", "zh", "az", "ru")

FORMAT_KEYS = {
    "recipient": ["affiliates", "service-providers", "partners", "authorities", "researchers", "advertisers",
                  "successors", "third-parties"],
    "condition": ["consent", "legal-obligation", "national-security", "public-interest", "criminal-investigation",
                  "vital-interests", "self-disclosed", "lawful-public-source", "contract", "service-security",
                  "research", "news-reporting", "protect-rights", "affiliates", "partners", "entrusted-processing",
                  "merger-acquisition", "anonymised", "unilateral-discretion", "other-legal"],
    "right": ["access", "rectification", "erasure", "withdraw-consent", "account-cancellation", "copy", "portability",
              "restrict-or-object", "explanation", "automated-decision", "opt-out-marketing", "complaint-to-authority"],
    "measure": ["encryption", "encryption-in-transit", "access-control", "anonymisation", "de-identification",
                "firewall", "malware-protection", "confidentiality-agreement", "staff-training", "security-audit",
                "dedicated-team", "incident-response-plan"],
    "tracking": ["cookies", "web-beacons", "sdk", "fingerprinting", "local-storage"],
}
GOLD_FIELDS = {"data_categories": "pd", "purposes": "purpose"}


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    """One graph per vocabulary file, keyed by scheme segment; a missing file fails loudly."""
    out: dict[str, Graph] = {}
    for name, scheme in FILES.items():
        path = VOCAB_DIR / name
        if not path.is_file():
            pytest.fail(f"{path} is missing: every vocabulary scheme needs its Turtle file")
        out[scheme] = Graph().parse(path, format="turtle")
    return out


@pytest.fixture(scope="module")
def merged(graphs: dict[str, Graph]) -> Graph:
    g = Graph()
    for part in graphs.values():
        g += part
    return g


@pytest.fixture(scope="module")
def dpv_terms(shared_dir: Path) -> dict[str, list[str]]:
    """DPV 2.3 term IRI -> its broader IRIs, from the shared reference table."""
    path = shared_dir / "reference" / "dpv-terms.tsv"
    terms: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("module\t") or not line.strip():
            continue
        cols = line.split("\t")
        terms[cols[2]] = cols[4].replace(";", " ").split() if len(cols) > 4 else []
    assert len(terms) > 700, f"{path} looks truncated"
    return terms


def concepts(g: Graph) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDF.type, SKOS.Concept) if isinstance(s, URIRef))


def notation(g: Graph, c: URIRef) -> str:
    return str(g.value(c, SKOS.notation))


def by_key(g: Graph) -> dict[str, URIRef]:
    return {notation(g, c): c for c in concepts(g)}


# --- shape -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", list(FILES.values()))
def test_file_declares_its_scheme_with_labels(graphs: dict[str, Graph], scheme: str) -> None:
    g = graphs[scheme]
    schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert schemes == {VOCAB[scheme]}, f"{scheme}: expected exactly the scheme {VOCAB[scheme]}, got {schemes}"
    langs = {lbl.language for lbl in g.objects(VOCAB[scheme], SKOS.prefLabel)}
    assert set(REQUIRED_LANGS) <= langs
    tops = set(g.objects(VOCAB[scheme], SKOS.hasTopConcept))
    assert tops == set(g.subjects(SKOS.topConceptOf, VOCAB[scheme])) and tops


@pytest.mark.parametrize("scheme", list(FILES.values()))
def test_every_concept_has_the_design_shape(graphs: dict[str, Graph], scheme: str) -> None:
    g = graphs[scheme]
    cs = concepts(g)
    assert cs, f"{scheme}: no concepts"
    for c in cs:
        assert list(g.objects(c, SKOS.inScheme)) == [VOCAB[scheme]], f"{c}: inScheme"
        notes = list(g.objects(c, SKOS.notation))
        assert len(notes) == 1, f"{c}: needs exactly one skos:notation, has {notes}"
        assert c == VOCAB[f"{scheme}/{notes[0]}"], f"{c}: IRI must be pkv:{scheme}/{{notation}}"
        prefs = Counter(lbl.language for lbl in g.objects(c, SKOS.prefLabel))
        for lang in REQUIRED_LANGS:
            assert prefs[lang] == 1, f"{c}: needs one prefLabel@{lang}, has {prefs[lang]}"
        alts = {(str(a).lower(), a.language) for a in g.objects(c, SKOS.altLabel)}
        assert alts, f"{c}: no altLabels"
        for p in g.objects(c, SKOS.prefLabel):
            assert (str(p).lower(), p.language) not in alts, f"{c}: {p!r} is both pref and alt label"
        for lbl in list(g.objects(c, SKOS.prefLabel)) + list(g.objects(c, SKOS.altLabel)):
            assert isinstance(lbl, Literal) and lbl.language and str(lbl).strip() == str(lbl) and str(lbl)
        defs = [d for d in g.objects(c, SKOS.definition) if d.language == "en"]
        assert len(defs) == 1, f"{c}: needs one skos:definition@en"
        broader = list(g.objects(c, SKOS.broader))
        is_top = (c, SKOS.topConceptOf, VOCAB[scheme]) in g
        assert is_top == (not broader), f"{c}: topConceptOf exactly when it has no broader"
        for b in broader:
            assert (b, SKOS.inScheme, VOCAB[scheme]) in g, f"{c}: broader {b} is not in {scheme}"


@pytest.mark.parametrize("scheme", list(FILES.values()))
def test_notations_are_unique_within_a_scheme(graphs: dict[str, Graph], scheme: str) -> None:
    counts = Counter(notation(graphs[scheme], c) for c in concepts(graphs[scheme]))
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("scheme", list(FILES.values()))
def test_no_label_names_two_concepts_of_a_scheme(graphs: dict[str, Graph], scheme: str) -> None:
    """A shared label would make ingest report both concepts for one phrase."""
    g = graphs[scheme]
    owners: dict[tuple[str, str | None], set[str]] = {}
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for c, lbl in g.subject_objects(prop):
            if (c, RDF.type, SKOS.Concept) in g:
                owners.setdefault((str(lbl).casefold(), lbl.language), set()).add(notation(g, c))
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


# --- coverage --------------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", list(FORMAT_KEYS))
def test_every_format_key_has_a_concept(graphs: dict[str, Graph], scheme: str) -> None:
    keys = set(by_key(graphs[scheme]))
    assert set(FORMAT_KEYS[scheme]) - keys == set()
    assert keys - set(FORMAT_KEYS[scheme]) == set(), "a fixed scheme holds only FORMAT.md keys"


def test_every_gold_key_has_a_concept(graphs: dict[str, Graph], shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "eval" / "seeds-gold.json").read_text(encoding="utf-8"))
    missing: list[str] = []
    seen = 0
    for record in gold["policies"]:
        for field, scheme in GOLD_FIELDS.items():
            items = list(record.get(field, [])) + list(record.get("optional", {}).get(field, []))
            for item in items:
                for key in item.split("|"):
                    seen += 1
                    if key not in by_key(graphs[scheme]):
                        missing.append(f"{record['file']}: {field} {key}")
    assert seen > 50
    assert missing == []


def test_common_categories_and_purposes_are_covered(graphs: dict[str, Graph]) -> None:
    assert len(concepts(graphs["pd"])) >= 90
    assert len(concepts(graphs["purpose"])) >= 40
    pd = by_key(graphs["pd"])
    for key in ("Biometric", "OfficialID", "Passport", "BankAccount", "MedicalHealth", "CurrentLocation",
                "BirthDate", "Age", "Nationality", "MACAddress", "SocialNetwork", "CallLog"):
        assert key in pd, key


# --- alignment to DPV ------------------------------------------------------------------------------


def test_every_dpv_match_exists_in_dpv(merged: Graph, dpv_terms: dict[str, list[str]]) -> None:
    checked = 0
    for prop in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch):
        for c, target in merged.subject_objects(prop):
            assert str(target).startswith("https://w3id.org/dpv"), f"{c}: {prop} to non-DPV {target}"
            assert str(target) in dpv_terms, f"{c}: {target} is not a DPV 2.3 term"
            checked += 1
    assert checked > 150


@pytest.mark.parametrize(("scheme", "base"), [("pd", PD_BASE), ("purpose", DPV_BASE)])
def test_pd_and_purposes_match_the_dpv_term_of_the_same_name(graphs: dict[str, Graph], scheme: str,
                                                          base: str) -> None:
    g = graphs[scheme]
    for key, c in by_key(g).items():
        assert list(g.objects(c, SKOS.exactMatch)) == [URIRef(base + key)], c


@pytest.mark.parametrize(("scheme", "base"), [("pd", PD_BASE), ("purpose", DPV_BASE)])
def test_pd_and_purpose_hierarchy_follows_dpv(graphs: dict[str, Graph], dpv_terms: dict[str, list[str]],
                                             scheme: str, base: str) -> None:
    """Every skos:broader is a DPV parent, and every DPV parent inside the namespace is present."""
    g = graphs[scheme]
    keys = by_key(g)
    for key, c in keys.items():
        ours = {notation(g, b) for b in g.objects(c, SKOS.broader)}
        dpv = {p[len(base):] for p in dpv_terms[base + key] if p.startswith(base) and p != base + "Purpose"}
        assert ours == dpv, f"{key}: broader {sorted(ours)} but DPV says {sorted(dpv)}"


def test_condition_legal_bases_align(graphs: dict[str, Graph]) -> None:
    g = graphs["condition"]
    keys = by_key(g)
    dpv = Namespace(DPV_BASE)
    expected = {"consent": dpv.Consent, "legal-obligation": dpv.LegalObligation, "vital-interests": dpv.VitalInterest,
                "public-interest": dpv.PublicInterest, "protect-rights": dpv.LegitimateInterest,
                "contract": dpv.ContractPerformance, "entrusted-processing": dpv.DataProcessor}
    for key, target in expected.items():
        assert (keys[key], SKOS.closeMatch, target) in g, key


# --- hierarchy -------------------------------------------------------------------------------------


def ancestors(g: Graph, c: URIRef) -> set[URIRef]:
    return set(g.transitive_objects(c, SKOS.broader)) - {c}


@pytest.mark.parametrize("scheme", list(FILES.values()))
def test_broader_has_no_cycles(graphs: dict[str, Graph], scheme: str) -> None:
    g = graphs[scheme]
    for c in concepts(g):
        seen: set[URIRef] = set()
        frontier = list(g.objects(c, SKOS.broader))
        while frontier:
            b = frontier.pop()
            assert b != c, f"{c} is its own ancestor"
            if b not in seen:
                seen.add(b)
                frontier.extend(g.objects(b, SKOS.broader))


@pytest.mark.parametrize(("scheme", "broad", "narrow"), [
    ("pd", "Contact", "EmailAddress"),
    ("pd", "Contact", "TelephoneNumber"),
    ("pd", "Contact", "PhysicalAddress"),
    ("pd", "Financial", "PaymentCardNumber"),
    ("pd", "Tracking", "IPAddress"),
    ("pd", "Behavioural", "BrowserHistory"),
    ("purpose", "ServiceManagement", "ServiceUsageAnalytics"),
    ("purpose", "EnforceSecurity", "FraudPreventionAndDetection"),
    ("purpose", "Marketing", "TargetedAdvertising"),
    ("measure", "encryption", "encryption-in-transit"),
    ("measure", "de-identification", "anonymisation"),
    ("recipient", "third-parties", "service-providers"),
])
def test_broad_concepts_reach_narrow_ones(graphs: dict[str, Graph], scheme: str, broad: str, narrow: str) -> None:
    g = graphs[scheme]
    keys = by_key(g)
    assert keys[broad] in ancestors(g, keys[narrow])
    assert keys[narrow] not in ancestors(g, keys[broad])


# --- sensitivity -----------------------------------------------------------------------------------


def test_sensitive_categories_cite_prc_provisions(graphs: dict[str, Graph]) -> None:
    g = graphs["pd"]
    cited = {c: set(map(str, g.objects(c, PKG.sensitiveUnder))) for c in concepts(g)}
    for c, laws in cited.items():
        for law in laws:
            assert law.startswith(LAW_BASE) and re.fullmatch(r"(PIPL/art28|GBT35273-20(17|20)/annexB)", law[len(LAW_BASE):]), law
    keys = by_key(g)
    for key in ("Biometric", "Fingerprint", "FacialPrint", "MedicalHealth", "FinancialAccount", "BankAccount",
                "PaymentCard", "OfficialID", "Passport", "CurrentLocation", "TravelHistory", "Religion",
                "SexualPreference", "Criminal", "Communication", "SocialNetwork", "BrowserHistory", "Password"):
        assert cited[keys[key]], f"{key} must be marked sensitive"
    for key in ("Biometric", "MedicalHealth", "FinancialAccount", "Religion", "TravelHistory"):
        assert LAW_BASE + "PIPL/art28" in cited[keys[key]], key
    assert LAW_BASE + "GBT35273-2017/annexB" in cited[keys["Password"]]
    for key in ("Name", "EmailAddress", "IPAddress", "Gender", "Language"):
        assert not cited[keys[key]], f"{key} is not sensitive personal information"


def test_cited_provisions_exist_in_the_law_graph(graphs: dict[str, Graph]) -> None:
    law = Graph()
    for path in sorted((ROOT / "ontology" / "law").glob("*.ttl")):
        law.parse(path, format="turtle")
    cited = set(graphs["pd"].objects(None, PKG.sensitiveUnder))
    assert cited
    missing = {str(iri) for iri in cited if (iri, None, None) not in law}
    assert missing == set(), "cited in ontology/vocab but not defined in ontology/law"


def test_only_personal_data_carries_sensitivity(graphs: dict[str, Graph]) -> None:
    for scheme, g in graphs.items():
        if scheme != "pd":
            assert list(g.subjects(PKG.sensitiveUnder, None)) == [], scheme


# --- match data ------------------------------------------------------------------------------------


def test_match_patterns_compile_and_are_language_tagged(merged: Graph) -> None:
    count = 0
    for c, pat in merged.subject_objects(PKG.matchPattern):
        assert isinstance(pat, Literal) and pat.language in {"en", "zh", "az", "ru", "es"}, f"{c}: {pat!r}"
        try:
            rx = re.compile(str(pat), re.IGNORECASE)
        except re.error as exc:  # the message names the concept and pattern to fix
            pytest.fail(f"{c}: pkg:matchPattern {str(pat)!r} does not compile: {exc}")
        assert not rx.search(""), f"{c}: {str(pat)!r} matches the empty string"
        count += 1
    assert count > 500


def compile_matchers(g: Graph) -> dict[str, list[tuple[URIRef, re.Pattern[str]]]]:
    """Per language: labels as literal phrases (word-bounded outside Chinese) plus the regex patterns."""
    out: dict[str, list[tuple[URIRef, re.Pattern[str]]]] = {}
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for c, lbl in g.subject_objects(prop):
            if (c, RDF.type, SKOS.Concept) not in g:
                continue
            text = re.escape(str(lbl))
            rx = text if lbl.language == "zh" else rf"(?<!\w){text}(?!\w)"
            out.setdefault(lbl.language, []).append((c, re.compile(rx, re.IGNORECASE)))
    for c, pat in g.subject_objects(PKG.matchPattern):
        out.setdefault(pat.language, []).append((c, re.compile(str(pat), re.IGNORECASE)))
    return out


def match(matchers: dict[str, list[tuple[URIRef, re.Pattern[str]]]], lang: str, sentence: str) -> set[str]:
    return {str(c)[len(str(VOCAB)):] for c, rx in matchers[lang] if rx.search(sentence)}


# Sample sentences in policykg's own words; each must yield the listed concepts (others may match too).
SAMPLES = [
    ("en", "When you sign up we ask for your e-mail address and mobile phone number.",
     {"pd/EmailAddress", "pd/TelephoneNumber", "purpose/ServiceRegistration"}),
    ("zh", "注册时我们会收集您的手机号码、电子邮箱和身份证号码。",
     {"pd/TelephoneNumber", "pd/EmailAddress", "pd/OfficialID", "purpose/ServiceRegistration"}),
    ("ru", "Мы собираем ваш адрес электронной почты и номер мобильного телефона.",
     {"pd/EmailAddress", "pd/TelephoneNumber"}),
    ("ru", "Оператор обрабатывает IP-адреса и сведения о браузере посетителей.", {"pd/IPAddress", "pd/UserAgent"}),
    ("az", "Telefon nömrənizi və e-poçt ünvanınızı qeydiyyat zamanı toplayırıq.",
     {"pd/TelephoneNumber", "pd/EmailAddress", "purpose/ServiceRegistration"}),
    ("az", "Biz kukilərdən istifadə edirik.", {"tracking/cookies"}),
    ("en", "We may disclose your data where required by applicable law or to protect our rights and property.",
     {"condition/legal-obligation", "condition/protect-rights"}),
    ("zh", "与国家安全、国防安全直接相关的，或根据法律法规规定的其他情形。",
     {"condition/national-security", "condition/other-legal"}),
    ("ru", "Вы вправе отозвать согласие и потребовать удаления своих данных.",
     {"right/withdraw-consent", "right/erasure"}),
    ("en", "Data are protected with TLS encryption and strict access controls.",
     {"measure/encryption", "measure/encryption-in-transit", "measure/access-control"}),
    ("zh", "我们的服务提供商与关联公司可能接收这些信息。", {"recipient/service-providers", "recipient/affiliates"}),
    ("es", "Usamos su correo electrónico para enviarle boletines.", {"pd/EmailAddress", "purpose/DirectMarketing"}),
]


@pytest.fixture(scope="module")
def matchers(merged: Graph) -> dict[str, list[tuple[URIRef, re.Pattern[str]]]]:
    return compile_matchers(merged)


@pytest.mark.parametrize(("lang", "sentence", "expected"), SAMPLES,
                         ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(SAMPLES)])
def test_labels_and_patterns_find_concepts_in_sentences(matchers: dict[str, list[tuple[URIRef, re.Pattern[str]]]],
                                                         lang: str, sentence: str, expected: set[str]) -> None:
    found = match(matchers, lang, sentence)
    assert expected <= found, f"missing {sorted(expected - found)}; found {sorted(found)}"


def test_unrelated_sentence_matches_no_personal_data(
        matchers: dict[str, list[tuple[URIRef, re.Pattern[str]]]]) -> None:
    found = match(matchers, "en", "This page was last revised in spring.")
    assert not {k for k in found if k.startswith("pd/")}, found


def test_patterns_are_not_over_escaped(merged: Graph) -> None:
    """A Turtle "\\\\b" is the regex \\b; a doubled escape in the parsed text would match a backslash."""
    over = [(str(c), str(p)) for c, p in merged.subject_objects(PKG.matchPattern)
            if re.search(r"\\\\[bBwWdDsS]", str(p))]
    assert not over, over[:5]


def test_authentication_pattern_leaves_login_data_alone(graphs: dict[str, Graph]) -> None:
    """IdentityAuthentication is a purpose: "log in" qualifies, "login time/records" (data) does not."""
    g = graphs["purpose"]
    concept = by_key(g)["IdentityAuthentication"]
    rxs = [re.compile(str(p), re.IGNORECASE) for p in g.objects(concept, PKG.matchPattern) if p.language == "en"]
    labels = [str(lbl) for lbl in g.objects(concept, SKOS.altLabel) if lbl.language == "en"]
    assert "log in" not in labels

    def hit(text: str) -> bool:
        return any(rx.search(text) for rx in rxs)

    assert hit("we check who you are when you log in") and hit("after logging in")
    for data in ("your log in time", "login time and IP address", "login records", "the log-in history"):
        assert not hit(data), data
