"""Reviewing freshly scanned cards: `ReviewView(store, parent)` for the main window."""

from __future__ import annotations

from cardbox.gui.review.view import ReviewView

__all__ = ["ReviewView"]
