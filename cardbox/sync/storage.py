"""The Storage contract every sync backend honours, and the in-memory backend.

A storage is a flat collection of vCard items addressed by `href` (a name inside the
collection, e.g. ``"abc.vcf"``) and versioned by an opaque `etag`. Writes are conditional:
`create` never overwrites (If-None-Match: *), `update`/`delete` only apply to the version the
caller last saw (If-Match). The engine relies on nothing else, so CardDAV, a vdir folder and
this in-memory dict are interchangeable (vdirsyncer's storage model).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from cardbox.errors import SyncError


@dataclass(frozen=True)
class Item:
    """One vCard as a storage holds it: its UID, where it lives, its version and its text."""

    uid: str
    href: str = ""
    etag: str = ""
    text: str = ""


@dataclass
class Changes:
    """What changed in a collection since a sync token (RFC 6578 sync-collection)."""

    changed: dict[str, str] = field(default_factory=dict)  # href -> etag
    deleted: set[str] = field(default_factory=set)
    token: str = ""


class PreconditionFailed(SyncError):
    """The item changed (or appeared) on the server since we last saw it: HTTP 412."""

    template = "{href} changed on {server} since the last sync (precondition failed)"


class ItemNotFound(SyncError):
    template = "{href} is not on {server}"


class InvalidSyncToken(SyncError):
    template = "{server} no longer accepts the saved sync token"


_UID_LINE = re.compile(r"^UID(?:;[^:\r\n]*)?:(.*)$", re.IGNORECASE | re.MULTILINE)


def uid_of(text: str) -> str:
    """The UID of a vCard text ('' when it has none)."""
    m = _UID_LINE.search(text)
    return m.group(1).strip() if m else ""


def href_for_uid(uid: str) -> str:
    """A safe, stable file/resource name for a UID: the same UID always lands on the same href,
    so a create retried after a crash hits If-None-Match instead of making a duplicate."""
    if re.fullmatch(r"[A-Za-z0-9._@-]{1,80}", uid) and not uid.startswith("."):
        return f"{uid}.vcf"
    return hashlib.sha1(uid.encode("utf-8")).hexdigest() + ".vcf"


def etag_of(text: str) -> str:
    return '"' + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32] + '"'


class Storage:
    """The contract. Subclasses implement every method; `changes` may return None."""

    server: str = ""

    def list(self) -> dict[str, str]:
        """Every item's href and etag."""
        raise NotImplementedError

    def get_many(self, hrefs: Iterable[str]) -> Iterator[Item]:
        """The items at these hrefs; hrefs that are gone are skipped."""
        raise NotImplementedError

    def get(self, href: str) -> Item:
        """One item, or ItemNotFound."""
        for item in self.get_many([href]):
            return item
        raise ItemNotFound(href=href, server=self.server)

    def create(self, item: Item) -> tuple[str, str]:
        """Store a new item (at item.href or one derived from its UID). Returns (href, etag).
        Raises PreconditionFailed when that href already exists."""
        raise NotImplementedError

    def update(self, href: str, text: str, etag: str) -> str:
        """Replace the item if its etag is still `etag`; returns the new etag."""
        raise NotImplementedError

    def delete(self, href: str, etag: str) -> None:
        """Delete the item if its etag is still `etag` (ItemNotFound when already gone)."""
        raise NotImplementedError

    def changes(self, token: str | None) -> Changes | None:
        """Changes since `token` (None: everything), or None when the backend cannot tell."""
        return None


class MemoryStorage(Storage):
    """Items in a dict, with a change log so it also speaks the sync-token protocol."""

    def __init__(self, *, with_sync_tokens: bool = True) -> None:
        self.items: dict[str, Item] = {}
        self.server = "memory"
        self._log: list[tuple[str, bool]] = []  # (href, deleted) in order
        self._with_tokens = with_sync_tokens

    def list(self) -> dict[str, str]:
        return {h: i.etag for h, i in self.items.items()}

    def get_many(self, hrefs: Iterable[str]) -> Iterator[Item]:
        for href in hrefs:
            if href in self.items:
                yield self.items[href]

    def create(self, item: Item) -> tuple[str, str]:
        href = item.href or href_for_uid(item.uid or uid_of(item.text) or str(uuid.uuid4()))
        if href in self.items:
            raise PreconditionFailed(href=href, server=self.server)
        return href, self._put(href, item.text)

    def update(self, href: str, text: str, etag: str) -> str:
        current = self.items.get(href)
        if current is None:
            raise ItemNotFound(href=href, server=self.server)
        if current.etag != etag:
            raise PreconditionFailed(href=href, server=self.server)
        return self._put(href, text)

    def delete(self, href: str, etag: str) -> None:
        current = self.items.get(href)
        if current is None:
            raise ItemNotFound(href=href, server=self.server)
        if current.etag != etag:
            raise PreconditionFailed(href=href, server=self.server)
        del self.items[href]
        self._log.append((href, True))

    def changes(self, token: str | None) -> Changes | None:
        if not self._with_tokens:
            return None
        start = int(token) if token else 0
        if start > len(self._log):
            raise InvalidSyncToken(server=self.server)
        out = Changes(token=str(len(self._log)))
        if token is None:
            out.changed = self.list()
            return out
        for href, deleted in self._log[start:]:
            if href in self.items and not deleted:
                out.changed[href] = self.items[href].etag
                out.deleted.discard(href)
            elif href not in self.items:
                out.changed.pop(href, None)
                out.deleted.add(href)
        return out

    def _put(self, href: str, text: str) -> str:
        # A counter in the etag: the same text written twice is still a new version.
        etag = f'"{len(self._log) + 1}-{etag_of(text)[1:9]}"'
        self.items[href] = Item(uid_of(text), href, etag, text)
        self._log.append((href, False))
        return etag
