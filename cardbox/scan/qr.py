"""Decoding a QR code printed on a card (vCard, MECARD or a URL): the most trusted source.

`cv2.QRCodeDetector` first, `cv2.QRCodeDetectorAruco` when it fails; tried on the warped card
and on the matching crop of the full-resolution photo, upscaled when the code is small.
"""

from __future__ import annotations

import cv2
import numpy as np

_DETECTORS: list[object] = []


def _detectors() -> list[object]:
    if not _DETECTORS:
        _DETECTORS.append(cv2.QRCodeDetector())
        if hasattr(cv2, "QRCodeDetectorAruco"):
            _DETECTORS.append(cv2.QRCodeDetectorAruco())
    return _DETECTORS


def _decode_one(image: np.ndarray) -> str | None:
    for det in _detectors():
        try:
            text, points, _ = det.detectAndDecode(image)  # type: ignore[attr-defined]
        except cv2.error:
            continue
        if text:
            return str(text)
        if points is None:
            continue  # nothing QR-like at all: the other detector rarely disagrees, but try
    return None


def _variants(image: np.ndarray) -> list[np.ndarray]:
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    out = [grey]
    long_side = max(grey.shape[:2])
    if long_side < 1600:
        out.append(cv2.resize(grey, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC))
    return out


def has_finder_patterns(image: np.ndarray) -> bool:
    """Cheap pre-check: does anything QR-like appear? (saves decoding time on most cards)"""
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    for det in _detectors()[:1]:
        ok, _ = det.detect(grey)  # type: ignore[attr-defined]
        if ok:
            return True
    return False


def decode_qr(card: np.ndarray, photo_crop: np.ndarray | None = None) -> str | None:
    """The text of the first QR code found on the card (warped card, then the photo crop)."""
    for source in (card, photo_crop):
        if source is None or source.size == 0:
            continue
        for img in _variants(source):
            text = _decode_one(img)
            if text:
                return text
    return None


def photo_crop(photo: np.ndarray, quad: list[tuple[int, int]], margin: float = 0.03) -> np.ndarray:
    """The axis-aligned crop of the full-resolution photo around a card's quad."""
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    h, w = photo.shape[:2]
    mx, my = int((max(xs) - min(xs)) * margin), int((max(ys) - min(ys)) * margin)
    x0, x1 = max(0, min(xs) - mx), min(w, max(xs) + mx)
    y0, y1 = max(0, min(ys) - my), min(h, max(ys) + my)
    return photo[y0:y1, x0:x1]
