"""Test helper: Tesseract `image_to_data` TSV fixtures (tests/data/ocr/*.tsv) to an OcrResult.

The production wrapper lives in cardbox/scan/ocr/; this loader only replays saved output so the
parser tests run without Tesseract.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from cardbox.scan.ocr.types import Box, Line, OcrResult, Word

OCR_DIR = Path(__file__).resolve().parents[1] / "data" / "ocr"


def parse_tsv(tsv: str) -> OcrResult:
    """Words grouped by Tesseract's (block, paragraph, line), confidences scaled to 0..1."""
    lines: dict[tuple[str, str, str], Line] = {}
    width = height = 0
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        box = Box(int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]))
        if row["level"] == "1":
            width, height = box.w, box.h
        text = (row.get("text") or "").strip()
        if row["level"] != "5" or not text or float(row["conf"]) < 0:
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, Line()).words.append(Word(text, box, float(row["conf"]) / 100))
    return OcrResult(list(lines.values()), width, height)


def load_tsv(name: str) -> OcrResult:
    """A saved TSV fixture from tests/data/ocr."""
    return parse_tsv((OCR_DIR / name).read_text(encoding="utf-8"))
