"""Many tiny files: discovery of 10,000 and a real ``policykg ingest --jobs 2`` of 1,000 of them.

Why not ingest all 10,000 here: on the 2-core test machine the full run takes about 60 s
(~170 tiny policies/s), over this suite's time budget; discovery is tested at 10,000 and the
end-to-end ingest at 1,000 with a few bad files mixed in. ``bench/`` is the place for the big run,
and for the time: ``bench/bench_discover.py`` measures discovery against a bare ``os.walk``; these
tests check what is found, not how fast (a wall-clock bound fails on a loaded machine, not on slow code).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.ingest.pipeline import discover
from policykg.namespaces import PKG
from policykg.store.oxigraph_store import OxigraphStore
from robustness.corpus import write_tiny_files

POLICYKG = Path(sys.executable).with_name("policykg")
INGESTED = 1_000


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny") / "many"
    write_tiny_files(folder, 10_000)
    return folder


def test_discovery_of_10k_files_is_complete(tiny_folder: Path) -> None:
    files, problems = discover([tiny_folder])
    assert not problems and len(files) == 10_000 == len({f.name for f in files})


def test_ingest_1k_tiny_files_with_bad_ones_mixed_in(tiny_folder: Path, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for path in sorted(tiny_folder.iterdir())[:INGESTED]:
        os.link(path, batch / path.name)
    bad = {"zz-empty.txt": b"", "zz-binary.txt": b"\x00\x01\x02" * 100, "zz-nul.html": b"<html>\x00\x00</html>"}
    for name, data in bad.items():
        (batch / name).write_bytes(data)
    result = subprocess.run(
        [str(POLICYKG), "--store", str(tmp_path / "store"), "ingest", str(batch), "-q", "--jobs", "2"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1, result.stderr  # 1: some files failed, the batch still ran
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == len(bad) and all(any(f"{batch / name}: " in line for line in errors) for name in bad), result.stderr
    with OxigraphStore(tmp_path / "store", read_only=True) as store:
        rows = store.select(f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p a <{PKG.PrivacyPolicy}> }}")
    assert int(rows[0]["n"]) == INGESTED
