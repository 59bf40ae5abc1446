"""Profile the extraction stage: ms/policy per stage and the hottest functions.

Why: extraction plus triple building is most of the ingest CPU time; this script shows where it
goes and, with ``--dump``/``--compare``, proves an optimisation leaves every output identical
(statements, order, spans, values, conditions, attributes, company, record and triples).

Examples::

    .venv/bin/python bench/corpus.py --count 200 --out /tmp/corpus --seed 7
    .venv/bin/python bench/profile_extract.py /tmp/corpus --count 200
    .venv/bin/python bench/profile_extract.py /tmp/corpus policykg/samples/policies --dump /tmp/ref
    .venv/bin/python bench/profile_extract.py /tmp/corpus policykg/samples/policies --compare /tmp/ref
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

FIXED_TIME = datetime(2000, 1, 1, tzinfo=timezone.utc)  # ingestedAt is the only time-dependent triple


def _inputs(paths: list[str], count: int | None) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.is_file() and not p.name.endswith(".json"))
        elif path.is_file():
            files.append(path)
        else:
            sys.exit(f"{raw}: no such file or folder; give policy files or folders of them")
    return files[:count] if count else files


def _statement_json(statement: Any) -> dict[str, Any]:
    return {
        "kind": statement.kind.value,
        "span": [statement.span.start, statement.span.end],
        "polarity": statement.polarity.value,
        "values": {k: list(v) for k, v in statement.values.items()},
        "conditions": [[c.key, c.span.start, c.span.end] for c in statement.conditions],
        "attributes": statement.attributes,
    }


def _snapshot(extraction: Any, triples: list[Any]) -> dict[str, Any]:
    from policykg.ingest.record import extraction_to_record

    company = extraction.company
    return {
        "file": extraction.document.name,
        "company": None if company is None else [company.name, company.span.start, company.span.end, list(company.aliases)],
        "statements": [_statement_json(s) for s in extraction.statements],
        "record": extraction_to_record(extraction),
        "triples": sorted(" ".join(t.n3() for t in triple) for triple in triples),
    }


def _key(path: Path) -> str:
    return hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16] + "_" + path.name + ".json"


def run(files: list[Path], *, dump: Path | None, compare: Path | None, profile: bool, top: int) -> int:
    from policykg.ingest.extract import extract
    from policykg.ingest.read import read_document
    from policykg.ingest.segment import segment
    from policykg.ingest.triples import build_nquads, build_triples

    # warm caches (vocabulary matchers, ontology) so the first policy does not carry compile time
    for path in files[:10]:
        warm = read_document(path)
        build_nquads(extract(warm, segment(warm)), ingested_at=FIXED_TIME)
    times: dict[str, list[float]] = {"read": [], "segment": [], "extract": [], "triples": []}
    profiler = cProfile.Profile() if profile else None
    mismatches = 0
    for path in files:
        t0 = time.process_time()
        document = read_document(path)
        t1 = time.process_time()
        segments = segment(document)
        t_seg = time.process_time()
        if profiler:
            profiler.enable()
        t2 = time.process_time()
        extraction = extract(document, segments)
        t3 = time.process_time()
        build_nquads(extraction, ingested_at=FIXED_TIME)  # what ingest writes
        t4 = time.process_time()
        if profiler:
            profiler.disable()
        for name, value in zip(times, (t1 - t0, t_seg - t1, t3 - t2, t4 - t3)):
            times[name].append(value * 1000)
        if dump or compare:
            snap = _snapshot(extraction, build_triples(extraction, ingested_at=FIXED_TIME))
            if dump:
                dump.mkdir(parents=True, exist_ok=True)
                (dump / _key(path)).write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            if compare:
                ref_file = compare / _key(path)
                if not ref_file.exists():
                    print(f"MISSING reference for {path}: run with --dump first", file=sys.stderr)
                    mismatches += 1
                elif json.loads(ref_file.read_text(encoding="utf-8")) != json.loads(json.dumps(snap, ensure_ascii=False, sort_keys=True)):
                    print(f"DIFFERS: {path}", file=sys.stderr)
                    mismatches += 1
    print(f"{len(files)} policies; CPU ms/policy (median / mean):")
    for name, values in times.items():
        print(f"  {name:8s} {statistics.median(values):7.2f} / {statistics.fmean(values):7.2f}")
    both = [a + b for a, b in zip(times["extract"], times["triples"])]
    print(f"  {'ext+tri':8s} {statistics.median(both):7.2f} / {statistics.fmean(both):7.2f}")
    if compare:
        print(f"compare: {len(files) - mismatches}/{len(files)} identical")
    if profiler:
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
    return 1 if mismatches else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="policy files or folders (e.g. a bench/corpus.py output)")
    parser.add_argument("--count", type=int, default=None, help="use only the first N files")
    parser.add_argument("--dump", type=Path, default=None, help="write each extraction as JSON here (a reference)")
    parser.add_argument("--compare", type=Path, default=None, help="check each extraction equals the reference here")
    parser.add_argument("--profile", action="store_true", help="cProfile extract+triples and print the top functions")
    parser.add_argument("--top", type=int, default=25, help="functions listed per profile table (default 25)")
    args = parser.parse_args(argv)
    files = _inputs(args.paths, args.count)
    if not files:
        sys.exit("no policy files found; generate some with bench/corpus.py")
    return run(files, dump=args.dump, compare=args.compare, profile=args.profile, top=args.top)


if __name__ == "__main__":
    raise SystemExit(main())
