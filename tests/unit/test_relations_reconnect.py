"""Reconnect: who is worth calling again, ranked, with reason codes and a sentence."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cardbox.model import Contact, Job, Warmth
from cardbox.relations.notes import add_note
from cardbox.relations.reconnect import reconnect
from cardbox.store import Store

TODAY = date(2026, 11, 23)


def person(store: Store, name: str, warmth: Warmth, changed: date, **kw: object) -> int:
    c = Contact(full_name=name, created_at=datetime(2024, 1, 1, tzinfo=UTC), **kw)  # type: ignore[arg-type]
    c.set_warmth(warmth, datetime(changed.year, changed.month, changed.day, 12, tzinfo=UTC))
    return store.save(c)


def test_ranking_and_reasons(store: Store) -> None:
    client = person(store, "Ana Cliente", Warmth.TRUSTED, date(2025, 11, 1), tags=["cliente"])
    trusted = person(store, "Bea Confianza", Warmth.TRUSTED, date(2026, 5, 1))
    hot_recent = person(store, "Carla Reciente", Warmth.HOT, date(2026, 10, 1))
    cold = person(store, "Dora Fría", Warmth.COLD, date(2024, 1, 1))
    moved = person(
        store, "Eva Movida", Warmth.WARM, date(2026, 1, 1), jobs=[Job("Antigua S.L.", "Directora", date(2025, 12, 1))]
    )
    planned = person(store, "Flor Planificada", Warmth.HOT, date(2025, 1, 1), follow_up=date(2026, 12, 1))
    warm_plain = person(store, "Gema Templada", Warmth.WARM, date(2025, 1, 1))
    items = reconnect(store, today=TODAY)
    ids = [i.contact_id for i in items]
    assert ids[0] == client
    assert set(ids) == {client, trusted, moved}
    assert {hot_recent, cold, planned, warm_plain}.isdisjoint(ids)
    first = items[0]
    assert first.codes == ("client", "trusted") and first.last_touched == date(2025, 11, 1)
    assert first.idle_days == 387 and first.reason.startswith("Client; trusted contact; untouched for 12 months")
    assert [i.codes for i in items if i.contact_id == moved] == [("changed_jobs",)]
    assert all(a.score >= b.score for a, b in zip(items, items[1:], strict=False))


def test_a_recent_note_takes_a_contact_off_the_list(store: Store) -> None:
    cid = person(store, "Ana", Warmth.HOT, date(2025, 6, 1))
    assert [i.contact_id for i in reconnect(store, today=TODAY)] == [cid]
    add_note(store, cid, "me contó que el problema real es otro", at=datetime(2026, 11, 1, 10, tzinfo=UTC))
    assert reconnect(store, today=TODAY) == []


def test_connectors_and_limit(store: Store) -> None:
    hub = person(store, "Hub", Warmth.WARM, date(2025, 1, 1))
    for n in range(3):
        store.save(Contact(full_name=f"Intro {n}", introduced_by=hub))
    for n in range(5):
        person(store, f"Hot {n}", Warmth.HOT, date(2025, 1, 1))
    items = reconnect(store, today=TODAY, limit=3)
    assert len(items) == 3
    hub_item = next(i for i in reconnect(store, today=TODAY, limit=0) if i.contact_id == hub)
    assert hub_item.codes == ("connector",) and hub_item.reason.startswith("Introduced you to 3 people;")
