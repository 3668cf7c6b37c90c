"""Card detection on generated photos (ground truth from bench/cardgen), and QR decoding."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from cardgen import generate_photo  # noqa: E402
from cardgen.people import make_person  # noqa: E402
from cardgen.render import render_card  # noqa: E402

from cardbox.scan import qr  # noqa: E402
from cardbox.scan.detect import detect_cards, find_quads, order_corners  # noqa: E402
from cardbox.scan.load import decode  # noqa: E402


def iou(a, b) -> float:
    pa, pb = np.float32(a), np.float32(b)
    inter, _ = cv2.intersectConvexConvex(pa, pb)
    return inter / (cv2.contourArea(pa) + cv2.contourArea(pb) - inter)


@pytest.mark.parametrize("n, seed", [(1, 11), (2, 12), (3, 13), (4, 14), (2, 25), (4, 26)])
def test_every_card_found_in_reading_order(n: int, seed: int) -> None:
    photo = generate_photo(seed, n_cards=n)
    image = decode(photo.data)  # through EXIF, as the pipeline sees it
    assert image.shape[:2] == (photo.truth["height"], photo.truth["width"])
    quads = find_quads(image)
    truth = [c["quad"] for c in photo.truth["cards"]]
    assert len(quads) == n
    # Same count and the i-th found card is the i-th true card (truth is in reading order).
    for want, got in zip(truth, quads, strict=True):
        assert iou(want, got) > 0.85


def test_quads_are_clockwise_from_top_left() -> None:
    photo = generate_photo(31, n_cards=1, turn=0)
    (card,) = detect_cards(decode(photo.data))
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = card.quad
    assert x1 > x0 and y2 > y1 and x2 > x3 and y3 > y0
    h, w = card.warped.shape[:2]
    assert abs(w / h - 85 / 55) < 0.02


def test_order_corners_is_stable_under_shuffling() -> None:
    pts = np.float32([[10, 10], [110, 20], [100, 80], [5, 70]])
    for perm in ([2, 0, 3, 1], [3, 2, 1, 0]):
        assert order_corners(pts[perm]).tolist() == pts.tolist()


def test_tight_crop_is_one_whole_card() -> None:
    photo = generate_photo(41, tight=True, exif=False)
    image = decode(photo.data)
    (quad,) = find_quads(image)
    h, w = image.shape[:2]
    assert iou(quad, [[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]]) > 0.97


def test_vertical_card_warps_portrait() -> None:
    photo = generate_photo(51, n_cards=1, layout="vertical", turn=0)
    (card,) = detect_cards(decode(photo.data))
    h, w = card.warped.shape[:2]
    assert h > w


def test_qr_decoded_from_generated_card() -> None:
    rng = random.Random(5)
    img, text = render_card(make_person(rng), rng, "left", with_qr=True)
    card = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    assert qr.decode_qr(card) == text


def test_qr_read_through_the_photo() -> None:
    photo = generate_photo(61, n_cards=1, qr=True, turn=180)
    image = decode(photo.data)
    (card,) = detect_cards(image)
    got = qr.decode_qr(card.warped, qr.photo_crop(image, card.quad))
    assert got == photo.truth["cards"][0]["qr"]


def test_no_qr_gives_none() -> None:
    rng = random.Random(6)
    img, _ = render_card(make_person(rng), rng, "centred", with_qr=False)
    assert qr.decode_qr(cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)) is None


def test_generator_is_deterministic() -> None:
    a, b = generate_photo(71), generate_photo(71)
    assert a.data == b.data and a.truth == b.truth


def test_regression_contained_candidate_swap() -> None:
    """bench seed 100144 once crashed duplicate suppression (array equality in list.index)."""
    photo = generate_photo(100144)
    assert len(find_quads(decode(photo.data))) == len(photo.truth["cards"])
