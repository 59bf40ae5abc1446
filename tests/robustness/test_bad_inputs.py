"""Hostile and odd input files in one batch: each is refused on one clear line or ingested sensibly.

Runs the real pipeline (``ingest_paths`` into a real embedded store) and the real ``policykg``
command. The corpus is built at test time by ``robustness.corpus``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from privileges import why_nobody_cannot_run_the_venv

from policykg.ingest.pipeline import IngestReport, discover, ingest_paths
from policykg.ingest.read import read_document
from policykg.namespaces import GRAPH, PKG
from policykg.store.oxigraph_store import OxigraphStore
from robustness.corpus import CASES, GOOD_EN, build_corpus, open_to_nobody, running_as_root, write_large_text

POLICYKG = Path(sys.executable).with_name("policykg")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def batch(corpus: dict[str, Path]) -> tuple[IngestReport, OxigraphStore]:
    store = OxigraphStore(None)
    report = ingest_paths([corpus["good-en.txt"].parent], store=store, batch_size=100)
    return report, store


def _by_name(report: IngestReport) -> dict[str, list]:  # type: ignore[type-arg]
    found: dict[str, list] = {}  # type: ignore[type-arg]
    for outcome in report.outcomes:
        found.setdefault(Path(outcome.source).name, []).append(outcome)
    return found


def _policy_files(store: OxigraphStore) -> dict[str, str]:
    rows = store.select(f"SELECT ?g ?f WHERE {{ GRAPH ?g {{ ?p a <{PKG.PrivacyPolicy}> ; <{PKG.fileName}> ?f }} }}")
    return {str(row["g"]): str(row["f"]) for row in rows}


def test_every_file_has_exactly_one_outcome_even_through_a_symlink_loop(batch) -> None:  # type: ignore[no-untyped-def]
    report, _ = batch
    names = _by_name(report)
    assert set(names) == {case.name for case in CASES}
    assert all(len(outcomes) == 1 for outcomes in names.values()), {n: len(o) for n, o in names.items() if len(o) > 1}


@pytest.mark.parametrize("case", [c for c in CASES if c.expect == "error"], ids=lambda c: c.name)
def test_bad_file_gets_one_clear_line_naming_it(batch, corpus, case) -> None:  # type: ignore[no-untyped-def]
    (outcome,) = _by_name(batch[0])[case.name]
    assert outcome.status == "failed"
    error = outcome.error or ""
    assert error.startswith(f"{corpus[case.name]}: "), error
    assert "\n" not in error and "Traceback" not in error and "internal error" not in error, error
    for word in case.words:
        assert word in error.lower(), f"{case.name}: {word!r} missing from {error!r}"


@pytest.mark.parametrize("case", [c for c in CASES if c.expect == "skipped"], ids=lambda c: c.name)
def test_link_leaving_the_folder_is_skipped_with_its_reason(batch, case) -> None:  # type: ignore[no-untyped-def]
    (outcome,) = _by_name(batch[0])[case.name]
    assert outcome.status == "skipped" and outcome.docid is None
    for word in case.words:
        assert word in (outcome.note or "").lower(), f"{case.name}: {word!r} missing from {outcome.note!r}"


@pytest.mark.parametrize("case", [c for c in CASES if c.expect == "ok"], ids=lambda c: c.name)
def test_odd_but_readable_file_is_ingested(batch, case) -> None:  # type: ignore[no-untyped-def]
    report, store = batch
    (outcome,) = _by_name(report)[case.name]
    assert outcome.ok, outcome.error
    assert outcome.docid and f"{GRAPH}policy/{outcome.docid}" in _policy_files(store)


def test_gbk_without_bom_is_read_as_chinese(batch) -> None:  # type: ignore[no-untyped-def]
    report, store = batch
    (outcome,) = _by_name(report)["gbk-no-bom.txt"]
    assert outcome.language == "zh" and outcome.statements >= 1
    rows = store.select(
        f"SELECT ?enc ?text WHERE {{ GRAPH <{GRAPH}policy/{outcome.docid}> {{ ?p <{PKG.sourceEncoding}> ?enc ; "
        f"<{PKG.hasText}> ?t . ?t <{PKG.content}> ?text }} }}"
    )
    assert str(rows[0]["enc"]) in {"gb18030", "gbk", "gb2312"}
    assert "个人信息" in str(rows[0]["text"])


def test_invalid_utf8_keeps_the_readable_words(batch) -> None:  # type: ignore[no-untyped-def]
    report, store = batch
    (outcome,) = _by_name(report)["invalid-utf8.txt"]
    rows = store.select(
        f"SELECT ?text WHERE {{ GRAPH <{GRAPH}policy/{outcome.docid}> {{ ?t <{PKG.content}> ?text }} }}"
    )
    assert "We do not sell personal information" in str(rows[0]["text"])


def test_deeply_nested_html_keeps_its_sentence(batch) -> None:  # type: ignore[no-untyped-def]
    (outcome,) = _by_name(batch[0])["deep-10k.html"]
    assert outcome.statements >= 1 and outcome.language == "en"


def test_duplicate_bytes_under_two_names_make_one_graph(batch) -> None:  # type: ignore[no-untyped-def]
    report, store = batch
    (first,) = _by_name(report)["copy-b.txt"]
    (second,) = _by_name(report)["good-en.txt"]
    assert first.docid == second.docid
    assert sorted([first.status, second.status]) == ["duplicate", "ingested"]
    graphs = _policy_files(store)
    assert list(graphs).count(f"{GRAPH}policy/{first.docid}") == 1
    sha_rows = store.select(f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p <{PKG.sha256}> ?s FILTER(STRSTARTS(?s, '{first.docid}')) }}")
    assert int(sha_rows[0]["n"]) == 1


def test_duplicates_in_different_batches_still_make_one_graph(corpus: dict[str, Path]) -> None:
    with OxigraphStore(None) as store:
        report = ingest_paths([corpus["good-en.txt"], corpus["copy-b.txt"]], store=store, batch_size=1)
        assert all(outcome.ok for outcome in report.outcomes)
        assert len({outcome.docid for outcome in report.outcomes}) == 1
        assert len(_policy_files(store)) == 1


def test_good_files_are_ingested_beside_the_bad_ones(batch) -> None:  # type: ignore[no-untyped-def]
    report, store = batch
    ok = {case.name for case in CASES if case.expect == "ok"}
    assert {Path(o.source).name for o in report.succeeded} == ok
    assert {Path(o.source).name for o in report.failed} == {case.name for case in CASES if case.expect == "error"}
    assert len(_policy_files(store)) == len(ok) - 1  # the duplicate shares a graph


def test_cli_batch_prints_one_line_per_bad_file_and_exits_1(corpus: dict[str, Path], tmp_path: Path) -> None:
    """The real command in a subprocess with no terminal: errors must stay one greppable line each."""
    folder = corpus["good-en.txt"].parent
    result = subprocess.run(
        [str(POLICYKG), "--store", str(tmp_path / "store"), "ingest", str(folder), "-q", "--jobs", "2"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "80"},
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    bad = [case for case in CASES if case.expect == "error"]
    for case in bad:
        mine = [line for line in lines if f"{corpus[case.name]}: " in line]
        assert len(mine) == 1, f"{case.name}: expected one error line in\n{result.stderr}"
        assert mine[0].startswith("error "), mine[0]
        assert all(word in mine[0].lower() for word in case.words), mine[0]
    assert len(lines) == len(bad), "every stderr line should be one file's error:\n" + result.stderr
    with OxigraphStore(tmp_path / "store", read_only=True) as store:
        files = set(_policy_files(store).values())
    assert "gbk-no-bom.txt" in files and "deep-10k.html" in files and "empty.txt" not in files


# --- size limit ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "huge-policy.txt"
    started = time.perf_counter()
    size = write_large_text(path, 50)
    assert size > 50 * 1_048_576 and time.perf_counter() - started < 10
    return path


def test_50_mb_file_is_refused_by_default_with_the_option_named(large_file: Path, tmp_path: Path) -> None:
    good = tmp_path / "in" / "small.txt"
    good.parent.mkdir()
    good.write_text(GOOD_EN, encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        [str(POLICYKG), "--store", str(tmp_path / "store"), "ingest", str(large_file), str(good), "-q"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "400"},
    )
    assert time.perf_counter() - started < 30, "the size check must come before reading the file"
    assert result.returncode == 1, result.stderr
    assert f"{large_file}: the file is 50.0 MB, over the 20.0 MB limit" in result.stderr
    assert "--max-size" in result.stderr
    with OxigraphStore(tmp_path / "store", read_only=True) as store:
        assert set(_policy_files(store).values()) == {"small.txt"}


def test_50_mb_file_is_read_with_a_larger_limit(large_file: Path) -> None:
    """``--max-size 60`` turns into max_bytes; reading (not extracting) 50 MB must stay quick."""
    started = time.perf_counter()
    document = read_document(large_file, max_bytes=60 * 1024 * 1024)
    seconds = time.perf_counter() - started
    assert len(document.text) > 50_000_000 and document.language == "en"
    assert seconds < 30, f"reading 50 MB took {seconds:.1f} s"


def test_max_size_option_reaches_the_reader(tmp_path: Path) -> None:
    """The CLI option, not only the library argument: a 20 KB file passes --max-size 0.05, fails 0.01."""
    path = tmp_path / "in" / "twenty.txt"
    path.parent.mkdir()
    path.write_text((GOOD_EN + "\n") * 90, encoding="utf-8")
    assert 0.01 * 1_048_576 < path.stat().st_size < 0.05 * 1_048_576
    runs = {}
    for limit in ("0.01", "0.05"):
        runs[limit] = subprocess.run(
            [str(POLICYKG), "--store", str(tmp_path / f"store{limit}"), "ingest", str(path), "-q", "--max-size", limit],
            capture_output=True, text=True, timeout=120,
        )
    assert runs["0.01"].returncode == 1 and "over the 0.0 MB limit" in runs["0.01"].stderr
    assert runs["0.05"].returncode == 0, runs["0.05"].stderr


# --- permissions --------------------------------------------------------------------------------

_AS_NOBODY = """
import json, os, sys
from pathlib import Path
from policykg.ingest.pipeline import ensure_ontology, ingest_paths, prepare
from policykg.store.oxigraph_store import OxigraphStore
warm = prepare(Path(sys.argv[2]))  # loads every lazy module and model while still root
assert not hasattr(warm, "error") or warm.error is None, warm
store = OxigraphStore(None)
ensure_ontology(store)  # the ontology files too: the checkout itself may be closed to nobody
os.setgid(65534); os.setuid(65534)
report = ingest_paths([sys.argv[1]], store=store)
print(json.dumps([[o.source, o.status, o.error] for o in report.outcomes]))
"""


def test_unreadable_file_and_folder_are_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    """Root ignores file modes, so the ingest runs as user nobody in a subprocess."""
    if not running_as_root():
        pytest.fail("this test drops privileges to user nobody and must run as root (as CI does)")
    if (why := why_nobody_cannot_run_the_venv()) is not None:
        pytest.skip(why)
    folder = tmp_path / "perm"
    (folder / "closed").mkdir(parents=True)
    (folder / "ok.txt").write_text(GOOD_EN, encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text(GOOD_EN + " Secret copy.", encoding="utf-8")
    (folder / "closed" / "inside.txt").write_text(GOOD_EN + " Hidden copy.", encoding="utf-8")
    warm = tmp_path / "warm.txt"
    warm.write_text(GOOD_EN, encoding="utf-8")
    secret.chmod(0)
    (folder / "closed").chmod(0)
    open_to_nobody(folder, stop_at=Path(tempfile.gettempdir()))
    (folder / "closed").chmod(0)
    result = subprocess.run([sys.executable, "-c", _AS_NOBODY, str(folder), str(warm)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    outcomes = {Path(source).name: (status, error) for source, status, error in json.loads(result.stdout)}
    assert outcomes["ok.txt"][0] == "ingested", outcomes
    assert outcomes["secret.txt"] == ("failed", f"{secret}: cannot read the file (permission denied): check its permissions, e.g. `chmod +r {secret}`")
    closed = folder / "closed"
    assert "closed" in outcomes, f"the unreadable folder was skipped silently: {outcomes}"
    assert outcomes["closed"] == ("failed", f"{closed}: cannot list the folder (permission denied): check its permissions, e.g. `chmod +rx {closed}`")
    assert "inside.txt" not in outcomes


def test_discovery_never_follows_a_symlink_loop_forever(corpus: dict[str, Path]) -> None:
    started = time.perf_counter()
    files, problems = discover([corpus["good-en.txt"].parent])
    assert time.perf_counter() - started < 5
    assert {Path(problem.source).name for problem in problems} == {case.name for case in CASES if case.expect == "skipped"}
    assert len({path.resolve() for path in files}) == len(files) == len([case for case in CASES if case.expect != "skipped"])
