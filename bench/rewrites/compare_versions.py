"""Compare two versions of every catalogue and compliance query: same rows? how fast on disk?

Why: a faster query text is only acceptable if it returns exactly the same rows. This runs the
snapshot (``--before``, a folder with ``catalogue/`` and ``compliance/`` .rq files) and the working
tree's texts on a read-only store, each query in its own process (killed after ``--timeout`` s),
and prints a Markdown table: rows, seconds before, seconds after, same multiset of rows.

Run from the repository root, e.g.
``.venv/bin/python bench/rewrites/compare_versions.py --store /tmp/s1000 --before /tmp/before``.
Build a store with ``bench/replicate.py`` (see bench/README.md).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_MEMORY_CAP = 8 << 30  # bytes of address space per query process


def run_one(store_dir: str, path: Path, repeat: int, params: dict[str, str]) -> dict:
    """Run one query text in this process; row digest is order-independent."""
    from policykg.queries.catalogue import parse_query
    from policykg.queries.runner import run_query
    from policykg.store.oxigraph_store import OxigraphStore

    query = parse_query(path.read_text(encoding="utf-8"), name=path.stem, source=str(path))
    store = OxigraphStore(Path(store_dir), read_only=True)
    times: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = run_query(store, query, params=params)
        times.append(time.perf_counter() - started)
        if times[0] > 5:
            break
    concat = concatenated_columns(path.read_text(encoding="utf-8"))
    cells = sorted("\t".join(_cell(column, cell, concat) for column, cell in zip(result.columns, row))
                   for row in result.rows)
    digest = hashlib.sha256(("|".join(result.columns) + "\n" + "\n".join(cells)).encode()).hexdigest()[:16]
    return {"rows": len(result), "digest": digest, "seconds": statistics.median(times)}


_CONCAT = re.compile(r'GROUP_CONCAT\s*\((?:[^()]|\([^()]*(?:\([^()]*\))*[^()]*\))*?separator\s*=\s*"([^"]*)"\s*\)\s*AS\s*[?$](\w+)',
                     re.IGNORECASE | re.DOTALL)


def concatenated_columns(sparql: str) -> dict[str, str]:
    """Columns made by GROUP_CONCAT, with their separators. Why: SPARQL leaves the order of a
    concatenation to the plan, so a rewrite may list the same values in another order."""
    return {match.group(2): match.group(1) for match in _CONCAT.finditer(sparql)}


def _cell(column: str, cell, concat: dict[str, str]) -> str:
    if cell is None:
        return ""
    separator = concat.get(column)
    if separator:
        return "concat:" + separator.join(sorted(str(cell).split(separator)))
    return cell.n3()


def sample_params(store_dir: str) -> dict[str, dict[str, str]]:
    """Values for the parameters without defaults, taken from the data."""
    from policykg.namespaces import sparql_prefixes
    from policykg.store.oxigraph_store import OxigraphStore

    store = OxigraphStore(Path(store_dir), read_only=True)
    try:
        policies = [str(r["p"]).rsplit("/", 1)[-1] for r in store.select(
            sparql_prefixes() + "SELECT ?p WHERE { ?p a pkg:PrivacyPolicy } ORDER BY ?p LIMIT 2")]
        # the first policy's first statement: sorting every statement of a 100k store took minutes
        statement = store.select(sparql_prefixes() + "SELECT ?s WHERE { { SELECT ?p WHERE { ?p a pkg:PrivacyPolicy } "
                                 "ORDER BY ?p LIMIT 1 } ?p pkg:states ?s } ORDER BY ?s LIMIT 1")
    finally:
        store.close()
    params: dict[str, dict[str, str]] = {}
    if len(policies) == 2:
        params["policy-diff"] = {"a": policies[0], "b": policies[1]}
    if statement:
        params["evidence-for-fact"] = {"fact": str(statement[0]["s"])}
    return params


def timed_child(store: str, path: Path, repeat: int, params: dict[str, str], timeout: float) -> dict:
    command = [sys.executable, __file__, "--child", store, str(path), str(repeat), json.dumps(params)]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"rows": None, "digest": None, "seconds": float("inf")}
    if out.returncode:
        last = (out.stderr.strip().splitlines() or ["?"])[-1][:200]
        return {"rows": None, "digest": f"ERROR {last}", "seconds": float("nan")}
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        store, path, repeat, params = argv[1], Path(argv[2]), int(argv[3]), json.loads(argv[4])
        # a plan that builds a huge intermediate result fails here instead of taking the machine down
        resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_CAP, _MEMORY_CAP))
        print(json.dumps(run_one(store, path, repeat, params)))
        return 0
    parser = argparse.ArgumentParser(description="Same rows and timings: snapshot query texts vs the working tree's.")
    parser.add_argument("--store", required=True, help="store folder (opened read-only)")
    parser.add_argument("--before", type=Path, help="snapshot folder with catalogue/ and compliance/ (omit: time only)")
    parser.add_argument("--after", type=Path, default=ROOT / "queries", help="folder with the new texts (default: queries/)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query, median reported (default 3)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a query is killed (default 120)")
    parser.add_argument("--only", action="append", help="only this query name (repeatable)")
    args = parser.parse_args(argv)
    needs_params = not args.only or bool({"policy-diff", "evidence-for-fact"} & set(args.only))
    params = sample_params(args.store) if needs_params else {}
    print("| query | rows | before s | after s | same rows |\n|---|---|---|---|---|")
    all_same = True
    for kind in ("catalogue", "compliance"):
        for path in sorted((args.after / kind).glob("*.rq")):
            if args.only and path.stem not in args.only:
                continue
            new = timed_child(args.store, path, args.repeat, params.get(path.stem, {}), args.timeout)
            old = timed_child(args.store, args.before / kind / path.name, args.repeat, params.get(path.stem, {}),
                              args.timeout) if args.before else new
            same = bool(old["digest"]) and old["digest"] == new["digest"] and not str(old["digest"]).startswith("ERROR")
            all_same &= same
            print(f"| {kind}/{path.stem} | {new['rows']} | {old['seconds']:.3f} | {new['seconds']:.3f} | "
                  f"{'yes' if same else 'NO'} |", flush=True)
    return 0 if all_same else 1


if __name__ == "__main__":
    raise SystemExit(main())
