"""Loading photos: formats, EXIF orientation, and clear errors for bad files."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cardbox.errors import ImageError
from cardbox.scan.load import expand_paths, load_photo


def _png_bytes(w: int, h: int, colour=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(buf, "PNG")
    return buf.getvalue()


def _jpeg_bytes(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, **kw)
    return buf.getvalue()


def _marked() -> Image.Image:
    """400x200, red on the left half, blue on the right: orientation is visible."""
    img = Image.new("RGB", (400, 200), (0, 0, 255))
    img.paste((255, 0, 0), (0, 0, 200, 200))
    return img


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.jpg", b"", "empty"),
        ("notes.jpg", "Nombre: José\nTel: 612 345 678\n".encode(), "not an image"),
        ("tiny.png", _png_bytes(1, 1), "too small"),
    ],
)
def test_bad_files_raise_image_error_with_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImageError) as info:
        load_photo(path)
    assert reason in info.value.message
    assert str(path) in info.value.message


def test_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    data = _jpeg_bytes(Image.effect_noise((800, 600), 60).convert("RGB"))
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageError, match="corrupt or truncated"):
        load_photo(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="cannot read"):
        load_photo(tmp_path / "nope.jpg")


def test_exif_rotated_file_comes_out_upright(tmp_path: Path) -> None:
    upright = _marked()
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # what a phone held sideways writes
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    path = tmp_path / "phone.jpg"
    path.write_bytes(_jpeg_bytes(stored, exif=exif.tobytes()))
    photo = load_photo(path)
    assert photo.image.shape == (200, 400, 3)
    left, right = photo.image[100, 50], photo.image[100, 350]  # BGR
    assert left[2] > 200 and left[0] < 60  # red on the left
    assert right[0] > 200 and right[2] < 60  # blue on the right
    assert len(photo.sha256) == 64


def test_heic_round_trip(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    path = tmp_path / "iphone.heic"
    pillow_heif.from_pillow(_marked()).save(str(path), quality=90)
    photo = load_photo(path)
    assert photo.image.shape == (200, 400, 3)
    assert photo.image[100, 50][2] > 180 and photo.image[100, 350][0] > 180


@pytest.mark.parametrize("fmt, suffix", [("PNG", ".png"), ("WEBP", ".webp"), ("TIFF", ".tif")])
def test_other_formats(tmp_path: Path, fmt: str, suffix: str) -> None:
    path = tmp_path / f"card{suffix}"
    _marked().save(path, fmt)
    assert load_photo(path).image.shape == (200, 400, 3)


def _bomb_png(w: int, h: int) -> bytes:
    """A tiny PNG whose header claims w x h pixels (no pixel data needed to trip the check)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b"")
    )


def test_decompression_bomb_is_refused_and_limit_stays(tmp_path: Path) -> None:
    limit = Image.MAX_IMAGE_PIXELS
    assert limit  # Pillow's guard is on
    for side in (12_000, 20_000):  # between 1x and 2x the limit (a warning), and beyond (an error)
        path = tmp_path / f"bomb{side}.png"
        path.write_bytes(_bomb_png(side, side))
        with pytest.raises(ImageError, match="too large"):
            load_photo(path)
    assert Image.MAX_IMAGE_PIXELS == limit


def test_expand_paths_sorts_images_in_folders(tmp_path: Path) -> None:
    for name in ("b.jpg", "a.PNG", "notes.txt", "sub/c.heic"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    single = tmp_path / "notes.txt"
    got = expand_paths([tmp_path, single])
    assert [p.relative_to(tmp_path).as_posix() for p in got] == ["a.PNG", "b.jpg", "sub/c.heic", "notes.txt"]


def test_large_photo_loads(tmp_path: Path) -> None:
    """A 50-megapixel photo is inside Pillow's limit and must load (and detect, elsewhere)."""
    img = np.full((6000, 8400, 3), 90, np.uint8)
    path = tmp_path / "big.png"
    Image.fromarray(img).save(path, compress_level=1)
    assert load_photo(path).image.shape == (6000, 8400, 3)
