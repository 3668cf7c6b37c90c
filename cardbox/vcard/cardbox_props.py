"""cardbox's own data inside vCards: events, warmth, dated notes, jobs, follow-up (X-CARDBOX-*).

Phones ignore X- properties but keep them, so what the tarjetero knows about a relationship
survives a trip through a phone or a CardDAV server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cardbox.model import Contact, Event, Job, Note, Warmth, WarmthChange
from cardbox.vcard.lexer import Prop
from cardbox.vcard.values import (
    components,
    escape,
    moment_text,
    param_text,
    param_value,
    parse_date,
    parse_moment,
    unescape,
)


@dataclass
class ReadState:
    """What a card says that only makes sense once all its lines are read."""

    categories: list[str] = field(default_factory=list)
    plain_notes: list[str] = field(default_factory=list)
    cardbox_notes: list[Note] = field(default_factory=list)
    rev: str = ""
    labels: list[str] = field(default_factory=list)


def _param(prop: Prop, name: str) -> str:
    return param_text(prop.param(name))


def _event(c: Contact, prop: Prop, st: ReadState) -> bool:
    name = unescape(prop.value).strip()
    if not name:
        return False
    c.events.append(
        Event(
            name,
            parse_date(prop.param("X-START")),
            parse_date(prop.param("X-END")),
            _param(prop, "X-PLACE"),
            _param(prop, "X-NOTES"),
        )
    )
    return True


def _warmth(c: Contact, prop: Prop, st: ReadState) -> bool:
    try:
        c.warmth = Warmth.parse(unescape(prop.value))
    except ValueError:
        return False
    return True


def _warmth_history(c: Contact, prop: Prop, st: ReadState) -> bool:
    at = parse_moment(prop.param("X-AT"))
    try:
        level = Warmth.parse(unescape(prop.value))
    except ValueError:
        return False
    if at is None:
        return False
    c.warmth_history.append(WarmthChange(level, at))
    return True


def _note(c: Contact, prop: Prop, st: ReadState) -> bool:
    at = parse_moment(prop.param("X-AT"))
    if at is None:
        return False
    st.cardbox_notes.append(Note(unescape(prop.value), at, prop.param("X-CONTACTED") == "1"))
    return True


def _date_field(name: str) -> Callable[[Contact, Prop, ReadState], bool]:
    def read(c: Contact, prop: Prop, st: ReadState) -> bool:
        day = parse_date(unescape(prop.value))
        setattr(c, name, day)
        return day is not None

    return read


def _job(c: Contact, prop: Prop, st: ReadState) -> bool:
    org, title = components(prop.value, 2)[:2]
    c.jobs.append(Job(org, title, parse_date(prop.param("X-UNTIL"))))
    return True


def _review(c: Contact, prop: Prop, st: ReadState) -> bool:
    c.needs_review = unescape(prop.value).strip() == "1"
    return True


def _introduced_by(c: Contact, prop: Prop, st: ReadState) -> bool:
    c.introduced_by_uid = unescape(prop.value).strip()
    return True


READERS: dict[str, Callable[[Contact, Prop, ReadState], bool]] = {
    "X-CARDBOX-EVENT": _event,
    "X-CARDBOX-WARMTH": _warmth,
    "X-CARDBOX-WARMTH-HISTORY": _warmth_history,
    "X-CARDBOX-NOTE": _note,
    "X-CARDBOX-FOLLOW-UP": _date_field("follow_up"),
    "X-CARDBOX-LAST-CONTACTED": _date_field("last_contacted"),
    "X-CARDBOX-JOB": _job,
    "X-CARDBOX-REVIEW": _review,
    "X-CARDBOX-INTRODUCED-BY": _introduced_by,
}


def read(c: Contact, prop: Prop, st: ReadState) -> bool:
    """Apply one X-CARDBOX-* property; False when it is unknown or unreadable (kept verbatim)."""
    reader = READERS.get(prop.name)
    return bool(reader and reader(c, prop, st))


def joined_notes(notes: list[Note]) -> str:
    """The single NOTE phones show: every dated note, oldest first."""
    return "\n\n".join(f"[{n.at.astimezone():%Y-%m-%d}] {n.text}" for n in sorted(notes, key=lambda n: n.at))


def write(c: Contact) -> list[str]:
    """The X-CARDBOX-* lines for a contact (unfolded, parameter case as given)."""
    lines: list[str] = []
    for e in c.events:
        params = "".join(
            f";{k}={v}"
            for k, v in (
                ("X-START", e.start.isoformat() if e.start else ""),
                ("X-END", e.end.isoformat() if e.end else ""),
                ("X-PLACE", param_value(e.place) if e.place else ""),
                ("X-NOTES", param_value(e.notes) if e.notes else ""),
            )
            if v
        )
        lines.append(f"X-CARDBOX-EVENT{params}:{escape(e.name)}")
    if c.warmth != Warmth.COLD or c.warmth_history:
        lines.append(f"X-CARDBOX-WARMTH:{c.warmth.key}")
    lines += [f"X-CARDBOX-WARMTH-HISTORY;X-AT={moment_text(w.at, basic=True)}:{w.warmth.key}" for w in c.warmth_history]
    for n in c.notes:
        lines.append(
            f"X-CARDBOX-NOTE;X-AT={moment_text(n.at, basic=True)};X-CONTACTED={int(n.contacted)}:{escape(n.text)}"
        )
    if c.follow_up:
        lines.append(f"X-CARDBOX-FOLLOW-UP:{c.follow_up.isoformat()}")
    if c.last_contacted:
        lines.append(f"X-CARDBOX-LAST-CONTACTED:{c.last_contacted.isoformat()}")
    for j in c.jobs:
        until = f";X-UNTIL={j.until.isoformat()}" if j.until else ""
        lines.append(f"X-CARDBOX-JOB{until}:{escape(j.org)};{escape(j.title)}")
    if c.needs_review:
        lines.append("X-CARDBOX-REVIEW:1")
    return lines
