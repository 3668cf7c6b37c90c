"""The jobs the scan pool runs: one per photo (load, detect, warp, QR), one per card (read).

Module-level functions with picklable arguments, so they run in spawned worker processes.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from cardbox.scan import detect, qr
from cardbox.scan.load import load_photo
from cardbox.scan.ocr.types import OcrResult
from cardbox.scan.orient import orient_and_read
from cardbox.scan.result import CardResult

WARPED_JPEG_QUALITY = 90


@dataclass
class CardJob:
    photo: str
    photo_sha256: str
    index: int
    quad: list[list[int]]
    warped: np.ndarray
    qr: str | None


@dataclass
class PhotoCards:
    sha256: str
    cards: list[CardJob] = field(default_factory=list)


def watch_parent(parent_pid: int) -> None:
    """Pool initializer: exit when the scanning process is gone (killed, crashed), instead of
    lingering as an orphan holding memory."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="cardbox-parent-watch", daemon=True).start()


def detect_photo(photo: str) -> PhotoCards:
    """Load one photo and cut out its cards (QR codes are read here, from full resolution)."""
    loaded = load_photo(Path(photo))
    out = PhotoCards(loaded.sha256)
    for i, found in enumerate(detect.detect_cards(loaded.image)):
        code = (
            qr.decode_qr(found.warped, qr.photo_crop(loaded.image, found.quad))
            if qr.has_finder_patterns(found.warped)
            else None
        )
        quad = [[int(x), int(y)] for x, y in found.quad]
        out.cards.append(CardJob(photo, loaded.sha256, i, quad, found.warped, code))
    return out


def prepare(card: np.ndarray) -> np.ndarray:
    """The image Tesseract reads: greyscale, lightly unsharp-masked.

    Measured on generated cards: Tesseract binarises greyscale better itself than an adaptive
    threshold does on white-on-colour text (real photo 2 lost half its lines), and the unsharp
    mask recovers small '@' signs that blur turns into 'O' (emails found 16 -> 19 of 22)."""
    grey = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY) if card.ndim == 3 else card
    return cv2.addWeighted(grey, 1.6, cv2.GaussianBlur(grey, (0, 0), 1.5), -0.6, 0)


_ENGINE: Any = None


def _engine() -> Any:
    global _ENGINE
    if _ENGINE is None:
        from cardbox.scan.ocr.tesseract import TesseractEngine

        _ENGINE = TesseractEngine()
    return _ENGINE


def _osd(image: np.ndarray) -> tuple[int, float]:
    from cardbox.scan.ocr.tesseract import osd_rotation

    return osd_rotation(image)


def words_json(ocr: OcrResult) -> list[dict[str, Any]]:
    """OCR words as plain JSON (the scans.ocr_words column), with their line number."""
    return [
        {
            "text": w.text,
            "x": w.box.x,
            "y": w.box.y,
            "w": w.box.w,
            "h": w.box.h,
            "conf": round(w.confidence, 3),
            "line": n,
        }
        for n, line in enumerate(ocr.lines)
        for w in line.words
    ]


def read_card(job: CardJob, langs: str, region: str, source_ref: str) -> CardResult:
    """Orient, OCR and parse one warped card."""
    from cardbox.scan.parse import parse_card

    oriented = orient_and_read(job.warped, _engine(), prepare, langs=langs, osd=_osd)
    parsed = parse_card(oriented.ocr, job.qr, region=region, source_ref=source_ref)
    ok, jpeg = cv2.imencode(".jpg", oriented.image, [cv2.IMWRITE_JPEG_QUALITY, WARPED_JPEG_QUALITY])
    return CardResult(
        photo=job.photo,
        card_index=job.index,
        quad=job.quad,
        parsed=parsed,
        qr=job.qr,
        ocr_text=oriented.ocr.text,
        ocr_words=words_json(oriented.ocr),
        warped_jpeg=jpeg.tobytes() if ok else b"",
        rotation=oriented.rotation,
        photo_sha256=job.photo_sha256,
    )
