"""Putting cards on a desk and photographing them: placement, perspective, light, noise.

Everything is drawn from one seeded `random.Random`, so a seed always gives the same photo.
"""

from __future__ import annotations

import random

import cv2
import numpy as np


def desk(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A BGR desk: wood grain, a textured mat, or a plain (sometimes low-contrast) surface."""
    kind = rng.choice(["wood", "wood", "texture", "plain", "plain_light"])
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "wood":
        base = np.array(rng.choice([(60, 110, 160), (40, 80, 120), (90, 140, 185), (30, 55, 90)]), np.float32)
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin((y + 25 * np.sin(x / rng.uniform(150, 400))) / rng.uniform(6, 14)) * 0.5 + 0.5
        grain = grain + nrng.normal(0, 0.25, (h, w)).astype(np.float32)
        img = base[None, None, :] * (0.8 + 0.25 * grain[:, :, None])
    elif kind == "texture":
        base = np.array(rng.choice([(70, 70, 70), (100, 90, 80), (50, 60, 40), (120, 120, 125)]), np.float32)
        noise = cv2.GaussianBlur(nrng.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 2.5)
        img = base[None, None, :] * (1 + 0.35 * noise[:, :, None])
    elif kind == "plain":
        img = np.full((h, w, 3), rng.choice([(40, 40, 40), (110, 60, 30), (30, 90, 40), (150, 150, 150)]), np.float32)
    else:  # light grey desk under a white card: low contrast
        img = np.full((h, w, 3), rng.choice([(200, 200, 195), (185, 190, 195), (215, 210, 200)]), np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def layout_slots(rng: random.Random, n: int, w: int, h: int) -> list[tuple[float, float, float, float]]:
    """Centre x, centre y and card width for n non-overlapping cards."""
    if n == 1:
        return [(w * rng.uniform(0.42, 0.58), h * rng.uniform(0.42, 0.58), w * rng.uniform(0.5, 0.68), h * 0.85)]
    cols, rows = {2: (2, 1), 3: (3, 1) if rng.random() < 0.4 else (2, 2), 4: (2, 2)}[n]
    if n == 2 and rng.random() < 0.35:
        cols, rows = 1, 2
    cells = [(c, r) for r in range(rows) for c in range(cols)][:n]
    card_w = min(w / cols, 1.5 * h / rows) * rng.uniform(0.66, 0.74)
    out = []
    tall = h / rows * 0.8
    for c, r in cells:
        cx = w * (c + 0.5) / cols + rng.uniform(-0.04, 0.04) * w / cols
        cy = h * (r + 0.5) / rows + rng.uniform(-0.04, 0.04) * h / rows
        out.append((cx, cy, card_w, tall))
    return out


def card_corners(
    rng: random.Random, card_wh: tuple[int, int], cx: float, cy: float, width: float, turn: int, max_tall: float = 1e9
) -> np.ndarray:
    """Where the card's corners (TL, TR, BR, BL of the card itself) land in the photo."""
    cw, ch = card_wh
    upright_h = (ch if turn in (0, 180) else cw) * width / max(cw, ch)
    scale = width / max(cw, ch) * min(1.0, max_tall / upright_h)
    hw, hh = cw * scale / 2, ch * scale / 2
    pts = np.float32([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]])
    angle = np.deg2rad(turn + rng.uniform(-10, 10))
    rot = np.float32([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    pts = pts @ rot.T
    # Perspective: pull one side's corners in a little, as a phone held at an angle does.
    k = rng.uniform(0, 0.08)
    side = rng.randrange(4)
    for i in (side, (side + 1) % 4):
        pts[i] *= 1 - k
    pts += np.float32([rng.uniform(-0.02, 0.02) * width for _ in range(2)])[None, :] * 0
    return pts + np.float32([cx, cy])


def paste_card(photo: np.ndarray, card: np.ndarray, corners: np.ndarray, shadow: bool) -> None:
    """Draw the card into the photo (within its bounding box only: full-frame warps are slow)."""
    h, w = photo.shape[:2]
    pad = 60
    x0, y0 = (np.floor(corners.min(axis=0)) - pad).astype(int)
    x1, y1 = (np.ceil(corners.max(axis=0)) + pad).astype(int)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    roi = photo[y0:y1, x0:x1]
    rw, rh = x1 - x0, y1 - y0
    ch, cw = card.shape[:2]
    src = np.float32([[0, 0], [cw - 1, 0], [cw - 1, ch - 1], [0, ch - 1]])
    m = cv2.getPerspectiveTransform(src, (corners - np.float32([x0, y0])).astype(np.float32))
    white = np.full((ch, cw), 255, np.uint8)
    mask = cv2.warpPerspective(white, m, (rw, rh), flags=cv2.INTER_LINEAR)
    out = roi.astype(np.float32)
    if shadow:  # the card lifts a little off the desk: a soft drop shadow
        sm = cv2.GaussianBlur(np.roll(mask, (8, 10), axis=(0, 1)), (0, 0), 9).astype(np.float32) / 255
        out *= 1 - 0.45 * sm[:, :, None]
    warped = cv2.warpPerspective(card, m, (rw, rh), flags=cv2.INTER_AREA)
    a = (mask.astype(np.float32) / 255)[:, :, None]
    roi[:] = np.clip(warped * a + out * (1 - a), 0, 255).astype(np.uint8)


def camera(rng: random.Random, photo: np.ndarray) -> np.ndarray:
    """Lamp gradient, a cast shadow, blur and sensor noise."""
    h, w = photo.shape[:2]
    img = photo.astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    xx = np.arange(w, dtype=np.float32)[None, :]
    yy = np.arange(h, dtype=np.float32)[:, None]
    strength = rng.uniform(0.05, 0.22)
    grad = 1 + strength * ((xx / w - 0.5) * gx + (yy / h - 0.5) * gy)
    if rng.random() < 0.35:  # a hand or phone shadow across part of the scene, soft-edged
        sw, sh = w // 8, h // 8
        x0 = rng.uniform(0, sw)
        a, b = rng.uniform(-1, 1), rng.uniform(0.2, 1)
        small = np.arange(sw, dtype=np.float32)[None, :] * a + np.arange(sh, dtype=np.float32)[:, None] * b > x0
        small = cv2.GaussianBlur(small.astype(np.float32), (0, 0), 5)
        grad = grad * (1 - rng.uniform(0.15, 0.35) * cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR))
    img *= grad[:, :, None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    if rng.random() < 0.4:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 1.4))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    noise = nrng.normal(0, rng.uniform(2, 6), img.shape[:2]).astype(np.float32)  # luminance noise
    return np.clip(img.astype(np.float32) + noise[:, :, None], 0, 255).astype(np.uint8)
