"""Benchmark: a 500-policy synthetic corpus drawn in every view and written in every format.

Run: ``.venv/bin/python bench/bench_viz.py [--policies 500] [--out DIR]``. Prints one line per view
and format with nodes, edges and seconds, and exits 1 if a view takes longer than the 30 s target.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic corpus builder lives with the test fixtures

from viz_fixtures import synthetic_corpus  # noqa: E402

from policykg.store.oxigraph_store import OxigraphStore  # noqa: E402
from policykg.viz.formats import FORMATS, write_graph  # noqa: E402
from policykg.viz.views import VIEWS, build_view  # noqa: E402

TARGET_SECONDS = 30.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=int, default=500)
    parser.add_argument("--out", type=Path, default=None, help="keep the files here (default: a temporary folder)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    store = OxigraphStore(None)
    store.replace_graphs(synthetic_corpus(args.policies))
    print(f"corpus: {args.policies} policies, {store.info().quads} quads, {time.perf_counter() - started:.2f} s")
    slow = False
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for view in VIEWS.values():
            view_started = time.perf_counter()
            graph = build_view(store, view.name, policy=f"{0:016x}" if view.needs_policy else None)
            built = time.perf_counter() - view_started
            print(f"{view.name:<17} build   {graph.number_of_nodes():>5} nodes {graph.number_of_edges():>6} edges {built:6.2f} s")
            for output in FORMATS.values():
                step = time.perf_counter()
                out = folder / f"{view.name}{output.suffixes[0]}"
                write_graph(graph, out, output_format=output, title=view.title, description=view.description)
                print(f"{view.name:<17} {output.name:<7} {out.stat().st_size:>12,} bytes {time.perf_counter() - step:6.2f} s")
            total = time.perf_counter() - view_started
            verdict = "ok" if total < TARGET_SECONDS else f"SLOW (target {TARGET_SECONDS:.0f} s)"
            print(f"{view.name:<17} total {total:6.2f} s {verdict}")
            slow = slow or total >= TARGET_SECONDS
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
