"""`policykg ingest` on a mistyped path stops at once (exit 2, one line, no empty table), and a
real ingest says what it does while it starts instead of sitting at 0/N."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from test_server_live import policykg_command

from policykg.samples import sample_paths


def _ingest(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*policykg_command(), "--store", str(cwd / "store"), "ingest", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=dict(os.environ))


def test_a_missing_path_exits_2_with_one_line_naming_it(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    done = _ingest("corpus_typo/", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert lines == ["Error: corpus_typo: no such file or folder; did you mean corpus? (nothing was ingested)"]
    assert not (tmp_path / "store").exists()


def test_ingest_announces_its_start(tmp_path: Path):
    first = next(iter(sample_paths()))
    done = _ingest(str(first), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "ingest: 1 files; starting: loading the vocabularies and lexicons, 1 worker" in done.stderr
