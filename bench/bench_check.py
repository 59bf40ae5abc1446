#!/usr/bin/env python3
"""``policykg check`` over a large store: policies per second, with progress, quoted against the same
run's text-reading baseline.

usage: bench/bench_check.py --store DIR [--corpus DIR --count N] [--jobs N] [--check-jobs N]

With --corpus, first ingests the first N policies of a bench/corpus.py corpus into --store (skipped
when the store already holds them). Then times, in one process: reading every policy's text from the
store and splitting it into sentences (the baseline: what any check must do), and the full check in its two stages, judging the
policies (segmenting, finding facts, judging 21 requirements; over --check-jobs processes) and
storing the findings graph. Prints wall and CPU seconds per stage, each stage's ratio to the
baseline, and the peak RSS after the baseline and after the check (and of the largest worker). The
check writes findings into --store: run it on a copy of a store you want to keep as it is.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=2, help="ingest processes")
    ap.add_argument("--check-jobs", type=int, default=1, help="check processes (judging)")
    args = ap.parse_args()
    if args.corpus:
        files = sorted(p for p in args.corpus.glob("*.txt"))[: args.count]
        if not args.store.exists():
            print(f"ingesting {len(files)} policies into {args.store} ...", file=sys.stderr)
            t0 = time.perf_counter()
            listing = args.store.with_suffix(".files")
            listing.write_text("\n".join(map(str, files)))
            done = subprocess.run([str(Path(sys.executable).with_name("policykg")), "--store", str(args.store), "ingest",
                                   "--jobs", str(args.jobs), *map(str, files)])
            print(f"ingest: {time.perf_counter() - t0:.1f} s (exit {done.returncode})", file=sys.stderr)

    from policykg.compliance.check import check_policies, list_policies, policy_text
    from policykg.store.oxigraph_store import OxigraphStore

    with OxigraphStore(args.store) as store:
        t0, c0 = time.perf_counter(), _cpu()
        policies = list_policies(store)
        chars = sum(len(policy_text(store, p).text) for p in policies)  # read and split into sentences
        read_s, read_cpu = time.perf_counter() - t0, _cpu() - c0
        read_rss = _peak_mb()
        print(f"read text of {len(policies)} policies ({chars / 1e6:.1f} M chars): {read_s:.1f} s, "
              f"{read_cpu:.1f} CPU-s; peak RSS {read_rss:.0f} MB", file=sys.stderr)

        marks: dict[str, tuple[float, float]] = {}
        step = max(1, len(policies) // 20)

        def on_progress(stage: str, done: int, total: int) -> None:
            marks.setdefault(stage, (time.perf_counter(), _cpu()))
            if stage == "judging the policies" and done and (done % step == 0 or done == total):
                print(f"  {stage}: {done}/{total} ({time.perf_counter() - t1:.0f} s, peak RSS {_peak_mb():.0f} MB)",
                      file=sys.stderr, flush=True)
            elif stage != "judging the policies":
                print(f"  {stage}: {done}/{total} ({time.perf_counter() - t1:.0f} s)", file=sys.stderr, flush=True)

        t1, c1 = time.perf_counter(), _cpu()
        result = check_policies(store, on_progress=on_progress, jobs=args.check_jobs, keep=False)
        t2, c2 = time.perf_counter(), _cpu()
    n = len(result.policies)
    store_t, store_c = marks.get("storing the findings", (t2, c2))
    stages = {"judging": (store_t - t1, store_c - c1), "storing": (t2 - store_t, c2 - store_c), "check": (t2 - t1, c2 - c1)}
    for name, (wall, cpu) in stages.items():
        print(f"{name:8s} {wall:8.1f} s ({wall / read_s:5.1f}x baseline) {cpu:8.1f} CPU-s ({cpu / max(read_cpu, 1e-9):5.1f}x baseline)")
    print(f"check: {n} policies in {t2 - t1:.1f} s = {n / (t2 - t1):.1f} policies/s "
          f"({(t2 - t1) / read_s:.1f}x the text-reading baseline of {read_s:.1f} s; jobs {args.check_jobs}); "
          f"verdicts {result.counts()}")
    print(f"peak RSS: {read_rss:.0f} MB after the baseline, {_peak_mb():.0f} MB after the check "
          f"(largest worker {_peak_mb(children=True):.0f} MB)")
    return 0


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the check's workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _peak_mb(*, children: bool = False) -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024


if __name__ == "__main__":
    raise SystemExit(main())
