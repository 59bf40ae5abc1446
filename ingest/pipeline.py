"""Files in, named graphs out: discovery, parallel extraction, batched atomic writes.

Reading, segmenting and extracting run in worker processes (``jobs``); only this process writes
to the store, one batch of whole policy graphs per transaction, so a crash or a bad file never
leaves a policy half-written: each policy is either fully present or absent.
"""
from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from policykg.ingest.isolation import DEFAULT_BUDGET, Budget, isolated_map, memory_cap_mib, release_memory
from policykg.ingest.model import IngestError
from policykg.namespaces import PKG, sparql_prefixes
from policykg.store.base import Store


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one input file."""

    source: str
    status: str  # ingested | replaced | new-version | duplicate | skipped (not read, see note) | failed
    docid: str | None = None
    language: str | None = None
    company: str | None = None
    statements: int = 0
    size: int = 0
    error: str | None = None
    note: str | None = None  # e.g. which file a duplicate repeats, or why a file was skipped

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    @property
    def read(self) -> bool:
        """The file was read and stored (or found to repeat a stored one)."""
        return self.status not in ("failed", "skipped")


@dataclass(frozen=True)
class IngestReport:
    outcomes: tuple[FileOutcome, ...]
    seconds: float

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if not outcome.ok)

    @property
    def succeeded(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.read)

    @property
    def skipped(self) -> tuple[FileOutcome, ...]:
        """Folder entries not read (unsupported, hidden, links leaving the folder), each with its reason."""
        return tuple(outcome for outcome in self.outcomes if outcome.status == "skipped")

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


def discover(
    paths: Iterable[str | Path], *, suffixes: Iterable[str] | None = None, follow_links: bool = False,
) -> tuple[list[Path], list[FileOutcome]]:
    """Expand files and folders into the files to ingest; every path left out gets an outcome saying why.

    Folders are walked recursively. Inside a folder, files without a supported suffix and hidden
    entries (names starting with ".") are ``skipped`` with the reason; a symbolic link is followed
    only when its target lies inside the folder given (so a link to ``/etc/passwd`` or to a device
    is never read by accident), unless ``follow_links``; a link loop or a dangling link is one
    ``failed`` path and the walk goes on. Files named explicitly are always tried, so the user
    gets a clear error for an unsupported one.
    """
    if suffixes is None:
        from policykg.ingest.read import supported_formats

        suffixes = [suffix for fmt in supported_formats() for suffix in fmt.suffixes]
    wanted = {suffix.lower() for suffix in suffixes}
    files: list[Path] = []
    problems: list[FileOutcome] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append(FileOutcome(str(path), "failed", error=f"{path}: {_missing(path)}"))
        elif path.is_dir():
            files.extend(_walk(path, wanted, seen, problems, follow_links=follow_links))
        elif os.path.realpath(path) not in seen:
            seen.add(os.path.realpath(path))
            files.append(path)
    return files, problems


def _missing(path: Path) -> str:
    """Why an existing-looking path cannot be opened: a link loop, a dangling link, or nothing there."""
    if not path.is_symlink():
        return "no such file or folder"
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link loop (the link leads back to itself): remove or fix the link"
    return f"a broken symbolic link (its target {os.readlink(path)!r} does not exist): remove or fix the link"


def _skipped(path: Path, why: str) -> FileOutcome:
    return FileOutcome(str(path), "skipped", note=why)


def _walk(folder: Path, wanted: set[str], seen: set[str], problems: list[FileOutcome], *,
          follow_links: bool) -> Iterator[Path]:
    base = os.path.realpath(folder)
    visited_dirs: set[str] = set()

    def unlistable(error: OSError) -> None:  # an unreadable folder is reported, never skipped silently
        name = error.filename or str(folder)
        problems.append(FileOutcome(str(name), "failed", error=(
            f"{name}: cannot list the folder ({(error.strerror or str(error)).lower()}): "
            f"check its permissions, e.g. `chmod +rx {name}`"
        )))

    def leaves_folder(path: Path) -> str | None:
        """The link's real target when ``path`` is a link pointing outside the folder and links are not followed."""
        if follow_links or not path.is_symlink():
            return None
        target = os.path.realpath(path)
        return None if os.path.commonpath([base, target]) == base else target

    for root, dirs, names in os.walk(folder, followlinks=True, onerror=unlistable):
        real = os.path.realpath(root)
        if real in visited_dirs:  # a loop of folder links, or a second link to one folder: read once
            dirs[:] = []
            continue
        visited_dirs.add(real)
        kept = []
        for name in sorted(dirs):
            path = Path(root) / name
            target = leaves_folder(path)
            if name.startswith("."):
                problems.append(_skipped(path, "a hidden folder: not read"))
            elif target is not None:
                problems.append(_skipped(path, _outside(target)))
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            path = Path(root) / name
            outcome = _unwanted(path, name, wanted, leaves_folder)
            if outcome is not None:
                problems.append(outcome)
                continue
            resolved = os.path.realpath(path)
            if resolved in seen:
                continue
            seen.add(resolved)
            yield path


def _unwanted(path: Path, name: str, wanted: set[str], leaves_folder: Callable[[Path], str | None]) -> FileOutcome | None:
    """The outcome of a folder entry that is not read (hidden, unsupported, a bad or outside link), else None."""
    if name.startswith("."):
        return _skipped(path, "a hidden file: not read")
    if path.is_symlink() and not path.exists():
        return FileOutcome(str(path), "failed", error=f"{path}: {_missing(path)}")
    suffix = path.suffix.lower()
    if suffix not in wanted:
        return _skipped(path, _unsupported(suffix))
    target = leaves_folder(path)
    if target is not None:
        return _skipped(path, _outside(target))
    return None


def _outside(target: str) -> str:
    return (f"a symbolic link to {target}, outside the folder given: not followed "
            "(`policykg ingest --follow-links` follows it)")


def _unsupported(suffix: str) -> str:
    from policykg.ingest.read import unsupported_reason

    return unsupported_reason(suffix)


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
    except MemoryError:
        release_memory()
        cap = memory_cap_mib()
        limit = f"the {cap} MiB cap per file" if cap else "the memory available"
        return FileOutcome(str(path), "failed", error=(
            f"{path}: over the memory budget: reading and extracting it needed more than {limit}, so it was "
            "skipped (a hostile or pathological file?); if it is genuine, raise the cap with "
            "`policykg ingest --max-memory MIB`"
        ))
    except RecursionError:
        return FileOutcome(str(path), "failed", error=(
            f"{path}: nested too deeply to read (a hostile or broken file?): it was skipped"
        ))
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
    budget: Budget = DEFAULT_BUDGET,
    follow_links: bool = False,
    on_progress: ProgressCallback | None = None,
    on_start: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into ``store``; returns one outcome per file.

    Each file is read in a worker process within ``budget`` (seconds, MiB); one that overruns it,
    or whose worker dies, is one failed outcome naming it, and the batch goes on.
    """
    started = time.perf_counter()
    files, outcomes = discover(paths, follow_links=follow_links)
    for outcome in outcomes:
        _notify(on_progress, outcome)
    if on_start is not None:
        on_start(len(files) + len(outcomes))
    if files:
        ensure_ontology(store)
    batch: list[_Prepared] = []
    results = _prepared_stream(files, jobs, max_bytes, budget)
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
    budget: Budget = DEFAULT_BUDGET,
    follow_links: bool = False,
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
    files, outcomes = discover(paths, follow_links=follow_links)
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
    for result in _prepared_stream(files, jobs, max_bytes, budget):
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


def _prepared_stream(files: list[Path], jobs: int, max_bytes: int | None,
                     budget: Budget) -> Iterator[_Prepared | FileOutcome]:
    """``prepare`` every file in worker processes within ``budget``, in input order (``isolation``)."""
    if not files:
        return
    _warm_up()  # compiled once here, inherited by the forked workers (and their replacements)
    yield from isolated_map(partial(prepare, max_bytes=max_bytes), files, jobs=jobs, budget=budget,
                            failed=_failed_in_worker)


def _failed_in_worker(path: Path, why: str) -> FileOutcome:
    return FileOutcome(str(path), "failed", error=f"{path}: {why}")


def _warm_up() -> None:
    """Build the language detector and every language's matchers and cue lexicons."""
    from policykg.ingest.derived_cache import save as save_derived
    from policykg.ingest.detect import detect_language
    from policykg.ingest.extract import extract
    from policykg.ingest.model import Document
    from policykg.ingest.segment import segment

    detect_language("We collect your email address to provide the service.")
    for language in ("en", "zh", "az", "ru", "es"):
        document = Document(source="warm-up", name="warm-up.txt", text="Privacy policy.\nWe share data.",
                            sha256="0" * 64, media_type="text/plain", encoding="utf-8", language=language)
        extract(document, segment(document))
    save_derived()  # before the workers fork: what start-up computed is kept even if the run is killed


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
