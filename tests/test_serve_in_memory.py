"""`policykg serve --in-memory` answers from a copy of the store held in memory."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

from test_server_live import start_server, stop

from policykg.ingest.pipeline import ingest_paths
from policykg.samples import sample_paths
from policykg.store.oxigraph_store import OxigraphStore


def test_in_memory_copy_answers_like_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with OxigraphStore(folder) as store:
        assert not ingest_paths(sample_paths()[:3], store=store).failed
        expected = store.info().quads
    live = start_server(folder, "--in-memory")
    try:
        with urllib.request.urlopen(live.base_url + "/health", timeout=10) as response:  # noqa: S310 - loopback
            health = json.loads(response.read())
        assert health["policies"] == 3
        query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
        request = urllib.request.Request(f"{live.query_url}?{query}", headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
            rows = json.loads(response.read())["results"]["bindings"]
        assert int(rows[0]["n"]["value"]) == expected
    finally:
        stop(live.process)
