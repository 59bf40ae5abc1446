"""The memo of what parsing the vocabulary and lexicon regexes yields (``ingest/derived_cache.py``).

It may only make start-up cheaper: the answers read back must equal the answers computed, an edited
vocabulary must get fresh answers, and a damaged or unwritable cache must fall back to computing,
never crash and never change a hit.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policykg.ingest import derived_cache as D
from policykg.ingest import vocabulary as V


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty cache directory for this test (the memo reloads from it)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(D.ENV_CACHE_DIR, str(folder))
    D.MEMO.reset()
    yield folder
    D.MEMO.reset()


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("derived-*.json"))


PATTERNS = [r"\bshare[sd]? with\b", r"(?:third|3rd)[- ]part(?:y|ies)", r"(?<=, )os\b", r"撤回.{0,6}同意", r"x?",
            r"(?:请求)?解释", r"адрес\w*", r"ünvan\w*"]


def _answers() -> list[object]:
    out: list[object] = []
    for pattern in PATTERNS:
        out.append(V.literals_of(pattern))
        out.append(V._required_literals(pattern, shortest=1))
        out.append(V.gate_literals(pattern))
        out.append(V.ignorecase_gate(pattern))
        compiled = re.compile("(?:" + pattern + ")", re.IGNORECASE | re.MULTILINE)
        out.append(V._scan_plan(compiled, pattern))
    out.append(V._trie_regex(dict.fromkeys(["e-mail address", "email", "name", "phone number", "phone"])))
    return out


def test_answers_read_back_equal_answers_computed(cache: Path) -> None:
    computed = _answers()
    D.MEMO.save()
    assert len(_files(cache)) == 1
    D.MEMO.reset()
    assert D.MEMO.entries()  # read from the file
    assert _answers() == computed
    assert not D.MEMO._dirty  # nothing new to write: every answer came from the file


def test_every_vocabulary_matcher_is_the_same_from_the_cache(cache: Path) -> None:
    """Matchers of every field and language built from a cold memo and from the saved one: same
    patterns, literals, scan plans and label regex (so the same hits)."""
    def snapshot() -> list[object]:
        V.matcher_for.cache_clear()
        out = []
        for language in V.LANGUAGES:
            for field in V.FIELDS:
                m = V.matcher_for(field, language)
                out.append((field, language, m._label_regex, [(r.pattern, lits, anchored, key) for r, lits, anchored, key in m._patterns],
                            sorted(m._plans.items())))
        return out

    try:
        cold = snapshot()
        D.MEMO.save()
        D.MEMO.reset()
        warm = snapshot()
        assert not D.MEMO._dirty
        assert warm == cold
    finally:
        V.matcher_for.cache_clear()


def test_trie_regex_does_not_depend_on_label_order(cache: Path) -> None:
    labels = ["phone", "phone number", "e-mail", "email address", "name", "nickname", "ip address"]
    first = V._trie_regex_built(dict.fromkeys(labels))
    assert V._trie_regex_built(dict.fromkeys(reversed(labels))) == first
    regex = re.compile(first)
    assert [m.group(0) for m in regex.finditer("phone number, nickname, e-mail and ip address; phones")] == [
        "phone number", "nickname", "e-mail", "ip address", "phone"]


def test_an_edited_vocabulary_gets_fresh_answers(cache: Path) -> None:
    """A stale cache (answers for the old regexes) never answers for a new regex: it misses, is
    computed, and the file then holds both."""
    old = V.literals_of(r"\bsell your data\b")
    D.MEMO.save()
    D.MEMO.reset()
    new = V.literals_of(r"\bwe never sell\b")
    assert old == (("sell your data",), True)
    assert new == (("we never sell",), True)
    assert D.MEMO._dirty
    D.MEMO.save()
    D.MEMO.reset()
    assert set(D.MEMO.entries()["literals_of"]) >= {r"\bsell your data\b", r"\bwe never sell\b"}


@pytest.mark.parametrize("damage", [
    b"",  # empty
    b"\x00\xff garbage",  # not JSON
    b'{"format": "policykg-derived/1", "sha256": "0"}\n{}',  # checksum does not match
    b'{"format": "other/9", "sha256": "x"}\n{}',  # another format
    "truncate",  # a write cut short
    "wrong-shape",  # valid checksum, but an entry of the wrong shape
    "unknown-kind",
])
def test_a_damaged_cache_is_ignored_and_replaced(cache: Path, damage: object) -> None:
    expected = _answers()
    D.MEMO.save()
    path = _files(cache)[0]
    good = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(good[: len(good) // 2])
    elif damage in ("wrong-shape", "unknown-kind"):
        entries = json.loads(good.partition(b"\n")[2])
        if damage == "wrong-shape":
            key = next(iter(entries["literals_of"]))
            entries["literals_of"][key] = [["gate"], "yes"]  # a string where a bool belongs
        else:
            entries["mystery"] = {"k": 1}
        body = json.dumps(entries).encode()
        import hashlib
        path.write_bytes(json.dumps({"format": D.FORMAT, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body)
    else:
        path.write_bytes(damage)  # type: ignore[arg-type]
    D.MEMO.reset()
    assert D.MEMO.entries() == {}  # ignored as a whole
    assert _answers() == expected  # computed again, the same
    D.MEMO.save()
    D.MEMO.reset()
    assert D.MEMO.entries()  # the file was replaced by a good one
    assert _answers() == expected


def test_an_unwritable_cache_directory_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(D.ENV_CACHE_DIR, str(blocker / "cache"))
    D.MEMO.reset()
    try:
        assert V.literals_of(r"\bopt[- ]out\b") == (("opt",), True)
        D.MEMO.save()  # cannot create the folder: silently nothing
        assert not (blocker / "cache").exists()
    finally:
        D.MEMO.reset()


def test_old_versions_are_pruned(cache: Path) -> None:
    cache.mkdir(parents=True)
    for n in range(D.KEEP_FILES + 3):
        old = cache / f"derived-old{n}.json"
        old.write_text("{}")
        os.utime(old, (1000 + n, 1000 + n))
    V.literals_of(r"\bdo not track\b")
    D.MEMO.save()
    names = {p.name for p in _files(cache)}
    assert D.MEMO.path.name in names
    assert len(names) == D.KEEP_FILES + 1
    assert "derived-old0.json" not in names  # the oldest went first


def test_forked_workers_do_not_write(cache: Path) -> None:
    """Only the process that loaded the memo writes it (ingest workers are forked from it)."""
    V.literals_of(r"\bwithdraw consent\b")
    pid = os.fork()
    if pid == 0:  # the child: its save must do nothing
        try:
            D.MEMO.save()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert _files(cache) == []
    D.MEMO.save()
    assert len(_files(cache)) == 1


def test_a_second_process_reads_what_the_first_wrote(cache: Path) -> None:
    """End to end, as two runs of policykg: the first writes the memo at exit, the second reads it
    (it computes nothing, so it writes nothing) and its matchers find the same."""
    script = (
        "from policykg.ingest import derived_cache as D, vocabulary as V\n"
        "m = V.matcher_for('data_categories', 'en')\n"
        "print(sorted({x.key for x in m.find('Your e-mail address, phone number and IP address.')}), D.MEMO._dirty)\n"
    )
    env = {**os.environ, D.ENV_CACHE_DIR: str(cache)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    assert first.strip().endswith("True")
    written = _files(cache)
    assert len(written) == 1
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
    assert second.strip().endswith("False")
    assert first.split("]")[0] == second.split("]")[0]
    assert "EmailAddress" in first
