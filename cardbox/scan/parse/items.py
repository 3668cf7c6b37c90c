"""OCR lines to parse items: cleaned text segments that keep their size, place and confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cardbox.scan.ocr.types import OcrResult

# Tesseract reads vertical rules and bullets as these; they separate independent pieces.
_SEPARATORS = re.compile(r"\s*(?:[|¦‖•·]|\s[—–]\s)\s*")
_EDGE_JUNK = re.compile(r"^[\s:;,.'\"`~_=*»«<>\-—–]+|[\s:;,'\"`~_=*»«<>\-—–]+$")


@dataclass
class Item:
    """One piece of card text and what the parser decided about it."""

    text: str
    index: int  # reading order
    height: float  # font size proxy
    confidence: float  # OCR word confidence, 0..1
    top: int = 0
    left: int = 0
    kind: str = ""  # "" until claimed: contact, address, title, department, org, name, junk
    rest: str = ""  # text left after contact details were taken out
    tags: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rest = self.text


def clean(text: str) -> str:
    """Collapse spaces and strip the punctuation Tesseract hangs on line ends."""
    text = text.replace("\u00a0", " ").replace("ﬁ", "fi").replace("ﬂ", "fl")
    text = re.sub(r"\s+", " ", text)
    return _EDGE_JUNK.sub("", text).strip()


def meaningful(text: str) -> bool:
    """True when the text has at least two letters or digits in a row worth reading."""
    return bool(re.search(r"[^\W_]{2,}", text))


def _mean_conf(confs: list[float]) -> float:
    return sum(confs) / len(confs) if confs else 0.0


def items_from_ocr(ocr: OcrResult) -> list[Item]:
    """Split every OCR line at separators into items, in reading order, noise dropped."""
    items: list[Item] = []
    for line in ocr.lines:
        if not line.words:
            continue
        conf = _mean_conf([w.confidence for w in line.words if w.text.strip()])
        box = line.box
        for piece in _SEPARATORS.split(line.text):
            text = clean(piece)
            if meaningful(text):
                items.append(Item(text, len(items), line.height, conf, box.y, box.x))
    return items


def largest(items: list[Item]) -> float:
    """The height of the largest text on the card (0 when all text is the same size)."""
    heights = sorted(i.height for i in items)
    if not heights or heights[-1] <= heights[len(heights) // 2] * 1.15:
        return 0.0
    return heights[-1]
