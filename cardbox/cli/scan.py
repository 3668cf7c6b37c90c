"""`cardbox scan PATH...`: photos of business cards to draft contacts (or JSON Lines)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cardbox.cli.output import print_jsonl, progress_bar
from cardbox.model import Event

EXIT_PARTIAL = 10
ADDRESS_KEYS = ("street", "postal_code", "city", "region", "country")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="scan photos of business cards (files or folders) into draft contacts")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="photos or folders of photos")
    p.add_argument("--event", help="the event where you met them (created if new)")
    p.add_argument("--dry-run", action="store_true", help="read the cards but store nothing")
    p.add_argument("--json", action="store_true", help="print one JSON object per card (JSON Lines)")
    p.add_argument("--force", action="store_true", help="scan photos again even if already in the tarjetero")
    p.add_argument("--lang", default="spa+eng", help="Tesseract languages (default spa+eng)")
    p.add_argument("--region", default="ES", help="country for national phone numbers (default ES)")
    p.add_argument("--workers", type=int, default=None, help="OCR processes (default: one per core; 0: inline)")
    p.set_defaults(func=cmd_scan)


def card_json(card: Any) -> dict[str, Any]:
    """The documented `--json` object for one card (or one failed photo)."""
    contact = card.parsed.contact if card.parsed is not None else None
    address = {k: "" for k in ADDRESS_KEYS}
    if contact is not None and contact.addresses:
        first = contact.addresses[0]
        address = {k: getattr(first, k) or "" for k in ADDRESS_KEYS}
    text = lambda name: (getattr(contact, name) or "") if contact is not None else ""  # noqa: E731
    return {
        "photo": card.photo,
        "card_index": card.card_index,
        "quad": [list(p) for p in card.quad],
        "full_name": text("full_name"),
        "given_name": text("given_names"),
        "family_name": text("family_names"),
        "title": text("title"),
        "org": text("org"),
        "emails": [e.address for e in contact.emails] if contact else [],
        "phones": [{"e164": p.e164, "type": getattr(p.type, "value", str(p.type))} for p in contact.phones]
        if contact
        else [],
        "urls": [u.url for u in contact.urls] if contact else [],
        "address": address,
        "confidence": {k: round(float(v), 3) for k, v in card.parsed.confidence.items()}
        if card.parsed is not None
        else {},
        "qr": card.qr,
        "ocr_text": card.ocr_text,
        "error": card.error,
    }


def _human(card: Any) -> str:
    if card.error:
        return f"{card.photo}: {card.error}"
    c = card.parsed.contact
    bits = [c.display_name or "(sin nombre / no name)", c.title, c.org]
    bits += [e.address for e in c.emails[:1]] + [p.e164 for p in c.phones[:1]]
    saved = f" -> #{card.contact_id}" if card.contact_id else ""
    return f"{card.photo} [{card.card_index}] " + " · ".join(b for b in bits if b) + saved


def cmd_scan(args: argparse.Namespace, ctx: Any) -> int:
    from cardbox.scan.pipeline import scan_photos

    store = None if args.dry_run else ctx.store
    event = Event(name=args.event) if args.event else None
    failed = 0
    events = scan_photos(
        list(args.paths),
        store=store,
        event=event,
        dry_run=args.dry_run,
        force=args.force,
        workers=args.workers,
        langs=args.lang,
        region=args.region,
    )
    for ev in progress_bar(events):
        if ev.stage == "photo" and ev.label.startswith("skipped") and not args.json:
            print(ev.label, file=sys.stderr)
        if ev.stage != "card" or ev.payload is None:
            continue
        card = ev.payload
        failed += 1 if card.error else 0
        if args.json:
            print_jsonl(card_json(card))
        elif card.error:
            print(f"cardbox: error: {_human(card)}", file=sys.stderr)
        else:
            print(_human(card))
    return EXIT_PARTIAL if failed else 0
