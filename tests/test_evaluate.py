"""The policy-facts/1 scorer on hand-made gold/prediction pairs: every FORMAT.md rule."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policykg.ingest.evaluate import (
    FactsFileError,
    company_matches,
    format_table,
    load_facts,
    match_list,
    normalise_company,
    score,
)
from policykg.ingest.record import LIST_FIELDS


def doc(*records: dict) -> dict:
    return {"format": "policy-facts/1", "policies": list(records)}


def rec(file: str = "a.txt", **fields) -> dict:
    return {"file": file, **fields}


# ------------------------------------------------------------------ list fields

def test_alternatives_match_any_and_count_once() -> None:
    assert match_list(["A|B"], ["A", "B"]) == (1, 0, 0)
    assert match_list(["A|B"], ["B"]) == (1, 0, 0)
    assert match_list(["A|B"], ["C"]) == (0, 1, 1)


def test_optional_items_are_neither_false_positive_nor_false_negative() -> None:
    assert match_list([], ["X"], optional=["X"]) == (0, 0, 0)
    assert match_list(["Y"], [], optional=["X"]) == (0, 0, 1)
    assert match_list([], ["Z"], optional=["X|Z"]) == (0, 0, 0)
    assert match_list([], ["W"], optional=["X"]) == (0, 1, 0)


def test_duplicate_predictions_count_once() -> None:
    assert match_list(["A"], ["A", "A"]) == (1, 0, 0)


def test_micro_counts_pool_records_and_macro_averages_fields() -> None:
    gold = doc(rec("a.txt", rights=["access", "erasure"]), rec("b.txt", rights=["access"]))
    pred = doc(rec("a.txt", rights=["access"]), rec("b.txt", rights=["access", "copy"]))
    scores = score(gold, pred)
    rights = scores.overall.list_score("rights")
    assert (rights.tp, rights.fp, rights.fn) == (2, 1, 1)
    assert rights.precision == pytest.approx(2 / 3)
    assert rights.recall == pytest.approx(2 / 3)
    # every other list field is empty on both sides: perfect
    expected_macro = (rights.f1 + (len(LIST_FIELDS) - 1) * 1.0) / len(LIST_FIELDS)
    assert scores.macro_f1 == pytest.approx(expected_macro)


# ------------------------------------------------------------------ scalar fields

def test_null_gold_values_are_skipped_only_for_the_three_named_fields() -> None:
    gold = doc(rec(minors={"mentioned": True, "age": None}, retention={"stated": True, "kind": None, "period": None}))
    pred = doc(rec(minors={"mentioned": True, "age": 14}, retention={"stated": True, "kind": "fixed", "period": "P1Y"}))
    overall = score(gold, pred).overall
    assert overall.scalar("minors.age").total == 0
    assert overall.scalar("retention.kind").total == 0
    period = overall.scalar("retention.period")  # not in the null-skip list: compared
    assert (period.correct, period.total) == (0, 1)
    assert overall.scalar("minors.mentioned").correct == 1


def test_non_null_gold_values_are_compared() -> None:
    gold = doc(rec(cross_border={"mentioned": True, "storage_location": "CN"}))
    wrong = doc(rec(cross_border={"mentioned": True, "storage_location": None}))
    right = doc(rec(cross_border={"mentioned": True, "storage_location": "CN"}))
    assert score(gold, wrong).overall.scalar("cross_border.storage_location").correct == 0
    assert score(gold, right).overall.scalar("cross_border.storage_location").correct == 1


def test_contacts_compare_as_normalised_sets() -> None:
    gold = doc(rec(contacts={"emails": ["Privacy@Acme.example"], "phones": ["+86 150 8821 0909", "400-123-4567"]}))
    same = doc(rec(contacts={"emails": ["privacy@acme.example "], "phones": ["4001234567", "+86-150-8821-0909"]}))
    missing_code = doc(rec(contacts={"emails": ["privacy@acme.example"], "phones": ["150 8821 0909", "4001234567"]}))
    assert score(gold, same).overall.scalar("contacts.emails").correct == 1
    assert score(gold, same).overall.scalar("contacts.phones").correct == 1
    assert score(gold, missing_code).overall.scalar("contacts.phones").correct == 0


def test_sells_data_and_booleans_compare_exactly() -> None:
    gold = doc(rec(sells_data="no", cookies=True, last_updated="2023-11-29"))
    pred = doc(rec(sells_data=None, cookies=True, last_updated="2023-11-28"))
    overall = score(gold, pred).overall
    assert overall.scalar("sells_data").correct == 0
    assert overall.scalar("cookies").correct == 1
    assert overall.scalar("last_updated").correct == 0
    assert overall.scalar_accuracy == pytest.approx(1 / 3)


# ------------------------------------------------------------------ company rule

@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("EJET Co., Ltd.", "EJET", True),
        ("EJET Co., Ltd.", "ejet co ltd", True),
        ("Sanjet International", "Sanjet", True),  # containment
        ("北京星河数据科技有限公司", "星河数据科技", True),
        ("北京星河数据科技有限公司", "北京星河数据科技股份有限公司", True),
        ("Acme Widgets GmbH", "Globex LLC", False),
        (None, None, True),
        (None, "Acme", False),
        ("Acme", None, False),
    ],
)
def test_company_rule(gold: str | None, predicted: str | None, expected: bool) -> None:
    assert company_matches(gold, predicted) is expected


def test_normalise_company_drops_case_punctuation_and_legal_forms() -> None:
    assert normalise_company("EJET Co., Ltd.") == "ejet"
    assert normalise_company("ООО «Ромашка»") == "ромашка"
    assert normalise_company("某某科技有限公司") == "某某科技"


# ------------------------------------------------------------------ documents, breakdowns, tables

def test_missing_predictions_score_as_empty_and_are_reported() -> None:
    gold = doc(rec("a.txt", rights=["access"], cookies=True), rec("b.txt", rights=[]))
    pred = doc(rec("b.txt", rights=[]), rec("extra.txt"))
    scores = score(gold, pred)
    assert scores.missing == ("a.txt",)
    assert scores.unscored == ("extra.txt",)
    assert scores.overall.list_score("rights").fn == 1
    assert scores.overall.scalar("cookies").correct == 0


def test_breakdowns_by_policy_and_language() -> None:
    gold = doc(
        rec("en.txt", language="en", company="Acme Inc.", rights=["access"]),
        rec("zh.txt", language="zh", company="某某有限公司", rights=["erasure"]),
    )
    pred = doc(
        rec("en.txt", language="en", company="Acme", rights=["access"]),
        rec("zh.txt", language="en", company="别的公司", rights=[]),
    )
    scores = score(gold, pred)
    by_file = {p.name: p for p in scores.policies}
    assert by_file["en.txt"].list_score("rights").f1 == 1.0
    assert by_file["zh.txt"].list_score("rights").f1 == 0.0
    assert by_file["zh.txt"].company.correct == 0
    by_language = {g.name: g for g in scores.languages}
    assert set(by_language) == {"en", "zh"}
    assert by_language["zh"].language.correct == 0
    assert scores.overall.company.correct == 1


def test_format_table_lists_every_field_and_group() -> None:
    gold = doc(rec("en.txt", language="en", rights=["access"]))
    scores = score(gold, doc(rec("en.txt", language="en", rights=["access", "copy"])))
    field_table = format_table(scores, by="field")
    for name in (*LIST_FIELDS, "retention.kind", "contacts.phones", "company", "macro-F1"):
        assert name in field_table
    assert "0.500" in field_table  # rights precision
    assert "en.txt" in format_table(scores, by="policy")
    assert format_table(scores, by="language").splitlines()[1].startswith("en")
    with pytest.raises(ValueError, match="by must be"):
        format_table(scores, by="colour")


def test_load_facts_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(FactsFileError, match="bad.json"):
        load_facts(bad)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "other/2", "policies": []}), encoding="utf-8")
    with pytest.raises(FactsFileError, match="wrong.json.*other/2"):
        load_facts(wrong)
    nameless = tmp_path / "nameless.json"
    nameless.write_text(json.dumps({"policies": [{"company": "x"}]}), encoding="utf-8")
    with pytest.raises(FactsFileError, match="no 'file'"):
        load_facts(nameless)


def test_gold_scored_against_its_own_first_alternatives_is_perfect(shared_dir: Path) -> None:
    gold = load_facts(shared_dir / "eval" / "seeds-gold.json")
    predicted = json.loads(json.dumps(gold))
    for record in predicted["policies"]:
        record.pop("optional", None)
        for field in LIST_FIELDS:
            record[field] = [item.split("|")[0] for item in record.get(field, [])]
    scores = score(gold, predicted)
    assert scores.macro_f1 == 1.0
    assert scores.scalar_accuracy == 1.0
    assert scores.overall.company.correct == len(gold["policies"])


def test_evaluate_json_is_json_with_the_figures_the_tables_print(tmp_path: Path) -> None:
    """``policykg evaluate --json`` prints parseable JSON (it once printed a Python repr as a string)."""
    from click.testing import CliRunner

    from policykg.cli import cli

    gold = doc(rec("a.txt", language="en", data_categories=["pd/EmailAddress", "pd/Name"]))
    predicted = doc(rec("a.txt", language="en", data_categories=["pd/EmailAddress", "pd/Location"]))
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "pred.json").write_text(json.dumps(predicted), encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(tmp_path / "gold.json"), "--predicted",
                                      str(tmp_path / "pred.json"), "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    categories = answer["overall"]["lists"]["data_categories"]
    assert (categories["tp"], categories["fp"], categories["fn"]) == (1, 1, 1) and categories["f1"] == 0.5
    assert answer["languages"][0]["name"] == "en" and answer["policies"][0]["records"] == 1
