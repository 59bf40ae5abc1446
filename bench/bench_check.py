#!/usr/bin/env python3
"""``policykg check`` over a large store: policies per second, with progress, quoted against the same
run's text-reading baseline.

usage: bench/bench_check.py --store DIR [--corpus DIR --count N] [--limit N]

With --corpus, first ingests the first N policies of a bench/corpus.py corpus into --store (skipped
when the store already holds them). Then times, in one process: reading every policy's text from the
store (the baseline: what any check must do), and the full check (segmenting, finding facts, judging
21 requirements, writing the findings graph). Prints both and their ratio.
"""
from __future__ import annotations

import argparse
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
    ap.add_argument("--jobs", type=int, default=2)
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
        t0 = time.perf_counter()
        policies = list_policies(store)
        chars = sum(len(policy_text(store, p).text) for p in policies)
        read_s = time.perf_counter() - t0
        print(f"read text of {len(policies)} policies ({chars / 1e6:.1f} M chars): {read_s:.1f} s", file=sys.stderr)

        def progress(n: int, total: int) -> None:
            if n % 500 == 0 or n == total:
                print(f"  checked {n}/{total} ({time.perf_counter() - t1:.0f} s)", file=sys.stderr, flush=True)

        t1 = time.perf_counter()
        result = check_policies(store, progress=progress)
        check_s = time.perf_counter() - t1
    n = len(result.policies)
    print(f"check: {n} policies in {check_s:.1f} s = {n / check_s:.1f} policies/s "
          f"({check_s / read_s:.1f}x the text-reading baseline of {read_s:.1f} s); verdicts {result.counts()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
