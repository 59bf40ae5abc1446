"""The bulk write path of new policy graphs survives SIGKILL: every graph whole or absent.

``OxigraphStore.write_graphs_nquads(..., new_graphs=...)`` uses Oxigraph's bulk loader, which has no
transaction; a marker file names the graphs being loaded and the next read-write open drops them.
Here a real child process bulk-writes large batches and is killed at several moments, most of them
inside a bulk load; then the store must hold only whole graphs, and no marker.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.store.base import StoreError
from policykg.store.oxigraph_store import PENDING_FILE, OxigraphStore

GRAPHS_PER_BATCH = 40
QUADS_PER_GRAPH = 1500
BATCHES = 30

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from policykg.store.oxigraph_store import OxigraphStore

    store = OxigraphStore(Path(sys.argv[1]))
    per_batch, per_graph, batches = (int(x) for x in sys.argv[2:5])
    for batch in range(batches):
        iris = [f"https://example.org/g/{batch}/{n}" for n in range(per_batch)]
        data = "".join(
            f'<https://example.org/s/{batch}/{n}/{i}> <https://example.org/p> "value {i} of graph {n}" <{iri}> .\\n'
            for n, iri in enumerate(iris) for i in range(per_graph)
        ).encode()
        store.write_graphs_nquads(data, new_graphs=iris)
        print(batch, flush=True)
    store.close()
    """
)


def _graph_sizes(store: OxigraphStore) -> dict[str, int]:
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(row["g"]): int(row["n"]) for row in rows}


@pytest.mark.parametrize("delay", [0.3, 0.55, 0.8, 1.1, 1.45, 1.9])
def test_sigkill_during_bulk_write_leaves_whole_graphs(tmp_path: Path, delay: float) -> None:
    store_dir = tmp_path / "store"
    OxigraphStore(store_dir).close()  # created (and its start-up paid) before the clock starts
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store_dir), str(GRAPHS_PER_BATCH), str(QUADS_PER_GRAPH), str(BATCHES)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    process.kill()
    process.wait(timeout=30)
    pending = (store_dir / PENDING_FILE).exists()
    with OxigraphStore(store_dir) as store:  # read-write open: recovers the interrupted batch
        sizes = _graph_sizes(store)
    assert not (store_dir / PENDING_FILE).exists()
    cut = {graph: n for graph, n in sizes.items() if n != QUADS_PER_GRAPH}
    assert not cut, f"graphs cut short (marker was {'present' if pending else 'absent'}): {list(cut.items())[:5]}"
    assert len(sizes) % GRAPHS_PER_BATCH == 0, f"{len(sizes)} graphs: not whole batches"
    print(f"\nkilled after {delay} s: {len(sizes) // GRAPHS_PER_BATCH} whole batches, marker left: {pending}")


def test_marker_left_by_a_crash_drops_its_graphs_on_open(tmp_path: Path) -> None:
    """The state a crash mid-load leaves (marker + part of the batch) is repaired by the next open."""
    store_dir = tmp_path / "store"
    with OxigraphStore(store_dir) as store:
        store.write_graphs_nquads(b'<https://example.org/s> <https://example.org/p> "kept" <https://example.org/g/old> .\n',
                                  new_graphs=["https://example.org/g/old"])
        store.native.bulk_load(input=b'<https://example.org/s> <https://example.org/p> "half" <https://example.org/g/new> .\n',
                               format=ox.RdfFormat.N_QUADS)
        (store_dir / PENDING_FILE).write_text("https://example.org/g/new\nhttps://example.org/g/never-loaded\n")
    with OxigraphStore(store_dir) as store:
        assert _graph_sizes(store) == {"https://example.org/g/old": 1}
    assert not (store_dir / PENDING_FILE).exists()


def test_failed_bulk_write_changes_nothing(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "store") as store:
        good = '<https://example.org/s> <https://example.org/p> "ok" <https://example.org/g/1> .\n' * 3
        with pytest.raises(StoreError, match="nothing was changed"):
            store.write_graphs_nquads((good + "this is not n-quads\n").encode(),
                                      new_graphs=["https://example.org/g/1"])
        assert _graph_sizes(store) == {}
        assert not (store.path / PENDING_FILE).exists()  # type: ignore[operator]
