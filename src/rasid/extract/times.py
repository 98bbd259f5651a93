"""Temporal expressions normalised to the publication date (issue 4).

The component runs the compiled temporal grammar (:mod:`rasid.temporal`) over the document's
normalised view, maps every span back to the original text (clitics excluded: بالأمس → الأمس) and
resolves it against ``meta.published`` into a TIMEX3-like ``value`` and ``granularity``.  Without a
publication date relative expressions keep ``value`` empty; absolute ones are still resolved.

Config: ``default_direction`` — ``past`` (news narration; default) or ``future`` (Duckling's
convention), the tense assumed when neither the expression nor its sentence shows one.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from ..document import Document, Time
from ..errors import RasidError
from ..pipeline import register
from ..temporal import tagger
from ..text import text_view


OPTIONS = frozenset({"default_direction"})


def _published(doc: Document) -> dt.date | None:
    p = doc.meta.published
    if not p:
        return None
    try:
        return dt.date.fromisoformat(str(p)[:10])
    except ValueError:
        return None


@register("times", requires=("tokens", "sentences"), assigns=("times",),
          description="temporal expressions normalised to the publication date — issue 4")
class TimesComponent:
    def __init__(self, config: dict):
        self.config = dict(config or {})
        unknown = set(self.config) - OPTIONS
        if unknown:
            raise RasidError("E151", f"unknown times option(s): {', '.join(sorted(unknown))} "
                                     f"(known: {', '.join(sorted(OPTIONS))})")
        self.tagger = tagger(self.config.get("default_direction", "past"))

    def __call__(self, doc: Document) -> None:
        if not doc.text:
            return
        tv = text_view(doc)
        norm = tv.norm
        ntext = norm.text
        sents = []
        if tv.sentences:
            # one searchsorted over the flat bounds, back to Python ints at once (cheap on short texts)
            flat = norm.offsets[:-1].searchsorted([x for s in tv.sentences for x in (s.start, s.end)],
                                                  side="left").tolist()
            sents = list(zip(flat[0::2], flat[1::2]))
        pub = _published(doc)
        names = _name_spans(doc)
        for f in self.tagger.tag(ntext, pub, sents):
            ns, ne = f.nstart, f.nend
            # trim spaces and punctuation the grammar may have taken at the edges
            while ns < ne and not ntext[ns].isalnum():
                ns += 1
            while ne > ns and not ntext[ne - 1].isalnum() and ntext[ne - 1] != ")":
                ne -= 1
            if ne <= ns:
                continue
            start, end = norm.to_original(ns, ne)
            if end <= start:
                continue
            if names and _inside_name(names, start, end):
                continue  # سوق الجمعة، جامعة 6 أكتوبر: part of a name found by the entities or places layer
            extra = dict(f.extra)
            approximate = extra.pop("approximate", None)
            extra["rule"] = f.te.rule
            if f.tense:
                extra["tense"] = f.tense
            doc.add("times", Time(start, end, "", value=f.value, granularity=f.granularity,
                                  approximate=True if approximate else None, extra=extra))


def _name_spans(doc: Document) -> tuple[list[int], list[tuple[int, int]]] | None:
    """Spans of the entities and places layers when they ran before times (the default order)."""
    spans = sorted((r.start, r.end) for layer in ("entities", "places") for r in doc.layers.get(layer, ())
                   if getattr(r, "start", None) is not None and r.end > r.start)
    if not spans:
        return None
    return [s for s, _ in spans], spans


def _inside_name(names, start: int, end: int) -> bool:
    """A time span lying inside a longer name span (the name holds more than the time words)."""
    starts, spans = names
    i = bisect_right(starts, start)
    for s, e in spans[max(0, i - 8):i]:  # names starting at or before the time; few overlap
        if s <= start and end <= e and e - s > end - start:
            return True
    return False
