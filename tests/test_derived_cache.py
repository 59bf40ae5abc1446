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
    D.REGEX_MEMO.reset()
    yield folder
    D.MEMO.reset()
    D.REGEX_MEMO.reset()


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
    D.REGEX_MEMO.reset()
    try:
        assert V.literals_of(r"\bopt[- ]out\b") == (("opt",), True)
        D.MEMO.save()  # cannot create the folder: silently nothing
        assert D.compile_regex(r"\bopt[- ]out\b") == re.compile(r"\bopt[- ]out\b")
        D.save()
        assert not (blocker / "cache").exists()
    finally:
        D.MEMO.reset()
        D.REGEX_MEMO.reset()


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


# --- compiled regexes from remembered engine code ------------------------------------------------

REGEXES = [
    (r"(?<!\w)(?:third[- ]part(?:y|ies))", re.IGNORECASE | re.MULTILINE),
    (r"(?P<loc>China|the United States|ЕС)(?![a-z])", re.IGNORECASE),
    (r"(?:用户|您)(?:的)?(?:个人)?信息", 0),
    (r"\b(?:we|us)\b.{0,40}\bshare\b", re.IGNORECASE),
    (r"ünvan\w*|адрес\w*", re.IGNORECASE),
    ("(?:" + "|".join(f"label{n}" for n in range(300)) + ")", 0),
]
TEXT = "We may share it with THIRD-PARTIES in the United States; 您的个人信息; Ünvanınız, АДРЕС; label42."


@pytest.mark.parametrize(("pattern", "flags"), REGEXES)
def test_a_regex_from_remembered_code_is_the_regex(cache: Path, pattern: str, flags: int) -> None:
    cold = D.compile_regex(pattern, flags)
    D.save()
    D.REGEX_MEMO.reset()
    warm = D.compile_regex(pattern, flags)
    assert not D.REGEX_MEMO._dirty  # read back, not compiled
    plain = re.compile(pattern, flags)
    assert cold == plain and warm == plain  # Pattern equality compares pattern, flags and engine code
    assert warm.groupindex == plain.groupindex and warm.groups == plain.groups
    assert [m.span() for m in warm.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_an_invalid_regex_still_raises(cache: Path) -> None:
    with pytest.raises(re.error):
        D.compile_regex(r"(?:unclosed", 0)


@pytest.mark.parametrize("damage", ["base64", "code", "groups"])
def test_a_damaged_regex_entry_is_compiled_afresh(cache: Path, damage: str) -> None:
    """An entry that passes the file checks but not the engine's (bad words, bad groups) is not used."""
    pattern = r"(?P<loc>Beijing|Shanghai)\s+office"
    D.compile_regex(pattern, re.IGNORECASE)
    table = D.REGEX_MEMO.entries()["code"]
    (key, entry), = table.items()
    if damage == "base64":
        entry[3] = "not base64!"
    elif damage == "code":
        import array
        import base64
        words = array.array("I", [7] * 12)  # no valid engine program
        entry[3] = base64.b64encode(words.tobytes()).decode()
    else:
        entry[2] = {"loc": 9}
    D.save()
    D.REGEX_MEMO.reset()
    compiled = D.compile_regex(pattern, re.IGNORECASE)
    assert compiled == re.compile(pattern, re.IGNORECASE)
    assert compiled.search("our SHANGHAI  Office").group("loc") == "SHANGHAI"


def test_start_up_from_the_cache_builds_the_regexes_re_compile_builds(tmp_path: Path) -> None:
    """Two ingest start-ups (every language's matchers and lexicons) in fresh processes sharing a
    cache: the second reads every regex back, and each equals what ``re.compile`` gives."""
    script = (
        "import re\n"
        "from policykg.ingest import derived_cache as D\n"
        "built = []\n"
        "plain = D.compile_regex\n"
        "def spy(pattern, flags=0):\n"
        "    compiled = plain(pattern, flags); built.append((pattern, flags, compiled)); return compiled\n"
        "D.compile_regex = spy\n"
        "import policykg.ingest.vocabulary, policykg.ingest.extract.cues, policykg.ingest.extract.fact_cues\n"
        "import policykg.ingest.extract.cross_border as X\n"
        "for module in (policykg.ingest.vocabulary, policykg.ingest.extract.cues, policykg.ingest.extract.fact_cues, X):\n"
        "    module.compile_regex = spy\n"
        "from policykg.ingest.pipeline import _warm_up\n"
        "_warm_up()\n"
        "assert len(built) > 1000, len(built)\n"
        "bad = [p for p, f, c in built if c != re.compile(p, f)]\n"
        "assert not bad, bad[:3]\n"
        "print(len(built), D.REGEX_MEMO._dirty, D.MEMO._dirty)\n"
    )
    env = {**os.environ, D.ENV_CACHE_DIR: str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr[-2000:]
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr[-2000:]
    assert second.stdout.split()[1:] == ["False", "False"]  # nothing computed the second time
    assert first.stdout.split()[0] == second.stdout.split()[0]


def test_an_oversized_memo_starts_afresh(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries of regexes no longer in use pile up over vocabulary edits: past the size cap the file
    is not read, and the next write holds only what this process used."""
    V.literals_of(r"\bold pattern\b")
    D.save()
    monkeypatch.setattr(D, "MAX_BYTES", 10)
    D.MEMO.reset()
    assert D.MEMO.entries() == {}
    V.literals_of(r"\bnew pattern\b")
    D.save()
    monkeypatch.setattr(D, "MAX_BYTES", 32 * 1024 * 1024)
    D.MEMO.reset()
    assert set(D.MEMO.entries()["literals_of"]) == {r"\bnew pattern\b"}
