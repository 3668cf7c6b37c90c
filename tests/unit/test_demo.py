"""The demo tarjetero builds from resources/demo and shows what it promises, whatever the day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
import pytest

from cardbox.demo import DEMO_SETTING, create_demo, demo_data_path
from cardbox.errors import InvalidInput
from cardbox.model import Warmth
from cardbox.relations.events import event_summary
from cardbox.relations.followup import followups
from cardbox.relations.reconnect import reconnect
from cardbox.relations.warmth import cooling
from cardbox.store import Filters

MADRID = ZoneInfo("Europe/Madrid")


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2026, 11, 28), date(2026, 11, 29), date(2027, 3, 1)])
def test_demo_is_alive_on_any_day(tmp_path: Path, today: date) -> None:
    store = create_demo(tmp_path / "demo", today=today, tz=MADRID)
    try:
        f = followups(store, today=today, tz=MADRID)
        assert f.overdue and f.today and f.this_week
        assert len(reconnect(store, today=today, tz=MADRID)) >= 4
        assert len(cooling(store, today=today, tz=MADRID)) >= 3
        names = [e.name for e, _ in store.events()]
        assert f"Feria Hábitat València {(today - timedelta(days=68)).year}" in names  # the year the fair began
        assert store.setting(DEMO_SETTING) == today.isoformat()
    finally:
        store.close()


def test_demo_content(tmp_path: Path) -> None:
    today = date(2026, 11, 23)
    store = create_demo(tmp_path, today=today, tz=MADRID)
    try:
        contacts = store.get_many(store.all_ids())
        assert 15 <= len(contacts) <= 25
        assert {c.warmth for c in contacts} == set(Warmth)
        assert all(c.warmth_history and c.warmth_history[-1].warmth == c.warmth for c in contacts)
        assert sum(len(c.warmth_history) > 1 for c in contacts) >= 5
        assert sum(len(c.notes) for c in contacts) >= 15
        assert sum(1 for c in contacts if c.introduced_by) >= 4
        assert any(set(c.tags) & {"cliente"} for c in contacts) and any(c.jobs for c in contacts)
        assert any(any(ch in c.full_name for ch in "áéíóúñ") and len(c.family_names.split()) == 2 for c in contacts)
        assert sum(c.org.endswith(("S.L.", "S.A.")) for c in contacts) >= 12
        assert sum(c.addresses[0].country == "GB" for c in contacts if c.addresses) >= 2
        for c in contacts:
            assert all(e.address.endswith(".example") for e in c.emails)
            for p in c.phones:
                assert phonenumbers.is_valid_number(phonenumbers.parse(p.e164, None)), p.e164
        events = store.events()
        assert len(events) == 3 and all(n >= 4 for _, n in events)
        feria = store.event(f"Feria Hábitat València {today.year}")
        assert (feria.end - feria.start).days == 3
        assert event_summary(store, feria.id).needs_follow_up
        assert store.search("", Filters(warmth=[Warmth.HOT], events=[feria.name]))
        assert store.search("logistica")  # the notes are searchable
        carded = [c for c in contacts if c.cards]
        assert len(carded) >= 4 and all(store.images.exists(c.cards[0].sha256, ".png") for c in carded)
        late = next(c for c in contacts if c.given_names == "María José")
        assert any(n.at.astimezone(MADRID).strftime("%H:%M") == "23:30" for n in late.notes)
        assert late.last_contacted == date(2026, 10, 4)  # the Madrid day of a 23:30 note
    finally:
        store.close()


def test_demo_never_overwrites_a_tarjetero(tmp_path: Path) -> None:
    create_demo(tmp_path, today=date(2026, 1, 5)).close()
    with pytest.raises(InvalidInput):
        create_demo(tmp_path)
    with pytest.raises(InvalidInput):
        create_demo(tmp_path / "tarjetero.sqlite3")


def test_demo_resources_are_small() -> None:
    folder = demo_data_path().parent
    assert sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) < 2 * 1024 * 1024
