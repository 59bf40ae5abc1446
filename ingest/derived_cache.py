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

import array
import atexit
import base64
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV_CACHE_DIR = "POLICYKG_CACHE_DIR"
FORMAT = "policykg-derived/1"
KEEP_FILES = 4  # memo files of other code versions kept (several checkouts may share one cache directory)
MAX_ENTRIES = 200_000  # a memo grown past this (years of vocabulary edits) starts afresh
MAX_BYTES = 32 * 1024 * 1024  # likewise a file this large (a start-up's regexes take ~5 MB): the next write holds only what is in use

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
    # vocabulary.alternative_gates: per alternative its substrings, or false for "no gate"
    "alternative_gates": lambda v: v is False or (isinstance(v, list) and all(_strings(way) for way in v)),
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
    """The entries of one code version: kind -> key -> JSON value, in the file ``{name}-{version}.json``."""

    def __init__(self, name: str, shapes: dict[str, Callable[[Any], bool]]) -> None:
        self.name = name
        self.shapes = shapes
        self._entries: dict[str, dict[str, Any]] | None = None
        self._dirty = False
        self._owner = os.getpid()
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = cache_dir() / f"{self.name}-{_code_version()}.json"
        return self._path

    def entries(self) -> dict[str, dict[str, Any]]:
        if self._entries is None:
            self._entries = _read(self.path, self.shapes)
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


MEMO = _Memo("derived", _SHAPES)


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


# --- compiled regexes ---------------------------------------------------------------------------
# Compiling a regex is two steps: the stdlib parses it and emits the engine's code (in Python, ~0.3 ms
# a vocabulary pattern, ~0.6 s for the ~3,000 regexes ingest builds), then the engine takes that code
# (in C, microseconds). The code of each regex is remembered and handed straight to the engine next
# time; the engine checks the code it is given. Entries are valid for one Python build and engine
# version only (part of the file name), and every regex falls back to ``re.compile`` when anything
# about its entry or the stdlib's internals is not as expected.


def _engine_version() -> str:
    import _sre

    return hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_code_version()}".encode()).hexdigest()[:20]


def _code_shape(value: Any) -> bool:
    # [flags as compiled, number of groups, {group name: index}, engine code as base64 of 32-bit words]
    return (isinstance(value, list) and len(value) == 4 and isinstance(value[0], int) and isinstance(value[1], int)
            and isinstance(value[2], dict) and all(isinstance(k, str) and isinstance(i, int) for k, i in value[2].items())
            and isinstance(value[3], str))


class _RegexMemo(_Memo):
    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = cache_dir() / f"{self.name}-{_engine_version()}.json"
        return self._path


REGEX_MEMO = _RegexMemo("regex", {"code": _code_shape})


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the remembered engine code when there is some.

    Raises ``re.error`` for an invalid pattern, as ``re.compile`` does. For the regexes ingest builds
    from its vocabularies and lexicons at start-up (compiled once per process, not per document)."""
    flags = int(flags)
    key = key_of(str(flags), pattern)
    stored = REGEX_MEMO.get("code", key)
    if stored is not None:
        compiled = _from_code(pattern, stored)
        if compiled is not None:
            return compiled
    try:
        compiled, entry = _compile_with_code(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - the stdlib's internals changed: compile as everyone does
        return re.compile(pattern, flags)
    REGEX_MEMO.put("code", key, entry)
    return compiled


def save() -> None:
    """Write both memos now if this process added to them (also done at exit)."""
    MEMO.save()
    REGEX_MEMO.save()


def _compile_with_code(pattern: str, flags: int) -> tuple[re.Pattern[str], list[Any]]:
    """What ``re._compiler.compile`` does, keeping the engine code it hands to ``_sre.compile``."""
    import _sre
    from re import _compiler, _parser

    if array.array("I").itemsize != _sre.CODESIZE:
        raise RuntimeError("engine code words are not 32-bit here")
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    entry = [flags | state.flags, state.groups - 1, dict(state.groupdict),
             base64.b64encode(array.array("I", code).tobytes()).decode("ascii")]
    return _sre.compile(pattern, entry[0], code, entry[1], state.groupdict, _index_groups(entry[1], state.groupdict)), entry


def _index_groups(groups: int, groupindex: dict[str, int]) -> tuple[str | None, ...]:
    names: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        names[index] = name
    return tuple(names)


def _from_code(pattern: str, entry: list[Any]) -> re.Pattern[str] | None:
    """The regex built from remembered engine code; None when the entry does not fit (the engine rejects it)."""
    import _sre

    try:
        flags, groups, groupindex, encoded = entry
        words = array.array("I")
        words.frombytes(base64.b64decode(encoded, validate=True))
        if groups < 0 or any(not 0 < index <= groups for index in groupindex.values()):
            return None
        return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, _index_groups(groups, groupindex))
    except Exception:  # noqa: BLE001 - a damaged entry ("invalid SRE code", bad base64): compile afresh
        return None


def key_of(*parts: str) -> str:
    """A short key for a long input (a whole label list)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _read(path: Path, shapes: dict[str, Callable[[Any], bool]]) -> dict[str, dict[str, Any]]:
    """The stored entries, or {} when the file is missing, unreadable, damaged or of another format.

    The file is a header line (format, SHA-256 of the rest) and the entries as JSON."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}
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
        shape = shapes.get(kind)
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
    family = current.name.rsplit("-", 1)[0]
    others = [p for p in current.parent.glob(f"{family}-*.json") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_FILES:]:
        old.unlink(missing_ok=True)
