"""Progress events and the cancel flag shared by every long job (scan, import, sync).

Long work is a generator that yields `Progress` and checks a `CancelFlag` between items; the
CLI draws a bar from the events, the GUI's worker bridge turns them into Qt signals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from cardbox.errors import ItemError


@dataclass
class Progress:
    stage: str  # "photo", "card", "import", "sync", …
    done: int  # items finished so far
    total: int | None  # None while unknown
    label: str = ""  # what is being worked on (a path, a name)
    payload: object = None  # the finished item's result, when there is one
    error: ItemError | None = None  # set when this item failed (the batch goes on)


class CancelFlag:
    """A thread-safe flag a job checks between items; cancelling never interrupts a write."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()
