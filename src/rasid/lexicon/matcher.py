"""Clitic-aware phrase matching with an Aho-Corasick automaton.

The matcher runs over the document's *match view*: the normalised text (see ``rasid.text.normalize``)
with every character that is not a letter or digit replaced by a space, so it has exactly the
normalised view's length and offsets.  Keys are folded the same way and stored with a trailing space,
so the automaton itself only reports matches that end at a word boundary; the left boundary is then
checked in Python for the few matches left: the match must start a word, or follow a valid chain of
proclitics (و ف ب ل ك, e.g. وب in وبالقاهرة).  Keys beginning with the article ال also match the ``لل``
spelling (للقاهرة = ل + القاهرة).  Optional ``suffixes`` compile inflected variants into the automaton.

Matching is one C-level pass per document; the automaton is built once per matcher and matchers are
cached by the components that own them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable

import ahocorasick

from .. import document as _doc
from ..text.normalize import NormText, fold, normalize

_NONWORD_RE = re.compile(r"[\W_]")
_SPACES_RE = re.compile(r"\s+")

#: proclitic chains allowed before a lexicon match (normalised letters)
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
_LIL_PREFIXES = frozenset({"ل", "ول", "فل"})


def fold_key(s: str) -> str:
    """Fold a lexicon surface to its match-view form (normalised, non-word chars to single spaces)."""
    return _SPACES_RE.sub(" ", _NONWORD_RE.sub(" ", fold(s))).strip()


def match_view(doc: "_doc.Document") -> tuple[NormText, str]:
    """The document's normalised view and its match view (built once per document, cached in ``doc.views``)."""
    mv = doc.views.get("match")
    if mv is None:
        norm = doc.views.get("norm")
        if norm is None:
            norm = normalize(doc.text)
            doc.views["norm"] = norm
        mv = (norm, _NONWORD_RE.sub(" ", norm.text) + " ")
        doc.views["match"] = mv
    return mv


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon match.  ``start``/``end`` are original offsets of the entry itself (clitics excluded,
    except in the ``لل`` spelling where the span starts at the preposition); ``nstart``/``nend`` are
    normalised offsets; ``prefix`` is the proclitic chain before it; ``payloads`` are the entries' data."""

    start: int
    end: int
    nstart: int
    nend: int
    key: str
    prefix: str
    payloads: tuple[Any, ...]
    suffix: str = ""


class PhraseMatcher:
    """Compile ``(surface, payload)`` entries into an automaton and find them in documents."""

    def __init__(self, entries: Iterable[tuple[str, Any]], *, clitics: bool = True,
                 suffixes: Iterable[str] = (), min_chars: int = 2):
        self.clitics = clitics
        table: dict[str, list] = {}
        for surface, payload in entries:
            key = fold_key(surface)
            if len(key.replace(" ", "")) < min_chars:
                continue
            table.setdefault(key, []).append(payload)
        self.size = len(table)
        auto = ahocorasick.Automaton()
        sufs = [fold_key(s) for s in suffixes if fold_key(s)]
        lil = []
        for key, payloads in table.items():
            value = (key, tuple(payloads))
            variants = [("", key)] + [(s, key + s) for s in sufs]
            for suffix, k in variants:
                auto.add_word(k + " ", (value, suffix, False))
                if clitics and key.startswith("ال") and len(key) > 3:
                    lil.append(("ل" + k[2:] + " ", (value, suffix, True)))
        for word, data in lil:  # a لل spelling never hides a real key (لندن is not لل + الندن)
            if not auto.exists(word):
                auto.add_word(word, data)
        if len(auto) == 0:
            auto.add_word("\x00\x00", (("", ()), "", False))
        auto.make_automaton()
        self._auto = auto

    def __len__(self) -> int:
        return self.size

    def find(self, doc: "_doc.Document", *, overlapping: bool = False) -> list[Match]:
        norm, view = match_view(doc)
        return self.find_in_view(norm, view, overlapping=overlapping)

    def find_text(self, text: str, *, overlapping: bool = False) -> list[Match]:
        norm = normalize(text)
        return self.find_in_view(norm, _NONWORD_RE.sub(" ", norm.text) + " ", overlapping=overlapping)

    def find_in_view(self, norm: NormText, view: str, *, overlapping: bool = False) -> list[Match]:
        out: list[Match] = []
        rfind = view.rfind
        for end_idx, ((key, payloads), suffix, lil) in self._auto.iter(view):
            nend = end_idx  # index of the trailing space
            klen = len(key) + len(suffix) - (1 if lil else 0)
            nstart = nend - klen
            if nstart < 0:
                continue
            wstart = rfind(" ", 0, nstart) + 1
            prefix = view[wstart:nstart]
            if lil:
                if prefix not in _LIL_PREFIXES:
                    continue
                nstart -= 1  # the span starts at the preposition ل of لل
                prefix = prefix[:-1]
            elif prefix and (not self.clitics or prefix not in PROCLITICS):
                continue
            s, e = norm.to_original(nstart, nend - len(suffix))
            out.append(Match(s, e, nstart, nend - len(suffix), key, prefix, payloads, suffix))
        if overlapping or len(out) < 2:
            return out
        return longest_first(out)


def longest_first(matches: list[Match]) -> list[Match]:
    """Keep the longest non-overlapping matches (ties: leftmost), returned in text order.

    Greedy by length; overlap with the already chosen intervals is checked against their two
    neighbours in a sorted list (bisect), so the cost is O(n log n) plus list insertion.
    """
    starts: list[int] = []  # sorted starts of chosen intervals (chosen intervals never overlap)
    ends: list[int] = []
    chosen: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.nstart - m.nend, m.nstart)):
        i = bisect.bisect_left(starts, m.nstart)
        if i < len(starts) and starts[i] < m.nend:
            continue
        if i > 0 and ends[i - 1] > m.nstart:
            continue
        starts.insert(i, m.nstart)
        ends.insert(i, m.nend)
        chosen.insert(i, m)
    return chosen
