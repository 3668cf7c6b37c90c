"""Local days, months and "this week": the date edge cases of the relationship layer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from cardbox.errors import InvalidInput
from cardbox.relations.dates import add_months, local_day, parse_day, parse_moment, to_utc, today, week_end

MADRID = ZoneInfo("Europe/Madrid")


def test_2330_in_madrid_is_that_madrid_day_not_the_next_utc_day() -> None:
    moment = to_utc(datetime(2026, 3, 14, 23, 30), MADRID)  # naive = user's wall clock
    assert moment == datetime(2026, 3, 14, 22, 30, tzinfo=UTC)
    assert local_day(moment, MADRID) == date(2026, 3, 14)
    assert local_day(moment, UTC) == date(2026, 3, 14)
    summer = to_utc(datetime(2026, 7, 14, 23, 30), MADRID)  # CEST, UTC+2
    assert summer.hour == 21 and local_day(summer, MADRID) == date(2026, 7, 14)


def test_0030_in_madrid_is_the_previous_day_in_utc() -> None:
    moment = to_utc(datetime(2026, 3, 15, 0, 30), MADRID)
    assert moment.date() == date(2026, 3, 14)  # UTC already/still the day before
    assert local_day(moment, MADRID) == date(2026, 3, 15)


def test_an_aware_moment_keeps_its_own_zone() -> None:
    moment = to_utc(datetime(2026, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=-5))), MADRID)
    assert moment == datetime(2026, 3, 15, 4, 30, tzinfo=UTC)
    assert local_day(moment, MADRID) == date(2026, 3, 15)


def test_today_is_injectable() -> None:
    assert today(date(2026, 1, 2)) == date(2026, 1, 2)
    assert isinstance(today(None, MADRID), date)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2028, 3, 31), -1) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 15), -6) == date(2025, 7, 15)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("day", "end"),
    [
        (date(2026, 11, 23), date(2026, 11, 29)),  # Monday: up to Sunday
        (date(2026, 11, 26), date(2026, 11, 29)),  # Thursday
        (date(2026, 11, 28), date(2026, 11, 29)),  # Saturday: only Sunday is left
        (date(2026, 11, 29), date(2026, 12, 6)),  # Sunday: the coming week
    ],
)
def test_week_end(day: date, end: date) -> None:
    assert week_end(day) == end


def test_parse_moment_and_day() -> None:
    assert parse_moment("2026-03-14T23:30", MADRID) == datetime(2026, 3, 14, 22, 30, tzinfo=UTC)
    assert parse_moment("2026-03-14", MADRID) == datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
    assert parse_moment("2026-03-14T23:30+00:00", MADRID).hour == 23
    assert parse_day("2026-02-01") == date(2026, 2, 1)
    with pytest.raises(InvalidInput):
        parse_moment("yesterday", MADRID)
    with pytest.raises(InvalidInput):
        parse_day("2026-02-30")
