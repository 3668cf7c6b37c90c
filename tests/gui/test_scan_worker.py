"""The worker bridge: inline and threaded runs, cancel, failures, its own Store."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from cardbox.errors import ItemError
from cardbox.gui.worker import Worker
from cardbox.model import Contact
from cardbox.progress import CancelFlag, Progress

pytestmark = pytest.mark.gui


def _count(n: int, flag: CancelFlag, seen_threads: list[str] | None = None,
           pause: float = 0.0) -> Iterator[Progress]:
    for i in range(n):
        if flag.cancelled:
            return
        if seen_threads is not None:
            seen_threads.append(threading.current_thread().name)
        yield Progress("item", i + 1, n, label=f"item {i}")
        time.sleep(pause)  # a real item takes time; it also keeps the event queue short


def test_inline_runs_synchronously_and_finishes(qtbot):
    flag = CancelFlag()
    worker = Worker(lambda: _count(3, flag), cancel=flag, inline=True)
    got: list[int] = []
    finished: list[bool] = []
    worker.progress.connect(lambda p: got.append(p.done))
    worker.finished.connect(lambda: finished.append(True))
    worker.start()
    assert got == [1, 2, 3]
    assert finished == [True]
    assert not worker.running


def test_threaded_run_delivers_events_in_main_thread_and_cancels(qtbot):
    flag = CancelFlag()
    job_threads: list[str] = []
    slot_threads: list[str] = []
    worker = Worker(lambda: _count(100_000, flag, job_threads), cancel=flag)

    def on_progress(p: Progress) -> None:
        slot_threads.append(threading.current_thread().name)
        if p.done == 5:
            worker.cancel()

    worker.progress.connect(on_progress)
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start()
    assert slot_threads and set(slot_threads) == {threading.main_thread().name}
    assert threading.main_thread().name not in job_threads
    # cancel is honoured between items: far fewer than the 100 000 planned
    assert 5 <= len(slot_threads) < 100_000


def test_failure_is_reported_then_finished(qtbot):
    def job() -> Iterator[Progress]:
        yield Progress("item", 1, 2, error=ItemError("a.jpg", 0, "unreadable"))
        raise ValueError("boom")

    worker = Worker(job, inline=True)
    errors: list[object] = []
    order: list[str] = []
    worker.failed.connect(lambda e: (errors.append(e), order.append("failed")))
    worker.finished.connect(lambda: order.append("finished"))
    worker.start()
    assert isinstance(errors[0], ValueError)
    assert order == ["failed", "finished"]


def test_threaded_job_gets_its_own_store(qtbot, store):
    def job(own_store) -> Iterator[Progress]:
        assert own_store is not store
        cid = own_store.save(Contact(full_name="Ana Worker"))
        yield Progress("save", 1, 1, payload=cid)

    worker = Worker(job, store_path=store.path)
    ids: list[int] = []
    worker.progress.connect(lambda p: ids.append(p.payload))
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        worker.start()
    assert store.get(ids[0]).full_name == "Ana Worker"


def test_emit_helper_keeps_the_refcount_of_true(qtbot):
    """PySide 6.12 + Python 3.11 drops a reference to True per emit(); the helper gives it back."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from cardbox.gui.worker import emit

    class Pinger(QObject):
        ping = Signal(object)

    pinger = Pinger()
    got: list[int] = []
    pinger.ping.connect(got.append)
    emit(pinger.ping, 0)  # the first call probes the installed PySide
    before = sys.getrefcount(True)
    for i in range(2000):
        emit(pinger.ping, i)
    assert len(got) == 2001
    assert sys.getrefcount(True) - before >= 0
