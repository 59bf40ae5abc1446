"""`policykg check` says what it is doing, and through a server that will not take its findings
it stops at once with what to do, instead of failing after the long work."""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from graph_fixtures import load_fixture
from servers import stop
from test_server_live import policykg_command, start_server

from policykg.store.oxigraph_store import OxigraphStore

TOKEN = "check-probe-token-0123456789abcdef"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("check") / "store"
    with OxigraphStore(folder) as store:
        load_fixture(store)
    return folder


@pytest.fixture(scope="module")
def guarded(store_dir: Path, tmp_path_factory):
    token_file = tmp_path_factory.mktemp("token") / "token"
    token_file.write_text(TOKEN)
    live = start_server(store_dir, "--allow-update", "--token-file", str(token_file))
    yield live
    stop(live.process)


def _check(store: str, *, token: str | None) -> tuple[subprocess.CompletedProcess, float]:
    env = {k: v for k, v in os.environ.items() if k != "POLICYKG_TOKEN"}
    if token:
        env["POLICYKG_TOKEN"] = token
    started = time.monotonic()
    done = subprocess.run([*policykg_command(), "--store", store, "check", "-q"], env=env,
                          capture_output=True, text=True, timeout=300)
    return done, time.monotonic() - started


def test_without_a_token_it_stops_first_saying_what_to_do(guarded):
    done, seconds = _check(guarded.query_url, token=None)
    assert done.returncode == 2, done.stderr
    assert "this server refuses updates: pass a token with POLICYKG_TOKEN" in done.stderr
    assert "judging the policies" not in done.stderr  # stopped before the long work
    assert "closed the connection" not in done.stderr


def test_a_wrong_token_is_named_as_wrong(guarded):
    done, _ = _check(guarded.query_url, token="not-the-token")
    assert done.returncode == 2
    assert "it is not the token the server was started with" in done.stderr


def test_with_the_token_it_reports_each_stage_then_stores(guarded):
    done, _ = _check(guarded.query_url, token=TOKEN)
    assert done.returncode in (0, 1), done.stderr
    for stage in ("checking that the server accepts updates", "judging the policies",
                  "storing the findings"):
        assert stage in done.stderr, done.stderr
    assert "policies checked" in done.stderr
