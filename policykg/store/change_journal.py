"""Which graphs of an on-disk store changed since its answer tables were last brought up to date.

Why: the answer tables (``policykg.queries.answer_tables``) keep the rows of the biggest catalogue
questions beside the store, so a question over 10^5 policies is read in seconds instead of being
evaluated again. They are only as good as the knowledge of what changed. Every write through
``OxigraphStore`` therefore records the graphs it is about to touch *before* touching them: a crash
in between leaves a graph marked that did not change (refreshed for nothing), never a changed graph
unmarked. A write whose graphs are unknown (a SPARQL update, a bulk load, clearing the store) starts
a new epoch, which outdates every table.

The journal lives in the same SQLite file as the tables, in the store folder. Until that file exists
(no table was ever built) there is nothing to keep current, and marking costs nothing.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

ANSWERS_FILE = "policykg-answers.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS changes (graph TEXT PRIMARY KEY, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS changes_seq ON changes (seq);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO counters VALUES ('seq', 0), ('epoch', 0);
"""


class JournalError(RuntimeError):
    """The journal file cannot be written (the store write it guards is not attempted)."""


def answers_path(folder: Path) -> Path:
    """The SQLite file holding the journal and the answer tables of the store in ``folder``."""
    return Path(folder) / ANSWERS_FILE


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the answers file; read-only opens never create or change it."""
    if read_only:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    else:
        connection = sqlite3.connect(path, timeout=30)
        connection.execute("PRAGMA page_size = 65536")  # takes effect when the file is created: big answer rows
        connection.executescript(SCHEMA)
    connection.isolation_level = None  # explicit BEGIN/COMMIT: each change is one transaction
    return connection


def counter(connection: sqlite3.Connection, name: str) -> int:
    row = connection.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0


class ChangeJournal:
    """Marks graphs as changed in the answers file of one store folder (no-op while it is absent)."""

    def __init__(self, folder: Path) -> None:
        self.path = answers_path(folder)

    @property
    def active(self) -> bool:
        return self.path.exists()

    def mark(self, graphs: Iterable[str]) -> None:
        """Record ``graphs`` as changed, durably, before the caller writes them."""
        names = list(dict.fromkeys(graphs))
        if not names or not self.active:
            return
        self._record(names, new_epoch=False)

    def mark_everything(self) -> None:
        """Outdate every table: the coming write may touch any graph."""
        if self.active:
            self._record([], new_epoch=True)

    def _record(self, names: list[str], *, new_epoch: bool) -> None:
        try:
            connection = connect(self.path)
            try:
                connection.execute("BEGIN IMMEDIATE")
                seq = counter(connection, "seq") + 1
                connection.execute("UPDATE counters SET value = ? WHERE name = 'seq'", (seq,))
                if new_epoch:
                    connection.execute("UPDATE counters SET value = value + 1 WHERE name = 'epoch'")
                    connection.execute("DELETE FROM changes")
                connection.executemany("INSERT OR REPLACE INTO changes VALUES (?, ?)", ((name, seq) for name in names))
                connection.execute("COMMIT")
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise JournalError(
                f"cannot record the change in {self.path} ({error}); nothing was written to the store. "
                f"Free disk space or fix its permissions, or delete {self.path.name} (the answer tables "
                "are rebuilt by `policykg store tabulate`)"
            ) from error
