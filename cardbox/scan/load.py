"""Reading photos: any common format incl. HEIC, upright by EXIF, with clear errors.

Pillow's decompression-bomb limit stays in place: a file claiming more pixels than it allows is
refused as "too large" instead of exhausting memory.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from cardbox.errors import ImageError

try:  # HEIC/HEIF (iPhone photos); optional so a broken wheel never stops JPEG scanning
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
    pillow_heif = None

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif")
MIN_SIDE = 32  # a card photo smaller than this holds nothing readable


@dataclass
class LoadedPhoto:
    """An upright photo as a BGR array, with the sha256 of the file's bytes."""

    path: Path
    image: np.ndarray
    sha256: str


def is_image_path(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def load_photo(path: Path) -> LoadedPhoto:
    """Read `path` upright (EXIF orientation applied). Raises ImageError with the reason."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageError(f"cannot read the file ({exc.strerror or exc})", path=str(path)) from exc
    if not data:
        raise ImageError("the file is empty", path=str(path))
    image = decode(data, str(path))
    return LoadedPhoto(path=path, image=image, sha256=hashlib.sha256(data).hexdigest())


def decode(data: bytes, name: str = "<bytes>") -> np.ndarray:
    """Decode image bytes to an upright BGR uint8 array."""
    with warnings.catch_warnings():
        # Pillow only warns between 1x and 2x its limit; refuse those too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as im:
                im.load()
                upright = ImageOps.exif_transpose(im)
                rgb = upright.convert("RGB")
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageError("the image is too large to open safely", path=name) from exc
        except UnidentifiedImageError as exc:
            raise ImageError("not an image file (or an unsupported format)", path=name) from exc
        except (OSError, SyntaxError, ValueError) as exc:
            raise ImageError(f"the image is corrupt or truncated ({exc})", path=name) from exc
    if min(rgb.size) < MIN_SIDE:
        raise ImageError(f"the image is too small ({rgb.size[0]}x{rgb.size[1]} pixels)", path=name)
    arr = np.asarray(rgb)
    return np.ascontiguousarray(arr[:, :, ::-1])


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, folders expanded to the image files inside them (sorted, recursive)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and is_image_path(f)))
        else:
            out.append(p)
    return out
