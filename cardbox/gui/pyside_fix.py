"""A guard against PySide6 6.12.0's lost references on Python 3.11.

With PySide6/shiboken6 6.12.0 on Python < 3.12, every call of a void Qt method from Python
(`label.setText`, `timer.start`, `model.beginResetModel`…), every Python override that returns
None to C++ (`QAbstractItemModel.data`) and every Python-side `Signal.emit` drops one reference
to None or True. Those objects are not immortal before 3.12, so after some tens of thousands of
UI calls the interpreter aborts ("none_dealloc: deallocating None") — in a long session, or at
exit, taking typed-but-unsaved data with it.

None, True and False are never freed while the interpreter runs, so the guard gives each a
huge reference reserve (what Python 3.12 does by making them immortal). It only acts when a
probe shows the leak; fixed PySide versions and Python 3.12+ are left alone.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # far more references than any session can lose
PROBE_CALLS = 16

_applied: bool | None = None


def leaks() -> bool:
    """True when void calls into this PySide take references away from None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    probe.setObjectName("probe")  # the first call may create cached objects: not counted
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -PROBE_CALLS // 2


def apply() -> bool:
    """Give None/True/False their reserve when needed (once). Returns True when applied."""
    global _applied
    if _applied is not None:
        return _applied
    _applied = False
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython" and leaks():
        for obj in (None, True, False):
            # ob_refcnt is the first field of every CPython object.
            ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
        _applied = True
    return _applied
