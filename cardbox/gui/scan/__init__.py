"""Scanning from the GUI: `open_scan` is the one entry for drops and File ▸ Scan photos…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from cardbox.gui.scan.dialog import ScanDialog, ScanSummary
from cardbox.model import Event
from cardbox.store import Store

__all__ = ["ScanDialog", "ScanSummary", "open_scan"]


def open_scan(parent: QWidget | None, store: Store, paths: list[Path], event: Event | None = None) -> ScanDialog:
    """Show the scan dialog for these photos (non-modal) and return it.

    Connect `dialog.review_requested(list[int])` to show the review view and
    `dialog.scan_finished(ScanSummary)` to refresh the contact list.
    """
    dialog = ScanDialog(store, [Path(p) for p in paths], event, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
