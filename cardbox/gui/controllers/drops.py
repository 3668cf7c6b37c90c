"""Which dropped files are photos to scan (folders are walked by the scan dialog)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

PHOTO_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif", ".bmp"}


def scannable(paths: Iterable[Path]) -> list[Path]:
    """The photos and folders among dropped paths, in the order given."""
    out = []
    for p in paths:
        if p.is_dir() or (p.is_file() and p.suffix.lower() in PHOTO_EXTS):
            out.append(p)
    return out
