"""CLI: backup, restore and check — keeping the tarjetero safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from cardbox.cli.output import print_json, print_table
from cardbox.errors import InvalidInput
from cardbox.store import backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="back up the tarjetero now (or --list the backups)")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="put a backup in place of the tarjetero (the current file is kept aside)")
    p.add_argument("backup", nargs="?", type=Path, help="a backup file (default: the latest good one)")
    p.add_argument("--yes", action="store_true", help="needed when the current tarjetero is healthy")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="check the tarjetero file for damage")
    p.add_argument("--full", action="store_true", help="full integrity_check instead of quick_check")
    p.set_defaults(func=cmd_check)


def cmd_backup(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    if args.list:
        items = backup.list_backups(ctx.db_path)
        if args.json:
            print_json(
                [
                    {"path": str(b.path), "created": b.created.isoformat(), "reason": b.reason, "size": b.size}
                    for b in items
                ]
            )
        else:
            print_table(
                ["created", "reason", "size", "file"],
                [(f"{b.created:%Y-%m-%d %H:%M:%S}", b.reason, f"{b.size / 1e6:.1f} MB", b.path.name) for b in items],
            )
        return 0
    problem = backup.check_integrity(ctx.db_path)
    if problem:
        raise backup.damaged_error(ctx.db_path, problem)
    path = backup.create_backup(ctx.db_path, "manual")
    print(f"backed up to {path}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    healthy = ctx.db_path.exists() and backup.check_integrity(ctx.db_path) is None
    if healthy and not args.yes:
        raise InvalidInput("the current tarjetero is healthy; add --yes to replace it (it will be kept aside)")
    if healthy:
        backup.create_backup(ctx.db_path, "pre-restore")
    ctx.close()
    source, aside = backup.restore_backup(ctx.db_path, args.backup)
    print(f"restored {source.name}")
    if aside:
        print(f"the previous file was kept as {aside}")
    return 0


def cmd_check(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    problem = backup.check_integrity(ctx.db_path, full=args.full)
    if problem:
        raise backup.damaged_error(ctx.db_path, problem)
    print(f"{ctx.db_path}: ok")
    return 0
