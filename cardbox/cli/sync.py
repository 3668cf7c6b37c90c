"""CLI for getting contacts to the phone: `cardbox sync` (two-way CardDAV / vdir) and `cardbox qr`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cardbox.cli.output import print_json, progress_bar
from cardbox.errors import InvalidInput, UserError
from cardbox.store import Store

if TYPE_CHECKING:
    from cardbox.sync.engine import SyncResult
    from cardbox.sync.state import Account

EXIT_NEEDS_CONFIRMATION = 11


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="two-way sync with a CardDAV server or a vdir folder / sincronizar con el móvil")
    p.add_argument(
        "--setup", metavar="URL", help="configure a CardDAV server (asks the password, kept in the OS keyring)"
    )
    p.add_argument("--user", default="", help="with --setup: the user name on the server")
    p.add_argument("--vdir", type=Path, metavar="FOLDER", help="configure a vdir folder (one .vcf per contact) instead")
    p.add_argument("--addressbook", default="", help="with --setup: the address book to use (created when missing)")
    p.add_argument("--account", default="", help="which configured account (default: the first)")
    p.add_argument("--ca-file", default="", help="with --setup: certificate/CA file of a self-signed server")
    p.add_argument("--auth", choices=["basic", "digest"], default="basic", help="with --setup: HTTP authentication")
    p.add_argument("--threshold", type=int, help="deletions allowed without confirmation (default 5)")
    p.add_argument("--confirm-deletions", action="store_true", help="apply deletions even when there are many")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("qr", help="a QR code of one contact, to scan with a phone / código QR de un contacto")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", type=Path, required=True, help="file.png or file.svg")
    p.add_argument("--mecard", action="store_true", help="MECARD instead of vCard (shorter, fewer fields)")
    p.add_argument("--scale", type=int, default=8, help="pixels per module for PNG (default 8)")
    p.add_argument("--json", action="store_true", help="print what went into the code, and any warning")
    p.set_defaults(func=cmd_qr)


def cmd_sync(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    # Imported here: the HTTP stack is loaded only when the user asks for sync (offline by default).
    from cardbox.sync.engine import SyncResult, sync
    from cardbox.sync.state import get_account, save_account

    store: Store = ctx.store
    if args.setup or args.vdir:
        account = setup(store, args)
    else:
        account = get_account(store, args.account or None)
        if args.threshold is not None:
            account.settings.deletion_threshold = args.threshold
            save_account(store, account)
    result: SyncResult | None = None
    for event in progress_bar(
        sync(store, account, confirm_deletions=args.confirm_deletions), enabled=None if not args.json else False
    ):
        if isinstance(event.payload, SyncResult):
            result = event.payload
    assert result is not None
    return report(account, result, args.json)


def setup(store: Store, args: argparse.Namespace) -> Account:
    from cardbox.sync.config import SyncSettings
    from cardbox.sync.setup import setup_carddav, setup_vdir

    """Create or update the account from --setup/--vdir; the password goes to the keyring."""
    name = args.account or "default"
    settings = SyncSettings(ca_file=args.ca_file, auth=args.auth)
    if args.threshold is not None:
        settings.deletion_threshold = args.threshold
    if args.vdir:
        return setup_vdir(store, args.vdir, settings=settings, name=name)
    if not args.user:
        raise InvalidInput("--setup needs --user NAME (the user name on the server)")
    password = getpass.getpass(f"Password for {args.user} at {args.setup} / contraseña: ")
    account = setup_carddav(
        store, args.setup, args.user, password, addressbook=args.addressbook, settings=settings, name=name
    )
    print(f"Using address book {account.collection}", file=sys.stderr)
    return account


def report(account: Account, r: SyncResult, as_json: bool) -> int:
    if as_json:
        print_json({"account": account.name, **r.to_dict()})
    elif r.needs_confirmation:
        print(
            f"Stopped: this sync would delete {r.pending_deletions} contacts (more than "
            f"{account.settings.deletion_threshold}). Nothing was changed. Run again with --confirm-deletions.\n"
            f"Detenido: se borrarían {r.pending_deletions} contactos; no se ha cambiado nada."
        )
    else:
        print(
            f"Synced with {account.url}: {r.created_local} new here, {r.updated_local} updated here, "
            f"{r.deleted_local} deleted here; {r.created_remote} new there, {r.updated_remote} updated there, "
            f"{r.deleted_remote} deleted there; {r.merged} merged, {r.conflicts} conflicts merged."
            + (" Cancelled: run it again to finish." if r.cancelled else "")
        )
        for err in r.errors:
            print(f"  {err.source}: {err.reason}", file=sys.stderr)
    if r.needs_confirmation:
        return EXIT_NEEDS_CONFIRMATION
    return 10 if r.errors else 0


def cmd_qr(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    from cardbox.export.qr import QrError, write_qr

    contact = ctx.store.get(args.id)
    try:
        result = write_qr(contact, args.output, mecard=args.mecard, scale=args.scale)
    except QrError as exc:
        raise UserError(exc.message) from exc
    if args.json:
        print_json(result.to_dict())
    else:
        print(f"{args.output} (QR version {result.version}, {result.format})")
    for warning in result.warnings:
        print(f"cardbox: warning: {warning}", file=sys.stderr)
    return 0
