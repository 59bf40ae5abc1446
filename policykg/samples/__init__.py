"""Built-in fictional privacy policies with gold annotations (policy-facts/1).

They exist so that demos, the dev evaluation and tests have realistic input that ships with the
package and is not tuned to the research seeds. Every text was written for policykg; the companies,
addresses, emails (``example.*`` domains) and phone numbers are fictional. See README.md here.
"""
from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

__all__ = ["sample_dir", "sample_paths", "gold_path"]

# Suffixes of policy files; anything else in policies/ (e.g. a stray editor file) is ignored.
_SUFFIXES = frozenset({".txt", ".html", ".htm", ".md", ".pdf", ".docx"})


def _package_root() -> Path:
    """The samples package as a real folder (installed packages are plain folders; zip imports are not supported)."""
    with as_file(files(__name__)) as root:
        path = Path(root)
    if not path.is_dir():
        raise FileNotFoundError(
            f"{path}: policykg.samples is not a folder on disk; reinstall policykg from a wheel or checkout"
        )
    return path


def sample_dir() -> Path:
    """The folder holding the sample policy files.

    Example: ``policykg ingest $(python -c 'import policykg.samples as s; print(s.sample_dir())')``
    """
    folder = _package_root() / "policies"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is missing: the policykg package data was not installed")
    return folder


def sample_paths() -> list[Path]:
    """Every sample policy file, sorted by name (stable order for tests and demos)."""
    return sorted(p for p in sample_dir().iterdir() if p.is_file() and p.suffix.lower() in _SUFFIXES)


def gold_path() -> Path:
    """The policy-facts/1 gold annotations of the samples (one record per file in :func:`sample_paths`)."""
    path = _package_root() / "gold.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: the policykg package data was not installed")
    return path
