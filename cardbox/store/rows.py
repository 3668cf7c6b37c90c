"""Reading and writing one Contact as rows of the schema (no transaction handling here)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from cardbox.model import (
    Address,
    CardImage,
    Contact,
    Email,
    Event,
    Job,
    Note,
    Phone,
    PhoneType,
    Social,
    Url,
    Warmth,
    WarmthChange,
    utcnow,
)
from cardbox.serialize import provenance_from_dict, provenance_to_dict
from cardbox.text import fold, squash


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _src(p) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(provenance_to_dict(p), separators=(",", ":"))


def event_key(name: str) -> str:
    """The normalised name that makes two events the same ("Feria X" == "feria  x")."""
    return squash(name)


def ensure_event(conn: sqlite3.Connection, event: Event) -> int:
    """The id of the event with this name, created (with its dates and place) when missing."""
    key = event_key(event.name)
    row = conn.execute("SELECT id, start, end, place FROM events WHERE name_norm = ?", (key,)).fetchone()
    if row:
        # Fill in what a vCard or scan knows and the stored event does not.
        updates = {"start": _iso(event.start), "end": _iso(event.end), "place": event.place}
        for col, value in updates.items():
            if value and not row[col]:
                conn.execute(f"UPDATE events SET {col} = ? WHERE id = ?", (value, row["id"]))
        return int(row["id"])
    cur = conn.execute(
        "INSERT INTO events(name, name_norm, start, end, place, notes, created_at) VALUES (?,?,?,?,?,?,?)",
        (event.name.strip(), key, _iso(event.start), _iso(event.end), event.place, event.notes, utcnow().isoformat()),
    )
    return int(cur.lastrowid or 0)


def row_to_event(row: sqlite3.Row) -> Event:
    return Event(row["name"], _date(row["start"]), _date(row["end"]), row["place"], row["notes"], row["id"])


def write_contact(conn: sqlite3.Connection, c: Contact) -> int:
    """Insert or replace a contact and all its child rows. Returns its id."""
    c.updated_at = utcnow()
    values = (
        c.uid,
        c.full_name,
        c.given_names,
        c.family_names,
        c.prefix,
        c.suffix,
        c.org,
        c.department,
        c.title,
        fold(c.display_name),
        fold(c.org),
        int(c.warmth),
        c.introduced_by,
        c.introduced_by_uid,
        _iso(c.follow_up),
        _iso(c.last_contacted),
        _iso(c.birthday),
        int(c.needs_review),
        json.dumps({k: provenance_to_dict(v) for k, v in c.sources.items()}),
        json.dumps(c.extra_vcard, ensure_ascii=False),
        c.created_at.isoformat(),
        c.updated_at.isoformat(),
    )
    cols = (
        "uid, full_name, given_names, family_names, prefix, suffix, org, department, title, sort_name, "
        "sort_org, warmth, introduced_by, introduced_by_uid, follow_up, last_contacted, birthday, "
        "needs_review, sources, extra_vcard, created_at, updated_at"
    )
    marks = ",".join("?" * len(values))
    if c.id is None:
        cur = conn.execute(f"INSERT INTO contacts({cols}) VALUES ({marks})", values)
        c.id = int(cur.lastrowid or 0)
    else:
        sets = ", ".join(f"{col.strip()} = ?" for col in cols.split(","))
        cur = conn.execute(f"UPDATE contacts SET {sets} WHERE id = ?", (*values, c.id))
        if cur.rowcount == 0:
            conn.execute(f"INSERT INTO contacts(id, {cols}) VALUES (?, {marks})", (c.id, *values))
        for table in (
            "emails",
            "phones",
            "urls",
            "addresses",
            "socials",
            "tags",
            "contact_events",
            "jobs",
            "card_images",
            "warmth_history",
        ):
            conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (c.id,))
    _write_children(conn, c)
    return c.id


def _write_children(conn: sqlite3.Connection, c: Contact) -> None:
    cid = c.id
    conn.executemany(
        "INSERT INTO emails(contact_id, pos, address, norm, type, source) VALUES (?,?,?,?,?,?)",
        [(cid, i, e.address, e.address.strip().lower(), e.type, _src(e.source)) for i, e in enumerate(c.emails)],
    )
    conn.executemany(
        "INSERT INTO phones(contact_id, pos, e164, type, source) VALUES (?,?,?,?,?)",
        [(cid, i, p.e164, p.type.value, _src(p.source)) for i, p in enumerate(c.phones)],
    )
    conn.executemany(
        "INSERT INTO urls(contact_id, pos, url, source) VALUES (?,?,?,?)",
        [(cid, i, u.url, _src(u.source)) for i, u in enumerate(c.urls)],
    )
    conn.executemany(
        "INSERT INTO addresses(contact_id, pos, street, postal_code, city, city_norm, region, country, type, source)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (cid, i, a.street, a.postal_code, a.city, squash(a.city), a.region, a.country, a.type, _src(a.source))
            for i, a in enumerate(c.addresses)
        ],
    )
    conn.executemany(
        "INSERT INTO socials(contact_id, pos, service, handle, source) VALUES (?,?,?,?,?)",
        [(cid, i, s.service, s.handle, _src(s.source)) for i, s in enumerate(c.socials)],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO tags(contact_id, tag) VALUES (?,?)", [(cid, t.strip()) for t in c.tags if t.strip()]
    )
    for event in c.events:
        event.id = ensure_event(conn, event)
        conn.execute("INSERT OR IGNORE INTO contact_events(contact_id, event_id) VALUES (?,?)", (cid, event.id))
    conn.executemany(
        "INSERT INTO jobs(contact_id, pos, org, title, until) VALUES (?,?,?,?,?)",
        [(cid, i, j.org, j.title, _iso(j.until)) for i, j in enumerate(c.jobs)],
    )
    conn.executemany(
        "INSERT INTO card_images(contact_id, pos, sha256, ext, side, scan_id) VALUES (?,?,?,?,?,?)",
        [(cid, i, im.sha256, im.ext, im.side, im.scan_id) for i, im in enumerate(c.cards)],
    )
    conn.executemany(
        "INSERT INTO warmth_history(contact_id, at, warmth) VALUES (?,?,?)",
        [(cid, w.at.isoformat(), int(w.warmth)) for w in c.warmth_history],
    )
    _write_notes(conn, c)


def _write_notes(conn: sqlite3.Connection, c: Contact) -> None:
    """Notes keep their ids (the GUI edits them one by one); rows not in the contact go away."""
    keep = [n.id for n in c.notes if n.id is not None]
    marks = ",".join("?" * len(keep))
    conn.execute(
        f"DELETE FROM notes WHERE contact_id = ? AND id NOT IN ({marks})"
        if keep
        else "DELETE FROM notes WHERE contact_id = ?",
        (c.id, *keep),
    )
    for note in c.notes:
        params = (c.id, note.at.isoformat(), note.text, int(note.contacted))
        if note.id is None:
            note.id = int(
                conn.execute("INSERT INTO notes(contact_id, at, text, contacted) VALUES (?,?,?,?)", params).lastrowid
                or 0
            )
        else:
            cur = conn.execute(
                "UPDATE notes SET contact_id=?, at=?, text=?, contacted=? WHERE id=?", (*params, note.id)
            )
            if cur.rowcount == 0:
                conn.execute(
                    "INSERT INTO notes(id, contact_id, at, text, contacted) VALUES (?,?,?,?,?)", (note.id, *params)
                )


def read_contact(conn: sqlite3.Connection, row: sqlite3.Row) -> Contact:
    """Build a Contact from its `contacts` row and its child rows."""
    cid = row["id"]

    def rows(sql: str) -> list[sqlite3.Row]:
        return conn.execute(sql, (cid,)).fetchall()

    src = lambda r: provenance_from_dict(json.loads(r["source"]))  # noqa: E731
    return Contact(
        id=cid,
        uid=row["uid"],
        full_name=row["full_name"],
        given_names=row["given_names"],
        family_names=row["family_names"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        org=row["org"],
        department=row["department"],
        title=row["title"],
        warmth=Warmth(row["warmth"]),
        introduced_by=row["introduced_by"],
        introduced_by_uid=row["introduced_by_uid"],
        follow_up=_date(row["follow_up"]),
        last_contacted=_date(row["last_contacted"]),
        birthday=_date(row["birthday"]),
        needs_review=bool(row["needs_review"]),
        sources={k: provenance_from_dict(v) for k, v in json.loads(row["sources"]).items()},
        extra_vcard=json.loads(row["extra_vcard"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        emails=[
            Email(r["address"], r["type"], src(r)) for r in rows("SELECT * FROM emails WHERE contact_id=? ORDER BY pos")
        ],
        phones=[
            Phone(r["e164"], PhoneType(r["type"]), src(r))
            for r in rows("SELECT * FROM phones WHERE contact_id=? ORDER BY pos")
        ],
        urls=[Url(r["url"], src(r)) for r in rows("SELECT * FROM urls WHERE contact_id=? ORDER BY pos")],
        addresses=[
            Address(r["street"], r["postal_code"], r["city"], r["region"], r["country"], r["type"], src(r))
            for r in rows("SELECT * FROM addresses WHERE contact_id=? ORDER BY pos")
        ],
        socials=[
            Social(r["service"], r["handle"], src(r))
            for r in rows("SELECT * FROM socials WHERE contact_id=? ORDER BY pos")
        ],
        tags=[r["tag"] for r in rows("SELECT tag FROM tags WHERE contact_id=? ORDER BY tag")],
        events=[
            row_to_event(r)
            for r in rows(
                "SELECT e.* FROM events e JOIN contact_events ce ON ce.event_id = e.id WHERE ce.contact_id=? "
                "ORDER BY COALESCE(e.start, e.created_at), e.name"
            )
        ],
        notes=[
            Note(r["text"], datetime.fromisoformat(r["at"]), bool(r["contacted"]), r["id"])
            for r in rows("SELECT * FROM notes WHERE contact_id=? ORDER BY at, id")
        ],
        warmth_history=[
            WarmthChange(Warmth(r["warmth"]), datetime.fromisoformat(r["at"]))
            for r in rows("SELECT * FROM warmth_history WHERE contact_id=? ORDER BY at")
        ],
        jobs=[
            Job(r["org"], r["title"], _date(r["until"]))
            for r in rows("SELECT * FROM jobs WHERE contact_id=? ORDER BY pos")
        ],
        cards=[
            CardImage(r["sha256"], r["side"], r["scan_id"], r["ext"])
            for r in rows("SELECT * FROM card_images WHERE contact_id=? ORDER BY pos")
        ],
    )
