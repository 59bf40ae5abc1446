"""Every benchmark script runs once at its smallest size, so a refactor cannot silently break a
bench or the baseline its ratios are quoted against (as `select_table` once broke the rdflib
column of bench_queries). Figures are printed, never asserted: this is not a timed test."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
# an exception name in the output means the harness broke, not that a figure is slow
HARNESS_ERRORS = re.compile(r"\b(AttributeError|TypeError|NameError|ImportError|ModuleNotFoundError|KeyError)\b")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bench") / "corpus"
    subprocess.run([sys.executable, str(BENCH / "corpus.py"), "--count", "6", "--out", str(out), "--seed", "3"],
                   check=True, capture_output=True, timeout=120)
    return out


SMOKE_RUNS = {
    "bench_check": ["--store", "{tmp}/check-store", "--corpus", "{corpus}", "--count", "6", "--jobs", "1"],
    "bench_workbench": ["--store", "{tmp}/wb-store", "--repeat", "1", "--reviews", "1"],
    "bench_discover": ["--files", "50", "--links", "3", "--repeat", "1"],
    "bench_endpoint": ["--policies", "20", "--clients", "2", "--seconds", "0.5", "--tiny"],
    "bench_ingest": ["--count", "6", "--jobs", "1", "--corpus", "{corpus}"],
    "bench_queries": ["--sizes", "20", "--seeds", "5", "--rdflib-max", "20", "--repeat", "1", "--budget", "3",
                      "--corpus", "{corpus}", "--query", "policies-overview", "--query", "silent-on",
                      "--query", "companies-collecting-category"],
    "bench_scale": ["--corpus", "{corpus}", "--store", "{tmp}/scale-store", "--jobs", "1", "--every", "5"],
    "bench_viz": ["--policies", "5"],
    "compare_rewrites": ["--size", "20", "--seeds", "5", "--repeat", "1"],
    "profile_extract": ["{corpus}", "--count", "3"],
}


# what a bench needs to exist before it runs (an existing store)
SMOKE_SETUP = {
    "bench_workbench": [str(Path(sys.executable).with_name("policykg")), "--store", "{tmp}/wb-store", "ingest", "-q", "{corpus}"],
}
# evaluation scripts: they score against ../shared's gold, which the evaluation tests run
EVALUATIONS = {"eval_ca4p", "findings_dev", "score_publisher"}


def test_every_bench_script_has_a_smoke_run():
    scripts = {p.stem for p in BENCH.glob("*.py")} - {"corpus", "corpus_templates", "replicate", "query_split"} - EVALUATIONS
    assert scripts == set(SMOKE_RUNS), "add the new bench script to SMOKE_RUNS"


@pytest.mark.parametrize("script", sorted(SMOKE_RUNS))
def test_bench_runs_at_its_smallest_size(script: str, corpus: Path, tmp_path: Path):
    args = [a.format(corpus=corpus, tmp=tmp_path) for a in SMOKE_RUNS[script]]
    if script in SMOKE_SETUP:
        setup = [a.format(corpus=corpus, tmp=tmp_path) for a in SMOKE_SETUP[script]]
        subprocess.run(setup, check=True, capture_output=True, timeout=300, cwd=tmp_path)
    done = subprocess.run([sys.executable, str(BENCH / f"{script}.py"), *args], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    print(done.stdout[-3000:], done.stderr[-2000:], sep="\n")
    assert done.returncode == 0, done.stderr[-3000:]
    assert not HARNESS_ERRORS.search(done.stdout + done.stderr), done.stdout[-3000:]
