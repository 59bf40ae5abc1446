"""Files in, named graphs out: discovery, parallel extraction, batched atomic writes.

Reading, segmenting and extracting run in worker processes (``jobs``); only this process writes
to the store, one batch of whole policy graphs per transaction, so a crash or a bad file never
leaves a policy half-written: each policy is either fully present or absent.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from policykg.ingest.model import IngestError
from policykg.namespaces import PKG, sparql_prefixes
from policykg.store.base import Store


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one input file."""

    source: str
    status: str  # ingested | replaced | new-version | duplicate | failed
    docid: str | None = None
    language: str | None = None
    company: str | None = None
    statements: int = 0
    size: int = 0
    error: str | None = None
    note: str | None = None  # e.g. which file a duplicate repeats

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass(frozen=True)
class IngestReport:
    outcomes: tuple[FileOutcome, ...]
    seconds: float

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if not outcome.ok)

    @property
    def succeeded(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.ok)

    @property
    def bytes(self) -> int:
        return sum(outcome.size for outcome in self.succeeded)

    @property
    def written(self) -> int:
        """Policy graphs this run wrote (new, new versions and replacements; not duplicates)."""
        return sum(1 for outcome in self.outcomes if outcome.status in WRITTEN)


WRITTEN = frozenset({"ingested", "replaced", "new-version"})

# Compact the store after an ingest that wrote at least this share of the policies it now holds:
# compaction rewrites the whole store, so it pays when much of it is new, not after a few files.
COMPACT_SHARE = 0.2


def compaction_worthwhile(written: int, policies_in_store: int) -> bool:
    """Whether an ingest that wrote ``written`` policies should compact the store it left."""
    return written > 0 and written >= COMPACT_SHARE * max(policies_in_store, 1)


@dataclass(frozen=True)
class _Prepared:
    """A document read and extracted in a worker, ready to be written."""

    source: str
    docid: str
    sha256: str
    language: str
    company: str | None
    statements: int
    size: int
    nquads: bytes  # the policy graph, serialised in the worker so the single writer only parses


ProgressCallback = Callable[[FileOutcome], None]


def discover(paths: Iterable[str | Path], *, suffixes: Iterable[str] | None = None) -> tuple[list[Path], list[FileOutcome]]:
    """Expand files and folders into the files to ingest; missing paths become failed outcomes.

    Folders are walked recursively (hidden entries skipped, symlink loops followed once);
    inside folders only files with a supported suffix are taken, while files named
    explicitly are always tried so the user gets a clear error for an unsupported one.
    """
    if suffixes is None:
        from policykg.ingest.read import supported_formats

        suffixes = [suffix for fmt in supported_formats() for suffix in fmt.suffixes]
    wanted = {suffix.lower() for suffix in suffixes}
    files: list[Path] = []
    problems: list[FileOutcome] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append(FileOutcome(str(path), "failed", error=f"{path}: no such file or folder"))
        elif path.is_dir():
            files.extend(_walk(path, wanted, seen, problems))
        elif path.resolve() not in seen:
            seen.add(path.resolve())
            files.append(path)
    return files, problems


def _walk(folder: Path, wanted: set[str], seen: set[Path], problems: list[FileOutcome]) -> Iterator[Path]:
    visited_dirs: set[Path] = set()

    def unlistable(error: OSError) -> None:  # an unreadable folder is reported, never skipped silently
        name = error.filename or str(folder)
        problems.append(FileOutcome(str(name), "failed", error=(
            f"{name}: cannot list the folder ({(error.strerror or str(error)).lower()}): "
            f"check its permissions, e.g. `chmod +rx {name}`"
        )))

    for root, dirs, names in os.walk(folder, followlinks=True, onerror=unlistable):
        real = Path(root).resolve()
        if real in visited_dirs:  # a symlink loop: do not descend twice
            dirs[:] = []
            continue
        visited_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith(".") or path.suffix.lower() not in wanted:
                continue
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            yield path


def prepare(path: Path, max_bytes: int | None = None) -> _Prepared | FileOutcome:
    """Read, segment, extract and map one file (runs in a worker process)."""
    from policykg.ingest.extract import extract
    from policykg.ingest.read import read_document
    from policykg.ingest.segment import segment
    from policykg.ingest.triples import build_nquads

    try:
        if max_bytes is None:
            document = read_document(path.absolute())
        else:
            document = read_document(path.absolute(), max_bytes=max_bytes)
        extraction = extract(document, segment(document))
        nquads = build_nquads(extraction)
    except IngestError as error:
        return FileOutcome(str(path), "failed", error=str(error))
    except Exception as error:  # a bug must not stop the batch, but it must be reported
        return FileOutcome(str(path), "failed", error=f"{path}: internal error {type(error).__name__}: {error}")
    return _Prepared(
        source=document.source,
        docid=document.docid,
        sha256=document.sha256,
        language=document.language,
        company=extraction.company.name if extraction.company else None,
        statements=len(extraction.statements),
        size=len(document.text.encode("utf-8")),
        nquads=nquads,
    )


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    store: Store,
    jobs: int = 1,
    batch_size: int = 32,
    max_bytes: int | None = None,
    on_progress: ProgressCallback | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into ``store``; returns one outcome per file."""
    started = time.perf_counter()
    files, outcomes = discover(paths)
    for outcome in outcomes:
        _notify(on_progress, outcome)
    if on_start is not None:
        on_start(len(files) + len(outcomes))
    if files:
        ensure_ontology(store)
    batch: list[_Prepared] = []
    results = _prepared_stream(files, jobs, max_bytes)
    for result in results:
        if isinstance(result, FileOutcome):
            outcomes.append(result)
            _notify(on_progress, result)
            continue
        batch.append(result)
        if len(batch) >= batch_size:
            outcomes.extend(_write_batch(store, batch, on_progress))
            batch = []
    if batch:
        outcomes.extend(_write_batch(store, batch, on_progress))
    return IngestReport(outcomes=tuple(outcomes), seconds=time.perf_counter() - started)


def emit_nquads(
    paths: Iterable[str | Path],
    *,
    out_dir: Path,
    jobs: int = 1,
    max_bytes: int | None = None,
    on_progress: ProgressCallback | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestReport:
    """Write one N-Quads file per policy (``{docid}.nq``) instead of writing to a store.

    For bulk loaders of scale-out SPARQL servers (Virtuoso, QLever, Jena TDB2). Each file is
    complete or absent (written to a temporary name, then renamed); versions are not linked,
    since that needs the store. Load ``ontology.nq`` (written alongside) once as well.
    """
    import pyoxigraph as ox

    from policykg.namespaces import ONTOLOGY_GRAPH
    from policykg.ontology.loader import load_ontology
    from policykg.store.terms import to_oxigraph

    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    files, outcomes = discover(paths)
    for outcome in outcomes:
        _notify(on_progress, outcome)
    if on_start is not None:
        on_start(len(files) + len(outcomes))
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    _write_file(out_dir / "ontology.nq", ox.serialize(
        [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ontology) for s, p, o in load_ontology()],
        format=ox.RdfFormat.N_QUADS,
    ))
    written: set[str] = set()
    for result in _prepared_stream(files, jobs, max_bytes):
        if isinstance(result, _Prepared):
            status = "duplicate" if result.docid in written else "ingested"
            if status == "ingested":
                _write_file(out_dir / f"{result.docid}.nq", result.nquads)
                written.add(result.docid)
            result = _outcome(result, status)
        outcomes.append(result)
        _notify(on_progress, result)
    return IngestReport(outcomes=tuple(outcomes), seconds=time.perf_counter() - started)


def _write_file(path: Path, data: bytes) -> None:
    """Complete or absent: written under a temporary name, then renamed."""
    partial_path = path.with_name(path.name + ".partial")
    partial_path.write_bytes(data)
    partial_path.replace(path)


def _prepared_stream(files: list[Path], jobs: int, max_bytes: int | None) -> Iterator[_Prepared | FileOutcome]:
    work = partial(prepare, max_bytes=max_bytes)
    if jobs <= 1 or len(files) < 2:
        yield from map(work, files)
        return
    _warm_up()  # compiled once here, inherited by the forked workers instead of compiled in each
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(work, files, chunksize=max(1, min(16, len(files) // (jobs * 4) or 1)))


def _warm_up() -> None:
    """Build the language detector and every language's matchers and cue lexicons."""
    from policykg.ingest.detect import detect_language
    from policykg.ingest.extract import extract
    from policykg.ingest.model import Document
    from policykg.ingest.segment import segment

    detect_language("We collect your email address to provide the service.")
    for language in ("en", "zh", "az", "ru", "es"):
        document = Document(source="warm-up", name="warm-up.txt", text="Privacy policy.\nWe share data.",
                            sha256="0" * 64, media_type="text/plain", encoding="utf-8", language=language)
        extract(document, segment(document))


def _notify(callback: ProgressCallback | None, outcome: FileOutcome) -> None:
    if callback is not None:
        callback(outcome)


def ensure_ontology(store: Store) -> None:
    """Load the ontology graph into the store unless the same version is already there."""
    from policykg.store.ontology_graph import ensure_ontology_graph

    ensure_ontology_graph(store)


def _write_batch(store: Store, batch: list[_Prepared], on_progress: ProgressCallback | None) -> list[FileOutcome]:
    """Write a batch of policy graphs in one transaction, linking new versions to their predecessors."""
    from policykg.ingest.triples import PolicyIris

    existing = _existing_versions(store, [prepared.source for prepared in batch])
    stored_sources = _stored_sources(store, [prepared.sha256 for prepared in batch])
    new_graphs: list[bytes] = []
    new_iris: list[str] = []
    replaced: dict[str, bytes] = {}
    sources_in_batch: dict[str, str] = {}
    outcomes: list[FileOutcome] = []
    for prepared in batch:
        iris = PolicyIris(prepared.docid)
        original = sources_in_batch.get(prepared.docid) or stored_sources.get(prepared.sha256)
        if original is not None and original != prepared.source:
            # the same bytes under another name: the first name keeps the graph
            outcomes.append(replace(_outcome(prepared, "duplicate"), note=f"same content as {original}"))
            continue
        sources_in_batch[prepared.docid] = prepared.source
        versions = existing.get(prepared.source, [])
        data = prepared.nquads
        if any(docid == prepared.docid for docid, _ in versions):
            status = "replaced"
            previous = _previous_of(store, iris.policy)
            if previous is not None:
                data += _link(iris, URIRef(str(previous)))
            replaced[str(iris.graph)] = data
        else:
            status = "new-version" if versions else "ingested"
            if versions:
                latest = max(versions, key=lambda version: version[1])[0]
                data += _link(iris, PolicyIris(latest).policy)
            new_graphs.append(data)
            new_iris.append(str(iris.graph))
        outcomes.append(_outcome(prepared, status))
    # every IRI was validated by pyoxigraph in build_nquads, and _link writes only our own IRIs
    store.write_graphs_nquads(b"".join(new_graphs), replaced=replaced, new_graphs=new_iris, validated=True)
    for outcome in outcomes:
        _notify(on_progress, outcome)
    return outcomes


def _link(iris, previous: URIRef) -> bytes:  # type: ignore[no-untyped-def]
    """The N-Quad that links a policy version to the one it replaces (our own IRIs: safe to format)."""
    return f"<{iris.policy}> <{PKG.previousVersion}> <{previous}> <{iris.graph}> .\n".encode()


def _outcome(prepared: _Prepared, status: str, error: str | None = None) -> FileOutcome:
    return FileOutcome(
        source=prepared.source,
        status=status,
        docid=prepared.docid,
        language=prepared.language,
        company=prepared.company,
        statements=prepared.statements,
        size=prepared.size,
        error=error,
    )


def _existing_versions(store: Store, sources: list[str]) -> dict[str, list[tuple[str, str]]]:
    """source -> [(docid, ingestedAt)] of the versions already stored."""
    values = " ".join(Literal(source).n3() for source in set(sources))
    rows = store.select(
        sparql_prefixes()
        + f"""SELECT DISTINCT ?source ?sha ?at WHERE {{
  VALUES ?source {{ {values} }}
  ?policy a pkg:PrivacyPolicy ; dct:source ?source ; pkg:sha256 ?sha ; pkg:ingestedAt ?at .
}}"""
    )
    found: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        found.setdefault(str(row["source"]), []).append((str(row["sha"])[:16], str(row["at"])))
    return found


def _stored_sources(store: Store, hashes: list[str]) -> dict[str, str]:
    """sha256 -> source of the documents already stored with those exact bytes."""
    values = " ".join(Literal(sha).n3() for sha in set(hashes))
    rows = store.select(
        sparql_prefixes()
        + f"SELECT ?sha (MIN(?source) AS ?first) WHERE {{ VALUES ?sha {{ {values} }} ?policy pkg:sha256 ?sha ; dct:source ?source }} GROUP BY ?sha"
    )
    return {str(row["sha"]): str(row["first"]) for row in rows if "first" in row}


def _previous_of(store: Store, policy: URIRef) -> Node | None:
    rows = store.select(sparql_prefixes() + f"SELECT ?previous WHERE {{ <{policy}> pkg:previousVersion ?previous }} LIMIT 1")
    return rows[0]["previous"] if rows else None
