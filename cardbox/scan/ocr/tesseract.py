"""The one wall between cardbox and Tesseract: locating it, checking it, and reading cards.

Only this module imports pytesseract. A bundled Tesseract (env `CARDBOX_TESSERACT`, or
`tesseract/` next to a PyInstaller bundle) wins over the system one; failures become
`OcrUnavailable` with an install hint.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytesseract

from cardbox.errors import OcrUnavailable
from cardbox.scan.ocr.types import Box, Line, OcrResult, Word

MIN_VERSION = (4, 0)
# Measured on generated cards (bench/scan.py): psm 4 ("a single column of variable sizes")
# reads left, centred and right-aligned cards best; psm 11 only wins on scattered layouts.
DEFAULT_PSM = 4
# One thread per Tesseract process: the pool already uses every core, and OpenMP threads on
# small images cost more than they give.
_ENV = {"OMP_THREAD_LIMIT": "1"}


def _bundled() -> tuple[Path, Path | None] | None:
    """The bundled binary and its tessdata folder, when cardbox ships one."""
    env = os.environ.get("CARDBOX_TESSERACT")
    if env and Path(env).is_file():
        data = Path(env).parent / "tessdata"
        return Path(env), data if data.is_dir() else None
    base = getattr(sys, "_MEIPASS", None)
    if base:
        exe = Path(base) / "tesseract" / ("tesseract.exe" if os.name == "nt" else "tesseract")
        if exe.is_file():
            data = exe.parent / "tessdata"
            return exe, data if data.is_dir() else None
    return None


def tesseract_cmd() -> str:
    """The Tesseract executable to run: the bundled one when present, else the system one.

    Sets TESSDATA_PREFIX to the bundled tessdata so a bundle never reads a stray system one.
    """
    bundled = _bundled()
    if bundled:
        exe, data = bundled
        if data is not None:
            os.environ["TESSDATA_PREFIX"] = str(data)
        return str(exe)
    found = shutil.which("tesseract")
    if not found:
        raise OcrUnavailable("the tesseract program was not found")
    return found


def _origin() -> str:
    return "bundled" if _bundled() else "system"


@lru_cache(maxsize=1)
def check(langs: str = "spa+eng") -> tuple[str, tuple[str, ...]]:
    """Version and installed languages; raises OcrUnavailable when Tesseract cannot do `langs`."""
    cmd = tesseract_cmd()
    pytesseract.pytesseract.tesseract_cmd = cmd
    os.environ.update(_ENV)
    try:
        version = pytesseract.get_tesseract_version()
        installed = tuple(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError, subprocess.SubprocessError) as exc:
        raise OcrUnavailable(f"cannot run {cmd} ({exc})") from exc
    if (version.major, version.minor) < MIN_VERSION:
        raise OcrUnavailable(f"version {version} is too old (need 4.0 or newer)")
    missing = [lang for lang in langs.split("+") if lang and lang not in installed]
    if missing:
        raise OcrUnavailable(f"language data missing: {', '.join(missing)} (installed: {', '.join(installed)})")
    return str(version), installed


def describe() -> dict[str, str]:
    """Version banner for `cardbox --version`, e.g. {"tesseract": "5.3.0 (system: /usr/bin/tesseract)"}."""
    cmd = tesseract_cmd()
    pytesseract.pytesseract.tesseract_cmd = cmd
    try:
        version = str(pytesseract.get_tesseract_version()).split()[0]
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrUnavailable(f"cannot run {cmd} ({exc})") from exc
    return {"tesseract": f"{version} ({_origin()}: {cmd})"}


def _config(psm: int) -> str:
    # Keep inter-word spaces so "T. 612 345 678" stays one phone for the parser.
    return f"--psm {psm} --oem 1 -c preserve_interword_spaces=1"


def data_to_result(data: dict[str, list], width: int, height: int) -> OcrResult:
    """Group `image_to_data` rows into lines by (block, paragraph, line) numbers."""
    lines: dict[tuple[int, int, int], Line] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        box = Box(int(data["left"][i]), int(data["top"][i]), int(data["width"][i]), int(data["height"][i]))
        lines.setdefault(key, Line()).words.append(Word(text, box, max(0.0, min(1.0, conf / 100.0))))
    ordered = sorted(lines.values(), key=lambda ln: (ln.box.y, ln.box.x))
    return OcrResult(lines=ordered, width=width, height=height, engine="tesseract")


def osd_rotation(image: np.ndarray) -> tuple[int, float]:
    """Tesseract OSD: degrees to rotate the image clockwise to make it upright, and confidence."""
    check("osd")
    try:
        osd = pytesseract.image_to_osd(
            image, config="--psm 0 -c min_characters_to_try=5", output_type=pytesseract.Output.DICT
        )
    except pytesseract.TesseractError:
        return 0, 0.0  # too little text for OSD: the caller falls back
    return int(osd.get("rotate", 0)) % 360, float(osd.get("orientation_conf", 0.0))


class TesseractEngine:
    """`OcrEngine` backed by the Tesseract program through pytesseract."""

    name = "tesseract"

    def __init__(self, psm: int = DEFAULT_PSM) -> None:
        self.psm = psm

    def recognize(self, image: np.ndarray, *, langs: str = "spa+eng", psm: int | None = None) -> OcrResult:
        """Words with boxes and 0..1 confidences, grouped into lines."""
        check(langs)
        try:
            data = pytesseract.image_to_data(
                image, lang=langs, config=_config(psm or self.psm), output_type=pytesseract.Output.DICT
            )
        except pytesseract.TesseractError as exc:
            raise OcrUnavailable(f"tesseract failed: {exc.message}") from exc
        h, w = image.shape[:2]
        return data_to_result(data, w, h)
