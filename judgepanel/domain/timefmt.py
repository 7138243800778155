"""Times are stored in UTC and shown in Hong Kong time (UTC+8, no daylight saving since 1979)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

HONG_KONG = timezone(timedelta(hours=8), "HKT")


def to_hk(moment: datetime) -> datetime:
    return moment.astimezone(HONG_KONG)


def hk_time(moment: datetime) -> str:
    return to_hk(moment).strftime("%H:%M")


def hk_date(moment: datetime) -> str:
    return to_hk(moment).strftime("%Y-%m-%d")


def hk_datetime(moment: datetime) -> str:
    return to_hk(moment).strftime("%Y-%m-%d %H:%M")
