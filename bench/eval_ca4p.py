"""Extraction quality in one command: the seeds, the samples and the CA4P dev corpus, per field/group.

Why: before/after figures of an extraction change must come from the same command. The seeds and
the samples are scored with the project's scorer (``ingest/evaluate.py``, as ``policykg evaluate``);
CA4P dev is scored with the benchmark's own scorer (``../shared/eval/score_ca4p.py``), imported, not
copied. Records come straight from the extractor (``extraction_to_record``), which equals the
store's ``policykg facts`` export (checked on all 363 CA4P dev policies: identical data_categories),
so no store is built: ~30 CPU-seconds on 2 cores.

The external corpora are evaluation-only (../shared/eval/external/README.md): this script reads
them at run time and writes nothing of them into the project.

Examples::

    .venv/bin/python bench/eval_ca4p.py                      # all three, text tables
    .venv/bin/python bench/eval_ca4p.py --only ca4p --json /tmp/after.json
    .venv/bin/python bench/eval_ca4p.py --facts /tmp/ca4p-facts.json   # also keep the CA4P records
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def record_of(path: str) -> dict[str, Any]:
    """The policy-facts/1 record of one policy file (runs in a worker)."""
    from policykg.ingest.extract import extract
    from policykg.ingest.read import read_document
    from policykg.ingest.record import extraction_to_record
    from policykg.ingest.segment import segment

    document = read_document(Path(path))
    return extraction_to_record(extract(document, segment(document)))


def records(files: list[Path], jobs: int) -> list[dict[str, Any]]:
    """Records of many files, in file order, on ``jobs`` processes."""
    names = [str(f) for f in files]
    if jobs <= 1:
        return [record_of(n) for n in names]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(record_of, names, chunksize=8))


def load_ca4p_scorer(shared: Path) -> ModuleType:
    """The benchmark's scorer module (score_ca4p.py), imported from ../shared/eval."""
    path = shared / "eval" / "score_ca4p.py"
    spec = importlib.util.spec_from_file_location("score_ca4p", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_ca4p(shared: Path, jobs: int, facts_out: Path | None = None) -> dict[str, Any]:
    """CA4P dev: micro/macro F1, P, R and per-group counts, via the benchmark's own scorer."""
    corpus = shared / "eval" / "external" / "ca4p-dev"
    files = sorted((corpus / "policies").glob("ca4p-*.txt"))
    document = {"format": "policy-facts/1", "policies": records(files, jobs)}
    facts = facts_out or Path(_temp_name())
    facts.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    scorer = load_ca4p_scorer(shared)
    out = io.StringIO()
    argv = sys.argv
    try:
        sys.argv = ["score_ca4p.py", str(corpus), str(facts), "--split", "all", "--json"]
        with contextlib.redirect_stdout(out):
            scorer.main()
    finally:
        sys.argv = argv
        if facts_out is None:
            facts.unlink(missing_ok=True)
    lines = out.getvalue().splitlines()
    result = json.loads(next(line for line in lines if line.startswith("{")))
    result["table"] = "\n".join(line for line in lines if not line.startswith("{"))
    return result


def _temp_name() -> str:
    import tempfile

    handle, name = tempfile.mkstemp(suffix=".json", prefix="ca4p-facts-")
    import os

    os.close(handle)
    return name


def score_gold(gold_path: Path, policy_dir: Path, jobs: int) -> dict[str, Any]:
    """Seeds or samples: list-field P/R/F1 and macro-F1 with the project's scorer."""
    from policykg.ingest.evaluate import format_table, score

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = [policy_dir / g["file"] for g in gold["policies"] if (policy_dir / g["file"]).is_file()]
    predicted = {"format": "policy-facts/1", "policies": records(files, jobs)}
    scores = score(gold, predicted)
    fields = {s.field: {"P": round(s.precision, 4), "R": round(s.recall, 4), "F1": round(s.f1, 4)}
              for s in scores.overall.lists}
    scalar = scores.overall.scalar_accuracy
    return {"macro_f1": round(scores.overall.macro_f1, 4), "fields": fields, "n": len(files),
            "scalar_accuracy": None if scalar is None else round(scalar, 4),
            "table": format_table(scores, by="field")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    parser.add_argument("--only", choices=("seeds", "samples", "ca4p"), action="append",
                        help="score only these sets (repeatable; default all three)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--json", type=Path, default=None, help="also write every figure here as JSON")
    parser.add_argument("--facts", type=Path, default=None, help="keep the CA4P dev records (policy-facts/1) here")
    args = parser.parse_args(argv)
    wanted = args.only or ["seeds", "samples", "ca4p"]
    if ("seeds" in wanted or "ca4p" in wanted) and not args.shared.is_dir():
        print(f"{args.shared}: no such folder; pass --shared or clone policykg beside shared/", file=sys.stderr)
        return 2
    results: dict[str, Any] = {}
    for name in wanted:
        started = time.perf_counter()
        if name == "seeds":
            result = score_gold(args.shared / "eval" / "seeds-gold.json", args.shared / "seeds", args.jobs)
        elif name == "samples":
            samples = ROOT / "policykg" / "samples"
            result = score_gold(samples / "gold.json", samples / "policies", args.jobs)
        else:
            result = score_ca4p(args.shared, args.jobs, args.facts)
        result["seconds"] = round(time.perf_counter() - started, 1)
        print(f"== {name} ({result['seconds']} s)")
        print(result.pop("table"))
        results[name] = result
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
