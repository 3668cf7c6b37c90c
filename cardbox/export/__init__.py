"""Exports of the tarjetero: .vcf for phones, .csv for spreadsheets, QR images.

Files are written atomically (a temporary file renamed over the target), so an interrupted
export never leaves half a file where a good one was; `-` writes to standard output.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from cardbox.store.images import atomic_write

Target = str | Path | IO[str] | IO[bytes]


def write_target(text: str, target: Target, encoding: str = "utf-8") -> None:
    """Write `text` to a path (atomically), to stdout for `-`, or to an open text/binary stream."""
    if isinstance(target, str | Path):
        if str(target) == "-":
            out = sys.stdout
            out.write(text)
            out.flush()
            return
        atomic_write(Path(target), text.encode(encoding))
        return
    try:
        target.write(text)  # type: ignore[arg-type, call-overload]
    except TypeError:  # a binary stream refuses str before writing anything
        target.write(text.encode(encoding))  # type: ignore[arg-type]
