"""Scan benchmark: generated card photos through the real pipeline, scored against ground truth.

    .venv/bin/python bench/scan.py [--n 150] [--seed 1] [--workers N] [--detect-only]

Prints detection recall/precision (IoU >= 0.5 between quads), per-field accuracy, OCR-level
hit rates (is the truth text in the OCR at all: separates OCR from parser errors), and cards/s
end to end. Figures only, never asserts. Timing depends on how busy the machine is.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent))

from cardgen import write_dataset  # noqa: E402


def iou(a: list, b: list) -> float:
    pa, pb = np.float32(a), np.float32(b)
    inter, _ = cv2.intersectConvexConvex(pa, pb)
    union = cv2.contourArea(pa) + cv2.contourArea(pb) - inter
    return float(inter / union) if union > 0 else 0.0


def match(truth: list[list], found: list[list]) -> dict[int, int]:
    """Greedy one-to-one matching truth index -> found index by IoU >= 0.5."""
    pairs = sorted(((iou(t, f), i, j) for i, t in enumerate(truth) for j, f in enumerate(found)), reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in pairs:
        if score >= 0.5 and i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def norm(s: str) -> str:
    return " ".join((s or "").split())


class Score:
    def __init__(self) -> None:
        self.exact: Counter = Counter()
        self.total: Counter = Counter()
        self.f1: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
        self.failures: list[str] = []

    def eq(self, name: str, want: str, got: str, folded: bool = False) -> None:
        if not want:
            return
        self.total[name] += 1
        ok = fold(want) == fold(got) if folded else norm(want) == norm(got)
        self.exact[name] += ok
        if not ok and len(self.failures) < 400:
            self.failures.append(f"{name}: want {want!r} got {got!r}")

    def sets(self, name: str, want: set[str], got: set[str]) -> None:
        tp = len(want & got)
        self.f1[name][0] += tp
        self.f1[name][1] += len(got - want)
        self.f1[name][2] += len(want - got)
        if want != got and len(self.failures) < 400:
            self.failures.append(f"{name}: want {sorted(want)} got {sorted(got)}")

    def report(self) -> None:
        for name in self.total:
            print(f"  {name:<22} {self.exact[name] / self.total[name]:.3f}  ({self.exact[name]}/{self.total[name]})")
        for name, (tp, fp, fn) in self.f1.items():
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {name:<22} F1 {f:.3f}  (precision {p:.3f}, recall {r:.3f})")


def score_card(s: Score, t: dict, card: object) -> None:
    text = card.ocr_text or ""
    ocr_digits = "".join(ch for ch in text if ch.isdigit())
    s.eq("ocr: name in text", t["full_name"], t["full_name"] if norm(t["full_name"]) in norm(text) else "")
    s.eq("ocr: email in text", t["emails"][0], t["emails"][0] if t["emails"][0] in text.replace(" ", "") else "")
    for ph in t["phones"]:
        national = "".join(ch for ch in ph["text"] if ch.isdigit())[-9:]
        s.eq("ocr: phone digits", national, national if national in ocr_digits else "")
    if card.parsed is None:
        return
    c = card.parsed.contact
    s.eq("full name (exact)", t["full_name"], c.full_name)
    s.eq("full name (folded)", t["full_name"], c.full_name, folded=True)
    s.eq("title", t["title"], c.title)
    s.eq("org", t["org"], c.org)
    s.sets("emails", {e.lower() for e in t["emails"]}, {e.address.lower() for e in c.emails})
    s.sets("phones", {p["e164"] for p in t["phones"]}, {p.e164 for p in c.phones})
    addr = c.addresses[0] if c.addresses else None
    s.eq("postal code", t["address"]["postal_code"], addr.postal_code if addr else "")
    s.eq("city", t["address"]["city"], addr.city if addr else "", folded=True)


def detect_only(paths: list[Path]) -> dict[str, list]:
    from cardbox.scan.detect import find_quads
    from cardbox.scan.load import load_photo

    out = {}
    for p in paths:
        img = load_photo(p).image
        out[str(p)] = [[[int(x), int(y)] for x, y in q] for q in find_quads(img)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--detect-only", action="store_true")
    ap.add_argument("--failures", type=int, default=25, help="print this many field failures")
    ap.add_argument("--dir", type=Path, help="generate into (and keep) this folder")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = args.dir or Path(tmp.name)
    t0 = time.perf_counter()
    paths = write_dataset(folder, args.n, args.seed)
    truths = {str(p): json.loads(p.with_suffix(".json").read_text()) for p in paths}
    n_cards = sum(len(t["cards"]) for t in truths.values())
    print(f"generated {len(paths)} photos, {n_cards} cards in {time.perf_counter() - t0:.1f} s")
    found: dict[str, list] = defaultdict(list)
    t0 = time.perf_counter()
    if args.detect_only:
        for k, quads in detect_only(paths).items():
            found[k] = [
                type("C", (), {"quad": q, "card_index": i, "error": None, "parsed": None, "ocr_text": ""})()
                for i, q in enumerate(quads)
            ]
    else:
        from cardbox.scan.pipeline import scan_photos

        for ev in scan_photos(paths, store=None, dry_run=True, workers=args.workers):
            if ev.stage == "card" and ev.payload is not None and not ev.payload.error:
                found[ev.payload.photo].append(ev.payload)
            elif ev.stage == "card" and ev.payload is not None:
                print("  photo failed:", ev.payload.photo, ev.payload.error)
    elapsed = time.perf_counter() - t0
    report(truths, found, elapsed, args)


def report(truths: dict, found: dict, elapsed: float, args: argparse.Namespace) -> None:
    n_truth = n_found = n_match = order_ok = 0
    s = Score()
    misses = []
    for photo, truth in truths.items():
        cards = sorted(found.get(photo, []), key=lambda c: c.card_index)
        m = match([c["quad"] for c in truth["cards"]], [c.quad for c in cards])
        n_truth += len(truth["cards"])
        n_found += len(cards)
        n_match += len(m)
        order_ok += [m[i] for i in sorted(m)] == sorted(m.values())
        if len(m) < len(truth["cards"]) or len(cards) > len(m):
            misses.append(f"{Path(photo).name}: truth {len(truth['cards'])} found {len(cards)} matched {len(m)}")
        for i, j in m.items():
            score_card(s, truth["cards"][i], cards[j])
    print(
        f"detection: recall {n_match / n_truth:.3f}  precision {n_match / max(1, n_found):.3f}  "
        f"({n_match} matched of {n_truth} true, {n_found} found); "
        f"reading order right in {order_ok}/{len(truths)} photos"
    )
    for line in misses[:15]:
        print("   ", line)
    print(
        f"time: {elapsed:.1f} s for {n_found} cards = {n_found / elapsed:.2f} cards/s end to end "
        f"(workers={args.workers or 'cores'}; shared, busy machine: pessimistic)"
    )
    print("fields:")
    s.report()
    for line in s.failures[: args.failures]:
        print("   ", line)


if __name__ == "__main__":
    main()
