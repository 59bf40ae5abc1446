#!/usr/bin/env python3
"""How long ``ingest`` takes to find what to read in a folder of many small files, against a bare walk.

Why: a researcher points ``policykg ingest`` at a folder of tens of thousands of downloaded pages.
Discovery (``ingest.pipeline.discover``) stats every entry, checks suffixes, hidden names and where
links point; this shows what that costs over ``os.walk`` listing the same folder, the least any
discovery must do. The tests check discovery is complete and right (tests/robustness); the time is
measured here, not asserted there.

usage: bench/bench_discover.py [--files 10000] [--links 100] [--folder DIR]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def write_folder(folder: Path, files: int, links: int) -> None:
    """``files`` one-sentence policies in nested folders, a few hidden and foreign files, and links."""
    for index in range(files):
        sub = folder / f"batch{index // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"notice{index:06d}.txt").write_text(f"Notice {index}. We collect your email address.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden\n", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n")
    first = folder / "batch000"
    for index in range(links):
        (folder / f"link{index:04d}.txt").symlink_to(first / f"notice{index:06d}.txt")


def bare_walk(folder: Path) -> int:
    """The baseline: list every entry, nothing else."""
    return sum(len(names) for _, _, names in os.walk(folder))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=10_000, help="policies to write (default 10000)")
    ap.add_argument("--links", type=int, default=100, help="symbolic links inside the folder (default 100)")
    ap.add_argument("--folder", type=Path, help="use this folder as it is instead of writing one")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best is reported (default 3)")
    args = ap.parse_args()

    from policykg.ingest.pipeline import discover

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder
        if folder is None:
            folder = Path(tmp) / "many"
            print(f"writing {args.files} files and {args.links} links ...", file=sys.stderr, flush=True)
            write_folder(folder, args.files, args.links)
        walk_s, discover_s, found, left_out = float("inf"), float("inf"), 0, 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            entries = bare_walk(folder)
            walk_s = min(walk_s, time.perf_counter() - started)
            started = time.perf_counter()
            files, outcomes = discover([folder])
            discover_s = min(discover_s, time.perf_counter() - started)
            found, left_out = len(files), len(outcomes)
    print(f"os.walk (baseline): {entries} entries in {walk_s * 1000:.0f} ms")
    print(f"discover: {found} files to read, {left_out} left out with a reason, in {discover_s * 1000:.0f} ms "
          f"= {discover_s / walk_s:.1f}x the baseline ({found / discover_s:,.0f} files/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
