"""Beyond one machine: per-policy N-Quads for bulk loaders, then policykg pointed at the server."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from click.testing import CliRunner
from servers import oxigraph_binary, oxigraph_server

from policykg.cli import cli
from policykg.ingest.facts import export_facts
from policykg.ingest.pipeline import ingest_paths
from policykg.samples import sample_paths
from policykg.store.oxigraph_store import OxigraphStore


def test_emitted_nquads_bulk_loaded_into_a_server_give_the_same_facts(tmp_path: Path) -> None:
    samples = sample_paths()[:4]
    out = tmp_path / "nq"
    result = CliRunner().invoke(cli, ["ingest", "--emit", "nquads", "--out", str(out), "-q", *map(str, samples)])
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.nq"))
    assert len(files) == len(samples) + 1  # one per policy, plus the ontology
    assert not list(out.glob("*.partial"))

    server_dir = tmp_path / "server-db"
    subprocess.run([oxigraph_binary(), "load", "--location", str(server_dir), "--file", *map(str, files)], check=True, capture_output=True)
    with OxigraphStore(None) as local:
        ingest_paths(samples, store=local)
        expected = export_facts(local)
    with oxigraph_server(server_dir) as server:
        result = CliRunner().invoke(cli, ["--store", server.query_url, "facts"])
        assert result.exit_code == 0, result.output
        remote = json.loads(result.output)
    assert remote["policies"] == expected["policies"]
    assert {record["file"] for record in remote["policies"]} == {path.name for path in samples}


def test_emit_needs_an_output_folder() -> None:
    result = CliRunner().invoke(cli, ["ingest", "--emit", "nquads", str(sample_paths()[0])])
    assert result.exit_code == 2 and "--out" in result.output
