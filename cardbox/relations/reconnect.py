"""Reconnect: a ranked list of people worth calling again, each with the reasons why.

Candidates are contacts untouched (see `activity`) for at least `MIN_IDLE_DAYS` and without a
follow-up already planned, who are one of:
  * a client, now or before (tag "cliente"/"clienta"/"client"/"customer"),
  * trusted or hot,
  * someone who changed jobs (job history): a new company, a new door,
  * a connector who introduced you to others.
The score grows with how much the relationship is worth and how long it has been idle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from cardbox.model import Warmth
from cardbox.relations.activity import Activity, activities
from cardbox.relations.dates import today as local_today
from cardbox.store import Store

MIN_IDLE_DAYS = 90
CLIENT_TAGS = frozenset({"cliente", "clienta", "clientes", "client", "clients", "customer", "ex-cliente", "excliente"})

# Reason code -> (weight, English sentence template).
REASONS: dict[str, tuple[float, str]] = {
    "client": (4.0, "client"),
    "trusted": (3.0, "trusted contact"),
    "hot": (2.0, "hot contact"),
    "changed_jobs": (1.5, "changed jobs since you met"),
    "connector": (1.0, "introduced you to {introduced} {people}"),
}


@dataclass(frozen=True)
class ReconnectItem:
    """One person worth calling again."""

    contact_id: int
    score: float
    reason: str  # English sentence; the GUI builds its own words from `codes` and the fields
    codes: tuple[str, ...]  # keys of REASONS, strongest first
    name: str
    warmth: Warmth
    last_touched: date
    idle_days: int


def _codes(a: Activity) -> list[str]:
    codes = []
    if a.tags & CLIENT_TAGS:
        codes.append("client")
    if a.warmth == Warmth.TRUSTED:
        codes.append("trusted")
    elif a.warmth == Warmth.HOT:
        codes.append("hot")
    if a.has_jobs:
        codes.append("changed_jobs")
    if a.introduced >= 1:
        codes.append("connector")
    return codes


def _sentence(a: Activity, codes: list[str], idle: int) -> str:
    people = "person" if a.introduced == 1 else "people"
    parts = [REASONS[c][1].format(introduced=a.introduced, people=people) for c in codes]
    months = idle // 30
    why = "; ".join([parts[0].capitalize(), *parts[1:]])
    return f"{why}; untouched for {months} months (since {a.last_touched})."


def reconnect(
    store: Store, today: date | None = None, limit: int = 20, tz: tzinfo | None = None
) -> list[ReconnectItem]:
    """The `limit` people most worth calling again, best first."""
    day = local_today(today, tz)
    items = []
    for a in activities(store, day, tz):
        idle = (day - a.last_touched).days
        if idle < MIN_IDLE_DAYS or (a.follow_up and a.follow_up >= day):
            continue
        codes = _codes(a)
        if not codes:
            continue
        worth = sum(REASONS[c][0] for c in codes) + 0.5 * a.warmth
        # Idle time raises the score up to two years; beyond that the memory fades as well.
        score = round(worth * min(idle, 730) / 365, 3)
        items.append(
            ReconnectItem(
                a.contact_id,
                score,
                _sentence(a, codes, idle),
                tuple(codes),
                a.name,
                Warmth(a.warmth),
                a.last_touched,
                idle,
            )
        )
    items.sort(key=lambda i: (-i.score, i.name, i.contact_id))
    return items[:limit] if limit else items
