"""Warmth: set it in one action (its dated history is kept), and notice contacts cooling down.

Cooling is a flag, never a downgrade: cardbox does not change the warmth the user chose; it
lists warm, hot and trusted contacts untouched (see `activity`) for `relations.cooling_months`
months, with the reason, so the user decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from cardbox.errors import InvalidInput
from cardbox.model import Warmth
from cardbox.relations.activity import activities
from cardbox.relations.dates import add_months, now_utc
from cardbox.relations.dates import today as local_today
from cardbox.store import Store

COOLING_SETTING = "relations.cooling_months"
DEFAULT_COOLING_MONTHS = 6

LABELS = {
    "es": {Warmth.COLD: "frío", Warmth.WARM: "templado", Warmth.HOT: "caliente", Warmth.TRUSTED: "de confianza"},
    "en": {Warmth.COLD: "cold", Warmth.WARM: "warm", Warmth.HOT: "hot", Warmth.TRUSTED: "trusted"},
}


def parse_warmth(value: Warmth | str | int) -> Warmth:
    """A Warmth from 1-4, "hot" or "caliente"; InvalidInput otherwise."""
    if isinstance(value, Warmth):
        return value
    try:
        return Warmth.parse(value)
    except ValueError as exc:
        raise InvalidInput(
            f"unknown warmth {value!r}; use cold, warm, hot or trusted (frío, templado, caliente, de confianza)"
        ) from exc


def set_warmth(store: Store, contact_id: int, warmth: Warmth | str | int, at: datetime | None = None) -> bool:
    """Set a contact's warmth, recording the dated change. Returns False when it was already so."""
    level = parse_warmth(warmth)
    with store.transaction():
        contact = store.get(contact_id)
        changed = contact.set_warmth(level, now_utc(at))
        if changed:
            store.save(contact)
    return changed


@dataclass(frozen=True)
class CoolingItem:
    """A contact going cold: warm or warmer, untouched since `last_touched`."""

    contact_id: int
    name: str
    warmth: Warmth
    last_touched: date
    idle_days: int
    reason_code: str  # "untouched"
    reason: str  # English sentence; the GUI words it from the fields above


def cooling_months(store: Store) -> int:
    """The `relations.cooling_months` setting (default 6; 0 turns cooling off)."""
    value = store.setting(COOLING_SETTING, DEFAULT_COOLING_MONTHS)
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_COOLING_MONTHS


def cooling(
    store: Store, today: date | None = None, tz: tzinfo | None = None, months: int | None = None
) -> list[CoolingItem]:
    """Warm, hot and trusted contacts untouched for `months` (the setting by default), oldest first.

    A contact with a follow-up date today or later is not listed: a call is already planned.
    """
    day = local_today(today, tz)
    months = cooling_months(store) if months is None else months
    if months <= 0:
        return []
    limit = add_months(day, -months)
    items = []
    for a in activities(store, day, tz):
        if a.warmth < Warmth.WARM or a.last_touched > limit or (a.follow_up and a.follow_up >= day):
            continue
        level = Warmth(a.warmth)
        idle = (day - a.last_touched).days
        reason = (
            f"{LABELS['en'][level].capitalize()} contact untouched since {a.last_touched} "
            f"({idle} days, limit {months} months)."
        )
        items.append(CoolingItem(a.contact_id, a.name, level, a.last_touched, idle, "untouched", reason))
    items.sort(key=lambda i: (i.last_touched, -int(i.warmth), i.name))
    return items
