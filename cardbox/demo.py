"""The demo tarjetero: fictional people met at fictional events, alive relative to today.

`create_demo(path)` reads `resources/demo/demo.json` and writes a new tarjetero in which every
date (events, warmth changes, notes, follow-ups) is relative to the day it is created, so the
follow-up list, the cooling flags and the reconnect list always have something to show.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from cardbox import paths
from cardbox.errors import InvalidInput
from cardbox.model import Address, CardImage, Contact, Email, Event, Job, Note, Phone, Url, Warmth, WarmthChange
from cardbox.phones import guess_type, normalize
from cardbox.relations.dates import local_day, local_tz, to_utc, week_end
from cardbox.relations.dates import today as local_today
from cardbox.relations.events import create_event
from cardbox.store import Store

DB_SUFFIXES = (".sqlite3", ".sqlite", ".db")
DEMO_SETTING = "demo.created"


def demo_data_path() -> Path:
    """The JSON description of the demo contacts and events."""
    return paths.resources_dir() / "demo" / "demo.json"


def demo_db_path(path: Path) -> Path:
    """A database file as given, or the standard file name inside a folder."""
    path = Path(path).expanduser()
    return path if path.suffix in DB_SUFFIXES else path / paths.DB_FILENAME


def create_demo(path: Path, today: date | None = None, tz: tzinfo | None = None) -> Store:
    """Build the demo tarjetero at `path` (a folder or a .sqlite3 file) and return it open.

    Refuses (InvalidInput) when a tarjetero with contacts already lives there: a demo never
    overwrites anyone's cards.
    """
    db = demo_db_path(path)
    day, zone = local_today(today, tz), local_tz(tz)
    store = Store.open(db)
    try:
        if store.count() or store.events():
            raise InvalidInput(f"{db} already holds a tarjetero; choose an empty folder for the demo")
        data = json.loads(demo_data_path().read_text(encoding="utf-8"))
        with store.transaction():
            events = {e["key"]: _event(store, e, day) for e in data["events"]}
            _contacts(store, data["contacts"], events, day, zone)
            store.set_setting(DEMO_SETTING, day.isoformat())
    except BaseException:
        store.close()
        raise
    return store


def _event(store: Store, spec: dict[str, Any], day: date) -> Event:
    start = day - timedelta(days=spec["days_ago"])
    end = start + timedelta(days=spec["days"] - 1)
    name = spec["name"].format(year=start.year)
    return create_event(store, name, start, end, spec.get("place", ""), spec.get("notes", ""))


def _contacts(store: Store, specs: list[dict[str, Any]], events: dict[str, Event], day: date, tz: tzinfo) -> None:
    built = {s["key"]: _contact(s, events, day, tz) for s in specs}
    cards = demo_data_path().parent / "cards"
    for key, contact in built.items():
        image = cards / f"{key}.png"
        if image.is_file():  # rendered by resources/demo/render_cards.py
            contact.cards = [CardImage(store.images.put(image.read_bytes(), ".png"), "front", None, ".png")]
        store.save(contact)
    for spec in specs:  # introductions need the introducer's id: a second pass
        if spec.get("introduced_by"):
            contact, introducer = built[spec["key"]], built[spec["introduced_by"]]
            contact.introduced_by, contact.introduced_by_uid = introducer.id, introducer.uid
            store.save(contact)


def _moment(day: date, days_ago: int, clock: str, tz: tzinfo) -> datetime:
    """A local wall-clock time `days_ago` days before `day`, in UTC."""
    local = datetime.combine(day - timedelta(days=days_ago), time.fromisoformat(clock))
    return to_utc(local, tz)


def _contact(spec: dict[str, Any], events: dict[str, Event], day: date, tz: tzinfo) -> Contact:
    oldest = max(
        [w[1] for w in spec["warmth"]] + [n[0] for n in spec.get("notes", [])] + [spec.get("created_days_ago", 0)]
    )
    c = Contact(
        given_names=spec["given"],
        family_names=spec["family"],
        full_name=f"{spec['given']} {spec['family']}",
        org=spec.get("org", ""),
        title=spec.get("title", ""),
        emails=[Email(a, "work") for a in spec.get("emails", [])],
        phones=[Phone(normalize(p), guess_type(normalize(p))) for p in spec.get("phones", [])],
        urls=[Url(spec["url"])] if spec.get("url") else [],
        tags=list(spec.get("tags", [])),
        events=[events[k] for k in spec.get("events", [])],
        jobs=[Job(org, title, day - timedelta(days=ago)) for org, title, ago in spec.get("jobs", [])],
        created_at=_moment(day, oldest, "09:00", tz),
    )
    if spec.get("address"):
        street, postal, city, region, *country = spec["address"]
        c.addresses = [Address(street, postal, city, region, country[0] if country else "ES")]
    # Minutes apart, so that two changes on the same day keep their order.
    c.warmth_history = [
        WarmthChange(Warmth.parse(level), _moment(day, ago, f"19:{i:02d}", tz))
        for i, (level, ago) in enumerate(spec["warmth"])
    ]
    c.warmth = c.warmth_history[-1].warmth
    c.notes = [
        Note(text, _moment(day, ago, clock, tz), contacted) for ago, clock, text, contacted in spec.get("notes", [])
    ]
    contacted = [local_day(n.at, tz) for n in c.notes if n.contacted]
    c.last_contacted = max(contacted) if contacted else None
    c.follow_up = _follow_up(spec.get("follow_up"), day)
    return c


def _follow_up(value: int | str | None, day: date) -> date | None:
    if value is None:
        return None
    if value == "this_week":
        return week_end(day)
    return day + timedelta(days=int(value))
