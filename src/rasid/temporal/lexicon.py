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
    """A regex matching any of the folded forms (spaces inside a form match any run of spaces).

    The alternation is factored into a character trie (``(?:ا(?:بريل|فريل)|…)``), so the engine
    compares a few characters per position instead of trying every form in turn; optional tails are
    greedy, so the longest form wins as in a longest-first alternation."""
    uniq = {key(f) for f in forms if f and key(f)}
    if not uniq:
        return "(?!)"
    trie: dict = {}
    for w in uniq:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            head = r"\s+" if ch == " " else regex.escape(ch)
            branches.append(head + emit(node[ch]))
        end = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
        return body

    return "(?:" + emit(trie) + ")"


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
