"""A vdir folder as a Storage: one .vcf file per contact (the layout khard, vdirsyncer and
many phone sync apps share). Writes are atomic: a temporary file, then a rename (or a hard
link for a create, which fails instead of overwriting)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from cardbox.sync.storage import Item, ItemNotFound, PreconditionFailed, Storage, href_for_uid, uid_of

SUFFIX = ".vcf"


def _etag(data: bytes) -> str:
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


class VdirStorage(Storage):
    """Items are the `*.vcf` files of one folder; the etag is a hash of the file's bytes."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder).expanduser()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.server = str(self.folder)

    def _path(self, href: str) -> Path:
        if "/" in href or "\\" in href or href.startswith("."):
            raise ItemNotFound(href=href, server=self.server)
        return self.folder / href

    def list(self) -> dict[str, str]:
        return {p.name: _etag(p.read_bytes()) for p in sorted(self.folder.glob("*" + SUFFIX)) if p.is_file()}

    def get_many(self, hrefs: Iterable[str]) -> Iterator[Item]:
        for href in hrefs:
            try:
                data = self._path(href).read_bytes()
            except (FileNotFoundError, ItemNotFound):
                continue
            text = data.decode("utf-8", errors="replace")
            yield Item(uid_of(text), href, _etag(data), text)

    def _current(self, href: str) -> str:
        try:
            return _etag(self._path(href).read_bytes())
        except FileNotFoundError:
            raise ItemNotFound(href=href, server=self.server) from None

    def _temp(self, data: bytes) -> Path:
        fd, name = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=self.folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        return Path(name)

    def create(self, item: Item) -> tuple[str, str]:
        href = item.href or href_for_uid(item.uid or uid_of(item.text))
        data = item.text.encode("utf-8")
        tmp = self._temp(data)
        try:
            os.link(tmp, self._path(href))  # fails if the file exists: never overwrites
        except FileExistsError:
            raise PreconditionFailed(href=href, server=self.server) from None
        finally:
            tmp.unlink(missing_ok=True)
        return href, _etag(data)

    def update(self, href: str, text: str, etag: str) -> str:
        if self._current(href) != etag:
            raise PreconditionFailed(href=href, server=self.server)
        data = text.encode("utf-8")
        os.replace(self._temp(data), self._path(href))
        return _etag(data)

    def delete(self, href: str, etag: str) -> None:
        if self._current(href) != etag:
            raise PreconditionFailed(href=href, server=self.server)
        self._path(href).unlink()
