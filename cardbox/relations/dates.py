"""The user's local day: time zones, "today", months and the user's week.

Moments are stored in UTC; days are what the user lives in. A note written at 23:30 in Madrid
belongs to that Madrid day even though it is already the next day in UTC, so every conversion
from a moment to a day goes through `local_day` with the user's (or an injected) time zone.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta, tzinfo

from cardbox.errors import InvalidInput


def local_tz(tz: tzinfo | None = None) -> tzinfo:
    """The injected time zone, else the system's local one."""
    if tz is not None:
        return tz
    return datetime.now().astimezone().tzinfo or UTC


def now_utc(now: datetime | None = None) -> datetime:
    """`now` (made aware: naive means UTC) or the current moment, in UTC, whole seconds."""
    moment = now if now is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The user's calendar day of a moment (a naive moment is taken as UTC, as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(local_tz(tz)).date()


def today(value: date | None = None, tz: tzinfo | None = None) -> date:
    """`value` when given (tests, "as of" views), else the user's local today."""
    if value is not None:
        return value
    return datetime.now(local_tz(tz)).date()


def to_utc(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """A user-given moment in UTC; a naive moment is the user's local wall-clock time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local_tz(tz))
    return moment.astimezone(UTC)


def parse_moment(text: str, tz: tzinfo | None = None) -> datetime:
    """An ISO date or date-time typed by the user, in UTC (a bare date is local noon)."""
    try:
        if len(text.strip()) == 10:
            day = date.fromisoformat(text.strip())
            return to_utc(datetime(day.year, day.month, day.day, 12, 0), tz)
        return to_utc(datetime.fromisoformat(text.strip()), tz)
    except ValueError as exc:
        raise InvalidInput(f"not an ISO date or date-time: {text!r} (e.g. 2026-03-14 or 2026-03-14T23:30)") from exc


def parse_day(text: str) -> date:
    """An ISO day typed by the user, or InvalidInput."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"not a date (YYYY-MM-DD): {text!r}") from exc


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months, clamped to the month's end (31 Mar - 1 = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def week_end(day: date) -> date:
    """The last day of "this week" as seen on `day`.

    Weeks run Monday to Sunday (as in Spain and ISO 8601), so "this week" is the rest of the
    week after today, up to Sunday. On a Sunday the week is over: the user is planning the
    next one, so "this week" then means the whole coming week (up to next Sunday).
    """
    days_left = 6 - day.weekday()
    return day + timedelta(days=days_left or 7)
