"""Calendar arithmetic: Hijri conversion (hijridate, Umm al-Qura) and holiday occurrences."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

try:
    from hijridate import Gregorian, Hijri
except Exception:  # pragma: no cover - hijridate is a declared dependency
    Gregorian = Hijri = None



def _easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=4096)
def hijri_to_gregorian(hy: int, hm: int, hd: int) -> dt.date | None:
    if Hijri is None:
        return None
    try:
        return Hijri(hy, hm, hd).to_gregorian()
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=4096)
def hijri_month_length(hy: int, hm: int) -> int | None:
    if Hijri is None:
        return None
    try:
        return Hijri(hy, hm, 1).month_length()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(d: dt.date) -> int | None:
    if Gregorian is None:
        return None
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _occurrence(rule: str, year: int, *, hijri: bool) -> tuple[dt.date, dt.date] | None:
    """First and last day of one occurrence of a holiday rule (``year`` Hijri or Gregorian)."""
    kind, _, arg = rule.partition(" ")
    if kind == "hijri":
        m, d = (int(x) for x in arg.split("-"))
        g = hijri_to_gregorian(year, m, d)
        return (g, g) if g else None
    if kind == "hijri-month":
        m = int(arg)
        g = hijri_to_gregorian(year, m, 1)
        n = hijri_month_length(year, m)
        return (g, g + dt.timedelta(days=n - 1)) if g and n else None
    if kind == "gregorian":
        m, d = (int(x) for x in arg.split("-"))
        try:
            g = dt.date(year, m, d)
        except ValueError:
            return None
        return g, g
    if kind.startswith("easter"):
        off = int(kind[6:] or 0) if kind[6:].lstrip("+-").isdigit() else 0
        g = _easter(year) + dt.timedelta(days=off)
        return g, g
    return None


def holiday_occurrences(rule: str, around: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Occurrences of a holiday in the years around a date, sorted by start."""
    hijri = rule.startswith("hijri")
    if hijri:
        hy = hijri_year_of(around)
        if hy is None:
            return []
        years = range(hy - 1, hy + 2)
    else:
        years = range(around.year - 1, around.year + 2)
    out = [o for y in years if (o := _occurrence(rule, y, hijri=hijri))]
    return sorted(out)


def holiday_in_gregorian_year(rule: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The occurrence that starts in a given Gregorian year (the first one, for Hijri rules)."""
    occ = [o for o in holiday_occurrences(rule, dt.date(year, 7, 1)) if o[0].year == year]
    return occ[0] if occ else None


def holiday_in_hijri_year(rule: str, hy: int) -> tuple[dt.date, dt.date] | None:
    return _occurrence(rule, hy, hijri=True) if rule.startswith("hijri") else None


# -- Iranian solar (Jalali) calendar ---------------------------------------------------------------
#: leap years of the 33-year arithmetic cycle, valid for the solar years 1244-1472 (1865-2093)
_SOLAR_LEAP = frozenset((1, 5, 9, 13, 17, 22, 26, 30))
_SOLAR_ANCHOR = (1397, dt.date(2018, 3, 21))  # 1 Farvardin 1397 (Nowruz)


def solar_is_leap(sy: int) -> bool:
    return sy % 33 in _SOLAR_LEAP


def solar_month_length(sy: int, sm: int) -> int:
    if sm <= 6:
        return 31
    if sm <= 11:
        return 30
    return 30 if solar_is_leap(sy) else 29


@lru_cache(maxsize=1024)
def solar_to_gregorian(sy: int, sm: int, sd: int) -> dt.date | None:
    """A Solar Hijri date (13 آبان 1397) as a Gregorian date; None outside 1244-1472 or invalid."""
    if not (1244 <= sy <= 1472 and 1 <= sm <= 12 and 1 <= sd <= solar_month_length(sy, sm)):
        return None
    y0, nowruz = _SOLAR_ANCHOR
    if sy >= y0:
        days = sum(366 if solar_is_leap(y) else 365 for y in range(y0, sy))
    else:
        days = -sum(366 if solar_is_leap(y) else 365 for y in range(sy, y0))
    days += sum(solar_month_length(sy, m) for m in range(1, sm)) + sd - 1
    return nowruz + dt.timedelta(days=days)
