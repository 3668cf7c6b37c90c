"""When a contact was last "touched": the one definition shared by cooling and reconnect.

A contact is touched on the user's local day of:
  * a contacted note (and `last_contacted`, which may also come from a vCard or a sync),
  * any other dated note (writing about someone is attending to them),
  * a warmth change,
  * the start or end of an event where you met them (not in the future).
When none exists, the day the contact entered the tarjetero counts. Plain edits do NOT count:
the store cannot tell a user's edit from a sync, import or merge writing the same row, and a
cooling flag that any sync silently resets would be useless. To mark a contact as attended to,
add a note.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from cardbox.relations.dates import local_day
from cardbox.store import Store


@dataclass(frozen=True)
class Activity:
    """What the store knows about one contact's relationship, in one row."""

    contact_id: int
    name: str
    warmth: int
    follow_up: date | None
    last_touched: date
    tags: frozenset[str]
    has_jobs: bool
    introduced: int  # how many contacts they introduced you to


def _moments(store: Store, sql: str) -> dict[int, list[datetime]]:
    out: dict[int, list[datetime]] = defaultdict(list)
    for cid, at in store.conn.execute(sql):
        out[cid].append(datetime.fromisoformat(at))
    return out


def activities(store: Store, today: date, tz: tzinfo | None = None) -> list[Activity]:
    """Every contact's activity, computed in a handful of queries (no per-contact loading)."""
    notes = _moments(store, "SELECT contact_id, at FROM notes")
    changes = _moments(store, "SELECT contact_id, at FROM warmth_history")
    met: dict[int, list[date]] = defaultdict(list)
    for cid, start, end in store.conn.execute(
        "SELECT ce.contact_id, e.start, e.end FROM contact_events ce JOIN events e ON e.id = ce.event_id"
    ):
        met[cid] += [date.fromisoformat(d) for d in (start, end) if d]
    tags: dict[int, set[str]] = defaultdict(set)
    for cid, tag in store.conn.execute("SELECT contact_id, tag FROM tags"):
        tags[cid].add(tag.casefold())
    with_jobs = {r[0] for r in store.conn.execute("SELECT DISTINCT contact_id FROM jobs")}
    introduced = dict(
        store.conn.execute(
            "SELECT introduced_by, COUNT(*) FROM contacts WHERE introduced_by IS NOT NULL GROUP BY introduced_by"
        ).fetchall()
    )
    out = []
    for row in store.conn.execute(
        "SELECT id, full_name, given_names, family_names, org, warmth, follow_up, last_contacted, created_at "
        "FROM contacts ORDER BY sort_name, id"
    ):
        cid = row["id"]
        days = [local_day(m, tz) for m in notes[cid] + changes[cid]] + met[cid]
        if row["last_contacted"]:
            days.append(date.fromisoformat(row["last_contacted"]))
        days = [d for d in days if d <= today]
        touched = max(days) if days else local_day(datetime.fromisoformat(row["created_at"]), tz)
        out.append(
            Activity(
                contact_id=cid,
                name=_name(row),
                warmth=int(row["warmth"]),
                follow_up=date.fromisoformat(row["follow_up"]) if row["follow_up"] else None,
                last_touched=touched,
                tags=frozenset(tags[cid]),
                has_jobs=cid in with_jobs,
                introduced=int(introduced.get(cid, 0)),
            )
        )
    return out


def _name(row) -> str:  # type: ignore[no-untyped-def]
    joined = " ".join(p for p in (row["given_names"], row["family_names"]) if p)
    return row["full_name"].strip() or joined.strip() or row["org"]
