"""The embedded store: pyoxigraph (RocksDB on disk, or in memory).

Queries see the union of all named graphs as their default graph, so catalogue queries
cover every policy while ``GRAPH`` patterns still address one graph. Writes that must be
atomic go through one SPARQL UPDATE, which Oxigraph runs in a single transaction.

Concurrency, as RocksDB allows it (measured with pyoxigraph/oxigraph 0.5.13):

* One read-write process per folder. A second one (another policykg command, or
  ``oxigraph serve``) gets a StoreError naming the folder and, when known, the pid.
* ``read_only=True`` (``Store.read_only``) opens even while a writer holds the lock, but it is
  a snapshot taken at open time: later writes are not seen. Oxigraph calls reading while
  another process writes undefined behaviour, so it is meant for quick looks only.
* ``oxigraph serve-read-only`` takes no lock either and likewise serves a stale snapshot.
* So to write while something else reads: run one server on the folder (``policykg serve``
  or ``oxigraph serve``) and point every other command at it with
  ``--store http://127.0.0.1:PORT/query``; the server serialises writes in transactions.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from policykg.store.base import Quad, Store, StoreError, StoreInfo
from policykg.store.change_journal import ChangeJournal, JournalError, answers_path
from policykg.store.result_table import ResultParseError, parse_tsv_table
from policykg.store.sparql_text import has_dataset_clause
from policykg.store.terms import graph_node, to_oxigraph, to_rdflib, to_sparql

PID_FILE = "policykg.pid"  # who holds the write lock, for a better error message
# graphs being bulk-loaded (no transaction): if this file survives a crash, they are dropped on open
PENDING_FILE = "policykg-bulk-pending"


def replace_update(graphs: dict[str, Iterable[tuple[Node, Node, Node]]]) -> str:
    """One SPARQL UPDATE that drops each graph and inserts its new triples.

    All terms are validated and serialised by pyoxigraph first, so a bad term fails here,
    before anything is sent. One INSERT DATA holds every graph so blank-node labels stay
    within one operation.
    """
    drops: list[str] = []
    blocks: list[str] = []
    for graph_iri, triples in graphs.items():
        graph = to_sparql_iri(graph_iri)
        drops.append(f"DROP SILENT GRAPH {graph}")
        lines = [f"{to_sparql(s)} {to_sparql(p)} {to_sparql(o)} ." for s, p, o in triples]
        if lines:
            blocks.append(f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}")
    update = " ;\n".join(drops)
    if blocks:
        update += " ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"
    return update


def to_sparql_iri(graph_iri: str) -> str:
    """``<iri>`` for a graph IRI, rejecting anything that is not a valid IRI."""
    return str(graph_node(str(graph_iri)))


class OxigraphStore(Store):
    """A pyoxigraph store in a folder (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path).expanduser() if path is not None else None
        self.read_only = read_only
        self.location = str(self.path) if self.path is not None else ":memory:"
        self._store: ox.Store | None = self._open()
        # graphs about to change are recorded first, for the answer tables (store.change_journal)
        self._journal = ChangeJournal(self.path) if self.path is not None and not read_only else None

    # -- opening and closing -------------------------------------------------------------
    def _open(self) -> ox.Store:
        if self.path is None:
            if self.read_only:
                raise StoreError("an in-memory store cannot be read-only: give a folder")
            return ox.Store()
        path = self.path
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store folder: give a folder path (it is created if missing)")
        looks_like_store = (path / "CURRENT").exists()
        if path.is_dir() and not looks_like_store and any(path.iterdir()):
            raise StoreError(
                f"{path} is a non-empty folder that is not an Oxigraph store: "
                "choose an empty or new folder for --store"
            )
        if self.read_only:
            if not looks_like_store:
                raise StoreError(f"no store at {path}: ingest something first, or check --store")
            try:
                return ox.Store.read_only(str(path))
            except OSError as error:
                raise StoreError(f"cannot open {path} read-only: {error}") from error
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(path))
        except OSError as error:
            raise self._open_error(error) from error
        try:
            (path / PID_FILE).write_text(str(os.getpid()), encoding="ascii")
        except OSError:
            pass  # the pid only improves error messages
        _recover_pending(store, path / PENDING_FILE)
        return store

    def _open_error(self, error: OSError) -> StoreError:
        text = str(error)
        if "lock" not in text.lower():
            return StoreError(f"cannot open the store at {self.path}: {text}")
        if "current process" in text:
            return StoreError(
                f"{self.path} is already open in this process: close the other store object first"
            )
        holder = ""
        try:
            pid = int((self.path / PID_FILE).read_text(encoding="ascii").strip())  # type: ignore[operator]
            os.kill(pid, 0)
            holder = f" (pid {pid})"
        except (OSError, ValueError):
            pass
        who = f"another policykg process{holder}" if holder else "another process (policykg or an Oxigraph server)"
        return StoreError(
            f"{self.path} is in use by {who}: stop it, or use --store URL of a running server "
            "(policykg serve) instead of the folder"
        )

    def close(self) -> None:
        """Flush and release the folder lock (pyoxigraph releases it when the object is freed)."""
        if self._store is None:
            return
        if self.path is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError:
                pass
            try:
                (self.path / PID_FILE).unlink(missing_ok=True)
            except OSError:
                pass
        self._store = None

    @property
    def native(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs its own API (dumps, bulk loads)."""
        if self._store is None:
            raise StoreError(f"the store at {self.location} is closed")
        return self._store

    def _writable(self, graphs: Iterable[str] | None = None) -> ox.Store:
        """The native store, for a write about to touch ``graphs`` (None: any graph), once the change
        journal has recorded them (a journal that cannot be written stops the write)."""
        if self.read_only:
            raise StoreError(f"{self.location} was opened read-only: open it without read_only to change it")
        store = self.native
        if self._journal is not None:
            try:
                if graphs is None:
                    self._journal.mark_everything()
                else:
                    self._journal.mark(graphs)
            except JournalError as error:
                raise StoreError(str(error)) from error
        return store

    # -- queries --------------------------------------------------------------------------
    def _query(self, sparql: str, *, union: bool = True, graphs: Iterable[str] | None = None) -> object:
        """Evaluate ``sparql`` over the union of all graphs, or of ``graphs`` only when given."""
        options: dict[str, object] = {"use_default_graph_as_union": union and not has_dataset_clause(sparql)}
        if graphs is not None:
            options = {"default_graph": [graph_node(iri) for iri in graphs]}
        try:
            return self.native.query(sparql, **options)  # type: ignore[arg-type]
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL query: {error}") from error
        except (OSError, RuntimeError, ValueError) as error:
            raise StoreError(f"query failed on {self.location}: {error}") from error

    def select(self, sparql: str) -> list[dict[str, Node]]:
        result = self._query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
        names = [variable.value for variable in result.variables]
        rows: list[dict[str, Node]] = []
        for solution in result:
            row: dict[str, Node] = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = to_rdflib(term)
            rows.append(row)
        return rows

    def select_table(self, sparql: str) -> tuple[tuple[str, ...], list[tuple[Node | None, ...]]]:
        """SELECT answers through Oxigraph's TSV writer: terms are written in Rust, and each distinct
        cell is parsed once in Python (``result_table``), ~6x cheaper per row than SPARQL JSON."""
        result = self._query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select_table() needs a SELECT query")
        try:
            return parse_tsv_table(result.serialize(format=ox.QueryResultsFormat.TSV))
        except ResultParseError as error:
            raise StoreError(f"{self.location}: {error}") from error

    def select_tsv(self, sparql: str, *, graphs: Iterable[str] | None = None) -> bytes:
        """A SELECT answer as SPARQL TSV, over the union of all graphs or of ``graphs`` only.

        The answer tables keep its lines as they are (one per row), and evaluate a question over a
        few changed policies by restricting the default graph to their graphs and the ontology's.
        """
        result = self._query(sparql, graphs=graphs)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select_tsv() needs a SELECT query")
        return result.serialize(format=ox.QueryResultsFormat.TSV)

    def ask(self, sparql: str) -> bool:
        result = self._query(sparql)
        if not isinstance(result, ox.QueryBoolean):
            raise StoreError("ask() needs an ASK query")
        return bool(result)

    def construct(self, sparql: str) -> Iterator[tuple[Node, Node, Node]]:
        result = self._query(sparql)
        if not isinstance(result, ox.QueryTriples):
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        for triple in result:
            yield to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)

    def query_serialized(self, sparql: str, media_type: str) -> bytes:
        media = media_type.split(";")[0].strip().lower()
        result = self._query(sparql)
        if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            results_format = ox.QueryResultsFormat.from_media_type(media)
            if results_format is None:
                raise StoreError(f"cannot write SELECT/ASK results as {media_type}: use JSON, XML, CSV or TSV")
            return result.serialize(format=results_format)
        rdf_format = ox.RdfFormat.from_media_type(media)
        if rdf_format is None:
            raise StoreError(f"cannot write graph results as {media_type}: use Turtle, N-Triples or JSON-LD")
        return result.serialize(format=rdf_format)  # type: ignore[union-attr]

    # -- updates --------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        self._run_update(self._writable(), sparql)

    def update_graphs(self, sparql: str, graphs: Iterable[str]) -> None:
        """A SPARQL update the caller knows writes only ``graphs`` (e.g. ``pkgr:reviews``): the change
        journal marks just those, so answer tables over policy graphs stay current."""
        self._run_update(self._writable([str(g) for g in graphs]), sparql)

    def _run_update(self, store: ox.Store, sparql: str) -> None:
        try:
            store.update(sparql)
        except SyntaxError as error:
            raise StoreError(f"invalid SPARQL update: {error}") from error
        except (OSError, RuntimeError, ValueError) as error:
            raise StoreError(f"update failed on {self.location} (nothing was changed): {error}") from error

    def replace_graphs(self, graphs: dict[str, Iterable[tuple[Node, Node, Node]]]) -> None:
        """Replace graphs in one transaction.

        Graphs that do not exist yet (the common case in ingest) are added with one native
        ``extend``, which is atomic and avoids building and parsing SPARQL text (about 20x faster
        on large policies); replacing existing graphs needs DROP + INSERT in one SPARQL update.
        """
        if not graphs:
            return
        store = self._writable(str(iri) for iri in graphs)
        nodes = {iri: graph_node(str(iri)) for iri in graphs}
        if any(store.contains_named_graph(node) for node in nodes.values()):
            self._run_update(store, replace_update(graphs))
            return
        try:
            quads = [
                ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), nodes[iri])
                for iri, triples in graphs.items()
                for s, p, o in triples
            ]
        except (TypeError, ValueError) as error:
            raise StoreError(f"cannot write to {self.location} (nothing was changed): {error}") from error
        try:
            store.extend(quads)
        except OSError as error:
            raise StoreError(f"cannot write to {self.location} (nothing was changed): {error}") from error

    def copy_to_memory(self) -> OxigraphStore:
        """A read-write in-memory copy of this store (the original is closed); for fast read-only serving."""
        data = self.native.dump(format=ox.RdfFormat.N_QUADS)
        copy = OxigraphStore(None)
        copy.native.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
        copy.location = f"{self.location} (in memory)"
        self.close()
        return copy

    def write_graphs_nquads(
        self,
        new: bytes,
        *,
        replaced: dict[str, bytes] | None = None,
        new_graphs: Iterable[str] | None = None,
        validated: bool = False,
    ) -> None:
        """Write whole policy graphs; each is either wholly present or absent, even after SIGKILL.

        With ``new_graphs`` (the IRIs of the graphs in ``new``, none of which exists yet) the graphs
        go in with Oxigraph's bulk loader, ~3x cheaper than a transactional ``load`` because it
        writes index files directly instead of a transaction log. It is not atomic, so the graph
        IRIs are first written to a marker file: an error drops them again at once, and a marker
        left by a crash makes the next read-write open drop them (``_recover_pending``), so a cut
        batch is absent, never half there. Without ``new_graphs``, or when one of them already
        exists, new graphs take one transactional ``load``; replacing existing graphs takes the
        DROP + INSERT update, for the whole batch at once. ``validated`` says every IRI was already
        checked by pyoxigraph (ingest's workers serialise with it), so the bulk loader skips that.
        """
        if replaced:
            super().write_graphs_nquads(new, replaced=replaced)  # through replace_graphs, which records them
            return
        if not new:
            return
        graphs = list(dict.fromkeys(new_graphs)) if new_graphs is not None else []
        store = self._writable(graphs if new_graphs is not None else None)
        nodes = [graph_node(iri) for iri in graphs]
        if graphs and not any(store.contains_named_graph(node) for node in nodes):
            self._bulk_write_new(store, new, graphs, lenient=validated)
            return
        try:
            store.load(input=new, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"cannot write to {self.location} (nothing was changed): {error}") from error
        except OSError as error:
            raise StoreError(f"cannot write to {self.location} (nothing was changed): {error}") from error

    def load_new_graphs_files(self, paths: Iterable[Path], graph_iris: Iterable[str]) -> None:
        """Bulk-load N-Quads files of graphs that do not exist yet (dropped first if they do), wholly or
        not at all, as ``write_graphs_nquads`` does for bytes: a large write (a 10k-policy check's
        ~4 M findings quads) streams from disk. One file per few 100k quads keeps the bulk loader's
        memory down (3.9 M quads in one call: 1.7 GB peak; in slices of 500k: 0.6 GB, same CPU)."""
        graphs = list(dict.fromkeys(graph_iris))
        store = self._writable(graphs)
        existing = [iri for iri in graphs if store.contains_named_graph(graph_node(iri))]
        if existing:
            # the old graphs go in slices (one transaction for 4 M quads held 4.4 GB), under the pending
            # marker: a crash part-way leaves them for the next open to finish dropping, never half there
            marker = self.path / PENDING_FILE if self.path is not None else None
            if marker is not None:
                _write_durably(marker, "".join(f"{iri}\n" for iri in existing).encode())
            try:
                _drop_in_slices(store, existing)
            except (OSError, RuntimeError, SyntaxError, ValueError) as error:
                raise StoreError(f"cannot replace graphs in {self.location} ({error}): reopen the store to "
                                 "finish removing the old ones, then run the command again") from error
            if marker is not None:
                marker.unlink(missing_ok=True)
        self._bulk_write_new(store, list(paths), graphs, lenient=False)

    def _bulk_write_new(self, store: ox.Store, new: bytes | list[Path], graphs: list[str], *, lenient: bool) -> None:
        """Bulk-load graphs that do not exist yet, under a pending marker (see ``write_graphs_nquads``)."""
        marker = self.path / PENDING_FILE if self.path is not None else None
        if marker is not None:
            _write_durably(marker, "".join(f"{iri}\n" for iri in graphs).encode())
        try:
            if isinstance(new, list):
                for path in new:
                    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=lenient)
            else:
                store.bulk_load(input=new, format=ox.RdfFormat.N_QUADS, lenient=lenient)
        except (SyntaxError, ValueError, OSError) as error:
            try:
                _drop_quietly(store, graphs)  # undo the part that was loaded
            except (OSError, SyntaxError, ValueError) as undo_error:  # the marker stays: the next open undoes it
                raise StoreError(f"cannot write to {self.location} ({error}), nor undo the partial write "
                                 f"({undo_error}): reopen the store to remove it") from error
            if marker is not None:
                marker.unlink(missing_ok=True)
            raise StoreError(f"cannot write to {self.location} (nothing was changed): {error}") from error
        if marker is not None:
            marker.unlink(missing_ok=True)

    def drop_graphs(self, graph_iris: Iterable[str]) -> None:
        names = list(graph_iris)
        store = self._writable(names)
        drops = _drop_update(names)
        if drops:
            self._run_update(store, drops)

    def bulk_load_nquads(self, source: Path | bytes, *, lenient: bool = False) -> None:
        """Load N-Quads fast, without a transaction (a failure may leave part of the data loaded).

        Meant for building large stores from trusted dumps; use ``replace_graphs`` for ingest.
        """
        store = self._writable()
        try:
            if isinstance(source, bytes):
                store.bulk_load(input=source, format=ox.RdfFormat.N_QUADS, lenient=lenient)
            else:
                store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS, lenient=lenient)
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"cannot bulk-load {_name(source)}: {error}; fix the N-Quads and load again") from error
        except OSError as error:
            raise StoreError(f"cannot bulk-load {_name(source)}: {error}") from error

    @property
    def compactable(self) -> bool:
        return self.path is not None and not self.read_only

    def compact(self) -> None:
        """Merge the on-disk index files (RocksDB full compaction, pyoxigraph ``optimize``).

        Why: every bulk-loaded batch adds index files whose keys (hashes) overlap all the others,
        so a query after a large ingest merges dozens of files per scan and look-up (bench/README.md:
        a 10k store answered its catalogue 1.3-4x faster once compacted). It rewrites the
        whole store, ~6 CPU-seconds per GB here, and keeps its content; a crash meanwhile leaves
        the old files in place.
        """
        if self.path is None:
            return
        store = self._writable(())  # same content: no graph changes
        try:
            store.optimize()
        except OSError as error:
            raise StoreError(f"cannot compact {self.location} (its content is unchanged): {error}") from error

    @property
    def answers_file(self) -> Path | None:
        return answers_path(self.path) if self.path is not None else None

    def disk_bytes(self) -> int:
        """Bytes the store's folder takes on disk (0 in memory)."""
        if self.path is None:
            return 0
        total = 0
        for entry in self.path.iterdir():
            try:  # RocksDB deletes merged .sst files in the background: one may go between listing and stat
                if entry.is_file():
                    total += entry.stat().st_size
            except FileNotFoundError:
                continue
        return total

    def clear(self) -> None:
        """Remove every quad, and the answer tables with them (the journal outdated them first)."""
        store = self._writable()
        try:
            store.clear()
        except OSError as error:
            raise StoreError(f"cannot clear {self.location}: {error}") from error
        if self.answers_file is not None:
            try:
                self.answers_file.unlink(missing_ok=True)
            except OSError:
                pass  # outdated already (a new epoch): never read, rebuilt or replaced later

    # -- reading the dataset --------------------------------------------------------------
    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.native.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph_iri: str | None = None) -> Iterator[Quad]:
        graph = graph_node(graph_iri) if graph_iri is not None else None
        for quad in self.native.quads_for_pattern(None, None, None, graph):
            name = quad.graph_name
            g = DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph) else to_rdflib(name)
            yield to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object), g

    def dump(
        self,
        output: IO[bytes],
        *,
        rdf_format: ox.RdfFormat,
        graph_iri: str | None = None,
        prefixes: dict[str, str] | None = None,
    ) -> None:
        """Stream the dataset (or one graph) to ``output`` with Oxigraph's own serialiser."""
        from_graph = graph_node(graph_iri) if graph_iri is not None else None
        try:
            self.native.dump(output, rdf_format, from_graph=from_graph, prefixes=prefixes)
        except ValueError as error:
            raise StoreError(f"cannot dump as {rdf_format.name}: {error}") from error

    def info(self) -> StoreInfo:
        policies = self.policy_count()
        mode = "memory" if self.path is None else ("read-only" if self.read_only else "read-write")
        return StoreInfo(
            location=self.location,
            kind="oxigraph",
            graphs=len(self.graph_names()),
            quads=len(self.native),
            policies=policies,
            details={"mode": mode, "engine": f"pyoxigraph {version('pyoxigraph')}"},
        )


def _write_durably(path: Path, data: bytes) -> None:
    """Write and fsync a small file (and its folder), so it exists before what it guards is written."""
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _drop_update(graph_iris: Iterable[str]) -> str:
    """One SPARQL update dropping every given graph (empty text for none)."""
    return " ;\n".join(f"DROP SILENT GRAPH {to_sparql_iri(iri)}" for iri in graph_iris)


def _drop_quietly(store: ox.Store, graphs: list[str]) -> None:
    """Drop graphs (for undoing a failed or interrupted bulk load), large ones in slices."""
    _drop_in_slices(store, graphs)


DROP_SLICE = 100_000  # quads removed per transaction: memory stays flat however large the graph


def _drop_in_slices(store: ox.Store, graphs: list[str], slice_size: int | None = None) -> None:
    """Empty each graph ``slice_size`` quads per transaction, then drop its name.

    One ``DROP GRAPH`` is one transaction, and Oxigraph holds a transaction's writes in memory: a
    10k-policy findings graph (~4 M quads) took 4.4 GB and five minutes to drop that way."""
    slice_size = slice_size or DROP_SLICE
    for iri in graphs:
        name = to_sparql_iri(iri)
        while store.query(f"ASK {{ GRAPH {name} {{ ?s ?p ?o }} }}"):
            store.update(f"DELETE {{ GRAPH {name} {{ ?s ?p ?o }} }} WHERE {{ "
                         f"{{ SELECT ?s ?p ?o WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }} LIMIT {slice_size} }} }}")
    drops = _drop_update(graphs)
    if drops:
        store.update(drops)


def _recover_pending(store: ox.Store, marker: Path) -> None:
    """Remove the graphs of a bulk load that a crash interrupted (named in the marker), then the marker.

    Oxigraph's bulk loader ingests its index files for all indexes at once (RocksDB ingests files of
    several column families atomically), so a crash leaves some quads of the batch in every index
    or none, and dropping the batch's graphs removes every trace of it.
    """
    try:
        names = marker.read_text(encoding="utf-8").split()
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(f"cannot read {marker} (left by an interrupted ingest): {error}") from error
    try:
        _drop_quietly(store, names)
        store.flush()
    except (OSError, SyntaxError, ValueError, StoreError) as error:
        raise StoreError(
            f"cannot remove the policies of an interrupted ingest listed in {marker}: {error}"
        ) from error
    marker.unlink(missing_ok=True)


def _name(source: Path | bytes) -> str:
    return "the given bytes" if isinstance(source, bytes) else str(source)


__all__ = ["OxigraphStore", "replace_update"]
