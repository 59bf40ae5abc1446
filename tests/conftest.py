"""Fixtures shared by every test module: where the repository and ../shared are."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder (seeds, gold, reference); tests that need it fail loudly without it."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: clone policykg beside the shared/ folder")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "seeds"
