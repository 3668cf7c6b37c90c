"""The relationship travels in vCards: the demo, exported and imported into a new tarjetero,
gives the same follow-ups, reconnect list, cooling flags and per-event views."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cardbox.demo import create_demo
from cardbox.importer import import_files
from cardbox.model import Contact
from cardbox.relations.events import event_contacts, event_summary
from cardbox.relations.followup import followups
from cardbox.relations.introductions import introduction_tree
from cardbox.relations.reconnect import reconnect
from cardbox.relations.warmth import cooling
from cardbox.store import Store
from cardbox.vcard import write_vcards

MADRID = ZoneInfo("Europe/Madrid")
TODAY = date(2026, 11, 23)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    demo = create_demo(tmp_path / "demo", today=TODAY, tz=MADRID)
    vcf = tmp_path / "demo.vcf"
    vcf.write_text(write_vcards(demo.get_many(demo.all_ids()), "4.0"), encoding="utf-8")
    copy = Store.open(tmp_path / "copy" / "tarjetero.sqlite3")
    failed = [p.error for p in import_files(copy, [vcf]) if p.error]
    assert failed == []
    yield demo, copy
    demo.close()
    copy.close()


def relationship(store: Store, c: Contact) -> dict[str, object]:
    introducer = store.get(c.introduced_by).uid if c.introduced_by else None
    return {
        "warmth": c.warmth,
        "history": [(w.warmth, w.at) for w in c.warmth_history],
        "notes": [(n.text, n.at, n.contacted) for n in c.notes],
        "events": [(e.name, e.start, e.end, e.place) for e in c.events],
        "follow_up": c.follow_up,
        "last_contacted": c.last_contacted,
        "introducer": introducer,
        "tags": sorted(c.tags),
        "jobs": [(j.org, j.title, j.until) for j in c.jobs],
    }


def test_every_relationship_field_survives(pair: tuple[Store, Store]) -> None:
    demo, copy = pair
    assert copy.count() == demo.count() == 20
    for original in demo.get_many(demo.all_ids()):
        imported = copy.get_by_uid(original.uid)
        assert imported is not None
        assert relationship(copy, imported) == relationship(demo, original), original.display_name


def test_the_views_agree_after_the_trip(pair: tuple[Store, Store]) -> None:
    demo, copy = pair

    def uids(store: Store, ids: list[int]) -> list[str]:
        return [store.get(i).uid for i in ids]

    a, b = followups(demo, TODAY, MADRID), followups(copy, TODAY, MADRID)
    for group in ("overdue", "today", "this_week"):
        left = uids(demo, [i.contact_id for i in getattr(a, group)])
        assert left == uids(copy, [i.contact_id for i in getattr(b, group)])
    assert uids(demo, [i.contact_id for i in reconnect(demo, TODAY, tz=MADRID)]) == uids(
        copy, [i.contact_id for i in reconnect(copy, TODAY, tz=MADRID)]
    )
    assert [i.reason for i in cooling(demo, TODAY, MADRID)] == [i.reason for i in cooling(copy, TODAY, MADRID)]
    for event, count in demo.events():
        twin = copy.event(event.name)
        assert len(event_contacts(copy, twin.id or 0)) == count
        assert (twin.start, twin.end, twin.place) == (event.start, event.end, event.place)
        assert uids(demo, event_summary(demo, event.id or 0).needs_follow_up) == uids(
            copy, event_summary(copy, twin.id or 0).needs_follow_up
        )
    antonio = next(c for c in demo.get_many(demo.all_ids()) if c.given_names == "Antonio")
    twin_antonio = copy.get_by_uid(antonio.uid)
    assert twin_antonio is not None
    assert uids(demo, introduction_tree(demo, antonio.id or 0).ids()) == uids(
        copy, introduction_tree(copy, twin_antonio.id or 0).ids()
    )
