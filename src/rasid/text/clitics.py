"""Rule-based clitic segmentation of Arabic tokens (on the normalised form).

A token such as وبالمدينة holds several syntactic words: و (conjunction) + ب (preposition) + ال (article)
+ مدينة (stem).  :func:`segment` returns the pieces as (start, end, role) triples relative to the
normalised token, so callers can map each piece back to original offsets.  Roles:
``conj`` (و ف), ``prep`` (ب ل ك), ``fut`` (س), ``det`` (ال), ``stem``, ``pron`` (pronoun suffix).

The rules are deliberately conservative: a prefix letter is split off only when what remains is
plausible (definite article, known stem, enough letters) and the whole word is not listed in the
data file ``clitic_exceptions.tsv`` (words such as وزير or بريطانيا that merely begin with a clitic letter).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.loader import load_tsv
from .normalize import fold

_PRON_LONG = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا")
_PREP_STEMS = {"مع", "من", "عن", "علي", "في", "الي", "لدي", "عند", "حول", "بين", "امام", "خلف", "فوق", "تحت",
               "ان", "لكن", "ليت", "لعل", "عليه", "اليه"}
_DEF_RE = re.compile(r"^([وف]?)([بك]?)(ال)(\w{2,})$")
_LIL_RE = re.compile(r"^([وف]?)(ل)(ل)(\w{2,})$")
_PREFIX_RE = re.compile(r"^([وف]?)([بل]?)(\w+)$")
_FUT_RE = re.compile(r"^([وف]?)(س)([يتنا]\w{2,})$")


@lru_cache(maxsize=1)
def _exceptions() -> frozenset[str]:
    lex = load_tsv("clitic_exceptions.tsv")
    return frozenset(fold(r["word"]) for r in lex.rows)


@lru_cache(maxsize=65536)
def segment(word: str, original_last: str = "") -> tuple[tuple[int, int, str], ...]:
    """Split a normalised word into clitic pieces.

    ``original_last`` is the word's last letter in the original spelling (to tell ة, folded to ه,
    from the pronoun ه).  Returns ``((start, end, role), ...)`` covering the whole word.
    """
    exc = _exceptions()
    if len(word) < 3 or word in exc or not word[0].isalpha():
        return ((0, len(word), "stem"),)
    pieces: list[tuple[int, int, str]] = []
    pos = 0
    m = _DEF_RE.match(word)
    if m:
        for g, role in ((1, "conj"), (2, "prep"), (3, "det")):
            if m.group(g):
                pieces.append((m.start(g), m.end(g), role))
        pieces.append((m.start(4), len(word), "stem"))
        return tuple(pieces)
    m = _LIL_RE.match(word)
    if m and m.group(4) not in exc:
        if m.group(1):
            pieces.append((0, 1, "conj"))
        pieces.append((m.start(2), m.end(2), "prep"))
        pieces.append((m.start(3), m.end(3), "det"))
        pieces.append((m.start(4), len(word), "stem"))
        return tuple(pieces)
    m = _FUT_RE.match(word)
    if m and word[m.start(2):] not in exc and word not in exc and m.group(3) not in exc:
        if m.group(1):
            pieces.append((0, 1, "conj"))
        pieces.append((m.start(2), m.end(2), "fut"))
        pos = m.start(3)
    else:
        m = _PREFIX_RE.match(word)
        if m:
            conj, prep, rest = m.group(1), m.group(2), m.group(3)
            if prep and (len(rest) < 3 or prep + rest in exc):
                rest, prep = prep + rest, ""
            if conj and len(rest) < 3:
                rest, conj = conj + rest, ""
            if conj:
                pieces.append((0, 1, "conj"))
            if prep:
                pieces.append((len(conj), len(conj) + 1, "prep"))
            pos = len(conj) + len(prep)
    stem = word[pos:]
    suffix = ""
    if stem not in exc:
        for s in _PRON_LONG:
            if stem.endswith(s) and (len(stem) - len(s) >= 3 or stem[: -len(s)] in _PREP_STEMS):
                suffix = s
                break
        if not suffix and stem.endswith("ه") and original_last == "ه" and (len(stem) >= 4 or stem[:-1] in _PREP_STEMS):
            suffix = "ه"
    if suffix:
        pieces.append((pos, len(word) - len(suffix), "stem"))
        pieces.append((len(word) - len(suffix), len(word), "pron"))
    else:
        pieces.append((pos, len(word), "stem"))
    return tuple(pieces)
