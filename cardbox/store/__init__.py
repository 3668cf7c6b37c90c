"""The tarjetero's storage: SQLite schema and migrations, contacts, search, card images."""

from __future__ import annotations

from cardbox.store.repository import Store
from cardbox.store.search import Filters

__all__ = ["Store", "Filters"]
