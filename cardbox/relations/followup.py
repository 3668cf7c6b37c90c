"""Follow-ups: a date per contact, and what is overdue, due today and due this week.

"This week" is defined in `dates.week_end`: the days after today up to Sunday (Monday-Sunday
weeks); on a Sunday, the whole coming week.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, tzinfo

from cardbox.model import Warmth
from cardbox.relations.dates import today as local_today
from cardbox.relations.dates import week_end
from cardbox.relations.events import event_contacts, needs_follow_up
from cardbox.store import Store


def set_follow_up(store: Store, contact_id: int, day: date | None) -> None:
    """Set (or clear with None) the day to get back to a contact."""
    with store.transaction():
        contact = store.get(contact_id)
        contact.follow_up = day
        store.save(contact)


@dataclass(frozen=True)
class FollowupItem:
    """One follow-up to do: who, when, how warm, and how late (negative: days ahead)."""

    contact_id: int
    name: str
    org: str
    warmth: Warmth
    due: date
    days_late: int


@dataclass
class Followups:
    """Follow-ups as seen on `day`: overdue (oldest first), due today, due later this week."""

    day: date
    week_end: date
    overdue: list[FollowupItem] = field(default_factory=list)
    today: list[FollowupItem] = field(default_factory=list)
    this_week: list[FollowupItem] = field(default_factory=list)


def followups(store: Store, today: date | None = None, tz: tzinfo | None = None) -> Followups:
    """Contacts whose follow-up is overdue, due today or due by the end of the user's week."""
    day = local_today(today, tz)
    end = week_end(day)
    result = Followups(day, end)
    rows = store.conn.execute(
        "SELECT id, full_name, given_names, family_names, org, warmth, follow_up FROM contacts "
        "WHERE follow_up IS NOT NULL AND follow_up <= ? ORDER BY follow_up, warmth DESC, sort_name, id",
        (end.isoformat(),),
    )
    for r in rows:
        due = date.fromisoformat(r["follow_up"])
        name = r["full_name"] or " ".join(p for p in (r["given_names"], r["family_names"]) if p) or r["org"]
        item = FollowupItem(r["id"], name, r["org"], Warmth(r["warmth"]), due, (day - due).days)
        bucket = result.overdue if due < day else result.today if due == day else result.this_week
        bucket.append(item)
    return result


def event_without_followup(store: Store, event_id: int) -> list[int]:
    """Everyone met at an event who is warm or hot and has no follow-up date: leads to secure."""
    store.event(event_id)  # NotFound for an unknown event
    contacts = store.get_many(event_contacts(store, event_id))
    return [c.id or 0 for c in contacts if needs_follow_up(c.warmth, c.follow_up)]
