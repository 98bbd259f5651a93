"""Describing who a quote rests on: named, institutional, anonymous, document or outlet sources.

A speaker phrase (token range) is classified by its head: the first lexicon noun, outlet or document
word, or the entity (PER → named, ORG/GPE → institutional) that starts it.  Descriptors come from the
lexicons (``source_descriptors.tsv``, ``source_nationalities.tsv``) and from the entity, place and
actor layers when they are present: ``nationality`` (NORP entity ``extra.country``, a nisba, an
actor's country, a place's country), ``role``, ``seniority``, ``reliability``, ``anonymity``,
``affiliation`` (the text after في/ب/لدى …, up to a comma or relative clause), ``count``; document
sources get ``document`` (type) and ``issuer``; outlets ``outlet`` and ``country``.
"""
from __future__ import annotations

import bisect

from ..document import Source
from ..text.normalize import fold
from . import lexicons as L
from ..lexicon.matcher import longest_first

_PUNCT_EDGE = "،,;؛:-–—()\"'“”«»‘’ "


class _Hits:
    """Lexicon matches of one document, queried by position."""

    def __init__(self, matches):
        self.items = sorted(matches, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def within(self, s: int, e: int):
        i = bisect.bisect_left(self.starts, s)
        out = []
        while i < len(self.items) and self.items[i].start < e:
            if self.items[i].end <= e:
                out.append(self.items[i])
            i += 1
        return out


_NO_END = float("-inf")


class _Spans:
    """Layer records (entities, places) sorted by start, queried by position in O(log n): the records
    starting in a range, and whether one reaches past a position (running maximum of the ends)."""

    def __init__(self, items):
        self.items = items  # already sorted by start
        self.starts = [x.start for x in items]
        self.reach = []
        best = _NO_END
        for x in items:
            end = x.end if x.end is not None else _NO_END
            best = end if end > best else best
            self.reach.append(best)

    def between(self, a: int, b: int):
        """Records with a <= start < b, in start order."""
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]

    def first_after(self, a: int):
        """The first record with start >= a, or None."""
        i = bisect.bisect_left(self.starts, a)
        return self.items[i] if i < len(self.items) else None

    def reaching(self, x: int):
        """Records in start order, from the first one whose end (or an earlier record's) passes ``x``:
        every record before it ends at or before ``x``, so it can neither contain nor start after ``x``."""
        items = self.items
        for i in range(bisect.bisect_right(self.reach, x), len(items)):
            yield items[i]

    def max_end(self, x: int, inclusive: bool) -> int:
        """The largest end among records starting before ``x`` (or at ``x`` when ``inclusive``); -inf if none."""
        i = (bisect.bisect_right if inclusive else bisect.bisect_left)(self.starts, x)
        return self.reach[i - 1] if i else _NO_END


class SourceAnalyzer:
    def __init__(self, lex: L.Lexicons):
        self.lex = lex

    # -- per document -------------------------------------------------------------------------------
    def prepare(self, doc, tv, cue_matches=(), quotations=()) -> None:
        self.q_by_open = {q.open: q for q in quotations}
        self.doc, self.tv, self.text, self.tokens = doc, tv, doc.text, tv.tokens
        self.nouns = _Hits(longest_first(self.lex.nouns.find(doc, overlapping=True)))
        self.descs = _Hits(longest_first(self.lex.descriptors.find(doc, overlapping=True)))
        self.docs = _Hits(longest_first(self.lex.documents.find(doc, overlapping=True)))
        self.outlets = _Hits(longest_first(self.lex.outlets.find(doc, overlapping=True)))
        self.nisba = _Hits(longest_first(self.lex.nisba.find(doc, overlapping=True)))
        self.channels = _Hits([m for m in cue_matches if any(c.type == "channel" for c in m.payloads)])
        self.entities = sorted((e for e in doc.layers.get("entities", []) if getattr(e, "start", None) is not None),
                               key=lambda e: e.start)
        self.places = sorted((p for p in doc.layers.get("places", []) if getattr(p, "start", None) is not None),
                             key=lambda p: p.start)
        self.ents = _Spans(self.entities)
        self.pers = _Spans([e for e in self.entities if e.label == "PER"])
        self.plcs = _Spans(self.places)
        self.times = sorted((t.start, t.end) for t in doc.layers.get("times", []) if getattr(t, "start", None) is not None)
        self._time_starts = [t[0] for t in self.times]
        self.actors = {a.id: a for a in doc.layers.get("actors", []) if getattr(a, "id", None)}
        # the country the article is about: places' countries and nationality words, when one dominates
        counts: dict[str, int] = {}
        for p in self.places:
            if p.country_code:
                counts[p.country_code] = counts.get(p.country_code, 0) + 1
        for m in self.nisba.items:
            counts[m.payloads[0][0]] = counts.get(m.payloads[0][0], 0) + 1
        self.context_country = None
        if counts:
            top, n = max(counts.items(), key=lambda kv: kv[1])
            if n >= 3 and n >= 0.35 * sum(counts.values()):
                self.context_country = top

    # -- helpers ------------------------------------------------------------------------------------
    def _core_start(self, k: int) -> int:
        t = self.tokens[k]
        if t.kind != "word":
            return t.start
        words = t.words
        i = 0
        while i < len(words) and words[i].role == "conj":
            i += 1
        if i < len(words) and words[i].role == "prep":
            if t.norm[i:i + 2] == "لل" or t.norm.startswith("لل", i):
                return words[i].start  # the لل spelling keeps its preposition (للصحفيين)
            i += 1
        return words[i].start if i < len(words) else t.start

    def _phrase_start(self, k: int) -> int:
        """Start of a source phrase at token ``k``: where a lexicon word or entity starts in it, else
        after a conjunction (ومسؤولون → مسؤولون) or the ل of لل; never inside a word (بعثة stays whole)."""
        t = self.tokens[k]
        for hits in (self.nouns, self.docs, self.outlets, self.nisba):
            for m in hits.within(t.start, t.end + 200):
                if m.start < t.end:
                    return m.start
                break
        ent = self._entity_at(t.start, t.end)
        if ent is not None and t.start <= ent.start < t.end:
            return ent.start
        if t.kind == "word" and t.words:
            w0 = t.words[0]
            if w0.role == "conj":
                return t.words[1].start if len(t.words) > 1 else t.start
            if w0.role == "prep" and t.norm.startswith("لل"):
                return t.start
        return t.start

    def _strip_edges(self, s: int, e: int) -> tuple[int, int]:
        toks = self.tokens
        while s < e and (toks[s].kind == "punct" or toks[s].norm in L.EDGE_WORDS):
            s += 1
        while e > s and (toks[e - 1].kind == "punct" or toks[e - 1].norm in L.EDGE_WORDS):
            e -= 1
        return s, e

    def _entity_at(self, s: int, e: int):
        for ent in self.ents.between(s - 1, e):
            if ent.end > s:
                return ent
        return None

    def _in_time(self, t) -> bool:
        i = bisect.bisect_right(self._time_starts, t.start) - 1
        while i >= 0 and i > len(self.times) - 1:
            i -= 1
        for j in range(max(0, i - 3), i + 1):
            s, e = self.times[j]
            if s <= t.start and t.end <= e:
                return True
        return False

    def np_end(self, s: int, limit: int) -> int:
        """End of a noun phrase without punctuation (بحسب تقديرات الأمم المتحدة لقي …): the head and
        then words that are definite, lexicon descriptors or inside an entity."""
        k = s + 1
        toks = self.tokens
        while k < limit:
            t = toks[k]
            n = t.norm
            q = self.q_by_open.get(t.start) if t.kind == "punct" else None
            if q is not None and q.words <= 4 and not q.unbalanced:
                k = self.tv.token_index(q.outer_end)  # a short quoted name: موقع "…"، صحيفة "…"
                continue
            known = self.descs.within(t.start, t.end + 40) and self.descs.within(t.start, t.end + 40)[0].start == t.start
            known = known or bool(self.nisba.within(t.start, t.end)) or self._entity_at(t.start, t.end) is not None
            if t.kind == "word" and n in ("صادر", "الصادر", "صادره", "الصادره") and k + 1 < limit:
                k += 1
                continue
            if t.kind == "word" and n in ("عن", "في", "من", "لدي") and k + 1 < limit:
                nx = toks[k + 1]
                if nx.kind == "word" and (nx.norm.startswith("ال") or self._entity_at(nx.start, nx.end) is not None
                                          or self.nouns.within(nx.start, nx.end)):
                    k += 2
                    continue
                break
            if t.kind != "word" or not (definite(t) or known):
                break
            k += 1
        return k

    # -- speakers ---------------------------------------------------------------------------------
    def speaker(self, s: int, e: int, history, strict: bool = False, relay: bool = False) -> tuple[Source | None, dict]:
        """The source named by tokens [s, e) after (or before) a speech verb, and what the phrase
        says besides (``_addressee``, ``_channel``)."""
        toks = self.tokens
        extra: dict = {}
        # a bare لـ (لـ"العربي الجديد") starts the addressee
        for k in range(s + 1, e):
            if toks[k].norm == "ل":
                rest = k + 1
                while rest < e and toks[rest].kind == "punct":
                    rest += 1
                if rest < e:
                    q = self.q_by_open.get(toks[rest - 1].start)
                    if q is not None and toks[rest - 1].kind == "punct":
                        extra["_addressee"] = self.text[q.start:q.end]
                    else:
                        extra["_addressee"] = self.text[self._core_start(rest):toks[rest].end]
                e = k
                break
        # a channel (في تصريحات لـ…) ends the speaker; what follows it is the addressee
        if s < e:
            for ch in self.channels.within(toks[s].start, toks[e - 1].end):
                k = self.tv.token_index(ch.start)
                if s <= k < e:
                    extra["_channel"] = self.text[ch.start:ch.end]
                    rest = self._strip_edges(self.tv.token_index(ch.end), e)
                    if rest[0] < rest[1]:
                        a0 = self._core_start(rest[0])
                        extra["_addressee"] = self.text[a0:toks[rest[1] - 1].end].strip(_PUNCT_EDGE)
                    e = k
                    break
        # a relative clause after a comma ends the phrase (مصدر باللجنة، التي يقودها …)
        for k in range(s + 1, e):
            if toks[k].norm in L.RELATIVES and toks[k - 1].kind == "punct":
                e = k - 1
                break
        while e > s and (self._in_time(toks[e - 1]) or toks[e - 1].kind == "punct"):
            e -= 1
        # an addressee at the end: قال مسؤول مصري لحفتر، قال له، قال للصحفيين
        if e - s >= 1 and "_addressee" not in extra:
            a = self._addressee(s, e)
            if a is not None:
                extra["_addressee"] = self.text[self._core_start(a):toks[e - 1].end].strip(_PUNCT_EDGE)
                e = a
        # X، نقلاً عن Y: Y is the source, X relays it
        for k in range(s + 1, e - 2):
            if toks[k].norm in ("نقلا", "ونقلا") and toks[k + 1].norm == "عن":
                src = self.analyze(k + 2, e, strict=strict, history=history)
                via = self.analyze(s, k, strict=False, history=history)
                if src is not None:
                    if via is not None:
                        extra["_via"] = via.text
                    return src, extra
                break
        # نقل X عن Y: Y is the source, X relays it
        for k in range(s, e if relay else s):
            if toks[k].norm == "عن" and k > s:
                via = self.analyze(s, k, strict=strict, history=history)
                src = self.analyze(k + 1, e, strict=strict, history=history)
                if src is not None:
                    if via is not None:
                        extra["_via"] = via.text
                    return src, extra
                break
        # co-ordinated sources: الشرطة العراقية ومصادر في قطاع الطاقة
        split = None
        if s < e:
            for m in self.nouns.within(toks[s].end, toks[e - 1].end):
                k = self.tv.token_index(m.start)
                if k > s and m.prefix == "و" and m.payloads[0]["kind"] == "anonymous":
                    split = k
                    break
        if split is not None:
            first = self.analyze(s, split, strict=strict, history=history)
            second = self.analyze(split, e, strict=strict, history=history)
            if first is not None and second is not None:
                first.extra["co_sources"] = [second]
                return first, extra
        return self.analyze(s, e, strict=strict, history=history), extra

    def _addressee(self, s: int, e: int) -> int | None:
        toks = self.tokens
        last = toks[e - 1]
        n = last.norm
        if n in L.ADDRESSEE_PRONOUNS:
            return e - 1
        # an anonymous source talking to an outlet (قال مسؤول كبير لهيئة البث الإسرائيلية الرسمية): the
        # outlet named by a ل-phrase after the head is the channel, however long its name
        head = self.nouns.within(toks[s].start, toks[s].end + 30)
        if head and head[0].payloads[0]["kind"] == "anonymous":
            for o in self.outlets.within(toks[s].end, toks[e - 1].end):
                k = self.tv.token_index(o.start)
                t = toks[k]
                if s < k < e and o.prefix[-1:] == "ل" and o.start <= t.start + 2 and t.norm.startswith("ل"):
                    return k
        for k in range(e - 1, max(s, e - 4), -1):
            t = toks[k]
            if t.kind != "word" or not t.norm.startswith("ل") or t.norm.startswith(("لدي", "لكن", "لم", "لن")):
                continue
            words = t.words
            if not words or words[0].role != "prep":
                if not (t.norm.startswith("لل") or any(o.start <= t.start + 2 for o in self.outlets.within(t.start, toks[e - 1].end))
                        or any(d.start <= t.start + 2 for d in self.docs.within(t.start, toks[e - 1].end))):
                    continue
            inside_entity = self.ents.max_end(t.start, inclusive=False) > t.start
            if inside_entity:
                continue
            if any(ent.start > t.end and ent.end <= toks[e - 1].end for ent in self.pers.between(t.end, toks[e - 1].end)):
                continue  # المفوض العام للوكالة فيليب لازاريني: a title's ل-phrase, then the name
            prev_tok = toks[k - 1]
            prev_desc = any(d.end == prev_tok.end for d in self.descs.within(toks[s].start, prev_tok.end))
            head = self.nouns.within(toks[s].start, toks[s].end + 30)
            anon = bool(head) and head[0].payloads[0]["kind"] == "anonymous"
            prev_nisba = anon and any(d.end == prev_tok.end and not d.payloads[0][1]
                                      for d in self.nisba.within(toks[s].start, prev_tok.end))
            ents_here = [ent for ent in self.ents.between(t.start + 1, t.start + 3) if ent.label in ("PER", "GPE", "ORG")]
            to_outlet = any(o.start <= t.start + 2 for o in self.outlets.within(t.start, toks[e - 1].end))
            if not to_outlet and head and head[0].payloads[0]["kind"] == "named" and head[0].start <= toks[s].start + 2 and (
                    any(ent.label == "ORG" for ent in ents_here) or any(
                        m.payloads[0]["kind"] == "institutional" and m.start <= t.start + 2
                        for m in self.nouns.within(t.start, t.end + 40)[:1])):
                continue  # رئيس المكتب السياسي لحركة حماس: the body the title belongs to, not an addressee
            is_entity = bool(ents_here)
            is_outlet = any(o.start <= t.start + 2 for o in self.outlets.within(t.start, toks[e - 1].end)) or \
                any(d.start <= t.start + 2 for d in self.docs.within(t.start, toks[e - 1].end))
            if t.norm.startswith("لل") or prev_desc or prev_nisba or is_entity or is_outlet:
                return k
        return None

    # -- classification ---------------------------------------------------------------------------
    def analyze(self, s: int, e: int, *, strict: bool, history=()) -> Source | None:
        s, e = self._strip_edges(s, e)
        if s >= e:
            return None
        toks = self.tokens
        if all(t.norm in L.PRONOUN_SUBJECTS for t in toks[s:e]):
            return None
        # a relative clause ends the phrase (أحمد المسماري المتحدث باسم … الذي يقوده حفتر)
        for k in range(s + 2, e):
            if toks[k].norm in L.RELATIVES:
                e = k
                break
        s, e = self._strip_edges(s, e)
        if s >= e:
            return None
        if e - s >= 2 and _bare(toks[s].norm).startswith("ال"):
            nxt = toks[s + 1]
            if any(m.start <= nxt.start + 1 and m.end >= nxt.end and m.payloads[0]["kind"] != "named"
                   for m in self.nouns.within(nxt.start, nxt.end)) and \
                    not any(m.start <= toks[s].start + 1 and m.end >= nxt.end for m in self.nouns.within(toks[s].start, nxt.end)):
                e = s + 1
        start, end = self._phrase_start(s), toks[e - 1].end
        while end > start and self.text[end - 1] in _PUNCT_EDGE:
            end -= 1
        head_tok = toks[s]
        quant = L.QUANTIFIERS.get(_bare(head_tok.norm)) if e - s >= 2 else None
        if quant is not None:
            # أحد عناصر الشرطة، عدة مصادر: the head is the noun after the quantifier
            head_tok = toks[s + 1] if toks[s + 1].norm != "من" or e - s < 3 else toks[s + 2]
        ent = self._entity_at(start, end)
        head_ent = ent if ent is not None and ent.start <= head_tok.end else None
        outlet = next(iter(self.outlets.within(head_tok.start, end)), None)
        if outlet is not None and outlet.start > head_tok.end:
            # مراسل وكالة فرانس برس → the outlet, when the head is a correspondent
            nh = next(iter(self.nouns.within(head_tok.start, head_tok.end)), None)
            if not (nh and nh.payloads[0].get("role") == "correspondent" and outlet.start <= toks[min(s + 1, e - 1)].end):
                outlet = None
        docm = next(iter(self.docs.within(head_tok.start, head_tok.end)), None)
        noun = next(iter(self.nouns.within(head_tok.start, end)), None)
        if noun is not None and noun.start > head_tok.end:
            noun = None
        if outlet is not None and outlet.payloads[0]["name"] is None and \
                fold(self.text[outlet.start:outlet.end].strip()) == "وكاله":
            k2 = self.tv.token_index(outlet.end)
            if k2 >= e or toks[k2].norm.startswith("ال"):
                outlet = None  # وكالة الطاقة الذرية: an agency, not a news agency
        desc: dict = {}
        src = Source(None, None, None, start, end, desc)
        if docm is not None and outlet is None and docm.payloads[0]["type"] == "website":
            k2 = self.tv.token_index(docm.end)
            if k2 < e and (toks[k2].start in self.q_by_open or
                           (toks[k2].kind == "word" and not _definite_tok(toks[k2]) and
                            self._entity_at(toks[k2].start, toks[k2].end) is None)):
                # موقع "…" / موقع فلان نت: a named news site is an outlet (موقع الوزارة stays a document)
                q = self.q_by_open.get(toks[k2].start)
                name = self.text[q.start:q.end] if q is not None else self.text[toks[k2].start:end].strip(_PUNCT_EDGE)
                docm = None
                src.kind = "outlet"
                desc["outlet"] = name
        if e - s >= 2 and self._nisba_first_name(s) and (head_ent is None or head_ent.label != "PER"):
            # تركي الفيصل، سوري الحسن: a first name that is also a nationality word, then a family name
            outlet = docm = noun = None
            head_ent = None
            src.extra["_name_nisba"] = (toks[s].start, toks[s].end)
        if outlet is not None and outlet.start > head_tok.start and \
                bool(self.pers.between(outlet.end, end)):
            outlet = None  # مراسل بي بي سي في الخرطوم محمد عثمان: a named reporter
            head_ent = self.pers.first_after(start)
        if src.kind == "outlet":
            pass
        elif outlet is not None:
            info = outlet.payloads[0]
            src.kind = "outlet"
            surface = self.text[outlet.start:outlet.end].strip()
            definite = fold(surface).startswith("ال")
            if info["name"] is None and not definite:
                # a generic head (صحيفة هآرتس، وسائل إعلام ليبية): the name, if any, follows
                rest = self.text[outlet.end:end].strip(_PUNCT_EDGE)
                if rest and not fold(surface).startswith("وسائل"):
                    desc["outlet"] = rest
            elif info["name"] is None:
                ante = None
                for j in range(bisect.bisect_right(self.outlets.starts, outlet.start) - 1, -1, -1):
                    m = self.outlets.items[j]
                    if m.end <= outlet.start and m.payloads[0]["name"]:
                        ante = m
                        break
                if ante is not None:
                    if ante.payloads[0]["name"]:
                        desc["outlet"] = ante.payloads[0]["name"]
                    if ante.payloads[0]["country"]:
                        desc["nationality"] = ante.payloads[0]["country"]
                    src.extra["antecedent"] = [ante.start, ante.end]
            else:
                if info["name"]:
                    desc["outlet"] = info["name"]
                if info["country"]:
                    desc["nationality"] = info["country"]
        elif docm is not None:
            info = docm.payloads[0]
            src.kind = "document"
            desc["document"] = info["type"]
            k = self.tv.token_index(docm.end)
            # skip adjectives and صادر عن before the issuer
            while k < e and toks[k].norm in ("صادر", "الصادر", "صادره", "الصادره", "عن", "من", "حديث", "جديد",
                                             "الاخير", "الجديد", "الحديث", "الاخيره", "صدر"):
                k += 1
            if k < e:
                i0 = self._core_start(k)
                desc["issuer"] = self.text[i0:end].strip(_PUNCT_EDGE)
                iss_ent = self._entity_at(i0, end)
                if iss_ent is not None and iss_ent.actor_id:
                    desc["issuer_actor"] = iss_ent.actor_id
        elif noun is not None and not (head_ent is not None and head_ent.label == "PER" and noun.payloads[0]["kind"] != "named"):
            info = noun.payloads[0]
            src.kind = info["kind"]
            if info["role"]:
                desc["role"] = info["role"]
            if info.get("country"):
                if info["country"] != "-":
                    desc["nationality"] = info["country"]
                src.extra["_no_context"] = True
            if info["count"] and src.kind == "anonymous":
                desc["count"] = quant or info["count"]
            form = info["form"]
            anaphoric = any(w.startswith("ال") for w in form.split())
            if src.kind == "anonymous" and anaphoric and info["role"] not in ("protester", "detainee"):
                ante = _last(history, lambda x: x.kind == "anonymous" and x.start is not None and x.start < start)
                if ante is not None:
                    for k2, v in ante.descriptors.items():
                        desc.setdefault(k2, v)
                    if info["count"]:
                        desc["count"] = info["count"]
                    src.extra["antecedent"] = ante.extra.get("antecedent") or [ante.start, ante.end]
            elif src.kind == "anonymous" and any(t.norm in ("اخر", "اخري", "اخرون", "اخرين") for t in toks[s:e]):
                # مصدر آخر: another source of the same side as the previous one
                ante = _last(history, lambda x: x.kind == "anonymous" and "nationality" in x.descriptors)
                if ante is not None:
                    desc["nationality"] = ante.descriptors["nationality"]
                    src.extra["nationality_from"] = [ante.start, ante.end]
            if src.kind == "anonymous" and info["count"] == "singular" and info["role"]:
                per = next((en for en in self.pers.between(start + 1, end)), None)
                if per is not None:  # مسؤول فرع الاتحاد في الموصل غياس سورجي: a named official
                    src.kind = "named"
                    desc.pop("count", None)
        elif "_name_nisba" in src.extra:
            src.kind = "named"
            src.extra["guessed"] = True
        elif head_ent is not None:
            src.kind = "named" if head_ent.label == "PER" else "institutional"
        elif any(en.end <= end for en in self.pers.between(start, end)):
            src.kind = "named"  # a title the lexicon does not know, then the name (المفوض العام للوكالة فلان)
        elif self.plcs.max_end(head_tok.end, inclusive=True) > head_tok.start or \
                any(m.payloads[0][1] and m.start <= head_tok.end for m in self.nisba.within(head_tok.start, end)):
            src.kind = "institutional"
        else:
            if strict:
                return None
            # a name, perhaps with an apposition: إبراهيم الجباوي، المتحدث باسم الجيش السوري الحر
            h = s
            while h < e and not (toks[h].kind == "punct" and toks[h].text in "،,") and \
                    not (h > s and any(m.start == toks[h].start or m.start == self._phrase_start(h)
                                       for m in self.nouns.within(toks[h].start, toks[h].end))):
                h += 1
            head = [t for t in toks[s:h] if t.kind == "word"]
            if not head or len(head) > 4 or h - s > 5 or any(_bare(t.norm) in _PREPS for t in toks[s:h]) \
                    or any(t.kind == "num" for t in toks[s:h]):
                return None
            if len(head) == 1 and head[0].norm.endswith(("ته", "ها", "هم")) and len(head[0].norm) > 5:
                return None  # a possessed noun (مسؤوليته), not a name
            if L.bare_noun(head[0].norm) in self.lex.nonagents:
                return None  # الأسبوع الماضي، الاتفاق: a time or a thing, not a name (quote_nonsources.tsv)
            src.kind = "named"
            src.extra["guessed"] = True
            src.end = toks[h - 1].end
        # actor
        for en in self.ents.between(start, end):
            if en.actor_id:
                if (src.kind == "named" and en.label == "PER") or (src.kind == "institutional" and en.label != "PER"):
                    src.actor_id = en.actor_id
                    break
        src.end = min(src.end, end)
        self._describe(src, s, e, start, end)
        src.text = self.text[src.start:src.end]
        return src

    def _nisba_first_name(self, s: int) -> bool:
        """Token ``s`` is an indefinite nationality word (تركي، سوري) followed by a definite word that is
        no lexicon word: a person's first name and family name, not an adjective."""
        toks = self.tokens
        t, nx = toks[s], toks[s + 1]
        if t.kind != "word" or nx.kind != "word" or _bare(t.norm).startswith("ال") or not nx.norm.startswith("ال"):
            return False
        if not any(m.end == t.end and m.start >= t.start and not m.payloads[0][1]
                   for m in self.nisba.within(t.start, t.end)):
            return False
        for hits in (self.nisba, self.nouns, self.descs, self.outlets, self.docs):
            if hits.within(nx.start, nx.end):
                return False
        return self.plcs.max_end(min(nx.start + 1, nx.end - 1), inclusive=True) < nx.end

    def _earlier_name_nisba(self, k: int, before: int) -> str | None:
        """The family name ending a named source (لعمامرة، الصافي) was given earlier with a title that
        carries a nationality word (وزير الخارجية الجزائري رمطان لعمامرة): that nationality."""
        t = self.tokens[k]
        if t.kind != "word" or len(t.text) < 3 or any(m.start <= t.start < m.end for m in self.nouns.within(t.start - 40, t.end)):
            return None
        name = t.text
        pos = before
        for _ in range(5):
            j = self.text.rfind(name, 0, pos)
            if j < 0:
                return None
            pos = j
            i = self.tv.token_index(j)
            if i >= len(self.tokens) or self.tokens[i].start != j:
                continue
            lo = i
            while lo > 0 and i - lo < 7 and not (self.tokens[lo - 1].kind == "punct" and self.tokens[lo - 1].text in ".!?؟،,\n"):
                lo -= 1
            if lo == i:
                continue
            for m in self.nisba.within(self.tokens[lo].start, self.tokens[i].start):
                if not m.payloads[0][1] and self.pers.max_end(m.start, inclusive=True) <= m.start:
                    return m.payloads[0][0]
        return None

    def _title_antecedent(self, k: int) -> str | None:
        """A definite title alone (الوزير، المتحدث) refers to the same title given indefinite with a
        nationality word in this or the previous sentence (وزير الخارجية الجزائري … . وقال الوزير)."""
        t = self.tokens[k]
        n = _bare(t.norm)
        if t.kind != "word" or not n.startswith("ال") or len(n) < 5:
            return None
        if not any(m.start <= t.start + 2 and m.payloads[0].get("role") for m in self.nouns.within(t.start, t.end)):
            return None
        bare = n[2:]
        si = t.sentence
        lo = self.tv.sentences[si - 1].tok_start if si > 0 else self.tv.sentences[si].tok_start
        for j in range(k - 1, lo - 1, -1):
            tj = self.tokens[j]
            if tj.kind == "word" and bare in (tj.norm, _bare(tj.norm)):
                for m in self.nisba.within(tj.end, self.tokens[min(j + 4, len(self.tokens) - 1)].end):
                    if not m.payloads[0][1]:
                        return m.payloads[0][0]
                return None
        return None

    def _describe(self, src: Source, s: int, e: int, start: int, end: int) -> None:
        desc = src.descriptors
        toks = self.tokens
        # nationality words inside a person's name (تركي المالكي) say nothing about nationality
        names = [(en.start, en.end) for en in self.pers.between(start, end)]
        if "_name_nisba" in src.extra:
            names.append(src.extra.pop("_name_nisba"))

        if src.kind != "outlet":
            # the home country of an outlet mentioned in the phrase is not the source's (… مع وكالة الأنباء الألمانية)
            names += [(o.start, o.end) for o in self.outlets.within(start, end)]

        # the country a source is posted to is not its own (سفير الاتحاد الأوروبي لدى اليمن، المبعوث الأممي إلى اليمن)
        posted = []
        for k in range(s, e - 1):
            if toks[k].kind == "word" and toks[k].norm in _POSTED_TO:
                nx = toks[k + 1]
                ent = self._entity_at(nx.start, nx.end)
                posted.append((nx.start, max(nx.end, ent.end if ent is not None else nx.end)))
        names += posted

        def in_posting(a: int) -> bool:
            return any(x <= a < y for x, y in posted)

        def in_name(a: int) -> bool:
            return any(x <= a < y for x, y in names)
        # affiliation: the first في/من/لدى or ب-prefixed word after the head
        aff = None
        if src.kind in ("anonymous", "named"):
            covered = [(m.start, m.end) for m in self.descs.within(start, end)] + \
                      [(m.start, m.end) for m in self.nisba.within(start, end)] + \
                      [(m.start, m.end) for m in self.nouns.within(start, end)]
            for k in range(s + 1, e):
                t = toks[k]
                if t.kind != "word" or any(a <= t.start < b for a, b in covered):
                    continue
                if t.norm in L.AFFILIATION_PREPS and k + 1 < e:
                    aff = k + 1
                    break
                ws = t.words
                if len(ws) > 1 and ws[0].role == "prep" and ws[0].norm == "ب" and len(ws[-1].norm) > 2 and ws[-1].role != "pron":
                    aff = k
                    break
        head_end = toks[aff - 1].start if aff is not None else end
        if aff is not None and src.kind == "anonymous":
            a0 = self._core_start(aff)
            desc["affiliation"] = self.text[a0:end].strip(_PUNCT_EDGE)
            aent = self._entity_at(a0, end)
            if aent is not None and aent.actor_id:
                desc["affiliation_actor"] = aent.actor_id
        for m in self.descs.within(start, end):
            attr, value = m.payloads[0]
            if attr == "role" and src.kind == "anonymous" and m.start <= start:
                continue  # the head noun itself (مسؤول)
            if attr == "role" and desc.get("role") == "official" and value != "official":
                desc["role"] = value  # مسؤول عسكري: the adjective is more specific than the head
                continue
            desc.setdefault(attr, value)
        # nationality: NORP entity, nisba in the head part, actor country, place, affiliation
        nats: list[str] = []
        for en in self.ents.between(start, head_end):
            if en.label == "NORP" and en.extra.get("country") and not in_name(en.start):
                nats.append(en.extra["country"])
        for m in self.nisba.within(start, head_end):
            if not in_name(m.start):
                nats.append(m.payloads[0][0])
        if not nats and "nationality" not in desc:
            for en in self.ents.between(start, end):
                if en.actor_id and en.actor_id in self.actors and \
                        not (en.label == "NORP" and in_name(en.start)) and not in_posting(en.start):
                    c = self.actors[en.actor_id].country
                    if c:
                        nats.append(c)
                        break
        if not nats and "nationality" not in desc:
            for m in self.nisba.within(start, end):
                if not in_name(m.start):
                    nats.append(m.payloads[0][0])
            for p in self.plcs.between(start, end):
                if p.country_code and not in_name(p.start):
                    nats.append(p.country_code)
                    break
        if not nats and "nationality" not in desc and e - s == 1 and src.kind in ("named", "anonymous"):
            c = self._title_antecedent(s)
            if c:
                nats.append(c)
                src.extra["nationality_from"] = "title"
        if not nats and "nationality" not in desc and src.kind == "named":
            c = self._earlier_name_nisba(e - 1, start)
            if c:
                nats.append(c)
                src.extra["nationality_from"] = "earlier_mention"
        if not nats and "nationality" not in desc and src.kind == "outlet" and self.context_country and \
                any(t.norm in L.NATIONAL_WORDS for t in toks[s:e]):
            # الوكالة الوطنية للإعلام، التلفزيون الرسمي: the state media of the country the article is about
            desc["nationality"] = self.context_country
            desc["nationality_basis"] = "context"
        uniq = list(dict.fromkeys(nats))
        phrase_nouns = self.nouns.within(start, end)
        local_body = src.kind == "named" and not (src.actor_id and src.actor_id in self.actors and
                                                   self.actors[src.actor_id].country) and any(
            m.payloads[0]["kind"] == "institutional" and not m.payloads[0].get("country") and m.start > start
            for m in phrase_nouns) and not any(m.payloads[0].get("country") == "-" for m in phrase_nouns)
        if not uniq and "nationality" not in desc and (local_body or (
                src.kind in ("anonymous", "institutional") and not src.actor_id)) \
                and self.context_country and not src.extra.pop("_no_context", False):
            # a local official or body with no stated nationality: the country the article is about
            desc["nationality"] = self.context_country
            desc["nationality_basis"] = "context"
        if uniq:
            desc.setdefault("nationality", uniq[0])
            if len(uniq) > 1:
                desc["nationalities"] = uniq

    def copy(self, src: Source, carried: bool = False) -> Source:
        out = Source(src.text, src.kind, src.actor_id, src.start, src.end, dict(src.descriptors),
                     {k: v for k, v in src.extra.items() if not k.startswith("_") and k != "co_sources"})
        if carried:
            out.extra["carried"] = True
        return out

    def sentence_subject(self, sent, pos: int, content_spans, entities_only: bool = False,
                         labels=("PER", "ORG")) -> Source | None:
        """For a participle with no earlier statement in its sentence (… إعراب السفارة عن قلقها،
        مشيرة إلى أن): the first source word or entity of the sentence, outside any reported content."""
        cands = [] if entities_only else [(m.start, m) for m in self.nouns.within(sent.start, pos)]
        cands += [(en.start, en) for en in self.ents.between(sent.start, pos) if en.label in labels]
        for start, _ in sorted(cands, key=lambda x: x[0]):
            if any(a <= start < b for a, b in content_spans):
                continue
            k = self.tv.token_index(start)
            e = k + 1
            ent_end = max((en.end for en in self.ents.between(start, start + 1)), default=0)
            while e < sent.tok_end and self.tokens[e].start < pos and (self.tokens[e].end <= ent_end or (
                    e - k < 5 and self.tokens[e].kind == "word" and not self.tokens[e].norm.startswith("و")
                    and _bare(self.tokens[e].norm) not in _PREPS and not self._object_after(e))):
                e += 1
            src = self.analyze(k, e, strict=True)
            if src is not None:
                src.extra["subject_of_sentence"] = True
                return src
        return None

    def known_word(self, t) -> bool:
        """Token ``t`` goes on the noun phrase before it: a descriptor or nationality adjective, or the
        inside of a name that started earlier."""
        ent = self._entity_at(t.start, t.end)
        if ent is not None and ent.start < t.start:
            return True  # inside a name that started before
        return any(m.start <= t.start + 3 for hits in (self.descs, self.nisba)
                   for m in hits.within(t.start, t.end + 40)[:1])

    def _object_after(self, e: int) -> bool:
        """Token ``e`` is a definite word no lexicon knows after a complete noun phrase (a definite word or
        the end of a name): the verb's object (وزار الوزير المستشفى، وانتقد الرئيس فلان الأحزاب)."""
        t, p = self.tokens[e], self.tokens[e - 1]
        if t.kind != "word" or not definite(t) or self.known_word(t) or p.text.startswith(("لل", "بال")):
            return False  # …، للطيران المدني: an adjective of the prepositional phrase before it
        return definite(p) or self.ents.max_end(p.start, inclusive=True) == p.end

    def carry(self, pos: int, history, paragraph: int, window: int = 2, upto: int | None = None) -> Source | None:
        """The previous speaker, for a cue with no speaker of its own (وأضاف، مستطرداً)."""
        i = len(history) if upto is None else upto
        while i > 0:
            i -= 1
            p, src = history[i][0], history[i][1]
            if p >= pos:
                continue
            si = self.tv.sentence_of(p)
            if si is not None and paragraph - si.paragraph > window:
                return None
            out = Source(src.text, src.kind, src.actor_id, src.start, src.end, dict(src.descriptors),
                         {k: v for k, v in src.extra.items() if not k.startswith("_") and k != "co_sources"})
            out.extra["carried"] = True
            return out
        return None


#: prepositions after a title that name where its holder is posted (سفير … لدى اليمن، المبعوث إلى سوريا)
_POSTED_TO = frozenset({"لدي", "الي", "الى"})

_PREPS = frozenset({"علي", "في", "من", "الي", "عن", "مع", "حول", "بين", "منذ", "خلال", "اثناء", "عقب", "بعد",
                    "قبل", "لدي", "عند", "حتي"})


def definite(t) -> bool:
    """A word with the article, read from the original spelling (folded إلغاء looks like ال + غاء)."""
    x = t.text
    if x[:1] in ("و", "ف") and len(x) > 4:
        x = x[1:]
    return x.startswith(("ال", "لل", "بال", "كال"))


_definite_tok = definite  # analyze() has a local named "definite"


def _bare(n: str) -> str:
    return n[1:] if n[:1] in ("و", "ف") and len(n) > 2 else n


def _last(history, pred, limit: int = 60):
    for h in reversed(history[-limit:]):
        src = h[1]
        if pred(src):
            return src
    return None
