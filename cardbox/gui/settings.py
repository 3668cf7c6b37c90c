"""The desktop app's preferences, in an INI file under `cardbox.paths.config_dir()`.

Passwords never come here (sync keeps them in the OS keyring).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from cardbox import paths

FILENAME = "cardbox-gui.ini"


class Settings:
    """Typed access to the few things the app remembers between runs."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object = None) -> object:
        return self.qsettings.value(key, default)

    @property
    def language(self) -> str:
        """'auto' (follow the system), 'es' or 'en'."""
        return str(self._get("ui/language", "auto"))

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def first_run_done(self) -> bool:
        return str(self._get("ui/first_run_done", "false")).lower() == "true"

    @first_run_done.setter
    def first_run_done(self, value: bool) -> None:
        self.qsettings.setValue("ui/first_run_done", "true" if value else "false")

    def state(self, name: str) -> QByteArray | None:
        """A saved geometry/splitter state blob, or None."""
        value = self._get(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"window/{name}", value)

    def sync(self) -> None:
        self.qsettings.sync()
