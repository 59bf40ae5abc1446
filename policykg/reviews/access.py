"""Who may review: per-reviewer tokens from a file, sessions, and CSRF checks for the review forms.

Token file: one reviewer a line, ``name token`` (whitespace between; ``#`` starts a comment). A
reviewer signs in once with their token; the server then keeps a session (random id in an
HttpOnly, SameSite=Strict cookie) with its own CSRF token, which every review form carries in a
hidden field (POST only, never in a URL). Unsafe requests are also refused when the browser says
they come from another site (``Sec-Fetch-Site``) or an ``Origin`` that is not this server's, as
datasette does. Scripts may instead send ``Authorization: Bearer TOKEN`` (no cookie, no CSRF risk).
"""
from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from policykg.reviews.model import REVIEWER_NAME

COOKIE = "policykg_review"


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


@dataclass
class Session:
    reviewer: str
    csrf: str


class ReviewAccess:
    """Reviewer tokens and signed-in sessions (in memory: a restart signs everyone out)."""

    def __init__(self, tokens: dict[str, str] | None) -> None:
        self.tokens = tokens or {}
        self.sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return bool(self.tokens)

    def reviewer_for_token(self, token: str) -> str | None:
        for known, name in self.tokens.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                return name
        return None

    def sign_in(self, token: str) -> tuple[str, Session] | None:
        name = self.reviewer_for_token(token)
        if name is None:
            return None
        sid, session = secrets.token_urlsafe(32), Session(name, secrets.token_urlsafe(32))
        with self._lock:
            self.sessions[sid] = session
        return sid, session

    def session(self, sid: str | None) -> Session | None:
        if not sid:
            return None
        with self._lock:
            return self.sessions.get(sid)

    def sign_out(self, sid: str | None) -> None:
        with self._lock:
            self.sessions.pop(sid or "", None)


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
