"""The card images (front/back) of a contact; a click opens them large."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cardbox.model import Contact
from cardbox.store import Store

THUMB_HEIGHT = 110


class ZoomDialog(QDialog):
    """One card image at full size, scrollable."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Card image"))
        label = QLabel()
        label.setPixmap(QPixmap(str(path)))
        scroll = QScrollArea()
        scroll.setWidget(label)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(900, 600)


class CardImages(QWidget):
    """Thumbnails of the contact's card images; hidden when there are none."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._paths: dict[QLabel, Path] = {}

    def show_contact(self, contact: Contact | None) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._paths.clear()
        for card in contact.cards if contact else []:
            try:
                path = self.store.images.path(card.sha256, card.ext)
            except ValueError:
                continue
            pix = QPixmap(str(path))
            if pix.isNull():
                continue
            label = QLabel()
            label.setPixmap(pix.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation))
            label.setToolTip(self.tr("Front of the card") if card.side == "front" else self.tr("Back of the card"))
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.installEventFilter(self)
            self._layout.addWidget(label)
            self._paths[label] = path
        self._layout.addStretch(1)
        self.setVisible(bool(self._paths))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and watched in self._paths:
            ZoomDialog(self._paths[watched], self).open()  # type: ignore[index]
            return True
        return super().eventFilter(watched, event)
