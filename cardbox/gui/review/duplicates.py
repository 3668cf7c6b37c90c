"""A proposed duplicate beside the new card, with a preview of what a merge would keep.

Uses the dedup core (`find_candidates`, `plan_merge`, `apply_merge`); when that core is not
installed the panel simply stays hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cardbox.gui.worker import emit
from cardbox.model import Contact
from cardbox.phones import pretty
from cardbox.store import Store

ROWS = ("name", "title", "org", "emails", "phones", "urls", "address", "warmth", "notes")


def dedup_api() -> Any | None:
    """The dedup core module, or None when it is not available."""
    try:
        import cardbox.dedup as dedup

        for name in ("find_candidates", "plan_merge", "apply_merge", "undo_merge"):
            getattr(dedup, name)
    except (ImportError, AttributeError):
        return None
    return dedup


def summary(contact: Contact, row: str) -> str:
    """One comparable line per aspect of a contact."""
    if row == "name":
        return contact.display_name
    if row in ("title", "org"):
        return getattr(contact, row)
    if row == "emails":
        return "\n".join(e.address for e in contact.emails)
    if row == "phones":
        return "\n".join(pretty(p.e164) for p in contact.phones)
    if row == "urls":
        return "\n".join(u.url for u in contact.urls)
    if row == "address":
        a = contact.addresses[0] if contact.addresses else None
        return ", ".join(x for x in (a.street, a.postal_code, a.city, a.country) if x) if a else ""
    if row == "warmth":
        return contact.warmth.key
    return str(len(contact.notes)) if contact.notes else ""


class DuplicatePanel(QWidget):
    """The best candidate for the current card, side by side, with "Merge" and "Keep both".

    Emits `merge_requested(kept_id, other_id)`; the review view applies it.
    """

    merge_requested = Signal(int, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.contact: Contact | None = None
        self.candidate: Any = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(len(ROWS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("This card"), self.tr("Already in the tarjetero"),
                                              self.tr("After merging")])
        self.table.setVerticalHeaderLabels([self._row_label(r) for r in ROWS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.merge_button = QPushButton(self.tr("Merge into existing contact"))
        self.merge_button.clicked.connect(self._merge)
        self.keep_button = QPushButton(self.tr("Keep both"))
        self.keep_button.clicked.connect(self.keep_both)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.merge_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.table)
        box.addLayout(buttons)
        self.hide()

    def _row_label(self, row: str) -> str:
        labels = {"name": self.tr("Name"), "title": self.tr("Job title"), "org": self.tr("Company"),
                  "emails": self.tr("Emails"), "phones": self.tr("Phones"), "urls": self.tr("Web sites"),
                  "address": self.tr("Address"), "warmth": self.tr("Warmth"), "notes": self.tr("Notes")}
        return labels[row]

    def show_for(self, contact: Contact) -> bool:
        """Look for a duplicate of this contact; show it (True) or hide the panel."""
        self.contact, self.candidate = contact, None
        dedup = dedup_api()
        if dedup is None or contact.id is None:
            self.hide()
            return False
        found = [c for c in dedup.find_candidates(self.store, contact)
                 if c.decision in ("auto", "review") and c.other_id != contact.id and self.store.exists(c.other_id)]
        if not found:
            self.hide()
            return False
        self.candidate = max(found, key=lambda c: c.score)
        other = self.store.get(self.candidate.other_id)
        plan = dedup.plan_merge(other, contact)
        self._fill(contact, other, plan)
        self.show()
        return True

    def _fill(self, new: Contact, other: Contact, plan: Any) -> None:
        c = self.candidate
        text = self.tr("Possible duplicate of {name} ({pct} %): {why}")
        self.title.setText(text.format(name=other.display_name, pct=round(c.score * 100),
                                       why=c.explanation or ", ".join(r.code for r in c.reasons)))
        bold = QFont()
        bold.setBold(True)
        for i, row in enumerate(ROWS):
            cells = (summary(new, row), summary(other, row), summary(plan.result, row))
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if j == 2 and value and value not in (cells[0], cells[1]):
                    item.setFont(bold)  # what the merge combines, so it stands out
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        kept_back = getattr(plan, "kept_back", [])
        self.table.setToolTip("\n".join(kept_back))

    def keep_both(self) -> None:
        """"Not the same person": never propose this pair again."""
        dedup = dedup_api()
        if dedup is not None and self.contact is not None and self.candidate is not None:
            dedup.dismiss(self.store, int(self.contact.id), int(self.candidate.other_id))
        self.hide()

    def _merge(self) -> None:
        if self.contact is not None and self.candidate is not None:
            emit(self.merge_requested, int(self.candidate.other_id), int(self.contact.id))
