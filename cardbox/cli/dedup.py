"""CLI: dedup, merge, undo, merges — finding duplicates and merging them, reversibly."""

from __future__ import annotations

import argparse

from cardbox.cli.output import print_json, print_table, progress_bar
from cardbox.dedup import (
    AUTO,
    REVIEW,
    Candidate,
    apply_merge,
    compare,
    dismiss,
    merge_log,
    plan_merge,
    record_review,
    review_queue,
    scan_tarjetero,
    undo_merge,
)
from cardbox.errors import CardboxError
from cardbox.serialize import contact_to_dict


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dedup", help="find contacts that are the same person (and merge the sure ones)")
    p.add_argument("--auto", action="store_true", help="merge every pair with strong evidence, printing each")
    p.add_argument("--queue", action="store_true", help="list the review queue instead of searching again")
    p.add_argument(
        "--dismiss",
        nargs=2,
        type=int,
        metavar=("A", "B"),
        help="A and B are different people: never propose them again",
    )
    p.add_argument("--json", action="store_true", help="print the pairs as JSON")
    p.add_argument("--limit", type=int, default=200, help="print at most this many pairs (default 200; 0: all)")
    p.set_defaults(func=cmd_dedup)

    p = sub.add_parser("merge", help="merge contact B into contact A (A keeps its id)")
    p.add_argument("kept", type=int, metavar="A")
    p.add_argument("other", type=int, metavar="B")
    p.add_argument("--dry-run", action="store_true", help="show what the merged contact would be, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("undo", help="undo the latest merge (or --merge ID), also after a restart")
    p.add_argument("--merge", type=int, dest="merge_id", help="the merge to undo (see `cardbox merges`)")
    p.add_argument(
        "--force", action="store_true", help="undo even if the kept contact changed since (new notes are kept)"
    )
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("merges", help="the merge log")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merges)


def _names(ctx, ids: set[int]) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {c.id: c.display_name for c in ctx.store.get_many(sorted(ids)) if c.id is not None}


def _print_pairs(ctx, cands: list[Candidate], as_json: bool, limit: int) -> None:  # type: ignore[no-untyped-def]
    shown = cands[:limit] if limit else cands
    if as_json:
        print_json([c.to_dict() for c in shown])
        return
    names = _names(ctx, {c.other_id for c in shown} | {c.contact_id for c in shown if c.contact_id})
    rows = [
        [
            c.contact_id,
            names.get(c.contact_id or 0, ""),
            c.other_id,
            names.get(c.other_id, ""),
            f"{c.score:.2f}",
            c.decision,
            c.explanation,
        ]
        for c in shown
    ]
    print_table(["A", "name A", "B", "name B", "score", "decision", "why"], rows)
    if len(cands) > len(shown):
        print(f"… and {len(cands) - len(shown)} more (use --limit 0)")


def _find_pairs(ctx) -> list[Candidate]:  # type: ignore[no-untyped-def]
    cands = [ev.payload for ev in progress_bar(scan_tarjetero(ctx.store)) if isinstance(ev.payload, Candidate)]
    uids = {r[0]: r[1] for r in ctx.store.conn.execute("SELECT id, uid FROM contacts")}
    for c in cands:
        if c.decision == REVIEW and c.contact_id in uids and c.other_id in uids:
            record_review(ctx.store, uids[c.contact_id], uids[c.other_id], c)
    cands.sort(key=lambda c: (c.decision != AUTO, -c.score))
    return cands


def _merge_auto(ctx, cands: list[Candidate]) -> int:  # type: ignore[no-untyped-def]
    """Apply the auto pairs, oldest contact kept; each pair is re-scored as it is now."""
    moved: dict[int, int] = {}

    def current(cid: int) -> int:
        while cid in moved:
            cid = moved[cid]
        return cid

    merged = 0
    for c in (c for c in cands if c.decision == AUTO and c.contact_id):
        kept, other = sorted((current(c.contact_id or 0), current(c.other_id)))
        if kept == other:
            continue
        fresh = compare(ctx.store, kept, other)
        if fresh.decision != AUTO:
            print(f"skipped {kept} + {other}: after earlier merges only {fresh.decision} ({fresh.explanation})")
            continue
        names = _names(ctx, {kept, other})
        merge_id = apply_merge(ctx.store, kept, other, reasons=fresh.explanation)
        moved[other] = kept
        merged += 1
        print(
            f"merged {other} ({names.get(other, '')}) into {kept} ({names.get(kept, '')}): "
            f"{fresh.explanation} [merge {merge_id}]"
        )
    print(f"{merged} merges; `cardbox undo` reverses the latest, `cardbox merges` lists them")
    return 0


def cmd_dedup(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    if args.dismiss:
        dismiss(ctx.store, *args.dismiss)
        print(f"{args.dismiss[0]} and {args.dismiss[1]} will not be proposed again")
        return 0
    if args.queue:
        _print_pairs(ctx, review_queue(ctx.store), args.json, args.limit)
        return 0
    cands = _find_pairs(ctx)
    if args.auto:
        return _merge_auto(ctx, cands)
    _print_pairs(ctx, cands, args.json, args.limit)
    return 0


def cmd_merge(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    kept, other = ctx.store.get(args.kept), ctx.store.get(args.other)
    plan = plan_merge(kept, other)
    if args.dry_run:
        if args.json:
            print_json({"result": contact_to_dict(plan.result), "origin": plan.origin, "kept_back": plan.kept_back})
        else:
            print(f"merging {other.id} ({other.display_name}) into {kept.id} ({kept.display_name}) would give:")
            print("\n".join("  " + line for line in plan.describe()))
        return 0
    try:
        why = compare(ctx.store, kept.id or 0, other.id or 0).explanation
    except CardboxError:
        why = ""
    merge_id = apply_merge(ctx.store, args.kept, args.other, reasons=f"by hand; {why}" if why else "by hand")
    print(f"merged {other.id} ({other.display_name}) into {kept.id} [merge {merge_id}]:")
    print("\n".join("  " + line for line in plan.describe()))
    return 0


def cmd_undo(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    merge_id = undo_merge(ctx.store, args.merge_id, force=args.force)
    print(f"merge {merge_id} undone: both contacts are back")
    return 0


def cmd_merges(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    log = merge_log(ctx.store, args.limit or None)
    if args.json:
        print_json([r.__dict__ for r in log])
        return 0
    rows = [[r.id, r.at, r.kept_id, r.kept_name, r.removed_name, r.undone_at or "", r.reasons] for r in log]
    print_table(["merge", "at", "kept", "kept name", "merged away", "undone", "why"], rows)
    return 0
