"""The editable card fields: name parts, company, title, emails, phones, web, address.

Every field commits on Enter or focus-out (`editingFinished`) and when the contact changes,
so nothing typed is lost; a small label under each says where its value came from.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cardbox.gui.controllers.editor import ADDRESS_PARTS, list_text
from cardbox.gui.detail.provenance import describe_source, is_doubtful
from cardbox.gui.worker import emit  # PySide 6.12 loses a ref to True per emit()
from cardbox.model import Contact, Provenance, SourceKind

SCALARS = ("prefix", "given_names", "family_names", "full_name", "org", "department", "title")
LISTS = ("emails", "phones", "urls")


class FieldsForm(QWidget):
    """Emits `scalar(name, text)`, `listed(name, text)` and `address(parts)` when a field commits."""

    scalar = Signal(str, str)
    listed = Signal(str, str)
    address = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QLineEdit] = {}
        self.origins: dict[str, QLabel] = {}
        self._shown: dict[str, str] = {}
        for name in (*SCALARS, *LISTS, *ADDRESS_PARTS):
            self._add_row(name)
        self.retranslate()

    def _add_row(self, name: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"field_{name}")
        edit.editingFinished.connect(lambda n=name: self.commit(n))
        origin = QLabel()
        origin.setObjectName(f"origin_{name}")
        origin.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = origin.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        origin.setFont(font)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(edit)
        column.addWidget(origin)
        self.form.addRow(QLabel(), box)
        self.edits[name] = edit
        self.origins[name] = origin

    def labels(self) -> dict[str, str]:
        return {
            "prefix": self.tr("Prefix"), "given_names": self.tr("Given names"),
            "family_names": self.tr("Family names"), "full_name": self.tr("Full name"),
            "org": self.tr("Company"), "department": self.tr("Department"), "title": self.tr("Job title"),
            "emails": self.tr("Emails"), "phones": self.tr("Phones"), "urls": self.tr("Web"),
            "street": self.tr("Street"), "postal_code": self.tr("Postal code"), "city": self.tr("City"),
            "region": self.tr("Region"), "country": self.tr("Country"),
        }

    def retranslate(self) -> None:
        for row, text in enumerate(self.labels().values()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)  # type: ignore[union-attr]
        self.edits["emails"].setPlaceholderText(self.tr("separate several with commas"))
        self.edits["phones"].setPlaceholderText(self.tr("separate several with commas"))

    def show_contact(self, c: Contact | None) -> None:
        """Fill the editors (without committing anything)."""
        address = c.addresses[0] if c and c.addresses else None
        for name, edit in self.edits.items():
            if c is None:
                text = ""
            elif name in SCALARS:
                text = getattr(c, name)
            elif name in LISTS:
                text = list_text(c, name)
            else:
                text = getattr(address, name) if address else ""
            edit.blockSignals(True)
            edit.setText(text)
            edit.setCursorPosition(0)
            edit.blockSignals(False)
            self._shown[name] = text
            self._show_origin(name, c, _origin(c, name) if c and text else None)
        self.setEnabled(c is not None)

    def refresh_origins(self, c: Contact) -> None:
        """Update the 'where from' labels after a save, leaving what is being typed alone."""
        for name in self.edits:
            self._show_origin(name, c, _origin(c, name) if self.edits[name].text() else None)

    def _show_origin(self, name: str, c: Contact | None, source: Provenance | None) -> None:
        label = self.origins[name]
        text = describe_source(source) if source else ""
        # Under the field only what a machine read; "typed by you" stays in the tooltip.
        label.setText(text if source is not None and source.kind is not SourceKind.USER else "")
        label.setVisible(bool(label.text()))
        self.edits[name].setToolTip(text)
        doubtful = source is not None and is_doubtful(source)
        label.setForegroundRole(QPalette.ColorRole.Link if doubtful else QPalette.ColorRole.PlaceholderText)

    def commit(self, name: str) -> None:
        """Send the field's text when it differs from what was shown."""
        text = self.edits[name].text()
        if text == self._shown.get(name):
            return
        self._shown[name] = text
        if name in SCALARS:
            emit(self.scalar, name, text)
        elif name in LISTS:
            emit(self.listed, name, text)
        else:
            emit(self.address, {name: text})

    def commit_all(self) -> None:
        for name in self.edits:
            self.commit(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _origin(c: Contact, name: str) -> Provenance | None:
    if name in SCALARS:
        return c.source_of(name)
    if name in LISTS:
        items = getattr(c, name)
        return items[0].source if items else None
    return c.addresses[0].source if c.addresses else None
