"""Folder walks: links, loops and skipped files (issue 19 item 8, issue 18's silent skips).

Links that point outside the folder given are not followed unless asked (``--follow-links``):
ingesting a folder must never read ``/etc/passwd`` or a device through a link someone left in it.
A link loop or a dangling link is one failed path; everything else in the folder is ingested.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from policykg.ingest.pipeline import discover, ingest_paths
from policykg.store.oxigraph_store import OxigraphStore

POLICYKG = Path(sys.executable).with_name("policykg")
POLICY = "Harbour Books privacy notice. We collect your email address to send you receipts."


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Outside text that must not be read. We collect passwords.", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "policy.txt").write_text(POLICY, encoding="utf-8")
    (folder / "sub" / "second.txt").write_text(POLICY + " Second copy with more words.", encoding="utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 not really word")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n")
    (folder / ".hidden.txt").write_text(POLICY, encoding="utf-8")
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    os.symlink(outside / "secret.txt", folder / "passwd.txt")
    os.symlink(outside, folder / "elsewhere")
    os.symlink(folder / "sub", folder / "sub-again")  # inside: followed, read once
    os.symlink(folder, folder / "sub" / "up")  # a folder loop inside the folder
    return folder, outside


def test_links_loops_and_unsupported_files_each_get_one_outcome(tmp_path: Path) -> None:
    folder, outside = _folder(tmp_path)
    files, problems = discover([folder])
    assert sorted(path.name for path in files) == ["policy.txt", "second.txt"]
    outcomes = {Path(problem.source).name: problem for problem in problems}
    assert set(outcomes) == {"old.doc", "picture.png", ".hidden.txt", "loop-a.txt", "loop-b.txt", "dangling.txt",
                             "passwd.txt", "elsewhere"}
    for name in ("loop-a.txt", "loop-b.txt"):
        assert outcomes[name].status == "failed" and "symbolic link loop" in outcomes[name].error
    assert outcomes["dangling.txt"].status == "failed" and "broken symbolic link" in outcomes["dangling.txt"].error
    for name, target in (("passwd.txt", outside / "secret.txt"), ("elsewhere", outside)):
        assert outcomes[name].status == "skipped"
        assert f"a symbolic link to {target}, outside the folder given: not followed" in outcomes[name].note
        assert "--follow-links" in outcomes[name].note
    assert outcomes["old.doc"].status == "skipped" and "save it as .docx" in outcomes["old.doc"].note
    assert outcomes["picture.png"].status == "skipped" and ".png files are not read" in outcomes["picture.png"].note
    assert outcomes[".hidden.txt"].status == "skipped" and "hidden" in outcomes[".hidden.txt"].note


def test_follow_links_reads_targets_outside_the_folder(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    files, _problems = discover([folder], follow_links=True)
    assert sorted(path.name for path in files) == ["passwd.txt", "policy.txt", "second.txt"]  # secret.txt is passwd.txt's target


def test_ingest_goes_on_past_a_link_loop_and_names_every_skipped_file(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    result = subprocess.run([str(POLICYKG), "--store", str(tmp_path / "store"), "ingest", str(folder)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr  # the loop and the dangling link are failed paths
    assert "Traceback" not in result.stderr
    for name in ("old.doc", "picture.png", "passwd.txt", "elsewhere", ".hidden.txt"):
        assert f"skipped {folder / name}: " in result.stderr, (name, result.stderr)
    for name in ("loop-a.txt", "loop-b.txt", "dangling.txt"):
        assert f"error {folder / name}: " in result.stderr, (name, result.stderr)
    assert "2 ingested, 5 skipped, 3 failed" in result.stderr
    with OxigraphStore(tmp_path / "store", read_only=True) as store:
        texts = store.select("SELECT ?q WHERE { GRAPH ?g { ?s <https://w3id.org/policykg/ns#quote> ?q } }")
    assert texts and not any("passwords" in str(row["q"]) for row in texts)


def test_a_loop_named_on_the_command_line_is_one_clear_error(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    store = OxigraphStore(None)
    report = ingest_paths([folder / "loop-a.txt", folder / "policy.txt"], store=store)
    (failed,) = report.failed
    assert failed.error == f"{folder / 'loop-a.txt'}: a symbolic link loop (the link leads back to itself): remove or fix the link"
    assert [Path(outcome.source).name for outcome in report.succeeded] == ["policy.txt"]
