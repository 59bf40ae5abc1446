"""Where a catalogue query's time goes: the store (evaluation and writing the answer) vs Python.

Why: a query that misses its latency target is either slow to evaluate (fix the text or the data
shape) or big (its time is set by the number of rows it returns). This prints, per query, the rows,
the seconds Oxigraph takes to evaluate the query and write every row as TSV, the seconds for a
COUNT over the same WHERE clause (evaluation without writing the terms out), and the seconds the
runner spends in Python turning the TSV into rdflib rows and sorting them, with microseconds per row.

Run from the repository root on a store built by ``bench/replicate.py`` or a real ingest:

    .venv/bin/python bench/query_split.py --store /tmp/s10k
    .venv/bin/python bench/query_split.py --store /tmp/s10k --query disclosure-conditions --repeat 3
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _count_query(sparql: str) -> str | None:
    """The same WHERE clause with the projection replaced by COUNT(*), or None if it has GROUP BY
    (then the rows are groups, and counting them needs the grouping anyway)."""
    if re.search(r"\bGROUP\s+BY\b", sparql.split("WHERE", 1)[-1].rsplit("}", 1)[-1], re.IGNORECASE):
        return None
    match = re.search(r"^SELECT\s+(DISTINCT\s+)?[^\n]*\nWHERE", sparql, re.MULTILINE)
    if match is None:
        return None
    inner = sparql[match.end():]
    head = sparql[: match.start()]
    if match.group(1):  # DISTINCT rows: count the distinct projections
        variables = sparql[match.start():match.end()].split(None, 2)[2].rsplit("\n", 1)[0]
        return f"{head}SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT {variables} WHERE {inner} }}"
    return f"{head}SELECT (COUNT(*) AS ?n)\nWHERE{inner}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Per catalogue query: store time (evaluate + write TSV), "
                                     "evaluation alone (COUNT), and Python time (parse + sort), per row.")
    parser.add_argument("--store", type=Path, required=True, help="on-disk store folder (opened read-only)")
    parser.add_argument("--query", action="append", help="only this catalogue query (repeatable)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per query, best reported (default 2)")
    args = parser.parse_args(argv)

    import pyoxigraph as ox

    from policykg.queries.catalogue import list_queries
    from policykg.queries.ordering import sort_rows, split_order_by
    from policykg.queries.runner import bind_params
    from policykg.store.oxigraph_store import OxigraphStore
    from policykg.store.result_table import parse_tsv_table

    if not (args.store / "CURRENT").exists():
        parser.error(f"{args.store} is not an Oxigraph store folder (no CURRENT file); build one with bench/replicate.py")
    store = OxigraphStore(args.store, read_only=True)
    queries = [q for q in list_queries() if not args.query or q.name in args.query]
    print("| query | rows | store s (evaluate + TSV) | evaluate only s (COUNT) | Python s (parse + sort) | us/row store | us/row Python |")
    print("|---|---|---|---|---|---|---|")
    for query in queries:
        defaults = {p.name: p.default for p in query.params if p.default}
        if len(defaults) < len(query.params):
            continue  # needs a value from the data (evidence-for-fact, policy-diff): bench_queries.py covers them
        unordered, order = split_order_by(bind_params(query, defaults))
        store_s = count_s = python_s = float("inf")  # best of --repeat runs
        rows = 0
        counted = _count_query(unordered)
        for _ in range(args.repeat):
            started = time.perf_counter()
            data = store.native.query(unordered, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.TSV)
            store_s = min(store_s, time.perf_counter() - started)
            started = time.perf_counter()
            columns, table = parse_tsv_table(data)
            if order:
                sort_rows(table, columns, order)
            python_s = min(python_s, time.perf_counter() - started)
            if counted is not None:
                started = time.perf_counter()
                list(store.native.query(counted, use_default_graph_as_union=True))
                count_s = min(count_s, time.perf_counter() - started)
            rows = len(table)
        per = max(rows, 1)
        count_cell = "-" if counted is None else f"{count_s:.3f}"
        print(f"| {query.name} | {rows} | {store_s:.3f} | {count_cell} | {python_s:.3f} | "
              f"{1e6 * store_s / per:.1f} | {1e6 * python_s / per:.1f} |", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
