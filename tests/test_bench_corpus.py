"""The synthetic benchmark corpus: deterministic, multilingual, and its planted facts are real.

The last test is the one that matters: it runs the real ingest pipeline on generated policies
and checks that the facts export finds what the generator says it planted.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.ingest.facts import export_facts
from policykg.ingest.pipeline import ingest_paths
from policykg.store.oxigraph_store import OxigraphStore

ROOT = Path(__file__).resolve().parents[1]
CORPUS_SCRIPT = ROOT / "bench" / "corpus.py"


@pytest.fixture(scope="module")
def corpus():
    """bench/corpus.py loaded as a module (bench/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", CORPUS_SCRIPT)
    assert spec is not None and spec.loader is not None, f"cannot load {CORPUS_SCRIPT}"
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory, corpus) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    corpus.write_corpus(out, count=20, seed=7)
    return out


def test_same_seed_same_bytes_other_seed_other_text(corpus, tmp_path: Path) -> None:
    first = [corpus.generate_policy(i, seed=3) for i in range(6)]
    again = [corpus.generate_policy(i, seed=3) for i in range(6)]
    other = [corpus.generate_policy(i, seed=4) for i in range(6)]
    assert [p.text for p in first] == [p.text for p in again]
    assert [p.facts for p in first] == [p.facts for p in again]
    assert all(a.text != b.text for a, b in zip(first, other))
    # the CLI writes the same files as the library
    run = subprocess.run([sys.executable, str(CORPUS_SCRIPT), "--count", "3", "--seed", "3", "--out", str(tmp_path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    for policy in first[:3]:
        assert (tmp_path / policy.file).read_text(encoding="utf-8") == policy.text


def test_every_language_appears_with_its_own_script(corpus) -> None:
    policies = [corpus.generate_policy(i, seed=1) for i in range(10)]
    assert {p.language for p in policies} == {"en", "zh", "az", "ru", "es"}
    by_lang = {p.language: p.text for p in policies}
    assert any("\u4e00" <= ch <= "\u9fff" for ch in by_lang["zh"])
    assert any("\u0400" <= ch <= "\u04ff" for ch in by_lang["ru"])
    assert "ə" in by_lang["az"]
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in by_lang["en"])


def test_policies_are_about_two_thousand_words_and_plant_every_field(corpus) -> None:
    for index in range(10):
        policy = corpus.generate_policy(index, seed=1)
        assert 1900 <= policy.words <= 2600, (policy.file, policy.words)
        for name, (low, _high) in corpus.PLANT_COUNTS.items():
            assert len(policy.facts[name]) >= min(low, 1), (policy.file, name)


def test_planted_facts_file_matches_the_texts(generated: Path) -> None:
    planted = json.loads((generated / "planted-facts.json").read_text(encoding="utf-8"))
    assert planted["format"] == "policy-facts/1"
    files = sorted(p.name for p in generated.glob("*.txt"))
    assert sorted(r["file"] for r in planted["policies"]) == files
    for record in planted["policies"]:
        assert record["company"] in (generated / record["file"]).read_text(encoding="utf-8")


def test_ingest_finds_the_planted_facts(generated: Path, corpus) -> None:
    store = OxigraphStore(None)
    try:
        report = ingest_paths([generated], store=store, jobs=1)
        assert not report.failed, [outcome.error for outcome in report.failed]
        assert len(report.succeeded) == 20
        exported = export_facts(store)
    finally:
        store.close()
    planted = json.loads((generated / "planted-facts.json").read_text(encoding="utf-8"))
    recall = corpus.planted_recall(planted, exported)
    hit, total = recall["data_categories"]
    assert total >= 20 * 6
    assert hit / total >= 0.8, recall
    for name, (hit, total) in recall.items():
        assert total > 0 and hit / total >= 0.6, (name, recall)
    languages = {record["language"] for record in exported["policies"]}
    assert languages == {"en", "zh", "az", "ru", "es"}


def test_replicated_graphs_are_distinct_policies_with_the_seed_facts(generated: Path, corpus) -> None:
    """bench/replicate.py: copies get fresh docids, companies and files, and keep the seed's facts."""
    spec = importlib.util.spec_from_file_location("bench_replicate", ROOT / "bench" / "replicate.py")
    assert spec is not None and spec.loader is not None
    replicate = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = replicate
    spec.loader.exec_module(replicate)
    seeds = replicate.extract_seeds(generated, count=2, jobs=1)
    store = OxigraphStore(None)
    try:
        replicate.load_replicas([store], seeds, 6, progress=False)
        exported = export_facts(store)
    finally:
        store.close()
    records = exported["policies"]
    assert len(records) == 6
    assert len({r["policy"] for r in records}) == 6
    assert len({r["file"] for r in records}) == 6
    assert len({r["company"] for r in records}) == 6
    by_seed: dict[str, list[dict]] = {}
    for record in records:
        by_seed.setdefault(record["file"].split("-")[-1], []).append(record)
    assert sorted(len(group) for group in by_seed.values()) == [3, 3]
    for group in by_seed.values():  # every copy states exactly what its seed states
        assert all(r["data_categories"] == group[0]["data_categories"] != [] for r in group)
        assert all(r["disclosure_conditions"] == group[0]["disclosure_conditions"] for r in group)
