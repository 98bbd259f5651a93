"""Normalised view of Arabic text with an exact offset map back to the original.

The normalised string folds orthographic variation that news writers treat as free:

* diacritics (tashkeel, U+064B–U+065F, superscript alef U+0670, Quranic marks) and tatweel (U+0640)
  are *removed*; so are invisible format characters (ZWJ/ZWNJ, LRM/RLM, BOM, bidi controls);
* alef/hamza variants أ إ آ ٱ → ا; ؤ → و; ئ → ي; alef maqsura ى → ي; taa marbuta ة → ه;
  Persian/Urdu letters ک → ك, ی ي → ي, ھ ہ → ه;
* Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9; Arabic decimal/thousands separators ٫ ٬ → . ,;
* punctuation variants: ، → ,  ؛ → ;  ؟ → ?  ٪ → %  and all quotation marks “ ” « » „ ‟ ″ → " ;
  ‘ ’ ‚ ‛ → ' ; dashes – — ― → - ; NBSP and other spaces → space.

Every mapping is one character to one character or a deletion, so the map back is an integer array:
``offsets[i]`` is the original index of normalised character ``i``.  Presentation forms (U+FB50–U+FEFF,
e.g. the lam-alef ligature) expand through NFKC on a slower path that keeps the same guarantee.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

# characters deleted from the normalised view
_DIACRITICS = "\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff"
_TATWEEL = "\u0640"
_FORMAT = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c"
DELETE_CLASS = f"[{_DIACRITICS}{_TATWEEL}{_FORMAT}]"
_DELETE_RE = re.compile(DELETE_CLASS)
#: characters that are deleted and belong to the preceding letter (a span ending on the letter keeps them)
ATTACHED_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}]+")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
#: deleted or presentation characters: one scan tells whether a text needs anything but the fold
_SPECIAL_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}{_FORMAT}\ufb50-\ufdff\ufe70-\ufefe]")
#: the characters of ATTACHED_RE (all in the Arabic blocks U+0600-U+08FF)
_ATTACHED_CHARS = frozenset(chr(c) for c in range(0x0600, 0x0900) if ATTACHED_RE.fullmatch(chr(c)))

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه",
    "ک": "ك", "ی": "ي", "ي": "ي", "ۍ": "ي", "ې": "ي", "ھ": "ه", "ہ": "ه", "ۀ": "ه", "ە": "ه",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"', "″": '"', "〝": '"', "〞": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\t": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)
for _c in "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008":
    _FOLD[_c] = " "

_TABLE = str.maketrans(_FOLD)
#: the same one-to-one fold as a lookup table over the Basic Multilingual Plane (for long strings,
#: where ``str.translate`` with a dict costs a Python-level lookup per character)
_LUT = np.arange(0x10000, dtype=np.uint32)
for _k, _v in _FOLD.items():
    _LUT[ord(_k)] = ord(_v)
_LUT.flags.writeable = False


def _fold_chars(s: str) -> str:
    """``s.translate(_TABLE)``, through one numpy lookup for long strings (same result)."""
    if len(s) < 256:
        return s.translate(_TABLE)
    try:
        a = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # lone surrogates
        return s.translate(_TABLE)
    if int(a.max()) < 0x10000:
        b = _LUT[a]
    else:
        b = np.where(a < 0x10000, _LUT[np.minimum(a, 0xFFFF)], a)
    return b.tobytes().decode("utf-32-le")


@dataclass(frozen=True)
class NormText:
    """A normalised string plus the map from its indices to indices of the original text."""

    text: str
    offsets: np.ndarray  # int64, len(text) + 1; offsets[len] == len(original)
    ends: np.ndarray  # int64, len(text); original end (exclusive) of each normalised char incl. attached marks
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text.

        A span ending on a letter also covers the diacritics and tatweel attached to that letter.
        """
        if start >= end:
            o = int(self.offsets[start])
            return o, o
        return int(self.offsets[start]), int(self.ends[end - 1])

    def to_normalised(self, orig_index: int) -> int:
        """The first normalised index whose original index is >= ``orig_index``."""
        return int(np.searchsorted(self.offsets[:-1], orig_index, side="left"))


def fold(s: str) -> str:
    """Normalise a string without keeping offsets (for lexicon keys and comparisons)."""
    if _PRESENTATION_RE.search(s):
        s = _PRESENTATION_RE.sub(_nfkc, s)
    return _fold_chars(_DELETE_RE.sub("", s))


def _nfkc(m: re.Match) -> str:
    return unicodedata.normalize("NFKC", m.group())


def normalize(original: str) -> NormText:
    """Build the normalised view of ``original`` with its offset map (C-level passes only)."""
    n = len(original)
    # one scan finds the deleted characters (and tells whether presentation forms occur)
    deleted = [m.start() for m in _SPECIAL_RE.finditer(original)]
    if deleted and _PRESENTATION_RE.search(original):
        pres = [m.start() for m in _PRESENTATION_RE.finditer(original)]
        # a few presentation forms (a ligature ﻻ in a news text): segment-wise; mostly them: char by char
        return _normalize_slow(original) if len(pres) * 8 > n else _normalize_presentation(original, pres)
    if deleted:
        keep = np.ones(n, dtype=bool)
        keep[np.asarray(deleted, dtype=np.int64)] = False
        kept = np.flatnonzero(keep).astype(np.int64)
        stripped = _DELETE_RE.sub("", original)
    else:
        kept = np.arange(n, dtype=np.int64)
        stripped = original
    text = _fold_chars(stripped)
    offsets = np.empty(len(kept) + 1, dtype=np.int64)
    offsets[:-1] = kept
    offsets[-1] = n
    ends = kept + 1
    if deleted:
        # extend each kept char over the attached marks (diacritics, tatweel) that follow it: the
        # runs of attached marks are read off the deleted positions (what ATTACHED_RE.finditer finds)
        runs_l: list[list[int]] = []
        for i in deleted:
            if original[i] in _ATTACHED_CHARS:
                if runs_l and runs_l[-1][1] == i:
                    runs_l[-1][1] = i + 1
                else:
                    runs_l.append([i, i + 1])
        runs = np.asarray(runs_l, dtype=np.int64).reshape(-1, 2)
        if len(runs):
            idx = np.searchsorted(kept, runs[:, 0], side="left") - 1
            ok = idx >= 0
            idx, runs = idx[ok], runs[ok]
            ok = ends[idx] == runs[:, 0]
            ends[idx[ok]] = runs[ok, 1]
    return NormText(text, offsets, ends, n)


def _normalize_presentation(original: str, pres: list[int]) -> NormText:
    """Text holding presentation forms (ﻻ, ﺍ…) at indices ``pres``: the stretches between them take
    the fast path (deletions, fold table), each presentation character expands through NFKC.  Same
    result as :func:`_normalize_slow`, with a Python step per presentation form instead of per character."""
    texts: list[str] = []
    offs: list[np.ndarray] = []
    prev = 0
    for i in pres + [len(original)]:
        if i > prev:  # a stretch without presentation forms: deletions and the fold table
            seg = original[prev:i]
            keep = np.ones(i - prev, dtype=bool)
            dels = [m.start() for m in _DELETE_RE.finditer(seg)]
            if dels:
                keep[np.asarray(dels, dtype=np.int64)] = False
                seg = _DELETE_RE.sub("", seg)
            texts.append(_fold_chars(seg))
            offs.append(np.flatnonzero(keep).astype(np.int64) + prev)
        if i < len(original):
            piece = _DELETE_RE.sub("", unicodedata.normalize("NFKC", original[i])).translate(_TABLE)
            texts.append(piece)
            offs.append(np.full(len(piece), i, dtype=np.int64))
        prev = i + 1
    kept = np.concatenate(offs) if offs else np.zeros(0, dtype=np.int64)
    n = len(original)
    offsets = np.empty(len(kept) + 1, dtype=np.int64)
    offsets[:-1] = kept
    offsets[-1] = n
    ends = kept + 1
    runs = np.asarray([m.span() for m in ATTACHED_RE.finditer(original)], dtype=np.int64).reshape(-1, 2)
    if len(runs) and len(kept):
        # extend the last character before each run of attached marks over it, if it touches the run
        idx = np.searchsorted(kept, runs[:, 0], side="left") - 1
        ok = idx >= 0
        idx, runs = idx[ok], runs[ok]
        ok = ends[idx] == runs[:, 0]
        ends[idx[ok]] = runs[ok, 1]
    return NormText("".join(texts), offsets, ends, n)


def _normalize_slow(original: str) -> NormText:
    out: list[str] = []
    offs: list[int] = []
    ends: list[int] = []
    for i, c in enumerate(original):
        if _DELETE_RE.match(c):
            if ATTACHED_RE.match(c) and ends and ends[-1] == i:
                ends[-1] = i + 1
            continue
        piece = unicodedata.normalize("NFKC", c) if _PRESENTATION_RE.match(c) else c
        piece = _DELETE_RE.sub("", piece).translate(_TABLE)
        for ch in piece:
            out.append(ch)
            offs.append(i)
            ends.append(i + 1)
    offs.append(len(original))
    return NormText("".join(out), np.asarray(offs, dtype=np.int64), np.asarray(ends, dtype=np.int64), len(original))
