"""Warmth in one action with history; dated notes in the user's time zone; cooling flags."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from cardbox.errors import InvalidInput, NotFound
from cardbox.model import Contact, Event, Warmth
from cardbox.relations.notes import add_note, delete_note, edit_note
from cardbox.relations.warmth import COOLING_SETTING, cooling, set_warmth
from cardbox.store import Store

MADRID = ZoneInfo("Europe/Madrid")
T0 = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


def person(store: Store, name: str = "Lucía Martínez", **kw: object) -> int:
    return store.save(Contact(full_name=name, created_at=T0, **kw))  # type: ignore[arg-type]


def test_set_warmth_keeps_dated_history(store: Store) -> None:
    cid = person(store)
    assert set_warmth(store, cid, "caliente", at=datetime(2026, 2, 1, 10, tzinfo=UTC))
    assert not set_warmth(store, cid, Warmth.HOT, at=datetime(2026, 2, 2, tzinfo=UTC))
    assert set_warmth(store, cid, "de confianza", at=datetime(2026, 3, 1, tzinfo=UTC))
    c = store.get(cid)
    assert c.warmth == Warmth.TRUSTED
    assert [(w.warmth, w.at.date()) for w in c.warmth_history] == [
        (Warmth.HOT, date(2026, 2, 1)),
        (Warmth.TRUSTED, date(2026, 3, 1)),
    ]
    with pytest.raises(InvalidInput):
        set_warmth(store, cid, "tibio")
    with pytest.raises(NotFound):
        set_warmth(store, 999, "hot")


def test_contacted_note_at_2330_madrid_marks_the_madrid_day(store: Store) -> None:
    cid = person(store)
    note = add_note(
        store, cid, "café en la nave de la fábrica", contacted=True, at=datetime(2026, 3, 14, 23, 30), tz=MADRID
    )
    c = store.get(cid)
    assert c.last_contacted == date(2026, 3, 14)
    assert c.notes[0].at == datetime(2026, 3, 14, 22, 30, tzinfo=UTC) and c.notes[0].id == note.id
    # The same wall-clock moment for a user in UTC is still the 14th; at 00:30 Madrid it is the 15th.
    add_note(store, cid, "llamada", contacted=True, at=datetime(2026, 3, 15, 0, 30), tz=MADRID)
    assert store.get(cid).last_contacted == date(2026, 3, 15)
    assert store.get(cid).notes[1].at.date() == date(2026, 3, 14)  # in UTC it is still the 14th


def test_last_contacted_never_moves_back_and_plain_notes_do_not_count(store: Store) -> None:
    cid = person(store)
    add_note(store, cid, "reunión", contacted=True, at=datetime(2026, 3, 10, 12), tz=MADRID)
    add_note(store, cid, "me contó que el problema real es otro", at=datetime(2026, 3, 20, 12), tz=MADRID)
    add_note(store, cid, "correo antiguo", contacted=True, at=datetime(2026, 1, 2, 12), tz=MADRID)
    assert store.get(cid).last_contacted == date(2026, 3, 10)
    with pytest.raises(InvalidInput):
        add_note(store, cid, "   ")


def test_edit_and_delete_note_keep_last_contacted_consistent(store: Store) -> None:
    cid = person(store)
    first = add_note(store, cid, "visita", contacted=True, at=datetime(2026, 3, 1, 12), tz=MADRID)
    second = add_note(store, cid, "llamada", contacted=True, at=datetime(2026, 3, 5, 12), tz=MADRID)
    edited = edit_note(store, second.id, text="llamada larga", tz=MADRID)
    assert edited.text == "llamada larga" and store.get(cid).last_contacted == date(2026, 3, 5)
    edit_note(store, second.id, contacted=False, tz=MADRID)
    assert store.get(cid).last_contacted == date(2026, 3, 1)
    edit_note(store, first.id, at=datetime(2026, 3, 2, 23, 30), tz=MADRID)
    assert store.get(cid).last_contacted == date(2026, 3, 2)
    delete_note(store, first.id, tz=MADRID)
    c = store.get(cid)
    assert c.last_contacted is None and [n.text for n in c.notes] == ["llamada larga"]
    with pytest.raises(NotFound):
        delete_note(store, first.id)


def test_imported_last_contacted_survives_deleting_an_unrelated_note(store: Store) -> None:
    cid = person(store, last_contacted=date(2026, 4, 1))
    note = add_note(store, cid, "nota", contacted=True, at=datetime(2026, 2, 1, 12), tz=MADRID)
    delete_note(store, note.id, tz=MADRID)
    assert store.get(cid).last_contacted == date(2026, 4, 1)


def test_deleting_a_contact_keeps_other_contacts_notes(store: Store) -> None:
    a, b = person(store, "Ana"), person(store, "Bea")
    add_note(store, a, "nota de Ana")
    kept = add_note(store, b, "nota de Bea")
    store.delete(a)
    assert [n.id for n in store.get(b).notes] == [kept.id]
    assert store.conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 1


def _warm(store: Store, name: str, level: Warmth, changed: datetime, **kw: object) -> int:
    c = Contact(full_name=name, created_at=T0, **kw)  # type: ignore[arg-type]
    c.set_warmth(level, changed)
    return store.save(c)


def test_cooling_flags_but_never_downgrades(store: Store) -> None:
    today = date(2026, 9, 1)  # 6 months back: 2026-03-01
    old_hot = _warm(store, "Ana Caliente", Warmth.HOT, datetime(2026, 2, 1, tzinfo=UTC))
    old_cold = _warm(store, "Bea Fría", Warmth.COLD, datetime(2025, 1, 1, tzinfo=UTC))
    recent = _warm(store, "Carla", Warmth.TRUSTED, datetime(2026, 1, 1, tzinfo=UTC))
    add_note(store, recent, "comida", at=datetime(2026, 8, 1, 12), tz=MADRID)
    planned = _warm(store, "Diana", Warmth.WARM, datetime(2025, 6, 1, tzinfo=UTC), follow_up=today)
    boundary = _warm(store, "Eva", Warmth.WARM, datetime(2026, 3, 1, 12, tzinfo=UTC))
    met = _warm(store, "Flor", Warmth.WARM, datetime(2025, 6, 1, tzinfo=UTC), events=[Event("Feria", date(2026, 5, 1))])
    items = cooling(store, today=today, tz=MADRID)
    assert [i.contact_id for i in items] == [old_hot, boundary]
    assert items[0].last_touched == date(2026, 2, 1) and items[0].idle_days == 212
    assert items[0].reason_code == "untouched" and "since 2026-02-01" in items[0].reason
    assert store.get(old_hot).warmth == Warmth.HOT  # flagged, not downgraded
    assert cooling(store, today=date(2026, 8, 31), tz=MADRID)[0].contact_id == old_hot
    assert [i.contact_id for i in cooling(store, today=date(2026, 8, 31), tz=MADRID)] == [old_hot]
    assert {old_cold, recent, planned, met}.isdisjoint(i.contact_id for i in items)


def test_cooling_setting_and_off(store: Store) -> None:
    cid = _warm(store, "Ana", Warmth.HOT, datetime(2026, 1, 1, tzinfo=UTC))
    assert cooling(store, today=date(2026, 3, 15)) == []
    store.set_setting(COOLING_SETTING, 2)
    assert [i.contact_id for i in cooling(store, today=date(2026, 3, 15))] == [cid]
    store.set_setting(COOLING_SETTING, 0)
    assert cooling(store, today=date(2030, 1, 1)) == []


def test_a_late_note_touches_the_users_local_day(store: Store) -> None:
    cid = _warm(store, "Ana", Warmth.HOT, datetime(2025, 1, 1, tzinfo=UTC))
    add_note(store, cid, "cena", at=datetime(2026, 3, 1, 0, 30), tz=MADRID)  # 28 Feb 23:30 UTC
    # On 2026-08-31 the 6-month limit is 2026-02-28: touched on or before it means cooling.
    assert cooling(store, today=date(2026, 8, 31), tz=MADRID) == []  # 1 March in Madrid
    flagged = cooling(store, today=date(2026, 8, 31), tz=UTC)  # the same moment is 28 Feb in UTC
    assert [(i.contact_id, i.last_touched) for i in flagged] == [(cid, date(2026, 2, 28))]


def test_touched_ignores_future_moments_and_reads_any_offset(store: Store) -> None:
    cid = _warm(store, "Ana", Warmth.HOT, datetime(2025, 1, 1, tzinfo=UTC))
    add_note(store, cid, "pasado", at=datetime(2026, 1, 10, 12), tz=MADRID)
    add_note(store, cid, "mal tecleada, en el futuro", at=datetime(2027, 5, 1, 12), tz=MADRID)
    # A moment stored with another offset (as a vCard may bring it): 2026-02-01 03:00 in New York.
    store.conn.execute(
        "INSERT INTO notes(contact_id, at, text, contacted) VALUES (?, '2026-01-31T22:00:00-05:00', 'nueva york', 0)",
        (cid,),
    )
    items = cooling(store, today=date(2026, 9, 1), tz=MADRID)
    assert [(i.contact_id, i.last_touched) for i in items] == [(cid, date(2026, 2, 1))]  # 04:00 in Madrid
