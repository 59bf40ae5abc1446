"""The whole ingest path against a remote store: policykg ingest --store URL into a running policykg serve."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from test_server_live import policykg_command, start_server, stop

from policykg.samples import sample_paths

TOKEN = "remote-ingest-token-0123456789"


def test_ingest_into_a_running_server_with_a_token(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    live = start_server(tmp_path / "store", "--allow-update", "--token-file", str(token_file))
    samples = [str(path) for path in sample_paths()[:2]]
    try:
        without = subprocess.run([*policykg_command(), "--store", live.query_url, "ingest", "-q", *samples],
                                 capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != "POLICYKG_TOKEN"})
        assert without.returncode == 2
        assert "POLICYKG_TOKEN" in without.stderr, without.stderr
        env = {**os.environ, "POLICYKG_TOKEN": TOKEN}
        done = subprocess.run([*policykg_command(), "--store", live.query_url, "ingest", "-q", *samples], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        facts = subprocess.run([*policykg_command(), "--store", live.query_url, "facts"], capture_output=True, text=True, env=env)
        assert facts.returncode == 0, facts.stderr
        files = sorted(record["file"] for record in json.loads(facts.stdout)["policies"])
        assert files == sorted(Path(path).name for path in samples)
    finally:
        stop(live.process)
