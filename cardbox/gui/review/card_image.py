"""The card image beside its fields: zoomable, and every OCR word clickable.

Clicking a word emits `word_clicked(text)`; the review view puts it into the field that has
the keyboard focus. The view itself never takes focus, so the field the user was typing in
stays the target of the click.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from cardbox.gui.review.logic import OcrWord
from cardbox.gui.worker import emit

HOVER = QColor(52, 152, 219, 70)  # a translucent blue: readable over light and dark cards
LOW_CONF = QColor(230, 126, 34, 160)  # orange outline for words the OCR was unsure of
ZOOM_STEP = 1.25


class WordItem(QGraphicsRectItem):
    """An invisible box over one OCR word that lights up under the mouse."""

    def __init__(self, word: OcrWord) -> None:
        super().__init__(QRectF(word.x, word.y, word.w, word.h))
        self.word = word
        self.setAcceptHoverEvents(True)
        self.setPen(QPen(LOW_CONF, 2) if word.conf < 0.6 else QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setToolTip(f"{word.text} · OCR {round(word.conf * 100)} %")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.setBrush(QBrush(HOVER))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        super().hoverLeaveEvent(event)


class CardImageView(QGraphicsView):
    """Shows one card image with its word boxes. Ctrl+wheel zooms, double-click fits."""

    word_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumWidth(320)
        self.words: list[WordItem] = []
        self._zoomed = False
        self.setAccessibleName(self.tr("Card image"))

    def show_card(self, image: Path | None, words: list[OcrWord]) -> None:
        """Show this image with clickable words (None: a "no image" placeholder)."""
        scene = self.scene()
        scene.clear()
        self.words = []
        pixmap = QPixmap(str(image)) if image is not None else QPixmap()
        if pixmap.isNull():
            scene.addText(self.tr("No card image"))
        else:
            scene.addItem(QGraphicsPixmapItem(pixmap))
            for word in words:
                item = WordItem(word)
                scene.addItem(item)
                self.words.append(item)
        scene.setSceneRect(scene.itemsBoundingRect())
        self._zoomed = False
        self.fit()

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self._zoomed = True
        self.scale(factor, factor)

    def word_item(self, text: str) -> WordItem | None:
        """The first word box with this text (for tests and keyboard helpers)."""
        return next((w for w in self.words if w.word.text == text), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            for item in self.items(event.position().toPoint()):
                if isinstance(item, WordItem):
                    emit(self.word_clicked, item.word.text)
                    event.accept()
                    return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._zoomed = False
        self.resetTransform()
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self._zoomed:
            self.fit()
