"""A small search dialog to pick one contact (for "introduced by")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cardbox.store import Store

LIMIT = 50


class ContactPicker(QDialog):
    """Type to search; double-click or OK picks. `chosen_id` is the answer."""

    def __init__(self, store: Store, exclude: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.exclude = exclude
        self.chosen_id: int | None = None
        self.setWindowTitle(self.tr("Who introduced you?"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name or a company"))
        self.search.textChanged.connect(self.refresh)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.search, self.results, buttons):
            layout.addWidget(w)
        self.refresh("")

    def refresh(self, text: str) -> None:
        self.results.clear()
        ids = [i for i in self.store.search(text, limit=LIMIT) if i != self.exclude]
        for c in self.store.get_many(ids):
            item = QListWidgetItem(" · ".join(p for p in (c.display_name, c.org) if p))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        item = self.results.currentItem()
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()
