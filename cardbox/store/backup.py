"""Rolling backups of the tarjetero, integrity checks and restore.

Backups are made with SQLite's online backup API (consistent even while another cardbox is
writing), verified with `quick_check`, and pruned to the newest N. A restore never deletes the
file it replaces: the current tarjetero is first moved aside as `*.replaced-<time>`.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cardbox.errors import NotFound, StoreDamaged, StoreError
from cardbox.store.db import BUSY_TIMEOUT_MS

KEEP = 10  # rolling backups kept (daily and manual); migration backups are kept apart
DAILY = timedelta(hours=24)
_NAME = re.compile(r"^tarjetero-(\d{8}-\d{6})-(daily|manual|pre-restore)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str  # daily | manual | pre-restore | migration
    size: int


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def check_integrity(db_path: Path, full: bool = False) -> str | None:
    """None when the file is a healthy SQLite database, else what SQLite says is wrong."""
    if not db_path.exists():
        return "the file does not exist"
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    problems = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(problems[:3]) if problems else None


def create_backup(db_path: Path, reason: str = "manual", now: datetime | None = None, keep: int = KEEP) -> Path:
    """Copy the live tarjetero into `backups/` and verify the copy. Returns the backup's path."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_dir(db_path) / f"tarjetero-{stamp}-{reason}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".partial")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backup failed: {exc}", path=str(db_path)) from exc
    finally:
        source.close()
    problem = check_integrity(tmp)
    if problem:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"the backup copy did not verify ({problem})", path=str(db_path))
    tmp.replace(target)
    prune(db_path, keep)
    return target


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of this tarjetero, newest first."""
    folder = backup_dir(db_path)
    found: list[BackupInfo] = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match:
            created, reason = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), match.group(2)
        elif path.name.startswith("before-migration-"):
            created, reason = datetime.fromtimestamp(path.stat().st_mtime), "migration"
        else:
            continue
        found.append(BackupInfo(path, created, reason, path.stat().st_size))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def prune(db_path: Path, keep: int = KEEP) -> None:
    """Keep the newest `keep` rolling backups (migration backups: the newest 3)."""
    backups = list_backups(db_path)
    rolling = [b for b in backups if b.reason != "migration"]
    migration = [b for b in backups if b.reason == "migration"]
    for old in rolling[keep:] + migration[3:]:
        old.path.unlink(missing_ok=True)


def maybe_daily_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """Make the daily backup when the newest one is more than a day old. Never raises."""
    now = now or datetime.now()
    if not db_path.exists():
        return None
    newest = next((b for b in list_backups(db_path) if b.reason in ("daily", "manual")), None)
    if newest and now - newest.created < DAILY:
        return None
    try:
        return create_backup(db_path, "daily", now)
    except (StoreError, OSError):
        return None  # a failed backup must never stop the user's work; the next start retries


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check."""
    return next((b for b in list_backups(db_path) if check_integrity(b.path) is None), None)


def damaged_error(db_path: Path, detail: str) -> StoreDamaged:
    """The StoreDamaged error for this tarjetero, naming its latest good backup if any."""
    good = latest_good_backup(db_path)
    return StoreDamaged(
        detail,
        path=str(db_path),
        backup=str(good.path) if good else "",
        backup_date=f"{good.created:%Y-%m-%d %H:%M}" if good else "",
    )


def restore_backup(db_path: Path, backup: Path | None = None) -> tuple[Path, Path | None]:
    """Put a backup (default: the latest good one) in place of the tarjetero.

    The current file, damaged or not, is moved aside first and never deleted. Returns
    (restored-from, moved-aside-to). No other cardbox may have the tarjetero open.
    """
    if backup is None:
        info = latest_good_backup(db_path)
        if info is None:
            raise NotFound(what="good backup", key="folder", value=str(backup_dir(db_path)))
        backup = info.path
    problem = check_integrity(backup)
    if problem:
        raise StoreError(f"the backup {backup.name} is damaged too ({problem})", path=str(db_path))
    aside = None
    if db_path.exists():
        aside = db_path.with_name(f"{db_path.name}.replaced-{datetime.now():%Y%m%d-%H%M%S}")
        db_path.replace(aside)
    for suffix in ("-wal", "-shm"):
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            sidecar.replace(aside.with_name(aside.name + suffix) if aside else sidecar.with_suffix(".old"))
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(backup, tmp)
    tmp.replace(db_path)
    return backup, aside
