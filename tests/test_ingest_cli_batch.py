"""A big batch from the command line: plain progress lines in a log, counts instead of a per-file table."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from policykg.cli import cli
from policykg.cli.ingest_cmd import SUMMARY_ROWS

SAMPLES = Path(__file__).resolve().parents[1] / "policykg" / "samples" / "policies"


def test_big_batch_prints_progress_lines_and_counts(tmp_path: Path) -> None:
    source = (SAMPLES / "en_fernleaf_short_notice.txt").read_text(encoding="utf-8")
    folder = tmp_path / "batch"
    folder.mkdir()
    count = SUMMARY_ROWS + 5
    for number in range(count):  # distinct bytes, so none is a duplicate of another
        (folder / f"policy_{number:03d}.txt").write_text(f"{source}\nReference {number}.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "ingest", str(folder), "--jobs", "2"])
    assert result.exit_code == 1, result.output  # one file failed
    output = result.output
    assert f"ingest: {count + 1}/{count + 1} files" in output  # the last progress line (not a terminal)
    assert "broken.txt" in output  # the failure, named as it happened
    assert f"{count} ingested, 1 failed" in output
    assert f"policykg ingest: {count + 1} files" in output and "│ ingested │ en   │ " in output
    assert "policy_007.txt" not in output  # no per-file rows for a batch this size
