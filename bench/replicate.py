"""Many policy graphs fast: extract a few hundred real graphs, then copy them under fresh IRIs.

Why: running the extractor on 100k policies takes hours, but query benchmarks only need graphs of
the right shape and size. The seed graphs come from the real pipeline (``pipeline.prepare`` on
``bench/corpus.py`` policies); each copy renames the docid (so policy, text, evidence and graph IRIs
are new), the company slug and legal name (so companies stay distinct) and the file name, by plain
text substitution on N-Quads. The result is bulk-loaded with ``OxigraphStore.bulk_load_nquads``.
"""
from __future__ import annotations

import hashlib
import re
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
_LEGAL_NAME = "<https://w3id.org/policykg/ns#legalName>"
_COMPANY_NAME = "<https://w3id.org/policykg/ns#companyName>"  # the policy's copy of the legal name
_COMPANY = re.compile(r"<https://w3id\.org/policykg/id/company/([^>]+)>")


@dataclass(frozen=True)
class SeedGraph:
    """One extracted policy graph as N-Quads text, with the strings a copy must rename."""

    docid: str
    file: str
    nquads: str  # lines with {D} (docid), {C} (company slug suffix), {F} (file prefix) placeholders


def _seed_graph(path: Path) -> SeedGraph | str:
    """Extract one policy with the real pipeline and turn it into an N-Quads template (worker)."""
    from policykg.ingest.pipeline import prepare

    prepared = prepare(path)
    if not hasattr(prepared, "nquads"):
        return f"{path}: {getattr(prepared, 'error', 'not ingested')}"
    lines: list[str] = []
    for line in prepared.nquads.decode("utf-8").splitlines(keepends=True):
        if _LEGAL_NAME in line or _COMPANY_NAME in line:  # distinct legal names, so per-company queries see many companies
            line = re.sub(r'"((?:[^"\\]|\\.)*)"', lambda m: f'"{m.group(1)} {{N}}"', line, count=1)
        lines.append(line)
    text = "".join(lines).replace("{", "{{").replace("}", "}}")
    text = text.replace("{{N}}", "{N}").replace(prepared.docid, "{D}").replace(path.name, "{F}" + path.name)
    text = _COMPANY.sub(lambda m: f"<https://w3id.org/policykg/id/company/{m.group(1)}{{C}}>", text)
    return SeedGraph(docid=prepared.docid, file=path.name, nquads=text)


def extract_seeds(corpus: Path, *, count: int, jobs: int = 2) -> list[SeedGraph]:
    """Seed graphs for the first ``count`` policies of a corpus folder (bench/corpus.py output)."""
    files = sorted(corpus.glob("*.txt"))[:count]
    if len(files) < count:
        raise SystemExit(f"{corpus} holds {len(files)} policies, fewer than the {count} seeds asked for: "
                         "generate more with bench/corpus.py")
    seeds: list[SeedGraph] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(_seed_graph, files, chunksize=8):
            if isinstance(result, str):
                raise SystemExit(f"seed extraction failed: {result}")
            seeds.append(result)
    return seeds


def copy_docid(seed: SeedGraph, copy: int) -> str:
    """A fresh 16-hex docid for copy ``copy`` of ``seed`` (copy 0 keeps the original)."""
    if copy == 0:
        return seed.docid
    return hashlib.sha256(f"{seed.docid}:{copy}".encode()).hexdigest()[:16]


def render(seed: SeedGraph, copy: int) -> str:
    """The N-Quads of copy ``copy`` of a seed graph."""
    suffix = "" if copy == 0 else f"-r{copy}"
    return seed.nquads.format(D=copy_docid(seed, copy), C=suffix, F="" if copy == 0 else f"r{copy}-",
                              N="" if copy == 0 else f"(r{copy})")


def replicated_chunks(seeds: list[SeedGraph], total: int, *, chunk: int = 1000) -> Iterator[bytes]:
    """N-Quads for ``total`` policies, ``chunk`` policies per piece (to bound memory)."""
    buffer: list[str] = []
    for index in range(total):
        seed = seeds[index % len(seeds)]
        buffer.append(render(seed, index // len(seeds)))
        if len(buffer) >= chunk:
            yield "".join(buffer).encode("utf-8")
            buffer = []
    if buffer:
        yield "".join(buffer).encode("utf-8")


def load_replicas(stores: list[object], seeds: list[SeedGraph], total: int, *, progress: bool = True) -> float:
    """Bulk-load ``total`` replicated policies into every store (OxigraphStore); returns seconds."""
    started = time.perf_counter()
    done = 0
    for piece in replicated_chunks(seeds, total):
        for store in stores:
            store.bulk_load_nquads(piece)  # type: ignore[attr-defined]
        done = min(total, done + 1000)
        if progress and done % 10_000 == 0:
            print(f"  loaded {done}/{total} policies, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return time.perf_counter() - started
