"""Turning cardbox errors into clear, translated words, and the last-resort exception hook.

`cardbox.errors` carry data, not prose; this is the GUI's one place that turns them into
sentences (the CLI has its own). Unexpected exceptions never show a traceback: the hook logs it
to a file in the data dir, saves what the user was typing, and shows a short dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cardbox import errors, paths

LOG_NAME = "cardbox-gui.log"
log = logging.getLogger("cardbox.gui")


translate = QCoreApplication.translate


def _templates() -> list[tuple[type[errors.CardboxError], str]]:
    # Most specific first: StoreLocked is also a StoreError.
    return [
        (errors.StoreLocked, translate("errors", "The tarjetero at {path} is busy: another cardbox is writing to it. Try again in a moment.")),  # noqa: E501
        (errors.StoreTooNew, translate("errors", "The tarjetero at {path} was written by a newer version of cardbox. Update cardbox to open it.")),  # noqa: E501
        (errors.StoreError, translate("errors", "The tarjetero at {path} cannot be used: {detail}")),
        (errors.NotFound, translate("errors", "Not found: {what} {value}.")),
        (errors.VCardError, translate("errors", "{source}, card {number}: this vCard cannot be read ({detail}).")),
        (errors.ImageError, translate("errors", "{path}: this image cannot be read ({detail}).")),
        (errors.OcrUnavailable, translate("errors", "Tesseract OCR is not usable ({detail}). Install it with: sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng")),  # noqa: E501
        (errors.SyncError, translate("errors", "Sync with {server} failed: {detail}")),
        (errors.Cancelled, translate("errors", "Cancelled.")),
        (errors.InvalidInput, translate("errors", "{detail}")),
    ]


def describe(exc: BaseException) -> str:
    """The user-facing sentence for an error, in the current language."""
    if isinstance(exc, errors.CardboxError):
        fields = {"detail": exc.detail, **{k: v for k, v in exc.data.items()}}
        for cls, template in _templates():
            if isinstance(exc, cls):
                try:
                    return template.format(**fields)
                except (KeyError, IndexError, ValueError):
                    break
        return exc.message
    if isinstance(exc, OSError):
        return translate("errors", "The file {name} cannot be used: {reason}").format(
            name=exc.filename or "", reason=exc.strerror or type(exc).__name__
        )
    return translate("errors", "Something went wrong inside cardbox. Your data is safe; the details are in {log}.").format(  # noqa: E501
        log=str(log_path())
    )


def log_path() -> Path:
    """Where unexpected errors are logged (inside the data dir, beside the tarjetero)."""
    return paths.data_dir() / LOG_NAME


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """A non-blocking, window-modal dialog with the error in words (never a traceback)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, errors.UserError) else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or translate("errors", "cardbox"))
    box.setText(describe(exc))
    box.setObjectName("errorDialog")
    box.open()
    return box


def log_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Append the traceback to the log file (best effort: logging must never fail)."""
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
    except OSError:
        pass


def install_excepthook(
    parent: Callable[[], QWidget | None], save_pending: Callable[[], None] | None = None
) -> None:
    """Route uncaught exceptions to the log + a dialog; first save any typed-but-unsaved data."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log_exception(exc_type, exc, tb)
        if save_pending is not None:
            try:
                save_pending()
            except Exception:  # noqa: BLE001 - saving is best effort while handling an error
                log_exception(*sys.exc_info())  # type: ignore[arg-type]
        if QCoreApplication.instance() is not None:
            show_error(parent(), exc)

    sys.excepthook = hook
