"""Temporal expressions: grammar (compiled from data files), Hijri calendar and holidays, resolution.

``TimeTagger(default=...)`` finds and resolves the expressions of a normalised text; the pipeline
component ``times`` (``rasid.extract.times``) uses it and maps the spans back to the original text.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import re  # stdlib: these patterns need no `regex` feature and `re` scans them faster

from ..errors import RasidError
from .grammar import TE, Grammar, _lookahead, grammar
from .lexicon import alt, key, time_lexicon
from .resolve import resolve

_FROM_BEFORE = Grammar._FROM_BEFORE  # «من» right before the first day of a pair

#: a clause boundary between an expression and a later tense cue (folded text: إن/أن → ان)
_CLAUSE_BREAK = re.compile(r"(?<!\w)(?:[وف]?(?:ان|انه|انها|انهم|بان|لان|الذي|التي|حيث|بينما|لكن))(?!\w)|[:;,\"()]")

_SINCE = re.compile(r"(?<!\w)[وف]?(?:منذ|مند)\s+$")
#: what no tense cue contains (cues are word characters and spaces)
_CUE_STOP = re.compile(r"[^\w\s]")
_SINCE_KINDS = frozenset(("weekday", "date", "month", "holiday", "date_range", "range"))
_TO = re.compile(r"(?<!\w)الي(?!\w)")

__all__ = ["TE", "Grammar", "grammar", "resolve", "TimeTagger", "Found", "time_lexicon"]


@dataclass
class Found:
    nstart: int
    nend: int
    te: TE
    value: str | None
    granularity: str | None
    extra: dict
    tense: str | None


class TimeTagger:
    """Find temporal expressions in a normalised text and resolve them against a publication date.

    ``default`` is the direction assumed when neither the expression nor its sentence shows a tense:
    ``past`` (news narration, the default) or ``future`` (Duckling's convention).
    """

    def __init__(self, default: str = "past"):
        if default not in ("past", "future"):
            raise RasidError("E151", f"times: default_direction must be past or future, not {default!r}")
        self.default = default
        self.grammar = grammar()
        lx = time_lexicon()
        cues = lx.rel.get("cue", {})
        fut = [k for k, v in cues.items() if v == "future"]
        past = [k for k, v in cues.items() if v == "past"]
        not_fut = set(lx.rel.get("notfuture", {}))
        self._not_future = frozenset(not_fut)
        # a future cue: a listed word, or a verb with the future prefix سـ (سيعقد، ستقام، سنعمل)
        ctx = lx.context or {}
        # (every alternative starts with a letter, so the leading \b only lets the engine skip non-word
        # positions fast; it selects the same matches)
        # past narration: listed past cues and past-tense verbs (قال، قُتل، أعلنت، اجتمعوا); calls
        # (دعا/طالب … إلى + a day) point forward
        body = (rf"(?:[وف]?(?P<fut>{alt(fut)})|(?P<past>{alt(past)})"
                rf"|[وف]?(?P<call>{alt(ctx.get('call', ()))})"
                rf"|[وف]?(?P<pastv>{alt(ctx.get('past', ()))}(?:ت|وا|ا|تا|ن|تم)?)"
                rf"|(?P<sverb>[وف]?س[يتن]\w{{2,}})"
                rf"|(?P<was>[وف]?(?:كان|كانت|كانوا|لم)\s+)?[وف]?(?P<pres>ي(?!ال)\w{{3,7}}))(?!\w)")
        # at a word start, the possible first two letters of a cue are tested before the alternatives
        # (a look-ahead derived from the pattern, so the same matches; ≈ 12% faster)
        self._cue_rx = re.compile(r"\b(?<![\w])" + (_lookahead(body) or "") + body)
        self._not_present = frozenset(ctx.get("notpresent", ()))

    @staticmethod
    def _sentence(te: TE, sentences, n: int) -> tuple[int, int]:
        if sentences:
            i = bisect_right(sentences, (te.start, 1 << 60)) - 1
            if i >= 0 and sentences[i][0] <= te.start < sentences[i][1]:
                return sentences[i]
            return (0, n) if i < 0 else (sentences[i][0], n)
        return 0, n

    def cues(self, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
        out = []
        for m in self._cue_rx.finditer(text, lo, len(text) if hi is None else hi):
            if m.group("sverb"):
                w = m.group("sverb")
                w2 = w[1:] if w[0] in "وف" else w
                if w2 in self._not_future or w.endswith(("ه", "ات", "يا")) or len(w2) > 9:
                    continue
                out.append((m.start(), m.end(), "future"))
            elif m.group("fut"):
                out.append((m.start(), m.end(), "future"))
            elif m.group("pres"):
                # an imperfect verb (يلتقي، يصوت): the present announces what comes; after كان/لم it is past
                if m.group("was"):
                    out.append((m.start(), m.end(), "past"))
                elif m.group("pres") not in self._not_present:
                    out.append((m.start("pres"), m.end(), "present"))
            elif m.group("call"):
                out.append((m.start(), m.end(), "call"))
            else:
                out.append((m.start(), m.end(), "past"))
        return out

    def tag(self, text: str, published: dt.date | None,
            sentences: list[tuple[int, int]] | None = None) -> list[Found]:
        """``sentences``: normalised (start, end) spans used to find each expression's tense cues."""
        tes = self.grammar.find(text)
        if not tes:
            return []
        # tense cues are looked for only in the sentences that hold an expression
        spans = []  # [lo, hi, end of the last expression]
        for te in tes:
            lo, hi = self._sentence(te, sentences, len(text))
            if not spans or lo > spans[-1][1]:
                spans.append([lo, hi, te.end])
            else:
                if hi > spans[-1][1]:
                    spans[-1][1] = hi
                spans[-1][2] = max(spans[-1][2], te.end)
        # a cue that starts more than AFTER characters after the last expression serves none (see
        # _tense): the scan stops at the first punctuation mark beyond that point (cues are made of
        # word characters and spaces only, so no cue before it is cut)
        for sp in spans:
            far = sp[2] + self.AFTER + 1
            if far < sp[1]:
                m = _CUE_STOP.search(text, far, sp[1])
                if m:
                    sp[1] = m.start()
        # a direction word inside another expression (الأيام القادمة) belongs to that expression
        t_starts = [t.start for t in tes]  # tes are sorted and do not overlap

        def inside(c) -> bool:
            i = bisect_right(t_starts, c[0])
            return (i > 0 and tes[i - 1].end > c[0]) or (i < len(tes) and tes[i].start < c[1])

        cues = [c for lo, hi, _ in spans for c in self.cues(text, lo, hi) if not inside(c)]
        cue_starts = [c[0] for c in cues]
        out = []
        for te in tes:
            lo, hi = self._sentence(te, sentences, len(text))
            near = cues[bisect_left(cue_starts, lo):bisect_left(cue_starts, hi)]
            tense = self._tense(te, near, sentences, text)
            if te.kind in _SINCE_KINDS and _SINCE.search(text, max(0, te.start - 8), te.start):
                tense = "past"  # منذ السبت، منذ 7 أكتوبر: a starting point is behind us
                te.f["since"] = True
            try:
                value, gran, extra = resolve(te, published, tense, self.default)
            except (ValueError, OverflowError, KeyError, TypeError):
                value, gran, extra = None, None, {}
            out.append(Found(te.start, te.end, te, value, gran, extra, tense))
        return self._weekday_pairs(text, out)

    def _weekday_pairs(self, text: str, out: list[Found]) -> list[Found]:
        """«من الأحد إلى الخميس»: the second day never lies before the first.  After a move verb
        (تأجيل الجلسة من الأحد إلى الخميس) the new day moves a week on; otherwise (a span) in past
        narration the first day moves a week back, else the second one a week on."""
        g = self.grammar
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if (a.te.kind != "weekday" or b.te.kind != "weekday" or a.granularity != "day"
                    or b.granularity != "day" or not a.value or not b.value or b.value >= a.value
                    or a.te.f.get("dir") or b.te.f.get("dir") or a.te.f.get("rd") is not None
                    or not g.joiner.match(text[a.nend:b.nstart])
                    or not _FROM_BEFORE.search(text, max(0, a.nstart - 6), a.nstart)):
                continue
            week = dt.timedelta(days=7)
            if (a.tense or self.default) == "past" and (b.tense or self.default) == "past" and not g._moved(text, a.te):
                v = (dt.date.fromisoformat(a.value) - week).isoformat()
                out[i] = Found(a.nstart, a.nend, a.te, v, a.granularity, a.extra, a.tense)
            else:
                v = (dt.date.fromisoformat(b.value) + week).isoformat()
                out[i + 1] = Found(b.nstart, b.nend, b.te, v, b.granularity, b.extra, b.tense)
        return out

    #: how far after an expression a tense cue may stand (characters)
    AFTER = 40

    @classmethod
    def _tense(cls, te: TE, cues, sentences, text: str = "") -> str | None:
        lo, hi = cls._sentence(te, sentences, 1 << 60)
        best, best_d = None, None
        for s, e, kind in cues:
            if s < lo or e > hi or (s < te.end and te.start < e):
                continue
            if kind == "present":
                # only a weekday right after its verb: "يلتقي الرئيس نظيره الخميس"
                if te.kind == "weekday" and e <= te.start and te.start - e <= 30 \
                        and not _CLAUSE_BREAK.search(text, e, te.start):
                    kind = "future"
                else:
                    continue
            if kind == "call":
                # "دعا إلى التظاهر يوم الجمعة": the day of what is called for lies ahead
                if e <= te.start and _TO.search(text, e, te.start) and not _CLAUSE_BREAK.search(text, e, te.start):
                    kind = "future"
                else:
                    continue
            if e <= te.start:
                d = te.start - e
            elif s - te.end <= cls.AFTER and not _CLAUSE_BREAK.search(text, te.end, s):
                # "قال الوزير الثلاثاء إن الحكومة ستعلن…": a cue beyond إن/أن or a comma belongs to
                # another clause
                d = (s - te.end) * 1.5
            else:
                continue
            if best_d is None or d < best_d:
                best, best_d = kind, d
        return best


@lru_cache(maxsize=4)
def tagger(default: str = "past") -> TimeTagger:
    return TimeTagger(default)
