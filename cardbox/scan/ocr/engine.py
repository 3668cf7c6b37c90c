"""The OCR engine contract: anything that turns an image into an engine-neutral `OcrResult`."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from cardbox.scan.ocr.types import OcrResult


class OcrEngine(Protocol):
    """An OCR engine. `image` is a numpy array (grey or BGR); `langs` like "spa+eng"."""

    name: str

    def recognize(self, image: np.ndarray, *, langs: str = "spa+eng") -> OcrResult:
        """Read the text of one upright card image."""
        ...
