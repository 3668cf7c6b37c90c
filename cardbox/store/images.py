"""Card images beside the tarjetero, named by content hash and written atomically."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

ALLOWED_EXTS = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".heic", ".heif"}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ImageStore:
    """Content-addressed files: `images/ab/abcdef….jpg`. Names never come from user input."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str, ext: str = ".jpg") -> Path:
        if len(sha256) != 64 or any(ch not in "0123456789abcdef" for ch in sha256):
            raise ValueError("not a sha256 hex digest")
        if ext.lower() not in ALLOWED_EXTS:
            raise ValueError(f"unsupported image extension {ext!r}")
        return self.root / sha256[:2] / f"{sha256}{ext.lower()}"

    def put(self, data: bytes, ext: str = ".jpg") -> str:
        """Store the bytes (once) and return their sha256."""
        sha = sha256_bytes(data)
        target = self.path(sha, ext)
        if not target.exists():
            atomic_write(target, data)
        return sha

    def exists(self, sha256: str, ext: str = ".jpg") -> bool:
        return self.path(sha256, ext).exists()
