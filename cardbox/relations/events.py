"""Events where you met people: create, edit, rename, merge, delete, and the per-event view.

An event is shared by every contact met there (table `contact_events`). Deleting or merging
an event only ever touches links: no contact, note or introduction goes with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cardbox.errors import InvalidInput, NotFound
from cardbox.model import Event, Warmth, utcnow
from cardbox.store import Store
from cardbox.store.rows import event_key

_KEEP = object()  # "leave this field as it is" in update_event


def resolve_event(store: Store, key: int | str) -> Event:
    """An event by id, digits (CLI), name, or words of its name ("feria habitat") when unique.

    Names compare accent- and case-insensitively. Words matching several events raise
    InvalidInput listing them; nothing matching raises NotFound.
    """
    if isinstance(key, int):
        return store.event(key)
    try:
        return store.event(key)
    except NotFound:
        if key.strip().isdigit():  # an event may well be called "2026": names first
            return store.event(int(key))
        found = _by_words(store, key)
        if len(found) == 1:
            return store.event(found[0][0])
        if found:
            names = ", ".join(f"#{i} {name}" for i, name in found)
            raise InvalidInput(f"{key!r} matches several events: {names}") from None
        raise


def _by_words(store: Store, text: str) -> list[tuple[int, str]]:
    wanted = event_key(text).split()
    rows = store.conn.execute("SELECT id, name, name_norm FROM events ORDER BY id").fetchall()
    return [(r["id"], r["name"]) for r in rows if wanted and all(w in r["name_norm"].split() for w in wanted)]


def _check_dates(start: date | None, end: date | None) -> date | None:
    """Validated end: a one-day event has end None or end == start (stored as None)."""
    if start and end and end < start:
        raise InvalidInput(f"the event ends ({end}) before it starts ({start})")
    if end and not start:
        raise InvalidInput("an event with an end date needs a start date")
    return None if end == start else end


def _check_name(store: Store, name: str, event_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name or not event_key(name):
        raise InvalidInput("an event needs a name")
    row = store.conn.execute("SELECT id, name FROM events WHERE name_norm = ?", (event_key(name),)).fetchone()
    if row and row["id"] != event_id:
        raise InvalidInput(f"there is already an event called {row['name']!r} (#{row['id']}); merge them instead")
    return name


def create_event(
    store: Store, name: str, start: date | None = None, end: date | None = None, place: str = "", notes: str = ""
) -> Event:
    """A new event; InvalidInput when the name is empty or already used, or the dates are reversed."""
    name = _check_name(store, name)
    end = _check_dates(start, end)
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO events(name, name_norm, start, end, place, notes, created_at) VALUES (?,?,?,?,?,?,?)",
            (name, event_key(name), _iso(start), _iso(end), place.strip(), notes, utcnow().isoformat()),
        )
    return store.event(int(cur.lastrowid or 0))


def update_event(
    store: Store,
    event_id: int,
    *,
    name: object = _KEEP,
    start: object = _KEEP,
    end: object = _KEEP,
    place: object = _KEEP,
    notes: object = _KEEP,
) -> Event:
    """Change some fields of an event (omitted ones stay); contacts met there are reindexed."""
    old = store.event(event_id)
    new_name = _check_name(store, str(name), event_id) if name is not _KEEP else old.name
    new_start = old.start if start is _KEEP else start
    new_end = _check_dates(new_start, old.end if end is _KEEP else end)  # type: ignore[arg-type]
    new_place = old.place if place is _KEEP else str(place or "").strip()
    new_notes = old.notes if notes is _KEEP else str(notes or "")
    with store.transaction() as conn:
        conn.execute(
            "UPDATE events SET name=?, name_norm=?, start=?, end=?, place=?, notes=? WHERE id=?",
            (new_name, event_key(new_name), _iso(new_start), _iso(new_end), new_place, new_notes, event_id),  # type: ignore[arg-type]
        )
        if (new_name, new_place) != (old.name, old.place):
            _reindex(store, event_contacts(store, event_id))  # names and places are searchable
    return store.event(event_id)


def rename_event(store: Store, event_id: int, new_name: str) -> Event:
    """Rename an event; a name already used by another event is refused (merge instead)."""
    return update_event(store, event_id, name=new_name)


def merge_events(store: Store, keep_id: int, other_id: int) -> Event:
    """Move everyone met at `other_id` to `keep_id` (no duplicate links) and delete `other_id`.

    The kept event's dates widen to cover both; its empty place is filled from the other;
    both notes are kept. Scans made into the other event now point at the kept one.
    """
    if keep_id == other_id:
        raise InvalidInput("cannot merge an event with itself")
    keep, other = store.event(keep_id), store.event(other_id)
    starts = [d for d in (keep.start, other.start) if d]
    ends = [d for d in (keep.end or keep.start, other.end or other.start) if d]
    start, end = (min(starts) if starts else None), (max(ends) if ends else None)
    notes = "\n".join(n for n in (keep.notes, other.notes) if n.strip())
    moved = event_contacts(store, other_id)
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO contact_events(contact_id, event_id) "
            "SELECT contact_id, ? FROM contact_events WHERE event_id = ?",
            (keep_id, other_id),
        )
        conn.execute("UPDATE scans SET event_id = ? WHERE event_id = ?", (keep_id, other_id))
        conn.execute("DELETE FROM events WHERE id = ?", (other_id,))
        conn.execute(
            "UPDATE events SET start=?, end=?, place=?, notes=? WHERE id=?",
            (_iso(start), _iso(None if end == start else end), keep.place or other.place, notes, keep_id),
        )
        _reindex(store, moved)
    return store.event(keep_id)


def delete_event(store: Store, event_id: int) -> int:
    """Delete an event; contacts met there stay (only the link goes). Returns how many were linked."""
    linked = event_contacts(store, event_id)
    store.event(event_id)  # NotFound before any change
    with store.transaction() as conn:
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))  # links cascade, scans get NULL
        _reindex(store, linked)
    return len(linked)


def link_contact(store: Store, contact_id: int, event: Event | int) -> Event:
    """Record that you met a contact at an event (created by name when new). Idempotent."""
    stored = store.event(event) if isinstance(event, int) else store.ensure_event(event)
    with store.transaction() as conn:
        store.get(contact_id)
        conn.execute("INSERT OR IGNORE INTO contact_events(contact_id, event_id) VALUES (?,?)", (contact_id, stored.id))
        store.reindex(contact_id)
    return stored


def unlink_contact(store: Store, contact_id: int, event_id: int) -> None:
    """Forget that a contact was met at an event (both stay)."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM contact_events WHERE contact_id = ? AND event_id = ?", (contact_id, event_id))
        store.reindex(contact_id)


def event_contacts(store: Store, event_id: int) -> list[int]:
    """Ids of the contacts met at an event, by name."""
    sql = (
        "SELECT c.id FROM contact_events ce JOIN contacts c ON c.id = ce.contact_id "
        "WHERE ce.event_id = ? ORDER BY c.sort_name, c.id"
    )
    return [r[0] for r in store.conn.execute(sql, (event_id,))]


def contact_events(store: Store, contact_id: int) -> list[Event]:
    """Every event a contact was met at, oldest first, with their dates."""
    return store.get(contact_id).events


@dataclass
class EventPerson:
    """One contact in the per-event view."""

    contact_id: int
    name: str
    org: str
    warmth: Warmth
    follow_up: date | None
    needs_follow_up: bool  # warm or hot, and no follow-up date set


@dataclass
class EventSummary:
    """Who you met at an event, how warm, and who still needs a follow-up."""

    event: Event
    people: list[EventPerson] = field(default_factory=list)
    by_warmth: dict[Warmth, int] = field(default_factory=dict)

    @property
    def needs_follow_up(self) -> list[int]:
        return [p.contact_id for p in self.people if p.needs_follow_up]


def event_summary(store: Store, event_id: int) -> EventSummary:
    """The per-event view: people met (warmest first), counts per warmth, follow-ups missing."""
    event = store.event(event_id)
    people = [
        EventPerson(c.id or 0, c.display_name, c.org, c.warmth, c.follow_up, needs_follow_up(c.warmth, c.follow_up))
        for c in store.get_many(event_contacts(store, event_id))
    ]
    people.sort(key=lambda p: -int(p.warmth))  # stable: by name within a level
    counts = {w: sum(1 for p in people if p.warmth == w) for w in Warmth}
    return EventSummary(event, people, counts)


def needs_follow_up(warmth: Warmth, follow_up: date | None) -> bool:
    """After an event, a warm or hot contact without a follow-up date is a lead going cold."""
    return warmth in (Warmth.WARM, Warmth.HOT) and follow_up is None


def _reindex(store: Store, contact_ids: list[int]) -> None:
    for cid in contact_ids:
        store.reindex(cid)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
