"""Time lexicons: the bundled data files folded and compiled into regex alternations (built once)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..errors import RasidError
from ..lexicon.loader import load_tsv
from ..lexicon.trie import trie_alternation
from ..text.normalize import fold


@lru_cache(maxsize=8192)
def key(s: str) -> str:
    """Fold a lexicon form or a matched surface to the grammar's comparison key (cached: the same
    month names, weekdays and units come back in every text)."""
    return " ".join(fold(s).split())


def alt(forms) -> str:
    """A regex matching any of the folded forms (spaces inside a form match any run of spaces).

    The alternation is factored into a character trie (``(?:ا(?:بريل|فريل)|…)``), so the engine
    compares a few characters per position instead of trying every form in turn; optional tails are
    greedy, so the longest form wins as in a longest-first alternation."""
    uniq = {key(f) for f in forms if f and key(f)}
    if not uniq:
        return "(?!)"
    return trie_alternation(uniq, space=r"\s+")


@dataclass(frozen=True)
class TimeLexicon:
    months: dict            # key -> month number
    months_ambiguous: frozenset
    hijri_months: dict      # key -> month number
    weekdays: dict          # key (without article) -> ISO weekday
    rel: dict               # kind -> {key: value}
    units: dict             # key -> (unit, count, ambiguous)
    numbers: dict           # key -> (value, kind)
    holidays: dict          # key -> (holiday id, rule, days)
    versions: dict          # data file -> version
    context: dict = None    # kind -> frozenset of keys (time_context.tsv: past, call, place, age, notday)
    solar_months: dict = None  # key -> Iranian solar month number (solar_months.tsv)


def _int(row: dict, col: str, name: str) -> int:
    try:
        return int(row[col])
    except (KeyError, ValueError):
        raise RasidError("E152", f"{name}: entry {row.get('form')!r}: {col} {row.get(col)!r} is not a number") from None


@lru_cache(maxsize=1)
def time_lexicon() -> TimeLexicon:
    versions = {}

    def rows(name):
        lex = load_tsv(name)
        versions[name] = lex.version
        return lex.rows

    months, amb = {}, set()
    for r in rows("months.tsv"):
        months[key(r["form"])] = _int(r, "month", "months.tsv")
        if r.get("ambiguous") == "1":
            amb.add(key(r["form"]))
    hijri = {key(r["form"]): _int(r, "month", "hijri_months.tsv") for r in rows("hijri_months.tsv")}
    weekdays = {key(r["form"]): _int(r, "weekday", "weekdays.tsv") for r in rows("weekdays.tsv")}
    rel: dict[str, dict] = {}
    for r in rows("relative_times.tsv"):
        v = r["value"]
        try:
            v = int(v)
        except ValueError:
            pass
        rel.setdefault(r["kind"], {})[key(r["form"])] = v
    units = {}
    for r in rows("time_units.tsv"):
        c = r["count"]
        units[key(r["form"])] = (r["unit"], int(c) if c.isdigit() else None, r.get("ambiguous") == "1")
    numbers = {key(r["form"]): (_int(r, "value", "time_numbers.tsv"), r["kind"]) for r in rows("time_numbers.tsv")}
    holidays = {}
    for r in rows("holidays.tsv"):
        holidays[key(r["form"])] = (r["holiday"], r["rule"], int(r["days"]) if r["days"] else None)
    solar = {key(r["form"]): _int(r, "month", "solar_months.tsv") for r in rows("solar_months.tsv")}
    for f, m in solar.items():
        if not 1 <= m <= 12:
            raise RasidError("E152", f"solar_months.tsv: entry {f!r}: month {m} is not 1-12")
    context: dict[str, set] = {}
    for r in rows("time_context.tsv"):
        context.setdefault(r["kind"], set()).add(key(r["form"]))
    _validate(months, hijri, weekdays, units, holidays)
    return TimeLexicon(months, frozenset(amb), hijri, weekdays, rel, units, numbers, holidays, versions,
                       {k: frozenset(v) for k, v in context.items()}, solar)


_RULE = regex.compile(r"(?:hijri (?:1[0-2]|[1-9])-(?:30|[12]\d|[1-9])|hijri-month (?:1[0-2]|[1-9])"
                      r"|gregorian (?:1[0-2]|[1-9])-(?:3[01]|[12]\d|[1-9])|easter(?:[+-]\d+)?)")
_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


def _validate(months, hijri, weekdays, units, holidays) -> None:
    def bad(name, form, what):
        raise RasidError("E152", f"{name}: entry {form!r}: {what}")

    for f, m in months.items():
        if not 1 <= m <= 12:
            bad("months.tsv", f, f"month {m} is not 1-12")
    for f, m in hijri.items():
        if not 1 <= m <= 12:
            bad("hijri_months.tsv", f, f"month {m} is not 1-12")
    for f, d in weekdays.items():
        if not 1 <= d <= 7:
            bad("weekdays.tsv", f, f"weekday {d} is not 1-7")
    for f, (u, c, _a) in units.items():
        if u not in _UNITS:
            bad("time_units.tsv", f, f"unknown unit {u!r}")
    for f, (h, rule, _d) in holidays.items():
        if not _RULE.fullmatch(rule):
            bad("holidays.tsv", f, f"unknown rule {rule!r}")
