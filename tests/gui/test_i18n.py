"""Spanish and English: the .ts files are complete and no English text survives a live switch."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from cardbox import paths
from cardbox.gui import i18n
from cardbox.gui.app import build_window
from cardbox.gui.settings import Settings
from cardbox.model import Contact, Event, Provenance, SourceKind
from cardbox.store import Store

pytestmark = pytest.mark.gui
TRANSLATIONS = paths.resources_dir() / "translations"


def messages(lang: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS / f"cardbox_{lang}.ts").getroot().iter("message"))


def translated_sources() -> set[str]:
    """English source strings whose Spanish translation differs (these must not stay visible)."""
    out = set()
    for m in messages("es"):
        source = m.findtext("source") or ""
        tr = m.find("translation")
        text = tr.text or "" if tr is not None else ""
        if m.get("numerus") != "yes" and text and text != source and "{" not in source:
            out.add(source.replace("&", ""))
    return out


@pytest.mark.parametrize("lang", ["es", "en"])
def test_ts_files_are_complete_and_compiled(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 100
    unfinished = [m.findtext("source") for m in found if (m.find("translation").get("type") or "") == "unfinished"]
    assert unfinished == []
    for m in found:
        tr = m.find("translation")
        forms = [f.text for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        assert all(forms), m.findtext("source")
    qm = TRANSLATIONS / f"cardbox_{lang}.qm"
    assert qm.is_file() and qm.stat().st_size > 1000


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read in a widget tree: labels, buttons, fields, menus, actions."""
    texts: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts += [w.text(), w.toolTip()]
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QMenu):
            texts.append(w.title())
        elif isinstance(w, QTreeWidget):
            texts += [it.text(0).split(" (")[0] for it in w.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)]  # noqa: E501
        texts += [a.text() for a in w.actions()]
    model = getattr(root, "model", None)
    if model is not None and hasattr(model, "headerData"):
        texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [t.replace("&", "") for t in texts if t]


def leftovers(root: QWidget) -> list[str]:
    english = translated_sources()
    return sorted({t for t in visible_texts(root) if t in english})


@pytest.fixture
def populated(store: Store) -> Store:
    c = Contact(full_name="Marta Ruiz", org="Levante", events=[Event("Feria Valencia")], tags=["erp"])
    c.sources["org"] = Provenance(SourceKind.SCAN, "3", 0.7)
    c.add_note("Met at the stand", contacted=True)
    store.save(c)
    return store


def test_live_switch_to_spanish_leaves_no_english(qtbot, populated: Store) -> None:  # type: ignore[no-untyped-def]
    i18n.install("en")
    win = build_window(populated, Settings())
    qtbot.addWidget(win)
    win.show()
    assert "File" in visible_texts(win)  # the walk really sees the menus
    assert "Needs review" in visible_texts(win)
    win.set_language("es")
    qtbot.waitUntil(lambda: win.commands.menus["file"].title() == "&Archivo", timeout=3000)
    qtbot.wait(50)  # let every posted LanguageChange arrive
    assert leftovers(win) == []
    assert "Todos los contactos" in visible_texts(win)
    assert "Frío" in visible_texts(win)
    assert win.detail.fields.origins["org"].text().startswith("del escaneo")
    win.set_language("en")
    qtbot.waitUntil(lambda: win.commands.menus["file"].title() == "&File", timeout=3000)
    win.close()


def test_dialogs_open_in_spanish(qtbot, populated: Store) -> None:  # type: ignore[no-untyped-def]
    from cardbox.gui.dialogs.about import AboutDialog
    from cardbox.gui.dialogs.first_run import FirstRunDialog
    from cardbox.gui.dialogs.shortcuts import ShortcutsDialog

    i18n.install("es")
    try:
        win = build_window(populated, Settings())
        qtbot.addWidget(win)
        dialogs: list[QWidget] = [
            AboutDialog("0.1.0", win), FirstRunDialog(True, win), ShortcutsDialog(win.commands.shortcut_rows(), win)
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            assert leftovers(dialog) == [], dialog.objectName()
        shortcuts = dialogs[2].table  # type: ignore[attr-defined]
        rows = [shortcuts.item(r, 1).text() for r in range(shortcuts.rowCount())]
        assert "Buscar" in rows and "Borrar la búsqueda" in rows
    finally:
        i18n.install("en")


def test_language_follows_the_system_when_auto() -> None:
    assert i18n.resolve("auto") in i18n.LANGUAGES
    assert i18n.resolve("es") == "es"
    assert i18n.resolve(None) == i18n.system_language()


def test_update_script_exists() -> None:
    script = Path(paths.resources_dir()).parent / "scripts" / "update-translations.sh"
    assert "pyside6-lupdate" in script.read_text() and "pyside6-lrelease" in script.read_text()
