"""The SQLite store: round trips, transactions, cascades, WAL and locking."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cardbox.errors import NotFound, StoreError, StoreLocked
from cardbox.model import (
    Address,
    CardImage,
    Contact,
    Email,
    Event,
    Job,
    Phone,
    PhoneType,
    Provenance,
    Social,
    SourceKind,
    Url,
    Warmth,
)
from cardbox.serialize import contact_to_dict
from cardbox.store import Store


def full_contact() -> Contact:
    scan = Provenance(SourceKind.SCAN, "scan:3", 0.83)
    c = Contact(
        full_name="María José Fernández Gómez",
        given_names="María José",
        family_names="Fernández Gómez",
        prefix="Dra.",
        org="Innovación Textil S.L.",
        department="Ventas",
        title="Directora Comercial",
        emails=[Email("MJ.Fernandez@innotextil.es", "work", scan), Email("mjfg@gmail.com", "home")],
        phones=[Phone("+34612345678", PhoneType.CELL, scan), Phone("+34961234567", PhoneType.WORK)],
        urls=[Url("https://innotextil.es")],
        addresses=[Address("Calle de la Paz 12, 3º", "46003", "València", "Valencia", "ES")],
        socials=[Social("linkedin", "https://linkedin.com/in/mjfg")],
        tags=["cliente", "textil"],
        events=[Event("Feria Hábitat 2026", date(2026, 9, 15), date(2026, 9, 18), "Feria Valencia")],
        follow_up=date(2026, 12, 1),
        jobs=[Job("Tejidos Levante S.A.", "Jefa de Ventas", date(2025, 6, 30))],
        cards=[CardImage("a" * 64, "front", None, ".jpg"), CardImage("b" * 64, "back", None, ".png")],
        birthday=date(1980, 2, 29),
        extra_vcard=["X-PHONETIC-FIRST-NAME:Maria", "item1.X-ABLabel:_$!<Other>!$_"],
    )
    c.set_field("org", "Innovación Textil S.L.", scan)
    c.set_warmth(Warmth.HOT, at=datetime(2026, 9, 16, 11, 0, tzinfo=UTC))
    c.add_note("Café en la nave de la fábrica", contacted=True, at=datetime(2026, 9, 16, 12, 0, tzinfo=UTC))
    c.add_note("Me contó que el problema real es otro", at=datetime(2026, 9, 20, 8, 0, tzinfo=UTC))
    return c


def comparable(c: Contact) -> dict:
    d = contact_to_dict(c)
    for key in ("updated_at",):
        d.pop(key)
    for e in d["events"]:
        e.pop("id")
    return d


def test_full_contact_round_trips(store: Store) -> None:
    c = full_contact()
    cid = store.save(c)
    loaded = store.get(cid)
    assert comparable(loaded) == comparable(c)
    assert loaded.source_of("org").kind is SourceKind.SCAN
    assert loaded.emails[0].source.confidence == pytest.approx(0.83)
    assert loaded.last_contacted == datetime(2026, 9, 16, 12, 0, tzinfo=UTC).astimezone().date()


def test_update_replaces_lists_and_keeps_note_ids(store: Store) -> None:
    cid = store.save(full_contact())
    c = store.get(cid)
    first_note_id = c.notes[0].id
    c.emails = c.emails[:1]
    c.tags = ["nuevo"]
    c.notes[1].text = "Corregido"
    store.save(c)
    again = store.get(cid)
    assert [e.address for e in again.emails] == ["MJ.Fernandez@innotextil.es"]
    assert again.tags == ["nuevo"]
    assert [n.text for n in again.notes] == ["Café en la nave de la fábrica", "Corregido"]
    assert again.notes[0].id == first_note_id


def test_a_failed_write_leaves_nothing_half_done(store: Store) -> None:
    cid = store.save(full_contact())
    c = store.get(cid)
    c.full_name = "Changed"
    c.emails.append(Email("x@y.es"))
    c.phones.append(Phone("+34600000000", PhoneType.CELL))
    # Fail in the middle of the write (after contacts, emails, phones): a NOT NULL url is None.
    c.urls.append(Url(None))  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.save(c)
    after = store.get(cid)
    assert after.full_name == "María José Fernández Gómez"
    assert len(after.emails) == 2 and len(after.cards) == 2
    assert store.search("changed") == []


def test_event_names_are_unique_ignoring_case_and_accents(store: Store) -> None:
    a = Contact(full_name="Ana", events=[Event("Feria Hábitat 2026")])
    b = Contact(full_name="Bea", events=[Event("feria  habitat 2026", place="Valencia")])
    store.save_many([a, b])
    events = store.events()
    assert len(events) == 1
    event, n = events[0]
    assert n == 2 and event.name == "Feria Hábitat 2026" and event.place == "Valencia"


def test_deleting_a_contact_keeps_others_and_clears_introductions(store: Store) -> None:
    ana = full_contact()
    store.save(ana)
    luis = Contact(full_name="Luis Pérez", introduced_by=ana.id, events=[Event("Feria Hábitat 2026")])
    luis.add_note("Presentado por MJ")
    store.save(luis)
    store.delete(ana.id)
    assert not store.exists(ana.id)
    kept = store.get(luis.id)
    assert kept.introduced_by is None
    assert [n.text for n in kept.notes] == ["Presentado por MJ"]
    assert [e.name for e in kept.events] == ["Feria Hábitat 2026"]
    with pytest.raises(NotFound):
        store.delete(ana.id)


def test_not_found_has_a_clear_message(store: Store) -> None:
    with pytest.raises(NotFound, match="No contact with id 42"):
        store.get(42)


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_second_writer_gets_a_clear_locked_error(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    first = Store.open(path)
    second = Store.open(path)
    second.conn.execute("PRAGMA busy_timeout = 50")
    with first.transaction():
        first.conn.execute("INSERT INTO settings(key, value) VALUES ('a', '1')")
        with pytest.raises(StoreLocked, match="busy"):
            second.save(Contact(full_name="Blocked"))
    second.save(Contact(full_name="Later"))  # works once the first writer is done
    assert second.count() == 1
    first.close()
    second.close()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "tarjetero.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="damaged or not a cardbox tarjetero"):
        Store.open(bad)
    assert bad.read_bytes().startswith(b"this is not sqlite")  # never overwritten


def test_settings_and_stats(store: Store) -> None:
    store.set_setting("dedup.auto_threshold", 0.9)
    assert store.setting("dedup.auto_threshold") == 0.9
    assert store.setting("missing", "x") == "x"
    store.save(full_contact())
    stats = store.stats()
    assert stats["contacts"] == 1 and stats["events"] == 1 and stats["notes"] == 2
    assert stats["by_warmth"] == {3: 1}


def test_images_are_content_addressed_and_atomic(store: Store) -> None:
    sha = store.images.put(b"\xff\xd8fake jpeg", ".jpg")
    assert store.images.path(sha, ".jpg").read_bytes() == b"\xff\xd8fake jpeg"
    assert store.images.put(b"\xff\xd8fake jpeg", ".jpg") == sha
    with pytest.raises(ValueError):
        store.images.path("../../etc/passwd", ".jpg")
    with pytest.raises(ValueError):
        store.images.path(sha, ".sh")
    assert not list(store.images.root.rglob(".tmp-*"))
