"""A pile of photos to parsed, confidence-scored cards, stored as each card finishes.

Two kinds of work run in a process pool: per photo (load, detect, warp, QR) and per card
(orientation, OCR, parse). The generator itself runs in the caller's thread and is the only
writer to the tarjetero, so a crash or Ctrl-C loses at most the cards still in flight.
`workers=0` runs everything inline (tests, debugging).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING

from cardbox.errors import CardboxError, ItemError
from cardbox.model import Event, utcnow
from cardbox.progress import CancelFlag, Progress
from cardbox.scan import work
from cardbox.scan.load import expand_paths
from cardbox.scan.result import CardResult

if TYPE_CHECKING:
    from cardbox.store import Store

__all__ = ["CardResult", "scan_photos"]


class _Inline(Executor):
    """An executor that runs each job at submit time (workers=0)."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - delivered through the future
            fut.set_exception(exc)
        return fut


def _executor(workers: int | None) -> Executor:
    if workers == 0:
        return _Inline()
    n = workers or max(1, os.cpu_count() or 1)
    # spawn: safe beside Qt threads and the same on every OS (and in a PyInstaller bundle).
    return ProcessPoolExecutor(
        max_workers=n,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=work.watch_parent,
        initargs=(os.getpid(),),
    )


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def already_scanned(store: Store, sha: str) -> bool:
    row = store.conn.execute(
        "SELECT COUNT(*), SUM(status IN ('failed', 'pending')) FROM scans WHERE photo_sha256 = ?", (sha,)
    ).fetchone()
    return bool(row[0]) and not row[1]  # every card of the photo was stored


def scan_photos(
    paths: list[Path],
    *,
    store: Store | None,
    event: Event | None = None,
    dry_run: bool = False,
    force: bool = False,
    cancel: CancelFlag | None = None,
    workers: int | None = None,
    langs: str = "spa+eng",
    region: str = "ES",
) -> Iterator[Progress]:
    """Scan photos (folders expand to their images) and yield Progress per photo and per card.

    Card events carry a `CardResult` payload; failed photos carry `error=ItemError` and a
    CardResult with `error`. Unless `dry_run`, each card is saved as soon as it is read.
    """
    photos = [str(p) for p in expand_paths([Path(p) for p in paths])]
    saving = not dry_run and store is not None
    if saving and event is not None and event.id is None:
        event = store.ensure_event(event)
    run = _Run(photos, store if saving else None, event, force, cancel, langs, region)
    n = 1 if workers == 0 else (workers or os.cpu_count() or 1)
    with _executor(workers) as pool:
        yield from run.drive(pool, window=2 * n if workers != 0 else 1)


class _Run:
    """State of one scan batch: pending futures and per-photo counters."""

    def __init__(
        self,
        photos: list[str],
        store: Store | None,
        event: Event | None,
        force: bool,
        cancel: CancelFlag | None,
        langs: str,
        region: str,
    ) -> None:
        self.photos, self.store, self.event, self.force = photos, store, event, force
        self.cancel, self.langs, self.region = cancel, langs, region
        self.done = 0
        self.pending: dict[Future, tuple[str, str, int]] = {}  # future -> (kind, photo, index)
        self.left: dict[str, int] = {}  # photo -> cards still in flight

    def cancelled(self) -> bool:
        return bool(self.cancel and self.cancel.cancelled)

    def drive(self, pool: Executor, window: int) -> Iterator[Progress]:
        """Feed photos to the pool keeping at most `window` jobs in flight, so cards are read
        (and saved) while later photos are still being detected, and memory stays bounded."""
        total = len(self.photos)
        for photo in self.photos:
            if self.cancelled():
                break
            if self._skip(photo):
                self.done += 1
                yield Progress("photo", self.done, total, label=f"skipped (already scanned): {photo}", payload=photo)
                continue
            self.pending[pool.submit(work.detect_photo, photo)] = ("photo", photo, 0)
            while len(self.pending) >= window and not self.cancelled():
                yield from self._collect(pool, total, block=True)
        while self.pending and not self.cancelled():
            yield from self._collect(pool, total, block=True)
        for fut in self.pending:
            fut.cancel()

    def _skip(self, photo: str) -> bool:
        if self.store is None or self.force:
            return False
        sha = file_sha256(Path(photo))
        return sha is not None and already_scanned(self.store, sha)

    def _collect(self, pool: Executor, total: int, block: bool) -> Iterator[Progress]:
        """Handle whatever jobs are finished (waiting for at least one when `block`)."""
        if not self.pending:
            return
        ready, _ = wait(list(self.pending), timeout=None if block else 0, return_when=FIRST_COMPLETED)
        for fut in ready:
            kind, photo, index = self.pending.pop(fut)
            if kind == "photo":
                yield from self._photo_done(pool, fut, photo, total)
            else:
                yield from self._card_done(fut, photo, index, total)

    def _photo_done(self, pool: Executor, fut: Future, photo: str, total: int) -> Iterator[Progress]:
        try:
            found: work.PhotoCards = fut.result()
        except Exception as exc:  # noqa: BLE001 - a crashed worker must not stop the batch
            yield from self._failed(photo, exc, total)
            return
        todo = self._mark_pending(found.sha256, photo, len(found.cards))
        self.left[photo] = len(todo)
        if not todo:
            self.done += 1
            yield Progress("photo", self.done, total, label=photo)
        for i in todo:
            card = found.cards[i]
            job = pool.submit(work.read_card, card, self.langs, self.region, f"{photo}#{i}")
            self.pending[job] = ("card", photo, i)

    def _mark_pending(self, sha: str, photo: str, n: int) -> list[int]:
        """Record every card of a photo as 'pending' before reading any, and return the
        indices still to read: after a crash, the cards saved before it are not read (nor
        stored) twice, and the ones that were in flight are read on the next run."""
        if self.store is None:
            return list(range(n))
        with self.store.transaction() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO scans(photo_sha256, photo_path, card_index, status, created_at) "
                "VALUES (?, ?, ?, 'pending', ?)",
                [(sha, photo, i, utcnow().isoformat()) for i in range(n)],
            )
            done = {
                r[0]
                for r in conn.execute(
                    "SELECT card_index FROM scans WHERE photo_sha256 = ? AND status NOT IN ('pending', 'failed')",
                    (sha,),
                )
            }
        return [i for i in range(n) if self.force or i not in done]

    def _card_done(self, fut: Future, photo: str, index: int, total: int) -> Iterator[Progress]:
        try:
            card: CardResult = fut.result()
        except Exception as exc:  # noqa: BLE001
            card = CardResult(photo=photo, card_index=index, error=_reason(exc))
        card.photo = photo
        self._save(card)
        self.left[photo] -= 1
        err = ItemError(photo, index, card.error) if card.error else None
        yield Progress("card", self.done, total, label=photo, payload=card, error=err)
        if self.left[photo] == 0:
            self.done += 1
            yield Progress("photo", self.done, total, label=photo)

    def _failed(self, photo: str, exc: BaseException, total: int) -> Iterator[Progress]:
        reason = _reason(exc)
        card = CardResult(photo=photo, card_index=0, error=reason, photo_sha256=file_sha256(Path(photo)) or "")
        self._save(card)
        self.done += 1
        yield Progress("card", self.done, total, label=photo, payload=card, error=ItemError(photo, None, reason))
        yield Progress("photo", self.done, total, label=photo)

    def _save(self, card: CardResult) -> None:
        if self.store is None:
            return
        from cardbox.scan.save import save_scanned_card

        save_scanned_card(self.store, card, self.event)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CardboxError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"
