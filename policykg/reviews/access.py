"""Who may review: per-reviewer tokens from a file, sessions, sign-in limits and CSRF checks.

Token file: one reviewer a line, ``name token`` (whitespace between; ``#`` starts a comment). A
reviewer signs in with their name and token; the server then keeps a session (random id in an
HttpOnly, SameSite=Strict cookie) with its own CSRF token, which every review form carries in a
hidden field (POST only, never in a URL). Unsafe requests are also refused when the browser says
they come from another site (``Sec-Fetch-Site``) or an ``Origin`` that is not this server's, as
datasette does. Scripts may instead send ``Authorization: Bearer TOKEN`` (no cookie, no CSRF risk).

Why sessions live in SQLite (``policykg-review-sessions.sqlite`` in the store folder, mode 0600):
a restart must not sign everyone out, and every process that serves pages must see the same
sessions and the same count of failed sign-ins. Only SHA-256 digests of session ids are stored,
so the file does not hand out sessions; a session ends at sign-out, after ``SESSION_SECONDS``, or
when its token leaves the token file. Failed sign-ins are limited per client address and per
reviewer name (sliding window); past the limit the answer is 429 with Retry-After, even for the
right token, so guessing stays slow. Tokens are compared as fixed-length digests, every one of
them, so the time taken says nothing about which or how much of a token matched.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from policykg.reviews.model import REVIEWER_NAME

COOKIE = "policykg_review"
SESSIONS_FILE = "policykg-review-sessions.sqlite"
SESSION_SECONDS = 12 * 3600  # a working day; then sign in again
FAILURE_WINDOW = 600.0  # seconds a failed sign-in counts against its client and name
MAX_FAILURES_PER_CLIENT = 10
MAX_FAILURES_PER_NAME = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (id_digest TEXT PRIMARY KEY, reviewer TEXT NOT NULL, token_digest TEXT NOT NULL,
  csrf TEXT NOT NULL, created REAL NOT NULL, expires REAL NOT NULL);
CREATE TABLE IF NOT EXISTS failures (key TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS failures_key ON failures (key, at);
"""


class TokenFileError(ValueError):
    """The reviewer token file is unreadable or malformed; the message names the file and line."""


def read_reviewer_tokens(path: Path) -> dict[str, str]:
    """token -> reviewer name."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise TokenFileError(f"{path}: cannot read the reviewer token file: {error}") from None
    tokens: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2:
            raise TokenFileError(f"{path}, line {number}: expected 'name token', got {len(parts)} fields")
        name, token = parts
        if not REVIEWER_NAME.match(name):
            raise TokenFileError(f"{path}, line {number}: reviewer name {name!r} must be letters, digits, '.', '_' or '-'")
        if len(token) < 12:
            raise TokenFileError(f"{path}, line {number}: the token for {name} is shorter than 12 characters")
        if token in tokens:
            raise TokenFileError(f"{path}, line {number}: the same token is given to {tokens[token]} and {name}")
        tokens[token] = name
    if not tokens:
        raise TokenFileError(f"{path}: no reviewers in the file (one 'name token' a line)")
    return tokens


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8")).digest()


@dataclass
class Session:
    reviewer: str
    csrf: str


@dataclass
class Refused:
    """A sign-in not even tried: too many recent failures for this client or name."""

    retry_after: int  # seconds
    reason: str


class ReviewAccess:
    """Reviewer tokens, sessions and failed sign-ins, kept in ``folder``'s session file (else in memory)."""

    def __init__(self, tokens: dict[str, str] | None, folder: Path | None = None, *,
                 max_per_client: int = MAX_FAILURES_PER_CLIENT, max_per_name: int = MAX_FAILURES_PER_NAME,
                 window: float = FAILURE_WINDOW, session_seconds: float = SESSION_SECONDS) -> None:
        self.tokens = tokens or {}
        self._known = [(_digest(token), name) for token, name in self.tokens.items()]
        self.max_per_client, self.max_per_name, self.window = max_per_client, max_per_name, window
        self.session_seconds = session_seconds
        self.path = (folder / SESSIONS_FILE) if folder is not None and self.tokens else None
        self._lock = threading.Lock()
        self._memory: sqlite3.Connection | None = None
        if self.tokens:
            try:
                with self._db() as conn:
                    conn.executescript(_SCHEMA)
            except (OSError, sqlite3.Error):  # a folder we may not write: sessions last as long as this process
                self.path = None
                with self._db() as conn:
                    conn.executescript(_SCHEMA)

    @property
    def enabled(self) -> bool:
        return bool(self.tokens)

    # -- storage ---------------------------------------------------------------------------------
    def _db(self) -> _Connection:
        if self.path is None:
            if self._memory is None:
                self._memory = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            return _Connection(self._memory, self._lock, close=False)
        if not self.path.exists():  # created private: it holds session digests and CSRF tokens
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(self.path, 0o600)
        conn = sqlite3.connect(str(self.path), timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        return _Connection(conn, None, close=True)

    # -- tokens ----------------------------------------------------------------------------------
    def reviewer_for_token(self, token: str, name: str | None = None) -> str | None:
        """The reviewer whose token this is (and whose name is ``name``, if given). Every known token
        is compared, as a fixed-length digest, whatever matches first."""
        offered = _digest(token)
        found = None
        for known, reviewer in self._known:
            if hmac.compare_digest(known, offered) and (name is None or hmac.compare_digest(reviewer.encode(), name.encode())):
                found = reviewer
        return found

    # -- failed attempts -------------------------------------------------------------------------
    def refused(self, client: str, name: str | None = None) -> Refused | None:
        """Refused when this client, or this reviewer name, failed too often in the last window."""
        now = time.time()
        checks = [(f"client:{client}", self.max_per_client, "too many failed sign-ins from this address")]
        if name:
            checks.append((f"name:{name}", self.max_per_name, f"too many failed sign-ins as {name}"))
        with self._db() as conn:
            conn.execute("DELETE FROM failures WHERE at < ?", (now - self.window,))
            for key, limit, reason in checks:
                times = [row[0] for row in conn.execute(
                    "SELECT at FROM failures WHERE key = ? ORDER BY at DESC LIMIT ?", (key, limit))]
                if len(times) >= limit:  # the limit-th newest failure must age out of the window first
                    return Refused(max(1, int(times[-1] + self.window - now) + 1), reason)
        return None

    def failed(self, client: str, name: str | None = None) -> None:
        now = time.time()
        keys = [f"client:{client}"] + ([f"name:{name}"] if name else [])
        with self._db() as conn:
            conn.executemany("INSERT INTO failures VALUES (?, ?)", [(key, now) for key in keys])

    # -- sessions --------------------------------------------------------------------------------
    def sign_in(self, token: str, name: str | None = None, *, client: str = "") -> tuple[str, Session] | Refused | None:
        """A new session for the reviewer ``name`` holding ``token``; None if wrong, Refused if limited."""
        limited = self.refused(client, name)
        if limited is not None:
            return limited
        reviewer = self.reviewer_for_token(token, name)
        if reviewer is None:
            self.failed(client, name if name and REVIEWER_NAME.match(name) else None)
            return None
        sid, session = secrets.token_urlsafe(32), Session(reviewer, secrets.token_urlsafe(32))
        now = time.time()
        with self._db() as conn:
            conn.execute("DELETE FROM sessions WHERE expires < ?", (now,))
            conn.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)",
                         (_digest(sid).hex(), reviewer, _digest(token).hex(), session.csrf, now, now + self.session_seconds))
            conn.execute("DELETE FROM failures WHERE key = ?", (f"name:{reviewer}",))
        return sid, session

    def session(self, sid: str | None) -> Session | None:
        """The live session of this cookie value: not signed out, not expired, its token still in the file."""
        if not sid or not self.tokens or len(sid) > 200:
            return None
        with self._db() as conn:
            row = conn.execute("SELECT reviewer, token_digest, csrf, expires FROM sessions WHERE id_digest = ?",
                               (_digest(sid).hex(),)).fetchone()
        if row is None or row[3] < time.time():
            return None
        reviewer, token_digest, csrf, _ = row
        if not any(known.hex() == token_digest and name == reviewer for known, name in self._known):
            return None  # the token was withdrawn from the file: the session ends with it
        return Session(reviewer, csrf)

    def sign_out(self, sid: str | None) -> None:
        if not sid or not self.tokens:
            return
        with self._db() as conn:
            conn.execute("DELETE FROM sessions WHERE id_digest = ?", (_digest(sid).hex(),))


class _Connection:
    """``with`` block over one connection: the in-memory one under a lock, a file one closed after."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.Lock | None, *, close: bool) -> None:
        self.conn, self.lock, self.close = conn, lock, close

    def __enter__(self) -> sqlite3.Connection:
        if self.lock is not None:
            self.lock.acquire()
        return self.conn

    def __exit__(self, *exc: object) -> None:
        try:
            if self.close:
                self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def cross_site(headers: dict[str, str] | object, host_url: str) -> bool:
    """True when a browser tells us the request comes from another site (datasette's header check)."""
    get = headers.get  # type: ignore[attr-defined]
    site = get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = get("origin")
    if origin is not None:
        return origin.rstrip("/") != host_url.rstrip("/")
    return False
