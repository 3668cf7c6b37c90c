"""The main window's actions and menus, with their shortcuts and translatable texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

# Action name -> shortcut. Keep in step with `texts()` and `extra_shortcuts()`.
SHORTCUTS: dict[str, str] = {
    "scan": "Ctrl+O",
    "export": "Ctrl+E",
    "sync": "Ctrl+Shift+S",
    "quit": "Ctrl+Q",
    "undo": "Ctrl+Z",
    "find": "Ctrl+F",
    "new_contact": "Ctrl+N",
    "delete_contact": "Ctrl+Delete",
    "reviewed": "Ctrl+R",
    "qr": "Ctrl+Shift+Q",
    "refresh": "F5",
    "shortcuts": "F1",
    "about": "",
    "lang_auto": "",
    "lang_es": "",
    "lang_en": "",
}
MENUS = {
    "file": ("scan", None, "export", "sync", None, "quit"),
    "edit": ("undo", "find"),
    "contact": ("new_contact", "reviewed", "qr", None, "delete_contact"),
    "view": ("refresh", "language"),
    "help": ("shortcuts", "about"),
}


translate = QCoreApplication.translate


def texts() -> dict[str, str]:
    """Action and menu texts in the current language (language names stay in their own)."""
    return {
        "scan": translate("MainWindow", "&Scan photos…"),
        "export": translate("MainWindow", "&Export…"),
        "sync": translate("MainWindow", "S&ync with phone…"),
        "quit": translate("MainWindow", "&Quit"),
        "undo": translate("MainWindow", "&Undo last edit"),
        "find": translate("MainWindow", "&Find"),
        "new_contact": translate("MainWindow", "&New contact"),
        "delete_contact": translate("MainWindow", "&Delete contact…"),
        "reviewed": translate("MainWindow", "Mark as &reviewed"),
        "qr": translate("MainWindow", "&QR code…"),
        "refresh": translate("MainWindow", "&Refresh"),
        "shortcuts": translate("MainWindow", "&Keyboard shortcuts"),
        "about": translate("MainWindow", "&About cardbox"),
        "lang_auto": translate("MainWindow", "System language"),
        "lang_es": "Español",
        "lang_en": "English",
        "menu_file": translate("MainWindow", "&File"),
        "menu_edit": translate("MainWindow", "&Edit"),
        "menu_contact": translate("MainWindow", "&Contact"),
        "menu_view": translate("MainWindow", "&View"),
        "menu_help": translate("MainWindow", "&Help"),
        "menu_language": translate("MainWindow", "&Language"),
    }


def extra_shortcuts() -> list[tuple[str, str]]:
    """Keys that are not menu actions, for the shortcuts list."""
    return [
        ("1 / 2 / 3 / 4", translate("MainWindow", "Set warmth of the selected contact: cold, warm, hot, trusted")),
        ("Esc", translate("MainWindow", "Clear the search")),
        ("Enter", translate("MainWindow", "Save the field being edited")),
        ("Ctrl+Enter", translate("MainWindow", "Add the note being written")),
        (translate("MainWindow", "Drop photos"), translate("MainWindow", "Scan card photos dropped on the window")),
    ]


class Actions:
    """Creates every QAction once; `retranslate()` renames them after a language change."""

    def __init__(self, window: QMainWindow, slots: dict[str, Callable[[], object]]) -> None:
        self.window = window
        self.by_name: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for name, keys in SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            if keys:
                action.setShortcut(QKeySequence(keys))
            if name in slots:
                action.triggered.connect(slots[name])
            self.by_name[name] = action
        self.language_group = QActionGroup(window)
        for name in ("lang_auto", "lang_es", "lang_en"):
            self.by_name[name].setCheckable(True)
            self.language_group.addAction(self.by_name[name])
        self._build_menus()
        self.retranslate()

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        for menu_name, entries in MENUS.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{menu_name}")
            self.menus[menu_name] = menu
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif entry == "language":
                    sub = menu.addMenu("")
                    sub.setObjectName("menu_language")
                    self.menus["language"] = sub
                    for lang in ("lang_auto", "lang_es", "lang_en"):
                        sub.addAction(self.by_name[lang])
                else:
                    menu.addAction(self.by_name[entry])

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def retranslate(self) -> None:
        words = texts()
        for name, action in self.by_name.items():
            action.setText(words[name])
        for name, menu in self.menus.items():
            menu.setTitle(words[f"menu_{name}"])

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action with a shortcut, then the extra keys."""
        rows = []
        for action in self.by_name.values():
            if not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((keys, action.text().replace("&", "")))
        return rows + extra_shortcuts()
