"""Typed quantities: numbers with what they count (killed, wounded, displaced, money…) — issue 4.

Numbers come from :mod:`rasid.numbers` (one regex pass over the normalised view).  Around each
number the component looks, with three clitic-aware automata built once per instance:

* the counted noun after it (``1100 قتيل``، ``3 من المتظاهرين``; ``quantity_nouns.tsv``) or a
  currency (``مليار دولار``، ``$10``، ``5 دنانير أردنية``; ``currencies.tsv``);
* a casualty cue before it in the same clause (``مقتل 14 شخصاً``، ``إصابة 37 آخرين``،
  ``عدد النازحين نحو 100 ألف شخص``) and a tail phrase after it (``5762 بجروح``، ``لقوا حتفهم``);
* date and clock contexts (``quantity_contexts.tsv``: month names, عام، الساعة) so that days,
  years and times are left to the times layer, and also phone numbers and dates written 7/8/2019.

Each record's span covers the markers, the number and its unit noun; ``extra`` keeps the number's
own span (``number``), ``vague``, ``interval``, ``currency`` (family), ``nouns`` for coordinated nouns.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..document import Document, Quantity
from ..errors import RasidError
from ..lexicon import Match, PhraseMatcher, load_tsv, match_view
from ..lexicon.matcher import fold_key
from ..lexicon.trie import trie_alternation
from ..numbers import NumberParse, find_numbers
from ..pipeline import register
from ..text import segment_clitics, text_view
from ..text.normalize import fold

CASUALTY = ("killed", "wounded", "displaced", "refugees", "arrested", "missing")

#: "among them" between a casualty figure and the next one (40 قتيلا بينهم 12 طفلا، أصيب 9 بجروح
#: طفيفة بينهم 4 نساء): same kind
_AMONG_RE = re.compile(r"\s*(?:بجروح(?:\s+[^\W\d_]+)?\s*)?[,،]?\s*(?:على الاقل\s*[,،]?\s*)?(?:و|من\s+)?(?:بينهم|منهم|بينهن|منهن|بينها)\s*$")
_SENT_END_RE = re.compile(r"[.!?\n]")
#: a partitive right after a figure (60 ألفا منهم): the figure is a part of the previous group
_OF_THEM_RE = re.compile(r"\s*(?:منهم|منهن|من بينهم)(?![^\W\d_])")
_SOLAR_YEAR_RE = re.compile(r"\s*1[34]\d\d(?!\d)")
#: a figure of two digits or more, or a thousand/million word, right before a word
_BIG_BEFORE_RE = re.compile(r"(?:\d{2,}|الف|الاف|مليون|ملايين|مليار)\s*$")
_CLAUSE_END_RE = re.compile(r"[.;:!?\n\"()]|,(?!\d)")
_WORD_RE = re.compile(r"\s*(?:-\s*)?([^\W\d_]+)")
_WORD_QUOTED_RE = re.compile(r"[\s\"']*(?:-\s*)?([^\W\d_]+)")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_DIGIT_RE = re.compile(r"\d")
_DATE_RE = re.compile(r"(?=\d)(?<![\d/.-])\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?![\d/])")
_CLOCK_RE = re.compile(r"(?=\d)(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_PHONE_RE = re.compile(r"(?=[+\d])(?:(?<![\d\w])(?:\+|00)\d[\d \-]{6,}\d(?!\d)|(?<![\d\w])0\d{2,3}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)|(?<![\d\w])0\d{7,}(?!\d)|(?<![\d\w])\d{11,}(?!\d))")
_SYMBOL_BEFORE_RE = re.compile(r"([$€£₪¥]|(?<![A-Za-z])[A-Z]{3})\s*$")
_SYMBOL_AFTER_RE = re.compile(r"\s*([$€£¢₪¥])")
_CODE_AFTER_RE = re.compile(r"\s*([A-Z]{3})(?![A-Za-z])")
#: a second day number after the first ("24 و26", "13 - 15", "13 إلى 15") before a month name
_DAY_CHAIN_RE = re.compile(r"\s*(?:(?:و|-|الي|حتي|/)\s*\d{1,2}\s*)?")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)$")
_AND_HALF_RE = re.compile(r"\s*ونصف(?!\w)")  # 3 ساعات ونصف
_RANGE_GAP_RE = re.compile(r"^\s*(?:(-|–)|(و|الي|حتي|ل)\s*|(و)\s+)$")


NOUN_KINDS = frozenset(CASUALTY + ("people", "duration", "other", "count"))
NOUN_POSITIONS = frozenset({"after", "before", "both", "context", "tail", "dual"})
OPTIONS = frozenset({"ordinals"})


def _checked(name: str, checks: dict) -> tuple:
    lex = load_tsv(name)
    for r in lex.rows:
        for column, allowed in checks.items():
            if r.get(column, "") not in allowed:
                raise RasidError("E140", f"{lex.path}: entry {r.get('form')!r} has unknown {column} "
                                         f"{r.get(column)!r} (one of {', '.join(sorted(allowed))})")
    return lex.rows


@lru_cache(maxsize=1)
def _noun_entries() -> tuple:
    rows = _checked("quantity_nouns.tsv", {"kind": NOUN_KINDS, "position": NOUN_POSITIONS})
    return tuple((r["form"], (r["kind"], r["unit"], r["position"])) for r in rows)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset]:
    """role -> folded forms, from quantity_function_words.tsv (function, time, others, age_cue, age_bound)."""
    roles = ("function", "time", "others", "age_cue", "age_bound")
    rows = _checked("quantity_function_words.tsv", {"role": frozenset(roles)})
    out: dict[str, set] = {r: set() for r in roles}
    for r in rows:
        out[r["role"]].add(fold(r["form"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _currency_rows() -> tuple:
    return _checked("currencies.tsv", {"type": frozenset({"noun", "adjective", "symbol", "code"})})


@lru_cache(maxsize=1)
def _date_entries() -> tuple:
    rows = _checked("quantity_contexts.tsv", {"type": frozenset({"month", "year_word", "hour_word", "label", "day_part",
                                                                  "governor", "name_head"})})
    solar = load_tsv("solar_months.tsv").rows  # the times layer's table: month only before a 13xx/14xx year
    return tuple((r["form"], r["type"]) for r in rows) + tuple((r["form"], "solar_month") for r in solar)


def _adj_stem(word: str) -> str:
    w = fold(word)
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    for suf in ("يه", "يا", "ين", "ون"):
        if w.endswith(suf) and len(w) > 4:
            return w[: -len(suf)] + "ي"
    return w


@register("quantities", requires=("tokens", "sentences"), assigns=("quantities",),
          description="numbers and typed quantities (killed, wounded, money…) — issue 4")
class QuantitiesComponent:
    """Find numbers and type them by the counted noun, currency and casualty context."""

    def __init__(self, config: dict):
        self.config = config or {}
        unknown = set(self.config) - OPTIONS
        if unknown:
            raise RasidError("E141", f"unknown quantities option(s): {', '.join(sorted(unknown))} "
                                     f"(known: {', '.join(sorted(OPTIONS))})")
        self.ordinals = self.config.get("ordinals", True)
        if not isinstance(self.ordinals, bool) and self.ordinals != "all":
            raise RasidError("E141", f"quantities option 'ordinals' must be true, false or \"all\", got {self.ordinals!r}")
        self.nouns = PhraseMatcher(_noun_entries(), suffixes=("ا",))
        self.noun_forms: dict[str, tuple] = {}
        for form, payload in _noun_entries():
            self.noun_forms.setdefault(fold_key(form), ())
            self.noun_forms[fold_key(form)] += (payload,)
        rows = _currency_rows()
        self.currencies = PhraseMatcher(
            [(r["form"], (r["family"], r["code"], r["type"])) for r in rows if r["type"] in ("noun", "code")], min_chars=1)
        self.adjectives = {(r["family"], _adj_stem(r["form"])): r["code"] for r in rows if r["type"] == "adjective"}
        self.symbols = {r["form"]: (r["family"], r["code"]) for r in rows if r["type"] == "symbol"}
        self.codes = frozenset(r["code"] for r in rows if r["type"] == "code")
        self.code_family: dict[str, str] = {}
        for r in rows:
            if r["type"] in ("noun", "adjective") and r["code"] and r["family"] != "cent":
                self.code_family.setdefault(r["code"], r["family"])
        self.dates = PhraseMatcher(_date_entries(), min_chars=1)
        fw = _function_words()
        self.not_nouns = fw["function"] | fw["time"]  # never a counted noun
        self.others = fw["others"]  # آخرين: continues the previous casualty figure
        self.age_bounds = fw["age_bound"]  # دون 18 عاما
        self.age_cue_re = re.compile(rf"{trie_alternation(fw['age_cue'])}\w*\s+(?:\w+\s+)?$")
        self.age_bound_re = re.compile(rf"{trie_alternation(self.age_bounds)}\s*$")
        cents = {fold(r["form"]) for r in rows if r["family"] == "cent" and r["type"] == "noun"}
        #: "20 دولار و43 سنت": the cents after a sum in another unit
        self.cents_re = re.compile(rf"\s*و\s*(\d{{1,2}})\s*{trie_alternation(cents)}ا?(?!\w)")

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        text_view(doc)
        norm, view = match_view(doc)
        ntext = norm.text
        if not ntext or not _DIGIT_RE.search(ntext) and not _ARABIC_RE.search(ntext):
            return
        nums = find_numbers(norm)
        ctx = _Context(self, doc, norm, view)
        ctx.number_starts = {n.num_start - len(n.prefix) for n in nums}
        records: list = []
        ctx.records = records
        for n in nums:
            if records and n.num_start < records[-1]["end"]:
                continue  # already part of the previous figure ("20 دولار و43 سنت")
            rec = ctx.type_number(n)
            if rec is not None:
                if rec["kind"] == "people" and rec["extra"].get("noun") in self.others and records \
                        and records[-1]["kind"] in CASUALTY and not rec["extra"].get("cue"):
                    rec["kind"] = records[-1]["kind"]  # مقتل 3 أشخاص و2 آخرين
                elif rec["kind"] in ("people", "count") and records and records[-1]["kind"] in CASUALTY and \
                        _AMONG_RE.match(ctx.text, records[-1]["end"], n.start - len(n.prefix)) is not None:
                    # 40 قتيلا بينهم 12 طفلا: part of the casualty figure before
                    if rec["kind"] == "count":
                        rec["extra"]["counted"] = rec["unit"]
                    rec["kind"], rec["unit"] = records[-1]["kind"], "person"
                    rec["extra"]["among"] = [records[-1]["start"], records[-1]["end"]]  # mapped below
                elif rec["kind"] in ("other", "people", "count") and records and records[-1]["kind"] in CASUALTY and \
                        _OF_THEM_RE.match(ctx.text, rec["end"]) is not None and \
                        not _SENT_END_RE.search(ctx.text, records[-1]["end"], rec["start"]):
                    # 320 ألف نازح …، تجمع نحو 60 ألفا منهم: a part of the casualty figure before
                    rec["kind"], rec["unit"] = records[-1]["kind"], "person"
                    rec["extra"]["among"] = [records[-1]["start"], records[-1]["end"]]
                records.append(rec)
            ctx.prev_end = n.num_end
        records = ctx.merge_ranges(records)
        records = ctx.add_duals(records)
        for r in records:
            s, e = norm.to_original(r["start"], r["end"])
            ns, ne = norm.to_original(r["num_start"], r["num_end"])
            extra = {"number": [ns, ne]}
            extra.update((k, v) for k, v in r["extra"].items() if k not in ("noun", "cue"))
            if "among" in extra:
                extra["among"] = list(norm.to_original(*r["extra"]["among"]))
            doc.add("quantities", Quantity(s, e, "", value=r["value"], unit=r["unit"], kind=r["kind"],
                                           approximate=r["approximate"], min=r["min"], max=r["max"], extra=extra))


class _Context:
    """Per-document look-ups (lexicon matches indexed by word start) shared by all numbers."""

    def __init__(self, comp: QuantitiesComponent, doc: Document, norm, view: str):
        self.c = comp
        self._orig = doc.text
        self.norm = norm
        self.text = norm.text
        self.view = view
        self.noun_at: dict[int, list] = {}
        # overlapping=True: the matcher's own longest-first pass is quadratic on very long texts;
        # the look-ups below keep the longest match per word start themselves
        self.noun_list = comp.nouns.find_in_view(norm, view, overlapping=True)
        for m in self.noun_list:
            self.noun_at.setdefault(m.nstart - len(m.prefix), []).append(m)
        self.cur_at: dict = {}
        for m in comp.currencies.find_in_view(norm, view, overlapping=True):
            k = m.nstart - len(m.prefix)
            if k not in self.cur_at or m.nend > self.cur_at[k].nend:
                self.cur_at[k] = m
        self.months = []
        self.year_words_end: dict[int, str] = {}
        self.day_parts: set = set()
        self.name_head_end: set = set()  # ends of name heads (مناورات، عملية…): digits after a name
        self.governors: list = []  # (start, end, pronominal) of عدد / حصيلة / عددهم
        self.records: list = []
        for m in comp.dates.find_in_view(norm, view, overlapping=True):
            types = set(m.payloads)
            if "solar_month" in types and _SOLAR_YEAR_RE.match(self.text, m.nend) and "month" not in types:
                self.months.append((m.nstart - len(m.prefix), m.nend))  # 13 آبان 1397
            if "name_head" in types:
                self.name_head_end.add(m.nend)
            if "day_part" in types:
                self.day_parts.add(m.nstart - len(m.prefix))
            if "governor" in types:
                self.governors.append((m.nstart, m.nend, m.key.endswith(("هم", "هن", "ها"))))
            if "month" in types:
                self.months.append((m.nstart - len(m.prefix), m.nend))
            for t in types:
                if t in ("year_word", "hour_word", "label"):
                    self.year_words_end[m.nend] = t
        self.month_starts = {s: e for s, e in self.months}
        self.month_ends = {e: s for s, e in self.months}
        stripped = self.text.strip()
        self.first_char = self.text.find(stripped[:1]) if stripped else 0
        self.last_char = self.first_char + len(stripped)
        self.number_starts: set = set()
        self.prev_end = 0
        self.blocked = sorted(m.span() for r in (_DATE_RE, _CLOCK_RE, _PHONE_RE) for m in r.finditer(self.text))
        self.blocked_starts = [b[0] for b in self.blocked]
        self.months.sort()
        self.month_starts_sorted = [m[0] for m in self.months]
        self.noun_list.sort(key=lambda m: m.nstart)
        self.noun_starts = [m.nstart for m in self.noun_list]
        self.governors.sort()
        self.gov_starts = [g[0] for g in self.governors]

    # -- helpers --------------------------------------------------------------------------------
    def _next_word(self, pos: int, quotes: bool = False):
        m = (_WORD_QUOTED_RE if quotes else _WORD_RE).match(self.text, pos)
        if not m:
            return None
        return m.start(1), m.end(1), m.group(1)

    def _in_month(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.month_starts_sorted, e)  # months starting before e
        return i > 0 and any(self.months[j][1] > s for j in range(max(0, i - 3), i))

    def _attributive(self, n: NumberParse, q: int) -> bool:
        """An ordinal word that qualifies a noun: after a word (الجولة السابعة، للمرة الثانية) or, in
        the construct state without the article, before one (أول أيام العيد، ثاني أكبر مدينة)."""
        raw = self.text[n.num_start:n.num_end]
        if q > 0 and self.text[q - 1].isalpha() and not _CLAUSE_END_RE.match(self.text, q - 1):
            return True
        if not raw.startswith("ال"):
            w = self._next_word(n.end)
            return bool(w) and not _CLAUSE_END_RE.search(self.text[n.end:w[0]])
        return False

    def _is_date_number(self, n: NumberParse) -> bool:
        t = self.text
        s0 = n.num_start - len(n.prefix)
        i = bisect.bisect_right(self.blocked_starts, n.num_start)
        if i and self.blocked[i - 1][0] <= n.num_start < self.blocked[i - 1][1]:
            return True
        if self._in_month(n.num_start, n.num_end):
            if not (n.words and n.value == 0):
                return True
            # صفر is also the month Safar: a date only next to a day or year in digits
            if re.search(r"\d\s*$", t[max(0, s0 - 4):s0]) or re.match(r"\s*\d", t[n.num_end:n.num_end + 4]):
                return True
        # a day: the number (or a chain "24 و26", "13 - 15", "13 إلى 15") right before a month name
        pos = n.num_end
        m = _DAY_CHAIN_RE.match(t, pos)
        p = m.end() if m else pos
        while p < len(t) and t[p] == " ":
            p += 1
        if p in self.month_starts and not n.words and n.value == int(n.value) and 1 <= n.value <= 31:
            return True
        # first number of a range "13 و15 يوليو" handled above; second number of "بين 24 و26 أغسطس"
        # a year right after a month name (أغسطس 2019، أغسطس/ آب 2019)
        gap_start = s0
        q = gap_start
        while q > 0 and t[q - 1] in " /,-":
            q -= 1
        if q in self.month_ends and not n.words:
            na = self._noun_after(n.end)
            if na is None or na[0] == "count":
                return True  # أغسطس 2019; but «منذ 8 أكتوبر 71 شخصا» counts people
        # عام 2019، الساعة 5
        if q in self.year_words_end:
            kind = self.year_words_end[q]
            if kind == "year_word" and not n.words and n.value == int(n.value) and 100 <= n.value <= 2200:
                return True
            if kind == "hour_word" and n.value == int(n.value) and 0 <= n.value <= 24:
                return True
            if kind == "label" and not n.words:
                return True
        # a label in brackets: كيلو (16)
        if q > 0 and t[q - 1] == "(":
            q2 = q - 1
            while q2 > 0 and t[q2 - 1] == " ":
                q2 -= 1
            if self.year_words_end.get(q2) == "label":
                return True
        # 2019 م / 1440 هـ
        after = t[n.num_end:n.num_end + 4]
        if re.match(r"\s*(?:م|هـ|ه)(?!\w)", after) and not n.words:
            return True
        return False

    def _bare_year(self, n: NumberParse, has_unit: bool) -> bool:
        raw = self.text[n.num_start:n.num_end]
        if n.start <= self.first_char and n.end >= self.last_char:
            return False  # a figure standing alone is a number, not a year
        return (not has_unit and not n.percent and not n.words and n.marker is None and raw.isdigit()
                and len(raw) == 4 and 1900 <= int(raw) <= 2100)

    def _currency_after(self, pos: int):
        """(family, code, end) of a currency right after ``pos``, with its country adjective."""
        t = self.text
        m = _SYMBOL_AFTER_RE.match(t, pos)
        if m:
            fam, code = self.c.symbols[m.group(1)]
            return fam, code, m.end()
        w = self._next_word(pos)
        if w and w[2] == "من":  # ملايين من الدولارات
            w2 = self._next_word(w[1])
            if w2 and w2[0] in self.cur_at:
                w = w2
        p = w[0] if w else None
        if p is None:
            m2 = _CODE_AFTER_RE.match(t, pos)
            if not m2 or (m2.start(1)) not in self.cur_at:
                return None
            p = m2.start(1)
        cm = self.cur_at.get(p)
        if cm is None:
            m2 = _CODE_AFTER_RE.match(t, pos)
            if m2 and m2.start(1) in self.cur_at:
                cm = self.cur_at[m2.start(1)]
            else:
                return None
        fam, code, _ = cm.payloads[0]
        fam = fam or self.c.code_family.get(code, "")
        end = cm.nend
        nxt = self._next_word(end)
        if nxt:
            adj = self.c.adjectives.get((fam, _adj_stem(nxt[2])))
            if adj:
                code, end = adj, nxt[1]
        if not code:
            code = None
        return fam, code, end

    def _noun_after(self, pos: int):
        """(kind, unit, start, end, surface, via_min) for the counted noun after ``pos``."""
        w = self._next_word(pos)
        if not w:
            return None
        s, e, word = w
        via = False
        if word == "من":
            w2 = self._next_word(e)
            if not w2:
                return None
            s, e, word = w2
            via = True
        ms = self.noun_at.get(s)
        if not ms and s > 0 and self.text[s - 1].isdigit():
            # 23عامًا: a noun glued to the digits escapes the matcher's word boundary
            key = fold_key(word)
            pay = self.c.noun_forms.get(key) or self.c.noun_forms.get(key[:-1] if key.endswith("ا") else "")
            if pay:
                ms = [Match(s, e, s, e, key, "", pay)]
        if ms:
            m = max(ms, key=lambda x: x.nend)
            for kind, unit, position in m.payloads:
                if position in ("after", "both") or (via or position == "context") and position != "before" and position != "tail":
                    return kind, unit, m.nstart, m.nend, m.key, via
            return None  # a cue or tail phrase (إصابة، بجروح), not a counted noun
        if word in self.c.not_nouns or len(word) < 2 or s in self.number_starts:
            return None
        roles = [r for _, _, r in segment_clitics(word)]
        if roles[0] == "conj" and word[0] == "و" or roles[0] == "prep" and (word[0] == "ل" or "det" in roles):
            return None  # وأطاح، لتعزيز، بالحديدة: a new clause or a prepositional phrase (بناية stays)
        if roles[0] == "conj" and ("det" in roles or len(word) < 4):
            return None  # فالجيش، فهو: ف opens a clause; a noun counted after a figure has no article
        # (14 فصيلا، 3 فرقاطات: a ف-initial word after a figure is its counted noun)
        if not _ARABIC_RE.search(word):
            return None
        if len(word) > 5 and (word.endswith("يين") or word.endswith("يون")) or not via and len(word) > 4 and word.endswith("يا"):
            return "people", "person", s, e, word, via  # nisba plurals: السوريين، العراقيون
        if len(word) > 3 and word.endswith("ي") and not via and self._big_before(pos):
            return "people", "person", s, e, word, via  # مليون سوري: a nisba singular after a large number
        return "count", word, s, e, word, via

    def _big_before(self, pos: int) -> bool:
        """A figure of two digits or more, or a thousand/million word, ends right before ``pos``."""
        return _BIG_BEFORE_RE.search(self.text, max(0, pos - 12), pos) is not None

    def _cue_before(self, start: int, floor: int):
        """The nearest casualty cue before ``start`` in the same clause (and after ``floor``)."""
        t = self.text
        lo = max(floor, start - 80)
        seg = t[lo:start]
        cut = None
        for m in _CLAUSE_END_RE.finditer(seg):
            cut = m.end()
        if cut is not None:
            lo += cut
        best = None
        i = bisect.bisect_left(self.noun_starts, lo)
        while i < len(self.noun_list) and self.noun_list[i].nstart < start:
            m = self.noun_list[i]
            i += 1
            if m.nend <= start:
                for kind, unit, position in m.payloads:
                    if kind in CASUALTY and position in ("before", "both", "context"):
                        best = kind
        return best

    def _governed(self, start: int):
        """The casualty kind of a figure governed from the head of its sentence: «عدد/حصيلة + casualty
        noun … إلى/بنحو N» or «casualty noun … عددهم N», with no other figure in between."""
        t = self.text
        lo = max(0, start - 400)
        for m in _SENT_END_RE.finditer(t, lo, start):
            lo = m.end()
        floor = max(lo, self.records[-1]["end"] if self.records else 0)
        i = bisect.bisect_left(self.gov_starts, start) - 1
        if i < 0 or self.governors[i][0] < floor:
            return None
        gs, ge, pronominal = self.governors[i]
        if pronominal:
            if start - ge > 25:
                return None
            best = None
            j = bisect.bisect_left(self.noun_starts, lo)
            while j < len(self.noun_list) and self.noun_list[j].nstart < gs:
                for kind, _, position in self.noun_list[j].payloads:
                    if kind in CASUALTY and position in ("context", "after", "both", "before"):
                        best = kind
                j += 1
            return best
        w = self._next_word(ge)
        if not w:
            return None
        for m in self.noun_at.get(w[0], ()):
            for kind, _, position in m.payloads:
                if kind in CASUALTY and position in ("context", "both", "after"):
                    return kind
        return None

    def _tail(self, pos: int):
        """A tail phrase (بجروح، حتفهم) within three words after ``pos``, same clause."""
        p = pos
        for _ in range(4):
            w = self._next_word(p, quotes=True)
            if not w:
                return None
            gap = self.text[p:w[0]].replace('"', " ")
            if _CLAUSE_END_RE.search(gap):
                return None
            if w[0] in self.number_starts:
                return None  # the next figure has its own nouns
            for m in self.noun_at.get(w[0], ()):
                if m.prefix[:1] in ("و", "ف"):
                    continue  # وأصيب: a new clause, not this figure's verb
                for kind, unit, position in m.payloads:
                    if position == "tail":
                        return kind
            p = w[1]
        return None

    def _coordinated(self, pos: int) -> list:
        """Nouns joined by و after a counted noun (قتيلا وجريحا، المشردين واللاجئين)."""
        out = []
        p = pos
        while True:
            w = self._next_word(p)
            if not w or not self.text[p:w[0]].strip() == "" or not w[2].startswith("و"):
                break
            ms = self.noun_at.get(w[0])
            if not ms:
                break
            m = max(ms, key=lambda x: x.nend)
            kinds = [k for k, u, pos_ in m.payloads if pos_ in ("after", "context")]
            if not kinds:
                break
            out.append((kinds[0], m.key, m.nend))
            p = m.nend
        return out

    # -- typing ---------------------------------------------------------------------------------
    def type_number(self, n: NumberParse):
        if n.is_ordinal:
            if not self.c.ordinals or self._in_month(n.num_start, n.num_end):
                return None
            q = n.num_start
            while q > 0 and self.text[q - 1] == " ":
                q -= 1
            if q in self.year_words_end:
                return None
            w = self._next_word(n.end)
            if w and w[0] in self.day_parts:
                return None  # حتى الثالثة فجرا: a clock time
            if n.words and self.c.ordinals != "all" and self._attributive(n, q):
                return None  # الجولة السابعة، أول أيام العيد: an adjective, not a figure
            return self._rec(n, n.start, n.end, "ordinal", None, {})
        if self._is_date_number(n):
            return None
        raw = self.text[n.num_start:n.num_end]
        if n.words and n.value == 1 and raw in ("احد", "احدي"):
            return None  # أحد المسؤولين: "one of", not a figure
        if n.fraction and n.value < 1 and not n.percent:
            return None  # نصف الجرحى: a share, not a figure
        s0 = n.num_start - len(n.prefix)
        if s0 >= 2 and self.text[s0 - 1] == "-" and self.text[s0 - 2].isascii() and self.text[s0 - 2].isalpha():
            return None  # F-16
        if n.num_end < len(self.text) and self.text[n.num_end:n.num_end + 1].isascii() and self.text[n.num_end:n.num_end + 1].isalpha() \
                and not re.match(r"[A-Z]{3}(?![A-Za-z])", self.text[n.num_end:n.num_end + 4]):
            return None  # 4G, 5km written together stays out
        extra: dict = {}
        start, end = n.start, n.end
        kind = unit = None
        # money: a symbol before, or a currency after
        cur = None
        mb = _SYMBOL_BEFORE_RE.search(self.text, max(0, s0 - 5), s0)
        if mb and (mb.group(1) in self.c.symbols or mb.group(1) in self.c.codes):
            fam, code = self.c.symbols.get(mb.group(1)) or (self.c.code_family.get(mb.group(1), ""), mb.group(1))
            cur = (fam, code, n.end)
            start = mb.start(1)
        elif s0 and self.text[s0 - 1].isascii() and self.text[s0 - 1].isalpha():
            return None  # F16, G7: part of a Latin name
        if cur is None and not n.percent:
            cur = self._currency_after(n.end)
        value = n.value
        if n.percent:
            kind, unit = "percent", "%"
        elif cur is not None:
            fam, code, cend = cur
            kind, unit = "money", code
            if fam:
                extra["currency"] = fam
            end = max(end, cend)
            if fam == "cent":
                extra["cents"] = value
                value = value / 100 if isinstance(value, (int, float)) else value
            else:
                # "20 دولار و43 سنت"
                mc = self.c.cents_re.match(self.text, end)
                if mc:
                    value = value + int(mc.group(1)) / 100
                    end = mc.end()
        else:
            na = self._noun_after(n.end)
            before = self._cue_before(start, self.prev_end)
            if not before and (na is None or na[0] in ("people", "count")):
                before = self._governed(start)
            tail = self._tail(na[3] if na else n.end)
            if na:
                kind, unit, _, nend, surface, via = na
                end = max(end, nend)
                extra["noun"] = surface
                if kind == "count":
                    unit = self._surface(na[2], na[3])
            if tail and kind in (None, "people", "count"):
                if kind == "count":
                    extra["counted"] = unit  # the noun as written; a casualty is counted in persons
                kind, unit = tail, "person"
            elif before and kind in (None, "people", "count"):
                if kind == "count":
                    extra["counted"] = unit
                kind, unit = before, "person"
                extra["cue"] = True
                unit = unit or "person"
            elif kind is None:
                kind = "other" if not n.vague else "count"
            if na:
                mh = _AND_HALF_RE.match(self.text, end)
                if mh and value == int(value):
                    value, end = value + 0.5, mh.end()  # 3 ساعات ونصف
                co = self._coordinated(na[3])
                if co:
                    extra["nouns"] = [na[4]] + [k for _, k, _ in co]
                    extra["kinds"] = [kind] + [k for k, _, _ in co]
                    end = max(end, co[-1][2])
            if kind == "duration" and unit == "year" and self._is_age(start, end, n):
                kind = "other"
                extra["age"] = True
        if self._bare_year(n, kind not in (None, "other")):
            return None
        if kind in ("other", "count") and not n.words and not n.marker and not n.percent \
                and self._in_name(s0, "noun" not in extra or kind == "count" and str(unit).startswith(("ال", "ب"))):
            return None  # مناورات نسور النيل 2، عملية درع الفرات 2، كوفيد-19: a digit in a name
        # a marker after the unit: "3.42$ على الاقل"
        from ..numbers import _after_re, _marker_types  # compiled once, shared with the parser
        bound = n.bound
        approximate = n.approximate
        if end > n.end:
            ma = _after_re().match(self.text, end)
            if ma:
                ty = _marker_types().get(("after", ma.group("m")))
                if ty in ("min", "max", "approx"):
                    if ty == "approx":
                        approximate = True
                    else:
                        bound = ty
                    end = ma.end()
        if n.vague:
            extra["vague"] = True
        if n.colloquial:
            extra["colloquial"] = True
        if n.marker:
            extra["marker"] = n.marker
        rec = self._rec(n, start, end, kind, unit, extra, value=value)
        if bound:
            rec[bound] = value
            rec["approximate"] = True
        rec["approximate"] = rec["approximate"] or approximate
        return rec

    def _in_name(self, s0: int, bare: bool) -> bool:
        """Digits that end a name rather than count: glued by a hyphen to an Arabic word (كوفيد-19،
        إس-400), or after a name head (``name_head`` in quantity_contexts.tsv: مناورات، عملية، سد،
        منظومة…) and up to three plain name words, when nothing is counted after them (``bare``)."""
        t = self.text
        if s0 >= 2 and t[s0 - 1] == "-" and _ARABIC_RE.match(t[s0 - 2]):
            return True
        if not bare:
            return False
        p = s0
        for _ in range(4):
            while p > 0 and t[p - 1] == " ":
                p -= 1
            if p in self.name_head_end:
                return True
            w = _WORD_BEFORE_RE.search(t, max(0, p - 30), p)
            if w is None or w.end() != p:
                return False
            word = w.group(1)
            if fold(word) in self.c.not_nouns or word.startswith(("و", "بال", "لل", "كال")) \
                    or w.start(1) in self.noun_at:
                return False  # a particle, a clause or phrase opener, or a counted/cue noun: not a name
            p = w.start(1)
        return False

    def _is_age(self, start: int, end: int, n: NumberParse) -> bool:
        """75 عاما after عمره/البالغ، between commas after a name (حفتر، 75 عاما،), or دون 24 عاما."""
        t = self.text
        seg = t[max(0, start - 30):start]
        if self.c.age_cue_re.search(seg):
            return True
        if n.marker in self.c.age_bounds or self.c.age_bound_re.search(seg):
            return True
        return bool(re.search(r",\s*$", seg) and re.match(r"\s*,", t[end:end + 3]))

    def _surface(self, s: int, e: int) -> str:
        os_, oe = self.norm.to_original(s, e)
        return self._orig[os_:oe]

    def _rec(self, n: NumberParse, start: int, end: int, kind, unit, extra, value=None) -> dict:
        return {"start": start, "end": end, "num_start": n.num_start, "num_end": n.num_end,
                "value": n.value if value is None else value, "unit": unit, "kind": kind,
                "approximate": bool(n.approximate or n.vague), "min": n.value if n.vague else None,
                "max": None, "extra": extra, "n": n}

    def add_duals(self, recs: list) -> list:
        """Dual nouns standing for two (قتل شخصين، إصابة جريحين) where no number precedes them."""
        duals = [m for m in self.noun_list if any(p == "dual" for _, _, p in m.payloads)]
        if not duals:
            return recs
        covered = [(r["start"], r["end"]) for r in recs]
        out = list(recs)
        for m in duals:
            if any(s <= m.nstart < e for s, e in covered):
                continue
            nxt = self._next_word(m.nend)
            if nxt and nxt[2] in ("اثنين", "اثنان", "اثنتين", "اثنتان"):
                continue  # قتيلين اثنين: the number word is read already
            kind, unit = next((k, u) for k, u, p in m.payloads if p == "dual")
            before = self._cue_before(m.nstart, 0)
            if before and kind == "people":
                kind = before
            out.append({"start": m.nstart, "end": m.nend, "num_start": m.nstart, "num_end": m.nend, "value": 2,
                        "unit": unit or "person", "kind": kind, "approximate": False, "min": None, "max": None,
                        "extra": {"dual": True}, "n": None})
        out.sort(key=lambda r: r["start"])
        return out

    def merge_ranges(self, recs: list) -> list:
        """بين 10 و20 دولار، من عشرة لعشرين دولار، 10-20 $ → one record with min and max."""
        out: list = []
        i = 0
        t = self.text
        while i < len(recs):
            a = recs[i]
            if i + 1 < len(recs) and a["kind"] != "ordinal" and recs[i + 1]["kind"] != "ordinal":
                b = recs[i + 1]
                bn = b["n"]
                gap = t[a["num_end"]:bn.num_start]
                m = _RANGE_GAP_RE.match(gap)
                if m and a["end"] == a["num_end"] or m and a["kind"] == b["kind"] and a["unit"] == b["unit"] and a["end"] <= bn.num_start:
                    before = t[max(0, a["start"] - 8):a["start"]]
                    has_bain = re.search(r"(?:^|\s)(?:ما )?بين\s*$", before) is not None
                    has_min = re.search(r"(?:^|\s)[وف]?من\s*$", before) is not None
                    dash = m.group(1) is not None
                    waw = (m.group(2) == "و") or m.group(3) is not None
                    to_word = m.group(2) in ("الي", "حتي")
                    if (waw and has_bain) or (not waw and (dash or has_min or to_word)):
                        lo, hi = a["value"], b["value"]
                        if a["n"].scale == 1 and bn.scale > 1 and isinstance(lo, (int, float)) and lo * bn.scale <= hi:
                            lo = lo * bn.scale  # ما بين 10.5 و11 مليار
                            lo = int(lo) if lo == int(lo) else lo
                        if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo <= hi:
                            start = a["start"]
                            if has_bain or has_min:
                                mm = re.search(r"(?:ما )?بين\s*$|[وف]?من\s*$", t[max(0, start - 8):start])
                                if mm:
                                    start = max(0, start - 8) + mm.start()
                            kind = b["kind"] if b["kind"] not in (None, "other") else a["kind"]
                            rec = dict(b)
                            rec.update(start=start, num_start=a["num_start"], value=None, min=lo, max=hi,
                                       kind=kind, unit=b["unit"] or a["unit"],
                                       approximate=a["approximate"] or b["approximate"],
                                       extra={**a["extra"], **b["extra"], "interval": True})
                            out.append(rec)
                            i += 2
                            continue
            out.append(a)
            i += 1
        return out
