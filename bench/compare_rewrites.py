"""Check proposed catalogue rewrites: same answers as the catalogue query, and how much faster.

Why: bench/rewrites/NAME.rq holds a proposed new text for catalogue query NAME (the catalogue owner
applies it; this folder only proposes). A rewrite is only worth applying if it returns exactly the
same rows, so every run compares the two result multisets before it reports any speed-up.

Run: ``python bench/compare_rewrites.py --store DIR`` (an existing store folder, opened read-only) or
``python bench/compare_rewrites.py --size 1000`` (builds a replicated on-disk store in a temp folder).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from policykg.queries.catalogue import get_query, parse_query  # noqa: E402
from policykg.queries.runner import QueryResult, run_query  # noqa: E402
from policykg.store.oxigraph_store import OxigraphStore  # noqa: E402

REWRITES = HERE / "rewrites"


def _timed(store: OxigraphStore, query, repeat: int) -> tuple[float, QueryResult]:
    times: list[float] = []
    result: QueryResult | None = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run_query(store, query)
        times.append(time.perf_counter() - started)
    assert result is not None
    return statistics.median(times), result


def _multiset(result: QueryResult) -> Counter:
    return Counter(tuple("" if cell is None else cell.n3() for cell in row) for row in result.rows)


def compare(store: OxigraphStore, *, repeat: int = 3, only: list[str] | None = None) -> list[tuple[str, float, float, bool, int]]:
    """(name, catalogue s, rewrite s, same answers, rows) for every rewrite file."""
    rows = []
    for path in sorted(REWRITES.glob("*.rq")):
        name = path.stem
        if only and name not in only:
            continue
        original = get_query(name)
        rewrite = parse_query(path.read_text(encoding="utf-8"), name=name, source=str(path))
        before, old = _timed(store, original, repeat)
        after, new = _timed(store, rewrite, repeat)
        same = old.columns == new.columns and _multiset(old) == _multiset(new)
        rows.append((name, before, after, same, len(old)))
        print(f"{name}: catalogue {before:.3f} s, rewrite {after:.3f} s ({before / after:.1f}x), "
              f"{'same answers' if same else 'DIFFERENT ANSWERS'} ({len(old)} / {len(new)} rows)", flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compare bench/rewrites/*.rq with the catalogue queries they "
                                     "replace: identical answers and the speed-up.")
    parser.add_argument("--store", type=Path, help="existing store folder to open read-only")
    parser.add_argument("--size", type=int, default=1000, help="policies in a generated store (default 1000)")
    parser.add_argument("--seeds", type=int, default=100, help="extracted seed policies for a generated store")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query, median reported (default 3)")
    parser.add_argument("--query", action="append", help="only this rewrite (repeatable)")
    args = parser.parse_args(argv)
    if args.store:
        store = OxigraphStore(args.store, read_only=True)
        try:
            results = compare(store, repeat=args.repeat, only=args.query)
        finally:
            store.close()
    else:
        from bench_queries import ontology_nquads
        from corpus import write_corpus
        from replicate import extract_seeds, load_replicas

        with tempfile.TemporaryDirectory(prefix="policykg-rewrites-") as temp:
            corpus = Path(temp) / "corpus"
            write_corpus(corpus, count=args.seeds)
            seeds = extract_seeds(corpus, count=args.seeds)
            store = OxigraphStore(Path(temp) / "store")
            try:
                store.bulk_load_nquads(ontology_nquads())
                load_replicas([store], seeds, args.size)
                store.native.optimize()
                results = compare(store, repeat=args.repeat, only=args.query)
            finally:
                store.close()
    return 0 if all(same for _, _, _, same, _ in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
