"""Time lexicons: the bundled data files folded and compiled into regex alternations (built once)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon.loader import load_tsv
from ..text.normalize import fold


def key(s: str) -> str:
    """Fold a lexicon form or a matched surface to the grammar's comparison key."""
    return " ".join(fold(s).split())


def alt(forms) -> str:
    """A regex alternation of folded forms, longest first; spaces inside a form match any run of spaces."""
    uniq = sorted({key(f) for f in forms if f and key(f)}, key=lambda s: (-len(s), s))
    if not uniq:
        return "(?!)"
    return "(?:" + "|".join(r"\s+".join(regex.escape(w) for w in f.split(" ")) for f in uniq) + ")"


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


@lru_cache(maxsize=1)
def time_lexicon() -> TimeLexicon:
    versions = {}

    def rows(name):
        lex = load_tsv(name)
        versions[name] = lex.version
        return lex.rows

    months, amb = {}, set()
    for r in rows("months.tsv"):
        months[key(r["form"])] = int(r["month"])
        if r.get("ambiguous") == "1":
            amb.add(key(r["form"]))
    hijri = {key(r["form"]): int(r["month"]) for r in rows("hijri_months.tsv")}
    weekdays = {key(r["form"]): int(r["weekday"]) for r in rows("weekdays.tsv")}
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
    numbers = {key(r["form"]): (int(r["value"]), r["kind"]) for r in rows("time_numbers.tsv")}
    holidays = {}
    for r in rows("holidays.tsv"):
        holidays[key(r["form"])] = (r["holiday"], r["rule"], int(r["days"]) if r["days"] else None)
    return TimeLexicon(months, frozenset(amb), hijri, weekdays, rel, units, numbers, holidays, versions)
