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

import ctypes
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from cardbox.errors import Cancelled
from cardbox.progress import CancelFlag, Progress

Job = Callable[..., Iterator[Progress]]
_LEAKS: bool | None = None


def _emit_leaks_a_bool() -> bool:
    """True when this PySide drops a reference on the bool `SignalInstance.emit` returns.

    PySide6 6.12.0 on Python 3.11 does: every Python-side emit() takes one reference off
    `True`, and after a few thousand emits the interpreter aborts ("bool_dealloc: deallocating
    True or False"). Python 3.12+ bools are immortal, so there it is harmless.
    """

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    leaked = sys.getrefcount(True) - before <= -8
    if leaked:
        for _ in range(8):  # give back what the probe took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked


def emit(signal: Any, *args: Any) -> None:
    """`signal.emit(*args)`, compensating PySide 6.12's lost reference (see above).

    Use this for every emit from Python code; signals Qt emits from C++ are not affected.
    """
    global _LEAKS
    if _LEAKS is None:
        _LEAKS = _emit_leaks_a_bool()
    result = signal.emit(*args)
    if _LEAKS:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


class _Runner(QObject):
    """Lives in the worker thread and drives the generator.

    Results travel in a locked deque, not as Qt signal arguments: the thread only emits an
    argument-less `ready` when the deque turns non-empty, and the main thread drains it. A fast
    job therefore never floods Qt's event queue with Python objects (which, with PySide 6.12,
    crashed the interpreter at exit after ~100k queued events), and the GUI gets batches.
    """

    ready = Signal()

    def __init__(self, job: Job, store_path: Path | None) -> None:
        super().__init__()
        self._job = job
        self._store_path = store_path
        self._lock = threading.Lock()
        self._items: deque[tuple[str, Any]] = deque()
        self._signalled = False

    def _put(self, kind: str, value: Any) -> None:
        with self._lock:
            self._items.append((kind, value))
            wake = not self._signalled
            self._signalled = True
        if wake:
            emit(self.ready)

    def take(self) -> list[tuple[str, Any]]:
        """Everything produced since the last call (main thread)."""
        with self._lock:
            items = list(self._items)
            self._items.clear()
            self._signalled = False
        return items

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
                self._put("progress", progress)
        except Cancelled:
            pass  # a job may stop by raising Cancelled: that is a clean end, not a failure
        except Exception as exc:  # noqa: BLE001 - every failure must reach the GUI's error dialog
            self._put("failed", exc)
        finally:
            if store is not None:
                store.close()
            self._put("done", None)


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
            self._runner.ready.connect(self._drain)  # direct: each event is delivered at once
            self._runner.run()
            return
        thread = QThread(self)
        self._runner.moveToThread(thread)
        self._runner.ready.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        thread.started.connect(self._runner.run)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        """Ask the job to stop after the item in flight; `finished` follows."""
        self.cancel_flag.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread ends (for closing the app); True when it did."""
        return self._thread.wait(msecs) if self._thread is not None else True

    @Slot()
    def _drain(self) -> None:
        for kind, value in self._runner.take():
            if kind == "progress":
                emit(self.progress, value)
            elif kind == "failed":
                emit(self.failed, value)
            else:
                self._on_done()

    def _on_done(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._running = False
        emit(self.finished)
