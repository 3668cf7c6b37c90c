"""Choosing where you met the people on the cards: an existing event or a new one."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from cardbox.errors import InvalidInput
from cardbox.model import Event
from cardbox.store import Store

NO_EVENT = "none"
NEW_EVENT = "new"
LAST_EVENT_SETTING = "gui.scan.last_event_id"


class EventPicker(QWidget):
    """A combo of the tarjetero's events plus "New event…" with name, date and place."""

    def __init__(self, store: Store, preselect: Event | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.combo = QComboBox()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Feria Fitur 2026"))
        self.has_date = QCheckBox(self.tr("Date"))
        self.has_date.setChecked(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.has_date.toggled.connect(self.date.setEnabled)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("City or venue (optional)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Where did you meet them?"), self.combo)
        form.addRow(self.tr("Event name"), self.name)
        form.addRow(self.has_date, self.date)
        form.addRow(self.tr("Place"), self.place)
        self._rows = [self.name, self.date, self.place, self.has_date]
        self._fill(preselect)
        self.combo.currentIndexChanged.connect(self._update_new_fields)
        self._update_new_fields()

    def _fill(self, preselect: Event | None) -> None:
        self.combo.addItem(self.tr("New event…"), NEW_EVENT)
        self.combo.addItem(self.tr("No event"), NO_EVENT)
        for event, count in self.store.events():
            when = f" · {event.start.isoformat()}" if event.start else ""
            label = self.tr("{name}{when} ({count} contacts)")
            self.combo.addItem(label.format(name=event.name, when=when, count=count), event.id)
        wanted = preselect.id if preselect and preselect.id else self.store.setting(LAST_EVENT_SETTING)
        if preselect is not None and preselect.id is None:
            self.name.setText(preselect.name)
            wanted = NEW_EVENT
        index = self.combo.findData(wanted) if wanted is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else 0)

    def _update_new_fields(self) -> None:
        new = self.combo.currentData() == NEW_EVENT
        for widget in self._rows:
            widget.setVisible(new)
            label = self.layout().labelForField(widget)
            if label is not None:
                label.setVisible(new)
        self.date.setEnabled(new and self.has_date.isChecked())

    def select_event(self, event_id: int | None) -> None:
        """Choose an existing event (None: no event)."""
        self.combo.setCurrentIndex(self.combo.findData(NO_EVENT if event_id is None else event_id))

    def select_new(self, name: str, start: QDate | None = None, place: str = "") -> None:
        """Choose "New event…" and fill its fields."""
        self.combo.setCurrentIndex(self.combo.findData(NEW_EVENT))
        self.name.setText(name)
        self.has_date.setChecked(start is not None)
        if start is not None:
            self.date.setDate(start)
        self.place.setText(place)

    def chosen(self) -> Event | None:
        """The stored event to file the cards under (created now when new), or None.

        Raises InvalidInput when "New event…" is chosen without a name.
        """
        data = self.combo.currentData()
        if data == NO_EVENT:
            self.store.set_setting(LAST_EVENT_SETTING, None)
            return None
        if data == NEW_EVENT:
            name = self.name.text().strip()
            if not name:
                raise InvalidInput(self.tr("Give the new event a name, or choose “No event”."))
            start = self.date.date().toPython() if self.has_date.isChecked() else None
            event = self.store.ensure_event(Event(name=name, start=start, place=self.place.text().strip()))
        else:
            event = self.store.event(int(data))
        self.store.set_setting(LAST_EVENT_SETTING, event.id)
        return event
