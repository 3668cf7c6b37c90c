"""The scan dialog: pick the event, watch the pile turn into cards, then go and review them.

The scan itself is the core generator `cardbox.scan.pipeline.scan_photos`, run by the one
worker bridge; this dialog only draws its events. A photo that fails shows up in the list as an
error and the batch goes on; Cancel stops after the card in flight (saved cards stay).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cardbox.errors import CardboxError
from cardbox.gui.scan.event_page import EventPicker
from cardbox.gui.worker import Worker, emit
from cardbox.model import Event
from cardbox.progress import CancelFlag, Progress
from cardbox.store import Store

THUMB = QSize(180, 116)


@dataclass
class ScanSummary:
    """What a scan run produced, for the summary line and the main window."""

    photos: int = 0
    cards: int = 0
    needs_review: int = 0
    errors: list[str] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    skipped: int = 0
    cancelled: bool = False
    failure: Exception | None = None


def scan_job(paths: list[Path], event: Event | None, flag: CancelFlag, workers: int | None = None):  # noqa: ANN201
    """The worker job: the core scan generator on the worker's own Store."""

    def job(store: Store):  # noqa: ANN202
        from cardbox.scan.pipeline import scan_photos

        return scan_photos(paths, store=store, event=event, cancel=flag, workers=workers)

    return job


def card_label(result: object) -> tuple[str, str]:
    """(name or "?", tooltip) for a card result of the scan pipeline."""
    parsed = getattr(result, "parsed", None)
    contact = getattr(parsed, "contact", None)
    name = contact.display_name if contact is not None else ""
    lines = [name] if name else []
    if contact is not None:
        lines += [contact.title, contact.org] + [e.address for e in contact.emails[:1]]
    return name or "?", "\n".join(x for x in lines if x)


def warped_bytes(result: object) -> bytes | None:
    """The card's perspective-corrected JPEG, whatever the pipeline named the field."""
    for name in ("warped_jpeg", "warped", "warped_bytes", "image"):
        value = getattr(result, name, None)
        if isinstance(value, bytes | bytearray):
            return bytes(value)
    return None


class ScanDialog(QDialog):
    """Event choice, then a live progress list with thumbnails, then a summary.

    Signals: `scan_finished(ScanSummary)` when the run ends; `review_requested(list[int])`
    (the new contacts' ids) when the user presses "Review N cards".
    """

    scan_finished = Signal(object)
    review_requested = Signal(list)
    inline = False  # tests may run the scan synchronously
    workers: int | None = None  # scan processes (None: one per core; 0: in the worker thread)

    def __init__(self, store: Store, paths: list[Path], event: Event | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan business cards"))
        self.store = store
        self.paths = [Path(p) for p in paths]
        self.summary = ScanSummary(photos=len(self.paths))
        self.worker: Worker | None = None
        self._close_when_done = False
        self.picker = EventPicker(store, event)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_progress_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(720, 520)

    # -- layout ---------------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        intro = self.tr("{n} photo(s) to scan. Each card found becomes a contact to review.")
        box.addWidget(QLabel(intro.format(n=len(self.paths))))
        box.addWidget(self.picker)
        self.choose_error = QLabel()
        self.choose_error.setStyleSheet("color: #c0392b")
        box.addWidget(self.choose_error)
        box.addStretch(1)
        self.start_button = QPushButton(self.tr("Scan"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        box.addLayout(_button_row(cancel, self.start_button))
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.status = QLabel(self.tr("Looking for cards…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, len(self.paths)))
        self.bar.setValue(0)
        self.cards = QListWidget()
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setIconSize(THUMB)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setSpacing(6)
        self.cards.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.review_button = QPushButton()
        self.review_button.setDefault(True)
        self.review_button.hide()
        self.review_button.clicked.connect(self._review)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.hide()
        self.close_button.clicked.connect(self.accept)
        for widget in (self.status, self.bar, self.cards, self.summary_label):
            box.addWidget(widget)
        box.addLayout(_button_row(self.cancel_button, self.close_button, self.review_button))
        return page

    # -- running --------------------------------------------------------------------------

    def start(self) -> None:
        """Create/choose the event and start scanning on the worker thread."""
        try:
            event = self.picker.chosen()
        except CardboxError as exc:
            self.choose_error.setText(str(exc.detail or exc))
            return
        self.event = event
        self.pages.setCurrentIndex(1)
        flag = CancelFlag()
        self.worker = Worker(scan_job(self.paths, event, flag, self.workers), cancel=flag,
                             store_path=self.store.path, inline=self.inline, parent=self)
        self.worker.progress.connect(self._on_progress)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_finished)
        self.worker.start()

    def cancel(self) -> None:
        """Stop after the card in flight; the cards already saved stay."""
        if self.worker is not None and self.worker.running:
            self.summary.cancelled = True
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current card…"))

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.running

    def _on_progress(self, progress: Progress) -> None:
        if progress.total:
            self.bar.setMaximum(progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        result = progress.payload
        if progress.stage == "photo" and isinstance(result, str):
            self._add_skipped(result)  # the pipeline skips photos it has already scanned
        elif progress.label:
            self.status.setText(self.tr("Scanning {label}").format(label=Path(progress.label).name))
        error = progress.error.reason if progress.error else getattr(result, "error", None)
        if error:
            source = progress.error.source if progress.error else str(getattr(result, "photo", ""))
            self._add_error(source, str(error))
        elif result is not None and hasattr(result, "card_index"):
            self._add_card(result)

    def _add_card(self, result: object) -> None:
        name, tip = card_label(result)
        item = QListWidgetItem(name)
        data = warped_bytes(result)
        image = QImage.fromData(data) if data else QImage()
        if not image.isNull():
            scaled = image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            item.setIcon(QIcon(QPixmap.fromImage(scaled)))
        parsed = getattr(result, "parsed", None)
        if getattr(parsed, "needs_review", False) or name == "?":
            self.summary.needs_review += 1
            tip += "\n" + self.tr("Some fields need a look")
        item.setToolTip(tip)
        self.summary.cards += 1  # counted before the row appears, for anyone watching the list
        cid = getattr(result, "contact_id", None)
        if cid is not None and cid not in self.summary.contact_ids:
            self.summary.contact_ids.append(cid)
        self.cards.addItem(item)

    def _add_error(self, source: str, reason: str) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        item = QListWidgetItem(icon, f"{Path(source).name}\n{reason}")
        item.setForeground(QColor("#c0392b"))
        item.setToolTip(self.tr("Not scanned: {reason}").format(reason=reason))
        self.summary.errors.append(f"{source}: {reason}")
        self.cards.addItem(item)

    def _add_skipped(self, photo: str) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        item = QListWidgetItem(icon, f"{Path(photo).name}\n" + self.tr("already scanned"))
        item.setToolTip(self.tr("This photo is already in the tarjetero; it was not scanned again."))
        self.cards.addItem(item)
        self.summary.skipped += 1

    def _on_failed(self, exc: object) -> None:
        self.summary.failure = exc if isinstance(exc, Exception) else None
        text = exc.message if isinstance(exc, CardboxError) else f"{type(exc).__name__}: {exc}"
        self._add_error(self.tr("Scan stopped"), text)

    def _on_finished(self) -> None:
        self.bar.setValue(self.bar.maximum())
        self.cancel_button.hide()
        self.close_button.show()
        s = self.summary
        head = self.tr("Scan cancelled.") if s.cancelled else self.tr("Scan finished.")
        line = self.tr("{cards} card(s) found in {photos} photo(s); {review} need a closer look; "
                       "{errors} error(s).")
        self.status.setText(head)
        self.summary_label.setText(line.format(cards=s.cards, photos=s.photos,
                                               review=s.needs_review, errors=len(s.errors)))
        if s.contact_ids:
            self.review_button.setText(self.tr("Review {n} cards").format(n=len(s.contact_ids)))
            self.review_button.show()
            self.review_button.setFocus()
        emit(self.scan_finished, s)
        if self._close_when_done:
            self.accept()

    def _review(self) -> None:
        emit(self.review_requested, list(self.summary.contact_ids))
        self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.running:
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
