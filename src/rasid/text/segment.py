"""Paragraphs, sentences, tokens and clitic words, all with offsets into the original text.

Tokenisation and sentence splitting run on the normalised view (one regex pass each) and map back
through its offset map, so diacritics, tatweel and digit scripts never break a token.

Sentence rules (documented in docs/text.md):
* a line break always ends a sentence (news paragraphs are lines);
* ``.`` ``!`` ``?`` ``؟`` and ``…`` end a sentence, but not ``،`` ``:`` or ``؛``;
* a dot between digits (3.5) or after an abbreviation (د. م. ص. from ``abbreviations.tsv``, or any
  single letter) does not end a sentence;
* inside a quotation («…», “…”, "…") nothing ends a sentence, so a quotation stays with its speech
  verb; closing quotes and brackets after the end mark stay in the sentence;
* segments holding no letter or digit (a stray quotation mark on its own line) are not sentences.
"""
from __future__ import annotations

import bisect
import gc
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np

from ..lexicon.loader import load_tsv
from .clitics import segment as clitic_segment
from .normalize import NormText, fold, normalize

#: a token: a word (letters), a number (digits with inner . or ,) or one other visible character.  The
#: alternatives start with disjoint characters, so their order does not change the matches; words
#: (the most frequent) come first and (?=\S) lets the scan skip spaces without trying each one
_TOKEN_RE = re.compile(r"(?=\S)(?:(?P<word>[^\W\d_]+)|(?P<num>\d+(?:[.,]\d+)*)|(?P<punct>\S))")
_END_RE = re.compile(r"[.!?\u2026\n]|\"")
#: a line's content from its first to its last non-space character (the stripped line, one C-level pass)
_PARA_RE = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")
_span = re.Match.span
_CLOSERS = "\"')]}»>"
_CONTENT_RE = re.compile(r"[^\W_]")
#: whitespace and quotation marks/brackets standing alone (followed by a space) at a sentence start
_DANGLING_RE = re.compile(r"(?:\s*[\"')\]]+(?=\s))*\s*")
#: maximum characters a quotation may hold a sentence open (recovery from unbalanced marks)
MAX_QUOTE = 1200


@dataclass(slots=True)
class Word:
    """One syntactic word inside a token (Stanza's Word): a clitic or the stem."""

    start: int
    end: int
    text: str
    role: str  # conj prep fut det stem pron
    norm: str


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    kind: str  # word | num | punct
    nstart: int
    nend: int
    sentence: int = -1
    _words: list | None = field(default=None, repr=False)
    _view: "TextView | None" = field(default=None, repr=False)

    @property
    def words(self) -> list[Word]:
        """Clitic segmentation of the token (computed on first access)."""
        if self._words is None:
            if self.kind != "word" or self._view is None:
                self._words = [Word(self.start, self.end, self.text, "stem", self.norm)]
            else:
                norm = self._view.norm
                last = self.text.rstrip()[-1:] if self.text else ""
                words = []
                for s, e, role in clitic_segment(self.norm, last):
                    os_, oe = norm.to_original(self.nstart + s, self.nstart + e)
                    words.append(Word(os_, oe, self._view.text[os_:oe], role, self.norm[s:e]))
                self._words = words
        return self._words

    @property
    def stem(self) -> Word:
        for w in self.words:
            if w.role == "stem":
                return w
        return self.words[-1]


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    index: int


@dataclass(slots=True)
class SentenceSpan:
    start: int
    end: int
    paragraph: int
    index: int
    # token range, filled when the view tokenises (lazily: a path that never asks for tokens, such as
    # the text layer + times, never runs the token pass); read through tok_start / tok_end
    _ts: int = 0
    _te: int = 0
    _view: "TextView | None" = field(default=None, repr=False, compare=False)

    @property
    def tok_start(self) -> int:
        """Index of the first token."""
        if self._view is not None:
            self._view._ensure_tokens()
        return self._ts

    @tok_start.setter
    def tok_start(self, v: int) -> None:
        self._ts = v

    @property
    def tok_end(self) -> int:
        """Index after the last token."""
        if self._view is not None:
            self._view._ensure_tokens()
        return self._te

    @tok_end.setter
    def tok_end(self, v: int) -> None:
        self._te = v


_NEXT_WORD_RE = re.compile(r"[\s,;:-]*([^\W\d_]+)")


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(fold(r["form"]) for r in load_tsv("cue_verbs.tsv").rows if r.get("position", "") != "before-only")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(fold(r["abbreviation"]).rstrip(".") for r in load_tsv("abbreviations.tsv").rows)


class TextView:
    """All text-layer structure of one document (not serialised; rebuilt from the text)."""

    def __init__(self, text: str, norm: NormText | None = None):
        self.text = text
        self.norm = norm if norm is not None else normalize(text)
        self._tokenised = False
        self.paragraphs = self._paragraphs()
        self.sentences = self._sentences()
        self._sent_starts = [s.start for s in self.sentences]
        self._tokens: list[Token] | None = None

    _LAZY = frozenset({"_matches", "_nspans", "_starts", "_ends", "_tok_starts", "_tok_ends"})

    def __getattr__(self, name: str):
        # the token arrays are built on first use (only reached when the attribute is not set yet)
        if name in TextView._LAZY and not self.__dict__.get("_tokenised", True):
            self._ensure_tokens()
            return self.__dict__[name]
        raise AttributeError(name)

    def _ensure_tokens(self) -> None:
        """Run the token pass once and attach each sentence's token range."""
        if self._tokenised:
            return
        self._tokenised = True
        self._tokenise()
        sents = self.sentences
        for s in sents:
            s._view = None
        if sents:
            bounds = np.asarray([(s.start, s.end) for s in sents], dtype=np.int64)
            first = np.searchsorted(self._ends, bounds[:, 0], side="right").tolist()
            after = np.searchsorted(self._starts, bounds[:, 1], side="left").tolist()
            prev_end = 0
            for sent, a, b in zip(sents, first, after):
                sent._ts = max(a, prev_end)
                sent._te = prev_end = max(b, sent._ts)

    # -- tokens -------------------------------------------------------------------------------------
    def _tokenise(self) -> None:
        """Token spans as arrays (one regex pass); the Token objects are built on first use."""
        matches = list(_TOKEN_RE.finditer(self.norm.text))
        self._matches = matches
        spans = np.fromiter(chain.from_iterable(map(_span, matches)), dtype=np.int64,
                            count=2 * len(matches)).reshape(-1, 2)
        self._nspans = spans
        if matches:
            self._starts = self.norm.offsets[spans[:, 0]]
            self._ends = self.norm.ends[spans[:, 1] - 1]
        else:
            self._starts = self._ends = np.zeros(0, dtype=np.int64)
        self._tok_starts = self._starts.tolist()
        self._tok_ends = self._ends.tolist()

    @property
    def tokens(self) -> list[Token]:
        """All tokens in text order (built once, on first access)."""
        if self._tokens is None:
            self._ensure_tokens()
            self._tokens = self._build_tokens()
        return self._tokens

    def _build_tokens(self) -> list[Token]:
        n = len(self._matches)
        sent_of = np.full(n, -1, dtype=np.int64)
        for si, sent in enumerate(self.sentences):
            sent_of[sent.tok_start:sent.tok_end] = si
        text = self.text
        # many small objects at once: pause the cyclic collector, which would otherwise rescan
        # the young generation every few hundred allocations (it halves the cost on long texts)
        paused = gc.isenabled()
        gc.disable()
        try:
            return [Token(s, e, text[s:e], m.group(), m.lastgroup, ns, ne, si, None, self)
                    for m, s, e, (ns, ne), si in zip(self._matches, self._tok_starts, self._tok_ends,
                                                     self._nspans.tolist(), sent_of.tolist())]
        finally:
            if paused:
                gc.enable()

    def _paragraphs(self) -> list[Paragraph]:
        # each non-blank line, without its leading and trailing white space
        return [Paragraph(s, e, i) for i, (s, e) in enumerate(m.span(1) for m in _PARA_RE.finditer(self.text))]

    # -- sentences ----------------------------------------------------------------------------------
    def _sentences(self) -> list[SentenceSpan]:
        ntext = self.norm.text
        abbrevs = _abbreviations()
        cuts: list[int] = []  # normalised indices where a sentence ends (exclusive)
        in_quote = False
        quote_open = -1
        n = len(ntext)
        for m in _END_RE.finditer(ntext):
            i = m.start()
            c = ntext[i]
            if c == "\n":
                cuts.append(i)
                in_quote = False
                continue
            if c == '"':
                in_quote = not in_quote
                quote_open = i if in_quote else -1
                if not in_quote and i > 0 and ntext[i - 1] in ".!?\u2026" and not self._cue_follows(i + 1):
                    cuts.append(i + 1)
                continue
            if in_quote and i - quote_open < MAX_QUOTE:
                continue
            if c == ".":
                if 0 < i < n - 1 and ntext[i - 1].isdigit() and ntext[i + 1].isdigit():
                    continue
                j = i
                while j > 0 and ntext[j - 1].isalpha():
                    j -= 1
                word = ntext[j:i]
                if word and (len(word) == 1 or word in abbrevs) and (j == 0 or not ntext[j - 1].isalnum()):
                    continue
                if i + 1 < n and ntext[i + 1] == ".":
                    continue  # part of an ellipsis; cut at its last dot
            end = i + 1
            while end < n and ntext[end] in _CLOSERS:
                if ntext[end] == '"':
                    if not in_quote:
                        break
                    in_quote = False
                end += 1
            cuts.append(end)
        cuts.append(n)
        sents: list[SentenceSpan] = []
        prev = 0
        para_starts = [p.start for p in self.paragraphs]
        content, dangling = _CONTENT_RE.search, _DANGLING_RE.match
        bounds: list[int] = []  # normalised (first, last) character of each sentence
        for cut in cuts:
            if content(ntext, prev, cut):
                ls = dangling(ntext, prev, cut).end()  # always matches (it may match nothing)
                le = cut
                while ntext[le - 1].isspace():  # the segment holds a non-space character
                    le -= 1
                bounds.append(ls)
                bounds.append(le - 1)
            prev = cut
        if bounds:
            # the original offsets of all bounds at once
            idx = np.asarray(bounds, dtype=np.int64)
            starts = self.norm.offsets[idx[0::2]].tolist()
            stops = self.norm.ends[idx[1::2]].tolist()
            bisect_right = bisect.bisect_right
            for i, (s, e) in enumerate(zip(starts, stops)):
                sents.append(SentenceSpan(s, e, max(0, bisect_right(para_starts, s) - 1), i))
        # token ranges are attached by _ensure_tokens on first use: a sentence holds the tokens that
        # end after its start and begin before its end (a token is never counted in two sentences)
        for sent in sents:
            sent._view = self
        return sents

    def _cue_follows(self, i: int) -> bool:
        """Is the word after normalised index ``i`` a speech verb (so a quote ending there stays with it)?"""
        m = _NEXT_WORD_RE.match(self.norm.text, i)
        if not m:
            return False
        w = m.group(1)
        cues = _speech_verbs()
        return w in cues or (w[:1] in "وف" and w[1:] in cues)

    # -- lookups ------------------------------------------------------------------------------------
    def token_at(self, pos: int) -> Token | None:
        i = bisect.bisect_right(self._tok_starts, pos) - 1
        if i >= 0 and self._tok_starts[i] <= pos < self._tok_ends[i]:
            return self.tokens[i]
        return None

    def token_index(self, pos: int) -> int:
        """Index of the token containing or following original offset ``pos``."""
        i = bisect.bisect_right(self._tok_starts, pos) - 1
        if i >= 0 and self._tok_ends[i] > pos:
            return i
        return i + 1

    def sentence_of(self, pos: int) -> SentenceSpan | None:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_tokens(self, sent: SentenceSpan) -> list[Token]:
        return self.tokens[sent.tok_start:sent.tok_end]
