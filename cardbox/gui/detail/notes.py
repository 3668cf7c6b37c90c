"""The dated notes log: newest first, a box to add one, and "contacted today"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbox.gui.worker import emit  # PySide 6.12 loses a ref to True per emit()
from cardbox.model import Contact


class NotesLog(QWidget):
    """Emits `added(text, contacted)`; `pending()` gives text typed but not yet added."""

    added = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("notes_list")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(80)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("note_editor")
        self.editor.setMaximumHeight(70)
        self.contacted = QCheckBox()
        self.contacted.setObjectName("contacted_today")
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_note")
        self.add_button.clicked.connect(self.add)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.editor, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.contacted)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("What did you talk about? (Ctrl+Enter adds the note)"))
        self.contacted.setText(self.tr("Contacted today"))
        self.add_button.setText(self.tr("Add note"))

    def show_contact(self, c: Contact | None) -> None:
        self.list.clear()
        self.setEnabled(c is not None)
        for note in reversed(c.notes if c else []):
            when = note.at.astimezone().strftime("%Y-%m-%d %H:%M")
            mark = " ✓" if note.contacted else ""
            item = QListWidgetItem(f"{when}{mark} — {note.text}" if note.text else f"{when}{mark}")
            if note.contacted:
                item.setToolTip(self.tr("You were in contact that day"))
            self.list.addItem(item)

    def pending(self) -> str:
        return self.editor.toPlainText().strip()

    def add(self) -> None:
        """Add the typed note (or a bare 'contacted today' mark)."""
        text, contacted = self.pending(), self.contacted.isChecked()
        if not text and not contacted:
            return
        self.editor.clear()
        self.contacted.setChecked(False)
        emit(self.added, text, contacted)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
