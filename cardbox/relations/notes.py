"""The interaction log: dated notes per contact; a "contacted" note marks that local day.

`Contact.add_note` uses the system time zone; here the zone is injectable, so "23:30 in Madrid"
is tested as that Madrid day whatever zone the test machine runs in.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from cardbox.errors import InvalidInput, NotFound
from cardbox.model import Contact, Note
from cardbox.relations.dates import local_day, now_utc, to_utc
from cardbox.store import Store


def add_note(
    store: Store,
    contact_id: int,
    text: str,
    contacted: bool = False,
    at: datetime | None = None,
    tz: tzinfo | None = None,
) -> Note:
    """Append a dated note (`at` naive = the user's local time; default now).

    A contacted note moves `last_contacted` forward to the note's local day (never back).
    """
    text = _clean(text)
    moment = to_utc(at, tz) if at is not None else now_utc()
    with store.transaction():
        contact = store.get(contact_id)
        note = Note(text=text, at=moment, contacted=contacted)
        contact.notes.append(note)
        if contacted:
            day = local_day(moment, tz)
            if contact.last_contacted is None or day > contact.last_contacted:
                contact.last_contacted = day
        store.save(contact)
    return note


def edit_note(
    store: Store,
    note_id: int,
    text: str | None = None,
    contacted: bool | None = None,
    at: datetime | None = None,
    tz: tzinfo | None = None,
) -> Note:
    """Change a note's text, its contacted mark or its moment; `last_contacted` follows."""
    with store.transaction():
        contact, note = _find(store, note_id)
        was = (note.contacted, local_day(note.at, tz))
        if text is not None:
            note.text = _clean(text)
        if contacted is not None:
            note.contacted = contacted
        if at is not None:
            note.at = to_utc(at, tz)
        _recompute_last_contacted(contact, was, tz)
        store.save(contact)
    return note


def delete_note(store: Store, note_id: int, tz: tzinfo | None = None) -> None:
    """Delete one note; other notes and contacts are untouched."""
    with store.transaction():
        contact, note = _find(store, note_id)
        contact.notes = [n for n in contact.notes if n.id != note_id]
        _recompute_last_contacted(contact, (note.contacted, local_day(note.at, tz)), tz)
        store.save(contact)


def notes_of(store: Store, contact_id: int) -> list[Note]:
    """A contact's notes, oldest first."""
    return store.get(contact_id).notes


def _recompute_last_contacted(contact: Contact, was: tuple[bool, date], tz: tzinfo | None) -> None:
    """Keep `last_contacted` consistent after a contacted note changed.

    When the changed note was what set `last_contacted`, it becomes the latest remaining
    contacted note's day (or None). A `last_contacted` from elsewhere (a vCard, a sync) whose
    day no note explains is kept.
    """
    days = [local_day(n.at, tz) for n in contact.notes if n.contacted]
    latest = max(days) if days else None
    was_contacted, was_day = was
    if was_contacted and contact.last_contacted == was_day:
        contact.last_contacted = latest
    elif latest and (contact.last_contacted is None or latest > contact.last_contacted):
        contact.last_contacted = latest


def _find(store: Store, note_id: int) -> tuple[Contact, Note]:
    row = store.conn.execute("SELECT contact_id FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise NotFound(what="note", key="id", value=note_id)
    contact = store.get(row[0])
    return contact, next(n for n in contact.notes if n.id == note_id)


def _clean(text: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInput("a note needs some text")
    return text
