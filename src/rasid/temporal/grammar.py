"""The temporal grammar: regex rules compiled once from the data files, run over the normalised text.

Each rule is one compiled pattern (``regex`` module, for variable-length look-behind over clitics);
:meth:`Grammar.find` runs every rule once over the text (C-level scans, no per-token Python loop),
turns each match into a :class:`TE` (a parsed, not yet resolved, temporal expression) and keeps the
longest non-overlapping matches.  Resolution against the publication date is in :mod:`.resolve`.

All patterns work on the folded text (أ/إ/آ→ا, ى→ي, ة→ه, diacritics removed, digits ASCII).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from typing import Any

import re

import regex

from .lexicon import alt, key, time_lexicon
from .numbers import number_value

#: left boundary: start of text or a non-word character, optionally followed by proclitics و ف ب ل ك
L_CLITIC = r"(?<=(?:^|[^\w])(?:[وف]?[بلك]?))"
#: … but not the second word of a two-word month name (كانون الثاني، ربيع الأول)
L_NOT_MONTH2 = r"(?<!(?:كانون|تشرين|ربيع|جمادي|جماد)\s+)"
L = L_CLITIC + L_NOT_MONTH2
#: right boundary
R = r"(?!\w)"
ART = r"(?:ال|(?<=(?:^|[^\w])[وف]?)لل)"
#: not after بين/كلا/كلي (weekday: «بين الأحد والثلاثاء» is a range, «كلا اليومين»)
NOT_BETWEEN = r"(?<!(?:بين|كلا|كلي)\s+)"

# The same boundaries in the fixed-width look-behinds of the stdlib ``re`` (the variable-width
# negative look-behinds L_NOT_MONTH2 and NOT_BETWEEN are checked on each match instead: see
# Grammar._re_rules).  Same positions: (^|\W) then [وف]? then [بلك]? is one of four cases.
L_CLITIC_RE = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
ART_RE = r"(?:ال|(?:(?<!\w)|(?<=(?<!\w)[وف]))لل)"
#: rules that the stdlib ``re`` engine scans faster than ``regex`` on news text (measured on the
#: bench texts' stretches: about 1.5-2x for these; ``regex`` is faster where a pattern starts with
#: a digit or a literal word, e.g. date_num, clock_hm, weekday_bare, ago, span)
RE_RULES = frozenset({"day_range", "date", "date_num", "month", "year", "part_of_year", "hijri_date",
                      "holiday", "weekday", "nth_weekday", "last_of_month", "rel_day", "now", "rel_unit",
                      "span", "span_n_first", "ago", "duration", "clock", "clock_ord", "month_day",
                      "day_of_month", "span_last"})
#: the character ranges checked for ``re``/``regex`` agreement on \w \s \d (Latin, Greek, Cyrillic,
#: Hebrew, Arabic and its supplements, general punctuation, Arabic presentation forms)
_RE_CHECKED = ((0x0000, 0x08FF), (0x2000, 0x206F), (0xFB50, 0xFEFF))
S = r"\s+"
_NONWORD = re.compile(r"[^\w]")
#: digit runs (``regex``: its \d is that of the rules' ``regex`` patterns, and it finds the runs ≈ 3x
#: faster than ``re`` on Arabic text)
_DIGITS = regex.compile(r"\d+")
#: the year_range rule from its first year on (every match of the rule holds a match of this)
_YEAR_PAIR = re.compile(r"(?:1[5-9]|20)\d\d(?!\d)(?:\s*-\s*|\s+و\s*(?:حتي\s+)?|\s+(?:الي|حتي|لغايه)\s+)"
                           r"(?:(?:عام|سنه)\s+)?(?:1[5-9]|20)\d\d(?!\d)")
_AFTER_BARE_YEAR = re.compile(r"\s*(?:[.,;:)\"'\-\n]|$|و|(?:في|من|على|علي|الي|حتي|حيث|حين|عندما|ثم|بعد|قبل)(?!\w))")
_DAY_CLOCK_GAP = re.compile(r"\s*[,،]?\s*(?:(?:يوم|في|من|عند)\s+)?$")
#: what joins two clock times or dates into a range without a preceding من/بين
_STRICT_JOINER = re.compile(r"^\s*(?:-|الي|حتي|و\s*حتي)\s*$")
_YEAR_WORD = re.compile(r"(?:عام|سنه|سنتي|الفتره)")
_FEW = re.compile(r"^(?:عده|بضعه|بضع)\s+")  # خلال بضعة أيام: the unit after the vague quantifier
_FROM_AFTER = re.compile(r"\s*,?\s*من\s")
_PREFIX = re.compile(r"[وف]?[بلك]?(?:ال)?|[وف]?لل")  # what may precede an anchor inside its word
_WORD = re.compile(r"\w+")
_OF_AGE_AFTER = re.compile(r"\s+من\s+(?:ال)?عمر")  # 45 عاما من العمر
_OPEN_PAREN_BEFORE = re.compile(r"\(\s*$")
_CLOSE_PAREN = re.compile(r"\s*\)")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _lookahead(pattern: str, k: int = 2) -> str | None:
    """A look-ahead ``(?=…)`` that every match of ``pattern`` (a ``re`` pattern) satisfies: the
    possible first ``k`` characters of a match, read off the parsed pattern, as ``[first][second]``
    alternatives (a first character whose successor is not known stands alone).  None when even the
    first character is not known (a negated class, ``\\w``, ``.``, a pattern that can match the empty
    string…).  Look-arounds and anchors consume nothing and are skipped, which only widens the set.
    Put in front of the pattern it changes no match; the ``re`` engine then rejects most positions
    on one or two character tests instead of trying the look-behinds and the alternations."""
    try:
        from re import _constants as C, _parser as P
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse as P  # type: ignore[no-redef]
    ANY, DIGIT = None, "\\d"  # an unknown character; the digit class
    wide = (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE)

    # a prefix is a tuple of characters (or DIGIT); ending in ANY: unknown from there on.  ``seq``
    # returns the prefixes of up to ``n`` characters a sequence can start with: complete ones (n
    # characters, or ending in ANY) and shorter ones that use the whole sequence (the caller goes on
    # with what follows); None: not known at all.
    def done(t, n):
        return len(t) >= n or (t and t[-1] is ANY)

    def seq(items, n):
        out, cur = set(), {()}
        for op, av in items:
            nxt = set()
            for pre in cur:
                ext = one(op, av, n - len(pre))
                if ext is None:
                    return None
                for e in ext:
                    t = pre + e
                    (out if done(t, n) else nxt).add(t[:n])
            cur = nxt
            if not cur:
                break
        return out | cur

    def one(op, av, n):
        if op is C.LITERAL:
            return {(chr(av),)}
        if op is C.IN:
            out = set()
            for o, a in av:
                if o is C.LITERAL:
                    out.add((chr(a),))
                elif o is C.RANGE and a[1] - a[0] <= 256:
                    out |= {(chr(c),) for c in range(a[0], a[1] + 1)}
                elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                    out.add((DIGIT,))
                else:  # a negated class, \w, \s, a wide range
                    out.add((ANY,))
            return out
        if op is C.BRANCH:
            out = set()
            for branch in av[1]:
                r = seq(branch, n)
                if r is None:
                    return None
                out |= r
            return out
        if op is C.SUBPATTERN:
            return None if av[1] & wide else seq(av[3], n)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            lo, hi, sub = av
            out = {()} if lo == 0 else set()
            cur = {()}
            for i in range(1, n + 1):  # each repetition takes a character at least, or it is ANY
                nxt = set()
                for pre in cur:
                    r = seq(sub, n - len(pre))
                    if r is None:
                        return None
                    for e in r:
                        t = pre + e
                        if done(t, n):
                            out.add(t[:n])
                            continue
                        if not e:  # this repetition took nothing: so can the ones still due
                            out.add(t)
                            continue
                        if i >= lo:
                            out.add(t)  # may stop after i repetitions
                        if i < hi:
                            nxt.add(t)
                cur = nxt
                if not cur:
                    break
            out |= {pre + (ANY,) for pre in cur}  # (not reached: each round took a character)
            return out
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return {()}
        if op in (C.CATEGORY, C.NOT_LITERAL, C.ANY):
            return {(ANY,)}
        return None  # a group reference…

    try:
        tree = P.parse(pattern)
    except Exception:  # pragma: no cover - every rule parses
        return None
    if tree.state.flags & wide:
        return None
    pres = seq(list(tree), k)
    if not pres or any(not t or t[0] is ANY for t in pres):
        return None  # empty match possible, or the first character unknown

    def cls(chars) -> str:
        lits = sorted(c for c in chars if c != DIGIT)
        return "[" + "".join(re.escape(c) for c in lits) + (DIGIT if DIGIT in chars else "") + "]"

    seconds: dict = {}  # first character -> the characters that may follow it (ANY: any)
    for t in pres:
        seconds.setdefault(t[0], set()).add(t[1] if len(t) > 1 else ANY)
    groups: dict = {}  # first characters with the same followers, together
    for c, nxt in seconds.items():
        groups.setdefault(frozenset(nxt), set()).add(c)
    alts = sorted(cls(firsts) if ANY in nxt else cls(firsts) + cls(nxt) for nxt, firsts in groups.items())
    return "(?=" + "|".join(alts) + ")"


_span = regex.Match.span if hasattr(regex, "Match") else (lambda m: m.span())


class _Match:
    """A match whose ``groupdict()`` is built once (a rule's builder and its helpers ask for it
    several times; the dict is only read); everything else goes to the match itself."""

    __slots__ = ("_m", "_gd")

    def __init__(self, m):
        self._m = m
        self._gd = m.groupdict()

    def groupdict(self) -> dict:
        return self._gd

    def group(self, *args):
        return self._m.group(*args)

    def __getattr__(self, name):
        return getattr(self._m, name)


@dataclass
class TE:
    """A parsed temporal expression (before resolution)."""

    kind: str  # date month year range rel_day now rel_unit weekday span ago after duration holiday
    #            hijri_date hijri_month decade clock part_day
    f: dict = field(default_factory=dict)
    start: int = 0  # normalised offsets
    end: int = 0
    rule: str = ""

    def get(self, k, default=None):
        return self.f.get(k, default)


class Grammar:
    def __init__(self):
        lx = self.lx = time_lexicon()
        rel = lx.rel
        MON = alt(lx.months)
        HMON = alt(lx.hijri_months)
        WD = alt(lx.weekdays)
        DIR = alt(rel.get("dir", {}))
        MOD = alt(rel.get("mod", {}))
        PART = alt(rel.get("part", {}))
        RELDAY = alt(rel.get("day", {}))
        NOW = alt(rel.get("now", {}))
        THIS = alt(rel.get("this", {}))
        DEC = alt(rel.get("decade", {}))
        HOL = alt(lx.holidays)
        SMON = alt(lx.solar_months or ())
        num_words = {k for k, (v, kind) in lx.numbers.items() if kind != "ordinal"}
        ord_words = {k for k, (v, kind) in lx.numbers.items() if kind == "ordinal"}
        tens = {k for k, (v, kind) in lx.numbers.items() if kind == "ten"}
        NW = rf"(?:ال)?{alt(num_words)}{R}"
        NUMW = rf"{NW}(?:\s+(?:و\s*)?{NW})*"
        TEN = rf"(?:ال)?{alt(tens)}{R}"
        ORDW = rf"(?:(?:ال)?{alt(ord_words)}{R}(?:\s+عشره?{R})?(?:\s+و\s*{TEN})?|{TEN})"
        NUM = rf"(?:\d+(?:[.,]\d+)?(?!\d)|{NUMW})"
        units_sing = {k for k, (u, c, a) in lx.units.items() if c == 1}
        units_sing_safe = {k for k, (u, c, a) in lx.units.items() if c == 1 and not a}
        units_dual = {k for k, (u, c, a) in lx.units.items() if c == 2}
        units_pl = {k for k, (u, c, a) in lx.units.items() if c is None}
        UNIT = alt(lx.units) + R
        U1 = alt(units_sing) + R
        U1S = alt(units_sing_safe) + R
        U2 = alt(units_dual) + R
        UP = alt(units_pl) + R
        # units that take a relative adjective: الأسبوع الماضي، الشهر المقبل، العام الماضي، السنة الماضية
        RELU = r"(?:اسبوع|شهر|عام|سنه)"
        AP2 = alt(rel.get("adverb", {}))  # صباحا، مساء، ليلا…
        #: TIMEX3 part-of-day code -> its first adverb in relative_times.tsv (EV -> مساء)
        self.part_ap: dict[str, str] = {}
        for form, code in rel.get("adverb", {}).items():
            self.part_ap.setdefault(code, form)
        CLOCK_AP = alt(set(rel.get("adverb", {})) | set(rel.get("clock_ap", {})))  # … and بعد الظهر، هذه الليلة
        APPROX = alt(rel.get("approx", {}))  # نحو، حوالي، أكثر من…
        UCNT = alt(rel.get("unit_count", {})) + R  # يوما واحدا، أسبوعا كاملا، شهرا ونصف

        def months(sfx=""):
            return (rf"(?:(?:[بل]?شهر\s+|(?<=\s)[بل](?=\w))?(?P<m1{sfx}>{MON}){R}(?:(?:\s*[/(\-]\s*|\s+)(?P<m2{sfx}>{MON}){R}\s*\)?)?"
                    rf"|[بل]?شهر\s+(?P<mn{sfx}>\d{{1,2}}(?!\d)|{NUMW})"
                    rf"|{ART}شهر\s+(?P<mo{sfx}>{ORDW}))")

        def year(sfx=""):
            return (rf"(?:\s*,?\s*(?:(?:من|في)\s+)?(?:[لب]?(?:ال)?(?:عام|سنه)\s*)?(?P<y{sfx}>(?:1[6-9]|20)\d\d)(?!\d)"
                    rf"(?:\s*م{R}|\s+ميلادي(?:ه)?{R})?)")

        DAYN = rf"(?:(?:{ART}يوم\s+)?(?P<do>{ORDW})|(?P<dd>\d{{1,2}})(?!\d))"

        def dayn(sfx):
            return rf"(?:(?:{ART}يوم\s+)?(?P<do{sfx}>{ORDW})|(?P<dd{sfx}>\d{{1,2}})(?![\d:]))"

        WDPRE = rf"(?:(?:يوم\s+)?{ART}(?P<wd>{WD}){R}\s*,?\s*(?:(?:الموافق|في)\s+)?)"
        DIRP = rf"(?:\s+(?P<dir>{DIR}){R})"
        MODP = rf"(?:(?P<mod>{MOD}){R}\s+(?:من\s+)?)"
        PARTP = rf"(?:(?P<part>{PART}){R}\s+)"
        HYEAR = rf"(?:\s+(?:[لب]?(?:عام|سنه)\s+)?(?P<hy>1[34]\d\d)(?!\d)\s*(?:ه(?:ـ)?{R}|هجري(?:ه)?{R}|للهجره{R})?)"
        SYEAR = rf"(?:\s+(?:[لب]?(?:عام|سنه)\s+)?(?P<sy>1[34]\d\d)(?!\d)(?:\s*(?:ه\s*\.?\s*ش{R}|هجري(?:ه)?\s+شمسي(?:ه)?{R}|شمسي(?:ه)?{R}))?)"
        CONN = r"(?:\s*-\s*|\s+و\s*(?:حتي\s+|الي\s+)?|\s+(?:الي|حتي|لغايه)\s+)"

        rules: list[tuple[str, str, int]] = [
            # ranges inside one month: بين 24 و26 أغسطس/ آب، من 13 إلى 15 يوليو، 10 و11 مايو 2018
            ("day_range", rf"{L}(?:(?:بين|من)\s+)?{dayn('a')}{CONN}{dayn('b')}\s+(?:من\s+)?{months()}{year()}?{DIRP}?{R}", 5),
            ("day_range_m_first", rf"{L}{months()}\s+(?P<dda>\d{{1,2}})\s*-\s*(?P<ddb>\d{{1,2}})(?!\d){year()}?", 5),
            # full dates: 19 يونيو/حزيران الماضي، التاسع من فبراير/شباط 2018، الأحد 15 شباط
            ("date", rf"{L}{WDPRE}?{dayn('')}\s+(?:من\s+)?{months()}{year()}?{DIRP}?{R}", 4),
            ("date_num", rf"{L}(?P<dd>\d{{1,2}})[/\-.](?P<mm>\d{{1,2}})[/\-.](?P<y>(?:19|20)\d\d)(?!\d)", 4),
            ("date_iso", rf"{L}(?P<y>(?:19|20)\d\d)-(?P<mm>\d\d)-(?P<dd>\d\d)(?!\d)", 4),
            # months: يونيو/ حزيران الماضي، مارس/آذار 2015، مطلع يناير الماضي
            ("month", rf"{L}{MODP}?{months()}{year()}?{DIRP}?{R}", 3),
            # years: عام 2018، العام 2011، أوائل عام 2017
            ("year", rf"{L}{MODP}?(?:{ART}?(?:عام|سنه)\s+)(?P<y>(?:1[5-9]|20)\d\d)(?!\d)(?:\s*م{R}|\s+ميلادي(?:ه)?{R})?", 3),
            ("year_bare", rf"(?:(?<=(?:^|[^\w])[وف]?(?:في|منذ|حتي|بعد|قبل|خلال|مطلع|اواخر|اوائل|نهايه|بدايه|منتصف|مستهل|ربيع|صيف|خريف|شتاء)\s+)(?P<y>(?:19|20)\d\d)(?![\d.,%])"
                          rf"|(?<=(?:^|[^\w])[وف]?[بلك]?)(?P<y2>(?:19|20)\d\d)(?!\d)(?=\s*(?:[.,;:)\"'\-]|$)))", 1),
            # year ranges: بين عامي 2011 و2014، من 2011 إلى 2014، 2011-2014
            ("year_range", rf"{L}(?:(?:بين|من)\s+)?(?:[لب]?(?:ال)?(?:عامي|سنتي|عام|سنه|الفتره)\s+)?(?:(?:من\s+))?(?P<y1>(?:1[5-9]|20)\d\d)(?!\d)"
                           rf"(?:\s*-\s*|\s+و\s*(?:حتي\s+)?|\s+(?:الي|حتي|لغايه)\s+)(?:(?:عام|سنه)\s+)?(?P<y2>(?:1[5-9]|20)\d\d)(?!\d)", 4),
            # quarters and halves of a year: الربع الأول من 2014، النصف الثاني من العام الماضي
            ("part_of_year", rf"{L}{ART}(?P<pw>ربع|نصف)\s+(?P<pn>{ORDW}|الاخير)\s+(?:من\s+)?(?:(?:[لب]?(?:ال)?(?:عام|سنه)\s*)?(?P<y>(?:1[5-9]|20)\d\d)(?!\d)|{ART}(?:عام|سنه)(?:\s+(?P<dir>{DIR}){R})?|(?P<this>{THIS})\s+{ART}?(?:عام|سنه))", 3),
            ("decade", rf"{L}{MODP}?(?P<dec>{DEC}){R}(?:\s+(?:من\s+)?القرن\s+(?:الماضي|العشرين){R})?", 3),
            # Hijri dates and months
            ("hijri_date", rf"{L}{dayn('')}\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{HMON}){R}{HYEAR}?", 4),
            ("hijri_month_year", rf"{L}(?:شهر\s+)?(?P<hm>{HMON}){R}{HYEAR}", 3),
            # Iranian solar dates, only with an explicit solar year: 13 آبان 1397، بهمن 1357 هـ.ش
            ("solar_date", rf"{L}{dayn('')}\s+(?:من\s+)?(?:شهر\s+)?(?P<sm>{SMON}){R}{SYEAR}", 4),
            ("solar_month_year", rf"{L}(?:شهر\s+)?(?P<sm>{SMON}){R}{SYEAR}", 3),
            # holidays: عيد الأضحى، رمضان 2019، عيد الفطر الماضي
            ("holiday", rf"{L}(?P<hol>{HOL}){R}(?:{year()}|{HYEAR})?{DIRP}?", 3),
            # weekdays: الثلاثاء، يوم الجمعة الماضية، صباح الاثنين، ليلة أمس الأحد
            ("weekday", rf"{L}{NOT_BETWEEN}{PARTP}?(?:(?P<rd>{RELDAY}){R}\s+)?(?:يوم\s+)?{ART}(?P<wd>{WD}){R}(?:{DIRP}|(?P<q>\s+(?P<dir2>{DIR}){R}))?(?:\s+(?P<part2>{AP2}){R})?", 2),
            ("weekday_bare", rf"{L}{PARTP}?يوم\s+(?P<wd>{WD}){R}{DIRP}?", 2),
            ("weekday_of_week", rf"{L}{ART}?(?P<wd>{WD}){R}\s+(?:من\s+)?{ART}اسبوع\s+(?P<dir>{DIR}){R}", 3),
            ("weekday_of_this_week", rf"{L}{ART}?(?P<wd>{WD}){R}\s+(?:من\s+)?(?:{THIS})\s+{ART}اسبوع{R}", 3),
            # nth weekday of a month: أول ثلاثاء من شهر عشرة، الاثنين الأخير من شهر مارس
            ("nth_weekday", rf"{L}(?:(?P<nth>{ORDW}|اخر)\s+(?:يوم\s+)?{ART}?(?P<wd>{WD}){R}|{ART}(?P<wd2>{WD}){R}\s+(?P<nth2>{ORDW}|الاخير(?:ه)?{R}))\s+(?:من\s+|في\s+)?{months()}(?:{year()}|\s+(?P<ydir>{ART}(?:عام|سنه)\s+(?:{DIR}){R}))?", 4),
            ("last_of_month", rf"{L}(?P<which>اول|اخر){R}\s+(?P<u>يوم|اسبوع){R}\s+(?:[بف]|من\s+|في\s+)?{months()}{year()}?", 4),
            # relative days: أمس، اليوم، غداً، أول أمس، يوم غد، صباح اليوم
            ("rel_day", rf"{L}{PARTP}?(?:يوم\s+)?(?P<rd>{RELDAY}){R}(?:\s+(?P<part2>{AP2}){R})?", 2),
            ("now", rf"{L}(?:حتي\s+)?(?P<now>{NOW}){R}", 1),
            # relative units: الأسبوع الماضي، الشهر الجاري، هذا العام، السنة المقبلة، منتصف الشهر الحالي
            ("rel_unit", rf"{L}{MODP}?(?:(?P<this>{THIS})\s+)?{ART}(?P<u>{RELU}){R}(?:{DIRP})?", 2),
            # spans: خلال اليومين الماضيين، الأيام الثلاثة الماضية، الأشهر الخمسة الماضية
            ("span", rf"{L}{ART}(?:(?P<u2>{U2})|(?P<up>{UP})(?:\s+(?P<n>{NUM}))?)\s+(?P<dir>{DIR}){R}", 3),
            ("span_n_first", rf"{L}(?P<n>{NUM})\s+(?P<up>{UP}|{U1})\s+(?P<dir>{DIR}){R}", 3),
            # ago / in: منذ ثلاثة أيام، قبل أسبوعين، بعد يومين
            ("ago", rf"{L}(?P<prep>منذ|قبل|بعد|خلال|مند|(?:في\s+)?غضون)\s+(?:(?P<approx>{APPROX})\s+)?(?:(?P<n>{NUM})\s+(?P<u>{UNIT})|(?P<u2>{U2})|(?P<u1>{U1S})(?:\s+(?P<cnt>{UCNT}))?|(?P<up>{UP})|(?P<few>{UP}\s+(?:قليله|عده)|(?:عده|بضعه|بضع)\s+{UP}))", 2),
            # durations: نحو 5 أشهر، ثلاثة أعوام، عامين، 75 عاما
            ("duration", rf"{L}(?:(?P<approx>{APPROX})\s+)?(?:(?P<n>{NUM})\s+(?P<u>{UNIT})|(?P<u2>{U2}))", 1),
            ("duration_cue", rf"{L}(?:لمده|مده|طيله|طوال)\s+(?:(?P<approx>{APPROX})\s+)?(?P<u1>{U1})", 1),
            # spelled-out durations: يوما واحدا، ساعة واحدة، أسبوعا كاملا، شهرا ونصف
            ("duration_word", rf"{L}(?:(?P<approx>{APPROX})\s+)?(?P<u1>{U1S})\s+(?P<cnt>{UCNT})", 1),
            ("duration_bare", rf"(?:^|(?<=^\s*))(?P<u1>{U1})(?=\s*$)", 0),
            # clock times: الساعة 3 عصرا، الثالثة فجرا، 12:30، الساعة الثالثة وربع
            ("clock", rf"{L}(?:(?P<approx>{APPROX})\s+)?(?:{ART}ساعه\s+)(?P<h>\d{{1,2}}(?!\d)|{ORDW}|{NW}(?:\s+عشره?{R})?)"
                      rf"(?P<minpart>(?:\s*و\s*(?:(?P<mi>\d{{1,2}}|{NUMW})\s+دقيقه|(?:ال)?(?P<frac>ربع|نصف|نص|ثلث)))|(?:\s+(?:الا|إلا)\s+(?P<neg>ربع|ربعا|ثلث|ثلثا)))?"
                      rf"(?:\s+(?P<ap>{CLOCK_AP}))?{R}", 2),
            ("clock_ord", rf"{L}(?P<h>{ORDW})(?P<minpart>\s*و\s*(?:ال)?(?P<frac>ربع|نصف|نص|ثلث))?\s+(?P<ap>{CLOCK_AP}){R}", 2),
            ("clock_num_ap", rf"{L}(?P<h>\d{{1,2}})(?![\d:])\s+(?P<ap>{AP2}){R}", 2),
            ("month_day", rf"{L}{months()}\s+(?P<dd>\d{{1,2}})(?![\d:\-])(?=\s*(?:[.,;:)]|$|\s+و|\s*,?\s*(?:19|20)\d\d))(?:\s*,?\s*(?P<y>(?:19|20)\d\d)(?!\d))?", 3),
            ("day_of_month", rf"{L}(?:يوم\s+)?{dayn('')}\s+من\s+(?:(?P<this>{THIS})\s+)?{ART}شهر(?:\s+(?P<dir>{DIR}){R})?", 3),
            ("span_last", rf"{L}(?:اخر|الاخير(?:ه)?)\s+(?:(?P<n>{NUM})\s+(?P<up>{UP}|{U1})|(?P<u2>{U2}))", 3),
            ("clock_hm", rf"(?<![\d:])(?P<h>\d{{1,2}}):(?P<mi>\d\d)(?::(?P<sec>\d\d))?(?![\d:])(?:\s+(?P<ap>{AP2}){R})?", 2),
            ("tonight", rf"{L}(?:(?:{THIS})\s+(?P<this_part>الليله|المساء|الصباح)|الليله(?P<last>\s+الماضيه)?){R}", 2),
        ]
        self.rules = [(name, regex.compile(p), prio) for name, p, prio in rules]
        self._re_rules = self._compile_re_rules(rules)
        self._sel_cache: tuple[list, dict[int, tuple[int, ...]]] = (None, {})  # see _rules_for
        self._build_anchors(lx, rel)
        # range joiner between two complete dates: 15 يناير إلى 14 أبريل
        self.joiner = regex.compile(r"^\s*(?:-|الي|حتي|و\s*حتي|ولغايه|لغايه|و)\s*$")
        self.range_start = regex.compile(r"(?:(?<=^|[^\w])(?:من|بين|منذ)\s+)$")
        self.ambiguous_months = lx.months_ambiguous
        self.ctx = lx.context or {}
        self.unit_counts = dict(rel.get("unit_count", {}))
        self._heads = self.ctx.get("place", frozenset()) | self.ctx.get("name", frozenset())
        moves = self.ctx.get("move", frozenset())
        # a verb or verbal noun of moving a date, then «من» X: «أرجأت الانتخابات من 24 ديسمبر إلى…»
        self._move = (re.compile(rf"(?:^|(?<=[^\w]))[وف]?(?:ال)?(?:{alt(moves)})(?!\w)[^.!?؟;؛\n]{{0,60}}$")
                      if moves else None)
        self._ordinals = frozenset(ord_words)

    @staticmethod
    def _compile_re_rules(rules) -> list:
        """Per rule: None, or (``re`` pattern, ``regex`` check of the dropped negative look-behinds)
        for the rules in RE_RULES.  The ``re`` pattern is the rule with L and ART in fixed-width
        look-behinds and without L_NOT_MONTH2 / NOT_BETWEEN; a match that those would have refused
        is dropped and the search goes on from the next character, as the ``regex`` scan would."""
        out = []
        for name, p, _prio in rules:
            if name not in RE_RULES:
                out.append(None)
                continue
            negs = []
            q = p
            if q.startswith(L):
                q = L_CLITIC_RE + q[len(L):]
                negs.append(L_NOT_MONTH2.replace("(?<!", "(?<=", 1))
            if NOT_BETWEEN in q:
                q = q.replace(NOT_BETWEEN, "", 1)
                negs.append(NOT_BETWEEN.replace("(?<!", "(?<=", 1))
            q = q.replace(ART, ART_RE)
            ahead = _lookahead(q)
            if ahead:
                q = ahead + q
            out.append((re.compile(q), regex.compile("|".join(negs)) if negs else None))
        return out

    @staticmethod
    @lru_cache(maxsize=1)
    def _re_unsafe():
        """A ``re`` pattern for any character outside the ranges where ``re`` and ``regex`` agree on
        \\w, \\s and \\d (a text holding one is scanned with the ``regex`` patterns only)."""
        checks = [(re.compile(c), regex.compile(c)) for c in (r"\w", r"\s", r"\d")]
        safe = [cp for lo, hi in _RE_CHECKED for cp in range(lo, hi + 1)
                if not 0xD800 <= cp <= 0xDFFF
                and all(bool(a.match(chr(cp))) == bool(b.match(chr(cp))) for a, b in checks)]
        ranges = []
        for cp in safe:
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
        return re.compile("[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")

    @staticmethod
    def _re_search_from(rx, neg, s: str, pos: int):
        """The matches of ``rx`` from ``pos`` on that ``neg`` (a zero-width look-behind) does not
        refuse, one search at a time: after a refused match the search resumes one character on, as
        the ``regex`` pattern with the negative look-behind, failing there, would go on from the next
        position.  ``find`` takes ``rx.finditer`` up to the first refused match, then this."""
        n = len(s)
        search, refused = rx.search, neg.match
        while pos <= n:
            m = search(s, pos)
            if m is None:
                return
            st = m.start()
            if refused(s, st):
                pos = st + 1
                continue
            yield m
            pos = m.end() if m.end() > st else st + 1

    # ------------------------------------------------------------------------------------------------
    # -- anchors ------------------------------------------------------------------------------------
    # Every rule needs at least one anchor word of given kinds (a month name, a weekday, a unit, a
    # digit…).  One Aho-Corasick pass (and one digit regex) finds the anchors; each rule then scans
    # only the stretches around its own anchors, glued into one string (joined by NUL, which no rule
    # crosses).  Rules never run over text that cannot hold their expression.
    K_MON, K_MONW, K_HMON, K_WD, K_UNIT, K_HOL, K_REL, K_NOW, K_DIR, K_DEC, K_YEARW, K_CLOCK, K_PART, K_NIGHT, \
        K_DIGIT = (1 << i for i in range(15))
    K_SMON = 1 << 15
    #: refinements of K_UNIT, set per occurrence: a unit word with no proclitic before it (every unit
    #: that follows a number or a preposition: «3 أيام»، «منذ أسبوع»), one right after the article
    #: ال/لل («الأسبوع الماضي»، «الأيام الثلاثة»), a dual form (يومين) whatever stands before it
    K_UNIT_BARE, K_UNIT_ART, K_UNIT2 = 1 << 16, 1 << 17, 1 << 18
    MONTHISH = 64  # chars scanned before a month name: "الثالث والعشرين وحتى السادس والعشرين من شهر"

    def _build_anchors(self, lx, rel) -> None:
        import ahocorasick

        kinds: dict[str, int] = {}

        def add(words, k):
            for w in words:
                w = max(w.split(" "), key=len)  # the longest word of a phrase: rare, and always present
                if w:
                    kinds[w] = kinds.get(w, 0) | k

        add(lx.months, self.K_MON)
        add(["شهر"], self.K_MONW)
        add(lx.hijri_months, self.K_HMON)
        add(lx.solar_months or (), self.K_SMON)
        add(lx.weekdays, self.K_WD)
        add(lx.units, self.K_UNIT)
        add([k for k, (u, c, a) in lx.units.items() if c == 2], self.K_UNIT2)
        add(lx.holidays, self.K_HOL)
        add(rel.get("day", {}), self.K_REL)
        add(rel.get("now", {}), self.K_NOW)
        add(rel.get("dir", {}), self.K_DIR)
        add(rel.get("decade", {}), self.K_DEC)
        add(["عام", "سنه"], self.K_YEARW)
        add(["ساعه"], self.K_CLOCK)
        add(rel.get("part", {}), self.K_PART)
        add(rel.get("adverb", {}), self.K_PART)
        add(["الليله", "المساء", "الصباح"], self.K_NIGHT)
        self._ac = ahocorasick.Automaton()
        for w, k in kinds.items():
            self._ac.add_word(w, (len(w), k))
        self._ac.make_automaton()
        K = self
        M = K.K_MON | K.K_MONW
        need = {
            "day_range": (M, self.MONTHISH), "day_range_m_first": (M, 24), "date": (M, self.MONTHISH),
            "date_num": (K.K_DIGIT, 8), "date_iso": (K.K_DIGIT, 8), "month": (M, 32), "year": (K.K_YEARW, 24),
            "year_bare": (K.K_DIGIT, 24), "decade": (K.K_DEC, 24), "hijri_date": (K.K_HMON, self.MONTHISH),
            "hijri_month_year": (K.K_HMON, 16),
            "solar_date": (K.K_SMON, self.MONTHISH), "solar_month_year": (K.K_SMON, 16), "holiday": (K.K_HOL, 16), "weekday": (K.K_WD, 32),
            "weekday_bare": (K.K_WD, 24), "weekday_of_week": (K.K_WD, 16), "weekday_of_this_week": (K.K_WD, 16),
            "nth_weekday": (K.K_WD, 40), "last_of_month": (M, 40), "rel_day": (K.K_REL, 24), "now": (K.K_NOW, 24),
            # the unit of rel_unit and span follows the article; those of ago, duration, duration_cue,
            # span_last and duration_bare follow a space (after a number, a preposition, a cue) or
            # the start, except a dual after proclitics (بيومين)
            "rel_unit": (K.K_UNIT_ART, 40), "span": (K.K_DIR | K.K_UNIT_ART, 40), "span_n_first": (K.K_DIR, 48),
            "ago": (K.K_UNIT_BARE | K.K_UNIT2, 48), "duration": (K.K_UNIT_BARE | K.K_UNIT2, 48),
            "duration_cue": (K.K_UNIT_BARE, 24), "duration_word": (K.K_UNIT_BARE, 24),
            # the whole text is one unit word: tested on the whole text (a window around the unit could
            # hide the word before a run of spaces)
            "duration_bare": (K.K_UNIT_BARE, self.WHOLE), "clock": (K.K_CLOCK, 24), "clock_ord": (K.K_PART, 40),
            "clock_hm": (K.K_DIGIT, 4), "tonight": (K.K_NIGHT, 12), "clock_num_ap": (K.K_PART, 8),
            "month_day": (M, 8), "year_range": (K.K_DIGIT, 32), "part_of_year": (K.K_YEARW | K.K_DIGIT, 32), "day_of_month": (K.K_MONW, self.MONTHISH), "span_last": (K.K_UNIT_BARE | K.K_UNIT2, 24),
        }
        # rules with the same anchor kinds scan the same stretches, from the widest reach among them
        # (one stretch merge and one glued string per kind instead of one per reach: fewer, slightly
        # longer strings; the same matches, as every stretch still holds its rules' expressions)
        widest: dict[int, int] = {}
        for mask, left in need.values():
            if left != self.WHOLE:
                widest[mask] = max(widest.get(mask, 0), left)
        self._need = [(need[name][0], need[name][1] if need[name][1] == self.WHOLE else widest[need[name][0]])
                      for name, _, _ in self.rules]
        # words a rule's every match contains (normalised spelling, as in its pattern): a glued string
        # without any of them is not scanned by that rule (a substring test costs far less than a scan)
        words = {
            "part_of_year": ("ربع", "نصف"), "duration_cue": ("مده", "طيله", "طوال"),
            "span_last": ("اخر", "اخير"), "last_of_month": ("اول", "اخر"),
            "weekday_of_week": ("اسبوع",), "weekday_of_this_week": ("اسبوع",),
            "duration_word": tuple(sorted({w[-3:] for w in rel.get("unit_count", {})})),
        }
        units_sing = [key(k) for k, (u, c, a) in lx.units.items() if c == 1]
        longest_unit = None if any(" " in k for k in units_sing) else max(map(len, units_sing), default=0)
        self._worth = []
        for name, _, _ in self.rules:
            if name in words:
                self._worth.append(lambda c, ws=words[name]: any(w in c for w in ws))
            elif name == "duration_bare" and longest_unit is not None:
                # the whole text is one unit word between optional spaces
                self._worth.append(lambda c: len(c.strip()) <= longest_unit)
            elif name == "year_range":
                self._worth.append(lambda c: _YEAR_PAIR.search(c) is not None)  # two years, joined
            else:
                self._worth.append(None)

    WHOLE = -1  # a rule's "left" that means: scan the whole text
    SHORT = 64  # texts up to this length are scanned whole by every rule whose anchors occur
    RIGHT = 40  # chars scanned after an anchor ("أغسطس/ آب 2019 الماضي", "1440 هـ")

    def anchors(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, kind bits) of every anchor, in text order."""
        n = len(text)
        out = []
        unit, bare, art = self.K_UNIT, self.K_UNIT_BARE, self.K_UNIT_ART
        for end, (ln, k) in self._ac.iter(text):
            e = end + 1
            if e < n and text[e].isalnum():
                continue  # not the end of a word
            s = end + 1 - ln
            if s > 0 and text[s - 1].isalnum():
                # only proclitics and the article may stand before an anchor inside its word
                ws = s - 1
                while ws > 0 and text[ws - 1].isalnum() and s - ws < 5:
                    ws -= 1
                if (ws > 0 and text[ws - 1].isalnum()) or not _PREFIX.fullmatch(text, ws, s):
                    continue
                if k & unit and text[s - 2:s] in ("ال", "لل"):
                    k |= art
            elif k & unit:
                k |= bare
            out.append((s, e, k))
        digit = self.K_DIGIT
        out += [(s, e, digit) for s, e in map(_span, _DIGITS.finditer(text))]
        out.sort()
        return out

    def _by_kind(self, anchors, text: str = "") -> dict[int, list[tuple[int, int]]]:
        """Anchors grouped by kind bit (an anchor of several kinds is in each group).  With ``text``,
        each anchor's end is already moved ``RIGHT`` characters on to the end of a word (the end of
        its stretch, the same for every rule; :meth:`_stretches` then leaves it as it is)."""
        groups: dict[int, list[tuple[int, int]]] = {}
        end = self._stretch_end
        for s, e, k in anchors:
            if text:
                e = end(text, e)
            while k:
                bit = k & -k
                groups.setdefault(bit, []).append((s, e))
                k ^= bit
        return groups

    def _stretches(self, text: str, groups, mask: int, left: int, ends_done: bool = False) -> list[tuple[int, int]]:
        """Merged (start, end) stretches around the anchors of the kinds in ``mask``: from ``left``
        characters before an anchor (back to a word start) to ``RIGHT`` after it (on to a word end;
        ``ends_done``: the groups from ``_by_kind(anchors, text)`` hold those ends already)."""
        res: list[tuple[int, int]] = []
        chosen = [items for bit, items in groups.items() if bit & mask]
        if not chosen:
            return res
        if left == self.WHOLE:
            return [(0, len(text))]
        sel = chosen[0] if len(chosen) == 1 else sorted(a for items in chosen for a in items)
        if not ends_done:
            sel = [(s, self._stretch_end(text, e)) for s, e in sel]
        elif sel[0][0] <= left and sel[0][1] >= len(text):
            # the first stretch already spans the whole text (short texts): every other one lies in it
            return [(0, len(text))]
        rfind = text.rfind
        cur_s = cur_e = -1  # the stretch being grown
        for s, e in sel:
            s -= left
            if s > 0:  # back to the start of a word so no word is cut
                lo = s - 32 if s > 32 else 0  # bounded look-back (rfind without a bound is O(n) on long lines)
                a = rfind(" ", lo, s)
                b = rfind("\n", lo, s)
                if b > a:
                    a = b
                s = (a if a >= lo else lo - 1) + 1
            else:
                s = 0
            if cur_e >= 0 and s <= cur_e:
                if e > cur_e:
                    cur_e = e
            else:
                if cur_e >= 0:
                    res.append((cur_s, cur_e))
                cur_s, cur_e = s, e
        if cur_e >= 0:
            res.append((cur_s, cur_e))
        return res

    def _stretch_end(self, text: str, e: int) -> int:
        """``RIGHT`` characters after an anchor ending at ``e``, on to the end of that word."""
        n = len(text)
        e += self.RIGHT
        if e < n:
            m = _NONWORD.search(text, e)
            return m.start() if m else n
        return n

    @staticmethod
    def _glue(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int], list[int]] | None:
        """The stretches joined by NUL, with each stretch's start in the glued string and in ``text``."""
        if not spans:
            return None
        if len(spans) == 1 and spans[0] == (0, len(text)):
            return text, [0], [0]
        pieces = [text[s:e] for s, e in spans]
        starts = list(accumulate([len(p) + 1 for p in pieces[:-1]], initial=0))
        return "\x00".join(pieces), starts, [s for s, _ in spans]

    def _rules_for(self, present: int) -> tuple[int, ...]:
        """Indices of the rules whose anchor kinds meet ``present`` (cached per set of kinds; the
        cache belongs to the needs list it was built from, so a grammar given other needs starts a
        new one)."""
        owner, cache = self._sel_cache
        if owner is not self._need:
            cache = {}
            self._sel_cache = (self._need, cache)
        sel = cache.get(present)
        if sel is None:
            sel = tuple(i for i, (mask, _left) in enumerate(self._need) if present & mask)
            if len(cache) < 4096:
                cache[present] = sel
        return sel

    def find(self, text: str) -> list[TE]:
        """Parse every temporal expression in a normalised text (longest non-overlapping matches)."""
        cands: list[TE] = []
        if not text:
            return []
        anchors = self.anchors(text)
        if not anchors:
            return []
        # rules with the same needs share their stretches and the string glued from them
        cache: dict[tuple[int, int], tuple[str, list[int], list[int]] | None] = {}
        whole = None
        if len(text) <= self.SHORT:
            # a short text: every rule whose anchors occur scans all of it (the plain computation;
            # the stretches would cover most of it anyway and cost more to build than they save)
            present = 0
            for _s, _e, k in anchors:
                present |= k
            groups = None
            whole = (text, [0], [0])
        else:
            groups = self._by_kind(anchors, text)  # stretch ends computed once per anchor
            present = 0
            for bit in groups:
                present |= bit
        use_re = self._re_unsafe().search(text) is None
        rules, need, worths, fasts = self.rules, self._need, self._worth, self._re_rules
        for ri in self._rules_for(present):
            name, rx, prio = rules[ri]
            worth, fast = worths[ri], fasts[ri]
            if whole is not None:
                glued = whole
            else:
                nl = need[ri]
                glued = cache.get(nl, False)
                if glued is False:
                    glued = cache[nl] = self._glue(text, self._stretches(text, groups, nl[0], nl[1], True))
                if glued is None:
                    continue
            compact, starts, origins = glued
            if worth is not None and not worth(compact):
                continue
            if use_re and fast is not None:
                rx_re, neg = fast
                found = rx_re.finditer(compact)
                if neg is not None:
                    # usually no match is refused: take them all, and only after a refused one go
                    # through the search loop of _re_search_from
                    found = list(found)
                    for j, m in enumerate(found):
                        if neg.match(compact, m.start()):
                            found = found[:j] + list(self._re_search_from(rx_re, neg, compact, m.start() + 1))
                            break
            else:
                found = rx.finditer(compact)
            for m in found:
                if m.end() <= m.start():
                    continue
                te = self._build(name, _Match(m))
                if te is None:
                    continue
                i = bisect_right(starts, m.start()) - 1
                shift = origins[i] - starts[i]
                te.start, te.end, te.rule = m.start() + shift, m.end() + shift, name
                te.f["_prio"] = prio
                cands.append(te)
        cands.sort(key=lambda t: (-(t.end - t.start), -t.f["_prio"], t.start))
        taken: list[TE] = []
        starts: list[int] = []  # sorted starts of the kept, non-overlapping spans
        ends: list[int] = []
        for t in cands:
            i = bisect_right(starts, t.start)
            if (i > 0 and ends[i - 1] > t.start) or (i < len(starts) and starts[i] < t.end):
                continue
            starts.insert(i, t.start)
            ends.insert(i, t.end)
            taken.append(t)
        taken.sort(key=lambda t: t.start)
        taken = [t for t in taken if not self._not_a_time(text, t)]
        return self._join_ranges(text, taken)

    def _prev_words(self, text: str, start: int, n: int = 3) -> list[str]:
        """Up to ``n`` words before ``start``, nearest first, without the proclitics و ف ب ل ك."""
        words = _WORD.findall(text[max(0, start - 40):start])
        if start > 40 and words:
            words = words[1:]  # possibly cut
        out = []
        for w in reversed(words[-n:]):
            out.append(w)
        return out

    def _not_a_time(self, text: str, t: TE) -> bool:
        """Expressions whose context shows they are no time: a day-month in a name after a place noun
        (حي 7 يوليو), an age (عن عمر ناهز 81 عاما، طفل (12 عاما)), اليوم as in اليوم الخامس / اليوم التالي."""
        ctx = self.ctx
        if t.kind in ("date", "date_range") and t.f.get("y") is None and t.f.get("dir") is None:
            # a name is a place noun in construct, without the article: حي 7 يوليو، بساحة 14 آذار
            # (افتتحت المدرسة 14 آذار الماضي is a date)
            prev = self._prev_words(text, t.start, 1)
            if prev and {w for w in self._strip(prev[0]) if not w.startswith("ال")} & self._heads:
                return True
        if (t.kind == "weekday" and t.rule == "weekday" and text.startswith("ال", t.start)
                and not (t.f.get("dir") or t.f.get("part") or t.f.get("rd") is not None)):
            # a weekday completing a name: سوق الجمعة، مسجد الجمعة (but يوم الجمعة, المدينة الجمعة)
            prev = self._prev_words(text, t.start, 1)
            if prev:
                forms = self._strip(prev[0])
                if not any(w.startswith("ال") for w in forms) and forms & self.ctx.get("place", frozenset()):
                    return True
        if t.kind == "duration" and t.f.get("unit") in ("year", "month"):
            # the word right before the figure: عن عمر ناهز 81 عاما، يبلغ من العمر 45 عاما، توفي عن 77 عاما
            prev = self._prev_words(text, t.start, 4)
            age = ctx.get("age", frozenset())
            if prev and self._strip(prev[0]) & age:
                return True
            if prev and prev[0] == "عن" and any(self._strip(w) & age for w in prev[1:]):
                return True  # توفي (الشاعر) عن 77 عاما (but لا تقل عن 5 سنوات is a duration)
            if _OF_AGE_AFTER.match(text[t.end:t.end + 16]):
                return True
            if (t.f.get("unit") == "year" and _OPEN_PAREN_BEFORE.search(text[max(0, t.start - 3):t.start])
                    and _CLOSE_PAREN.match(text[t.end:t.end + 3])):
                return True  # "(81 عاما)" after a name
        if t.kind == "rel_day" and t.f.get("off") == 0 and not t.f.get("part"):
            m = _NEXT_WORD.match(text[t.end:t.end + 24])
            if m:
                w = m.group(1)
                if w in ctx.get("notday", frozenset()) or (w.startswith("ال") and w[2:] in self._ordinals):
                    return True
        return False

    @staticmethod
    def _strip(w: str) -> set:
        """A word and its readings without proclitics (وبالحي → {وبالحي, بالحي, الحي, حي})."""
        out = {w}
        x = w
        if x[:1] in ("و", "ف") and len(x) > 3:
            x = x[1:]
            out.add(x)
        if x[:1] in ("ب", "ل", "ك") and len(x) > 3:
            x = x[1:]
            out.add(x)
        if x.startswith("ال") and len(x) > 3:
            out.add(x[2:])
        return out

    _NIGHT_GAP = regex.compile(r"\s*(?:[-/]|علي|الي|و)?\s*")
    _MIDNIGHT = regex.compile(r"(?:^|(?<=[^\w]))منتصف\s+$")

    def _join_nights(self, text: str, tes: list[TE]) -> list[TE]:
        """«ليل الاثنين-الثلاثاء»، «ليلة السبت على الأحد»: one night (the first day's TNI); with
        «منتصف» before it, the midnight that starts the second day."""
        out: list[TE] = []
        i = 0
        while i < len(tes):
            a = tes[i]
            if (i + 1 < len(tes) and a.kind == "weekday" and a.f.get("part") == "NI" and a.f.get("rd") is None
                    and tes[i + 1].kind == "weekday" and not tes[i + 1].f.get("part")
                    and tes[i + 1].f.get("wd") == a.f["wd"] % 7 + 1
                    and self._NIGHT_GAP.fullmatch(text, a.end, tes[i + 1].start)):
                b = tes[i + 1]
                f = {**a.f, "dir": a.f.get("dir") or b.f.get("dir")}
                start = a.start
                mid = self._MIDNIGHT.search(text, max(0, a.start - 8), a.start)
                if mid:
                    start, f["midnight"] = mid.start(), True
                out.append(TE("weekday", f, start, b.end, "night_of"))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    def _join_ranges(self, text: str, tes: list[TE]) -> list[TE]:
        tes = self._join_nights(text, tes)
        out: list[TE] = []
        i = 0
        while i < len(tes):
            a = tes[i]
            if (i + 1 < len(tes) and a.kind == "clock" and tes[i + 1].kind == "clock"
                    and _STRICT_JOINER.match(text[a.end:b_start(tes[i + 1])])):
                b = tes[i + 1]
                if not a.f.get("ap") and b.f.get("ap"):
                    a = TE(a.kind, {**a.f, "ap": b.f["ap"]}, a.start, a.end, a.rule)
                out.append(TE("range", {"a": a, "b": b}, a.start, b.end, "clock_range"))
                i += 2
                continue
            if i + 1 < len(tes) and a.kind in ("date", "month") and tes[i + 1].kind in ("date", "month"):
                b = tes[i + 1]
                if self.joiner.match(text[a.end:b.start]) and (
                        not a.kind == "month" or b.kind == "month") and (
                        a.kind == "month" or self.range_start.search(text[max(0, a.start - 8):a.start])
                        or _STRICT_JOINER.match(text[a.end:b.start])):
                    if self._moved(text, a) or self._reversed(a, b):
                        # «أرجأت الجلسة من 24 ديسمبر إلى 24 يناير المقبل»: the old date and the new one
                        out.append(self._like(a, b))
                        out.append(b)
                        i += 2
                        continue
                    start = a.start
                    pre = self.range_start.search(text[max(0, a.start - 8):a.start])
                    out.append(TE("range", {"a": a, "b": b}, start, b.end, "range"))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return self._join_day_clock(text, out)

    _DAYISH = ("weekday", "date", "rel_day")
    _FROM_BEFORE = re.compile(r"(?:^|(?<=[^\w]))من\s+$")

    def _moved(self, text: str, a: TE) -> bool:
        """«من» right before ``a``, and a move verb (time_context.tsv kind move) before it in the clause."""
        if self._move is None:
            return False
        m = self._FROM_BEFORE.search(text, max(0, a.start - 6), a.start)
        return bool(m) and self._move.search(text, max(0, m.start() - 80), m.start()) is not None

    @staticmethod
    def _reversed(a: TE, b: TE) -> bool:
        """Two dates of one month and year, the second before the first (من 10 مايو إلى 3 مايو): no
        interval can run backwards, so they are two points (a date brought forward)."""
        if a.kind != "date" or b.kind != "date" or a.f.get("m") != b.f.get("m"):
            return False
        if a.f.get("y") != b.f.get("y") and a.f.get("y") is not None:
            return False
        return (b.f.get("d") or 0) < (a.f.get("d") or 0)

    @staticmethod
    def _like(a: TE, b: TE) -> TE:
        """The old date of a move takes the year (or direction) of the new one when it has none."""
        if a.f.get("y") is not None or a.f.get("dir") is not None or a.f.get("m") is None:
            return a
        if b.f.get("y") is not None and b.f.get("m") is not None:
            y = b.f["y"] - (1 if a.f["m"] > b.f["m"] else 0)
            return TE(a.kind, {**a.f, "y": y}, a.start, a.end, a.rule)
        if b.f.get("dir") is not None:
            return TE(a.kind, {**a.f, "dir": b.f["dir"]}, a.start, a.end, a.rule)
        return a

    def _join_day_clock(self, text: str, tes: list[TE]) -> list[TE]:
        """A day next to a clock time (الخميس الساعة 8، الساعة 8 من مساء اليوم) is one moment."""
        out: list[TE] = []
        i = 0
        while i < len(tes):
            a = tes[i]
            if i + 1 < len(tes):
                b = tes[i + 1]
                clock_a = a.kind == "clock" or a.rule == "clock_range"
                clock_b = b.kind == "clock" or b.rule == "clock_range"
                if (clock_a != clock_b and (a.kind in self._DAYISH or b.kind in self._DAYISH)
                        and _DAY_CLOCK_GAP.match(text, a.end, b.start)):
                    day, clock = (b, a) if clock_a else (a, b)
                    part = day.f.get("part")
                    if part and clock.kind == "clock" and not clock.f.get("ap"):
                        clock = TE(clock.kind, {**clock.f, "ap": self.part_ap.get(part, "")},
                                   clock.start, clock.end, clock.rule)
                    out.append(TE("at", {"day": day, "clock": clock}, a.start, b.end, "day_clock"))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    # ------------------------------------------------------------------------------------------------
    def _month(self, m, sfx="") -> int | None:
        gd = m.groupdict()
        m1 = gd.get("m1" + sfx)
        if m1:
            k1 = key(m1)
            mon = self.lx.months.get(k1)
            m2 = gd.get("m2" + sfx)
            if m2:
                mon2 = self.lx.months.get(key(m2))
                if mon2 != mon:
                    return None
            return mon
        if gd.get("mn" + sfx):
            v = number_value(gd["mn" + sfx])
            return v if v and 1 <= v <= 12 else None
        if gd.get("mo" + sfx):
            v = number_value(gd["mo" + sfx])
            return v if v and 1 <= v <= 12 else None
        return None

    def _month_is_weak(self, m, sfx="") -> bool:
        """An ambiguous month name standing alone (مارس "practised", آب) is not a month."""
        gd = m.groupdict()
        m1 = gd.get("m1" + sfx)
        if not m1 or key(m1) not in self.ambiguous_months or gd.get("m2" + sfx):
            return False
        whole = m.group(0)
        return "شهر" not in whole and not gd.get("y" + sfx)

    def _count(self, w: str | None):
        """The count of a spelled-out singular unit: 1, or 1.5 for «ونصف» (unit_count words)."""
        if not w:
            return 1
        v = self.unit_counts.get(key(w), 1)
        v = float(v)
        return int(v) if v.is_integer() else v

    def _day(self, m, sfx="") -> int | None:
        gd = m.groupdict()
        if gd.get("dd" + sfx):
            v = int(gd["dd" + sfx])
        elif gd.get("do" + sfx):
            v = number_value(gd["do" + sfx])
        else:
            return None
        return v if v and 1 <= v <= 31 else None

    def _dir(self, m, name="dir"):
        d = m.groupdict().get(name)
        return self.lx.rel["dir"].get(key(d)) if d else None

    def _build(self, name: str, m) -> TE | None:
        gd = m.groupdict()
        lx = self.lx
        y = int(gd["y"]) if gd.get("y") else None
        mod = lx.rel["mod"].get(key(gd["mod"])) if gd.get("mod") else None
        part = lx.rel["part"].get(key(gd["part"])) if gd.get("part") else None
        if name == "day_range":
            mon = self._month(m)
            a, b = self._day(m, "a"), self._day(m, "b")
            if not mon or not a or not b or b <= a:
                return None
            if gd.get("doa") and gd.get("dob") and a < 10 and b % 10 == 0:
                return None  # الحادي والعشرين is one number (21), not the range 1-20
            return TE("date_range", {"m": mon, "d1": a, "d2": b, "y": y, "dir": self._dir(m)})
        if name == "day_range_m_first":
            mon = self._month(m)
            a, b = int(gd["dda"]), int(gd["ddb"])
            if not mon or not (1 <= a < b <= 31):
                return None
            return TE("date_range", {"m": mon, "d1": a, "d2": b, "y": y})
        if name == "date":
            mon, d = self._month(m), self._day(m)
            if not mon or not d:
                return None
            wd = lx.weekdays.get(key(gd["wd"])) if gd.get("wd") else None
            return TE("date", {"m": mon, "d": d, "y": y, "dir": self._dir(m), "wd": wd, "ord": bool(gd.get("do"))})
        if name in ("date_num", "date_iso"):
            d, mon = int(gd["dd"]), int(gd["mm"])
            if not (1 <= d <= 31 and 1 <= mon <= 12):
                return None
            return TE("date", {"m": mon, "d": d, "y": y})
        if name == "month":
            mon = self._month(m)
            if not mon or self._month_is_weak(m):
                return None
            if gd.get("m1") is None and not gd.get("y") and not gd.get("dir") and not mod and gd.get("mo") is None:
                # شهر ثلاثة without a year: only as a bare month reference (Duckling style)
                pass
            return TE("month", {"m": mon, "y": y, "dir": self._dir(m), "mod": mod})
        if name == "year":
            return TE("year", {"y": y, "mod": mod})
        if name == "year_bare":
            return TE("year", {"y": int(gd.get("y") or gd["y2"]), "bare": True})
        if name == "year_range":
            a, b = int(gd["y1"]), int(gd["y2"])
            if not a < b <= a + 100:
                return None
            if not _YEAR_WORD.search(m.group(0)):
                # bare numbers: "بين 1500 و2000 مقاتل" counts people, not years
                if a < 1900 or not _AFTER_BARE_YEAR.match(m.string, m.end()):
                    return None
            return TE("year_range", {"y1": a, "y2": b})
        if name == "part_of_year":
            pw = key(gd["pw"])
            pn_s = key(gd["pn"])
            parts = 4 if pw == "ربع" else 2
            n = parts if "اخير" in pn_s else number_value(gd["pn"])
            if not n or not 1 <= n <= parts:
                return None
            off = self._dir(m)
            return TE("part_of_year", {"parts": parts, "n": n, "y": y, "off": 0 if off is None else off})
        if name == "decade":
            return TE("decade", {"dec": lx.rel["decade"].get(key(gd["dec"])), "mod": mod})
        if name in ("hijri_date",):
            d = self._day(m)
            hm = lx.hijri_months.get(key(gd["hm"]))
            if not d or not hm or d > 30:
                return None
            return TE("hijri_date", {"hm": hm, "d": d, "hy": int(gd["hy"]) if gd.get("hy") else None})
        if name in ("solar_date", "solar_month_year"):
            sm = (lx.solar_months or {}).get(key(gd["sm"]))
            d = self._day(m) if name == "solar_date" else None
            if not sm or (name == "solar_date" and not d):
                return None
            return TE("solar_date" if d else "solar_month", {"sm": sm, "d": d, "sy": int(gd["sy"])})
        if name == "hijri_month_year":
            return TE("hijri_month", {"hm": lx.hijri_months.get(key(gd["hm"])), "hy": int(gd["hy"])})
        if name == "holiday":
            hid, rule, days = lx.holidays[key(gd["hol"])]
            return TE("holiday", {"id": hid, "rule": rule, "days": days, "y": y,
                                  "hy": int(gd["hy"]) if gd.get("hy") else None, "dir": self._dir(m)})
        if name in ("weekday", "weekday_bare"):
            wd = lx.weekdays.get(key(gd["wd"]))
            if wd is None:
                return None
            d = self._dir(m) if gd.get("dir") else self._dir(m, "dir2")
            rd = lx.rel["day"].get(key(gd["rd"])) if gd.get("rd") else None
            part = part or (lx.rel["part"].get(key(gd["part2"])) if gd.get("part2") else None)
            return TE("weekday", {"wd": wd, "dir": d, "part": part, "rd": rd})
        if name == "weekday_of_week":
            return TE("weekday", {"wd": lx.weekdays.get(key(gd["wd"])), "week": self._dir(m)})
        if name == "weekday_of_this_week":
            return TE("weekday", {"wd": lx.weekdays.get(key(gd["wd"])), "week": 0})
        if name == "nth_weekday":
            mon = self._month(m)
            wd = lx.weekdays.get(key(gd.get("wd") or gd.get("wd2") or ""))
            nth_s = gd.get("nth") or gd.get("nth2") or ""
            nth = -1 if ("اخر" in key(nth_s) or "اخير" in key(nth_s)) else number_value(nth_s)
            if not mon or not wd or not nth or nth > 5:
                return None
            ydir = None
            if gd.get("ydir"):
                ydir = lx.rel["dir"].get(key(gd["ydir"]).split()[-1])
            return TE("nth_weekday", {"m": mon, "wd": wd, "nth": nth, "y": y, "ydir": ydir})
        if name == "last_of_month":
            mon = self._month(m)
            if not mon:
                return None
            return TE("edge_of_month", {"m": mon, "y": y, "which": key(gd["which"]), "u": key(gd["u"])})
        if name == "rel_day":
            part = part or (lx.rel["part"].get(key(gd["part2"])) if gd.get("part2") else None)
            return TE("rel_day", {"off": lx.rel["day"].get(key(gd["rd"])), "part": part})
        if name == "now":
            return TE("now", {})
        if name == "rel_unit":
            u = key(gd["u"])
            unit = lx.units[u][0]  # time_units.tsv: اسبوع week, شهر month, عام/سنه year
            d = self._dir(m)
            if gd.get("this"):
                d = 0 if d is None else d
            if d is None:
                if mod is None:
                    return None
                d = 0  # منتصف الشهر = this month
            return TE("rel_unit", {"unit": unit, "off": d, "mod": mod})
        if name in ("span", "span_n_first"):
            d = self._dir(m)
            if gd.get("u2"):
                unit, n = lx.units[key(gd["u2"])][0], 2
            else:
                unit = lx.units[key(gd["up"])][0]
                n = number_value(gd["n"]) if gd.get("n") else None
                if name == "span_n_first" and n is None:
                    return None
            if d is None or d == 0:
                return None
            return TE("span", {"unit": unit, "n": n, "dir": d})
        if name == "ago":
            prep = key(gd["prep"]).replace("مند", "منذ")
            if prep.endswith("غضون"):
                prep = "خلال"
            approx = bool(gd.get("approx"))
            # "بعد/قبل N UNIT من" is relative to another event: a duration, not a date
            follow = m.string[m.end():m.end() + 4]
            if gd.get("few") or (gd.get("up") and not gd.get("n")):
                unit = lx.units[key(_FEW.sub("", key(gd.get("few") or gd["up"])).split()[0])][0]
                return TE("duration", {"unit": unit, "n": None, "approx": True})
            if gd.get("u2"):
                unit, n = lx.units[key(gd["u2"])][0], 2
            elif gd.get("u1"):
                unit, n = lx.units[key(gd["u1"])][0], self._count(gd.get("cnt"))
            else:
                unit, n = lx.units[key(gd["u"])][0], number_value(gd["n"])
            if n is None:
                return None
            if prep in ("قبل", "بعد") and _FROM_AFTER.match(m.string[m.end():m.end() + 8] + " "):
                return TE("duration", {"unit": unit, "n": n, "approx": approx})
            if prep == "خلال":
                return TE("within", {"unit": unit, "n": n, "approx": approx})
            return TE("ago", {"unit": unit, "n": n, "sign": 1 if prep == "بعد" else -1, "since": prep == "منذ",
                              "approx": approx})
        if name in ("duration", "duration_cue", "duration_bare", "duration_word"):
            if gd.get("u2"):
                unit, n = lx.units[key(gd["u2"])][0], 2
            elif gd.get("u1"):
                unit, n = lx.units[key(gd["u1"])][0], self._count(gd.get("cnt"))
            else:
                unit, n = lx.units[key(gd["u"])][0], number_value(gd["n"])
                if n is None:
                    return None
                if lx.units[key(gd["u"])][1] == 2:  # "3 يومين" is not a thing
                    return None
            return TE("duration", {"unit": unit, "n": n, "approx": bool(gd.get("approx"))})
        if name in ("clock", "clock_ord", "clock_hm", "clock_num_ap"):
            h = number_value(gd["h"]) if not gd["h"].isdigit() else int(gd["h"])
            if h is None or h > 24:
                return None
            mi = 0
            if gd.get("mi"):
                mi = number_value(gd["mi"]) if not gd["mi"].isdigit() else int(gd["mi"])
            frac = key(gd.get("frac") or "")
            if frac:
                mi = {"ربع": 15, "نصف": 30, "نص": 30, "ثلث": 20}[frac]
            neg = key(gd.get("neg") or "")
            if neg:
                mi = -{"ربع": 15, "ربعا": 15, "ثلث": 20, "ثلثا": 20}[neg]
            if mi is None or not (-30 <= mi < 60):
                return None
            sec = int(gd["sec"]) if gd.get("sec") else None
            return TE("clock", {"h": h, "mi": mi, "sec": sec, "ap": key(gd.get("ap") or ""), "approx": bool(gd.get("approx")),
                                "minute": bool(gd.get("minpart") or gd.get("mi"))})
        if name == "tonight":
            if gd.get("last"):
                return TE("rel_day", {"off": -1, "part": "NI"})
            tp = key(gd.get("this_part") or "")
            return TE("rel_day", {"off": 0, "part": {"الصباح": "MO", "المساء": "EV"}.get(tp, "NI")})
        if name == "month_day":
            mon, d = self._month(m), int(gd["dd"])
            if not mon or not 1 <= d <= 31 or self._month_is_weak(m):
                return None
            return TE("date", {"m": mon, "d": d, "y": y})
        if name == "day_of_month":
            d = self._day(m)
            if not d:
                return None
            off = self._dir(m)
            return TE("day_of_month", {"d": d, "off": 0 if off is None else off})
        if name == "span_last":
            if gd.get("u2"):
                unit, n = lx.units[key(gd["u2"])][0], 2
            else:
                unit, n = lx.units[key(gd["up"])][0], number_value(gd["n"])
            if n is None:
                return None
            return TE("span", {"unit": unit, "n": n, "dir": -1})
        return None


def b_start(te: TE) -> int:
    return te.start


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar (built once per process)."""
    return Grammar()
