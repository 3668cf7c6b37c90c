"""Where cardbox keeps things: platformdirs, overridable by CARDBOX_DATA_DIR / CARDBOX_CONFIG_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cardbox"
DB_FILENAME = "tarjetero.sqlite3"


def data_dir() -> Path:
    """The folder holding the tarjetero (SQLite file, card images, backups)."""
    override = os.environ.get("CARDBOX_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser()


def config_dir() -> Path:
    """The folder holding settings (never passwords: those go to the OS keyring)."""
    override = os.environ.get("CARDBOX_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return path.expanduser()


def default_db_path() -> Path:
    """The SQLite file of the user's default tarjetero."""
    return data_dir() / DB_FILENAME


def resources_dir() -> Path:
    """The `resources/` folder shipped with cardbox (icons, translations, demo tarjetero)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
