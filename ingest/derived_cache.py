"""What parsing the vocabulary and lexicon regexes yields, kept between runs (a persistent memo).

Why: every ingest process reads literal gates, scan plans and label tries out of ~5,000 regexes of
the vocabularies and cue lexicons, and checks that every cue compiles: ~0.4 s of CPU at each start,
as much as reading a few dozen policies. The answers depend only on the regex text (and on this code
and the Python version that parses it), so they are remembered in the user's cache directory
(``$POLICYKG_CACHE_DIR``, else the platform's, e.g. ``~/.cache/policykg``) and read back next time.

Safe by construction:

* an entry is keyed by its whole input (the regex itself, or a SHA-256 of a label list), so an
  edited vocabulary never meets a stale answer: its new regexes miss and are computed;
* the file name holds a hash of the code that computes the answers and of the Python version, so a
  new release (or an edit of this code) starts a new file;
* a file that cannot be read, is not valid JSON, fails its checksum or holds an entry of the wrong
  shape is ignored as a whole (everything is computed as if there were no cache) and replaced;
* a cache directory that cannot be created or written (read-only home, another user's) is no error.

The memo is written once, at the exit of the process that computed something new, by that process
only (not by the forked ingest workers), to a temporary file renamed into place: readers never see a
half-written file, and two processes writing at once leave one complete file.
"""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV_CACHE_DIR = "POLICYKG_CACHE_DIR"
FORMAT = "policykg-derived/1"
KEEP_FILES = 4  # memo files of other code versions kept (several checkouts may share one cache directory)
MAX_ENTRIES = 200_000  # a memo grown past this (years of vocabulary edits) starts afresh

def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# kind -> the shape of a stored value (JSON types); a file with another kind, or an entry of another
# shape, is discarded as a whole
_SHAPES: dict[str, Callable[[Any], bool]] = {
    # vocabulary.literals_of: [literals, every match starts with one]
    "literals_of": lambda v: isinstance(v, list) and len(v) == 2 and _strings(v[0]) and isinstance(v[1], bool),
    # vocabulary._required_literals: literals (possibly none)
    "required_literals": _strings,
    # vocabulary._scan_plan: [substrings, longest match], or false for "no plan"
    "scan_plan": lambda v: v is False or (isinstance(v, list) and len(v) == 2 and _strings(v[0])
                                          and isinstance(v[1], int) and not isinstance(v[1], bool)),
    # vocabulary._trie_regex: the regex source
    "trie_regex": lambda v: isinstance(v, str),
    # fact_cues: a cue regex that compiles on its own
    "valid_regex": lambda v: v is True,
}


def cache_dir() -> Path:
    """Where the memo lives: ``$POLICYKG_CACHE_DIR``, else the user cache directory."""
    override = os.environ.get(ENV_CACHE_DIR)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("policykg"))


def _code_version() -> str:
    """A hash of the code whose answers are memoised and of the Python version (the regex parser)."""
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).resolve().parent
    for name in ("derived_cache.py", "vocabulary.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # not shipped as files (a zip import): never share a memo across versions
            digest.update(os.urandom(16))
    return digest.hexdigest()[:20]


class _Memo:
    """The entries of one code version: kind -> key -> JSON value."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, Any]] | None = None
        self._dirty = False
        self._owner = os.getpid()
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = cache_dir() / f"derived-{_code_version()}.json"
        return self._path

    def entries(self) -> dict[str, dict[str, Any]]:
        if self._entries is None:
            self._entries = _read(self.path)
        return self._entries

    def get(self, kind: str, key: str) -> Any:
        """The stored value, or None when there is none."""
        return self.entries().get(kind, {}).get(key)

    def put(self, kind: str, key: str, value: Any) -> None:
        entries = self.entries()
        entries.setdefault(kind, {})[key] = value
        if not self._dirty:
            self._dirty = True
            if os.getpid() == self._owner:
                atexit.register(self.save)

    def save(self) -> None:
        """Write the memo if this process added to it (forked workers never write)."""
        if not self._dirty or os.getpid() != self._owner or self._entries is None:
            return
        self._dirty = False
        _write(self.path, self._entries)

    def reset(self) -> None:
        """Forget what was loaded (tests; a changed ``$POLICYKG_CACHE_DIR``)."""
        self._entries, self._dirty, self._path, self._owner = None, False, None, os.getpid()


MEMO = _Memo()


def memoised(kind: str, key: str, compute: Callable[[], Any], *, to_json: Callable[[Any], Any],
             from_json: Callable[[Any], Any]) -> Any:
    """``compute()``, or its remembered answer for ``key``; ``to_json``/``from_json`` convert the
    answer (tuples, frozensets) to what JSON stores and back."""
    stored = MEMO.get(kind, key)
    if stored is not None:
        return from_json(stored)
    value = compute()
    MEMO.put(kind, key, to_json(value))
    return value


def key_of(*parts: str) -> str:
    """A short key for a long input (a whole label list)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """The stored entries, or {} when the file is missing, unreadable, damaged or of another format.

    The file is a header line (format, SHA-256 of the rest) and the entries as JSON."""
    try:
        header, _, body = path.read_bytes().partition(b"\n")
        meta = json.loads(header)
        if not isinstance(meta, dict) or meta.get("format") != FORMAT or meta.get("sha256") != hashlib.sha256(body).hexdigest():
            return {}
        entries = json.loads(body)
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(entries, dict) or sum(len(v) for v in entries.values() if isinstance(v, dict)) > MAX_ENTRIES:
        return {}
    for kind, table in entries.items():
        shape = _SHAPES.get(kind)
        if shape is None or not isinstance(table, dict):
            return {}
        if not all(isinstance(key, str) and value is not None and shape(value) for key, value in table.items()):
            return {}
    return entries


def _write(path: Path, entries: dict[str, dict[str, Any]]) -> None:
    """Replace the memo file atomically; any failure leaves the old file (or none) and is silent."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps(entries, separators=(",", ":")).encode("ascii")
        header = json.dumps({"format": FORMAT, "sha256": hashlib.sha256(body).hexdigest()}).encode()
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".partial", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(header + b"\n" + body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(path)
    except (OSError, ValueError):  # a read-only or full disk: the next run computes again
        pass


def _prune(current: Path) -> None:
    """Drop memo files of old code versions beyond the newest ``KEEP_FILES``."""
    others = [p for p in current.parent.glob("derived-*.json") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_FILES:]:
        old.unlink(missing_ok=True)
