"""Temporal expressions: grammar (compiled from data files), Hijri calendar and holidays, resolution.

``TimeTagger(default=...)`` finds and resolves the expressions of a normalised text; the pipeline
component ``times`` (``rasid.extract.times``) uses it and maps the spans back to the original text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from .grammar import TE, Grammar, grammar
from .lexicon import alt, key, time_lexicon
from .resolve import resolve

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
        if default not in ("past", "future", "nearest"):
            default = "past"
        self.default = default
        self.grammar = grammar()
        lx = time_lexicon()
        cues = lx.rel.get("cue", {})
        fut = [k for k, v in cues.items() if v == "future"]
        past = [k for k, v in cues.items() if v == "past"]
        not_fut = set(lx.rel.get("notfuture", {}))
        self._not_future = frozenset(not_fut)
        # a future cue: a listed word, or a verb with the future prefix سـ (سيعقد، ستقام، سنعمل)
        self._cue_rx = regex.compile(
            rf"(?<![\w])(?:[وف]?(?P<fut>{alt(fut)})|(?P<past>{alt(past)})|(?P<sverb>[وف]?س[يتن]\w{{2,}}))(?!\w)")

    def cues(self, text: str) -> list[tuple[int, int, str]]:
        out = []
        for m in self._cue_rx.finditer(text):
            if m.group("sverb"):
                w = m.group("sverb")
                w2 = w[1:] if w[0] in "وف" else w
                if w2 in self._not_future or w.endswith("ه") or w.endswith("ات") or len(w2) > 9:
                    continue
                out.append((m.start(), m.end(), "future"))
            elif m.group("fut"):
                out.append((m.start(), m.end(), "future"))
            else:
                out.append((m.start(), m.end(), "past"))
        return out

    def tag(self, text: str, published: dt.date | None,
            sentences: list[tuple[int, int]] | None = None) -> list[Found]:
        """``sentences``: normalised (start, end) spans used to find each expression's tense cues."""
        tes = self.grammar.find(text)
        if not tes:
            return []
        cues = self.cues(text)
        out = []
        for te in tes:
            tense = self._tense(te, cues, sentences)
            try:
                value, gran, extra = resolve(te, published, tense, self.default)
            except (ValueError, OverflowError, KeyError, TypeError):
                value, gran, extra = None, None, {}
            out.append(Found(te.start, te.end, te, value, gran, extra, tense))
        return out

    @staticmethod
    def _tense(te: TE, cues, sentences) -> str | None:
        lo, hi = 0, 1 << 60
        if sentences:
            for s, e in sentences:
                if s <= te.start < e:
                    lo, hi = s, e
                    break
        best, best_d = None, None
        for s, e, kind in cues:
            if s < lo or e > hi or (s < te.end and te.start < e):
                continue
            d = te.start - e if e <= te.start else (s - te.end) * 1.5
            if best_d is None or d < best_d:
                best, best_d = kind, d
        return best


@lru_cache(maxsize=4)
def tagger(default: str = "past") -> TimeTagger:
    return TimeTagger(default)
