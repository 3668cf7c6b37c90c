"""The relationship layer: events, warmth, notes, introductions, follow-ups and reconnecting.

Plain functions over a `Store`; "today" and "now" are always parameters so that tests (and the
GUI's "as of" views) never depend on the wall clock. No Qt here.
"""

from __future__ import annotations
