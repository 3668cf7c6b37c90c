"""`cardbox` command: parses arguments, opens the tarjetero, turns errors into one line + exit code.

Each area of cardbox adds its subcommands from its own module in `COMMAND_MODULES`; a module
exposes `register(subparsers)` and sets `func(args, ctx) -> int` on each subparser.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cardbox import __version__, paths
from cardbox.errors import CardboxError, StoreDamaged, UserError
from cardbox.store import Store
from cardbox.store.backup import damaged_error, maybe_daily_backup

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 10  # the batch finished but some items failed (reported one per line)
EXIT_INTERRUPTED = 130

# Modules that contribute subcommands, in help order.
COMMAND_MODULES = [
    "cardbox.cli.contacts",
    "cardbox.cli.maintenance",
    "cardbox.cli.scan",
    "cardbox.cli.relations",
    "cardbox.cli.dedup",
    "cardbox.cli.sync",
    "cardbox.cli.transfer",
]


@dataclass
class Context:
    """What every command gets: a lazily opened store and output preferences."""

    db_path: Path
    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.db_path)
        return self._store

    @property
    def opened(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cardbox",
        description="cardbox: your offline tarjetero of business cards and the people behind them.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    parser.add_argument(
        "--data-dir", type=Path, help="tarjetero folder (default: $CARDBOX_DATA_DIR or the user data dir)"
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def versions() -> dict[str, str]:
    """Versions of cardbox and the engines it drives (what `--version` prints)."""
    out = {"cardbox": __version__, "python": sys.version.split()[0]}
    try:
        from cardbox.scan.ocr import tesseract

        out.update(tesseract.describe())
    except Exception as exc:  # noqa: BLE001 - a version banner must never fail
        out["tesseract"] = f"unavailable ({exc})"
    try:
        import cv2

        out["opencv"] = cv2.__version__
    except Exception:  # noqa: BLE001
        out["opencv"] = "unavailable"
    try:
        from importlib.metadata import version

        out["qt (PySide6)"] = version("PySide6-Essentials")
    except Exception:  # noqa: BLE001
        out["qt (PySide6)"] = "unavailable"
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2), format="cardbox: %(levelname)s: %(message)s")
    if args.version:
        for name, value in versions().items():
            print(f"{name}: {value}")
        return EXIT_OK
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    if args.data_dir:
        os.environ["CARDBOX_DATA_DIR"] = str(args.data_dir)
    ctx = Context(db_path=paths.default_db_path())
    try:
        code = int(args.func(args, ctx) or 0)
        if ctx.opened:
            maybe_daily_backup(ctx.db_path)  # at most once a day; never fails the command
        return code
    except CardboxError as exc:
        print(f"cardbox: error: {describe(exc)}", file=sys.stderr)
        if args.verbose and not isinstance(exc, UserError):
            raise
        return exc.exit_code
    except sqlite3.DatabaseError as exc:
        # A damaged page found mid-command: same words as a damage found at open.
        print(f"cardbox: error: {describe(damaged_error(ctx.db_path, str(exc)))}", file=sys.stderr)
        return StoreDamaged.exit_code
    except KeyboardInterrupt:
        print("cardbox: interrupted; everything reported done is saved.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    finally:
        ctx.close()


def describe(exc: CardboxError) -> str:
    """One line for the user (the GUI's error dialog uses its own translated words)."""
    return exc.message


if __name__ == "__main__":
    sys.exit(main())
