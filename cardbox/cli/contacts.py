"""CLI: search, show, edit, stats — reading and changing contacts one by one."""

from __future__ import annotations

import argparse
from datetime import date

from cardbox.cli.output import print_json, print_table
from cardbox.errors import InvalidInput
from cardbox.model import SCALAR_FIELDS, Contact, Email, Event, Phone, PhoneType, Url, Warmth
from cardbox.phones import guess_type, normalize, pretty
from cardbox.serialize import contact_to_dict
from cardbox.store import Filters


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the tarjetero (accent- and typo-tolerant)")
    p.add_argument("query", nargs="*", help="words to look for; empty lists everything")
    add_filter_arguments(p)
    p.add_argument("--sort", choices=["name", "org", "warmth", "last_contacted", "follow_up", "event_date", "created"])
    p.add_argument("--limit", type=int, default=50, help="at most this many (0: no limit; default 50)")
    p.add_argument("--json", action="store_true", help="print a JSON array of full contacts")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help="show one contact with everything known about them")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("edit", help="change a contact: fields, warmth, tags, events, notes")
    p.add_argument("id", type=int)
    p.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE", help=f"one of: {', '.join(SCALAR_FIELDS)}"
    )
    p.add_argument("--warmth", help="cold|warm|hot|trusted, frio|templado|caliente|confianza, or 1-4")
    p.add_argument("--tag", action="append", default=[], help="add a tag")
    p.add_argument("--untag", action="append", default=[], help="remove a tag")
    p.add_argument("--event", action="append", default=[], help="add an event where you met (created if new)")
    p.add_argument("--note", help="append a dated note")
    p.add_argument("--contacted", action="store_true", help="with --note: you were in touch today")
    p.add_argument("--email", action="append", default=[], help="add an email address")
    p.add_argument("--phone", action="append", default=[], help="add a phone (national or international)")
    p.add_argument("--url", action="append", default=[], help="add a web address")
    p.add_argument(
        "--follow-up", type=_date_or_none, default=argparse.SUPPRESS, help="follow-up date YYYY-MM-DD ('none' clears)"
    )
    p.add_argument("--introduced-by", type=int, help="id of the contact who introduced you (0 clears)")
    p.add_argument("--json", action="store_true", help="print the contact after the change")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("stats", help="counts of the tarjetero")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The filters shared by search, export and friends."""
    p.add_argument("--event", action="append", default=[], help="met at this event (repeatable: any)")
    p.add_argument("--warmth", action="append", default=[], help="this warmth (repeatable: any)")
    p.add_argument("--tag", action="append", default=[], help="has this tag (repeatable: all)")
    p.add_argument("--city", default="", help="has an address in this city")
    p.add_argument("--company", default="", help="organisation contains these words")
    p.add_argument("--follow-up-before", type=_date_or_none, help="follow-up set on or before this day (YYYY-MM-DD)")


def filters_from_args(args: argparse.Namespace) -> Filters:
    try:
        warmth = [Warmth.parse(w) for w in args.warmth]
    except ValueError as exc:
        raise InvalidInput(f"{exc}; use cold, warm, hot or trusted") from exc
    return Filters(
        events=list(args.event),
        warmth=warmth,
        tags=list(args.tag),
        city=args.city,
        company=args.company,
        follow_up_before=getattr(args, "follow_up_before", None),
    )


def _date_or_none(text: str) -> date | None:
    if text.strip().lower() in ("none", "", "-"):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def summary_row(c: Contact) -> list[object]:
    return [
        c.id,
        c.display_name,
        c.org,
        c.title,
        c.warmth.key,
        c.emails[0].address if c.emails else "",
        pretty(c.phones[0].e164) if c.phones else "",
    ]


def cmd_search(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    store = ctx.store
    ids = store.search(" ".join(args.query), filters_from_args(args), order=args.sort, limit=args.limit or None)
    contacts = store.get_many(ids)
    if args.json:
        print_json([contact_to_dict(c) for c in contacts])
    else:
        print_table(["id", "name", "company", "title", "warmth", "email", "phone"], (summary_row(c) for c in contacts))
    return 0


def cmd_show(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    c = ctx.store.get(args.id)
    if args.json:
        print_json(contact_to_dict(c))
        return 0
    print(render_contact(c, ctx.store))
    return 0


def render_contact(c: Contact, store) -> str:  # type: ignore[no-untyped-def]
    """A readable multi-line view of a contact for the terminal."""
    lines = [f"{c.display_name}  (#{c.id}, {c.warmth.key})"]
    job = " · ".join(p for p in (c.title, c.department, c.org) if p)
    if job:
        lines.append(f"  {job}")
    for e in c.emails:
        lines.append(f"  email  {e.address} ({e.type})")
    for p in c.phones:
        lines.append(f"  phone  {pretty(p.e164)} ({p.type.value})")
    for u in c.urls:
        lines.append(f"  web    {u.url}")
    for a in c.addresses:
        lines.append(
            "  addr   "
            + ", ".join(x for x in (a.street, f"{a.postal_code} {a.city}".strip(), a.region, a.country) if x)
        )
    for s in c.socials:
        lines.append(f"  {s.service:<6} {s.handle}")
    for j in c.jobs:
        lines.append(f"  formerly {j.title} at {j.org}".rstrip())
    if c.events:
        lines.append("  met at " + "; ".join(e.name + (f" ({e.start})" if e.start else "") for e in c.events))
    if c.tags:
        lines.append("  tags   " + ", ".join(c.tags))
    if c.introduced_by and store.exists(c.introduced_by):
        lines.append(f"  introduced by #{c.introduced_by} {store.get(c.introduced_by).display_name}")
    if c.follow_up:
        lines.append(f"  follow up on {c.follow_up}")
    if c.last_contacted:
        lines.append(f"  last contacted {c.last_contacted}")
    for n in c.notes:
        mark = " (contacted)" if n.contacted else ""
        lines.append(f"  {n.at.astimezone():%Y-%m-%d %H:%M}{mark}  {n.text}")
    return "\n".join(lines)


def cmd_edit(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    store = ctx.store
    c = store.get(args.id)
    for assignment in args.set:
        name, sep, value = assignment.partition("=")
        if not sep or name not in SCALAR_FIELDS:
            raise InvalidInput(f"--set expects FIELD=VALUE with FIELD one of {', '.join(SCALAR_FIELDS)}")
        c.set_field(name, value.strip())
    if args.warmth:
        try:
            c.set_warmth(Warmth.parse(args.warmth))
        except ValueError as exc:
            raise InvalidInput(f"{exc}; use cold, warm, hot or trusted") from exc
    c.tags = sorted({*c.tags, *(t.strip() for t in args.tag if t.strip())} - set(args.untag))
    known = {e.name.casefold() for e in c.events}
    c.events += [Event(name) for name in args.event if name.casefold() not in known]
    c.emails += [Email(a.strip()) for a in args.email if a.strip().lower() not in {e.address.lower() for e in c.emails}]
    for raw in args.phone:
        e164 = normalize(raw)
        if e164 not in {p.e164 for p in c.phones}:
            c.phones.append(Phone(e164, guess_type(e164) if e164.startswith("+") else PhoneType.OTHER))
    c.urls += [Url(u.strip()) for u in args.url if u.strip()]
    if args.note:
        c.add_note(args.note, contacted=args.contacted)
    if hasattr(args, "follow_up"):  # absent unless typed; `none` clears it
        c.follow_up = args.follow_up
    if args.introduced_by is not None:
        if args.introduced_by and args.introduced_by == c.id:
            raise InvalidInput("a contact cannot introduce themselves")
        c.introduced_by = args.introduced_by or None
        c.introduced_by_uid = store.get(args.introduced_by).uid if args.introduced_by else ""
    store.save(c)
    if args.json:
        print_json(contact_to_dict(store.get(c.id)))
    else:
        print(f"saved #{c.id} {c.display_name}")
    return 0


def cmd_stats(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    stats = ctx.store.stats()
    if args.json:
        print_json(stats)
        return 0
    by = stats["by_warmth"]
    print(f"tarjetero: {stats['path']}")
    print(f"contacts: {stats['contacts']}  events: {stats['events']}  tags: {stats['tags']}  notes: {stats['notes']}")
    print("warmth: " + ", ".join(f"{w.key} {by.get(int(w), 0)}" for w in Warmth))  # type: ignore[union-attr]
    print(f"scanned cards: {stats['scans']}  needs review: {stats['needs_review']}")
    return 0
