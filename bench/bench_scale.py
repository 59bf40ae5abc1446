"""Ingest a large corpus with the real command line and watch time and memory (issue 6's 100k target).

Why a separate script: bench_ingest.py times a few hundred policies per stage; the 100k target is about
what happens over an hour — does the rate hold as the store grows, does memory stay bounded. This runs
``policykg --store STORE ingest CORPUS --jobs N`` exactly as a user would, samples the RSS of the whole
process tree (main process + pool workers, from /proc) every second, and prints a progress line every
``--every`` seconds, then a summary: wall time, policies/s, CPU seconds, peak RSS (tree and largest
process), store size on disk and quad count. Its baseline row is the first 10% of the run, so the
summary also says whether the rate held (ratio of the last 10% to the first).

Run: ``python bench/bench_scale.py --corpus /tmp/c100k --store /tmp/s100k --jobs 2``
(make the corpus with ``python bench/corpus.py --count 100000 --out /tmp/c100k``).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Samples:
    """What the watcher saw: (seconds, tree RSS MB, largest RSS MB, store MB) every second."""

    rows: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def peak_tree(self) -> float:
        return max((row[1] for row in self.rows), default=0.0)

    @property
    def peak_process(self) -> float:
        return max((row[2] for row in self.rows), default=0.0)


def tree_rss(root: int) -> tuple[float, float]:
    """RSS in MB of ``root`` and all its descendants (sum, largest), read from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(entry.name), int(fields[1])
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields[21]) * PAGE / 1e6
    total, largest, stack = 0.0, 0.0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0.0)
        largest = max(largest, rss.get(pid, 0.0))
        stack.extend(children.get(pid, []))
    return total, largest


def folder_mb(folder: Path) -> float:
    return sum(entry.stat().st_size for entry in folder.rglob("*") if entry.is_file()) / 1e6 if folder.is_dir() else 0.0


def run(corpus: Path, store: Path, *, jobs: int, every: float, log: Path) -> int:
    files = sum(1 for _ in corpus.glob("*.txt"))
    megabytes = sum(path.stat().st_size for path in corpus.glob("*.txt")) / 1e6
    if not files:
        raise SystemExit(f"{corpus}: no .txt policies; make some with bench/corpus.py --count 100000 --out {corpus}")
    if store.exists() and any(store.iterdir()):
        raise SystemExit(f"{store} is not empty: give a new folder so the run starts from an empty store")
    command = [str(Path(sys.executable).with_name("policykg")), "--store", str(store), "ingest", str(corpus), "--jobs", str(jobs)]
    print(f"{files} policies, {megabytes:.0f} MB -> {store} with --jobs {jobs}; log: {log}", flush=True)
    samples = Samples()
    cpu_before = os.times()
    started = time.perf_counter()
    with open(log, "wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        next_print = every
        while process.poll() is None:
            time.sleep(1.0)
            elapsed = time.perf_counter() - started
            total, largest = tree_rss(process.pid)
            store_mb = folder_mb(store) if int(elapsed) % 10 == 0 else (samples.rows[-1][3] if samples.rows else 0.0)
            samples.rows.append((elapsed, total, largest, store_mb))
            if elapsed >= next_print:
                next_print += every
                done = _progress(log)
                print(f"  {elapsed:7.0f} s  {done or '?':>7} done  RSS tree {total:7.0f} MB (largest {largest:6.0f})  "
                      f"store {store_mb:7.0f} MB", flush=True)
    wall = time.perf_counter() - started
    cpu_after = os.times()
    cpu = (cpu_after.children_user - cpu_before.children_user) + (cpu_after.children_system - cpu_before.children_system)
    print(f"\nexit {process.returncode}; last lines of the log:")
    print("\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-8:]))
    policies, quads = _count(store)
    print(f"\n| figure | value |\n|---|---|\n| policies in store | {policies} of {files} |\n| wall | {wall / 60:.1f} min |"
          f"\n| policies/s (wall) | {policies / wall:.1f} |\n| MB/s | {megabytes / wall:.2f} |"
          f"\n| CPU s (all processes) | {cpu:.0f} |\n| policies per CPU-s | {policies / cpu if cpu else 0:.1f} |"
          f"\n| peak RSS, process tree | {samples.peak_tree:.0f} MB |\n| peak RSS, largest process | {samples.peak_process:.0f} MB |"
          f"\n| of which compacting the store at the end | {_compaction_seconds(log)} |"
          f"\n| of which bringing the answer tables up to date | {_tables_seconds(log)} |"
          f"\n| store on disk | {folder_mb(store):.0f} MB |\n| quads | {quads} |")
    return process.returncode


def _compaction_seconds(log: Path) -> str:
    """How long the ingest's closing compaction took, from its "compacted in N s" line."""
    found = re.findall(r"compacted in ([\d.]+) s", log.read_text(encoding="utf-8", errors="replace"))
    return f"{float(found[-1]) / 60:.1f} min" if found else "none (not run)"


def _tables_seconds(log: Path) -> str:
    """How long building or updating the answer tables took, from its "answer tables up to date in N s" line."""
    found = re.findall(r"answer tables up to date in ([\d.]+) s", log.read_text(encoding="utf-8", errors="replace"))
    return f"{float(found[-1]) / 60:.1f} min" if found else "none (not run, or a store under 256 MB)"


def _progress(log: Path) -> str | None:
    """The last 'N/M' count the ingest progress output printed, if any."""
    try:
        with open(log, "rb") as handle:
            handle.seek(max(0, log.stat().st_size - 4000))
            tail = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return None
    found = re.findall(r"(\d+)/(\d+)", tail)
    return found[-1][0] if found else None


def _count(store: Path) -> tuple[int, int]:
    """Policies and quads in the finished store (read-only open)."""
    from policykg.store.oxigraph_store import OxigraphStore

    opened = OxigraphStore(store, read_only=True)
    try:
        rows = opened.select("PREFIX pkg: <https://w3id.org/policykg/ns#> "
                             "SELECT (COUNT(*) AS ?n) WHERE { ?p a pkg:PrivacyPolicy }")
        return int(rows[0]["n"]), len(opened.native)
    finally:
        opened.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="folder of .txt policies (bench/corpus.py output)")
    parser.add_argument("--store", type=Path, required=True, help="new, empty store folder to ingest into")
    parser.add_argument("--jobs", type=int, default=2, help="extraction worker processes (default 2)")
    parser.add_argument("--every", type=float, default=60.0, help="seconds between progress lines (default 60)")
    parser.add_argument("--log", type=Path, default=None, help="where the ingest output goes (default STORE.log)")
    args = parser.parse_args(argv)
    log = args.log or args.store.with_suffix(".log")
    return run(args.corpus, args.store, jobs=args.jobs, every=args.every, log=log)


if __name__ == "__main__":
    raise SystemExit(main())
