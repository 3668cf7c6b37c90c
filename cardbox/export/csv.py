"""Contacts to a .csv that Excel and LibreOffice open as-is: UTF-8 with BOM, one row per contact.

Every cell is guarded against spreadsheet formula injection: a value starting with `=`, `+`,
`-`, `@`, a tab or a carriage return gets a leading `'`. That includes E.164 phones (`'+34…`),
which would otherwise be read as numbers or formulas. Lists share one cell, one item per line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from cardbox.export import Target, write_target
from cardbox.model import Contact
from cardbox.store import Store

COLUMNS = [
    "id",
    "uid",
    "full_name",
    "prefix",
    "given_names",
    "family_names",
    "suffix",
    "org",
    "department",
    "title",
    "emails",
    "phones",
    "urls",
    "addresses",
    "socials",
    "tags",
    "events",
    "warmth",
    "warmth_history",
    "follow_up",
    "last_contacted",
    "introduced_by",
    "birthday",
    "jobs",
    "notes",
    "needs_review",
    "created_at",
    "updated_at",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell text, with a leading `'` when a spreadsheet would take it for a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _lines(items: Iterable[str]) -> str:
    return "\n".join(i for i in items if i)


def _address(a) -> str:  # type: ignore[no-untyped-def]
    place = " ".join(p for p in (a.postal_code, a.city) if p)
    body = ", ".join(p for p in (a.street.replace("\n", ", "), place, a.region, a.country) if p)
    return f"{body} ({a.type})"


def _event(e) -> str:  # type: ignore[no-untyped-def]
    dates = " – ".join(d.isoformat() for d in (e.start, e.end) if d)
    extra = "; ".join(p for p in (dates, e.place) if p)
    return f"{e.name} ({extra})" if extra else e.name


def row(c: Contact, introducer_name: str = "") -> list[str]:
    """One contact as cells in the order of COLUMNS (not yet guarded)."""
    values: list[object] = [
        c.id,
        c.uid,
        c.full_name,
        c.prefix,
        c.given_names,
        c.family_names,
        c.suffix,
        c.org,
        c.department,
        c.title,
        _lines(f"{e.address} ({e.type})" for e in c.emails),
        _lines(f"{p.e164} ({p.type.value})" for p in c.phones),
        _lines(u.url for u in c.urls),
        _lines(_address(a) for a in c.addresses),
        _lines(f"{s.service}: {s.handle}" for s in c.socials),
        _lines(c.tags),
        _lines(_event(e) for e in c.events),
        c.warmth.key,
        _lines(f"{w.at.astimezone():%Y-%m-%d %H:%M} {w.warmth.key}" for w in c.warmth_history),
        c.follow_up.isoformat() if c.follow_up else "",
        c.last_contacted.isoformat() if c.last_contacted else "",
        introducer_name,
        c.birthday.isoformat() if c.birthday else "",
        _lines(" – ".join(p for p in (j.title, j.org, f"until {j.until}" if j.until else "") if p) for j in c.jobs),
        _lines(f"{n.at.astimezone():%Y-%m-%d %H:%M}{' (contacted)' if n.contacted else ''}: {n.text}" for n in c.notes),
        "yes" if c.needs_review else "",
        c.created_at.isoformat(),
        c.updated_at.isoformat(),
    ]
    return ["" if v is None else str(v) for v in values]


def to_csv(rows: Iterable[Sequence[str]]) -> str:
    """CSV text (BOM first, CRLF rows, every cell guarded; newlines inside cells are quoted)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for cells in rows:
        writer.writerow([safe_cell(cell) for cell in cells])
    return out.getvalue()


def export_csv(store: Store, ids: Iterable[int], path_or_stream: Target) -> int:
    """Write the contacts with these ids as CSV; returns how many rows were written."""
    contacts = store.get_many(ids)
    names: dict[int, str] = {}
    for c in contacts:
        if c.introduced_by is not None and c.introduced_by not in names and store.exists(c.introduced_by):
            names[c.introduced_by] = store.get(c.introduced_by).display_name
    text = to_csv(row(c, names.get(c.introduced_by or -1, "")) for c in contacts)
    write_target(text, path_or_stream)
    return len(contacts)
