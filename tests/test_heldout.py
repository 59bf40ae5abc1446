"""Held-out quality check: the real ingest pipeline scored against hand-made gold on 8 fictional policies.

The policies in ``tests/heldout/policies`` were written after the extractor and never used to tune it,
so the figures printed here (``pytest -s tests/test_heldout.py``) are honest estimates of extraction
quality on unseen text, in the same policy-facts/1 terms as the shared seeds gold.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from policykg.ingest.evaluate import Scores, format_table, score
from policykg.ingest.facts import export_facts
from policykg.ingest.pipeline import ingest_paths
from policykg.store.oxigraph_store import OxigraphStore

HELDOUT = Path(__file__).parent / "heldout"
POLICIES = HELDOUT / "policies"
GOLD = HELDOUT / "gold.json"

MIN_MACRO_F1 = 0.70
MIN_SCALAR_ACCURACY = 0.80

# The closed key sets of the shared FORMAT.md (policy-facts/1).
LAW_KEYS = {"CN-CSL", "CN-PIPL", "CN-DSL", "CN-GBT35273-2017", "CN-GBT35273-2020", "CN-GBT35273", "CN-NDSMR",
            "CN-MPL", "EU-GDPR", "US-CCPA", "other"}
RECIPIENT_KEYS = {"affiliates", "service-providers", "partners", "authorities", "researchers", "advertisers",
                  "successors", "third-parties"}
CONDITION_KEYS = {"consent", "legal-obligation", "national-security", "public-interest", "criminal-investigation",
                  "vital-interests", "self-disclosed", "lawful-public-source", "contract", "service-security",
                  "research", "news-reporting", "protect-rights", "affiliates", "partners", "entrusted-processing",
                  "merger-acquisition", "anonymised", "unilateral-discretion", "other-legal"}
RIGHT_KEYS = {"access", "rectification", "erasure", "withdraw-consent", "account-cancellation", "copy", "portability",
              "restrict-or-object", "explanation", "automated-decision", "opt-out-marketing", "complaint-to-authority"}
MEASURE_KEYS = {"encryption", "encryption-in-transit", "access-control", "anonymisation", "de-identification",
                "firewall", "malware-protection", "confidentiality-agreement", "staff-training", "security-audit",
                "dedicated-team", "incident-response-plan"}
TRACKING_KEYS = {"cookies", "web-beacons", "sdk", "fingerprinting", "local-storage"}
RECORD_KEYS = {"file", "company", "language", "laws_cited", "data_categories", "purposes", "recipients",
               "disclosure_conditions", "rights", "security_measures", "retention", "cross_border", "minors",
               "cookies", "tracking", "cookie_control", "contacts", "incident_notification", "policy_change_notice",
               "implied_consent", "sells_data", "last_updated", "optional"}
ISO_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")


def _load_gold() -> dict[str, Any]:
    if not GOLD.is_file():
        pytest.fail(f"{GOLD} is missing: the held-out set must sit in tests/heldout/ (policies/ and gold.json)")
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _dpv_names(shared_dir: Path) -> dict[str, set[str]]:
    """Local names of DPV personal-data categories ('pd') and purposes, from the shared DPV term list."""
    names: dict[str, set[str]] = {"pd": set(), "purposes": set()}
    with (shared_dir / "reference" / "dpv-terms.tsv").open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if len(row) >= 3 and row[0] in names and row[1] == "class":
                names[row[0]].add(row[2].rsplit("#", 1)[-1])
    return names


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return _load_gold()


@pytest.fixture(scope="module")
def predicted() -> dict[str, Any]:
    """Facts extracted by the real pipeline into a real in-memory Oxigraph store."""
    with OxigraphStore(None) as store:
        report = ingest_paths([POLICIES], store=store)
        failed = [(o.source, o.error) for o in report.failed]
        assert not failed, f"ingest failed for held-out policies: {failed}"
        assert len(report.succeeded) == 8, [o.source for o in report.outcomes]
        return export_facts(store)


@pytest.fixture(scope="module")
def scores(gold: dict[str, Any], predicted: dict[str, Any]) -> Scores:
    result = score(gold, predicted)
    print("\n\nHeld-out evaluation (tests/heldout, never used for tuning)\n")
    print(format_table(result, by="field"))
    print()
    print(format_table(result, by="policy"))
    print()
    print(format_table(result, by="language"))
    return result


def test_gold_records_use_only_format_keys_and_dpv_names(gold: dict[str, Any], shared_dir: Path) -> None:
    dpv = _dpv_names(shared_dir)
    allowed = {"laws_cited": LAW_KEYS, "data_categories": dpv["pd"], "purposes": dpv["purposes"],
               "recipients": RECIPIENT_KEYS, "disclosure_conditions": CONDITION_KEYS, "rights": RIGHT_KEYS,
               "security_measures": MEASURE_KEYS, "tracking": TRACKING_KEYS}
    problems: list[str] = []
    for record in gold["policies"]:
        where = record["file"]
        problems += [f"{where}: unknown key {k!r}" for k in set(record) - RECORD_KEYS]
        optional = record.get("optional", {})
        problems += [f"{where}: optional.{k} is not a list field" for k in set(optional) - set(allowed)]
        for field, keys in allowed.items():
            for item in [*record.get(field, []), *optional.get(field, [])]:
                problems += [f"{where}: {field} {alt!r} is not allowed" for alt in item.split("|") if alt not in keys]
        period = record["retention"]["period"]
        if period is not None and not ISO_DURATION.match(period):
            problems.append(f"{where}: retention.period {period!r} is not an ISO-8601 duration")
        location = record["cross_border"]["storage_location"]
        if location is not None and not re.fullmatch(r"[A-Z]{2}", location):
            problems.append(f"{where}: storage_location {location!r} is not ISO-3166 alpha-2")
        if record["last_updated"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["last_updated"]):
            problems.append(f"{where}: last_updated {record['last_updated']!r} is not YYYY-MM-DD")
        if record["cookies"] != ("cookies" in record["tracking"]):
            problems.append(f"{where}: cookies disagrees with tracking")
    assert not problems, "\n".join(problems)


def test_gold_and_policy_files_match_one_to_one(gold: dict[str, Any]) -> None:
    files = sorted(p.name for p in POLICIES.iterdir() if p.is_file())
    annotated = sorted(r["file"] for r in gold["policies"])
    assert files == annotated
    assert len(files) == 8


def test_every_heldout_policy_yields_a_record(predicted: dict[str, Any], scores: Scores) -> None:
    assert not scores.missing, f"no facts extracted for {scores.missing}"
    assert {r["file"] for r in predicted["policies"]} >= {p.name for p in POLICIES.iterdir()}


def test_thresholds_reject_an_extractor_that_finds_nothing(gold: dict[str, Any]) -> None:
    """The bars below are not vacuous: empty records for every file fail both of them."""
    empty = {"format": "policy-facts/1", "policies": [{"file": r["file"]} for r in gold["policies"]]}
    baseline = score(gold, empty)
    assert baseline.macro_f1 < MIN_MACRO_F1
    assert baseline.scalar_accuracy is not None and baseline.scalar_accuracy < MIN_SCALAR_ACCURACY


def test_heldout_list_fields_reach_macro_f1(scores: Scores) -> None:
    assert scores.macro_f1 >= MIN_MACRO_F1, f"held-out macro-F1 {scores.macro_f1:.3f} < {MIN_MACRO_F1}"


def test_heldout_scalar_fields_reach_accuracy(scores: Scores) -> None:
    accuracy = scores.scalar_accuracy
    assert accuracy is not None and accuracy >= MIN_SCALAR_ACCURACY, (
        f"held-out scalar accuracy {accuracy} < {MIN_SCALAR_ACCURACY}"
    )
