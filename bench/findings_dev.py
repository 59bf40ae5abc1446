#!/usr/bin/env python3
"""Score ``policykg check`` on a findings gold set (policy-findings/1), the same command before and after.

usage: bench/findings_dev.py [--gold DIR] [--out FILE] [--store DIR] [--policies DIR ...]

Ingests every policy file a gold record names (looked up by file name in the --policies folders)
into a fresh store, runs ``policykg check --format findings-json`` and scores the export with
``policykg evaluate-findings``. A build of policykg without the findings-json export (the baseline)
is scored through ``policykg check --format json`` mapped onto the gold keys (old requirement names
-> policy-findings/1 keys; statuses fail/not-stated/pass -> contravention/omission/met), so both
sides are one command. The gold set is shared evaluation data, not part of policykg: this bench
reads it, nothing at run time does.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared" if (REPO.parent / "shared").exists() else Path("/work/shared")
DEFAULT_GOLD = SHARED / "eval" / "findings-dev"
DEFAULT_POLICIES = [SHARED / "seeds", SHARED / "eval" / "external" / "ca4p-dev" / "policies"]

# The baseline's requirement names, mapped onto policy-findings/1 keys (issue 15's "before" numbers).
OLD_TO_KEY = {
    "contact-details": "handler-identity",
    "cross-border-mechanism": "cross-border-mechanism",
    "explicit-consent": "consent-by-use",
    "gbt-sharing-exceptions": "gbt-sharing-exceptions",
    "incident-notification": "incident-notification",
    "minors-rules": "minors",
    "pipl-legal-basis": "legal-basis",
    "retention-period": "retention-period",
    "rights-notice": "rights-exercise",
    "separate-consent-sharing": "sharing-separate-consent",
}
OLD_VERDICT = {"fail": "contravention", "not-stated": "omission", "pass": "met"}
_RANK = {"contravention": 0, "omission": 1, "met": 2}


def policykg(*args: str, store: Path) -> subprocess.CompletedProcess:
    exe = REPO / ".venv" / "bin" / "policykg"
    return subprocess.run([str(exe), "--store", str(store), *args], capture_output=True, text=True)


def gold_files(gold: Path) -> list[str]:
    files = sorted(gold.glob("*.json")) if gold.is_dir() else [gold]
    names = []
    for f in files:
        for rec in json.loads(f.read_text(encoding="utf-8")).get("policies", []):
            names.append(Path(rec["file"]).name)
    return names


def find_policy(name: str, folders: list[Path]) -> Path:
    for folder in folders:
        if (folder / name).exists():
            return folder / name
    raise SystemExit(f"{name}: not found in {', '.join(map(str, folders))}")


def map_old_report(report: dict) -> dict:
    """Old ``check --format json`` -> policy-findings/1 (only the keys the old checks covered)."""
    out = []
    for pol in report.get("policies", []):
        best: dict[str, dict] = {}
        for f in pol.get("findings", []):
            key = OLD_TO_KEY.get(f.get("requirement", ""))
            verdict = OLD_VERDICT.get(f.get("status", ""))
            if not key or not verdict:
                continue
            quotes = [e.get("quote", "") for e in f.get("evidence", [])]
            known = best.get(key)
            if known is None or _RANK[verdict] < _RANK[known["verdict"]]:
                best[key] = {"requirement": key, "verdict": verdict, "quotes": quotes}
            elif _RANK[verdict] == _RANK[known["verdict"]]:
                known["quotes"] += quotes
        out.append({"file": pol.get("file", ""), "findings": list(best.values())})
    return {"format": "policy-findings/1", "policies": out}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--out", type=Path, default=Path("/tmp/policykg-findings-dev.json"))
    ap.add_argument("--store", type=Path, default=None, help="store folder (default: a fresh temporary one)")
    ap.add_argument("--policies", type=Path, nargs="*", default=DEFAULT_POLICIES)
    ap.add_argument("--score-with", choices=("policykg", "shared"), default="policykg",
                    help="score with 'policykg evaluate-findings' (default) or the shared score_findings.py")
    args = ap.parse_args()
    files = [find_policy(n, args.policies) for n in gold_files(args.gold)]
    with tempfile.TemporaryDirectory(prefix="findings-dev-") as tmp:
        store = args.store or Path(tmp) / "store"
        print(f"ingesting {len(files)} policies into {store}", file=sys.stderr)
        done = policykg("ingest", *map(str, files), store=store)
        if done.returncode not in (0, 1):
            print(done.stderr, file=sys.stderr)
            return 2
        run = policykg("check", "--format", "findings-json", "--out", str(args.out), store=store)
        if run.returncode not in (0, 1) or not args.out.exists():
            print("no findings-json export: mapping the old check --format json", file=sys.stderr)
            old = policykg("check", "--format", "json", "--no-shacl", store=store)
            if old.returncode not in (0, 1):
                print(old.stderr, file=sys.stderr)
                return 2
            args.out.write_text(json.dumps(map_old_report(json.loads(old.stdout)), ensure_ascii=False, indent=1))
    print(f"findings written to {args.out}", file=sys.stderr)
    scorer = REPO / ".venv" / "bin" / "policykg"
    has_eval = subprocess.run([str(scorer), "evaluate-findings", "--help"], capture_output=True).returncode == 0
    if args.score_with == "shared" or not has_eval:
        cmd = [sys.executable, str(SHARED / "eval" / "score_findings.py"), str(args.gold), str(args.out)]
    else:
        cmd = [str(scorer), "evaluate-findings", "--gold", str(args.gold), str(args.out)]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    raise SystemExit(main())
