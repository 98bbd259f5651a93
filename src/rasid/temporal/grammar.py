"""The temporal grammar: regex rules compiled once from the data files, run over the normalised text.

Each rule is one compiled pattern (``regex`` module, for variable-length look-behind over clitics);
:meth:`Grammar.find` runs every rule once over the text (C-level scans, no per-token Python loop),
turns each match into a :class:`TE` (a parsed, not yet resolved, temporal expression) and keeps the
longest non-overlapping matches.  Resolution against the publication date is in :mod:`.resolve`.

All patterns work on the folded text (أ/إ/آ→ا, ى→ي, ة→ه, diacritics removed, digits ASCII).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import regex

from .lexicon import alt, key, time_lexicon
from .numbers import number_value

#: left boundary: start of text or a non-word character, optionally followed by proclitics و ف ب ل ك
L = r"(?<=(?:^|[^\w])(?:[وف]?[بلك]?))(?<!(?:كانون|تشرين|ربيع|جمادي|جماد)\s+)"
#: right boundary
R = r"(?!\w)"
ART = r"(?:ال|(?<=(?:^|[^\w])[وف]?)لل)"
S = r"\s+"


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
        APPROX = r"(?:نحو|حوالي|قرابه|زهاء|ما\s+يقارب|ما\s+يقرب\s+من|اكثر\s+من|اقل\s+من|قرابه)"

        def months(sfx=""):
            return (rf"(?:(?:[بل]?شهر\s+|(?<=\s)[بل](?=\w))?(?P<m1{sfx}>{MON}){R}(?:\s*[/(\-]\s*(?P<m2{sfx}>{MON}){R}\s*\)?)?"
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
                          rf"|(?<=(?:^|[^\w])[وف]?[بلك]?)(?P<y2>(?:19|20)\d\d)(?!\d)(?=\s*(?:[.,;:)\"'\-]|$|\s+و)))", 1),
            ("decade", rf"{L}{MODP}?(?P<dec>{DEC}){R}(?:\s+(?:من\s+)?القرن\s+(?:الماضي|العشرين){R})?", 3),
            # Hijri dates and months
            ("hijri_date", rf"{L}{dayn('')}\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{HMON}){R}{HYEAR}?", 4),
            ("hijri_month_year", rf"{L}(?:شهر\s+)?(?P<hm>{HMON}){R}{HYEAR}", 3),
            # holidays: عيد الأضحى، رمضان 2019، عيد الفطر الماضي
            ("holiday", rf"{L}(?P<hol>{HOL}){R}(?:{year()}|{HYEAR})?{DIRP}?", 3),
            # weekdays: الثلاثاء، يوم الجمعة الماضية، صباح الاثنين، ليلة أمس الأحد
            ("weekday", rf"{L}{PARTP}?(?:(?P<rd>{RELDAY}){R}\s+)?(?:يوم\s+)?{ART}(?P<wd>{WD}){R}(?:{DIRP}|(?P<q>\s+(?P<dir2>{DIR}){R}))?", 2),
            ("weekday_bare", rf"{L}{PARTP}?يوم\s+(?P<wd>{WD}){R}{DIRP}?", 2),
            ("weekday_of_week", rf"{L}{ART}?(?P<wd>{WD}){R}\s+(?:من\s+)?{ART}اسبوع\s+(?P<dir>{DIR}){R}", 3),
            ("weekday_of_this_week", rf"{L}{ART}?(?P<wd>{WD}){R}\s+(?:من\s+)?(?:{THIS})\s+{ART}اسبوع{R}", 3),
            # nth weekday of a month: أول ثلاثاء من شهر عشرة، الاثنين الأخير من شهر مارس
            ("nth_weekday", rf"{L}(?:(?P<nth>{ORDW}|اخر)\s+(?:يوم\s+)?{ART}?(?P<wd>{WD}){R}|{ART}(?P<wd2>{WD}){R}\s+(?P<nth2>{ORDW}|الاخير(?:ه)?{R}))\s+(?:من\s+|في\s+)?{months()}(?:{year()}|\s+(?P<ydir>{ART}(?:عام|سنه)\s+(?:{DIR}){R}))?", 4),
            ("last_of_month", rf"{L}(?P<which>اول|اخر){R}\s+(?P<u>يوم|اسبوع){R}\s+(?:[بف]|من\s+|في\s+)?{months()}{year()}?", 4),
            # relative days: أمس، اليوم، غداً، أول أمس، يوم غد، صباح اليوم
            ("rel_day", rf"{L}{PARTP}?(?:يوم\s+)?(?P<rd>{RELDAY}){R}", 2),
            ("now", rf"{L}(?:حتي\s+)?(?P<now>{NOW}){R}", 1),
            # relative units: الأسبوع الماضي، الشهر الجاري، هذا العام، السنة المقبلة، منتصف الشهر الحالي
            ("rel_unit", rf"{L}{MODP}?(?:(?P<this>{THIS})\s+)?{ART}(?P<u>{RELU}){R}(?:{DIRP})?", 2),
            # spans: خلال اليومين الماضيين، الأيام الثلاثة الماضية، الأشهر الخمسة الماضية
            ("span", rf"{L}{ART}(?:(?P<u2>{U2})|(?P<up>{UP})(?:\s+(?P<n>{NUM}))?)\s+(?P<dir>{DIR}){R}", 3),
            ("span_n_first", rf"{L}(?P<n>{NUM})\s+(?P<up>{UP}|{U1})\s+(?P<dir>{DIR}){R}", 3),
            # ago / in: منذ ثلاثة أيام، قبل أسبوعين، بعد يومين
            ("ago", rf"{L}(?P<prep>منذ|قبل|بعد|خلال|مند)\s+(?:(?P<approx>{APPROX})\s+)?(?:(?P<n>{NUM})\s+(?P<u>{UNIT})|(?P<u2>{U2})|(?P<u1>{U1S})|(?P<up>{UP})|(?P<few>{UP}\s+(?:قليله|عده)|(?:عده|بضعه|بضع)\s+{UP}))", 2),
            # durations: نحو 5 أشهر، ثلاثة أعوام، عامين، 75 عاما
            ("duration", rf"{L}(?:(?P<approx>{APPROX})\s+)?(?:(?P<n>{NUM})\s+(?P<u>{UNIT})|(?P<u2>{U2}))", 1),
            ("duration_cue", rf"{L}(?:لمده|مده|طيله|طوال)\s+(?:(?P<approx>{APPROX})\s+)?(?P<u1>{U1})", 1),
            ("duration_bare", rf"(?:^|(?<=^\s*))(?P<u1>{U1})(?=\s*$)", 0),
            # clock times: الساعة 3 عصرا، الثالثة فجرا، 12:30، الساعة الثالثة وربع
            ("clock", rf"{L}(?:(?:عند|حوالي|في)\s+)?(?:{ART}ساعه\s+)(?P<h>\d{{1,2}}(?!\d)|{ORDW}|{NW}(?:\s+عشره?{R})?)"
                      rf"(?P<minpart>(?:\s*و\s*(?:(?P<mi>\d{{1,2}}|{NUMW})\s+دقيقه|(?P<frac>ربع|نصف|نص|ثلث)))|(?:\s+(?:الا|إلا)\s+(?P<neg>ربع|ربعا|ثلث|ثلثا)))?"
                      rf"(?:\s+(?P<ap>صباحا|فجرا|ظهرا|عصرا|مساء|مساءا|ليلا|قبل\s+الظهر|بعد\s+الظهر|قبل\s+المغرب|بعد\s+المغرب|هذا\s+الصباح|هذه\s+الليله|هذا\s+المساء))?{R}", 2),
            ("clock_ord", rf"{L}(?P<h>{ORDW})(?P<minpart>\s*و\s*(?P<frac>ربع|نصف|نص|ثلث))?\s+(?P<ap>صباحا|فجرا|ظهرا|عصرا|مساء|مساءا|ليلا|بعد\s+الظهر|هذه\s+الليله|هذا\s+المساء){R}", 2),
            ("clock_hm", rf"(?<![\d:])(?P<h>\d{{1,2}}):(?P<mi>\d\d)(?::(?P<sec>\d\d))?(?![\d:])(?:\s+(?P<ap>صباحا|فجرا|ظهرا|عصرا|مساء|مساءا|ليلا){R})?", 2),
            ("tonight", rf"{L}(?:{THIS})\s+(?:الليله|المساء){R}", 2),
        ]
        self.rules = [(name, regex.compile(p), prio) for name, p, prio in rules]
        # range joiner between two complete dates: 15 يناير إلى 14 أبريل
        self.joiner = regex.compile(r"^\s*(?:-|الي|حتي|و\s*حتي|ولغايه|لغايه|و)\s*$")
        self.range_start = regex.compile(r"(?:(?<=^|[^\w])(?:من|بين|منذ)\s+)$")
        self.ambiguous_months = lx.months_ambiguous

    # ------------------------------------------------------------------------------------------------
    def find(self, text: str) -> list[TE]:
        """Parse every temporal expression in a normalised text (longest non-overlapping matches)."""
        cands: list[TE] = []
        for name, rx, prio in self.rules:
            for m in rx.finditer(text, overlapped=False):
                if m.end() <= m.start():
                    continue
                te = self._build(name, m)
                if te is not None:
                    te.start, te.end, te.rule = m.start(), m.end(), name
                    te.f["_prio"] = prio
                    cands.append(te)
        cands.sort(key=lambda t: (-(t.end - t.start), -t.f["_prio"], t.start))
        taken: list[TE] = []
        occupied: list[tuple[int, int]] = []
        for t in cands:
            if any(t.start < e and s < t.end for s, e in occupied):
                continue
            taken.append(t)
            occupied.append((t.start, t.end))
        taken.sort(key=lambda t: t.start)
        return self._join_ranges(text, taken)

    def _join_ranges(self, text: str, tes: list[TE]) -> list[TE]:
        out: list[TE] = []
        i = 0
        while i < len(tes):
            a = tes[i]
            if (i + 1 < len(tes) and a.kind == "clock" and tes[i + 1].kind == "clock"
                    and regex.match(r"^\s*(?:-|الي|حتي|و\s*حتي)\s*$", text[a.end:b_start(tes[i + 1])])):
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
                        or regex.match(r"^\s*(?:-|الي|حتي|و\s*حتي)\s*$", text[a.end:b.start])):
                    start = a.start
                    pre = self.range_start.search(text[max(0, a.start - 8):a.start])
                    out.append(TE("range", {"a": a, "b": b}, start, b.end, "range"))
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
        if name == "decade":
            return TE("decade", {"dec": lx.rel["decade"].get(key(gd["dec"])), "mod": mod})
        if name in ("hijri_date",):
            d = self._day(m)
            hm = lx.hijri_months.get(key(gd["hm"]))
            if not d or not hm or d > 30:
                return None
            return TE("hijri_date", {"hm": hm, "d": d, "hy": int(gd["hy"]) if gd.get("hy") else None})
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
            return TE("rel_day", {"off": lx.rel["day"].get(key(gd["rd"])), "part": part})
        if name == "now":
            return TE("now", {})
        if name == "rel_unit":
            u = key(gd["u"])
            unit = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}[u]
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
            approx = bool(gd.get("approx"))
            # "بعد/قبل N UNIT من" is relative to another event: a duration, not a date
            follow = m.string[m.end():m.end() + 4]
            if gd.get("few") or (gd.get("up") and not gd.get("n")):
                unit = lx.units[key(regex.sub(r"^(?:عده|بضعه|بضع)\s+", "", key(gd.get("few") or gd["up"])).split()[0])][0]
                return TE("duration", {"unit": unit, "n": None, "approx": True})
            if gd.get("u2"):
                unit, n = lx.units[key(gd["u2"])][0], 2
            elif gd.get("u1"):
                unit, n = lx.units[key(gd["u1"])][0], 1
            else:
                unit, n = lx.units[key(gd["u"])][0], number_value(gd["n"])
            if n is None:
                return None
            if prep in ("قبل", "بعد") and regex.match(r"\s*,?\s*من\s", m.string[m.end():m.end() + 8] + " "):
                return TE("duration", {"unit": unit, "n": n, "approx": approx})
            if prep == "خلال":
                return TE("within", {"unit": unit, "n": n, "approx": approx})
            return TE("ago", {"unit": unit, "n": n, "sign": 1 if prep == "بعد" else -1, "since": prep == "منذ",
                              "approx": approx})
        if name in ("duration", "duration_cue", "duration_bare"):
            if gd.get("u2"):
                unit, n = lx.units[key(gd["u2"])][0], 2
            elif gd.get("u1"):
                unit, n = lx.units[key(gd["u1"])][0], 1
            else:
                unit, n = lx.units[key(gd["u"])][0], number_value(gd["n"])
                if n is None:
                    return None
                if lx.units[key(gd["u"])][1] == 2:  # "3 يومين" is not a thing
                    return None
            return TE("duration", {"unit": unit, "n": n, "approx": bool(gd.get("approx"))})
        if name in ("clock", "clock_ord", "clock_hm"):
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
            return TE("clock", {"h": h, "mi": mi, "sec": sec, "ap": key(gd.get("ap") or ""),
                                "minute": bool(gd.get("minpart") or gd.get("mi"))})
        if name == "tonight":
            return TE("tonight", {})
        return None


def b_start(te: TE) -> int:
    return te.start


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar (built once per process)."""
    return Grammar()
