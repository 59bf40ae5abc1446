"""Documents that cost time or memory out of proportion to their size, and workers that die (issue 19, items 6-7).

Each hostile file is built at test time (``robustness.corpus``) and ingested with the real
``policykg`` command next to ordinary policies: it must be read quickly or be reported on one
line as over budget, naming the file, and the ordinary policies must be stored. The bounds on
time are generous (the machine is shared); they separate "seconds" from "minutes or never".
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policykg.ingest.isolation import Budget
from policykg.ingest.pipeline import ingest_paths
from policykg.namespaces import PKG
from policykg.store.oxigraph_store import OxigraphStore
from robustness.corpus import (
    GOOD_EN,
    GOOD_ZH,
    docx_paragraph_bomb,
    nested_tags,
    page_tree_bomb,
    tiny_policy,
    write_one_line_text,
)

POLICYKG = Path(sys.executable).with_name("policykg")


def _stored_files(store_dir: Path) -> set[str]:
    with OxigraphStore(store_dir, read_only=True) as store:
        rows = store.select(f"SELECT ?f WHERE {{ GRAPH ?g {{ ?p a <{PKG.PrivacyPolicy}> ; <{PKG.fileName}> ?f }} }}")
    return {str(row["f"]) for row in rows}


def _error_lines(stderr: str) -> dict[str, str]:
    """File name -> its error line (``error PATH: problem``), from the CLI's stderr."""
    lines: dict[str, str] = {}
    for line in stderr.splitlines():
        if line.startswith("error "):
            path = line[len("error "):].split(": ", 1)[0]
            lines[Path(path).name] = line
    return lines


def _good_files(folder: Path) -> set[str]:
    (folder / "good-en.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "good-zh.html").write_text(
        f"<html><head><meta charset='utf-8'><title>隐私</title></head><body><p>{GOOD_ZH}</p></body></html>", encoding="utf-8")
    return {"good-en.txt", "good-zh.html"}


def test_hostile_documents_are_read_quickly_or_reported_over_budget(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = _good_files(folder)
    (folder / "nav-8000.html").write_bytes(nested_tags("nav", 8_000))  # 13.5 s before
    (folder / "div-100k.html").write_bytes(nested_tags("div", 100_000))  # 1.1 MB, 46.7 s before
    (folder / "page-tree.pdf").write_bytes(page_tree_bomb(15))  # 32,768 pages from 2 KB: 45 s, 1 GB before
    (folder / "paragraphs.docx").write_bytes(docx_paragraph_bomb(600_000))  # 22 MB of XML: > 240 s before
    write_one_line_text(folder / "one-line.txt", 19)  # 146 s and 5.7 GB before
    started = time.perf_counter()
    result = subprocess.run(
        [str(POLICYKG), "--store", str(tmp_path / "store"), "ingest", str(folder), "--jobs", "2", "--file-timeout", "20", "-q"],
        capture_output=True, text=True, timeout=400,
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 1, result.stderr
    assert elapsed < 150, f"the batch took {elapsed:.0f} s"
    errors = _error_lines(result.stderr)
    assert set(errors) == {"page-tree.pdf", "paragraphs.docx", "one-line.txt"}, result.stderr
    assert "page-tree bomb" in errors["page-tree.pdf"]
    assert "more than 50,000 paragraphs" in errors["paragraphs.docx"]
    assert any(words in errors["one-line.txt"] for words in ("over the time budget", "over the memory budget", "worker reading it died"))
    for line in errors.values():
        assert str(folder) in line and "Traceback" not in line
    assert _stored_files(tmp_path / "store") == good | {"nav-8000.html", "div-100k.html"}


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_worker_killed_mid_file_is_one_failed_file_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_one_line_text(folder / "a-slow.txt", 19)  # first in order, busy for a minute
    for index in range(3):
        (folder / f"tiny-{index}.txt").write_text(tiny_policy(index), encoding="utf-8")
    process = subprocess.Popen(
        [str(POLICYKG), "--store", str(tmp_path / "store"), "ingest", str(folder), "--jobs", "1", "--file-timeout", "300", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline and process.poll() is None:
        for child in _children(process.pid):
            if _cpu_seconds(child) > 2.0:  # the worker is deep in a-slow.txt
                os.kill(child, signal.SIGKILL)
                killed = child
        time.sleep(0.2)
    _, stderr = process.communicate(timeout=180)
    assert killed is not None, f"no busy worker found: {stderr}"
    assert process.returncode == 1, stderr
    errors = _error_lines(stderr)
    assert set(errors) == {"a-slow.txt"}, stderr
    assert "the worker reading it died (signal SIGKILL)" in errors["a-slow.txt"]
    assert _stored_files(tmp_path / "store") == {f"tiny-{index}.txt" for index in range(3)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_past_its_deadline_is_stopped_and_reported(tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_one_line_text(folder / "slow.txt", 19)
    good = _good_files(folder)
    started = time.perf_counter()
    store = OxigraphStore(None)
    report = ingest_paths([folder], store=store, jobs=jobs, budget=Budget(seconds=3, memory_mib=None))
    elapsed = time.perf_counter() - started
    assert elapsed < 60, f"{elapsed:.0f} s"
    failed = {Path(outcome.source).name: outcome.error for outcome in report.failed}
    assert set(failed) == {"slow.txt"}
    assert failed["slow.txt"].startswith(f"{folder / 'slow.txt'}: over the time budget")
    assert "more than 3 s" in failed["slow.txt"] and "--file-timeout" in failed["slow.txt"]
    assert {Path(outcome.source).name for outcome in report.succeeded} == good


def test_a_file_over_the_memory_cap_is_reported_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_one_line_text(folder / "big.txt", 40)  # needs > 1 GB (19 MB took 594 MB); an ordinary policy needs < 100 MB
    good = _good_files(folder)
    store = OxigraphStore(None)
    report = ingest_paths([folder], store=store, jobs=1, max_bytes=64 * 1_048_576, budget=Budget(seconds=300, memory_mib=300))
    failed = {Path(outcome.source).name: outcome.error or "" for outcome in report.failed}
    assert set(failed) == {"big.txt"}, failed
    assert "over the memory budget" in failed["big.txt"] or "worker reading it died" in failed["big.txt"], failed
    assert "300 MiB" in failed["big.txt"]
    assert {Path(outcome.source).name for outcome in report.succeeded} == good
