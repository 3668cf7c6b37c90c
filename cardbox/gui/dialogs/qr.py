"""A QR code a phone's camera turns into a contact, with Save as PNG/SVG.

The code comes from `cardbox.export.qr.build` (vCard 3.0 kept at a scannable QR version,
dropping the least important fields first); without that module it is built here, a compact
vCard 3.0 through `cardbox.vcard.to_vcard` trimmed until it fits. The dialog says which
fields were dropped.
"""

from __future__ import annotations

import io
from copy import deepcopy
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardbox.model import Contact
from cardbox.store import Store

QR_MAX_BYTES = 1200  # beyond this, phone cameras struggle to read a code shown on a screen
# What goes first when a contact does not fit: (label for the warning, how to drop it)
_DROPS = (
    ("notes and extra vCard fields", lambda c: (c.extra_vcard.clear(), c.notes.clear())),
    ("address", lambda c: c.addresses.clear()),
    ("web sites", lambda c: c.urls.clear()),
    ("extra emails", lambda c: c.emails.__delitem__(slice(1, None))),
    ("extra phones", lambda c: c.phones.__delitem__(slice(2, None))),
    ("department", lambda c: setattr(c, "department", "")),
)


def fallback_payload(contact: Contact, limit: int = QR_MAX_BYTES) -> tuple[str, list[str]]:
    """A vCard 3.0 for the QR code, and the names of what had to be dropped to fit."""
    from cardbox.vcard import to_vcard

    slim = deepcopy(contact)
    slim.socials, slim.jobs, slim.cards, slim.tags, slim.events = [], [], [], [], []
    dropped: list[str] = []
    text = to_vcard(slim, "3.0")
    for label, drop in _DROPS:
        if len(text.encode()) <= limit:
            break
        drop(slim)
        dropped.append(label)
        text = to_vcard(slim, "3.0")
    return text, dropped


def make_qr(contact: Contact) -> tuple[Any, list[str]]:
    """(segno QR code, dropped field names) for a contact."""
    try:
        from cardbox.export import qr as export_qr
    except ImportError:
        export_qr = None
    if export_qr is not None and hasattr(export_qr, "build"):
        code, result = export_qr.build(contact)
        notes = [str(w) for w in result.warnings if w.code != "fields-dropped"]
        return code, list(result.dropped) + notes
    text, dropped = fallback_payload(contact)
    return segno.make_qr(text, error="m"), dropped


class QrDialog(QDialog):
    """Shows the contact's QR code big enough to scan from the screen."""

    def __init__(self, store: Store, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = store.get(contact_id)
        self.setWindowTitle(self.tr("QR code for {name}").format(name=self.contact.display_name))
        self.qr, self.dropped = make_qr(self.contact)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setPixmap(self._pixmap())
        hint = QLabel(self.tr("Point the phone's camera at the code to add {name} to its contacts.")
                      .format(name=self.contact.display_name))
        hint.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #d35400")
        if self.dropped:
            self.warning.setText(self.tr("Left out so the code stays readable: {fields}. "
                                         "Export a .vcf to send everything.")
                                 .format(fields=", ".join(self._field_name(d) for d in self.dropped)))
        self.warning.setVisible(bool(self.dropped))
        save_png = QPushButton(self.tr("Save as PNG…"))
        save_png.clicked.connect(lambda: self._ask_save("png"))
        save_svg = QPushButton(self.tr("Save as SVG…"))
        save_svg.clicked.connect(lambda: self._ask_save("svg"))
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (save_png, save_svg):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        box = QVBoxLayout(self)
        for w in (self.image, hint, self.warning):
            box.addWidget(w)
        box.addLayout(row)

    def _field_name(self, name: str) -> str:
        """User words for what the QR core (or the fallback) left out."""
        names = {
            "photo": self.tr("photo"), "long notes": self.tr("long notes"), "notes": self.tr("notes"),
            "extra_vcard": self.tr("other vCard fields"), "events": self.tr("events"),
            "tags": self.tr("tags"), "socials": self.tr("social profiles"),
            "addresses": self.tr("address"), "address": self.tr("address"), "jobs": self.tr("job history"),
            "warmth_history": self.tr("warmth history"), "urls": self.tr("web sites"),
            "web sites": self.tr("web sites"), "extra emails": self.tr("extra emails"),
            "extra phones": self.tr("extra phones"), "department": self.tr("department"),
            "notes and extra vCard fields": self.tr("notes and other vCard fields"),
        }
        return names.get(name, name)

    def _pixmap(self) -> QPixmap:
        buf = io.BytesIO()
        self.qr.save(buf, kind="png", scale=6, border=4)
        pixmap = QPixmap()
        pixmap.loadFromData(buf.getvalue(), "PNG")
        return pixmap

    def save_to(self, path: Path) -> Path:
        """Write the code as PNG or SVG, chosen by the file's extension."""
        path = Path(path)
        kind = "svg" if path.suffix.lower() == ".svg" else "png"
        if path.suffix.lower() not in (".svg", ".png"):
            path = path.with_suffix(".png")
        self.qr.save(str(path), kind=kind, scale=10, border=4)
        return path

    def _ask_save(self, kind: str) -> None:
        name = "".join(ch for ch in self.contact.display_name if ch.isalnum() or ch in " -_").strip() or "contact"
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save QR code"), f"{name}.{kind}", filters)
        if path:
            self.save_to(Path(path))


def show_qr_dialog(parent: QWidget | None, store: Store, contact_id: int) -> QrDialog:
    """Open the QR dialog for one contact (non-modal) and return it."""
    dialog = QrDialog(store, contact_id, parent)
    dialog.show()
    return dialog
