"""Which dropped or opened files are photos to scan (folders are walked by the scan dialog)
and which are vCards to import."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cardbox.store import Store

VCARD_EXTS = {".vcf", ".vcard"}
PHOTO_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif", ".bmp"}


def scannable(paths: Iterable[Path]) -> list[Path]:
    """The photos and folders among dropped paths, in the order given."""
    out = []
    for p in paths:
        if p.is_dir() or (p.is_file() and p.suffix.lower() in PHOTO_EXTS):
            out.append(p)
    return out


def import_vcards(store: Store, paths: list[Path]) -> tuple[int, int]:
    """Import .vcf files with the dedup rules; returns (cards stored, cards that failed)."""
    from cardbox.dedup.find import import_resolver
    from cardbox.importer import import_files

    stored = failed = 0
    for event in import_files(store, paths, resolver=import_resolver):
        if event.error is not None:
            failed += 1
        elif event.payload is not None:
            stored += 1
    return stored, failed
