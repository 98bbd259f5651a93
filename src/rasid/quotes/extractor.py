"""Direct and indirect quotes with their sources (issue 6).

The extractor works in one pass over the cue matches of a document (one Aho-Corasick pass over
``cue_verbs.tsv``), in text order:

* a **speech verb** (قال، أكد …) looks ahead in its sentence for what introduces the content: a
  complementiser (إن/أن/بأن, optionally after إلى/على), a colon, a quotation mark, or the preposition
  the data file allows for that verb (أعلن عن).  The words between the verb and that point name the
  speaker (VSO); when there are none the speaker stands before the verb (SVO: مسؤولون في الحقل قالوا
  إن) or is a pronoun and the previous speaker is carried over (وأضاف أن، لكنه قال).  A quotation right
  before the verb (“…”، قال المصدر) is its content.
* a **participle** (مضيفاً، مستطرداً أنه “…”) continues the previous speaker.
* a **sourcing preposition** (بحسب، وفقاً لـ، نقلاً عن) names its source after it; the content is the
  rest of the clause (the part before it, or after it when it opens the sentence).  It only counts
  when what follows is recognisably a source (a lexicon noun, outlet, document or entity).
* a **relative phrase** (حسبما أكد مصدر طبي، بحسب ما قاله مسؤولون) combines both.

Content runs to the end of the sentence or to the next cue that starts a new statement.  A content
holding a quotation of three words or more is ``direct``, otherwise ``indirect``.  Quotations of six
words or more that no cue claims become direct quotes of their own.  Pull-quote lines (framed by lines
holding only quotation marks, or short standalone lines that repeat a body sentence) are marked
``extra.pullquote``.  Sources are described by :mod:`rasid.quotes.sources`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..document import Document, Quote, Source
from ..text import text_view
from . import lexicons as L
from ..lexicon.matcher import longest_first
from .marks import Quotation, QuotationIndex, find_quotations, frame_lines
from .sources import SourceAnalyzer, definite

_SENT_PUNCT = frozenset(".!?؟…")
_CLAUSE_PUNCT = frozenset("،,;؛:-–—()")
_TRIM = " \t\n،,;؛:-–—.()"
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_STOP_RE = re.compile(r"(?<!\d)[.!?؟](?=\s)|--+")  # full stops, and the dash of a dateline (… (CNN)--)

#: a quotation this long (words) with no cue is still reported as a direct quote
MIN_FREE_QUOTATION = 6
#: a quotation this long (words) inside reported content makes the quote direct
MIN_DIRECT_WORDS = 3
#: how far (tokens) a verb looks ahead for what introduces its content
LOOKAHEAD = 45
#: a speaker phrase this long (tokens) must start with a known source word or entity
MAX_PLAIN_SPEAKER = 8


@dataclass
class _Cand:
    cue_start: int
    cue_end: int
    cue_text: str
    cue_type: str
    sentence: int
    content_start: int
    content_end: int | None = None
    quotation: Quotation | None = None      # a quotation that is the content
    src_region: tuple[int, int] | None = None  # token range naming the speaker
    src_mode: str = "vso"                     # vso | svo | carry | prep
    starts_statement: bool = True             # cuts the content of an earlier cue in the sentence
    extra: dict = field(default_factory=dict)


class QuoteExtractor:
    """The quote component's engine.  Holds only the compiled lexicons (read-only, shared); each
    document is processed by its own :class:`_DocRun`, so one extractor may serve several threads."""

    def __init__(self, config: dict | None = None):
        self.config = dict(config or {})
        self.lex = L.lexicons()

    def __call__(self, doc: Document) -> None:
        _DocRun(self.lex)(doc)


class _DocRun:
    """The per-document state of one extraction (views, quotation index, candidates)."""

    def __init__(self, lex: L.Lexicons):
        self.lex = lex
        self.sources = SourceAnalyzer(lex)

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        text = doc.text
        if not text or not text.strip():
            doc.extra["sourcing"] = _profile([])
            return
        tv = text_view(doc)
        if not tv.sentences:
            doc.extra["sourcing"] = _profile([])
            return
        self.doc, self.tv, self.text = doc, tv, text
        self.tokens = tv.tokens
        self.quotations = find_quotations(text)
        self._qi = QuotationIndex(text, self.quotations)
        self._frames = frame_lines(text)
        self._q_by_open = self._qi.by_open
        cues = _drop_overlapped_channels(self.lex.cues.find(doc, overlapping=True))
        cues = longest_first(cues)
        self.sources.prepare(doc, tv, cues, self.quotations)
        self._cue_at: dict[int, tuple] = {}
        for m in cues:
            cue = _pick(m.payloads)
            ti = tv.token_index(m.start)
            self._cue_at[ti] = (m, cue)
        cands = self._candidates(cues)
        self._set_content_ends(cands)
        quotes = self._build(cands)
        quotes += self._free_quotations(quotes)
        quotes.sort(key=lambda q: (q.start, q.end))
        self._pullquotes(quotes)
        for q in quotes:
            doc.add("quotes", q)
        doc.extra["sourcing"] = _profile(quotes)

    # -- candidates -------------------------------------------------------------------------------
    def _candidates(self, cues) -> list[_Cand]:
        out: list[_Cand] = []
        consumed: set[int] = set()
        for m in cues:
            cue = _pick(m.payloads)
            ti = self.tv.token_index(m.start)
            if ti in consumed or ti >= len(self.tokens):
                continue
            tok = self.tokens[ti]
            if tok.sentence < 0:
                continue
            tj = self.tv.token_index(m.end)
            if any(p.type == "impersonal" for p in m.payloads) and tj < len(self.tokens) and \
                    self.tokens[tj].norm in L.COMPLEMENTISERS | L.BRIDGE:
                continue  # يُذكر أن: the writer's narration, no speaker
            if cue.type in ("verb", "participle"):
                c = self._speech(m, cue, ti, tj)
                if c is not None and c.src_region is not None:
                    consumed.update(range(*c.src_region))  # ذكرت الصحيفة، نقلاً عن مصدر، أن …
            elif cue.type == "demand":
                c = self._demand(m, cue, ti, tj)
            elif cue.type == "prep":
                c = self._prep(m, cue, ti, tj, m.start, m.end, None)
            elif cue.type == "relative":
                if cue.context == "parenthetical" and not (ti > 0 and self.tokens[ti - 1].text in "-–—(،,"):
                    continue
                nxt = self._cue_at.get(tj)
                if nxt is None or nxt[1].type != "verb":
                    continue
                consumed.add(tj)
                vm = nxt[0]
                c = self._prep(m, cue, ti, self.tv.token_index(vm.end), m.start, vm.end, vm)
            else:
                continue
            if c is not None:
                out.append(c)
        return out

    def _sent(self, ti):
        return self.tv.sentences[self.tokens[ti].sentence]

    def _is_cue_token(self, k: int, types=("verb", "participle")) -> bool:
        hit = self._cue_at.get(k)
        return hit is not None and hit[1].type in types and hit[1].context != "object-only"

    def _speech(self, m, cue, ti, tj) -> _Cand | None:
        sent = self._sent(ti)
        toks = self.tokens
        intro = None
        k = tj
        stop = min(sent.tok_end, tj + LOOKAHEAD)
        if ti > 0 and toks[ti - 1].norm in ("لم", "لن", "لا") and cue.type == "verb":
            return None  # a negated verb (لم تعلن عن) reports no statement
        short_q = None
        while k < stop:
            t = toks[k]
            if t.kind == "punct":
                if t.text == ":":
                    intro = ("colon", k)
                    break
                q = self._q_by_open.get(t.start)
                if q is not None:
                    if q.words <= 4 and not q.unbalanced and short_q is None:
                        # a short quoted name (لـ"العربي الجديد"، "فرحان حق") inside the speaker phrase
                        short_q = (k, q)
                        k = self.tv.token_index(q.outer_end)
                        continue
                    intro = ("quote", k)
                    break
                if t.text in _SENT_PUNCT:
                    break
                k += 1
                continue
            n = t.norm
            if cue.context in ("object-only", "nominal-only") and n in L.COMPLEMENTISERS:
                break
            if n in L.COMPLEMENTISERS:
                prev = toks[k - 1].norm if k > tj else ""
                if prev in L.NOT_SPEECH_BEFORE_AN:
                    break
                intro = ("comp", k)
                break
            if cue.object and n == cue.object and (k - tj <= 4 or toks[k - 1].text in "،," or (
                    cue.context == "fragment" and k - tj <= 8 and self._quoted_in_clause(k, sent))) and \
                    not (k + 1 < stop and toks[k + 1].norm in L.COMPLEMENTISERS):
                intro = ("object", k)
                break
            if k > tj and self._is_cue_token(k):
                break
            k += 1
        if intro is None and short_q is not None and short_q[1].words >= 2 and short_q[0] - tj <= 3:
            intro = ("quote", short_q[0])
        verb_tok = self.tokens[ti]
        c = _Cand(m.start, m.end, self.text[m.start:m.end], cue.type, verb_tok.sentence, -1)
        c.starts_statement = cue.type == "participle" or m.prefix[:1] in ("و", "ف") or self._after_comma(ti) or \
            self._after_contrast(ti)
        c.extra["lemma"] = cue.lemma
        c.extra["context"] = cue.context
        if cue.context == "nominal-only":
            intro = None  # قرر أن …: only the verbal-noun reading below counts
        if intro is None:
            q = self._quotation_before(ti) if cue.context != "nominal-only" else None
            if q is None:
                if cue.context in ("nominal", "nominal-only"):
                    return self._nominal(c, tj, sent)
                return None
            c.quotation = q
            c.content_start, c.content_end = q.start, q.end
            e = self._clause_end(tj, sent)
            c.src_region = (tj, e)
            c.src_mode = "vso" if e > tj else "carry"
            c.extra["position"] = "after"
            c.starts_statement = False
            return c
        kind, k = intro
        region_end = k
        while region_end > tj and toks[region_end - 1].norm in L.BRIDGE:
            region_end -= 1
        if kind == "colon":
            cs = toks[k].end
            if k + 1 < sent.tok_end and toks[k + 1].norm in L.COMPLEMENTISERS:
                cs = toks[k + 1].end
        elif kind == "quote":
            cs = toks[k].start
        else:
            cs = toks[k].end
        c.content_start = cs
        if cue.type == "participle":
            c.src_mode = "carry"
            c.src_region = None
        elif region_end > tj:
            if cue.context == "fragment" and not L.fold_word(cue.form).endswith(("ه", "ها", "هم")) and kind == "comp" and \
                    region_end - tj >= 2 and toks[region_end - 1].kind == "word":
                region_end -= 1  # وصف الوزير الهجوم بأنه …: the last word is the verb's object
            c.src_region = (tj, region_end)
            c.src_mode = "vso"
        else:
            c.src_mode = "svo"
        if kind == "object":
            c.extra["object"] = toks[k].text
        return c

    def _nominal(self, c: _Cand, tj: int, sent) -> _Cand | None:
        """أعلنت الوزارة رفع حظر التجول / قرر الاتحاد تعليق عضوية …: a speaker phrase right after the
        verb, then a verbal noun in the construct state that opens the announced content."""
        toks = self.tokens
        e = self._clause_end(tj, sent)
        if e - tj < 2 or toks[tj].kind != "word":
            return None
        k = self.sources.np_end(tj, e)
        chan_at = None
        for _ in range(4):
            k0 = k
            # a name the entity layer knows may follow a title (وزير الخارجية … رمطان لعمامرة)
            # entities ending at or before the current token can neither contain it nor start at it
            for en in self.sources.ents.reaching(toks[min(k, e - 1)].start):
                if en.start >= toks[min(k, e - 1)].end:
                    break
                if en.start < toks[min(k, e - 1)].start < en.end or (k < e and en.start == toks[k].start):
                    k = max(k, self.tv.token_index(en.end))
            if k > k0:
                k = self.sources.np_end(k - 1, e) if k < e else k
                continue
            # one title word before a name the entity layer knows (الفريق أول عبد الفتاح …)
            if k + 1 < e and toks[k].kind == "word" and bool(
                    self.sources.pers.between(toks[k + 1].start, toks[k + 1].start + 1)):
                k += 1
                continue
            # a channel (في كلمة متلفزة، في بيان رسمي) between the speaker and the verbal noun
            ch = self._channel_end(k, e)
            if ch is not None:
                chan_at, k = k, ch
                break
            # a construct chain goes on (قائد شرطة المدينة): indefinite, then a definite word
            if k + 1 < e and toks[k].kind == "word" and toks[k + 1].kind == "word" and \
                    not definite(toks[k - 1]) and not definite(toks[k]) and definite(toks[k + 1]) and not (
                        self.sources.ents.max_end(toks[k - 1].start, inclusive=True) > toks[k - 1].start):
                k = self.sources.np_end(k, e)
                continue
            break
        for _ in range(2):
            # في/من + a place (وزارة الصحة في غزة)
            if k + 1 < e and toks[k].norm in ("في", "من") and (
                    self.sources.plcs.max_end(min(toks[k + 1].start + 2, toks[k + 1].end - 1), inclusive=True)
                    >= toks[k + 1].end):
                k = self.sources.np_end(k + 1, e)
            else:
                break
        for _ in range(2):
            # a ل/ب-phrase of the name (الاتحاد العربي لكرة القدم) continues the speaker phrase
            t = toks[k] if k < e else None
            if t is None or t.kind != "word" or not t.words or len(t.words) < 2 or t.words[0].role != "prep" \
                    or k + 1 >= e or not definite(toks[k + 1]):
                break
            k = self.sources.np_end(k, e)
        while k < e and self.sources._in_time(toks[k]):
            k += 1
        if k - tj > MAX_PLAIN_SPEAKER:
            return None
        speaker_end = k if chan_at is None else chan_at
        if k >= e:
            # a parenthetical between commas after the speaker (، الثلاثاء، / ، في بيان، / ، الذي …،)
            if e >= sent.tok_end or toks[e].text not in "،,":
                return None
            e2 = self._clause_end(e + 1, sent)
            if e2 - e > 16 or e2 >= sent.tok_end or toks[e2].text not in "،,":
                return None
            k, e = e2 + 1, self._clause_end(e2 + 1, sent)
            if k >= e:
                return None
        head = toks[k]
        n = head.norm
        last = toks[speaker_end - 1]
        if not (definite(last) or
                self.sources.ents.max_end(last.start, inclusive=True) > last.start):
            return None  # قائد عمليات …: an indefinite word is a construct head, the speaker goes on
        if head.words and head.words[0].role == "conj":
            return None  # وكتائب …: a co-ordinated subject, not the content
        if n.startswith("ي") or n.startswith(("سي", "ست", "سن")) and not n.endswith(("ته", "ها", "هم")):
            return None  # ستمدد، يعتزم: a verb (a complementiser was left out), not a verbal noun
        b = n
        if head.kind != "word" or definite(head) or len(b) < 3 or b in L.NOMINAL_STOP or \
                head.start in self._q_by_open or self._is_cue_token(k, ("verb", "participle", "prep", "relative")):
            return None
        if head.text.endswith(_POSSESSIVE) and any(
                n.endswith(p) and n[:-len(p)] in self.lex.stances for p in _POSSESSIVE):
            return None  # أعلن الحزب تأييده للمبادرة: a stance of the speaker's own, no content announced
        if k + 1 >= e or toks[k + 1].kind not in ("word", "num"):
            return None  # a verbal noun governs a complement (رفع حظر، تعليق عضوية)
        src, _ = self.sources.speaker(tj, speaker_end, (), strict=True)
        if src is None or src.kind not in ("named", "institutional", "anonymous"):
            return None
        c.content_start = head.start
        c.src_region = (tj, speaker_end)
        c.src_mode = "vso"
        c.extra["nominal"] = True
        return c

    def _quoted_in_clause(self, k: int, sent) -> bool:
        """A quotation opens in the clause from token ``k`` on (أعربت … عن أسفها لهذا "…")."""
        for j in range(k, self._clause_end(k, sent)):
            if self.tokens[j].kind == "punct" and self.tokens[j].start in self._q_by_open:
                return True
        return False

    def _channel_end(self, k: int, e: int) -> int | None:
        """Token index after a channel phrase (في كلمة متلفزة) starting at token ``k``, or None."""
        if k >= e:
            return None
        ends = [ch.end for ch in self.sources.channels.within(self.tokens[k].start, self.tokens[e - 1].end)
                if ch.start == self.tokens[k].start]
        return self.tv.token_index(max(ends)) if ends else None

    def _demand(self, m, cue, ti, tj) -> _Cand | None:
        sent = self._sent(ti)
        for k in range(tj, min(sent.tok_end, tj + (0 if cue.object else 4))):
            q = self._q_by_open.get(self.tokens[k].start)
            if q is not None:
                c = _Cand(m.start, m.end, self.text[m.start:m.end], cue.type, self.tokens[ti].sentence, q.start,
                          q.end, quotation=q, src_mode="svo")
                c.starts_statement = False
                return c
        if cue.object:
            # دعت المنظمة السلطات إلى «الإفراج عن المعتقلين»: speaker, addressee, the object preposition,
            # then a quotation right after it
            toks = self.tokens
            for k in range(tj, min(sent.tok_end - 1, tj + 10)):
                t = toks[k]
                if t.kind == "punct" and (t.text in _SENT_PUNCT or t.text in "،,;؛:"):
                    break
                if k > tj and self._is_cue_token(k, ("verb", "participle", "prep", "relative")):
                    break
                if t.norm != cue.object:
                    continue
                q = self._q_by_open.get(toks[k + 1].start)
                if q is None or q.unbalanced:
                    break
                c = _Cand(m.start, m.end, self.text[m.start:m.end], cue.type, toks[ti].sentence, q.start,
                          q.end, quotation=q)
                region_end = k
                if k - tj >= 2 and self.sources._object_after(k - 1):
                    region_end = k - 1  # دعت المنظمة السلطات إلى: the last word before إلى is the addressee
                c.src_region, c.src_mode = ((tj, region_end), "vso") if region_end > tj else (None, "svo")
                c.starts_statement = False
                c.extra["object"] = t.text
                return c
        return None

    def _prep(self, m, cue, ti, tj, cue_start, cue_end, verb_match) -> _Cand | None:
        sent = self._sent(ti)
        toks = self.tokens
        at_start = self._opens_sentence(sent, ti)
        # the source phrase after the cue
        k = tj
        limit = min(sent.tok_end, tj + (10 if at_start else 14))
        while k < limit:
            t = toks[k]
            if t.kind == "punct" and (t.text in _SENT_PUNCT or t.text in "،,;؛-–—()"):
                break
            if t.norm in ("فان", "فانه", "فانها", "فانهم") or (k > tj and self._is_cue_token(k)):
                break
            k += 1
        if k == tj:
            return None
        if (at_start and k == limit) or (not at_start and k - tj > 6):
            k = self.sources.np_end(tj, k)
        src, extra = self.sources.speaker(tj, k, (), strict=True)
        if src is None:
            return None
        src.extra.update(extra)
        c = _Cand(cue_start, cue_end, self.text[cue_start:cue_end], cue.type, toks[ti].sentence, -1)
        c.src_region = (tj, k)
        c.src_mode = "prep"
        c.extra["source_obj"] = src
        if at_start:
            j = k
            while j < sent.tok_end:
                if toks[j].kind == "punct" and toks[j].start in self._q_by_open:
                    break
                if toks[j].kind == "punct" or toks[j].norm in ("فان", "فانه", "فانها", "فانهم"):
                    j += 1
                elif self._is_cue_token(j, ("prep", "relative")):
                    # a second sourcing phrase (وحسب الوزارة، ونقلاً عن وكالة بترا، فقد …)
                    while j < sent.tok_end and not (toks[j].kind == "punct" and toks[j].text in "،,"):
                        j += 1
                else:
                    break
            if j >= sent.tok_end:
                return None
            c.content_start = toks[j].start
            c.starts_statement = True
        else:
            s = self._clause_start(toks[sent.tok_start].start, cue_start)
            e = cue_start
            if k < sent.tok_end and toks[k].text in "-–—)" and k + 1 < sent.tok_end:
                # a parenthetical source (… - بحسب المصدر - …): the content is the whole clause
                c.content_start = s
                c.starts_statement = False
                c.extra["position"] = "inside"
                return c
            seg = self.text[s:e].rstrip(_TRIM + " ")
            for tail in ("وذلك", "و"):
                if seg.endswith(" " + tail):
                    seg = seg[: -len(tail)].rstrip(_TRIM)
            if not _WORD_RE.search(seg):
                return None
            c.content_start, c.content_end = s, s + len(seg)
            c.starts_statement = False
            c.extra["position"] = "after"
        return c

    # -- helpers ------------------------------------------------------------------------------------
    def _opens_sentence(self, sent, ti: int) -> bool:
        """Only conjunctions, punctuation or another sourcing phrase (وحسب الوزارة، ونقلاً عن …) before ``ti``."""
        k = sent.tok_start
        while k < ti:
            t = self.tokens[k]
            if t.kind == "punct" or t.norm in ("و", "ف"):
                k += 1
                continue
            if self._is_cue_token(k, ("prep", "relative")):
                while k < ti and not (self.tokens[k].kind == "punct" and self.tokens[k].text in "،,"):
                    k += 1
                continue
            return False
        return True

    def _after_contrast(self, ti: int) -> bool:
        """A contrast conjunction right before ``ti`` (فيما أكدت، بينما قالت، في حين أعلن)."""
        if ti < 1 or self.tokens[ti - 1].kind != "word":
            return False
        n = self.tokens[ti - 1].norm
        return n in L.CONTRAST or (n == "حين" and ti > 1 and self.tokens[ti - 2].norm in ("في", "وفي"))

    def _after_comma(self, ti: int) -> bool:
        return ti > 0 and self.tokens[ti - 1].kind == "punct" and self.tokens[ti - 1].text in "،,;؛"

    def _quotation_before(self, ti: int) -> Quotation | None:
        """A quotation closing right before token ``ti`` (only punctuation between), in the same line."""
        j = ti - 1
        while j >= 0 and self.tokens[j].kind == "punct" and self.tokens[j].text in "،,-–—":
            j -= 1
        if j < 0:
            return None
        t = self.tokens[j]
        q = self._qi.by_close.get(t.start)
        if q is not None and "\n" not in self.text[q.close:self.tokens[ti].start]:
            return q
        return None

    def _clause_start(self, s: int, e: int) -> int:
        """Start of the last sentence-like stretch in [s, e): after a full stop that no quotation holds
        (the text layer may keep two sentences together behind a stray quotation mark)."""
        best = s
        for m in _STOP_RE.finditer(self.text, s, e):
            if not self._qi.inside(m.start()):
                best = m.end()
        while best < e and self.text[best].isspace():
            best += 1
        return best

    def _clause_end(self, k: int, sent) -> int:
        while k < sent.tok_end:
            t = self.tokens[k]
            if t.kind == "punct" and (t.text in _SENT_PUNCT or t.text in "،,;؛"):
                break
            k += 1
        return k

    def _set_content_ends(self, cands: list[_Cand]) -> None:
        by_sent: dict[int, list[_Cand]] = {}
        for c in cands:
            by_sent.setdefault(c.sentence, []).append(c)
        # a sourcing phrase after a claim reported by someone else (قال إن …، بحسب أرقام …) covers
        # only the last statement of its sentence
        for c in cands:
            if c.extra.get("position") == "after" and c.cue_type in ("prep", "relative"):
                for d in by_sent[c.sentence]:
                    if d is not c and c.content_start < d.content_start < c.cue_start and \
                            d.cue_type in ("verb", "participle") and not d.extra.get("object") and \
                            (d.content_end is None or d.content_end >= c.cue_start):
                        c.content_start = d.content_start
        for c in cands:
            if c.content_end is not None:
                continue
            sent = self.tv.sentences[c.sentence]
            end = sent.end
            if c.quotation is None:
                p = c.content_start
                while p < len(self.text) and self.text[p] in " \t":
                    p += 1
                q = self._q_by_open.get(p)
                if q is not None:
                    c.quotation = q
            # a new clause opened by a speech verb after a comma (…، وأعلن جيش الفتح …) ends the content
            k = self.tv.token_index(c.content_start)
            while k < sent.tok_end and self.tokens[k].start < end:
                hit = self._cue_at.get(k)
                if hit is not None and hit[1].type == "verb" and hit[0].prefix[:1] in ("و", "ف") and \
                        self._after_comma(k) and not self._qi.inside(self.tokens[k].start):
                    end = self.tokens[k].start
                    break
                k += 1
            for d in sorted(by_sent[c.sentence], key=lambda d: d.cue_start):
                if d is c or d.cue_start <= c.content_start or not d.starts_statement:
                    continue
                if any(q.open >= c.content_start - 1 for q in self._qi.containing(d.cue_start)):
                    continue  # a cue quoted inside the content
                end = d.cue_start
                di = self.tv.token_index(d.cue_start)
                if self._after_contrast(di):  # …، فيما أكدت: the conjunction belongs to the next clause
                    end = self.tokens[di - 1 if self.tokens[di - 1].norm != "حين" else di - 2].start
                break
            for q in self._qi.containing(c.cue_start):
                if q.open < c.content_start:
                    end = min(end, q.end)  # a quote quoted inside a quotation ends with it
            for m in _STOP_RE.finditer(self.text, c.content_start, end):
                if not self._qi.inside(m.start()):
                    end = m.start()
                    break
            c.content_end = end

    # -- building records ---------------------------------------------------------------------------
    def _build(self, cands: list[_Cand]) -> list[Quote]:
        text = self.text
        quotes: list[Quote] = []
        history: list[tuple[int, Source, int]] = []
        self._spans_by_sent: dict[int, list[tuple[int, int]]] = {}
        for c in cands:
            if c.content_start is not None and c.content_end is not None and c.cue_type in ("verb", "participle"):
                # reported content (a sourcing preposition's clause is the narration itself)
                self._spans_by_sent.setdefault(c.sentence, []).append((c.content_start, c.content_end))
        for c in sorted(cands, key=lambda c: c.cue_start):
            cs, ce = c.content_start, c.content_end
            q = c.quotation
            direct = False
            if q is not None and cs <= q.start and q.end <= ce + 1 and \
                    not _WORD_RE.search(text[q.outer_end:ce]) and not _WORD_RE.search(text[cs:q.open]):
                cs, ce, direct = q.start, q.end, True
            else:
                cs, ce = _trim(text, cs, ce)
                if ce <= cs or not _WORD_RE.search(text[cs:ce]):
                    continue
                direct = any(qq.words >= MIN_DIRECT_WORDS for qq in self._qi.within(cs, ce + 1))
                if c.extra.get("context") == "fragment":
                    # وصف … بأنه "…"، أعرب عن أسفه لهذا "…": the quoted fragment is what was said
                    frag = next((qq for qq in self._qi.within(cs, ce + 1) if qq.words >= 2), None)
                    if frag is not None:
                        cs, ce, direct = frag.start, frag.end, True
            if c.extra.get("context") == "fragment" and direct and any(
                    (x.start, x.end) == (cs, ce) for x in quotes[-3:]):
                continue  # أعرب عن أسفه لما وصفه بـ"…": one quote for the fragment
            src = self._source_for(c, history)
            if src is _DROP:
                continue
            rec = Quote(cs, ce, "", "direct" if direct else "indirect", cue=c.cue_text, source=src)
            if c.extra.get("position") == "after":
                rec.extra["cue_position"] = "after"
            if q is not None and q.unbalanced and direct:
                rec.extra["unbalanced"] = True
            nested = self._qi.inside(c.cue_start)
            framed = any(fs <= c.cue_start < fe for fs, fe in self._frames)
            if src is not None and not nested and not framed:
                history.append((c.cue_start, src, c.sentence))
            if src is not None:
                for k in ("addressee", "channel", "via"):
                    if src.extra.get("_" + k):
                        rec.extra[k] = src.extra.pop("_" + k)
                for k in list(src.extra):
                    if k.startswith("_"):
                        src.extra.pop(k)
            quotes.append(rec)
            for co in (src.extra.pop("co_sources", []) if src is not None else []):
                twin = Quote(rec.start, rec.end, "", rec.kind, cue=rec.cue, source=co, extra=dict(rec.extra))
                twin.extra["shared_content"] = True
                quotes.append(twin)
        # nesting: a quote lying inside another quote's content (look back over the few quotes before)
        quotes.sort(key=lambda q: (q.start, -q.end))
        for i, a in enumerate(quotes):
            for b in reversed(quotes[max(0, i - 12):i]):
                if b.start <= a.start and a.end <= b.end and (b.end - b.start) > (a.end - a.start):
                    a.extra["within"] = [b.start, b.end]
                    break
        return quotes

    def _source_for(self, c: _Cand, history) -> Source | None:
        if c.src_mode == "prep":
            return c.extra.pop("source_obj")
        extra: dict = {}
        src = None
        if c.src_mode == "vso" and c.src_region is not None:
            s, e = c.src_region
            src, extra = self.sources.speaker(s, e, history, relay=c.extra.get("lemma") == "نقل")
            if src is None and L.fold_word(c.extra.get("object", "")) == "عن":
                return _DROP  # أعلن في 2014 عن …: no speaker between the verb and عن
        if src is None:
            # the same speaker as the previous statement in this sentence (…، مضيفاً أن، وتوقع أن)
            prev = []
            for h in reversed(history[-8:]):
                if h[2] == c.sentence and h[0] < c.cue_start:
                    prev.insert(0, h)
            if prev and c.src_mode in ("carry", "svo") and (c.cue_type != "verb" or self._after_comma_or_and(c)):
                src = self.sources.copy(prev[-1][1], carried=True)
        if src is None and c.src_mode in ("vso", "svo"):
            region = self._svo_region(self.tv.token_index(c.cue_start))
            if region is not None and region[1] - region[0] == 1 and \
                    self.tokens[region[0]].norm in L.DEMONSTRATIVES:
                return _DROP  # ذلك يؤكد أن: a fact "confirms", nobody speaks
            if region is not None:
                src, more = self.sources.speaker(region[0], region[1], history)
                if src is not None:
                    extra = {**more, **extra}
        if src is None and c.cue_type == "verb" and self.sources.entities and not self._feminine_cue(c):
            # a pronoun subject (لكنه قال، …، وقال إنهم) refers to the person or body the sentence is about
            src = self.sources.sentence_subject(self.tv.sentences[c.sentence], c.cue_start,
                                                self._spans_by_sent.get(c.sentence, []), entities_only=True)
        if src is None and c.cue_type in ("participle", "demand"):
            sent = self.tv.sentences[c.sentence]
            spans = self._spans_by_sent.get(c.sentence, [])
            src = self.sources.sentence_subject(sent, c.cue_start, spans)
        if src is None:
            src = self.sources.carry(c.cue_start, history, self._sent_paragraph(c.sentence))
        if src is not None:
            src.extra.update(extra)
        return src

    def _feminine_cue(self, c: _Cand) -> bool:
        """A verb agreeing with a feminine subject (قالت، تقول، لكنها أشارت): an institution or a plural
        of things, not a person found by the entity layer."""
        from ..text.normalize import fold

        verb = fold(c.cue_text).split()[0]
        if verb[:1] in ("و", "ف") and len(verb) > 3:
            verb = verb[1:]
        ti = self.tv.token_index(c.cue_start)
        before = self.tokens[ti - 1].norm if ti > 0 else ""
        return verb.endswith("ت") or verb.startswith("ت") or before.endswith("ها")

    def _after_comma_or_and(self, c: _Cand) -> bool:
        ti = self.tv.token_index(c.cue_start)
        return self._after_comma(ti) or self.text[c.cue_start:c.cue_start + 1] in ("و", "ف")

    def _sent_paragraph(self, si: int) -> int:
        return self.tv.sentences[si].paragraph

    def _svo_region(self, ti: int, depth: int = 0) -> tuple[int, int] | None:
        toks = self.tokens
        sent = self._sent(ti)
        if ti > sent.tok_start and toks[ti - 1].norm == "ما":
            return None  # ما قالت إنه …: "what she said", the speaker is elsewhere
        if ti > sent.tok_start and toks[ti - 1].norm in L.PRONOUN_SUBJECTS:
            return None  # وهم يهتفون، لكنه قال: a pronoun subject
        j = ti
        n = 0
        while j > sent.tok_start and n < 14:
            t = toks[j - 1]
            if t.kind == "punct" and t.text in "،,:;؛\"“”«»-–—" or t.norm in L.COMPLEMENTISERS:
                break
            if self._is_cue_token(j - 1, ("verb", "participle", "prep", "relative")):
                hit = self._cue_at.get(j - 1)
                if depth == 0 and hit[1].type == "verb" and toks[ti].norm[:1] in ("و", "ف") and j < ti:
                    # تنفي الجماعة أي صلة … وتقول إنها: the subject of the first of two joined verbs
                    return self._svo_region(j - 1, depth + 1)
                break
            j -= 1
            n += 1
        if n >= 14:
            return None
        if j == ti:
            # the verb follows a comma: the subject opens the sentence (لكن فلان، نجل …، قال)
            if ti > sent.tok_start and toks[ti - 1].text in "،,":
                k = sent.tok_start
                while k < ti and not (toks[k].kind == "punct" and toks[k].text in "،,"):
                    k += 1
                if 0 < k - sent.tok_start <= 10 and not any(self._is_cue_token(x, ("verb", "participle", "prep", "relative"))
                                                            for x in range(sent.tok_start, k)):
                    # the whole stretch: the name, then its apposition (nationality, role)
                    return (sent.tok_start, ti - 1) if ti - sent.tok_start <= 24 else (sent.tok_start, k)
            return None
        return (j, ti)

    def _free_quotations(self, quotes: list[Quote]) -> list[Quote]:
        out = []
        covered = sorted([(q.start, q.end) for q in quotes] +
                         [(q.source.start, q.source.end) for q in quotes if q.source and q.source.start is not None])
        cov_starts = [c[0] for c in covered]
        max_len = max((e - s for s, e in covered), default=0)
        history = sorted(((q.start, q.source) for q in quotes if q.source is not None), key=lambda x: x[0])
        hist_pos = [h[0] for h in history]
        for qq in self.quotations:
            if qq.depth or qq.words < MIN_FREE_QUOTATION:
                continue
            lo = bisect.bisect_left(cov_starts, qq.start - max_len)
            hi = bisect.bisect_left(cov_starts, qq.end)
            if any(s <= qq.start < e or qq.start <= s < qq.end for s, e in covered[lo:hi]):
                continue
            si = self.tokens[self.tv.token_index(qq.start)].sentence if self.tv.token_index(qq.start) < len(self.tokens) else -1
            para = self.tv.sentences[si].paragraph if si >= 0 else -1
            src = None
            if si >= 0 and self.sources.entities:
                # a named person the entity layer knows in the quotation's own sentence (وكتب فلان على
                # حسابه أن "…") speaks, rather than the previous statement's source
                sent = self.tv.sentences[si]
                src = self.sources.sentence_subject(sent, qq.open, [(qq.open, qq.outer_end)], entities_only=True,
                                                    labels=("PER",))
            if src is None:
                src = self.sources.carry(qq.open, history, para, window=1, upto=bisect.bisect_left(hist_pos, qq.open))
            if self._labelled(qq.open):
                continue  # a slogan or title named by the noun before it (شعار «…»، حملة «…»)
            if src is None and si >= 0 and _WORD_RE.search(self.text[qq.outer_end:self.tv.sentences[si].end]):
                continue  # a quoted phrase used inside narration, with nobody to say it
            rec = Quote(qq.start, qq.end, "", "direct", cue=None, source=src)
            if qq.unbalanced:
                rec.extra["unbalanced"] = True
            out.append(rec)
        return out

    def _labelled(self, pos: int) -> bool:
        """The word right before a quotation opening at ``pos`` names it (شعار، حملة، وسم، كتب عليها …)."""
        k = self.tv.token_index(pos) - 1
        while k >= 0 and self.tokens[k].kind == "punct" and self.tokens[k].end > pos - 3:
            k -= 1
        if k < 0 or self.tokens[k].kind != "word" or self.tokens[k].end < pos - 3:
            return False
        return L.bare_noun(self.tokens[k].norm) in self.lex.labels

    def _pullquotes(self, quotes: list[Quote]) -> None:
        text = self.text
        frames = self._frames
        paras = [(p.start, p.end) for p in self.tv.paragraphs]
        candidates = list(frames)
        frame_set = set(frames)
        for s, e in paras:
            if (s, e) not in frame_set and len(_WORD_RE.findall(text[s:e])) <= 30 and text[s:e].rstrip()[-1:] not in ".!?؟…":
                candidates.append((s, e))
        if not candidates:
            return
        # sentences that share words with a candidate line, through an inverted index of word stems
        sents = [(s.start, s.end) for s in self.tv.sentences]
        index: dict[str, list[int]] = {}
        line_words = [_stems(text[ls:le]) for ls, le in candidates]
        wanted = set().union(*line_words)
        for i, (s, e) in enumerate(sents):
            for w in _stems(text[s:e]) & wanted:
                index.setdefault(w, []).append(i)
        quotes.sort(key=lambda q: (q.start, q.end))
        starts = [q.start for q in quotes]
        added: list[Quote] = []
        for (ls, le), words in zip(candidates, line_words):
            if len(words) < 4:
                continue
            overlap: dict[int, int] = {}
            for w in words:
                posting = index.get(w, ())
                if len(posting) > 200:
                    continue  # a word in nearly every sentence says nothing about repetition
                for i in posting:
                    overlap[i] = overlap.get(i, 0) + 1
            best, best_span = 0.0, None
            for i, n in overlap.items():
                s, e = sents[i]
                if s <= ls < e or ls <= s < le:
                    continue
                if n / len(words) > best:
                    best, best_span = n / len(words), (s, e)
            repeats = best >= 0.6
            lo, hi = bisect.bisect_left(starts, ls), bisect.bisect_right(starts, le)
            inside = [q for q in quotes[lo:hi] if q.end <= le + 1]
            framed = (ls, le) in frame_set
            if repeats:
                for q in inside:
                    q.extra["pullquote"] = True
                    q.extra["repeats"] = list(best_span)
            if framed and not inside and _WORD_RE.search(text[ls:le]):
                src = None
                if repeats:
                    lo, hi = bisect.bisect_left(starts, best_span[0]), bisect.bisect_left(starts, best_span[1])
                    src = next((q.source for q in quotes[lo:hi] if q.source is not None), None)
                rec = Quote(ls, le, "", "direct", cue=None, source=_copy_source(src) if src else None)
                rec.extra["framed"] = True
                if repeats:
                    rec.extra["pullquote"] = True
                    rec.extra["repeats"] = list(best_span)
                added.append(rec)
        quotes.extend(added)
        quotes.sort(key=lambda q: (q.start, q.end))


# -- module helpers ---------------------------------------------------------------------------------

_DROP = Source(kind="drop")
_TYPE_ORDER = {"relative": 0, "prep": 1, "verb": 2, "participle": 3, "demand": 4, "channel": 5, "impersonal": 6}


def _pick(payloads):
    return sorted(payloads, key=lambda c: _TYPE_ORDER.get(c.type, 9))[0]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    # a quotation mark left dangling at either edge (its partner lies outside the span)
    seg = text[s:e]
    from .marks import FAMILIES
    marks = [i for i, ch in enumerate(seg) if ch in FAMILIES]
    if len(marks) % 2 == 1:
        if marks[-1] == len(seg) - 1:
            e -= 1
        elif marks[0] == 0:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
    return s, e


def _drop_overlapped_channels(matches):
    """A channel (في بيان) that starts inside a cue verb ending in في (جاء في، ورد في) is that verb's
    object, not a channel: keep the verb (وجاء في بيان مشترك أن …)."""
    verbs = [(m.start, m.end) for m in matches if not any(p.type == "channel" for p in m.payloads)]
    if not verbs:
        return matches
    out = []
    for m in matches:
        if all(p.type == "channel" for p in m.payloads) and any(a < m.start < b for a, b in verbs):
            continue
        out.append(m)
    return out


#: possessive suffixes in the original spelling (ه, not the folded ة): تأييده، رفضها، دعمهم
_POSSESSIVE = ("هما", "هم", "هن", "ها", "ه")


def _bare(n: str) -> str:
    return n[1:] if n[:1] in ("و", "ف") and len(n) > 3 else n


def _stems(s: str) -> set[str]:
    from ..text.normalize import fold
    out = set()
    for w in _WORD_RE.findall(fold(s)):
        if w.startswith("وال"):
            w = w[1:]
        elif w.startswith(("و", "ف")) and len(w) > 4:
            w = w[1:]
        if w.startswith(("بال", "لل", "كال")):
            w = w[1:] if w.startswith(("بال", "كال")) else "ا" + w[1:]
        out.add(w)
    return out


def _copy_source(src: Source) -> Source:
    return Source(src.text, src.kind, src.actor_id, src.start, src.end, dict(src.descriptors), dict(src.extra))


def _profile(quotes: list[Quote]) -> dict:
    body = [q for q in quotes if not q.extra.get("pullquote") and not q.extra.get("shared_content")]
    kinds: dict[str, int] = {}
    for q in body:
        k = q.source.kind if q.source is not None and q.source.kind else "unattributed"
        kinds[k] = kinds.get(k, 0) + 1
    n = len(body)
    anon = kinds.get("anonymous", 0)
    return {
        "quotes": n,
        "direct": sum(q.kind == "direct" for q in body),
        "indirect": sum(q.kind == "indirect" for q in body),
        "pullquotes": sum(bool(q.extra.get("pullquote")) for q in quotes),
        "by_source_kind": dict(sorted(kinds.items())),
        "anonymous_share": round(anon / n, 3) if n else 0.0,
        "unnamed_share": round((anon + kinds.get("unattributed", 0)) / n, 3) if n else 0.0,
    }
