"""Reviewer sessions and sign-in against the real ``policykg serve`` process: a session outlives a
restart and is seen by another process, sign-out ends it everywhere, a token taken out of the token
file ends its sessions, and failed sign-ins are limited per client and per reviewer name (429 with
Retry-After, even for the right token)."""
from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup
from workbench_fixtures import EN_POLICY

from policykg.reviews.access import COOKIE, MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_NAME, SESSIONS_FILE, ReviewAccess

BOB, ALICE = "bob-token-0123456789ab", "alice-token-0123456789"
EMAIL = "https://w3id.org/policykg/vocab/pd/EmailAddress"


def policykg(store: Path, *args: str) -> None:
    exe = Path(sys.executable).with_name("policykg")
    result = subprocess.run([str(exe), "--store", str(store), *args], capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr[-3000:]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("policies")
    (folder / "en_lanternfish_maps.txt").write_text(EN_POLICY, encoding="utf-8")
    path = tmp_path_factory.mktemp("store") / "kg"
    policykg(path, "ingest", str(folder))
    return path


@contextmanager
def serve(store: Path, tokens: Path) -> Iterator[str]:
    """``policykg serve --allow-review`` as a user starts it, on a free port; stopped with SIGINT."""
    exe = Path(sys.executable).with_name("policykg")
    process = subprocess.Popen([str(exe), "--store", str(store), "serve", "--port", "0", "--allow-review",
                                "--reviewer-tokens", str(tokens), "--query-workers", "thread"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = None
        deadline = time.monotonic() + 120
        assert process.stderr is not None
        while base is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line and process.poll() is not None:
                raise AssertionError(f"policykg serve stopped with {process.returncode}")
            found = re.search(r"policykg serve: (http://[^/ ]+)/", line)
            base = found.group(1) if found else None
        assert base, "policykg serve did not say where it listens"
        for _ in range(100):
            try:
                if httpx.get(base + "/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def sign_in(base: str, name: str, token: str) -> httpx.Response:
    return httpx.post(base + "/review/sign-in", data={"name": name, "token": token, "next": "/policies"})


def signed_in_as(base: str, cookie: str) -> str | None:
    page = BeautifulSoup(httpx.get(base + "/policies", cookies={COOKIE: cookie}).text, "html.parser")
    who = page.select_one(".who strong")
    return who.text if who else None


def test_session_survives_restart_and_sign_out_ends_it(store, tmp_path) -> None:
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"bob {BOB}\nalice {ALICE}\n", encoding="utf-8")
    with serve(store, tokens) as base:
        signed = sign_in(base, "bob", BOB)
        assert signed.status_code == 303
        cookie = signed.cookies[COOKIE]
        assert "httponly" in signed.headers["set-cookie"].lower() and "samesite=strict" in signed.headers["set-cookie"].lower()
        assert signed_in_as(base, cookie) == "bob"
        docid = BeautifulSoup(httpx.get(base + "/policies").text, "html.parser").select_one("tr[data-docid]")["data-docid"]
    sessions = store / SESSIONS_FILE
    assert stat.S_IMODE(os.stat(sessions).st_mode) == 0o600
    assert cookie not in sessions.read_bytes().decode("latin-1")  # only digests of session ids are kept
    # another process (this test) sees the session the server wrote
    assert ReviewAccess({BOB: "bob"}, store).session(cookie).reviewer == "bob"
    with serve(store, tokens) as base:  # a restart: still signed in, and the form still works
        assert signed_in_as(base, cookie) == "bob"
        reader = BeautifulSoup(httpx.get(base + f"/policies/{docid}", cookies={COOKIE: cookie}).text, "html.parser")
        button = reader.select_one(f'button.rv[data-field="category"][data-value="{EMAIL}"]')
        sent = httpx.post(base + f"/policies/{docid}/reviews", cookies={COOKIE: cookie}, data={
            "csrf": reader.select_one("input[name=csrf]")["value"], "target": button["data-target"],
            "field": "category", "value": EMAIL, "action": "confirm"})
        assert sent.status_code == 303, sent.text
        out = httpx.post(base + "/review/sign-out", cookies={COOKIE: cookie})
        assert out.status_code == 303 and COOKIE in out.headers["set-cookie"]
        assert signed_in_as(base, cookie) is None  # the old cookie, replayed, no longer works
        assert httpx.post(base + f"/policies/{docid}/reviews", cookies={COOKIE: cookie}, data={
            "csrf": reader.select_one("input[name=csrf]")["value"], "target": button["data-target"],
            "field": "category", "value": EMAIL, "action": "confirm"}).status_code == 401
        alice = sign_in(base, "alice", ALICE).cookies[COOKIE]
        assert signed_in_as(base, alice) == "alice"
    tokens.write_text(f"bob {BOB}\n", encoding="utf-8")  # alice's token withdrawn
    with serve(store, tokens) as base:
        assert signed_in_as(base, alice) is None


def test_failed_sign_ins_are_limited_per_name_and_per_client(store, tmp_path) -> None:
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"bob {BOB}\nalice {ALICE}\n", encoding="utf-8")
    with serve(store, tokens) as base:
        for _ in range(MAX_FAILURES_PER_NAME):
            assert sign_in(base, "bob", "guess-0000000000000").status_code == 403
        limited = sign_in(base, "bob", BOB)  # the right token, too late: bob's name is paused
        assert limited.status_code == 429 and COOKIE not in limited.cookies
        assert 1 <= int(limited.headers["retry-after"]) <= 601
        assert "too many failed sign-ins as bob" in limited.text
        assert sign_in(base, "alice", ALICE).status_code == 303  # another name from this client still may
        for _ in range(MAX_FAILURES_PER_CLIENT - MAX_FAILURES_PER_NAME):
            assert sign_in(base, "alice", "guess-1111111111111").status_code in (403, 429)
        refused = sign_in(base, "carol", "guess-2222222222222")
        assert refused.status_code == 429 and "from this address" in refused.text
        assert sign_in(base, "alice", ALICE).status_code == 429  # this address is paused for every name
        bearer = httpx.post(base + "/policies/0000000000000000/reviews", headers={"Authorization": f"Bearer {BOB}"},
                            data={"action": "confirm"})
        assert bearer.status_code == 429 and int(bearer.headers["retry-after"]) >= 1
    with serve(store, tokens) as base:  # the count outlives a restart
        assert sign_in(base, "alice", ALICE).status_code == 429


def test_token_comparison_needs_name_and_whole_token(tmp_path) -> None:
    access = ReviewAccess({BOB: "bob", ALICE: "alice"}, tmp_path)
    assert access.reviewer_for_token(BOB) == "bob"
    assert access.reviewer_for_token(BOB, "alice") is None
    assert access.reviewer_for_token(BOB[:-1]) is None and access.reviewer_for_token(BOB + "x") is None
    assert access.reviewer_for_token("") is None
    assert access.session("not-a-session") is None and access.session("x" * 10_000) is None
