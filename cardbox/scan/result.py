"""What scanning one card produces, shared by the pipeline, its workers, save and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CardResult:
    """One card found in a photo, or (with `error`) a photo that failed."""

    photo: str  # the path as given
    card_index: int = 0
    quad: list[list[int]] = field(default_factory=list)
    parsed: Any = None  # cardbox.scan.parse.ParsedCard
    qr: str | None = None
    ocr_text: str = ""
    ocr_words: list[dict[str, Any]] = field(default_factory=list)
    warped_jpeg: bytes = b""
    rotation: int = 0
    error: str | None = None
    photo_sha256: str = ""
    scan_id: int | None = None
    contact_id: int | None = None
