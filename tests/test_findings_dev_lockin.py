"""Lock-in: ``policykg check`` scored on the findings-dev gold must not slip.

Reads the shared evaluation set (``../shared`` beside the repository, or the folder named by
``POLICYKG_SHARED``); skipped where it is absent (a user's checkout has no shared data). Fails when
adverse precision, recall or evidence drops, or false assurance rises, by more than 0.02 from the floor recorded
below (measured when the requirement model landed; raise the floor when the checks improve).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.cli import cli
from policykg.compliance.findings_json import load_findings, score

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("POLICYKG_SHARED", REPO.parent / "shared"))
GOLD = SHARED / "eval" / "findings-dev"
POLICY_DIRS = (SHARED / "seeds", SHARED / "eval" / "external" / "ca4p-dev" / "policies")

FLOOR = {"P": 1.000, "R": 0.953, "false_assurance": 0.000, "evidence": 1.000}  # issue 15 rules branch
SLACK = 0.02

pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason=f"no findings-dev gold at {GOLD}")


def _policy_files() -> list[Path]:
    names = []
    for f in sorted(GOLD.glob("*.json")):
        names += [Path(rec["file"]).name for rec in json.loads(f.read_text(encoding="utf-8"))["policies"]]
    found = [next((d / n for d in POLICY_DIRS if (d / n).exists()), None) for n in names]
    if None in found:
        pytest.skip("a findings-dev policy text is missing from the shared folder")
    return found  # type: ignore[return-value]


def test_findings_dev_scores_hold_the_floor(tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "findings.json"
    runner = CliRunner()
    ingest = runner.invoke(cli, ["--store", str(store), "ingest", *map(str, _policy_files())])
    assert ingest.exit_code in (0, 1), ingest.output
    checked = runner.invoke(cli, ["--store", str(store), "check", "--format", "findings-json", "--out", str(out)])
    assert checked.exit_code in (0, 1), checked.output
    s = score(load_findings(GOLD), load_findings(out))
    summary = f"P {s['P']:.3f} R {s['R']:.3f} false assurance {s['false_assurance']:.3f} evidence {s['evidence']:.3f}"
    assert s["P"] >= FLOOR["P"] - SLACK, summary
    assert s["R"] >= FLOOR["R"] - SLACK, summary
    assert s["false_assurance"] <= FLOOR["false_assurance"] + SLACK, summary
    assert s["evidence"] >= FLOOR["evidence"] - SLACK, summary
