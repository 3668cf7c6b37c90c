"""Seeded generator of realistic business-card photos with ground truth (see README.md).

    from cardgen import generate_photo, write_dataset
    photo = generate_photo(seed=7)            # Photo(data: JPEG bytes, truth: dict, image: BGR)
    write_dataset(Path("/tmp/cards"), n=150, seed=1)   # photo_0000.jpg + photo_0000.json ...

Independent of cardbox on purpose: the ground truth must not come from the code it measures.
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from cardgen.people import make_person
from cardgen.render import LAYOUTS, render_card
from cardgen.scene import camera, card_corners, desk, layout_slots, paste_card

__all__ = ["Photo", "generate_photo", "write_dataset", "geometric_order", "LAYOUTS"]

_EXIF_STORE = {6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270, 3: Image.Transpose.ROTATE_180}


@dataclass
class Photo:
    data: bytes  # the file as written (JPEG, maybe with an EXIF Orientation tag)
    truth: dict  # {"width", "height", "exif_orientation", "cards": [{"quad", "layout", "turn", "qr", fields...}]}
    image: np.ndarray  # the upright photo, BGR


def geometric_order(pts: np.ndarray) -> list[list[int]]:
    """Corners clockwise from the top-left as seen in the photo (what detectors report)."""
    pts = np.asarray(pts, np.float32).reshape(4, 2)
    c = pts.mean(axis=0)
    pts = pts[np.argsort(np.arctan2(pts[:, 1] - c[1], pts[:, 0] - c[0]))]
    pts = np.roll(pts, -int(np.argmin(pts.sum(axis=1))), axis=0)
    return [[int(round(x)), int(round(y))] for x, y in pts]


def generate_photo(
    seed: int,
    n_cards: int | None = None,
    layout: str | None = None,
    turn: int | None = None,
    qr: bool | None = None,
    exif: bool | None = None,
    tight: bool = False,
) -> Photo:
    """One photo of 1-4 cards on a desk (or a tight crop of one card with `tight`)."""
    rng = random.Random(seed)
    n = n_cards or rng.choices([1, 2, 3, 4], weights=[45, 25, 15, 15])[0]
    long_side = {1: rng.choice([1600, 2000, 2400]), 2: rng.choice([2400, 3000])}.get(n, rng.choice([3000, 3600]))
    w, h = long_side, int(long_side * 0.75)
    photo = desk(rng, w, h)
    cards = []
    for cx, cy, cw, tall in layout_slots(rng, n, w, h):
        person = make_person(rng)
        lay = layout or rng.choice(LAYOUTS)
        with_qr = qr if qr is not None else rng.random() < 0.2
        img, qr_text = render_card(person, rng, lay, with_qr)
        t = turn if turn is not None else rng.choices([0, 180, 90, 270], weights=[70, 12, 9, 9])[0]
        card_bgr = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
        corners = card_corners(rng, (img.width, img.height), cx, cy, cw, t, tall)
        paste_card(photo, card_bgr, corners, shadow=rng.random() < 0.6)
        fields = {k: v for k, v in person.items() if k not in ("kind", "lang")}
        cards.append({"quad": geometric_order(corners), "layout": lay, "turn": t, "qr": qr_text, **fields})
    if tight:
        photo, cards = _tight_crop(rng, cards[0])
    photo = camera(rng, photo)
    orientation = (rng.choice([6, 8, 3]) if rng.random() < 0.15 else 0) if exif is None else (6 if exif else 0)
    data = _encode(rng, photo, orientation)
    truth = {
        "seed": seed,
        "width": photo.shape[1],
        "height": photo.shape[0],
        "exif_orientation": orientation,
        "cards": cards,
    }
    return Photo(data, truth, photo)


def _tight_crop(rng: random.Random, person_card: dict) -> tuple[np.ndarray, list[dict]]:
    """A flatbed-like scan: the card fills the whole image."""
    img, _ = render_card(person_card, rng, "left", False)
    bgr = cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR)
    h, w = bgr.shape[:2]
    person_card = dict(
        person_card, quad=[[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], layout="left", turn=0, qr=None
    )
    return bgr, [person_card]


def _encode(rng: random.Random, photo: np.ndarray, orientation: int) -> bytes:
    im = Image.fromarray(cv2.cvtColor(photo, cv2.COLOR_BGR2RGB))
    exif = Image.Exif()
    if orientation:
        im = im.transpose(_EXIF_STORE[orientation])
        exif[0x0112] = orientation
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(72, 92), exif=exif.tobytes())
    return buf.getvalue()


def write_dataset(out_dir: Path, n: int, seed: int = 1) -> list[Path]:
    """Write n photos (photo_0000.jpg) and their truth (photo_0000.json); returns the photo paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        photo = generate_photo(seed * 100_003 + i)
        path = out_dir / f"photo_{i:04d}.jpg"
        path.write_bytes(photo.data)
        (out_dir / f"photo_{i:04d}.json").write_text(json.dumps(photo.truth, ensure_ascii=False, indent=1))
        paths.append(path)
    return paths
