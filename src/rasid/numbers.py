"""Arabic numbers: digits in any script, number words, fractions, percentages, ordinals, vague
quantities and approximation/bound markers.

Public API (stable; the times layer imports it)::

    parse_number(s)  -> NumberParse | None   # the whole string is one number expression
    find_numbers(t)  -> list[NumberParse]    # every number expression in a text, in order

``find_numbers`` works on the *normalised* view (``rasid.text.normalize``): pass a ``NormText`` and
the spans index ``norm.text`` (map them back with ``norm.to_original(start, end)``); pass a plain
``str`` and it is normalised internally and the spans index that string.

Candidates are found with one compiled regex over the text (digits, number words from
``number_words.tsv`` and ordinals from ``ordinals.tsv``, each optionally behind a clitic);
the few candidate chains are then read with Arabic number grammar (units before tens with و,
teens, hundreds, ألف/آلاف/ألفا/ألفين, millions, billions, ونصف, فاصلة) and qualified by the markers
of ``quantity_markers.tsv`` (نحو → approximate, أكثر من → min, أقل من → max, بالمئة → percent).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache
from typing import Any

from .errors import RasidError
from .lexicon.loader import load_tsv
from .lexicon.trie import trie_alternation
from .text.normalize import NormText, fold, normalize

__all__ = ["NumberParse", "parse_number", "find_numbers", "number_words", "to_number"]


@dataclass(frozen=True, slots=True)
class NumberParse:
    """One number expression.

    ``start``/``end`` cover the whole expression including markers (نحو …, … بالمئة);
    ``num_start``/``num_end`` the number itself (digits or words, clitics excluded).
    ``value`` is an int when integral, else a float.  ``bound`` is ``"min"`` or ``"max"`` for
    أكثر من / أقل من and vague quantities (عشرات → min 10).  ``vague`` is true for عشرات، مئات، آلاف…
    """

    value: int | float
    start: int
    end: int
    text: str
    num_start: int = -1
    num_end: int = -1
    approximate: bool = False
    bound: str | None = None
    is_ordinal: bool = False
    vague: bool = False
    percent: bool = False
    fraction: bool = False
    words: bool = False  # written (at least partly) in words
    colloquial: bool = False  # uses an Egyptian colloquial form
    marker: str | None = None  # the marker phrase as written (normalised), e.g. "نحو"
    prefix: str = ""  # clitic letters glued to the first token (و ب ل …)
    scale: int = 1  # the multiplier the number ends with (11 مليار → 10**9), for ranges "10.5 و11 مليار"

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


# --------------------------------------------------------------------------------------------------
# lexicons, compiled once

@dataclass(frozen=True)
class _Word:
    value: Fraction
    type: str
    colloquial: bool
    ordinal: bool = False


def _frac(s: str) -> Fraction:
    s = s.strip()
    if not s:
        return Fraction(0)
    return Fraction(s) if "/" in s else Fraction(s)


CARDINAL_TYPES = frozenset({"unit", "ten", "teen", "tens", "hundred", "hundreds", "mult", "mult_dual", "mult_acc",
                            "mult_plural", "vague_plural", "vague", "fraction", "fraction_plural", "point"})
ORDINAL_TYPES = frozenset({"unit", "unit_teen", "tens", "teen_suffix"})
MARKER_TYPES = frozenset({"approx", "min", "max", "percent", "range_from", "range_to", "sign"})
MARKER_POSITIONS = frozenset({"before", "after", "between"})


def _entry_value(lex, r: dict, typ: str) -> Fraction:
    try:
        return _frac(r["value"])
    except (ValueError, ZeroDivisionError):
        raise RasidError("E140", f"{lex.path}: entry {r.get('form')!r} has a bad value {r.get('value')!r}") from None


def _check(lex, r: dict, column: str, allowed: frozenset) -> str:
    v = r.get(column, "")
    if v not in allowed:
        raise RasidError("E140", f"{lex.path}: entry {r.get('form')!r} has unknown {column} {v!r} "
                                 f"(one of {', '.join(sorted(allowed))})")
    return v


def _word_table(name: str, types: frozenset, ordinal: bool) -> dict[str, _Word]:
    """Folded form -> entry of a number-word data file, types checked (E140)."""
    lex = load_tsv(name)
    out: dict[str, _Word] = {}
    for r in lex.rows:
        typ = _check(lex, r, "type", types)
        out[fold(r["form"])] = _Word(_entry_value(lex, r, typ), typ, not ordinal and r.get("variety") == "egy", ordinal)
    return out


@lru_cache(maxsize=1)
def number_words() -> dict[str, _Word]:
    """Folded cardinal form -> entry (from ``number_words.tsv``)."""
    return _word_table("number_words.tsv", CARDINAL_TYPES, False)


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, _Word]:
    """Folded ordinal form -> entry (from ``ordinals.tsv``)."""
    return _word_table("ordinals.tsv", ORDINAL_TYPES, True)


@lru_cache(maxsize=1)
def _markers() -> dict[str, list[tuple[str, str]]]:
    """position -> [(folded phrase, type)], longest first."""
    lex = load_tsv("quantity_markers.tsv")
    out: dict[str, list[tuple[str, str]]] = {}
    for r in lex.rows:
        _check(lex, r, "type", MARKER_TYPES)
        pos = _check(lex, r, "position", MARKER_POSITIONS)
        out.setdefault(pos, []).append((fold(r["form"]).replace("ـ", ""), r["type"]))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# digits: 1,234,567.89 | 1.234.567 | 10,8 (comma decimal) | 1.5 | .77 ; an optional minus sign
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+(?:[.,]\d+)?|\.\d+)"
_PRE = r"(?:[وف]??[بلك]??)"


@lru_cache(maxsize=1)
def _token_re() -> re.Pattern:
    vocab = set(number_words()) | set(_ordinal_words())
    words = trie_alternation(vocab)
    first = "".join(sorted({w[0] for w in vocab} | set("وفبلك")))
    return re.compile(
        rf"(?=[-.\d{re.escape(first)}])(?:(?<![\w.,])|(?<=[A-Z]))(?P<pre>{_PRE})(?:(?P<neg>-(?=\d))?(?P<d>{_DIGITS})(?:/(?P<den>\d+))?(?![\d])|(?P<w>{words})(?!\w))")


@lru_cache(maxsize=1)
def _before_re() -> re.Pattern:
    m = _markers()
    alts = _alt({p for p, _ in m.get("before", [])})
    return re.compile(rf"(?<!\w)(?:[وف]?[بل]?)(?P<m>{alts})\s*$")


@lru_cache(maxsize=1)
def _after_re() -> re.Pattern:
    m = _markers()
    alts = _alt({p for p, _ in m.get("after", [])})
    return re.compile(rf"\s*(?P<m>{alts})(?!\w)")


@lru_cache(maxsize=1)
def _marker_types() -> dict[tuple[str, str], str]:
    return {(pos, p): t for pos, v in _markers().items() for p, t in v}


# --------------------------------------------------------------------------------------------------
# reading a chain of number tokens

@dataclass
class _Tok:
    start: int  # span of the number itself (clitics excluded)
    end: int
    pre: str
    waw: bool  # joined to the previous token by و
    digits: bool
    value: Fraction
    type: str
    colloquial: bool
    ordinal: bool
    raw: str
    den: int | None = None


def _digits_value(s: str) -> Fraction:
    if "," in s and "." in s:
        s = s.replace(",", "") if s.index(",") < s.index(".") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        parts = s.split(",")
        s = s.replace(",", "") if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3 else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    return Fraction(s)


def _lex_token(m: re.Match) -> _Tok:
    pre = m.group("pre") or ""
    if m.group("d") is not None:
        v = _digits_value(m.group("d"))
        den = m.group("den")
        if den is not None and int(den) != 0:
            v = v / int(den)
        if m.group("neg"):
            v = -v
        s = m.start("neg") if m.group("neg") else m.start("d")
        return _Tok(s, m.end(), pre, False, True, v, "digits", False, False, m.group("d"),
                    int(den) if den else None)
    w = m.group("w")
    e = number_words().get(w)
    if e is None:
        e = _ordinal_words()[w]
    return _Tok(m.start("w"), m.end("w"), pre, False, False, e.value, e.type, e.colloquial, e.ordinal, w)


def _num(v: Fraction) -> int | float:
    if v.denominator == 1:
        return int(v)
    return float(v)


@dataclass
class _Acc:
    """An accumulating number while reading a chain."""

    toks: list = field(default_factory=list)
    total: Fraction = Fraction(0)
    current: Fraction = Fraction(0)
    cur_set: bool = False
    last_mult: Fraction | None = None  # multiplier applied last (for ونصف and order checks)
    last_type: str = ""
    vague: bool = False
    ordinal: bool = False
    fraction: bool = False
    point: bool = False
    decimals: int = 0

    @property
    def value(self) -> Fraction:
        return self.total + self.current


def _place(v: Fraction) -> int:
    """The smallest decimal place holding a non-zero digit of a whole number (25 -> 1, 300 -> 100)."""
    n = int(v)
    if n == 0 or n != v:
        return 0
    p = 1
    while n % 10 == 0:
        n //= 10
        p *= 10
    return p


def _try_add(acc: _Acc, t: _Tok, nxt: _Tok | None = None) -> bool:
    """Fold token ``t`` into ``acc`` if Arabic number grammar allows; False starts a new number."""
    ty = t.type
    if not acc.toks:
        return _start(acc, t)
    prev = acc.toks[-1]
    if acc.ordinal:
        # الحادي عشر / الخامس والعشرين / الثان والسبعون
        if ty in ("ten", "teen_suffix") and not t.waw and prev.type in ("unit", "unit_teen") and prev.ordinal and acc.value < 10:
            acc.current += 10
            return _push(acc, t)
        if t.waw and ty == "tens" and prev.type in ("unit", "unit_teen") and acc.value < 10:
            acc.current += t.value
            return _push(acc, t)
        return False
    if acc.point:
        if t.digits and t.den is None:
            acc.current += t.value / (10 ** len(t.raw.replace(",", "").replace(".", "")))
        elif ty == "unit" and not t.digits:
            acc.current += t.value / 10
        else:
            return False
        acc.point = False
        return _push(acc, t)
    if ty == "point":
        if acc.vague or acc.fraction or acc.total or acc.current != int(acc.current):
            return False
        acc.point = True
        return _push(acc, t)
    if t.ordinal:
        # an ordinal tens word after a cardinal unit and و: الواحد والثلاثون is handled as ordinal;
        # a cardinal followed by an ordinal word never joins
        return False
    if ty in ("mult", "mult_dual", "mult_acc", "mult_plural", "vague_plural"):
        group = acc.current
        if t.waw or ty == "mult_dual":
            # مليار ومليونان / مليار ومليون: a smaller round multiple after a larger multiplier
            base = t.value / 2 if ty == "mult_dual" else t.value
            if acc.cur_set or acc.last_mult is None or base >= acc.last_mult or ty in ("mult_plural", "vague_plural") \
                    or not t.waw:
                return False
            acc.total += t.value * 2 if ty == "mult_acc" else t.value
            acc.last_mult = base
            return _push(acc, t)
        if not acc.cur_set:
            if acc.total and prev.type in ("mult", "mult_acc", "mult_plural") and acc.last_mult is not None \
                    and t.value > acc.last_mult and ty in ("mult", "mult_plural"):
                acc.total *= t.value  # ألف مليون، خمسة آلاف مليون
                acc.last_mult = t.value
                return _push(acc, t)
            return False
        if acc.last_mult is not None and t.value == acc.last_mult and acc.total:
            return False
        if ty == "vague_plural" and not acc.vague:
            return False  # خمسة الآلاف: not a compound
        if ty == "mult_plural" and not acc.vague and not (prev.digits or 3 <= group % 100 <= 10):
            # ثلاثة آلاف; digits before a plural (3 ملايين) too
            return False
        if acc.last_mult is not None and t.value > acc.last_mult and acc.total:
            acc.total = (acc.total + group) * t.value
        else:
            acc.total += group * t.value
        acc.current = Fraction(0)
        acc.cur_set = False
        acc.last_mult = t.value
        return _push(acc, t)
    if ty == "hundred" and not t.waw and acc.cur_set and not prev.digits and prev.type == "unit" and 1 <= acc.current <= 9 and acc.total == 0 or (
            ty == "hundred" and not t.waw and acc.cur_set and not prev.digits and prev.type == "unit" and 1 <= acc.current <= 9 and acc.last_mult):
        acc.current *= 100  # ثلاث مئة
        return _push(acc, t)
    if ty in ("ten", "teen_suffix") and not t.waw and not prev.digits and prev.type == "unit" \
            and int(acc.current) == acc.current and 1 <= acc.current % 100 <= 9:
        acc.current += 10  # ثلاثة عشر
        return _push(acc, t)
    if ty == "fraction_plural" and not t.waw and not prev.digits and prev.type == "unit" and acc.cur_set:
        acc.current *= t.value  # ثلاثة أرباع
        acc.fraction = True
        return _push(acc, t)
    if ty == "fraction":
        if not t.waw:
            return False
        if acc.last_mult is not None and not acc.cur_set:
            acc.total += t.value * acc.last_mult  # مليون ونصف
            acc.fraction = True
            return _push(acc, t)
        if acc.cur_set and acc.current == int(acc.current) and acc.current < 1000:
            acc.current += t.value  # ثلاثة ونصف
            acc.fraction = True
            return _push(acc, t)
        return False
    if ty in ("unit", "ten", "teen", "tens", "hundred", "hundreds", "digits"):
        if acc.vague or acc.fraction:
            return False
        v = t.value
        if v != int(v) or v < 0:
            return False
        if not t.waw:
            # Egyptian: متين واحد وعشرين — a unit directly after hundreds
            if t.colloquial or prev.colloquial:
                if acc.cur_set and acc.current % 100 == 0 and acc.current and v < 100:
                    acc.current += v
                    return _push(acc, t)
            return False
        if acc.cur_set:
            if t.digits or prev.digits and acc.total == 0:
                return False  # 24 و26: two numbers
            cur = acc.current
            if ty == "tens" and 1 <= cur % 100 <= 9 and (cur % 100) == cur % 10 and prev.type == "unit":
                acc.current += v  # خمسة وعشرون / مئة وخمسة وعشرون
                return _push(acc, t)
            p = _place(cur)
            if p and v < p:
                acc.current += v
                return _push(acc, t)
            return False
        # after a multiplier: ألف ومئتان, 40 ألفاً و602 — but "270 ألفا و330 ألف" is two numbers
        if nxt is not None and not nxt.waw and nxt.type in ("mult", "mult_acc", "mult_plural") \
                and acc.last_mult is not None and nxt.value == acc.last_mult:
            return False
        if acc.last_mult is not None and v < acc.last_mult:
            acc.current = v
            acc.cur_set = True
            return _push(acc, t)
        return False
    return False


def _start(acc: _Acc, t: _Tok) -> bool:
    ty = t.type
    if t.ordinal:
        if ty in ("teen_suffix",):
            return False
        acc.ordinal = True
        acc.current = t.value
        acc.cur_set = True
        return _push(acc, t)
    if ty == "point":
        return False
    if ty in ("vague", "vague_plural"):
        acc.vague = True
        acc.current = t.value
        acc.cur_set = True
        return _push(acc, t)
    if ty == "mult_plural":
        acc.vague = True  # آلاف / ملايين alone
        acc.current = t.value
        acc.cur_set = True
        return _push(acc, t)
    if ty in ("mult", "mult_dual", "mult_acc"):
        acc.total = t.value * 2 if ty == "mult_acc" else t.value
        acc.last_mult = t.value / 2 if ty == "mult_dual" else t.value  # مليونان ونصف = 2.5 million
        return _push(acc, t)
    if ty in ("fraction", "fraction_plural"):
        acc.current = t.value
        acc.cur_set = True
        acc.fraction = True
        return _push(acc, t)
    acc.current = t.value
    acc.cur_set = True
    return _push(acc, t)


def _push(acc: _Acc, t: _Tok) -> bool:
    acc.toks.append(t)
    acc.last_type = t.type
    return True


def _fix_fraction_start(acc: _Acc, t: _Tok) -> bool:
    """نصف مليون: a fraction or vague word multiplied by a following multiplier."""
    if t.type in ("mult", "mult_acc") and not t.waw and len(acc.toks) == 1 and acc.fraction:
        acc.total = acc.current * t.value
        acc.current = Fraction(0)
        acc.cur_set = False
        acc.last_mult = t.value
        acc.fraction = False
        return _push(acc, t)
    return False


def _read_chain(toks: list[_Tok]) -> list[_Acc]:
    out: list[_Acc] = []
    acc = _Acc()
    for i, t in enumerate(toks):
        if acc.toks and _fix_fraction_start(acc, t):
            continue
        if _try_add(acc, t, toks[i + 1] if i + 1 < len(toks) else None):
            continue
        out.append(acc)
        acc = _Acc()
        t.waw = False
        _start(acc, t)
    if acc.toks:
        out.append(acc)
    # a dangling decimal point word is not part of the number
    cleaned = []
    for a in out:
        if a.point and len(a.toks) > 1:
            a.toks.pop()
            a.point = False
        if a.toks and a.toks[-1].type != "point" and not (a.ordinal and a.toks[0].type == "unit_teen" and len(a.toks) == 1):
            cleaned.append(a)
    return cleaned


# --------------------------------------------------------------------------------------------------
# finding numbers

def _chains(text: str) -> list[list[_Tok]]:
    chains: list[list[_Tok]] = []
    cur: list[_Tok] = []
    last_end = -1
    for m in _token_re().finditer(text):
        d = m.group("d")
        if d is not None and len(d) > 40:
            continue  # a digit run this long is an identifier, not a number
        try:
            t = _lex_token(m)
        except (ValueError, ZeroDivisionError):
            continue
        pre = t.pre
        if pre and pre != "و" and not t.digits and (len(t.raw) <= 3 or "ك" in pre):
            continue  # لست، بست: a clitic before a short number word is almost always another word
        gap = text[last_end:m.start()] if cur else ""
        if cur and not pre and not t.digits and t.raw.startswith("و") and t.raw[1:] in number_words() \
                and gap.strip() == "":
            pre = t.pre = "و"  # وأحد folds to واحد: inside a chain it is و + أحد
            t.start += 1
            t.raw = t.raw[1:]
        if cur and gap.strip() in ("", "و") and pre in ("", "و") and "\n" not in gap \
                and not (gap.strip() and pre):
            t.waw = pre == "و" or gap.strip() == "و"
            cur.append(t)
        else:
            if cur:
                chains.append(cur)
            cur = [t]
            t.waw = False
        last_end = m.end()
    if cur:
        chains.append(cur)
    return chains


def _qualify(text: str, acc: _Acc) -> NumberParse:
    first, last = acc.toks[0], acc.toks[-1]
    s, e = first.start, last.end
    if last.type == "fraction" and last.waw and len(acc.toks) > 1:
        mh = _HALF_SCALE_RE.match(text, e)
        if mh and (mh.group(1) is not None or _scale_key(acc.toks[-2].raw) == _scale_key(mh.group(2))):
            e = mh.end()  # مليون ونصف المليون / مليون ونصف مليون: the scale repeated (bare: the same word)
    value = acc.value
    approximate = False
    bound = "min" if acc.vague else None
    marker = None
    percent = False
    start, end = s, e
    types = _marker_types()
    # markers after the number (… بالمئة / … على الأقل / … تقريبا)
    m = _after_re().match(text, e)
    if m:
        ph = m.group("m")
        ty = types.get(("after", ph))
        if ty == "percent":
            percent = True
            end = m.end()
            m2 = _after_re().match(text, end)
            if m2 and types.get(("after", m2.group("m"))) in ("approx", "min", "max"):
                ty2 = types[("after", m2.group("m"))]
                approximate = approximate or ty2 == "approx"
                bound = ty2 if ty2 in ("min", "max") else bound
                marker = m2.group("m")
        elif ty in ("approx", "min", "max"):
            approximate = ty == "approx"
            bound = ty if ty != "approx" else bound
            marker = ph
            end = m.end()
    # a percent sign written before the digits (bidi typing: "%20", "٪٢٠")
    pre = first.pre
    ws = s - len(pre)
    if not percent and not pre and first.digits and ws > 0 and text[ws - 1] == "%" \
            and (ws < 2 or not text[ws - 2].isdigit()):
        percent = True
        ws -= 1
        start = ws
    # markers before it (نحو / أكثر من / أقل من)
    if not pre or pre == "و":
        m = _before_re().search(text, max(0, ws - 24), ws)
        if m:
            ph = m.group("m")
            ty = types.get(("before", ph))
            if ty in ("approx", "min", "max"):
                approximate = approximate or ty == "approx"
                if ty != "approx":
                    bound = ty
                marker = ph
                start = m.start("m")
            elif ty == "sign" and value > 0:
                value = -value
                start = m.start("m")
    if acc.vague:
        approximate = True
    words = any(not t.digits for t in acc.toks)
    return NumberParse(
        value=_num(value), start=start, end=end, text=text[start:end], num_start=s, num_end=e,
        approximate=approximate, bound=bound, is_ordinal=acc.ordinal, vague=acc.vague, percent=percent,
        fraction=acc.fraction or (value.denominator != 1 and not any(t.digits for t in acc.toks)),
        words=words, colloquial=any(t.colloquial for t in acc.toks), marker=marker, prefix=first.pre,
        scale=int(last.value) if last.type in ("mult", "mult_acc", "mult_plural", "mult_dual") and len(acc.toks) > 1 else 1)


_HALF_SCALE_RE = re.compile(r" +(ال)?(مليون|مليار|بليون|الف|ألف)(?![^\W\d_])")


def _scale_key(word: str) -> str:
    """مليون / المليون / ومليون / ألف → one key, to tell «مليون ونصف مليون» from «مليون ونصف ألف»."""
    w = word.replace("أ", "ا")
    return w[1:] if w.startswith("و") else w


@lru_cache(maxsize=1)
def _construct_only() -> frozenset[str]:
    """Folded forms that are numbers only in construct before a noun (مئتا → ميتا, also "dead");
    ``construct`` = 1 in ``number_words.tsv``."""
    return frozenset(fold(r["form"]) for r in load_tsv("number_words.tsv").rows if r.get("construct") == "1")


_FOLLOWED_BY_WORD = re.compile(r" +[^\W\d_]")


#: an ordinal written with digits after the article: الـ74 (the tatweel is gone in the normalised view)
_DEF_DIGITS_RE = re.compile(r"(?<![\w])[وفبل]?(ال|لل)(\d{1,4})(?![\d.,]\d|\d|[^\W\d_])")


def _find_in_normalised(text: str) -> list[NumberParse]:
    out: list[NumberParse] = []
    construct_only = _construct_only()
    for chain in _chains(text):
        for acc in _read_chain(chain):
            try:
                n = _qualify(text, acc)
            except (ValueError, ZeroDivisionError, OverflowError):
                continue
            if out and n.num_start < out[-1].end:
                continue  # inside the previous expression (… في المائة)
            if n.words and text[n.num_start:n.num_end] in construct_only and not _FOLLOWED_BY_WORD.match(text, n.num_end):
                continue  # مئتا needs its noun; alone, ميتا is "dead"
            if out and n.start < out[-1].end:
                n = replace(n, start=n.num_start, text=text[n.num_start:n.end], approximate=n.vague,
                            bound="min" if n.vague else None, marker=None)
            out.append(n)
    # الـ74: digits glued to the article are ordinals; the token regex never sees them (no word boundary)
    ords = [NumberParse(value=int(m.group(2)), start=m.start(2), end=m.end(2), text=m.group(2),
                        num_start=m.start(2), num_end=m.end(2), is_ordinal=True)
            for m in _DEF_DIGITS_RE.finditer(text)]
    if ords:
        out = sorted(out + ords, key=lambda n: n.start)
    return out


def find_numbers(text: str | NormText) -> list[NumberParse]:
    """Every number expression in ``text``, in text order.

    With a ``NormText`` the spans index ``norm.text`` (map with ``norm.to_original``); with a ``str``
    the string is normalised here and the spans index the string itself.
    """
    if isinstance(text, NormText):
        return _find_in_normalised(text.text)
    if not isinstance(text, str) or not text:
        return []
    norm = normalize(text)
    found = _find_in_normalised(norm.text)
    if norm.text == text:
        return found
    out = []
    for n in found:
        s, e = norm.to_original(n.start, n.end)
        ns, ne = norm.to_original(n.num_start, n.num_end)
        out.append(replace(n, start=s, end=e, text=text[s:e], num_start=ns, num_end=ne))
    return out


def parse_number(s: str) -> NumberParse | None:
    """Parse ``s`` as one number expression (markers allowed); None if it is not exactly one number.

    Spans index ``s`` itself.  ``parse_number("نحو 1,100") .value == 1100`` (approximate);
    ``parse_number("ثلاثة آلاف ومئتان").value == 3200``; ``parse_number("الخامس عشر").is_ordinal``.
    """
    if not isinstance(s, str):
        return None
    found = find_numbers(s)
    if len(found) != 1:
        return None
    n = found[0]
    rest = (s[:n.start] + " " + s[n.end:]).strip(" \t\n\u200f\u200e.,،")
    if rest and rest not in {"و", "ب", "ل", "ك", "ف", "وب", "ول", "-"} and fold(rest) != n.prefix:
        return None
    return n


def to_number(s: str) -> int | float | None:
    """The value of ``s`` read as one number, or None."""
    n = parse_number(s)
    return None if n is None else n.value
