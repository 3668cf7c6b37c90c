"""Turning each warped card upright (0/90/180/270°) while spending as few Tesseract runs as possible.

The common case, an upright card, costs one OCR run: when that reading is confident the card
is upright. Otherwise Tesseract's orientation detector (OSD) decides, and when OSD has too
little text the turn whose OCR reads most confidently wins.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from cardbox.scan.ocr.engine import OcrEngine
from cardbox.scan.ocr.types import OcrResult

GOOD_READING = 0.72  # mean confidence of real words above which a reading is trusted as upright
OSD_MIN_CONF = 1.5  # Tesseract's orientation_conf below this is a guess
_ROTATE = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


@dataclass
class Oriented:
    image: np.ndarray  # the upright card (BGR)
    ocr: OcrResult
    rotation: int  # degrees clockwise applied to the warped card


def rotate(image: np.ndarray, degrees: int) -> np.ndarray:
    """Rotate clockwise by a multiple of 90°."""
    degrees %= 360
    return image if degrees == 0 else cv2.rotate(image, _ROTATE[degrees])


def reading_quality(ocr: OcrResult) -> float:
    """How believable a reading is: mean confidence of words with 3+ letters or digits, damped
    when there are few of them (an upside-down card yields a handful of shaky fragments)."""
    words = [w for line in ocr.lines for w in line.words if sum(ch.isalnum() for ch in w.text) >= 3]
    if not words:
        return 0.0
    mean = sum(w.confidence for w in words) / len(words)
    return mean * min(1.0, len(words) / 6)


def orient_and_read(card: np.ndarray, engine: OcrEngine, prepare, *, langs: str, osd=None) -> Oriented:
    """Upright card and its OCR. `prepare` turns a BGR card into the engine's input image;
    `osd(image) -> (degrees, confidence)` is Tesseract's orientation detector (optional)."""
    if osd is not None and card.shape[0] > card.shape[1]:
        # A portrait warp is as often a landscape card lying sideways as a vertical card:
        # asking OSD first saves a wasted full OCR run on the sideways ones.
        degrees, conf = osd(prepare(card))
        if conf >= OSD_MIN_CONF:
            turned = rotate(card, degrees)
            ocr = engine.recognize(prepare(turned), langs=langs)
            if reading_quality(ocr) >= GOOD_READING:
                return Oriented(turned, ocr, degrees)
    first = engine.recognize(prepare(card), langs=langs)
    best = Oriented(card, first, 0)
    if reading_quality(first) >= GOOD_READING:
        return best
    if osd is not None:
        degrees, conf = osd(prepare(card))
        if degrees and conf >= OSD_MIN_CONF:
            turned = rotate(card, degrees)
            ocr = engine.recognize(prepare(turned), langs=langs)
            if reading_quality(ocr) > reading_quality(first):
                return Oriented(turned, ocr, degrees)
            return best
        if conf >= OSD_MIN_CONF:
            return best  # OSD is sure the card is already upright
    # OSD had too little text: try the half turn (and the quarter turns for a square-ish guess).
    for degrees in (180, 90, 270):
        turned = rotate(card, degrees)
        ocr = engine.recognize(prepare(turned), langs=langs)
        if reading_quality(ocr) > reading_quality(best.ocr) + 0.05:
            best = Oriented(turned, ocr, degrees)
        if reading_quality(best.ocr) >= GOOD_READING:
            break
    return best
