"""Printing for the CLI: JSON, plain tables and a progress bar drawn from Progress events."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from cardbox.progress import Progress


def print_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_jsonl(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(json.dumps(data, ensure_ascii=False) + "\n")
    out.flush()


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO | None = None) -> None:
    """A plain aligned table; columns shrink to the terminal width (the last one is cut)."""
    out = out or sys.stdout
    data = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in data:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    total = shutil.get_terminal_size((120, 20)).columns
    over = sum(widths) + 2 * (len(widths) - 1) - total
    if over > 0 and widths:
        widths[-1] = max(8, widths[-1] - over)
    fmt = lambda cells: "  ".join(c[: widths[i]].ljust(widths[i]) for i, c in enumerate(cells)).rstrip()  # noqa: E731
    out.write(fmt(list(headers)) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in data:
        out.write(fmt(row) + "\n")


def progress_bar(
    events: Iterable[Progress], enabled: bool | None = None, out: TextIO | None = None
) -> Iterator[Progress]:
    """Pass events through, drawing a one-line bar on a terminal (stderr) as they go."""
    out = out or sys.stderr
    show = out.isatty() if enabled is None else enabled
    last = ""
    for event in events:
        if show:
            width = 30
            if event.total:
                filled = int(width * min(event.done, event.total) / event.total)
                bar = "#" * filled + "-" * (width - filled)
                line = f"\r[{bar}] {event.done}/{event.total} {event.label[-40:]}"
            else:
                line = f"\r{event.done} {event.stage} {event.label[-40:]}"
            out.write(line.ljust(len(last)))
            out.flush()
            last = line
        yield event
    if show and last:
        out.write("\n")
