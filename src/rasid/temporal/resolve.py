"""Resolution of parsed expressions (:class:`~.grammar.TE`) to TIMEX3-like values.

``resolve(te, published, direction)`` returns ``(value, granularity, extra)``.  ``direction`` is the
tense of the expression's context: ``past``, ``future`` or ``None`` (unknown); explicit words in the
expression (الماضي، المقبل) always win over it.  Without a publication date only absolute values
(a full date, a year, an explicit Gregorian year) are resolved; relative ones get ``value=None``.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt

from .calendar import (solar_month_length, solar_to_gregorian, hijri_to_gregorian, hijri_month_length, hijri_year_of, holiday_in_gregorian_year,
                       holiday_in_hijri_year, holiday_occurrences)
from .grammar import TE

D = dt.date
ONE = dt.timedelta(days=1)
UNIT_CODE = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"), "week": ("", "W"),
             "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE"), "century": ("", "CE")}


def iso_week(d: D) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month_str(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def safe_date(y: int, m: int, d: int) -> D | None:
    try:
        return D(y, m, d)
    except ValueError:
        return None


def duration_value(unit: str, n) -> str:
    if unit == "decade":
        unit, n = "year", (n * 10 if isinstance(n, int) else n)
    if unit == "century":
        unit, n = "year", (n * 100 if isinstance(n, int) else n)
    t, c = UNIT_CODE[unit]
    return f"P{t}{'X' if n is None else n}{c}"


def _year_for(m: int, pub: D, d: int | None, dir_: int | None, tense: str | None, default: str = "past") -> int:
    """Year of a month (and day) given without a year.

    An explicit word decides (الماضي، المقبل، الحالي).  Otherwise the occurrence nearest to the
    publication date in the direction of the sentence: on or before it in past narration (and by
    default, news being told after the fact), on or after it for future cues.  A date in the current
    month keeps the publication year in either direction (Duckling's convention too)."""
    y = pub.year
    if dir_ == -1:  # يونيو الماضي: the last such month before the current one
        return y if m < pub.month else y - 1
    if dir_ == 1:
        return y if m > pub.month else y + 1
    if dir_ == 0:
        return y
    if (tense or default) == "past":
        return y if m <= pub.month else y - 1
    return y if m >= pub.month else y + 1


def _weekday(wd: int, pub: D, dir_: int | None, tense: str | None, default: str) -> D:
    delta = wd - pub.isoweekday()
    if dir_ == -1:
        return pub + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if dir_ == 1:
        return pub + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if dir_ == 0:
        return pub + dt.timedelta(days=delta)  # this week's
    way = tense or default
    if way == "future":
        return pub + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    # past narration (and the default): the most recent such day on or before the publication date
    return pub + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def _mod_extra(mod: str | None) -> dict:
    return {"mod": mod} if mod else {}


def resolve(te: TE, pub: D | None, tense: str | None = None, default: str = "past"):
    """Resolve one expression.  ``default`` is the direction used when neither the expression nor the
    sentence says (``past`` for news narration; ``future`` reproduces Duckling's convention)."""
    k, f = te.kind, te.f
    extra: dict = {}
    if f.get("approx"):
        extra["approximate"] = True
    if k == "date":
        y = f.get("y")
        if y is None:
            if pub is None:
                return None, "day", extra
            y = _year_for(f["m"], pub, f["d"], f.get("dir"), tense, default)
        d = safe_date(y, f["m"], f["d"])
        if d and pub and f.get("since") and f.get("y") is None and f.get("dir") is None and d > pub:
            d = safe_date(y - 1, f["m"], f["d"])  # منذ 25 أغسطس (published 7 August): last year's
        if d and f.get("wd") and f.get("ord") and f["d"] <= 5 and d.isoweekday() != f["wd"]:
            # الأربعاء الثانية من شهر أكتوبر: the second Wednesday, not the 2nd (which is no Wednesday)
            d = _nth_weekday(y, f["m"], f["wd"], f["d"])
        return (d.isoformat() if d else None), "day", extra
    if k == "date_range":
        y = f.get("y")
        if y is None:
            if pub is None:
                return None, "interval", extra
            y = _year_for(f["m"], pub, f["d1"], f.get("dir"), tense, default)
        a, b = safe_date(y, f["m"], f["d1"]), safe_date(y, f["m"], f["d2"])
        return (f"{a}/{b}" if a and b else None), "interval", extra
    if k == "range":
        va, ga, _ = resolve(te.f["a"], pub, tense, default)
        b = te.f["b"]
        # "15 يناير إلى 14 أبريل 2018": the year of the end applies to the start
        a_te = te.f["a"]
        if a_te.f.get("y") is None and b.f.get("y") is not None:
            a_te = TE(a_te.kind, {**a_te.f, "y": b.f["y"]})
            va, ga, _ = resolve(a_te, pub, tense, default)
        if b.f.get("y") is None and te.f["a"].f.get("y") is not None and b.kind in ("date", "month"):
            # "21 يونيو 2013 حتى 14 أغسطس": the end is in the start's year (or the next one)
            ya = te.f["a"].f["y"]
            b = TE(b.kind, {**b.f, "y": ya if b.f["m"] >= te.f["a"].f["m"] else ya + 1})
        vb, gb, _ = resolve(b, pub, tense, default)
        if te.rule == "clock_range" and va and vb:
            if vb[10:] < va[10:]:
                # من العاشرة مساء حتى الثالثة فجرا: the end is on the next day
                vb = f"{D.fromisoformat(vb[:10]) + ONE}{vb[10:]}"
            return f"{va}/{vb}", "interval", extra
        if va and vb:
            if va > vb and len(va) == len(vb):
                return None, "interval", extra
            return f"{va}/{vb}", "interval", extra
        return None, "interval", extra
    if k == "month":
        extra.update(_mod_extra(f.get("mod")))
        y = f.get("y")
        if y is None:
            if pub is None:
                return None, "month", extra
            y = _year_for(f["m"], pub, None, f.get("dir"), tense, default)
        return month_str(y, f["m"]), "month", extra
    if k == "year":
        extra.update(_mod_extra(f.get("mod")))
        return f"{f['y']:04d}", "year", extra
    if k == "year_range":
        return f"{f['y1']}/{f['y2']}", "interval", extra
    if k == "part_of_year":
        y = f.get("y")
        if y is None:
            if pub is None:
                return None, "interval", extra
            y = pub.year + f["off"]
        span = 12 // f["parts"]
        a = (f["n"] - 1) * span + 1
        return f"{month_str(y, a)}/{month_str(y, a + span - 1)}", "interval", extra
    if k == "decade":
        dec = f.get("dec")
        if dec is None:
            return None, "interval", extra
        start = 1900 + dec
        a, b = start, start + 9
        mod = f.get("mod")
        if mod == "START":
            b = start + 4
        elif mod == "END":
            a = start + 5
        elif mod == "MID":
            a, b = start + 3, start + 6
        extra.update(_mod_extra(mod))
        return f"{a}/{b}", "interval", extra
    if k == "hijri_date":
        hy = f.get("hy")
        if hy is None:
            if pub is None:
                return None, "day", extra
            hy = hijri_year_of(pub)
            g = hijri_to_gregorian(hy, f["hm"], f["d"]) if hy else None
            # choose the occurrence in the tense's direction
            if g and hy:
                if (tense or default) == "past" and g > pub + dt.timedelta(days=30):
                    g = hijri_to_gregorian(hy - 1, f["hm"], f["d"])
                elif (tense or default) == "future" and g < pub - dt.timedelta(days=30):
                    g = hijri_to_gregorian(hy + 1, f["hm"], f["d"])
        else:
            g = hijri_to_gregorian(hy, f["hm"], f["d"])
        extra["calendar"] = "hijri"
        return (g.isoformat() if g else None), "day", extra
    if k in ("solar_date", "solar_month"):
        extra["calendar"] = "solar"
        if k == "solar_date":
            g = solar_to_gregorian(f["sy"], f["sm"], f["d"])
            return (g.isoformat() if g else None), "day", extra
        g = solar_to_gregorian(f["sy"], f["sm"], 1)
        if g is None:
            return None, "interval", extra
        return f"{g}/{g + dt.timedelta(days=solar_month_length(f['sy'], f['sm']) - 1)}", "interval", extra
    if k == "hijri_month":
        g = hijri_to_gregorian(f["hy"], f["hm"], 1)
        n = hijri_month_length(f["hy"], f["hm"])
        extra["calendar"] = "hijri"
        if g and n:
            return f"{g}/{g + dt.timedelta(days=n - 1)}", "interval", extra
        return None, "interval", extra
    if k == "holiday":
        extra["holiday"] = f["id"]
        occ = None
        if f.get("y"):
            occ = holiday_in_gregorian_year(f["rule"], f["y"])
        elif f.get("hy"):
            occ = holiday_in_hijri_year(f["rule"], f["hy"])
        elif pub is not None:
            occs = holiday_occurrences(f["rule"], pub)
            way = {-1: "past", 1: "future"}.get(f.get("dir"))
            if way is None:
                near = min(occs, key=lambda o: abs((o[0] - pub).days)) if occs else None
                # a feast within a month of the article is the one it talks about, whatever the tense
                if near is not None and abs((near[0] - pub).days) <= 30:
                    way = "nearest"
                else:
                    way = tense or default
            if way == "past":
                c = [o for o in occs if o[0] <= pub]
                occ = c[-1] if c else None
            elif way == "future":
                c = [o for o in occs if o[0] > pub]
                occ = c[0] if c else None
            else:  # nearest
                occ = min(occs, key=lambda o: abs((o[0] - pub).days)) if occs else None
        if occ is None:
            return None, "day", extra
        a, b = occ
        if a != b and f["rule"].startswith("hijri-month"):
            return f"{a}/{b}", "interval", extra
        return a.isoformat(), "day", extra
    if pub is None:
        # everything below is relative to the publication date
        gran = {"weekday": "day", "rel_day": "day", "now": "day", "rel_unit": f.get("unit"), "span": "interval",
                "ago": "interval", "within": "interval", "duration": "duration", "clock": "time",
                "nth_weekday": "day", "edge_of_month": "day", "tonight": "time", "at": "time",
                "day_of_month": "day"}.get(k)
        if k == "duration" or (k == "ago" and f.get("since")):
            return duration_value(f["unit"], f.get("n")), "duration", extra
        if k in ("nth_weekday", "edge_of_month") and f.get("y"):
            pass
        else:
            return None, gran, extra
    if k == "day_of_month":  # العاشر من الشهر الجاري
        y, m = add_months(pub.year, pub.month, f["off"])
        d = safe_date(y, m, f["d"])
        return (d.isoformat() if d else None), "day", extra
    if k == "weekday":
        if f.get("rd") is not None:  # أمس الأحد: the relative day fixes it
            d = pub + dt.timedelta(days=f["rd"])
        elif f.get("week") is not None:
            monday = pub - dt.timedelta(days=pub.isoweekday() - 1) + dt.timedelta(weeks=f["week"])
            d = monday + dt.timedelta(days=f["wd"] - 1)
        else:
            d = _weekday(f["wd"], pub, f.get("dir"), tense, default)
        if f.get("midnight"):  # منتصف ليل الاثنين-الثلاثاء: 00:00 on Tuesday
            extra["grain"] = "minute"
            return f"{d + ONE}T00:00", "time", extra
        if f.get("part"):
            return f"{d}T{f['part']}", "time", extra
        return d.isoformat(), "day", extra
    if k == "rel_day":
        d = pub + dt.timedelta(days=f["off"] or 0)
        if f.get("part"):
            return f"{d}T{f['part']}", "time", extra
        return d.isoformat(), "day", extra
    if k == "now":
        extra["ref"] = "now"
        return pub.isoformat(), "day", extra
    if k == "at":
        dv, dg, _ = resolve(f["day"], pub, tense, default)
        cv, cg, cx = resolve(f["clock"], pub, tense, default)
        if not dv or not cv or len(dv) < 10:
            return None, "time", extra
        day = dv[:10]
        if "/" in cv:
            a, b = cv.split("/", 1)
            day_b = day if b[:10] == a[:10] else f"{D.fromisoformat(day) + (D.fromisoformat(b[:10]) - D.fromisoformat(a[:10]))}"
            return f"{day}{a[10:]}/{day_b}{b[10:]}", "interval", extra
        extra.update({k2: v for k2, v in cx.items() if k2 == "grain"})
        return f"{day}{cv[10:]}", "time", extra
    if k == "tonight":
        return f"{pub}TNI", "time", extra
    if k == "rel_unit":
        extra.update(_mod_extra(f.get("mod")))
        off, unit = f["off"], f["unit"]
        if unit == "week":
            return iso_week(pub + dt.timedelta(weeks=off)), "week", extra
        if unit == "month":
            y, m = add_months(pub.year, pub.month, off)
            return month_str(y, m), "month", extra
        return f"{pub.year + off:04d}", "year", extra
    if k in ("span", "ago") and f["unit"] in ("hour", "minute", "second"):
        # الساعات الـ48 الماضية، قبل 3 ساعات: a date cannot say more; keep the length
        return duration_value(f["unit"], f.get("n")), "duration", extra
    if k == "span":
        n, unit, d = f.get("n"), f["unit"], f["dir"]
        if n is None:
            extra["approximate"] = True
            return duration_value(unit, None), "duration", extra
        return _span(unit, n, d, pub), "interval", extra
    if k == "ago":
        n, unit = f["n"], f["unit"]
        if f.get("since"):
            # منذ ثلاثة أيام: a duration (P3D, as the gold guide annotates it); the interval from then
            # until the publication date is kept in extra["interval"]
            start = _shift(pub, unit, -n)
            if start is not None:
                extra["interval"] = f"{_fmt(start, unit)}/{_fmt(pub, unit)}"
            return duration_value(unit, n), "duration", extra
        d = _shift(pub, unit, f["sign"] * n)
        if d is None:
            return None, "day", extra
        return _fmt(d, unit), _gran(unit), extra
    if k == "within":
        if (tense or default) == "future" and unit_is_calendar(f["unit"]):
            end = _shift(pub, f["unit"], f["n"])
            if end is not None:
                return f"{pub}/{end - ONE}", "interval", extra
        return duration_value(f["unit"], f["n"]), "duration", extra
    if k == "duration":
        return duration_value(f["unit"], f.get("n")), "duration", extra
    if k == "nth_weekday":
        y = f.get("y") or (pub.year + (f.get("ydir") or 0) if pub else None)
        if y is None:
            return None, "day", extra
        d = _nth_weekday(y, f["m"], f["wd"], f["nth"])
        return (d.isoformat() if d else None), "day", extra
    if k == "edge_of_month":
        y = f.get("y") or pub.year
        last = _cal.monthrange(y, f["m"])[1]
        if f["u"] == "يوم":
            d = D(y, f["m"], 1 if f["which"] == "اول" else last)
            return d.isoformat(), "day", extra
        if f["which"] == "اول":
            d = D(y, f["m"], 1)
            while d.isoweekday() != 1:
                d += ONE
        else:  # the last week that lies wholly in the month
            d = D(y, f["m"], last) - dt.timedelta(days=6)
            while d.isoweekday() != 1:
                d -= ONE
        return iso_week(d), "week", extra
    if k == "clock":
        h, mi = f["h"], f["mi"]
        ap = f.get("ap") or ""
        if any(w in ap for w in ("عصر", "مساء", "بعد الظهر", "المغرب", "الليله")) and h < 12:
            h += 12
        elif "ليلا" in ap and 6 <= h < 12:
            h += 12
        elif "ظهر" in ap and h < 6:
            h += 12
        elif not ap and not f.get("sec") and h <= 12 and pub is not None and (tense or default) == "future" and h < 7:
            h += 12  # "حوالي الساعة 3" said in the morning of a day: the afternoon
        if mi < 0:
            h, mi = h - 1, 60 + mi
        h %= 24
        val = f"{pub}T{h:02d}:{mi:02d}"
        if f.get("sec") is not None:
            val += f":{f['sec']:02d}"
        extra["grain"] = "second" if f.get("sec") is not None else ("minute" if f.get("minute") or mi else "hour")
        return val, "time", extra
    return None, None, extra


def _nth_weekday(y: int, m: int, wd: int, n: int) -> D | None:
    """The n-th (or last, n = -1) given weekday of a month."""
    hits = [D(y, m, i) for i in range(1, _cal.monthrange(y, m)[1] + 1) if D(y, m, i).isoweekday() == wd]
    if n == -1:
        return hits[-1]
    return hits[n - 1] if 1 <= n <= len(hits) else None


def unit_is_calendar(unit: str) -> bool:
    return unit in ("day", "week", "month", "year")


def _gran(unit: str) -> str:
    return {"second": "time", "minute": "time", "hour": "time", "decade": "year", "century": "year"}.get(unit, unit)


def _fmt(d: D, unit: str) -> str:
    if unit == "week":
        return iso_week(d)
    if unit == "month":
        return month_str(d.year, d.month)
    if unit in ("year", "decade", "century"):
        return f"{d.year:04d}"
    return d.isoformat()


def _shift(d: D, unit: str, n: int) -> D | None:
    try:
        if unit == "day":
            return d + dt.timedelta(days=n)
        if unit == "week":
            return d + dt.timedelta(weeks=n)
        if unit in ("month", "year", "decade", "century"):
            months = n * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
            y, m = add_months(d.year, d.month, months)
            return D(y, m, min(d.day, _cal.monthrange(y, m)[1]))
        if unit in ("hour", "minute", "second"):
            return d
    except (ValueError, OverflowError):
        return None
    return None


def _span(unit: str, n: int, d: int, pub: D) -> str | None:
    """The n whole units before (d=-1) or after (d=+1) the current one: الأيام الثلاثة الماضية."""
    try:
        if unit == "day":
            a, b = (pub - dt.timedelta(days=n), pub - ONE) if d < 0 else (pub + ONE, pub + dt.timedelta(days=n))
            return f"{a}/{b}"
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.isoweekday() - 1)
            if d < 0:
                a, b = monday - dt.timedelta(weeks=n), monday - ONE
            else:
                a, b = monday + dt.timedelta(weeks=1), monday + dt.timedelta(weeks=n + 1) - ONE
            return f"{a}/{b}"
        if unit == "month":
            a = add_months(pub.year, pub.month, -n if d < 0 else 1)
            b = add_months(pub.year, pub.month, -1 if d < 0 else n)
            return f"{month_str(*a)}/{month_str(*b)}"
        if unit in ("year", "decade", "century"):
            mult = {"year": 1, "decade": 10, "century": 100}[unit]
            a, b = (pub.year - n * mult, pub.year - 1) if d < 0 else (pub.year + 1, pub.year + n * mult)
            return f"{a}/{b}"
    except (ValueError, OverflowError):
        return None
    return None
