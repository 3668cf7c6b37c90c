"""Finding every business card in a photo: corner quads and perspective-corrected crops.

Several cheap passes each propose outlines (colour distance from the desk, edges on a few
channels, brightness); candidates are kept when they look like a card (convex, rectangular,
card-like aspect) and duplicates are suppressed. Detection runs on a downscaled copy; the warp
is taken from the full-resolution photo so OCR gets every pixel.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

DETECT_LONG_SIDE = 1000  # px: plenty for outlines, keeps each pass a few ms
CARD_RATIO = 85 / 55
WARP_LONG_SIDE = 1200  # px of the long card side: ~360 dpi for an 85 mm card
MIN_AREA_FRAC = 0.012  # a card smaller than this share of the photo is unreadable anyway
MAX_AREA_FRAC = 0.93  # larger means the photo is a tight crop: the whole image is the card


@dataclass
class FoundCard:
    """One card: corners clockwise from top-left in upright-photo pixels, and its warp."""

    quad: list[tuple[int, int]]
    warped: np.ndarray
    score: float = 1.0


@dataclass
class _Candidate:
    quad: np.ndarray  # 4x2 float32, detection scale
    score: float
    area: float


def order_corners(pts: np.ndarray) -> np.ndarray:
    """Four points ordered clockwise from top-left (in image coordinates, y down)."""
    pts = np.asarray(pts, dtype=np.float32).reshape(4, 2)
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    pts = pts[np.argsort(angles)]  # clockwise on screen because y points down
    start = int(np.argmin(pts.sum(axis=1)))
    return np.roll(pts, -start, axis=0)


def _masks(small: np.ndarray) -> list[np.ndarray]:
    """Binary foreground proposals from independent cues."""
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB).astype(np.float32)
    blur = cv2.GaussianBlur(lab, (0, 0), 2.0)
    h, w = small.shape[:2]
    b = max(3, min(h, w) // 40)
    border = np.concatenate(
        [blur[:b].reshape(-1, 3), blur[-b:].reshape(-1, 3), blur[:, :b].reshape(-1, 3), blur[:, -b:].reshape(-1, 3)]
    )
    desk = np.median(border, axis=0)
    spread = np.median(np.abs(border - desk), axis=0) + 1.0
    dist = np.sqrt((((blur - desk) / np.maximum(spread, 4.0)) ** 2).sum(axis=2))
    dist8 = cv2.normalize(dist, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    _, m_dist = cv2.threshold(dist8, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    light = cv2.GaussianBlur(lab[:, :, 0].astype(np.uint8), (5, 5), 0)
    _, m_light = cv2.threshold(light, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # A fixed cut in desk-spread units catches dark cards on dark desks that Otsu, pulled up
    # by brighter cards, misses; shapes that are not cards are filtered out later.
    m_near = ((dist > 6.0) * 255).astype(np.uint8)
    masks = [m_dist, m_near, m_light, _edge_mask(small, lab)]
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    return [cv2.morphologyEx(cv2.morphologyEx(m, cv2.MORPH_OPEN, kernel), cv2.MORPH_CLOSE, kernel) for m in masks]


def _edge_mask(small: np.ndarray, lab: np.ndarray) -> np.ndarray:
    """Closed outlines from Canny on lightness and saturation, filled."""
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    edges = np.zeros(small.shape[:2], np.uint8)
    for ch in (lab[:, :, 0].astype(np.uint8), hsv[:, :, 1]):
        ch = cv2.bilateralFilter(ch, 7, 40, 7)
        # Gradient thresholds are absolute: a white card on a light desk has a weak but
        # clean edge, which thresholds scaled by brightness would miss.
        edges |= cv2.Canny(ch, 12, 36)
    edges = cv2.dilate(edges, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(edges)
    cv2.drawContours(filled, contours, -1, 255, cv2.FILLED)
    return cv2.erode(filled, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))


def _quad_of(contour: np.ndarray) -> np.ndarray | None:
    """A 4-corner approximation of a contour's convex hull, or None."""
    hull = cv2.convexHull(contour)
    peri = cv2.arcLength(hull, True)
    for eps in (0.01, 0.02, 0.03, 0.045, 0.06):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            return order_corners(approx.reshape(4, 2))
        if len(approx) < 4:
            break
    return order_corners(cv2.boxPoints(cv2.minAreaRect(hull)))


def _side_lengths(q: np.ndarray) -> tuple[float, float]:
    top, right = np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[1])
    bottom, left = np.linalg.norm(q[3] - q[2]), np.linalg.norm(q[0] - q[3])
    return (top + bottom) / 2, (left + right) / 2


def _on_border(contour: np.ndarray, shape: tuple[int, ...]) -> float:
    """Share of the outline running along the photo's edge: desk regions, not cards, do that."""
    pts = contour.reshape(-1, 2)
    h, w = shape[:2]
    near = (pts[:, 0] <= 1) | (pts[:, 1] <= 1) | (pts[:, 0] >= w - 2) | (pts[:, 1] >= h - 2)
    return float(near.mean()) if len(pts) else 1.0


def _right_angled(q: np.ndarray, tolerance: float = 32.0) -> bool:
    """Every corner within `tolerance` degrees of square: a card seen at a moderate angle."""
    for i in range(4):
        a, b = q[i - 1] - q[i], q[(i + 1) % 4] - q[i]
        cos = float(np.dot(a, b) / max(1e-6, np.linalg.norm(a) * np.linalg.norm(b)))
        if abs(np.degrees(np.arccos(np.clip(cos, -1, 1))) - 90) > tolerance:
            return False
    return True


def _candidates(mask: np.ndarray) -> list[_Candidate]:
    total = mask.shape[0] * mask.shape[1]
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    out = []
    for c in contours:
        area = cv2.contourArea(c)
        if not MIN_AREA_FRAC * total <= area <= MAX_AREA_FRAC * total or _on_border(c, mask.shape) > 0.12:
            continue
        quad = _quad_of(c)
        if quad is None:
            continue
        qarea = cv2.contourArea(quad)
        if qarea <= 0 or not cv2.isContourConvex(quad.astype(np.int32).reshape(-1, 1, 2)):
            continue
        if not _right_angled(quad):
            continue
        w, h = _side_lengths(quad)
        aspect = max(w, h) / max(1.0, min(w, h))
        fill = min(area, qarea) / max(area, qarea)
        if not 1.15 <= aspect <= 2.3 or fill < 0.85:
            continue
        shape = 1.0 - min(1.0, abs(np.log(aspect / CARD_RATIO)) / 0.4)
        out.append(_Candidate(quad, score=fill * (0.9 + 0.1 * shape), area=qarea))
    return out


def _overlap(a: _Candidate, b: _Candidate) -> float:
    """Intersection over the smaller area: 1.0 when one outline lies inside the other."""
    inter, _ = cv2.intersectConvexConvex(a.quad.astype(np.float32), b.quad.astype(np.float32))
    return float(inter / max(1.0, min(a.area, b.area)))


def _suppress(cands: list[_Candidate]) -> list[_Candidate]:
    """One candidate per card. Cards never overlap, so overlapping outlines are the same card:
    the best-scoring one wins, except that a clearly larger, still card-like outline beats one
    lying inside it (a coloured band or a white panel on the card is not the card's edge)."""
    kept: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: c.score, reverse=True):
        clash = [k for k in kept if _overlap(c, k) > 0.5]
        if not clash:
            kept.append(c)
        elif len(clash) == 1 and c.area > 1.15 * clash[0].area and c.score >= clash[0].score - 0.08:
            kept = [c if k is clash[0] else k for k in kept]
    return kept


def reading_order(quads: list[np.ndarray]) -> list[int]:
    """Indices of quads left-to-right within rows, rows top-to-bottom."""
    if not quads:
        return []
    centres = [q.mean(axis=0) for q in quads]
    heights = sorted(_side_lengths(q)[1] for q in quads)
    tol = heights[len(heights) // 2] * 0.5
    idx = sorted(range(len(quads)), key=lambda i: centres[i][1])
    rows: list[list[int]] = []
    for i in idx:
        if rows and abs(centres[i][1] - np.mean([centres[j][1] for j in rows[-1]])) <= tol:
            rows[-1].append(i)
        else:
            rows.append([i])
    return [i for row in rows for i in sorted(row, key=lambda j: centres[j][0])]


def warp(image: np.ndarray, quad: np.ndarray, long_side: int = WARP_LONG_SIDE) -> np.ndarray:
    """Perspective-correct the quad to a card-shaped image (landscape or portrait as seen)."""
    w, h = _side_lengths(quad)
    long_side = int(min(long_side, max(400, max(w, h) * 1.1)))
    short = int(round(long_side / CARD_RATIO))
    size = (long_side, short) if w >= h else (short, long_side)
    dst = np.float32([[0, 0], [size[0] - 1, 0], [size[0] - 1, size[1] - 1], [0, size[1] - 1]])
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), dst)
    return cv2.warpPerspective(image, m, size, flags=cv2.INTER_AREA if max(w, h) > long_side else cv2.INTER_CUBIC)


def find_quads(image: np.ndarray) -> list[np.ndarray]:
    """Card quads (4x2 float32, full-resolution coordinates) in reading order."""
    h, w = image.shape[:2]
    scale = min(1.0, DETECT_LONG_SIDE / max(h, w))
    small = (
        cv2.resize(image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA) if scale < 1 else image
    )
    cands = [c for m in _masks(small) for c in _candidates(m)]
    kept = _suppress(cands)
    if not kept:
        return [np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])]
    quads = [k.quad / scale for k in kept]
    return [quads[i] for i in reading_order(quads)]


def detect_cards(image: np.ndarray) -> list[FoundCard]:
    """Every card in an upright BGR photo; a tight crop or a flatbed scan is one card."""
    out = []
    for q in find_quads(image):
        out.append(FoundCard(quad=[(int(round(x)), int(round(y))) for x, y in q], warped=warp(image, q)))
    return out
