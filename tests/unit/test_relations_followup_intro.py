"""Introductions (no self, no cycles, deleting the introducer keeps the introduced), follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cardbox.errors import InvalidInput, NotFound
from cardbox.model import Contact, Event, Warmth
from cardbox.relations.followup import event_without_followup, followups, set_follow_up
from cardbox.relations.introductions import delete_contact, introducer_chain, introduction_tree, set_introduced_by
from cardbox.store import Store


def person(store: Store, name: str, warmth: Warmth = Warmth.COLD, **kw: object) -> int:
    c = Contact(full_name=name, **kw)  # type: ignore[arg-type]
    c.set_warmth(warmth, datetime(2026, 1, 1, tzinfo=UTC))
    return store.save(c)


def test_introductions_refuse_self_and_cycles(store: Store) -> None:
    a, b, c = person(store, "Ana"), person(store, "Bruno"), person(store, "Carmen")
    set_introduced_by(store, b, a)
    set_introduced_by(store, c, b)
    assert store.get(b).introduced_by == a and store.get(b).introduced_by_uid == store.get(a).uid
    with pytest.raises(InvalidInput):
        set_introduced_by(store, a, a)
    with pytest.raises(InvalidInput):
        set_introduced_by(store, a, b)  # A→B→A
    with pytest.raises(InvalidInput):
        set_introduced_by(store, a, c)  # A→B→C→A
    with pytest.raises(NotFound):
        set_introduced_by(store, a, 999)
    assert store.get(a).introduced_by is None
    assert introducer_chain(store, c) == [c, b, a]
    set_introduced_by(store, c, None)
    assert store.get(c).introduced_by is None and store.get(c).introduced_by_uid == ""


def test_introduction_tree_two_levels(store: Store) -> None:
    a = person(store, "Ana")
    b, c = person(store, "Bruno"), person(store, "Carmen")
    d, e = person(store, "Dani"), person(store, "Elena")
    f = person(store, "Fede")
    for child, parent in ((b, a), (c, a), (d, b), (e, b), (f, d)):
        set_introduced_by(store, child, parent)
    tree = introduction_tree(store, a)
    assert [n.contact_id for n in tree.introduced] == [b, c]
    assert [n.contact_id for n in tree.introduced[0].introduced] == [d, e]
    assert tree.introduced[0].introduced[0].introduced == []  # depth 2 stops before Fede
    assert tree.ids() == [b, d, e, c]
    assert f in introduction_tree(store, a, depth=3).ids()
    assert introduction_tree(store, a, depth=0).introduced == []


def test_tree_survives_a_cycle_in_old_data(store: Store) -> None:
    a, b = person(store, "Ana"), person(store, "Bruno")
    store.conn.execute("UPDATE contacts SET introduced_by = ? WHERE id = ?", (b, a))
    store.conn.execute("UPDATE contacts SET introduced_by = ? WHERE id = ?", (a, b))
    assert introduction_tree(store, a, depth=5).ids() == [b]
    assert introducer_chain(store, a) == [a, b]


def test_deleting_the_introducer_keeps_the_introduced(store: Store) -> None:
    # Store.delete relies on the foreign key (ON DELETE SET NULL). If this fails with
    # "UNIQUE constraint failed: sync_changes.contact_id", the sync change-feed triggers use
    # INSERT OR REPLACE, whose REPLACE SQLite ignores inside a foreign-key action; an UPSERT
    # (INSERT ... ON CONFLICT(contact_id) DO UPDATE SET seq = excluded.seq) works there.
    a, b, c = person(store, "Ana"), person(store, "Bruno"), person(store, "Carmen")
    set_introduced_by(store, b, a)
    set_introduced_by(store, c, b)
    store.delete(a)
    kept = store.get(b)
    assert kept.introduced_by is None and kept.full_name == "Bruno"
    assert store.get(c).introduced_by == b  # others' introductions stay
    assert store.introduced(b) == [c]


def test_delete_contact_clears_introducer_id_and_uid(store: Store) -> None:
    a, b, c = person(store, "Ana"), person(store, "Bruno"), person(store, "Carmen")
    set_introduced_by(store, b, a)
    set_introduced_by(store, c, b)
    delete_contact(store, a)
    kept = store.get(b)
    assert (kept.introduced_by, kept.introduced_by_uid, kept.full_name) == (None, "", "Bruno")
    assert store.get(c).introduced_by == b and store.get(c).introduced_by_uid == kept.uid
    assert not store.exists(a)
    with pytest.raises(NotFound):
        delete_contact(store, a)


def test_followups_overdue_today_and_this_week(store: Store) -> None:
    monday = date(2026, 11, 23)
    overdue = person(store, "Ana", follow_up=date(2026, 11, 20))
    today_hot = person(store, "Bea", Warmth.HOT, follow_up=monday)
    today_cold = person(store, "Carla", follow_up=monday)
    sunday = person(store, "Dora", follow_up=date(2026, 11, 29))
    next_week = person(store, "Eva", follow_up=date(2026, 11, 30))
    person(store, "Flor")
    f = followups(store, today=monday)
    assert [i.contact_id for i in f.overdue] == [overdue] and f.overdue[0].days_late == 3
    assert [i.contact_id for i in f.today] == [today_hot, today_cold]
    assert [i.contact_id for i in f.this_week] == [sunday]
    # On Sunday the week is over: "this week" is the coming one, up to next Sunday.
    s = followups(store, today=date(2026, 11, 29))
    assert [i.contact_id for i in s.today] == [sunday]
    assert [i.contact_id for i in s.this_week] == [next_week]
    assert [i.contact_id for i in s.overdue] == [overdue, today_hot, today_cold]
    assert s.week_end == date(2026, 12, 6)


def test_set_follow_up_and_clear(store: Store) -> None:
    cid = person(store, "Ana")
    set_follow_up(store, cid, date(2026, 12, 1))
    assert store.get(cid).follow_up == date(2026, 12, 1)
    assert followups(store, today=date(2026, 12, 1)).today[0].contact_id == cid
    set_follow_up(store, cid, None)
    assert followups(store, today=date(2026, 12, 1)).today == []


def test_event_without_followup(store: Store) -> None:
    feria = Event("Feria X", date(2026, 3, 2))
    warm = person(store, "Ana", Warmth.WARM, events=[feria])
    hot = person(store, "Bea", Warmth.HOT, events=[feria])
    person(store, "Carla", Warmth.HOT, events=[feria], follow_up=date(2026, 3, 10))
    person(store, "Dora", Warmth.COLD, events=[feria])
    person(store, "Eva", Warmth.HOT, events=[Event("Otra")])
    event_id = store.event("Feria X").id
    assert event_without_followup(store, event_id) == [warm, hot]
    set_follow_up(store, hot, date(2026, 3, 9))
    assert event_without_followup(store, event_id) == [warm]
    with pytest.raises(NotFound):
        event_without_followup(store, 999)
