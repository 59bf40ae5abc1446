"""The README's `./run` entry point on a machine that lacks system packages.

Nothing is uninstalled: each test runs a copy of `./run` with a PATH that holds only the few
commands the check needs (so chromium and java are absent), a linker cache without Pango and a fontconfig
configuration without font folders (so no font covers Chinese). The check must stop before it
creates anything, naming the exact Debian packages and the apt-get command.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# What the check itself runs; everything else (chromium, java, apt-get) stays hidden, and
# LDCONFIG names a stand-in whose cache lists no library (the real one is in /sbin).
TOOLS = ("bash", "dirname", "id", "grep", "sed", "fc-list")
# The unprivileged user must be able to run it (a Python under /root is not readable by them).
SYSTEM_PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable


@pytest.fixture
def bare_machine() -> Iterator[tuple[Path, dict[str, str]]]:
    """A world-readable folder with a copy of ./run, and an environment that hides the packages."""
    root = Path(tempfile.mkdtemp(prefix="policykg-run-"))
    try:
        os.chmod(root, 0o755)
        shutil.copy(REPO / "run", root / "run")
        bin_dir = root / "bin"
        bin_dir.mkdir()
        for tool in TOOLS:
            found = shutil.which(tool)
            assert found, f"{tool} is needed to run this test"
            (bin_dir / tool).symlink_to(found)
        (bin_dir / "no-ldconfig").write_text("#!/usr/bin/env bash\nexit 0\n")
        (bin_dir / "no-ldconfig").chmod(0o755)
        fonts_conf = root / "fonts.conf"
        fonts_conf.write_text('<?xml version="1.0"?><fontconfig><cachedir>/nonexistent</cachedir></fontconfig>')
        for path in (root, bin_dir, fonts_conf, root / "run"):
            os.chmod(path, os.stat(path).st_mode | stat.S_IROTH | stat.S_IXOTH)
        env = {"PATH": str(bin_dir), "FONTCONFIG_FILE": str(fonts_conf), "PYTHON": SYSTEM_PYTHON,
               "HOME": str(root), "LANG": "C.UTF-8",
               "LDCONFIG": str(bin_dir / "no-ldconfig")}  # a linker cache that lists no Pango
        yield root, env
    finally:
        shutil.rmtree(root, ignore_errors=True)


def as_non_root() -> list[str]:
    """Command prefix that drops root (the check must not try apt-get then)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: cannot drop privileges")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_tests_stop_first_naming_every_missing_package(bare_machine):
    root, env = bare_machine
    done = subprocess.run([*as_non_root(), str(root / "run"), "tests"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    line = lines[0]
    for package in ("chromium", "chromium-driver", "fonts-wqy-microhei", "default-jre-headless", "libpango-1.0-0", "libpangoft2-1.0-0"):
        assert package in line.split(":", 1)[1].split(";")[0].split(), line
    assert line.split("install them with: ", 1)[1].startswith("sudo apt-get install -y --no-install-recommends ")
    assert done.stdout == ""
    assert not (root / ".venv").exists(), "nothing may be set up before the packages are there"


def test_demo_needs_only_a_chinese_font(bare_machine):
    root, env = bare_machine
    done = subprocess.run([*as_non_root(), str(root / "run"), "demo"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "missing system packages: fonts-wqy-microhei;" in done.stderr
    assert "chromium" not in done.stderr and "jre" not in done.stderr
    assert not (root / ".venv").exists()


def test_as_root_it_installs_with_apt_get_and_checks_again(bare_machine):
    """apt-get is the system's, not ours: a stand-in records the call; as the programs stay
    hidden afterwards, the script must notice they are still missing instead of carrying on."""
    if os.geteuid() != 0:
        pytest.skip("needs root")
    root, env = bare_machine
    calls = root / "apt-calls.txt"
    apt = root / "bin" / "apt-get"
    apt.write_text(f'#!/usr/bin/env bash\necho "$*" >> {calls}\n')
    apt.chmod(0o755)
    done = subprocess.run([str(root / "run"), "system"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    recorded = calls.read_text().splitlines()
    assert recorded[0] == "update -qq"
    assert recorded[1].startswith("install -y -qq --no-install-recommends ")
    assert set(recorded[1].split()[4:]) == {"default-jre-headless", "chromium", "chromium-driver", "fonts-wqy-microhei",
                                           "libpango-1.0-0", "libpangoft2-1.0-0"}
    assert "installing system packages:" in done.stderr
    assert "still missing after apt-get install" in done.stderr


def test_this_machine_has_what_the_tests_need():
    done = subprocess.run([str(REPO / "run"), "system"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
