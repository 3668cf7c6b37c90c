"""One exception hierarchy for cardbox.

Errors carry data, not prose: each class has a message template and the fields that fill it.
`cardbox.messages.describe` (and the GUI error dialog) turn them into user-facing words; the CLI
maps them to exit codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


class CardboxError(Exception):
    """Root of every error cardbox raises on purpose."""

    template: ClassVar[str] = "{detail}"
    exit_code: ClassVar[int] = 1

    def __init__(self, detail: str = "", **data: object) -> None:
        self.detail = detail
        self.data = data
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """A one-line English message built from the template and the carried data."""
        try:
            return self.template.format(detail=self.detail, **self.data)
        except (KeyError, IndexError):
            return self.detail or type(self).__name__


class UserError(CardboxError):
    """An error caused by input or environment that the user can fix: shown without traceback."""


class NotFound(UserError):
    template = "No {what} with {key} {value!r}."
    exit_code = 3


class InvalidInput(UserError):
    template = "{detail}"
    exit_code = 2


class StoreError(CardboxError):
    template = "The tarjetero at {path} cannot be used: {detail}"
    exit_code = 4


class StoreLocked(StoreError, UserError):
    template = "The tarjetero at {path} is busy: another cardbox is writing to it. Try again in a moment."
    exit_code = 5


class StoreDamaged(StoreError, UserError):
    """The SQLite file is damaged. `backup` names the latest good backup, or is empty."""

    template = "The tarjetero at {path} is damaged ({detail}). {advice}"

    def __init__(self, detail: str, path: str, backup: str = "", backup_date: str = "") -> None:
        advice = (
            f"The latest good backup is from {backup_date}: restore it with `cardbox restore`."
            if backup
            else "No good backup was found; the file was left untouched."
        )
        super().__init__(detail, path=path, backup=backup, backup_date=backup_date, advice=advice)


class StoreTooNew(StoreError, UserError):
    template = (
        "The tarjetero at {path} was written by a newer cardbox (schema {found}, this one knows "
        "up to {known}). Update cardbox to open it."
    )


class VCardError(UserError):
    """A vCard that cannot be read. `source` is the file, `index` the 0-based card in it."""

    template = "{source}, card {number}: {detail}"
    exit_code = 6

    def __init__(self, detail: str, source: str = "", index: int = 0, **data: object) -> None:
        super().__init__(detail, source=source, index=index, number=index + 1, **data)


class ImageError(UserError):
    template = "{path}: {detail}"
    exit_code = 7


class OcrUnavailable(UserError):
    template = (
        "Tesseract OCR is not usable: {detail}. Install it with: "
        "sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng"
    )
    exit_code = 8


class SyncError(UserError):
    template = "Sync with {server} failed: {detail}"
    exit_code = 9


class Cancelled(CardboxError):
    template = "Cancelled."
    exit_code = 130


@dataclass(frozen=True)
class ItemError:
    """A per-item failure inside a batch (one photo, one card in a .vcf) that did not stop it."""

    source: str
    index: int | None
    reason: str
