"""CLI: events, warmth, notes, introductions, follow-ups, reconnect, cooling and the demo.

Every command prints a human table by default and JSON with --json; "today" can be given with
--today for "as of" views and scripts.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from cardbox.cli.output import print_json, print_table
from cardbox.errors import InvalidInput
from cardbox.model import Event
from cardbox.relations import events as ev
from cardbox.relations.dates import parse_day, parse_moment
from cardbox.relations.followup import followups, set_follow_up
from cardbox.relations.introductions import IntroNode, introduction_tree, set_introduced_by
from cardbox.relations.notes import add_note, delete_note, edit_note
from cardbox.relations.reconnect import reconnect
from cardbox.relations.warmth import cooling, set_warmth
from cardbox.serialize import event_to_dict


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="list events with dates, place and people met")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_events)
    _register_event(sub)

    _register_log(sub)
    _register_lists(sub)

    p = sub.add_parser("demo", help="create a demo tarjetero with fictional contacts to try cardbox")
    p.add_argument("--into", type=Path, help="folder for the demo (default: the data dir, which must be empty)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)


def _register_log(sub: argparse._SubParsersAction) -> None:
    """Commands that change one contact's relationship: warmth, notes, introducer, follow-up."""
    p = sub.add_parser("warmth", help="set a contact's warmth (its dated history is kept)")
    p.add_argument("id", type=int)
    p.add_argument("level", help="cold|warm|hot|trusted, frio|templado|caliente|confianza, or 1-4")
    p.set_defaults(func=cmd_warmth)

    p = sub.add_parser("note", help="add a dated note to a contact's interaction log")
    p.add_argument("id", type=int)
    p.add_argument("text")
    p.add_argument("--contacted", action="store_true", help="you were in touch that day")
    p.add_argument("--at", help="when (ISO date or date-time, local time unless it has an offset)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_note)

    p = sub.add_parser("note-edit", help="change a note (its id is shown by `cardbox show ID --json`)")
    p.add_argument("note_id", type=int)
    p.add_argument("--text")
    p.add_argument("--contacted", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--at", help="when (ISO date or date-time)")
    p.set_defaults(func=cmd_note_edit)

    p = sub.add_parser("note-delete", help="delete one note")
    p.add_argument("note_id", type=int)
    p.set_defaults(func=cmd_note_delete)

    p = sub.add_parser("introduce", help="record who introduced you to a contact")
    p.add_argument("id", type=int)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--by", type=int, help="id of the contact who introduced them")
    who.add_argument("--none", action="store_true", help="forget who introduced them")
    p.set_defaults(func=cmd_introduce)

    p = sub.add_parser("introductions", help="whom a contact introduced you to, and whom those did")
    p.add_argument("id", type=int)
    p.add_argument("--depth", type=int, default=2)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_introductions)

    p = sub.add_parser("followup", help="set the day to get back to a contact ('none' clears)")
    p.add_argument("id", type=int)
    p.add_argument("day", help="YYYY-MM-DD or none")
    p.set_defaults(func=cmd_followup)


def _register_lists(sub: argparse._SubParsersAction) -> None:
    """The "what to do now" lists: follow-ups, reconnect, cooling."""
    for name, func, text in (
        ("followups", cmd_followups, "follow-ups overdue, due today and due this week"),
        ("reconnect", cmd_reconnect, "people worth calling again, with the reason"),
        ("cooling", cmd_cooling, "warm contacts untouched for a long time (never downgraded)"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("--today", type=_day, help="as of this day (default: your local today)")
        p.add_argument("--json", action="store_true")
        if name == "reconnect":
            p.add_argument("--limit", type=int, default=20)
        if name == "cooling":
            p.add_argument("--months", type=int, help="untouched this many months (default: the setting, 6)")
        p.set_defaults(func=func)


def _register_event(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("event", help="show, add, edit, rename, merge or delete an event")
    ops = p.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    q = ops.add_parser("show", help="who you met there, how warm, who needs a follow-up")
    q.add_argument("event", help="name or id")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_event_show)
    for name, text in (("add", "create an event"), ("edit", "change an event's name, dates, place or notes")):
        q = ops.add_parser(name, help=text)
        q.add_argument("name" if name == "add" else "event", help="name" if name == "add" else "name or id")
        if name == "edit":
            q.add_argument("--name")
        q.add_argument("--start", type=_day)
        q.add_argument("--end", type=_day)
        q.add_argument("--place")
        q.add_argument("--notes")
        q.add_argument("--json", action="store_true")
        q.set_defaults(func=cmd_event_add if name == "add" else cmd_event_edit)
    q = ops.add_parser("rename", help="rename an event")
    q.add_argument("event", help="name or id")
    q.add_argument("new_name")
    q.set_defaults(func=cmd_event_rename)
    q = ops.add_parser("merge", help="move everyone from OTHER into KEEP and delete OTHER")
    q.add_argument("keep", help="name or id of the event to keep")
    q.add_argument("other", help="name or id of the event to merge into it")
    q.set_defaults(func=cmd_event_merge)
    q = ops.add_parser("delete", help="delete an event (the contacts stay)")
    q.add_argument("event", help="name or id")
    q.set_defaults(func=cmd_event_delete)


def _dates(e: Event) -> str:
    if not e.start:
        return ""
    return f"{e.start} – {e.end}" if e.end and e.end != e.start else str(e.start)


def cmd_events(args: argparse.Namespace, ctx: Any) -> int:
    listed = ctx.store.events()
    if args.json:
        print_json([{**event_to_dict(e), "contacts": n} for e, n in listed])
    else:
        print_table(
            ["id", "event", "dates", "place", "contacts"], ([e.id, e.name, _dates(e), e.place, n] for e, n in listed)
        )
    return 0


def cmd_event_show(args: argparse.Namespace, ctx: Any) -> int:
    store = ctx.store
    summary = ev.event_summary(store, ev.resolve_event(store, args.event).id or 0)
    if args.json:
        print_json(
            {
                "event": event_to_dict(summary.event),
                "by_warmth": {w.key: n for w, n in summary.by_warmth.items()},
                "needs_follow_up": summary.needs_follow_up,
                "people": [
                    {**asdict(p), "warmth": p.warmth.key, "follow_up": p.follow_up.isoformat() if p.follow_up else None}
                    for p in summary.people
                ],
            }
        )
        return 0
    e = summary.event
    print(f"{e.name}  (#{e.id})  {_dates(e)}  {e.place}".rstrip())
    if e.notes:
        print(f"  {e.notes}")
    print("  " + ", ".join(f"{w.key} {n}" for w, n in summary.by_warmth.items()) + f"; {len(summary.people)} people")
    rows = [
        [p.contact_id, p.name, p.org, p.warmth.key, p.follow_up or ("NEEDS FOLLOW-UP" if p.needs_follow_up else "")]
        for p in summary.people
    ]
    print_table(["id", "name", "company", "warmth", "follow-up"], rows)
    return 0


def _print_event(e: Event, as_json: bool, verb: str) -> None:
    if as_json:
        print_json(event_to_dict(e))
    else:
        print(f"{verb} event #{e.id} {e.name} {_dates(e)}".rstrip())


def cmd_event_add(args: argparse.Namespace, ctx: Any) -> int:
    e = ev.create_event(ctx.store, args.name, args.start, args.end, args.place or "", args.notes or "")
    _print_event(e, args.json, "created")
    return 0


def cmd_event_edit(args: argparse.Namespace, ctx: Any) -> int:
    store = ctx.store
    event = ev.resolve_event(store, args.event)
    changes = {k: getattr(args, k) for k in ("name", "start", "end", "place", "notes") if getattr(args, k) is not None}
    if not changes:
        raise InvalidInput("nothing to change: give --name, --start, --end, --place or --notes")
    _print_event(ev.update_event(store, event.id or 0, **changes), args.json, "saved")
    return 0


def cmd_event_rename(args: argparse.Namespace, ctx: Any) -> int:
    event = ev.resolve_event(ctx.store, args.event)
    _print_event(ev.rename_event(ctx.store, event.id or 0, args.new_name), False, "renamed")
    return 0


def cmd_event_merge(args: argparse.Namespace, ctx: Any) -> int:
    store = ctx.store
    keep, other = ev.resolve_event(store, args.keep), ev.resolve_event(store, args.other)
    merged = ev.merge_events(store, keep.id or 0, other.id or 0)
    print(
        f"merged {other.name!r} into #{merged.id} {merged.name}: {len(ev.event_contacts(store, merged.id or 0))} people"
    )
    return 0


def cmd_event_delete(args: argparse.Namespace, ctx: Any) -> int:
    event = ev.resolve_event(ctx.store, args.event)
    n = ev.delete_event(ctx.store, event.id or 0)
    print(f"deleted event #{event.id} {event.name}; its {n} contacts are kept")
    return 0


def cmd_warmth(args: argparse.Namespace, ctx: Any) -> int:
    changed = set_warmth(ctx.store, args.id, args.level)
    c = ctx.store.get(args.id)
    print(f"#{c.id} {c.display_name}: {c.warmth.key}" + ("" if changed else " (unchanged)"))
    return 0


def cmd_note(args: argparse.Namespace, ctx: Any) -> int:
    at = parse_moment(args.at) if args.at else None
    note = add_note(ctx.store, args.id, args.text, contacted=args.contacted, at=at)
    if args.json:
        print_json({"id": note.id, "at": note.at.isoformat(), "text": note.text, "contacted": note.contacted})
    else:
        print(f"note #{note.id} added to #{args.id} ({note.at.astimezone():%Y-%m-%d %H:%M})")
    return 0


def cmd_note_edit(args: argparse.Namespace, ctx: Any) -> int:
    if args.text is None and args.contacted is None and args.at is None:
        raise InvalidInput("nothing to change: give --text, --contacted/--no-contacted or --at")
    at = parse_moment(args.at) if args.at else None
    note = edit_note(ctx.store, args.note_id, text=args.text, contacted=args.contacted, at=at)
    print(f"note #{note.id} saved")
    return 0


def cmd_note_delete(args: argparse.Namespace, ctx: Any) -> int:
    delete_note(ctx.store, args.note_id)
    print(f"note #{args.note_id} deleted")
    return 0


def cmd_introduce(args: argparse.Namespace, ctx: Any) -> int:
    c = set_introduced_by(ctx.store, args.id, None if args.none else args.by)
    if c.introduced_by:
        print(
            f"#{c.id} {c.display_name} was introduced by "
            f"#{c.introduced_by} {ctx.store.get(c.introduced_by).display_name}"
        )
    else:
        print(f"#{c.id} {c.display_name}: no introducer")
    return 0


def _tree_dict(node: IntroNode) -> dict[str, Any]:
    return {"id": node.contact_id, "name": node.name, "introduced": [_tree_dict(n) for n in node.introduced]}


def cmd_introductions(args: argparse.Namespace, ctx: Any) -> int:
    tree = introduction_tree(ctx.store, args.id, args.depth)
    if args.json:
        print_json(_tree_dict(tree))
        return 0

    def show(node: IntroNode, indent: int) -> None:
        print(f"{'  ' * indent}{'└ ' if indent else ''}#{node.contact_id} {node.name}")
        for child in node.introduced:
            show(child, indent + 1)

    show(tree, 0)
    return 0


def cmd_followup(args: argparse.Namespace, ctx: Any) -> int:
    day = None if args.day.strip().lower() in ("none", "-", "") else parse_day(args.day)
    set_follow_up(ctx.store, args.id, day)
    print(f"#{args.id}: follow-up {day or 'cleared'}")
    return 0


def cmd_followups(args: argparse.Namespace, ctx: Any) -> int:
    f = followups(ctx.store, today=args.today)
    groups = (("overdue", f.overdue), ("today", f.today), ("this_week", f.this_week))
    if args.json:
        item = lambda i: {**asdict(i), "warmth": i.warmth.key, "due": i.due.isoformat()}  # noqa: E731
        print_json(
            {
                "day": f.day.isoformat(),
                "week_end": f.week_end.isoformat(),
                **{k: [item(i) for i in v] for k, v in groups},
            }
        )
        return 0
    rows = [[label, i.due, i.contact_id, i.name, i.org, i.warmth.key] for label, items in groups for i in items]
    print_table(["when", "due", "id", "name", "company", "warmth"], rows)
    return 0


def cmd_reconnect(args: argparse.Namespace, ctx: Any) -> int:
    items = reconnect(ctx.store, today=args.today, limit=args.limit)
    if args.json:
        print_json([{**asdict(i), "warmth": i.warmth.key, "last_touched": i.last_touched.isoformat()} for i in items])
        return 0
    print_table(["id", "name", "score", "why"], ([i.contact_id, i.name, f"{i.score:.1f}", i.reason] for i in items))
    return 0


def cmd_cooling(args: argparse.Namespace, ctx: Any) -> int:
    items = cooling(ctx.store, today=args.today, months=args.months)
    if args.json:
        print_json([{**asdict(i), "warmth": i.warmth.key, "last_touched": i.last_touched.isoformat()} for i in items])
        return 0
    print_table(
        ["id", "name", "warmth", "last touched", "days"],
        ([i.contact_id, i.name, i.warmth.key, i.last_touched, i.idle_days] for i in items),
    )
    return 0


def cmd_demo(args: argparse.Namespace, ctx: Any) -> int:
    from cardbox.demo import create_demo

    target = args.into or ctx.db_path.parent
    store = create_demo(target)
    try:
        stats = store.stats()
    finally:
        store.close()
    if args.json:
        print_json(stats)
    else:
        print(f"demo tarjetero created at {stats['path']}: {stats['contacts']} contacts, {stats['events']} events")
        print(f"open it with: cardbox --data-dir {Path(str(stats['path'])).parent} search")
    return 0
