"""Pairing quotation marks into quotations, and finding pull-quote lines.

Arabic news uses «…», “…”, ”…“ (reversed), "…" and ‘…’ interchangeably, often unbalanced.  Marks are
paired line by line (a news paragraph is a line), one stack per family (guillemets, double, single).
Whether a mark opens or closes is read from its context, not its glyph, because writers swap “ and ”:
a mark with a space (or line start, or an opening bracket/colon) before it and a letter after it
opens; a mark with a letter or punctuation before it and a space, punctuation or the line end after it
closes; anything else toggles.  A mark standing alone at a line start (the frame of a pull quote) is
ignored.  An opener left unclosed at the line end is recovered as a quotation running to the line end
(``unbalanced``); a closer with nothing open is dropped.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

FAMILIES = {"«": "guillemet", "»": "guillemet", "‹": "guillemet", "›": "guillemet",
            '"': "double", "“": "double", "”": "double", "„": "double", "‟": "double", "″": "double",
            "〝": "double", "〞": "double", "＂": "double",
            "‘": "single", "’": "single", "‚": "single", "‛": "single"}
_MARK_RE = re.compile("[" + re.escape("".join(FAMILIES)) + "]")
_OPEN_HINT = set("«‹")
_CLOSE_HINT = set("»›")
_BEFORE_OPEN = set(" \t(:[{-–—،,؛;\u200f\u200e")
_WORD_RE = re.compile(r"[^\W_]+")
#: longest quotation kept open by an unbalanced mark (characters)
MAX_UNBALANCED = 1200


@dataclass(slots=True)
class Quotation:
    open: int        # index of the opening mark
    close: int       # index of the closing mark, or the recovered end (unbalanced)
    start: int       # content start (after the opening mark, spaces skipped)
    end: int         # content end (before the closing mark, spaces skipped)
    family: str
    unbalanced: bool = False
    depth: int = 0   # 0 = outermost; 1 = inside another quotation …
    words: int = 0

    @property
    def outer_end(self) -> int:
        return self.close if self.unbalanced else self.close + 1


def _is_letter(c: str) -> bool:
    return c.isalnum() or c == "\u0640"


def _orientation(line: str, i: int) -> str:
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    opens = (before in _BEFORE_OPEN or before.isspace()) and (_is_letter(after) or after in FAMILIES)
    closes = (_is_letter(before) or before in ".!?؟…،,؛;)]") and (after.isspace() or not _is_letter(after))
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def find_quotations(text: str) -> list[Quotation]:
    """All quotations in ``text``, in order of their opening mark."""
    out: list[Quotation] = []
    for lm in re.finditer(r"[^\n]+", text):
        line = lm.group()
        base = lm.start()
        marks = [m.start() for m in _MARK_RE.finditer(line)]
        if not marks:
            continue
        if not _WORD_RE.search(_MARK_RE.sub("", line)):
            continue  # a line holding only marks: a pull-quote frame
        stacks: dict[str, list[int]] = {}
        found: list[tuple[int, int, str, bool]] = []
        for i in marks:
            c = line[i]
            fam = FAMILIES[c]
            if not line[:i].strip() and (i + 1 >= len(line) or line[i + 1].isspace()):
                continue  # dangling frame mark at the line start
            ori = _orientation(line, i)
            if ori == "either":
                if c in _OPEN_HINT:
                    ori = "open"
                elif c in _CLOSE_HINT:
                    ori = "close" if stacks.get(fam) else "open"
                else:
                    ori = "close" if stacks.get(fam) else "open"
            st = stacks.setdefault(fam, [])
            if ori == "open":
                st.append(i)
            elif st:
                found.append((st.pop(), i, fam, False))
            # a closer with nothing open is dropped
        for fam, st in stacks.items():
            if st:
                o = st[0]  # recover the outermost unclosed opener up to the line end
                found.append((o, min(len(line), o + MAX_UNBALANCED), fam, True))
        for o, c, fam, unbalanced in found:
            s, e = o + 1, c
            while s < e and line[s].isspace():
                s += 1
            while e > s and line[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            q = Quotation(base + o, base + c, base + s, base + e, fam, unbalanced)
            q.words = len(_WORD_RE.findall(line[s:e]))
            if q.words:
                out.append(q)
    out.sort(key=lambda q: (q.open, -q.close))
    # nesting depth
    stack: list[Quotation] = []
    for q in out:
        while stack and stack[-1].outer_end <= q.open:
            stack.pop()
        q.depth = len(stack)
        stack.append(q)
    return out


def frame_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines framed as pull quotes: a line right after a line holding only quotation marks,
    or a whole line wrapped in a pair of marks."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]*", text)]
    out = []
    prev_frame = False
    for s, e, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        only_marks = not _WORD_RE.search(_MARK_RE.sub("", stripped))
        if only_marks:
            prev_frame = True
            continue
        wrapped = len(stripped) > 2 and stripped[0] in FAMILIES and stripped[-1] in FAMILIES \
            and not _MARK_RE.search(stripped[1:-1])
        if prev_frame or wrapped:
            ls = s + (len(line) - len(line.lstrip()))
            le = e - (len(line) - len(line.rstrip()))
            if wrapped:
                ls, le = ls + 1, le - 1
            out.append((ls, le))
        prev_frame = False
    return out


class QuotationIndex:
    """Position look-ups over a document's quotations (bisect on opening marks; a quotation never
    crosses a line, so only the quotations of the current line are scanned)."""

    def __init__(self, text: str, quotations: list[Quotation]):
        self.text = text
        self.items = sorted(quotations, key=lambda q: q.open)
        self.opens = [q.open for q in self.items]
        self.by_open = {q.open: q for q in self.items}
        self.by_close = {q.close: q for q in self.items if not q.unbalanced}

    def containing(self, pos: int) -> list[Quotation]:
        """Quotations whose marks enclose ``pos`` (outermost first)."""
        out = []
        i = bisect.bisect_left(self.opens, pos) - 1
        line_start = self.text.rfind("\n", 0, pos) + 1
        while i >= 0 and self.items[i].open >= line_start:
            q = self.items[i]
            if q.open < pos < q.outer_end:
                out.append(q)
            i -= 1
        out.reverse()
        return out

    def inside(self, pos: int) -> bool:
        return bool(self.containing(pos))

    def within(self, start: int, end: int) -> list[Quotation]:
        """Quotations lying entirely in [start, end]."""
        i = bisect.bisect_left(self.opens, start)
        out = []
        while i < len(self.items) and self.items[i].open < end:
            if self.items[i].close <= end:
                out.append(self.items[i])
            i += 1
        return out
