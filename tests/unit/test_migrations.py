"""Schema versions: every released fixture database opens with today's code, nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from cardbox.errors import StoreTooNew
from cardbox.model import Warmth
from cardbox.store import Store
from cardbox.store.schema import MIGRATIONS, SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "db"


def fixture_copy(tmp_path: Path, version: int) -> Path:
    target = tmp_path / "old" / "tarjetero.sqlite3"
    target.parent.mkdir(parents=True)
    shutil.copy(FIXTURES / f"v{version}.sqlite3", target)
    return target


@pytest.mark.parametrize("version", sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.sqlite3")))
def test_fixture_database_migrates_without_loss(tmp_path: Path, version: int) -> None:
    path = fixture_copy(tmp_path, version)
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        ana = store.get_by_uid("urn:uuid:00000000-0000-4000-8000-000000000001")
        assert ana is not None
        assert ana.family_names == "Fernández Gómez"
        assert ana.warmth is Warmth.HOT and len(ana.warmth_history) == 1
        assert [n.text for n in ana.notes] == ["Café en la nave de la fábrica"]
        assert ana.events[0].start == date(2025, 9, 16)
        assert ana.jobs[0].org == "Tejidos Levante S.A."
        bob = store.get_by_uid("urn:uuid:00000000-0000-4000-8000-000000000002")
        assert bob is not None and bob.introduced_by == ana.id
        assert store.search("fernandez gomez") == [ana.id]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if version < SCHEMA_VERSION:
        backups = list((path.parent / "backups").glob(f"before-migration-v{version}-*.sqlite3"))
        assert len(backups) == 1, "an old tarjetero is backed up before it is migrated"


def test_each_migration_step_applies_on_the_previous_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "steps.sqlite3")
    from cardbox.store.db import _statements

    for version, script in enumerate(MIGRATIONS):
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_newer_tarjetero_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreTooNew, match="newer cardbox"):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
