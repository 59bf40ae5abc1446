"""A real ``policykg ingest`` killed with SIGKILL mid-batch leaves a consistent store, and a re-run completes.

The command runs in a pseudo-terminal so its progress bar ("12/60") tells us when some batches
are written; then it is killed. Every policy graph must then be whole or absent: compared, quad for
quad count, with a reference ingest of the same files into a fresh store.
"""
from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policykg.ingest.pipeline import ingest_paths
from policykg.namespaces import GRAPH, PKG
from policykg.store.oxigraph_store import OxigraphStore

POLICYKG = Path(sys.executable).with_name("policykg")
COUNT = 60
BATCH = 5
KILL_AFTER = 10  # policies reported done (two batches committed)

# Our own sentences; every policy takes a different selection, so every file has its own graph.
SENTENCES = (
    "We collect your name, phone number and email address when you create an account.",
    "We use your location to show nearby stores and to prevent fraud.",
    "We share order details with delivery partners only to deliver your parcel.",
    "We keep your purchase history for three years and then delete it.",
    "We do not sell your personal information to advertisers.",
    "Cookies and web beacons help us measure how our pages are used.",
    "You may access, correct or delete your personal information at any time.",
    "Your data is stored on servers in mainland China and protected by encryption.",
    "Children under fourteen need the consent of a parent before using the service.",
    "If a security incident happens, we will inform you and the regulator promptly.",
    "We may disclose information when a court or public authority requires it.",
    "Contact our privacy team at privacy@example.org with any question.",
)


def _policy(index: int) -> str:
    picked = [SENTENCES[(index + step * 5) % len(SENTENCES)] for step in range(8)]
    body = "\n".join(f"{n}. {sentence}" for n, sentence in enumerate(picked * 3, start=1))
    return f"Privacy Policy of Lantern Goods {index} Co., Ltd.\nLast updated: 2024-03-{index % 28 + 1:02d}\n\n{body}\n"


def _counts(store: OxigraphStore) -> dict[str, int]:
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(row["g"]): int(row["n"]) for row in rows}


def _policy_graphs(counts: dict[str, int]) -> dict[str, int]:
    return {graph: n for graph, n in counts.items() if graph.startswith(f"{GRAPH}policy/")}


@pytest.fixture(scope="module")
def policies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "policies"
    folder.mkdir()
    for index in range(COUNT):
        (folder / f"lantern-{index:02d}.txt").write_text(_policy(index), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(policies: Path) -> dict[str, int]:
    """Quad counts per graph after an uninterrupted ingest into a fresh store."""
    with OxigraphStore(None) as store:
        report = ingest_paths([policies], store=store, batch_size=BATCH)
        assert not report.failed, report.failed
        counts = _counts(store)
    assert len(_policy_graphs(counts)) == COUNT
    return counts


def _run_and_kill(policies: Path, store: Path) -> tuple[int, bytes]:
    """Start the ingest on a pty, SIGKILL it once the progress bar passes KILL_AFTER; returns (done, output)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [str(POLICYKG), "--store", str(store), "ingest", str(policies), "--batch-size", str(BATCH)],
        stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
        env={**os.environ, "TERM": "xterm", "COLUMNS": "120"},
    )
    os.close(slave)
    output = b""
    done = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                output += os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            done = max((int(n) for n in re.findall(rb"(\d+)/%d\b" % COUNT, output)), default=0)
            if done >= KILL_AFTER:
                process.send_signal(signal.SIGKILL)
                break
    finally:
        if process.poll() is None and done < KILL_AFTER:
            process.kill()
        process.wait(timeout=30)
        os.close(master)
    return done, output


def test_sigkill_mid_batch_leaves_whole_policies_and_a_rerun_completes(policies: Path, reference: dict[str, int], tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    done, output = _run_and_kill(policies, store_dir)
    assert done >= KILL_AFTER, f"the progress bar never passed {KILL_AFTER}/{COUNT}:\n{output[-2000:]!r}"

    # 1. the store opens (read-write, so RocksDB must recover its log) and every graph is whole
    with OxigraphStore(store_dir) as store:
        counts = _counts(store)
        graphs = _policy_graphs(counts)
        assert KILL_AFTER <= len(graphs) < COUNT, f"expected a batch cut short, found {len(graphs)} of {COUNT} policies"
        for graph, n in graphs.items():
            assert graph in reference, f"{graph}: a graph the reference ingest does not have"
            assert n == reference[graph], f"{graph}: {n} quads, the reference has {reference[graph]}"
        # the ontology graph was written before the batches; exact counts are compared for policies only,
        # as the ontology files may legitimately change between the reference ingest and this run
        assert counts.get(f"{GRAPH}ontology", 0) > 1000
        _assert_policies_whole(store, graphs)
    print(f"\nkilled after {done}/{COUNT} reported; {len(graphs)} whole policies in the store")

    # 2. the same command again completes the batch with identical graphs
    rerun = subprocess.run(
        [str(POLICYKG), "--store", str(store_dir), "ingest", str(policies), "--batch-size", str(BATCH), "-q"],
        capture_output=True, text=True, timeout=180,
    )
    assert rerun.returncode == 0, rerun.stderr
    with OxigraphStore(store_dir, read_only=True) as store:
        final = _counts(store)
        assert _policy_graphs(final) == _policy_graphs(reference)
        assert final.get(f"{GRAPH}ontology", 0) > 1000
        _assert_policies_whole(store, _policy_graphs(reference))


def _assert_policies_whole(store: OxigraphStore, graphs: dict[str, int]) -> None:
    """Each graph: one PrivacyPolicy with its text, and every statement has its evidence."""
    for graph in graphs:
        rows = store.select(
            f"""SELECT (COUNT(DISTINCT ?p) AS ?policies) (COUNT(DISTINCT ?content) AS ?texts)
            (COUNT(DISTINCT ?s) AS ?statements) (COUNT(DISTINCT ?bare) AS ?bare_statements) WHERE {{ GRAPH <{graph}> {{
              ?p a <{PKG.PrivacyPolicy}> ; <{PKG.hasText}> ?t . ?t <{PKG.content}> ?content .
              OPTIONAL {{ ?p <{PKG.states}> ?s }}
              OPTIONAL {{ ?p <{PKG.states}> ?bare FILTER NOT EXISTS {{ ?bare <{PKG.evidence}> ?e }} }}
            }} }}"""
        )
        row = {key: int(value) for key, value in rows[0].items()}
        assert row["policies"] == 1 and row["texts"] == 1, f"{graph}: {row}"
        assert row["statements"] > 0 and row["bare_statements"] == 0, f"{graph}: {row}"


def test_sigkill_never_leaves_a_stale_answer_table(policies: Path, tmp_path: Path) -> None:
    """A store that keeps answer tables, killed mid-ingest: no table is read stale, and the re-run
    brings them all up to date (its graphs were recorded as changed before they were written)."""
    from policykg.queries.answer_tables import read_answer, refresh, table_specs
    from policykg.queries.runner import run_query

    store_dir = tmp_path / "store"
    first = sorted(policies.iterdir())[:3]
    with OxigraphStore(store_dir) as store:
        assert not ingest_paths(first, store=store).failed
        refresh(store)
    done, output = _run_and_kill(policies, store_dir)
    assert done >= KILL_AFTER, f"the progress bar never passed {KILL_AFTER}/{COUNT}:\n{output[-2000:]!r}"
    with OxigraphStore(store_dir) as store:
        assert len(_policy_graphs(_counts(store))) > len(first)
        for spec in table_specs():
            assert read_answer(store, spec.query, spec.sparql) is None, f"{spec.name}: read although policies changed"
    rerun = subprocess.run(
        [str(POLICYKG), "--store", str(store_dir), "ingest", str(policies), "--batch-size", str(BATCH), "-q"],
        capture_output=True, text=True, timeout=180,
    )
    assert rerun.returncode == 0, rerun.stderr
    with OxigraphStore(store_dir, read_only=True) as store:
        for spec in table_specs():
            stored = read_answer(store, spec.query, spec.sparql)
            assert stored is not None, f"{spec.name}: not brought up to date by the re-run"
            assert stored[1] == list(run_query(store, spec.query, params=dict(spec.params), tables=False).rows), spec.name
