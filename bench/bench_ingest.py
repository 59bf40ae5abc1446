"""Ingest throughput: policies/s and MB/s, where the time goes, and peak memory.

Why: the target is >= 50 policies/s per core on ~2k-word policies and 100k policies into the
on-disk store in under an hour on 2 cores with RSS < 4 GB. Each stage is timed on its own so the
ratio between rows shows which stage costs what:

* ``read+segment``      reading, decoding, language detection, segmentation (baseline)
* ``+extract+triples``  the above plus extraction, the RDF mapping and N-Quads serialisation (``pipeline.prepare``), 1 process
* ``ingest --jobs N``   the real pipeline (``ingest_paths``) into a fresh on-disk Oxigraph store; then,
                        timed apart, the compaction ``policykg ingest`` runs after it (``store.compact()``)

Every row runs in its own child process, so its peak RSS (``resource.getrusage``: the process and
its pool workers) is its own.

Run: ``python bench/bench_ingest.py [--count 300] [--jobs 1 2] [--corpus DIR] [--seed 1]``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class StageResult:
    """One timed row of the table."""

    stage: str
    policies: int
    seconds: float
    megabytes: float
    rss_self_mb: float
    rss_children_mb: float
    cpu_seconds: float = 0.0  # user+sys of this process and its workers: robust on a busy machine
    failed: int = 0
    compact_cpu_seconds: float = 0.0  # the store compaction after an ingest row (not in cpu_seconds)

    @property
    def per_second(self) -> float:
        return self.policies / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        """Policies per CPU-second: what one idle core would do, whatever else the machine runs."""
        return self.policies / self.cpu_seconds if self.cpu_seconds else 0.0


def _cpu() -> float:
    """User+sys CPU seconds of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _rss() -> tuple[float, float]:
    """Peak RSS in MB of this process and of its largest finished child (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_stage(stage: str, files: list[Path], *, jobs: int = 1, store_dir: Path | None = None,
              batch_size: int = 128) -> StageResult:
    """Time one stage in this process (called inside the child process)."""
    from policykg.ingest.pipeline import ingest_paths, prepare
    from policykg.ingest.read import read_document
    from policykg.ingest.segment import segment

    size = sum(path.stat().st_size for path in files) / 1e6
    failed = 0
    compact_cpu = 0.0
    if stage == "read+segment":
        read_document(files[0])  # warm caches (language models, regexes) before the clock starts
        cpu, started = _cpu(), time.perf_counter()
        for path in files:
            segment(read_document(path))
        seconds = time.perf_counter() - started
    elif stage == "+extract+triples":
        prepare(files[0])
        cpu, started = _cpu(), time.perf_counter()
        for path in files:
            failed += not hasattr(prepare(path), "nquads")
        seconds = time.perf_counter() - started
    elif stage == "ingest":
        from policykg.store.oxigraph_store import OxigraphStore

        assert store_dir is not None
        store = OxigraphStore(store_dir)
        try:
            cpu, started = _cpu(), time.perf_counter()
            report = ingest_paths(files, store=store, jobs=jobs, batch_size=batch_size)
            store.native.flush()
            seconds = time.perf_counter() - started
            failed = len(report.failed)
            compact_started = _cpu()
            store.compact()
            compact_cpu = _cpu() - compact_started
        finally:
            store.close()
        stage = f"ingest --jobs {jobs}"
    else:
        raise SystemExit(f"unknown stage {stage!r}: use read+segment, +extract+triples or ingest")
    cpu = _cpu() - cpu - compact_cpu
    own, children = _rss()
    return StageResult(stage, len(files), seconds, size, own, children, cpu, failed, compact_cpu)


def _child(stage: str, corpus: Path, count: int, jobs: int, work: Path, batch_size: int = 128,
           real: bool = False) -> StageResult:
    """Run one stage in a fresh interpreter and read its result from stdout."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", stage, "--corpus", str(corpus),
               "--count", str(count), "--jobs", str(jobs), "--work", str(work), "--batch-size", str(batch_size)]
    if real:
        command.append("--any-files")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"stage {stage} failed:\n{done.stderr[-3000:]}")
    return StageResult(**json.loads(done.stdout.strip().splitlines()[-1]))


# what a real corpus folder may hold (policies as published: text, HTML, PDF, DOCX)
REAL_SUFFIXES = frozenset({".txt", ".html", ".htm", ".pdf", ".docx"})


def real_files(folder: Path, count: int | None = None) -> list[Path]:
    """Every policy file of a real corpus folder (e.g. a published dev set), sorted; the first ``count``."""
    if not folder.is_dir():
        raise SystemExit(f"{folder}: not a folder of policy files")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in REAL_SUFFIXES)
    if not files:
        raise SystemExit(f"{folder}: holds no .txt, .html, .pdf or .docx files")
    return files[:count] if count else files


def corpus_files(corpus: Path, count: int) -> list[Path]:
    files = sorted(corpus.glob("*.txt"))[:count]
    if len(files) < count:
        raise SystemExit(f"{corpus} holds {len(files)} policies, fewer than --count {count}: "
                         "generate more with bench/corpus.py or lower --count")
    return files


def format_table(rows: list[StageResult]) -> str:
    base = rows[0].cpu_seconds / rows[0].policies if rows else 1.0
    lines = ["| stage | policies | wall s | policies/s | MB/s | CPU s | policies/CPU-s | CPU vs read+segment "
             "| peak RSS MB (main / worker) | failed | then compact: CPU s | policies/CPU-s with it |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row.stage} | {row.policies} | {row.seconds:.1f} | {row.per_second:.1f} | "
                     f"{row.megabytes / row.seconds:.2f} | {row.cpu_seconds:.1f} | {row.per_cpu_second:.1f} | "
                     f"{row.cpu_seconds / row.policies / base:.1f}x | "
                     f"{row.rss_self_mb:.0f} / {row.rss_children_mb:.0f} | {row.failed} | "
                     + (f"{row.compact_cpu_seconds:.1f} | {row.policies / (row.cpu_seconds + row.compact_cpu_seconds):.1f} |"
                        if row.compact_cpu_seconds else "- | - |"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure ingest throughput (policies/s, MB/s) and peak RSS on a "
                                     "synthetic corpus (bench/corpus.py), stage by stage.")
    parser.add_argument("--count", type=int, default=300, help="policies to ingest (default 300)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts to try (default 1 2)")
    parser.add_argument("--corpus", type=Path, help="folder made by bench/corpus.py (generated in a temp folder if absent)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed when generating (default 1)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--batch-size", type=int, default=128,
                        help="policies per store write in the ingest rows (default 128, as the CLI's)")
    parser.add_argument("--real", type=Path, action="append", default=[], metavar="FOLDER",
                        help="also run the extract and ingest stages on every policy file of this real corpus "
                             "folder (repeatable; e.g. a published dev set such as APP-350's policies/)")
    parser.add_argument("--real-only", action="store_true", help="skip the synthetic corpus, run only --real folders")
    parser.add_argument("--any-files", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        files = real_files(args.corpus, args.count) if args.any_files else corpus_files(args.corpus, args.count)
        store_dir = args.work / f"store-jobs{args.jobs[0]}" if args.work else None
        result = run_stage(args.child, files, jobs=args.jobs[0], store_dir=store_dir, batch_size=args.batch_size)
        print(json.dumps(result.__dict__))
        return 0
    real_tables: list[tuple[Path, list[StageResult]]] = []
    rows: list[StageResult] = []
    with tempfile.TemporaryDirectory(prefix="policykg-bench-ingest-") as temp:
        work = Path(temp)
        if not args.real_only:
            corpus = args.corpus or work / "corpus"
            if not args.corpus or not any(corpus.glob("*.txt")):
                sys.path.insert(0, str(HERE))
                from corpus import write_corpus

                print(f"generating {args.count} policies into {corpus} ...", flush=True)
                write_corpus(corpus, count=args.count, seed=args.seed)
            for stage, jobs in [("read+segment", 1), ("+extract+triples", 1), *(("ingest", j) for j in args.jobs)]:
                print(f"running {stage} (jobs {jobs}) on {args.count} policies ...", flush=True)
                rows.append(_child(stage, corpus, args.count, jobs, work, args.batch_size))
                print(f"  {rows[-1].seconds:.1f} s, {rows[-1].per_second:.1f} policies/s", flush=True)
        for folder in args.real:
            count = len(real_files(folder))  # every file (checks the folder before any child starts)
            real_rows: list[StageResult] = []
            for n, (stage, jobs) in enumerate([("read+segment", 1), ("+extract+triples", 1), *(("ingest", j) for j in args.jobs)]):
                print(f"running {stage} (jobs {jobs}) on {count} real policies of {folder} ...", flush=True)
                real_work = work / f"real{len(real_tables)}-{n}"
                real_work.mkdir()
                real_rows.append(_child(stage, folder, count, jobs, real_work, args.batch_size, real=True))
                print(f"  {real_rows[-1].seconds:.1f} s, {real_rows[-1].per_second:.1f} policies/s", flush=True)
            real_tables.append((folder, real_rows))
    if args.real_only:
        for folder, real_rows in real_tables:
            print(f"\nreal corpus {folder} ({real_rows[0].policies} files, {real_rows[0].megabytes:.1f} MB):")
            print(format_table(real_rows))
        if args.json:
            args.json.write_text(json.dumps({str(f): [r.__dict__ for r in rr] for f, rr in real_tables}, indent=1),
                                 encoding="utf-8")
        return 0
    print(format_table(rows))
    for folder, real_rows in real_tables:
        print(f"\nreal corpus {folder} ({real_rows[0].policies} files, {real_rows[0].megabytes:.1f} MB):")
        print(format_table(real_rows))
    best = max((row for row in rows if row.stage.startswith("ingest")), key=lambda row: row.per_second)
    print(f"\nextrapolated 100k policies at {best.stage}: {100_000 / best.per_second / 60:.0f} min wall "
          f"(target < 60 min); per CPU-second: {best.per_cpu_second:.1f} policies (target >= 50 per core); "
          f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if args.json:
        args.json.write_text(json.dumps([row.__dict__ for row in rows], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
