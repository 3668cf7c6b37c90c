"""Regenerate the real-card OCR fixtures in this folder (run by hand, not by the tests).

The raw photos are taken at an angle on a desk, so Tesseract on the raw file reads noise
(`*.raw.psm*.txt` keep that, as a hard case). The `*.warp.*` fixtures come from a perspective
warp onto four card corners picked by hand from an 800x600 preview, then Tesseract 5.3 spa+eng.
Usage: .venv/bin/python tests/data/ocr/regenerate.py
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytesseract

HERE = Path(__file__).resolve().parent
CARDS = HERE.parent / "cards-real"
# Card corners (top-left, top-right, bottom-right, bottom-left) in 800x600 preview pixels.
CORNERS = {
    "azure-business-card-english": [(38, 208), (565, 88), (760, 305), (75, 560)],
    "azure-business_card": [(18, 100), (655, 45), (798, 420), (22, 548)],
}


def warp(name: str) -> np.ndarray:
    """The card cut out of the photo and flattened to 1750x1000 grey pixels."""
    img = cv2.imread(str(CARDS / f"{name}.jpg"), cv2.IMREAD_GRAYSCALE)
    src = np.float32(CORNERS[name]) * (img.shape[1] / 800)
    dst = np.float32([[0, 0], [1750, 0], [1750, 1000], [0, 1000]])
    return cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (1750, 1000))


def main() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    for name in CORNERS:
        for psm in (4, 11):
            raw = subprocess.run(
                ["tesseract", str(CARDS / f"{name}.jpg"), "-", "-l", "spa+eng", "--psm", str(psm)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            (HERE / f"{name}.raw.psm{psm}.txt").write_text(raw, encoding="utf-8")
        flat = warp(name)
        for psm in (4, 11):
            cfg = f"--psm {psm}"
            text = pytesseract.image_to_string(flat, lang="spa+eng", config=cfg)
            (HERE / f"{name}.warp.psm{psm}.txt").write_text(text, encoding="utf-8")
            tsv = pytesseract.image_to_data(flat, lang="spa+eng", config=cfg)
            (HERE / f"{name}.warp.psm{psm}.tsv").write_text(tsv, encoding="utf-8")


if __name__ == "__main__":
    main()
