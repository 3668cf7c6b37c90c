"""The relationship part of the detail pane: warmth, events, tags, follow-up, introduced by."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from cardbox.gui.contact_model import warmth_icon, warmth_label
from cardbox.gui.worker import emit  # PySide 6.12 loses a ref to True per emit()
from cardbox.model import Contact, Warmth
from cardbox.store import Store


class WarmthButtons(QWidget):
    """Four checkable buttons: one click sets the warmth. Emits `picked(int)`."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[Warmth, QToolButton] = {}
        for level in Warmth:
            button = QToolButton()
            button.setObjectName(f"warmth_{level.key}")
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setIcon(warmth_icon(level))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.group.addButton(button, int(level))
            self.buttons[level] = button
            row.addWidget(button)
        row.addStretch(1)
        # Bold marks the current level; colours stay the palette's (light and dark themes).
        self.setStyleSheet("QToolButton:checked { font-weight: bold; }")
        self.group.idClicked.connect(lambda *args: emit(self.picked, *args))
        self.retranslate()

    def retranslate(self) -> None:
        for level, button in self.buttons.items():
            button.setText(warmth_label(level))
            button.setToolTip(self.tr("Set warmth (key {key} in the list)").format(key=int(level)))

    def show_warmth(self, warmth: Warmth | None) -> None:
        for level, button in self.buttons.items():
            button.setChecked(level == warmth)


class RelationForm(QWidget):
    """Events, tags, follow-up and introducer; emits one signal per kind of change."""

    tags_edited = Signal(str)
    event_added = Signal(str)
    event_removed = Signal(int)
    follow_up_set = Signal(object)  # date | None
    pick_introducer = Signal()
    clear_introducer = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        self.events_label = QLabel()
        self.events_label.setWordWrap(True)
        self.events_label.setTextFormat(Qt.TextFormat.RichText)
        self.events_label.linkActivated.connect(lambda link: emit(self.event_removed, int(link.split(":")[1])))
        self.event_edit = QLineEdit()
        self.event_edit.setObjectName("add_event")
        self.event_edit.returnPressed.connect(self._add_event)
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("field_tags")
        self.tags_edit.editingFinished.connect(self._commit_tags)
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")  # the same form as the list's dates
        self.follow_up.setSpecialValueText(" ")  # the minimum date shows as empty: no follow-up
        self.follow_up.setMinimumDate(QDate(2000, 1, 1))
        self.follow_up.editingFinished.connect(self._commit_follow_up)
        self.clear_follow_up = QToolButton()
        self.clear_follow_up.clicked.connect(self._clear_follow_up)
        self.introducer_label = QLabel()
        self.pick_button = QPushButton()
        self.pick_button.clicked.connect(lambda: emit(self.pick_introducer))
        self.clear_introducer_button = QToolButton()
        self.clear_introducer_button.clicked.connect(lambda: emit(self.clear_introducer))
        self._shown_tags = ""
        for widget in self._rows():
            form.addRow(QLabel(), widget)
        self.retranslate()

    def _rows(self) -> list[QWidget]:
        follow = _hbox(self.follow_up, self.clear_follow_up)
        intro = _hbox(self.introducer_label, self.pick_button, self.clear_introducer_button)
        return [self.events_label, self.event_edit, self.tags_edit, follow, intro]

    def retranslate(self) -> None:
        texts = [self.tr("Met at"), self.tr("Add to event"), self.tr("Tags"), self.tr("Follow up on"),
                 self.tr("Introduced by")]
        for row, text in enumerate(texts):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)  # type: ignore[union-attr]
        self.event_edit.setPlaceholderText(self.tr("event name, then Enter"))
        self.tags_edit.setPlaceholderText(self.tr("separate several with commas"))
        self.clear_follow_up.setText(self.tr("Clear"))
        self.clear_follow_up.setToolTip(self.tr("No follow-up"))
        self.pick_button.setText(self.tr("Choose…"))
        self.clear_introducer_button.setText(self.tr("Clear"))

    def show_contact(self, c: Contact | None) -> None:
        self.setEnabled(c is not None)
        self.events_label.setText(self._events_html(c) or "—")
        self._shown_tags = ", ".join(c.tags) if c else ""
        self.tags_edit.setText(self._shown_tags)
        self.follow_up.blockSignals(True)
        self.follow_up.setDate(_qdate(c.follow_up) if c and c.follow_up else self.follow_up.minimumDate())
        self.follow_up.blockSignals(False)
        name = ""
        if c and c.introduced_by is not None and self.store.exists(c.introduced_by):
            name = self.store.get(c.introduced_by).display_name
        self.introducer_label.setText(name or "—")
        self.clear_introducer_button.setEnabled(bool(name))

    def _events_html(self, c: Contact | None) -> str:
        """Each event with its date and a small × link that takes the contact out of it."""
        parts = []
        for e in c.events if c else []:
            when = f" ({e.start.isoformat()})" if e.start else ""
            remove = self.tr("Remove from this event")
            parts.append(f"{escape(e.name)}{when} <a href=\"remove:{e.id}\" title=\"{escape(remove)}\">×</a>")
        return ", ".join(parts)

    def follow_up_date(self) -> date | None:
        d = self.follow_up.date()
        return None if d == self.follow_up.minimumDate() else date(d.year(), d.month(), d.day())

    def _commit_tags(self) -> None:
        if self.tags_edit.text() != self._shown_tags:
            self._shown_tags = self.tags_edit.text()
            emit(self.tags_edited, self._shown_tags)

    def _add_event(self) -> None:
        text = self.event_edit.text().strip()
        if text:
            self.event_edit.clear()
            emit(self.event_added, text)

    def _commit_follow_up(self) -> None:
        emit(self.follow_up_set, self.follow_up_date())

    def _clear_follow_up(self) -> None:
        self.follow_up.setDate(self.follow_up.minimumDate())
        emit(self.follow_up_set, None)

    def commit_all(self) -> None:
        self._commit_tags()
        self._add_event()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _hbox(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return box


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
