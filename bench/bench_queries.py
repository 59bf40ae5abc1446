"""Every catalogue query at 1k / 10k (/100k) policies: on-disk vs in-memory Oxigraph vs rdflib.

Why: the target is <= 0.5 s per catalogue query at 10k policies and <= 5 s at 100k on the default
(on-disk) store. Queries run through the real runner (``run_query`` with default parameters) so
what is timed is what ``policykg query NAME`` does. Stores are filled fast (``bench/replicate.py``):
real extractor output for a few hundred generated policies, copied under fresh IRIs.

Columns: ``disk`` (OxigraphStore on disk, straight after bulk load), ``disk+opt`` (after
``store.native.optimize()``), ``disk+tables`` (the same store once its answer tables are built, as
``policykg ingest`` leaves a store of 2,000 policies or more: the tabled questions are read back
from them, the others evaluated), ``memory`` (OxigraphStore in memory), ``rdflib`` (rdflib Dataset
with a union default graph, the baseline; each query in a forked child killed after ``--budget`` s).
With ``--store`` the columns are ``disk`` (every question evaluated live) and ``disk+tables``.

Run: ``python bench/bench_queries.py [--sizes 1000 10000] [--seeds 200] [--rdflib-max 1000]``.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from replicate import extract_seeds, load_replicas, replicated_chunks  # noqa: E402

from policykg.queries.answer_tables import refresh, table_states  # noqa: E402
from policykg.queries.catalogue import list_queries  # noqa: E402
from policykg.queries.runner import run_query  # noqa: E402
from policykg.store.base import Store  # noqa: E402
from policykg.store.oxigraph_store import OxigraphStore  # noqa: E402


@dataclass(frozen=True)
class Timing:
    seconds: float | None  # None: over budget or failed
    rows: int | None
    note: str = ""

    def cell(self) -> str:
        if self.seconds is None:
            return self.note or "-"
        return f"{self.seconds:.3f}"


@dataclass
class SizeResult:
    size: int
    quads: int = 0
    load: dict[str, float] = field(default_factory=dict)
    timings: dict[str, dict[str, Timing]] = field(default_factory=dict)  # store label -> query -> timing


def sample_params(store: OxigraphStore, names: list[str]) -> dict[str, dict[str, str]]:
    """Values for parameters that have no default (policy docids, a statement IRI), taken from the data."""
    from policykg.namespaces import ID, sparql_prefixes
    from policykg.queries.catalogue import get_query

    policies = [str(row["p"]).rsplit("/", 1)[-1] for row in store.select(
        sparql_prefixes() + "SELECT ?p WHERE { ?p a pkg:PrivacyPolicy } ORDER BY ?p LIMIT 2")]
    # a statement of the first policy (ordering every statement of a 100k store would take minutes)
    statement = store.select(sparql_prefixes() + f"SELECT ?s WHERE {{ <{ID}policy/{policies[0]}> pkg:states ?s }} "
                             "ORDER BY ?s LIMIT 1") if policies else []
    params: dict[str, dict[str, str]] = {}
    for name in names:
        for param in get_query(name).params:
            if param.default:
                continue
            if param.type == "policy" and policies:
                params.setdefault(name, {})[param.name] = policies[len(params.get(name, {})) % len(policies)]
            elif param.type == "iri" and statement:
                params.setdefault(name, {})[param.name] = str(statement[0]["s"])
    return params


PARAMS: dict[str, dict[str, str]] = {}  # filled per size by bench_size (forked rdflib children see it too)


def time_query(store: object, name: str, *, repeat: int, budget: float, tables: bool = False) -> Timing:
    """Median seconds over ``repeat`` runs (one run when the first is slower than budget / repeat);
    ``tables``: read a tabled question from its answer table when it is current."""
    times: list[float] = []
    rows = 0
    for attempt in range(repeat):
        started = time.perf_counter()
        try:
            result = run_query(store, name, params=PARAMS.get(name, {}), tables=tables)  # type: ignore[arg-type]
        except Exception as error:  # report and carry on: one broken query must not hide the others
            return Timing(None, None, f"error: {type(error).__name__}: {str(error)[:80]}")
        times.append(time.perf_counter() - started)
        rows = len(result)
        if attempt == 0 and times[0] * repeat > budget:
            break
    return Timing(statistics.median(times), rows)


class RdflibStore(Store):
    """policykg's Store interface over an rdflib Dataset, read-only: the baseline ``run_query`` is
    timed on. It subclasses ``Store`` so that a method the runner comes to need (``select_table``
    was one) is inherited or missing loudly at construction, never an error in every timed cell."""

    def __init__(self) -> None:
        from rdflib import Dataset

        self.dataset = Dataset(default_union=True)
        self.location = "rdflib:memory"

    def load(self, nquads: bytes) -> None:
        self.dataset.parse(data=nquads, format="nquads")

    def bulk_load_nquads(self, nquads: bytes) -> None:
        self.load(nquads)

    def query_serialized(self, sparql: str, media_type: str) -> bytes:
        if media_type != "application/sparql-results+json":
            raise NotImplementedError(f"the rdflib baseline answers in SPARQL JSON only, not {media_type}")
        return self.dataset.query(sparql).serialize(format="json")  # type: ignore[return-value]

    def construct(self, sparql: str):
        return iter(self.dataset.query(sparql))

    def select(self, sparql: str):
        result = self.dataset.query(sparql)
        return [{str(k): v for k, v in row.asdict().items()} for row in result]

    def select_table(self, sparql: str):
        result = self.dataset.query(sparql)
        columns = tuple(str(v) for v in result.vars or ())
        return columns, [tuple(row) for row in result]

    def ask(self, sparql: str) -> bool:
        return bool(self.dataset.query(sparql).askAnswer)

    def graph_names(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs() if len(g))

    def quads(self, graph_iri: str | None = None):
        for s, p, o, g in self.dataset.quads((None, None, None, graph_iri)):
            yield s, p, o, g

    def info(self):
        raise NotImplementedError("the rdflib baseline has no store info")

    def update(self, sparql: str) -> None:
        raise NotImplementedError("the rdflib baseline is read-only")

    def replace_graphs(self, graphs) -> None:
        raise NotImplementedError("the rdflib baseline is read-only")

    def drop_graphs(self, graph_iris) -> None:
        raise NotImplementedError("the rdflib baseline is read-only")

    def clear(self) -> None:
        raise NotImplementedError("the rdflib baseline is read-only")


def _rdflib_child(store: RdflibStore, name: str, repeat: int, budget: float, pipe) -> None:
    timing = time_query(store, name, repeat=repeat, budget=budget)
    pipe.send(timing)


def time_rdflib(store: RdflibStore, name: str, *, repeat: int, budget: float) -> Timing:
    """Run one query in a forked child (sharing the loaded dataset) and kill it after ``budget`` s."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_rdflib_child, args=(store, name, repeat, budget, sender))
    child.start()
    if receiver.poll(budget):
        timing = receiver.recv()
        child.join()
        return timing
    child.kill()
    child.join()
    return Timing(None, None, f"> {budget:.0f}")


def ontology_nquads() -> bytes:
    """The ontology graph as N-Quads, as ingest writes it (ensure_ontology on a scratch store)."""
    from policykg.ingest.pipeline import ensure_ontology
    from policykg.store.oxigraph_store import OxigraphStore as Scratch

    import io

    import pyoxigraph as ox

    scratch = Scratch(None)
    ensure_ontology(scratch)
    out = io.BytesIO()
    scratch.native.dump(out, ox.RdfFormat.N_QUADS)
    return out.getvalue()


def bench_size(size: int, seeds, *, work: Path, names: list[str], repeat: int, budget: float,
               rdflib_max: int, optimize: bool, previous: SizeResult | None = None) -> SizeResult:
    result = SizeResult(size)
    ontology = ontology_nquads()
    disk = OxigraphStore(work / f"store-{size}")
    memory = OxigraphStore(None)
    try:
        for store in (disk, memory):
            store.bulk_load_nquads(ontology)
        print(f"[{size}] bulk-loading {size} policies into the on-disk and in-memory stores ...", flush=True)
        started = time.perf_counter()
        load_replicas([disk], seeds, size)
        disk.native.flush()
        result.load["disk"] = time.perf_counter() - started
        result.load["memory"] = load_replicas([memory], seeds, size, progress=False)
        result.quads = len(memory.native)
        print(f"[{size}] {result.quads} quads; load disk {result.load['disk']:.1f} s, memory {result.load['memory']:.1f} s",
              flush=True)
        PARAMS.clear()
        PARAMS.update(sample_params(memory, names))
        plan = [("disk", disk), ("memory", memory)]
        for label, store in plan:
            result.timings[label] = _run_all(label, store, names, size, repeat=repeat, budget=budget,
                                             previous=previous)
        if optimize:
            started = time.perf_counter()
            disk.native.optimize()
            result.load["optimize"] = time.perf_counter() - started
            print(f"[{size}] optimize() {result.load['optimize']:.1f} s", flush=True)
            result.timings["disk+opt"] = _run_all("disk+opt", disk, names, size, repeat=repeat, budget=budget,
                                                  previous=previous)
        started = time.perf_counter()
        refresh(disk)
        result.load["tables"] = time.perf_counter() - started
        print(f"[{size}] answer tables built in {result.load['tables']:.1f} s", flush=True)
        result.timings["disk+tables"] = _run_all("disk+tables", disk, names, size, repeat=repeat, budget=budget,
                                                 previous=previous)
    finally:
        disk.close()
        memory.close()
    if size <= rdflib_max:
        rdflib_store = RdflibStore()
        started = time.perf_counter()
        rdflib_store.load(ontology)
        for piece in replicated_chunks(seeds, size):
            rdflib_store.load(piece)
        result.load["rdflib"] = time.perf_counter() - started
        print(f"[{size}] rdflib load {result.load['rdflib']:.1f} s", flush=True)
        result.timings["rdflib"] = {}
        for name in names:
            result.timings["rdflib"][name] = time_rdflib(rdflib_store, name, repeat=1, budget=budget)
            print(f"  [{size}] rdflib {name}: {result.timings['rdflib'][name].cell()}", flush=True)
    return result


def bench_existing(folder: Path, *, names: list[str], repeat: int, budget: float, memory: bool,
                   live: bool = True) -> SizeResult:
    """Every catalogue query on an existing store, read-only (and on an in-memory copy if asked)."""
    if not folder.is_dir():
        raise SystemExit(f"{folder}: no such store folder (build one with `policykg --store DIR ingest ...`)")
    disk = OxigraphStore(folder, read_only=True)
    policies = int(disk.select(
        "PREFIX pkg: <https://w3id.org/policykg/ns#> SELECT (COUNT(*) AS ?n) WHERE { ?p a pkg:PrivacyPolicy }")[0]["n"])
    result = SizeResult(policies)
    result.quads = len(disk.native)
    print(f"{folder}: {policies} policies, {result.quads} quads", flush=True)
    PARAMS.clear()
    PARAMS.update(sample_params(disk, names))
    if live:
        result.timings["disk"] = _run_all("disk", disk, names, policies, repeat=repeat, budget=budget)
    states = table_states(disk)
    current = sum(state.state == "current" for state in states)
    print(f"{folder}: {current} of {len(states)} answer tables current", flush=True)
    if current:
        result.timings["disk+tables"] = _run_all("disk+tables", disk, names, policies, repeat=repeat, budget=budget)
    if memory:
        started = time.perf_counter()
        copy = disk.copy_to_memory()
        result.load["memory"] = time.perf_counter() - started
        result.timings["memory"] = _run_all("memory", copy, names, policies, repeat=repeat, budget=budget)
        copy.close()
    else:
        disk.close()
    return result


def _run_all(label: str, store: OxigraphStore, names: list[str], size: int, *, repeat: int,
             budget: float, previous: SizeResult | None = None) -> dict[str, Timing]:
    """Time each query; skip one whose time at the previous size, scaled linearly, exceeds the budget."""
    timings: dict[str, Timing] = {}
    for name in names:
        before = previous.timings.get(label, {}).get(name) if previous else None
        if before is not None and previous is not None:
            if before.seconds is None:
                timings[name] = Timing(None, None, "skipped")
                print(f"  [{size}] {label} {name}: skipped (over budget at {previous.size})", flush=True)
                continue
            estimate = before.seconds * size / previous.size
            if estimate > budget:
                timings[name] = Timing(None, None, f"~{estimate:.0f} est.")
                print(f"  [{size}] {label} {name}: skipped, estimated {estimate:.0f} s", flush=True)
                continue
        timings[name] = time_query(store, name, repeat=repeat, budget=budget, tables=label.endswith("+tables"))
        print(f"  [{size}] {label} {name}: {timings[name].cell()} s, {timings[name].rows} rows", flush=True)
    return timings


COLUMNS = ("disk", "disk+opt", "disk+tables", "memory", "rdflib")


def format_table(result: SizeResult, names: list[str], target: float) -> str:
    labels = [label for label in COLUMNS if label in result.timings]
    head = "| query | rows | " + " | ".join(f"{label} s" for label in labels) + " | disk/memory | rdflib/memory | target |"
    lines = [f"### {result.size} policies ({result.quads} quads; load s: "
             + ", ".join(f"{k} {v:.1f}" for k, v in result.load.items()) + ")", "", head,
             "|" + "---|" * (len(labels) + 5)]
    for name in names:
        cells = {label: result.timings[label][name] for label in labels}
        memory = cells.get("memory")
        rows = next((t.rows for t in cells.values() if t.rows is not None), None)

        def ratio(label: str) -> str:
            t = cells.get(label)
            if t is None or t.seconds is None or memory is None or not memory.seconds:
                return "-"
            return f"{t.seconds / memory.seconds:.1f}x"

        default = cells.get("disk+tables") or cells.get("disk+opt") or cells.get("disk")
        ok = default is not None and default.seconds is not None and default.seconds <= target
        mismatch = {t.rows for t in cells.values() if t.rows is not None}
        note = "" if len(mismatch) <= 1 else f" (rows differ: {sorted(mismatch)})"
        lines.append(f"| {name} | {rows}{note} | " + " | ".join(cells[label].cell() for label in labels)
                     + f" | {ratio('disk')} | {ratio('rdflib')} | {'ok' if ok else 'MISS'} |")
    return "\n".join(lines)


def target_for(size: int) -> float:
    """Seconds allowed per catalogue query on the default store (issues: 0.5 s at 10k, 5 s at 100k)."""
    return 0.5 if size <= 10_000 else 5.0


def main(argv: list[str] | None = None) -> int:
    import logging

    logging.getLogger("rdflib").setLevel(logging.ERROR)  # rdflib warns per escaped IRI in JSON results
    parser = argparse.ArgumentParser(description="Time every catalogue query on Oxigraph (disk, memory) and an rdflib "
                                     "Dataset at several corpus sizes, using replicated real extractor output.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="policy counts (default 1000 10000)")
    parser.add_argument("--seeds", type=int, default=200, help="policies run through the real extractor (default 200)")
    parser.add_argument("--corpus", type=Path, help="bench/corpus.py folder for the seeds (generated if absent)")
    parser.add_argument("--rdflib-max", type=int, default=1000, help="largest size also timed on rdflib (default 1000)")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds allowed per query: rdflib queries are killed after it, Oxigraph queries "
                        "whose time at the previous size scales beyond it are skipped (default 30)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query, median reported (default 3)")
    parser.add_argument("--no-optimize", action="store_true", help="skip the optimize() pass on the disk store")
    parser.add_argument("--query", action="append", help="only this catalogue query (repeatable)")
    parser.add_argument("--json", type=Path, help="also write every timing as JSON here")
    parser.add_argument("--store", type=Path, help="time an existing on-disk store instead (e.g. one built by a real "
                        "`policykg ingest` of 100k policies); opened read-only, --sizes/--seeds ignored")
    parser.add_argument("--tables-only", action="store_true", help="with --store: skip the live column (time only "
                        "what `policykg query` does, reading current answer tables)")
    parser.add_argument("--memory", action="store_true", help="with --store: also time an in-memory copy (needs RAM "
                        "for the whole store as N-Quads text plus the copy: fine at 10k, not at 100k)")
    args = parser.parse_args(argv)
    names = args.query or [query.name for query in list_queries()]
    if args.store:
        result = bench_existing(args.store, names=names, repeat=args.repeat, budget=args.budget, memory=args.memory,
                                live=not args.tables_only)
        print(f"\nmachine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; date {time.strftime('%Y-%m-%d')}")
        print(format_table(result, names, target_for(result.size)))
        return 0
    results: list[SizeResult] = []
    with tempfile.TemporaryDirectory(prefix="policykg-bench-queries-") as temp:
        work = Path(temp)
        corpus = args.corpus
        if corpus is None or not any(corpus.glob("*.txt")):
            from corpus import write_corpus

            corpus = corpus or work / "corpus"
            print(f"generating {args.seeds} seed policies into {corpus} ...", flush=True)
            write_corpus(corpus, count=args.seeds)
        started = time.perf_counter()
        seeds = extract_seeds(corpus, count=args.seeds)
        print(f"extracted {len(seeds)} seed graphs in {time.perf_counter() - started:.1f} s", flush=True)
        for size in args.sizes:
            results.append(bench_size(size, seeds, work=work, names=names, repeat=args.repeat, budget=args.budget,
                                      rdflib_max=args.rdflib_max, optimize=not args.no_optimize,
                                      previous=results[-1] if results else None))
            print(format_table(results[-1], names, target_for(size)), flush=True)
    print(f"\nmachine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
          f"date {time.strftime('%Y-%m-%d')}")
    for result in results:
        print()
        print(format_table(result, names, target_for(result.size)))
    if args.json:
        payload = [{"size": r.size, "quads": r.quads, "load": r.load,
                    "timings": {label: {n: t.__dict__ for n, t in ts.items()} for label, ts in r.timings.items()}}
                   for r in results]
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
