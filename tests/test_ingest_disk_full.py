"""Issue 19 item 10: an ingest that fills the disk says how many policies it did store.

A small tmpfs in a private mount namespace (``unshare --user --map-root-user --mount``: no root
needed) is the full disk; the policies are our own invented sentences.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

POLICYKG = str(Path(sys.executable).with_name("policykg"))


def _policies(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"p{n}.txt").write_text(
            f"Privacy Policy of Sample Trading {n} Ltd.\n\nWe collect your name, e-mail address and telephone number "
            f"to run shop number {n}. We share your location with advertising partners. Write to privacy{n}@example.com "
            f"to have your data deleted. We keep records for {n % 7 + 1} years.\n", encoding="utf-8")
    return folder


def test_a_full_disk_reports_the_policies_already_stored(tmp_path: Path) -> None:
    assert shutil.which("unshare"), "util-linux unshare is needed for the private tmpfs"
    policies = _policies(tmp_path / "policies", 300)
    mount = tmp_path / "small-disk"
    mount.mkdir()
    store = mount / "kg"
    script = (f"mount -t tmpfs -o size=6m tmpfs {mount} && "
              f"{POLICYKG} --store {store} ingest --batch-size 4 --no-compact --no-tables --quiet {policies}; "
              f"echo exit=$?; {POLICYKG} --store {store} store info --json")
    done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
                          capture_output=True, text=True, timeout=600)
    assert "exit=2" in done.stdout, (done.stdout, done.stderr)
    assert "No space left" in done.stderr and "nothing was changed" not in done.stderr, done.stderr
    claimed = re.search(r"(\d+) policies from earlier batches of this run are stored", done.stderr)
    assert claimed is not None, done.stderr
    stored = re.search(r'"policies": (\d+)', done.stdout)
    assert stored is not None and int(stored.group(1)) == int(claimed.group(1)) > 0, (done.stdout, done.stderr)
