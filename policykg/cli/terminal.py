"""Consoles for command output: the terminal's width on a terminal, whole rows everywhere else.

rich wraps at 80 columns when it cannot ask a terminal, which cuts table rows and quotes in two
in a file or a pipe. Output that is not read on a terminal gets a width no row reaches, so each
row stays one line; only section rules keep a fixed width there.
"""
from __future__ import annotations

import sys

from rich.console import Console

__all__ = ["FULL_WIDTH", "RULE_WIDTH", "output_console", "section"]

FULL_WIDTH = 100_000  # columns: wider than any row, so nothing wraps
RULE_WIDTH = 80


def output_console(*, stderr: bool = False) -> Console:
    """A Console on stdout (or stderr) that only wraps on a terminal."""
    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(stderr=stderr)
    return Console(stderr=stderr, width=FULL_WIDTH)


def section(console: Console, title: str) -> None:
    """A section heading: rich's rule on a terminal, an 80-column one elsewhere."""
    if console.is_terminal:
        console.rule(title)
        return
    text = f" {title} "
    side = max(3, (RULE_WIDTH - len(text)) // 2)
    console.print("\u2500" * side + text + "\u2500" * side, markup=False, highlight=False)
