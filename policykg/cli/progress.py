"""Progress of long commands on stderr: a bar per stage on a terminal, one line per stage elsewhere.

Commands pass ``StageProgress`` as an ``on_progress(stage, done, total)`` callback; it never
writes to stdout, so reports and tables piped from stdout stay clean.
"""
from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

__all__ = ["StageProgress"]


class StageProgress:
    """``with StageProgress() as progress: work(on_progress=progress)``; also ``progress.say(text)``."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.console = Console(stderr=True)
        self.quiet = quiet
        self._progress: Progress | None = None
        self._tasks: dict[str, int] = {}
        self._announced: set[str] = set()
        self._started = time.monotonic()

    def __enter__(self) -> StageProgress:
        if not self.quiet and self.console.is_terminal:
            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(), console=self.console, transient=True)
            self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        if self._progress is None:
            if stage not in self._announced:  # off a terminal: say each stage once, as it starts
                self._announced.add(stage)
                count = f" ({total})" if total > 1 else ""
                self.console.print(f"{stage}{count} ...", markup=False, highlight=False)
            return
        task = self._tasks.get(stage)
        if task is None:
            task = self._tasks[stage] = self._progress.add_task(stage, total=total)
        self._progress.update(task, completed=done, total=total)

    def say(self, text: str) -> None:
        """A one-off step without a count (e.g. "checking that the server accepts updates")."""
        if self.quiet:
            return
        if self._progress is None:
            self.console.print(f"{text} ...", markup=False, highlight=False)
        else:
            self(text, 0, 1)
