"""What the sidebar offers and what each choice means as a search filter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from cardbox.gui.controllers import features
from cardbox.model import Warmth
from cardbox.store import Store
from cardbox.store.search import Filters

ALL = "all"
EVENT = "event"
WARMTH = "warmth"
TAG = "tag"
REVIEW = "review"
DUPLICATES = "duplicates"
FOLLOW_UP = "follow_up"
RECONNECT = "reconnect"
# Choices shown by the review view instead of the contact list.
REVIEW_VIEWS = (REVIEW, DUPLICATES)


@dataclass(frozen=True)
class Choice:
    kind: str
    value: object = None


def _ids(items: Iterable[object]) -> list[int]:
    out: list[int] = []
    for item in items:
        cid = item if isinstance(item, int) else getattr(item, "contact_id", getattr(item, "id", None))
        if isinstance(cid, int) and cid not in out:
            out.append(cid)
    return out


def follow_up_ids(store: Store, today: date | None = None) -> list[int] | None:
    """Contacts with a follow-up overdue, today or this week (relations module), else None."""
    followups = features.function("cardbox.relations.followup", "followups")
    if followups is None:
        return None
    result = followups(store, today=today)  # type: ignore[operator]
    return _ids([*result.overdue, *result.today, *result.this_week])


def reconnect_items(store: Store, today: date | None = None) -> list[object] | None:
    """The relations module's ranked Reconnect list (best first), or None when absent."""
    reconnect = features.function("cardbox.relations.reconnect", "reconnect")
    if reconnect is None:
        return None
    return list(reconnect(store, today=today))  # type: ignore[operator]


def reconnect_ids(store: Store, today: date | None = None) -> list[int] | None:
    items = reconnect_items(store, today)
    return _ids(items) if items is not None else None


def has_duplicates_view() -> bool:
    return features.present("cardbox.dedup.queue")


def has_reconnect() -> bool:
    return features.present("cardbox.relations.reconnect")


def follow_up_horizon(today: date) -> date:
    """The last day counted as "due": the end of this week (relations' rule), else a week on."""
    week_end = features.function("cardbox.relations.dates", "week_end")
    return week_end(today) if week_end is not None else today + timedelta(days=7)  # type: ignore[operator, no-any-return]


def follow_up_count(store: Store, today: date | None = None) -> int:
    """How many follow-ups are overdue or due this week: one indexed COUNT, for the sidebar."""
    return store.count("", Filters(follow_up_before=follow_up_horizon(today or date.today())))


def filters_for(choice: Choice, store: Store, today: date | None = None) -> Filters:
    """The search filters meaning this sidebar choice (review views filter nothing)."""
    today = today or date.today()
    if choice.kind == EVENT:
        return Filters(event_ids=[int(choice.value)])  # type: ignore[arg-type]
    if choice.kind == WARMTH:
        return Filters(warmth=[Warmth(int(choice.value))])  # type: ignore[arg-type]
    if choice.kind == TAG:
        return Filters(tags=[str(choice.value)])
    if choice.kind == FOLLOW_UP:
        ids = follow_up_ids(store, today)
        return Filters(ids=ids) if ids is not None else Filters(follow_up_before=follow_up_horizon(today))
    if choice.kind == RECONNECT:
        return Filters(ids=reconnect_ids(store, today) or [])
    if choice.kind == REVIEW:
        return Filters(needs_review=True)
    return Filters()
