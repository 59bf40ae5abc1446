"""``policykg store info|clear|dump`` through click's CliRunner on real stores."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from servers import oxigraph_server
from store_fixtures import G1, G2, P1, P2, policy_triples

from policykg.cli import cli
from policykg.store import open_store



@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "kg"
    with open_store(path) as store:
        store.replace_graphs({G1: policy_triples(P1, "one"), G2: policy_triples(P2, "二")})
    return path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_info_prints_counts(folder: Path) -> None:
    result = run("--store", str(folder), "store", "info")
    assert result.exit_code == 0, result.output
    assert f"location: {folder}" in result.output
    assert "kind:     oxigraph" in result.output
    assert "graphs:   2" in result.output and "quads:    4" in result.output and "policies: 2" in result.output


def test_info_json_and_graph_list(folder: Path) -> None:
    result = run("--store", str(folder), "store", "info", "--json", "--graphs")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["kind"], data["graphs"], data["quads"], data["policies"]) == ("oxigraph", 2, 4, 2)
    assert data["graph_names"] == sorted([G1, G2])


def test_info_uses_the_environment_variable(folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("POLICYKG_STORE", str(folder))
    data = json.loads(run("store", "info", "--json").output)
    assert data["location"] == str(folder) and data["policies"] == 2


def test_dump_trig_to_stdout_round_trips(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(folder), "store", "dump"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    dataset = Dataset()
    dataset.parse(data=result.stdout_bytes, format="trig")
    with open_store(folder) as store:
        assert set(dataset.quads()) == set(store.quads())


@pytest.mark.parametrize(("fmt", "parser"), [("nquads", "nquads"), ("jsonld", "json-ld")])
def test_dump_dataset_formats_to_a_file(folder: Path, tmp_path: Path, fmt: str, parser: str) -> None:
    out = tmp_path / f"kg.{fmt}"
    result = run("--store", str(folder), "store", "dump", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    dataset = Dataset()
    dataset.parse(out, format=parser)
    assert len(set(dataset.quads())) == 4
    assert not out.with_name(out.name + ".partial").exists()


def test_dump_one_graph_as_turtle(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "g2.ttl"
    result = run("--store", str(folder), "store", "dump", "--format", "turtle", "--graph", G2, "--out", str(out))
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out, format="turtle")
    assert set(graph) == set(policy_triples(P2, "二"))
    assert "@prefix pkg:" in out.read_text(encoding="utf-8")


def test_dump_errors_exit_2(folder: Path) -> None:
    result = run("--store", str(folder), "store", "dump", "--format", "nt")
    assert result.exit_code == 2 and "give --graph IRI" in result.output
    result = run("--store", str(folder), "store", "dump", "--graph", "https://example.org/none")
    assert result.exit_code == 2 and "no graph https://example.org/none" in result.output


def test_clear_asks_first(folder: Path) -> None:
    result = run("--store", str(folder), "store", "clear", input="n\n")
    assert result.exit_code == 1 and "Aborted" in result.output
    assert json.loads(run("--store", str(folder), "store", "info", "--json").output)["quads"] == 4
    result = run("--store", str(folder), "store", "clear", "--yes")
    assert result.exit_code == 0 and "removed 4 quads in 2 graphs" in result.output
    assert json.loads(run("--store", str(folder), "store", "info", "--json").output)["quads"] == 0


def test_a_locked_store_exits_2_with_advice(folder: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from policykg.store import open_store; s = open_store(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read()", str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        result = run("--store", str(folder), "store", "compact")
        info = run("--store", str(folder), "store", "info")  # only reads: opens read-only beside the writer
    finally:
        holder.communicate("", timeout=30)
    assert result.exit_code == 2
    assert "in use by another policykg process" in result.output and "--store URL" in result.output
    assert info.exit_code == 0 and "mode: read-only" in info.output


def test_bad_location_exits_2(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("not a store")
    result = run("--store", str(tmp_path / "plain.txt"), "store", "info")
    assert result.exit_code == 2 and "is a file" in result.output


def test_remote_store_through_the_cli(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("POLICYKG_UPDATE_URL", raising=False)
    with oxigraph_server() as server:
        with open_store(server.query_url) as store:
            store.replace_graphs({G1: policy_triples(P1, "remote")})
        data = json.loads(run("--store", server.query_url, "store", "info", "--json").output)
        assert (data["kind"], data["graphs"], data["quads"], data["policies"]) == ("sparql", 1, 2, 1)
        out = tmp_path / "remote.nq"
        assert run("--store", server.query_url, "store", "dump", "--format", "nquads", "--out", str(out)).exit_code == 0
        dataset = Dataset()
        dataset.parse(out, format="nquads")
        assert len(set(dataset.quads())) == 2
        assert run("--store", server.query_url, "store", "clear", "--yes").exit_code == 0
        assert json.loads(run("--store", server.query_url, "store", "info", "--json").output)["quads"] == 0


def test_help_lists_the_subcommands() -> None:
    result = run("store", "--help")
    assert result.exit_code == 0
    for name in ("info", "clear", "dump"):
        assert name in result.output
    assert "--format [jsonld|nquads|nt|trig|turtle]" in run("store", "dump", "--help").output


SAMPLE_POLICIES = Path(__file__).resolve().parents[1] / "policykg" / "samples" / "policies"
SAMPLE_COUNT = sum(1 for p in SAMPLE_POLICIES.iterdir() if p.is_file() and not p.name.startswith("."))  # the built-in samples


def _sst_files(folder: Path) -> int:
    return len(list(folder.glob("*.sst")))


def test_compact_merges_index_files_and_keeps_every_quad(tmp_path: Path) -> None:
    """One store write per policy leaves index files behind; `store compact` merges them, and
    the store holds exactly the same quads and answers the same afterwards."""
    folder = tmp_path / "kg"
    result = run("--store", str(folder), "ingest", str(SAMPLE_POLICIES), "--batch-size", "1", "--no-compact", "--quiet")
    assert result.exit_code == 0, result.output
    with open_store(folder) as store:
        before_quads = set(store.quads())
    before_files = _sst_files(folder)
    result = run("--store", str(folder), "store", "compact")
    assert result.exit_code == 0, result.output
    assert f"compacted {folder} in" in result.output
    assert _sst_files(folder) < before_files
    with open_store(folder) as store:
        assert set(store.quads()) == before_quads
        assert store.info().policies == SAMPLE_COUNT


def test_compact_refuses_a_remote_store_by_name() -> None:
    result = run("--store", "http://127.0.0.1:9/query", "store", "compact")
    assert result.exit_code == 1
    assert "http://127.0.0.1:9/query has no index files to compact" in result.output
    assert "on-disk store" in result.output


def test_ingest_compacts_after_writing_much_of_the_store(tmp_path: Path, monkeypatch) -> None:
    """A first ingest is the whole store: compacted, so it leaves fewer index files than the same
    ingest with --no-compact. One more file into it is not worth rewriting the store for."""
    compacted, skipped = tmp_path / "kg", tmp_path / "kg2"
    for folder, flags in ((compacted, []), (skipped, ["--no-compact"])):
        result = run("--store", str(folder), "ingest", str(SAMPLE_POLICIES), "--batch-size", "1", *flags)
        assert result.exit_code == 0, result.output
        assert "compacting" not in result.output  # a small store compacts without a word
    assert _sst_files(compacted) < _sst_files(skipped)
    before = _sst_files(compacted)
    extra = tmp_path / "extra.txt"
    extra.write_text("Privacy Policy\nWe collect your e-mail address to send you receipts.\n", encoding="utf-8")
    assert run("--store", str(compacted), "ingest", str(extra)).exit_code == 0
    assert _sst_files(compacted) > before  # the new policy's files, left as they are


def test_ingest_says_when_it_compacts_a_big_store(tmp_path: Path, monkeypatch) -> None:
    """From MAINTENANCE_WORTH_TELLING bytes on, compaction takes long enough to announce and time."""
    from policykg.cli import ingest_cmd

    monkeypatch.setattr(ingest_cmd, "MAINTENANCE_WORTH_TELLING", 1)
    result = run("--store", str(tmp_path / "kg"), "ingest", str(SAMPLE_POLICIES))
    assert result.exit_code == 0, result.output
    assert "compacting the store's index files" in result.output and f"after writing {SAMPLE_COUNT} policies" in result.output
    assert "compacted in" in result.output
    quiet = run("--store", str(tmp_path / "kg2"), "ingest", str(SAMPLE_POLICIES), "--quiet")
    assert "compacting" not in quiet.output


@pytest.mark.parametrize(("written", "in_store", "expected"), [
    (0, 0, False), (12, 12, True), (1, 13, False), (20, 100, True), (19, 100, False), (100_000, 100_000, True),
])
def test_compaction_is_worthwhile_for_a_fifth_of_the_store(written: int, in_store: int, expected: bool) -> None:
    from policykg.ingest.pipeline import compaction_worthwhile

    assert compaction_worthwhile(written, in_store) is expected


def test_a_failed_compaction_keeps_the_ingest_and_says_what_to_do(tmp_path: Path, monkeypatch) -> None:
    """Disk full while compacting (not reproducible here without root, hence the patch): the
    policies are already stored, so ingest warns, exits 0, and names the command to finish."""
    from policykg.store.base import StoreError
    from policykg.store.oxigraph_store import OxigraphStore

    def failing(self: OxigraphStore) -> None:
        raise StoreError(f"cannot compact {self.location} (its content is unchanged): No space left on device")

    monkeypatch.setattr(OxigraphStore, "compact", failing)
    folder = tmp_path / "kg"
    result = run("--store", str(folder), "ingest", str(SAMPLE_POLICIES))
    assert result.exit_code == 0, result.output
    assert "the policies are stored, but cannot compact" in result.output
    assert "policykg store compact" in result.output
    with open_store(folder) as store:
        assert store.info().policies == SAMPLE_COUNT
