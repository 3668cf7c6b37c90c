"""Orientation: an upside-down card comes out upright (real Tesseract, one card)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from cardgen.people import make_person  # noqa: E402
from cardgen.render import render_card  # noqa: E402

from cardbox.scan.ocr.types import Box, Line, OcrResult, Word  # noqa: E402
from cardbox.scan.orient import orient_and_read, reading_quality, rotate  # noqa: E402
from cardbox.scan.work import prepare  # noqa: E402


def _card(seed: int) -> tuple[np.ndarray, dict]:
    rng = random.Random(seed)
    person = make_person(rng)
    img, _ = render_card(person, rng, "left", with_qr=False)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR), person


@pytest.mark.tesseract
def test_card_turned_180_is_read_upright() -> None:
    from cardbox.scan.ocr.tesseract import TesseractEngine, osd_rotation

    card, person = _card(8)
    result = orient_and_read(rotate(card, 180), TesseractEngine(), prepare, langs="spa+eng", osd=osd_rotation)
    assert result.rotation == 180
    assert person["emails"][0] in result.ocr.text.replace(" ", "")
    assert np.array_equal(result.image, card)


class _Scripted:
    """A fault-free fake engine: reads well only when the card is in one given orientation."""

    name = "scripted"

    def __init__(self, upright: np.ndarray) -> None:
        self.upright = upright
        self.calls = 0

    def recognize(self, image: np.ndarray, *, langs: str = "") -> OcrResult:
        self.calls += 1
        conf = 0.95 if image.shape == self.upright.shape and np.array_equal(image, self.upright) else 0.2
        words = [Word(f"word{i}", Box(0, 0, 10, 10), conf) for i in range(8)]
        return OcrResult([Line(words)], image.shape[1], image.shape[0])


def test_upright_card_costs_one_ocr_run() -> None:
    card = np.random.default_rng(0).integers(0, 255, (60, 90), np.uint8)
    engine = _Scripted(card)
    result = orient_and_read(
        card, engine, lambda c: c, langs="eng", osd=lambda img: (_ for _ in ()).throw(AssertionError)
    )
    assert (result.rotation, engine.calls) == (0, 1)


def test_quarter_turn_found_by_osd_without_osd_text_falls_back_to_confidence() -> None:
    card = np.random.default_rng(1).integers(0, 255, (60, 90), np.uint8)
    engine = _Scripted(card)
    result = orient_and_read(rotate(card, 90), engine, lambda c: c, langs="eng", osd=lambda img: (0, 0.0))
    assert result.rotation == 270  # turning back the 90° clockwise turn
    assert reading_quality(result.ocr) > 0.9


def test_sideways_card_asks_osd_first_and_reads_once() -> None:
    card = np.random.default_rng(2).integers(0, 255, (60, 90), np.uint8)
    engine = _Scripted(card)
    sideways = rotate(card, 270)  # portrait, as a landscape card lying on its side warps
    result = orient_and_read(sideways, engine, lambda c: c, langs="eng", osd=lambda img: (90, 6.0))
    assert (result.rotation, engine.calls) == (90, 1)
