"""Events: create, edit, rename, merge, delete, and the per-event view, on a real SQLite store."""

from __future__ import annotations

from datetime import date

import pytest

from cardbox.errors import InvalidInput, NotFound
from cardbox.model import Contact, Event, Warmth
from cardbox.relations import events as ev
from cardbox.relations.notes import add_note
from cardbox.store import Filters, Store


def person(store: Store, name: str, *events: str, warmth: Warmth = Warmth.COLD, follow_up: date | None = None) -> int:
    c = Contact(full_name=name, events=[Event(e) for e in events], follow_up=follow_up)
    c.set_warmth(warmth)
    return store.save(c)


def test_create_validates_name_and_dates(store: Store) -> None:
    feria = ev.create_event(
        store, "  Feria   Hábitat València 2026 ", date(2026, 9, 22), date(2026, 9, 25), "Feria Valencia"
    )
    assert (feria.name, feria.start, feria.end, feria.place) == (
        "Feria Hábitat València 2026",
        date(2026, 9, 22),
        date(2026, 9, 25),
        "Feria Valencia",
    )
    one_day = ev.create_event(store, "Cena", date(2026, 1, 5), date(2026, 1, 5))
    assert one_day.end is None  # a one-day event: end == start is stored as no end
    with pytest.raises(InvalidInput):
        ev.create_event(store, "feria habitat valencia 2026")  # same name, other accents/case
    with pytest.raises(InvalidInput):
        ev.create_event(store, "  ")
    with pytest.raises(InvalidInput):
        ev.create_event(store, "Al revés", date(2026, 2, 2), date(2026, 2, 1))
    with pytest.raises(InvalidInput):
        ev.create_event(store, "Sin inicio", None, date(2026, 2, 1))


def test_update_and_rename_reindex_contacts(store: Store) -> None:
    cid = person(store, "Lucía Pérez", "Feria X")
    event = store.event("Feria X")
    assert store.search("feria") == [cid]
    ev.rename_event(store, event.id, "Congreso Digital Madrid")
    assert store.search("feria") == [] and store.search("congreso") == [cid]
    assert store.search("", Filters(events=["congreso digital madrid"])) == [cid]
    ev.update_event(store, event.id, place="IFEMA", notes="stand 4B", start=date(2026, 5, 1), end=date(2026, 5, 3))
    updated = store.event(event.id)
    assert (updated.name, updated.place, updated.notes, updated.end) == (
        "Congreso Digital Madrid",
        "IFEMA",
        "stand 4B",
        date(2026, 5, 3),
    )
    assert store.search("ifema") == [cid]
    other = ev.create_event(store, "Otro")
    with pytest.raises(InvalidInput):
        ev.rename_event(store, other.id, "congreso digital MADRID")
    with pytest.raises(InvalidInput):
        ev.update_event(store, event.id, end=date(2026, 4, 1))
    ev.rename_event(store, event.id, "Congreso digital madrid")  # a case-only rename of itself is fine
    assert store.event(event.id).name == "Congreso digital madrid"


def test_merge_moves_contacts_without_duplicates(store: Store) -> None:
    keep = ev.create_event(store, "Feria X", date(2026, 3, 2), None, "")
    other = ev.create_event(store, "Feria X día 2", date(2026, 3, 3), date(2026, 3, 4), "Pabellón 2", "segunda jornada")
    both = person(store, "Ana Both", "Feria X", "Feria X día 2")
    only_other = person(store, "Bea Other", "Feria X día 2")
    only_keep = person(store, "Carla Keep", "Feria X")
    bystander = person(store, "Dora Nada", "Otro evento")
    merged = ev.merge_events(store, keep.id, other.id)
    assert (merged.start, merged.end, merged.place, merged.notes) == (
        date(2026, 3, 2),
        date(2026, 3, 4),
        "Pabellón 2",
        "segunda jornada",
    )
    assert ev.event_contacts(store, keep.id) == [both, only_other, only_keep]
    assert [e.name for e in store.get(both).events] == ["Feria X"]
    assert store.get(bystander).events[0].name == "Otro evento"
    with pytest.raises(NotFound):
        store.event(other.id)
    assert store.search("jornada") == []  # the other event's notes are not contact text
    assert store.search("", Filters(events=["Feria X día 2"])) == []
    with pytest.raises(InvalidInput):
        ev.merge_events(store, keep.id, keep.id)


def test_merge_moves_scans_into_the_kept_event(store: Store) -> None:
    keep, other = ev.create_event(store, "A"), ev.create_event(store, "B")
    store.conn.execute(
        "INSERT INTO scans(photo_sha256, photo_path, card_index, event_id, created_at) "
        "VALUES ('x', 'p.jpg', 0, ?, '2026-01-01')",
        (other.id,),
    )
    ev.merge_events(store, keep.id, other.id)
    assert store.conn.execute("SELECT event_id FROM scans").fetchone()[0] == keep.id


def test_delete_event_keeps_contacts_and_their_data(store: Store) -> None:
    a = person(store, "Ana", "Feria X", "Congreso Y", warmth=Warmth.HOT)
    b = person(store, "Bruno", "Feria X")
    note = add_note(store, b, "café en la nave de la fábrica", contacted=True)
    event = store.event("Feria X")
    assert ev.delete_event(store, event.id) == 2
    assert store.exists(a) and store.exists(b)
    assert [e.name for e in store.get(a).events] == ["Congreso Y"]
    assert store.get(b).events == [] and store.get(b).notes[0].id == note.id
    assert store.get(a).warmth == Warmth.HOT
    assert store.search("feria") == []
    with pytest.raises(NotFound):
        ev.delete_event(store, event.id)


def test_deleting_a_contact_keeps_the_event_and_the_others(store: Store) -> None:
    a = person(store, "Ana", "Feria X")
    b = person(store, "Bruno", "Feria X")
    store.delete(a)
    event = store.event("Feria X")
    assert ev.event_contacts(store, event.id) == [b]
    assert store.events() == [(event, 1)]


def test_contact_met_at_several_events_lists_all_with_dates(store: Store) -> None:
    ev.create_event(store, "Congreso", date(2026, 5, 6), date(2026, 5, 8))
    ev.create_event(store, "Feria", date(2026, 3, 1))
    cid = person(store, "Ana", "Congreso", "Feria")
    listed = ev.contact_events(store, cid)
    assert [(e.name, e.start, e.end) for e in listed] == [
        ("Feria", date(2026, 3, 1), None),
        ("Congreso", date(2026, 5, 6), date(2026, 5, 8)),
    ]


def test_link_and_unlink(store: Store) -> None:
    cid = person(store, "Ana")
    linked = ev.link_contact(store, cid, Event("Networking Cámara de Comercio Sevilla", date(2026, 2, 3)))
    ev.link_contact(store, cid, linked.id)  # idempotent
    assert ev.event_contacts(store, linked.id) == [cid]
    assert store.search("camara") == [cid]
    ev.unlink_contact(store, cid, linked.id)
    assert ev.event_contacts(store, linked.id) == [] and store.exists(cid)


def test_event_summary(store: Store) -> None:
    event = ev.create_event(store, "Feria X", date(2026, 3, 2))
    cold = person(store, "Ana Fría", "Feria X")
    warm = person(store, "Bea Templada", "Feria X", warmth=Warmth.WARM)
    hot_planned = person(store, "Carla Caliente", "Feria X", warmth=Warmth.HOT, follow_up=date(2026, 3, 9))
    hot = person(store, "Diana Caliente", "Feria X", warmth=Warmth.HOT)
    trusted = person(store, "Eva Confianza", "Feria X", warmth=Warmth.TRUSTED)
    person(store, "Fuera", "Otra")
    summary = ev.event_summary(store, event.id)
    assert [p.contact_id for p in summary.people] == [trusted, hot_planned, hot, warm, cold]
    assert summary.by_warmth == {Warmth.COLD: 1, Warmth.WARM: 1, Warmth.HOT: 2, Warmth.TRUSTED: 1}
    assert summary.needs_follow_up == [hot, warm]


def test_resolve_event_by_id_name_or_digits(store: Store) -> None:
    numeric = ev.create_event(store, "2026")
    feria = ev.create_event(store, "Feria Hábitat")
    assert ev.resolve_event(store, "feria habitat").id == feria.id
    assert ev.resolve_event(store, str(feria.id)).id == feria.id
    assert ev.resolve_event(store, "2026").id == numeric.id
    with pytest.raises(NotFound):
        ev.resolve_event(store, "nada")
    ev.create_event(store, "Feria Hábitat València 2026")
    assert ev.resolve_event(store, "valencia 2026").name == "Feria Hábitat València 2026"
    with pytest.raises(InvalidInput):
        ev.resolve_event(store, "FERIA")  # two fairs: say which
