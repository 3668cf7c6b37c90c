"""Opening the SQLite file: WAL, foreign keys, busy timeout, migrations, transactions."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from cardbox.errors import StoreError, StoreLocked, StoreTooNew
from cardbox.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the SQLite file with cardbox's pragmas set."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, path) from exc
    if str(mode).lower() != "wal" and str(path) != ":memory:":
        raise StoreError("the file system does not support SQLite's WAL mode", path=str(path))
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path, backup_dir: Path | None = None) -> int:
    """Bring the schema up to date, one transaction per step. Returns the version reached.

    An existing tarjetero is copied to `backup_dir` (SQLite online backup) before any step.
    """
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreTooNew(path=str(path), found=found, known=SCHEMA_VERSION)
    if found < SCHEMA_VERSION and found > 0 and backup_dir is not None:
        backup_to(conn, backup_dir / f"before-migration-v{found}-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    for version in range(found, SCHEMA_VERSION):
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            conn.execute("ROLLBACK")
            raise _translate(exc, path) from exc
    return SCHEMA_VERSION


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the live database to `target` with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def _translate(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreLocked(path=str(path))
    if "not a database" in text or "malformed" in text:
        return StoreError("the file is damaged or not a cardbox tarjetero", path=str(path))
    return StoreError(text, path=str(path))


class Database:
    """One connection and one writer. `transaction()` makes every write all-or-nothing."""

    def __init__(self, path: Path, backup_dir: Path | None = None) -> None:
        self.path = path
        self.conn = connect(path)
        self._lock = threading.RLock()
        self._depth = 0
        migrate(self.conn, path, backup_dir)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error; nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _translate(exc, self.path) from exc
            self._depth = 1
            try:
                yield self.conn
            except BaseException:
                self._depth = 0
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                self.conn.execute("ROLLBACK")
                raise _translate(exc, self.path) from exc

    def close(self) -> None:
        with self._lock:
            self.conn.close()
