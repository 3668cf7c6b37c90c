"""CLI: `cardbox import FILE...` (.vcf) and `cardbox export --vcf/--csv` of matching contacts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cardbox.cli.contacts import add_filter_arguments, filters_from_args
from cardbox.cli.output import print_json, progress_bar
from cardbox.errors import InvalidInput, ItemError, UserError
from cardbox.importer import import_files


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import contacts from .vcf files (vCard 2.1, 3.0, 4.0)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".vcf files from a phone, Outlook, Google…")
    p.add_argument("--json", action="store_true", help="print a JSON summary instead of a line")
    p.add_argument("--no-dedup", action="store_true", help="never merge a card into an existing contact found by dedup")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export contacts (all, or those matching) to .vcf and/or .csv")
    p.add_argument("query", nargs="*", help="only contacts matching these words (default: all)")
    p.add_argument("--vcf", metavar="PATH", help="write a .vcf here ('-' for standard output)")
    p.add_argument(
        "--version",
        dest="vcard_version",
        choices=["3.0", "4.0"],
        default="3.0",
        help="vCard version (default 3.0: phones import it best)",
    )
    p.add_argument("--photos", action="store_true", help="put each contact's card image in the .vcf (small JPEG)")
    p.add_argument("--csv", metavar="PATH", help="write a .csv for Excel/LibreOffice here ('-' for standard output)")
    p.add_argument("--ids", type=_ids, help="only these contact ids, e.g. 1,2,3")
    add_filter_arguments(p)
    p.set_defaults(func=cmd_export)


def _ids(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected ids like 1,2,3, got {text!r}") from exc


def describe_failure(error: ItemError) -> str:
    """`file, card N: reason` with N counted from 1 as people do."""
    if error.index is None:
        return f"{error.source}: {error.reason}"
    return f"{error.source}, card {error.index + 1}: {error.reason}"


def _dedup_resolver():  # type: ignore[no-untyped-def]
    """Dedup's resolver: a card with an unknown UID that is surely someone already stored merges in."""
    try:
        from cardbox.dedup.find import import_resolver
    except ImportError:  # pragma: no cover - dedup is optional for importing
        return None
    return import_resolver


def cmd_import(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    from cardbox.cli.main import EXIT_PARTIAL

    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        raise InvalidInput(f"no such file: {', '.join(missing)}")
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    failures: list[ItemError] = []
    resolver = None if args.no_dedup else _dedup_resolver()
    for event in progress_bar(import_files(ctx.store, list(args.files), resolver=resolver)):
        if event.error is not None:
            failures.append(event.error)
            print(f"cardbox: {describe_failure(event.error)}", file=sys.stderr)
        else:
            counts[getattr(event.payload, "action", "created")] += event.payload is not None
    if args.json:
        print_json(
            {
                "imported": counts["created"],
                "updated": counts["updated"],
                "unchanged": counts["unchanged"],
                "failed": len(failures),
                "errors": [
                    {
                        "file": e.source,
                        "index": e.index,
                        "card": None if e.index is None else e.index + 1,
                        "reason": e.reason,
                    }
                    for e in failures
                ],
            }
        )
    else:
        line = f"imported {counts['created']}, updated {counts['updated']}, failed {len(failures)}"
        print(line + (f" ({counts['unchanged']} unchanged)" if counts["unchanged"] else ""))
    return EXIT_PARTIAL if failures else 0


def cmd_export(args: argparse.Namespace, ctx) -> int:  # type: ignore[no-untyped-def]
    from cardbox.export.csv import export_csv
    from cardbox.export.vcf import export_vcf

    if not args.vcf and not args.csv:
        raise InvalidInput("say where to export: --vcf PATH and/or --csv PATH ('-' for standard output)")
    if args.vcf == "-" and args.csv == "-":
        raise InvalidInput("only one of --vcf and --csv can go to standard output")
    filters = filters_from_args(args)
    if args.ids is not None:
        filters.ids = args.ids
    ids = ctx.store.search(" ".join(args.query), filters, order="name")
    if not ids:
        raise UserError("no contact matches: nothing exported")
    done = []
    if args.vcf:
        n = export_vcf(ctx.store, ids, args.vcf, version=args.vcard_version, with_photos=args.photos)
        done.append(f"{n} to {args.vcf}")
    if args.csv:
        n = export_csv(ctx.store, ids, args.csv)
        done.append(f"{n} to {args.csv}")
    out = sys.stderr if "-" in (args.vcf, args.csv) else sys.stdout
    print("exported " + ", ".join(done), file=out)
    return 0
