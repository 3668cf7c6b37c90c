"""Engine-neutral OCR results: words with boxes and confidences, grouped into lines.

Every OCR engine returns an `OcrResult`; the parser only ever sees these types, so another
engine can sit beside Tesseract. Coordinates are pixels of the image given to the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    confidence: float  # 0..1


@dataclass
class Line:
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def box(self) -> Box:
        xs = [w.box.x for w in self.words]
        ys = [w.box.y for w in self.words]
        rights = [w.box.right for w in self.words]
        bottoms = [w.box.bottom for w in self.words]
        return Box(min(xs), min(ys), max(rights) - min(xs), max(bottoms) - min(ys))

    @property
    def height(self) -> float:
        """Median word height: a proxy for font size (the name is often the largest text)."""
        hs = sorted(w.box.h for w in self.words)
        return float(hs[len(hs) // 2]) if hs else 0.0

    @property
    def confidence(self) -> float:
        return min((w.confidence for w in self.words), default=0.0)


@dataclass
class OcrResult:
    lines: list[Line]
    width: int
    height: int
    engine: str = "tesseract"

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
