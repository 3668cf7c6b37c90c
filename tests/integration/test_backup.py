"""Backups, integrity checks and restore: a damaged tarjetero is never silently replaced."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cardbox.cli.main import main
from cardbox.errors import StoreDamaged
from cardbox.model import Contact
from cardbox.paths import default_db_path
from cardbox.store import Store, backup


def make_store(path: Path, n: int = 30) -> None:
    with Store.open(path) as store:
        store.save_many(Contact(full_name=f"Persona Número {i}", org="Innovación Textil S.L.") for i in range(n))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def corrupt(path: Path) -> None:
    """Scribble over pages in the middle of the file, keeping the header valid."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):
        data[start + 100 : start + 900] = b"\x5a" * 800
    path.write_bytes(bytes(data))


def test_backup_verifies_lists_and_prunes(tmp_path: Path) -> None:
    db = tmp_path / "tarjetero.sqlite3"
    make_store(db)
    start = datetime(2026, 1, 1, 9, 0, 0)
    for i in range(12):
        backup.create_backup(db, "manual", now=start + timedelta(minutes=i))
    items = backup.list_backups(db)
    assert len(items) == backup.KEEP
    assert items[0].created == start + timedelta(minutes=11)
    with Store.open(items[0].path) as copy:
        assert copy.count() == 30


def test_daily_backup_once_a_day(tmp_path: Path) -> None:
    db = tmp_path / "tarjetero.sqlite3"
    make_store(db)
    day = datetime(2026, 3, 4, 8, 0)
    assert backup.maybe_daily_backup(db, now=day) is not None
    assert backup.maybe_daily_backup(db, now=day + timedelta(hours=23)) is None
    assert backup.maybe_daily_backup(db, now=day + timedelta(hours=25)) is not None


def test_backup_while_another_connection_writes(tmp_path: Path) -> None:
    db = tmp_path / "tarjetero.sqlite3"
    make_store(db)
    with Store.open(db) as writer:
        with writer.transaction():
            writer.save(Contact(full_name="En vuelo"))
            copy = backup.create_backup(db, "manual")
    with Store.open(copy) as old:
        assert old.count() == 30  # the uncommitted contact is not in the backup


def test_damaged_store_names_the_latest_good_backup_and_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "tarjetero.sqlite3"
    make_store(db, n=400)
    good = backup.create_backup(db, "manual")
    corrupt(db)
    damaged_bytes = db.read_bytes()
    assert backup.check_integrity(db) is not None
    with pytest.raises(StoreDamaged) as info:
        Store.open(db, check=True)
    assert info.value.data["backup"] == str(good)
    assert "cardbox restore" in info.value.message
    assert db.read_bytes() == damaged_bytes  # never replaced silently
    restored, aside = backup.restore_backup(db)
    assert restored == good and aside is not None and aside.read_bytes() == damaged_bytes
    with Store.open(db, check=True) as store:
        assert store.count() == 400


def test_cli_check_backup_and_restore(capsys: pytest.CaptureFixture[str]) -> None:
    db = default_db_path()
    make_store(db, n=400)
    assert main(["check"]) == 0
    assert main(["backup"]) == 0
    assert "backed up to" in capsys.readouterr().out
    assert main(["restore"]) == 2  # healthy: needs --yes
    corrupt(db)
    assert main(["check"]) == 4
    err = capsys.readouterr().err
    assert "damaged" in err and "cardbox restore" in err and "Traceback" not in err
    assert main(["restore"]) == 0
    assert main(["search", "persona", "--limit", "0", "--json"]) == 0
    assert capsys.readouterr().out.count('"uid"') == 400


def test_a_damaged_page_found_mid_command_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    db = default_db_path()
    make_store(db, n=400)
    data = bytearray(db.read_bytes())
    data[4096 * 2 :] = b"\x5a" * (len(data) - 4096 * 2)  # every page after the schema's
    db.write_bytes(bytes(data))
    code = main(["search", "persona", "--limit", "0"])
    err = capsys.readouterr().err
    assert code == 4 and "damaged" in err and "Traceback" not in err
