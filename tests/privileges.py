"""Can user nobody reach this checkout? Tests that drop root to nobody need the venv's interpreter and
the code to be reachable; a checkout under a private folder (``mktemp -d`` is mode 0700) is not."""
from __future__ import annotations

import stat
import sys
from pathlib import Path


def reachable_by_others(path: Path) -> bool:
    """True when every folder above ``path`` (as written, links not followed) lets others in (o+x)."""
    return all(folder.stat().st_mode & stat.S_IXOTH for folder in Path(path).absolute().parents)


def why_nobody_cannot_run_the_venv() -> str | None:
    """A reason to skip when user nobody could not start this venv's Python, else None."""
    if reachable_by_others(Path(sys.executable)) and reachable_by_others(Path(__file__)):
        return None
    return (f"user nobody cannot reach {Path(sys.executable).parent} (a folder above it is private, "
            "e.g. made by mktemp -d): run the tests from a checkout others can enter")
