"""The one bridge between long core jobs and the GUI.

A core job is a generator of `cardbox.progress.Progress` that honours a `CancelFlag`. `Worker`
runs it on a QThread and re-emits every event as a Qt signal *from the main thread*, so slots
(lambdas included) may touch widgets. With `inline=True` the generator runs synchronously in
the caller's thread: tests use that, as the house style asks.

When the job writes to the tarjetero, pass `store_path`: the worker then opens its own
`Store` on that file inside the thread (SQLite WAL lets it sit beside the GUI's connection),
hands it to the job and closes it at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from cardbox.errors import Cancelled
from cardbox.progress import CancelFlag, Progress

Job = Callable[..., Iterator[Progress]]


class _Runner(QObject):
    """Lives in the worker thread and drives the generator; talks only through signals."""

    event = Signal(object)
    error = Signal(object)
    done = Signal()

    def __init__(self, job: Job, store_path: Path | None) -> None:
        super().__init__()
        self._job = job
        self._store_path = store_path

    @Slot()
    def run(self) -> None:
        store: Any = None
        try:
            if self._store_path is not None:
                from cardbox.store import Store

                store = Store.open(self._store_path)
                events = self._job(store)
            else:
                events = self._job()
            for progress in events:
                self.event.emit(progress)
        except Cancelled:
            pass  # a job may stop by raising Cancelled: that is a clean end, not a failure
        except Exception as exc:  # noqa: BLE001 - every failure must reach the GUI's error dialog
            self.error.emit(exc)
        finally:
            if store is not None:
                store.close()
            self.done.emit()


class Worker(QObject):
    """Run `job` (a callable returning an iterator of Progress) off the GUI thread.

    Signals: `progress(Progress)` per event, `failed(Exception)` when the job raised,
    `finished()` always, last. `cancel()` sets `cancel_flag`; build the job with it, e.g.
    ``flag = CancelFlag(); Worker(lambda store: scan_photos(p, store=store, cancel=flag),
    cancel=flag, store_path=store.path)``.
    """

    progress = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        job: Job,
        *,
        cancel: CancelFlag | None = None,
        store_path: Path | None = None,
        inline: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cancel_flag = cancel or CancelFlag()
        self.inline = inline
        self._runner = _Runner(job, store_path)
        self._thread: QThread | None = None
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Start the job (in inline mode: run it to the end before returning)."""
        if self._running:
            raise RuntimeError("this worker is already running")
        self._running = True
        if self.inline:
            self._runner.event.connect(self.progress.emit)
            self._runner.error.connect(self.failed.emit)
            self._runner.done.connect(self._on_done)
            self._runner.run()
            return
        thread = QThread(self)
        self._runner.moveToThread(thread)
        queued = Qt.ConnectionType.QueuedConnection
        self._runner.event.connect(self._on_event, queued)
        self._runner.error.connect(self._on_error, queued)
        self._runner.done.connect(self._on_done, queued)
        thread.started.connect(self._runner.run)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        """Ask the job to stop after the item in flight; `finished` follows."""
        self.cancel_flag.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread ends (for closing the app); True when it did."""
        return self._thread.wait(msecs) if self._thread is not None else True

    @Slot(object)
    def _on_event(self, progress: Progress) -> None:
        self.progress.emit(progress)

    @Slot(object)
    def _on_error(self, exc: Exception) -> None:
        self.failed.emit(exc)

    @Slot()
    def _on_done(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._running = False
        self.finished.emit()
