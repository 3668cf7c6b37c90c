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
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from cardbox.relations.dates import local_day, local_tz, to_utc
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


def _latest(store: Store, table: str, before: datetime) -> dict[int, list[datetime]]:
    """The latest moment per contact in `table` before `before` (UTC). julianday() honours any
    UTC offset in the text, so the maximum is right even for moments with another offset."""
    sql = (
        f"SELECT contact_id, datetime(MAX(julianday(at))) FROM {table} "  # noqa: S608 - fixed names
        "WHERE julianday(at) < julianday(?) GROUP BY contact_id"
    )
    rows = store.conn.execute(sql, (before.isoformat(),))
    return {cid: [datetime.fromisoformat(at).replace(tzinfo=UTC)] for cid, at in rows if at}


def activities(store: Store, today: date, tz: tzinfo | None = None) -> list[Activity]:
    """Every contact's activity, computed in a handful of queries (no per-contact loading)."""
    tz = local_tz(tz)  # once: asking the system per row is the slowest part
    tomorrow = to_utc(datetime.combine(today + timedelta(days=1), time()), tz)  # moments in the future don't count
    notes, changes = _latest(store, "notes", tomorrow), _latest(store, "warmth_history", tomorrow)
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
        days = [local_day(m, tz) for m in notes.get(cid, []) + changes.get(cid, [])] + met[cid]
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
