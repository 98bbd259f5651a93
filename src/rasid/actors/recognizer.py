"""Lexicon-and-rules named-entity recogniser (PER ORG NORP FAC EVENT) for Arabic news.

One pass of the compiled :class:`~rasid.lexicon.PhraseMatcher` finds every lexicon entry in the document
(titles, offices, organisation heads, nationality adjectives, given names, particles, stop words,
known organisations, dictionary aliases).  The rules then look only at the tokens where an entry starts
and walk a few tokens forward:

* **organisations**: a head noun plus its genitive complement and adjectives (وزارة الخارجية المصرية،
  قوات حكومة الوفاق، مجلس النواب الليبي), or a known organisation / dictionary alias;
* **title chains**: titles, ranks, offices (with their complement) and a nationality adjective before a
  name (الرئيس المصري عبد الفتاح السيسي، مدير المخابرات العامة اللواء عباس كامل); the PER entity keeps
  the titles (``extra.titles``, ``extra.title``, ``extra.title_span``) and the country; a kinship noun
  (نجل رئيس الجمهورية) makes the following office a relative's, not the person's;
* **names**: a given name followed by name words up to a stop (محمد العلي), a dictionary alias
  (ترامب), or a dictionary surname once the actor is in context;
* **NORP**: nationality adjectives (المصري → EG) outside other entities.

Overlaps are resolved longest-first.  Offices not followed by a name are kept in
``doc.views["role_mentions"]`` for the actor resolver (role coreference).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Entity
from ..lexicon import PhraseMatcher
from ..lexicon.matcher import fold_key, match_view
from ..text import text_view
from .lexicons import GROUP_CODES, EntityLexicon, Hit

# priorities for equal-length overlaps (lower wins)
_PRIO = {"chain": 0, "dict": 1, "org": 2, "orgrule": 3, "given": 4, "nisbaname": 5, "cuename": 6, "agency": 6, "nisba": 7,
         "coref": 8}
_CHAIN_KINDS = ("title", "role")
_HEAD_KINDS = {"head"}
_VERB_PREFIXES = ("ي", "ت", "ن", "سي", "ست")
_CLITIC_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "وبال", "ولل", "فلل")
_ARABIC_WORD = re.compile("[\u0621-\u064a\u064b-\u0652\u0670]+")  # Arabic letters and diacritics only (no tatweel)


@dataclass
class Cand:
    s: int
    e: int
    t0: int
    t1: int  # token range [t0, t1)
    label: str
    how: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.e - self.s


@dataclass
class Chain:
    t0: int
    t1: int
    s: int
    e: int
    titles: list[dict[str, Any]]
    country: str | None
    relation: dict[str, Any] | None = None


class _DocState:
    """Per-document look-ups: lexicon hits by start token."""

    def __init__(self, lex: EntityLexicon, doc: Document):
        self.lex = lex
        self.doc = doc
        tv = text_view(doc)
        self.norm = tv.norm
        self.toks = tv.tokens
        self.n = len(self.toks)
        nstarts = [t.nstart for t in self.toks]
        self.starts = [t.start for t in self.toks]
        nends = [t.nend for t in self.toks]
        self.at: list[list[tuple[int, Any, Hit]]] = [[] for _ in range(self.n)]
        self.dict_ids_full: set[str] = set()
        self.kind_at: dict[str, set[int]] = {}  # kind -> token indices where an entry of that kind starts
        # "علي" spelled with ي in a text that writes the preposition على with ى is the given name, not a stop
        # (only before a name word: a given name, or a definite word that is not a stop — علي السيستاني)
        self.ali: frozenset[int] = frozenset(
            k for k, t in enumerate(self.toks[:-1]) if t.text in ("علي", "وعلي") and self.toks[k + 1].kind == "word"
            and (self.toks[k + 1].norm in lex.given or self.toks[k + 1].norm.startswith("ال") and
                 len(self.toks[k + 1].norm) > 4 and self.toks[k + 1].norm not in lex.stops)
        ) if "على" in doc.text else frozenset()
        for m in lex.matcher.find(doc, overlapping=True):
            i = bisect.bisect_right(nstarts, m.nstart) - 1
            if i < 0:
                continue
            j = bisect.bisect_left(nends, m.nend) + 1
            for hit in m.payloads:
                self.at[i].append((j, m, hit))
                self.kind_at.setdefault(hit.kind, set()).add(i)
                if hit.kind == "dict" and hit.data[1] == "alias":
                    self.dict_ids_full.add(hit.data[0])
        for lst in self.at:
            if len(lst) > 1:
                lst.sort(key=lambda x: -(x[1].nend - x[1].nstart))

    def positions(self, *kinds: str) -> list[int]:
        """Sorted token indices where an entry of one of ``kinds`` starts."""
        out: set[int] = set()
        for k in kinds:
            out |= self.kind_at.get(k, set())
        return sorted(out)

    # -- token helpers ------------------------------------------------------------------------------
    def word(self, k: int) -> bool:
        return 0 <= k < self.n and self.toks[k].kind == "word"

    def hits(self, k: int, *kinds: str, clean: bool = False, single: bool = False):
        for etok, m, hit in self.at[k] if 0 <= k < self.n else ():
            if hit.kind in kinds and (not clean or not m.prefix) and (not single or etok == k + 1):
                yield etok, m, hit

    def first(self, k: int, *kinds: str, clean: bool = False, single: bool = False):
        return next(self.hits(k, *kinds, clean=clean, single=single), None)

    def stem(self, k: int) -> tuple[str, str]:
        """(stem, proclitic prefix) of token k, using a single-token lexicon hit when there is one."""
        for etok, m, hit in self.at[k]:
            if etok == k + 1 and m.key.count(" ") == 0:
                return m.key, m.prefix
        return self.toks[k].norm, ""

    def is_stop(self, k: int) -> bool:
        """Is token k a stop word, alone or after the conjunction و/ف (وفي، فإن)?"""
        w = self.toks[k].norm
        stops = self.lex.stops
        return w in stops or (len(w) > 2 and w[0] in "وف" and w[1:] in stops)

    def has_clitic_article(self, k: int) -> bool:
        w = self.toks[k].norm
        for p in _CLITIC_ARTICLE:
            if w.startswith(p) and len(w) - len(p) >= 3:
                return True
        return False


class Recognizer:
    def __init__(self, lex: EntityLexicon, single_given: bool = True):
        self.lex = lex
        #: tag an unambiguous given name standing alone (محمد، ميساء) as a person
        self.single_given = single_given

    # ------------------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> tuple[list[Cand], list[Chain]]:
        st = _DocState(self.lex, doc)
        if st.n == 0:
            return [], []
        cands: list[Cand] = []
        orgs = self._organisations(st) + self._clubs_in_context(st) + self._clubs_by_adjective(st)
        cands += orgs
        org_at = {}
        for c in orgs:
            if c.t0 not in org_at or org_at[c.t0].t1 < c.t1:
                org_at[c.t0] = c
        people, chains = self._people(st, org_at)
        cands += people
        cands += self._nationality_names(st)
        cands += self._cue_names(st)
        cands += self._agency_credits(st)
        cands += self._nisba(st)
        chosen = _resolve(cands)
        chosen = self._coordinated_names(st, chosen)
        self._given_before_surname(st, chosen)
        self._leadership(st, chosen)
        chosen = self._surnames_again(st, chosen)
        self._attach_after_roles(st, chosen, chains)
        st.doc.views["country_mentions"] = [(m.start, m.end, hit.data) for i in st.positions("country")
                                            for etok, m, hit in st.hits(i, "country")]
        return chosen, chains

    # -- organisations, facilities, events ------------------------------------------------------------
    def _organisations(self, st: _DocState) -> list[Cand]:
        out: list[Cand] = []
        for i in st.positions("dict", "org", "orghead"):
            for etok, m, hit in st.hits(i, "dict", "org"):
                if hit.kind == "dict":
                    a = self.lex.dictionary.get(hit.data[0])
                    if a is None or a.type != "ORG":
                        continue
                    if hit.data[1] == "surname" and not self._org_short_name_ok(st, i, etok, a.id):
                        continue  # الشباب the football club or the youth, القاعدة the base
                    out.append(Cand(m.start, m.end, i, etok, "ORG", "dict",
                                    {"dict_id": a.id, "country": a.country or None}))
                else:
                    out.append(Cand(m.start, m.end, i, etok, "ORG", "org",
                                    {"org_id": hit.data["id"], "country": hit.data["country"]}))
            head = st.first(i, "orghead")
            if head is not None and head[2].data.get("named") == "q":
                out += self._quoted_list(st, i, head[0])
            elif head is not None and not self._inside_role(st, i, head):
                c = self._org_rule(st, i, head)
                if c is not None:
                    out.append(c)
        return out

    def _inside_role(self, st: _DocState, i: int, head) -> bool:
        """A definite head right after an office word is the office's complement, not a name:
        «وزيرة الخارجية السودانية», «مدير الأمن العام الأردني» (the guide keeps titles as roles).  The
        office is a role of roles.tsv that starts on the previous token and covers the head, or a role
        head (وزير، مدير) ending right before an office-domain head (org_heads.tsv kind=office: الخارجية،
        الأمن; not الاتحاد in «رئيس الاتحاد الدولي للشرطة»), with no clitic on the head."""
        if i == 0 or not head[1].key.startswith("ال") or " " in head[1].key or st.stem(i)[1] or \
                not st.word(i - 1):
            return False
        for etok, _m, hit in st.hits(i - 1, "role", "title"):
            if etok > i and hit.kind == "role":
                return True
            if etok == i and hit.kind == "role" and hit.data.get("kind") == "head" and \
                    head[1].key in self.lex.office_heads:
                return True
        return False

    def _clubs_in_context(self, st: _DocState) -> list[Cand]:
        """Club names that are also words (الأهلي، النصر، الجزيرة) in a sports context."""
        lex = self.lex
        out: list[Cand] = []
        clubs = st.positions("clubctx")
        if not clubs:
            return out
        # unambiguous clubs (الزمالك، ريال مدريد) next to an ambiguous name make a sports context
        club_set = set(i for i in st.positions("org") if
                       any(h[2].data.get("sector") == "sport" for h in st.hits(i, "org")))
        for i in clubs:
            h = st.first(i, "clubctx")
            if h is None or h[1].prefix not in ("", "و", "ل", "لل", "ب"):
                continue
            etok = h[0]
            ok = False
            for k in range(max(0, i - 3), i):
                if st.word(k):
                    w, pre = st.stem(k)
                    n = st.toks[k].norm
                    if w in lex.sport_cues or n in lex.sport_cues or (n[:1] in "وفبل" and n[1:] in lex.sport_cues):
                        ok = True
                        break
            if not ok:  # a score after it (الأهلي 2 - 1) or another club next to it
                for k in range(etok, min(st.n, etok + 2)):
                    if st.toks[k].kind == "num":
                        ok = True
                        break
            if not ok:
                ok = any(abs(c - i) <= 3 and c != i for c in club_set)
            if ok:
                out.append(Cand(h[1].start, h[1].end, i, etok, "ORG", "org",
                                {"org_id": h[2].data["id"], "country": h[2].data["country"], "context": "sport"}))
        return out

    def _org_short_name_ok(self, st: _DocState, i: int, etok: int, actor_id: str) -> bool:
        """An organisation's short name that is also a word or another name (الشباب، القاعدة) is the
        organisation when its full name occurs in the document, or a context word of
        ``actor_members.tsv`` (a member noun, حركة, a claim of responsibility) is within two tokens,
        and no sport word precedes it."""
        if self._sport_context(st, i):
            return False
        if actor_id in st.dict_ids_full:
            return True
        ctx = self.lex.member_context
        for k in (i - 2, i - 1, etok, etok + 1):
            if 0 <= k < st.n and st.toks[k].kind == "word":
                w = st.stem(k)[0]
                if w in ctx or (w[:1] in "وفبل" and w[1:] in ctx):
                    return True
        return False

    def _sport_context(self, st: _DocState, i: int, before: int = 4) -> bool:
        """Is there a sport cue word in the ``before`` tokens before token i?"""
        lex = self.lex
        for k in range(max(0, i - before), i):
            if st.word(k):
                n = st.toks[k].norm
                if st.stem(k)[0] in lex.sport_cues or n in lex.sport_cues or (n[:1] in "وفبل" and n[1:] in lex.sport_cues):
                    return True
        return False

    def _clubs_by_adjective(self, st: _DocState) -> list[Cand]:
        """"فالنسيا الإسباني"، "موناكو الفرنسي": in a sports context, a name followed by a masculine
        nationality adjective is a club (a city would take the feminine).  The adjective stays out of the
        span (it gives ``country``)."""
        lex = self.lex
        out: list[Cand] = []
        for i in st.positions("nisba"):
            h = st.first(i, "nisba", clean=True, single=True)
            if h is None or i == 0 or not h[1].key.startswith("ال") or not h[1].key.endswith("ي") or \
                    h[1].key in lex.nisba_plural or h[2].data in GROUP_CODES:
                continue
            k = i - 1
            words = 0
            while k >= 0 and i - k <= 2 and st.word(k):
                w, pre = st.stem(k)
                if pre not in ("", "و") or w.startswith("ال") or st.is_stop(k) or len(w) < 3 or \
                        not _ARABIC_WORD.fullmatch(st.toks[k].text) or w in lex.sport_cues or \
                        st.first(k, "title", "role", "orghead", "cueverb", "nisba") is not None or \
                        w.endswith(("ه", "ها", "هم", "ون", "ين", "ات")) and lex.given.get(w) is None:
                    break
                words += 1
                k -= 1
                if pre == "و":
                    break
            if words == 0 or not self._sport_context(st, k + 1, 5):
                continue
            j = k + 1
            pre0 = st.stem(j)[1]
            s0 = int(st.norm.offsets[st.toks[j].nstart + len(pre0)])
            out.append(Cand(s0, st.toks[i - 1].end, j, i, "ORG", "orgrule",
                            {"country": h[2].data, "context": "sport"}))
        return out

    def _org_rule(self, st: _DocState, i: int, head) -> Cand | None:
        etok, m, hit = head
        row = hit.data
        label = row["label"]
        # a head whose last word is definite (خفر السواحل) behaves as a definite head
        definite = m.key.startswith("ال") or " ال" in m.key
        lex = self.lex
        k, comps, adjs, nested, nouns = etok, 0, 0, 0, 0
        generic = False
        country = None
        sub: dict[str, Any] = {}
        known_end = -1
        while k < st.n and comps == 0 and not definite:
            if not st.word(k):
                if row.get("named") == "1" and st.toks[k].kind == "punct":
                    named = self._proper_complement(st, k)
                    if named is not None:
                        k, comps = named, 1
                break
            w, prefix = st.stem(k)
            if prefix or st.has_clitic_article(k):
                break
            known = st.first(k, "dict", "org", clean=True)
            if known is not None and (known[2].kind == "org" or
                                      (lex.dictionary.get(known[2].data[0]) or _NONE).type == "ORG"):
                ke, km, kh = known
                if kh.kind == "dict":
                    a = lex.dictionary.get(kh.data[0])
                    country = a.country or None
                    sub["part_of"] = a.id
                else:
                    country = kh.data["country"]
                k, comps = ke, 1
                known_end = k
                break
            cn = st.first(k, "country", clean=True)
            if cn is not None:
                country = cn[2].data
                k, comps = cn[0], 1
                break
            h2 = st.first(k, "orghead", clean=True)
            if h2 is not None and not h2[1].key.startswith("ال") and nested < 2:
                k, nested = h2[0], nested + 1
                continue
            if w in lex.org_nouns and nouns < 2:
                k, nouns = k + 1, nouns + 1
                continue
            if w in lex.stops or w in lex.nisba:
                break
            if st.first(k, "title", "role", clean=True) is not None:
                break
            if h2 is not None and h2[0] > k + 1 and h2[1].key.startswith("ال"):
                k, comps = h2[0], 1  # "مديرية الدفاع المدني": a nested definite multi-word head
                break
            if w.startswith("ال") and len(w) > 3:
                k, comps = k + 1, 1
                if w in lex.org_generic or row.get("strict") == "1":
                    generic = True  # needs an adjective to be a name
                elif not any(h[0] == k for h in st.hits(i, "dict", "org")):
                    k = self._conjoined_complement(st, k)  # not after a known name (حكومة الوفاق والتيارات …)
                break
            if row.get("named") == "2" and not definite:
                # جامعة أكسفورد، معهد ماساتشوستس: one or two unknown words are the institution's name
                m2 = k
                while m2 < st.n and m2 - k < 2 and st.word(m2):
                    w2, p2 = st.stem(m2)
                    if p2 or w2.startswith("ال") or st.has_clitic_article(m2) or st.is_stop(m2) or \
                            w2 in lex.nisba or len(w2) < 3 or "\u064b" in st.toks[m2].text or \
                            st.first(m2, "title", "role", "orghead", "cueverb", clean=True) is not None:
                        break
                    m2 += 1
                if m2 > k:
                    k, comps = m2, 1
                    break
            if row.get("named") in ("1", "2") and not definite:
                named = self._proper_complement(st, k)
                if named is not None:
                    k, comps = named, 1
                    break
            if label in ("EVENT", "FAC") and len(w) > 2 and \
                    not w.endswith(("يه", "يين", "يون")) and "ال" + w not in lex.org_adjs and \
                    "ال" + w not in lex.modifiers and "ال" + w not in lex.nisba and \
                    st.first(k, "title", "role") is None:
                k, comps = k + 1, 1
                break
            break
        # adjectives (a masculine adjective cannot follow a feminine noun: in "وزير الخارجية المصري" the
        # adjective belongs to وزير, so the organisation is not "الخارجية المصري")
        while k < st.n and st.word(k) and (comps or definite):
            w, prefix = st.stem(k)
            if prefix:
                break
            prev = st.toks[k - 1].norm
            if prev.endswith(("ه", "ات")) and w.endswith("ي") and (w in lex.nisba or w in lex.org_adjs):
                break
            if definite and comps == 0 and adjs == 0 and w.endswith("يه") and not prev.endswith(("ه", "ات")):
                break  # "هيئة الإذاعة والتلفزيون التركية": a feminine adjective after a masculine head belongs elsewhere
            if w in lex.nisba and w.startswith("ال") and w not in lex.nisba_plural:
                code = lex.nisba[w]
                if code not in GROUP_CODES:
                    country = country or code
                k, adjs = k + 1, adjs + 1
            elif w in lex.org_adjs:
                k, adjs = k + 1, adjs + 1
                # "الهيئة العامة للاستعلامات": an adjective may take a لل complement
                if st.word(k) and st.toks[k].norm.startswith("لل") and len(st.toks[k].norm) > 4 and \
                        st.toks[k].norm[1:] not in lex.stops:
                    k += 1
                    # "الهيئة العامة للاستثمار والمناطق الحرة": a second complement joined by و
                    k = self._conjoined_complement(st, k)
            else:
                break
        # "المركز الجهوي للاستثمار"، "شركة الفجر للأوراق المالية": a لل complement after the name
        if comps and not generic and label == "ORG" and st.word(k) and st.toks[k].norm.startswith("لل") and len(st.toks[k].norm) > 4 \
                and st.toks[k].norm[1:] not in lex.stops and not st.is_stop(k) and \
                st.first(k, "country", "dict", "org", "orghead") is None and (st.toks[k - 1].kind == "word"):
            k += 1
            while st.word(k) and not st.stem(k)[1] and st.stem(k)[0] in lex.org_adjs:
                k += 1
        if comps and not generic and label == "ORG" and known_end == k:
            k = self._purpose_complement(st, k)
        if generic and adjs == 0:
            return None
        # "البعثة السويدية لدى الأمم المتحدة"
        if (comps or adjs) and st.word(k + 1) and st.toks[k].norm == "لدي":
            known = st.first(k + 1, "dict", "org", clean=True)
            if known is not None:
                k = known[0]
        ok = comps > 0 if not definite else (adjs > 0 or row.get("standalone") == "1")
        if not ok:
            return None
        s = m.start
        e = st.toks[k - 1].end
        return Cand(s, e, i, k, label, "orgrule", {"country": country, **sub})

    def _purpose_complement(self, st: _DocState, k: int) -> int:
        """After a head + known organisation: «لإغاثة وتشغيل اللاجئين الفلسطينيين»، «لتنسيق الشؤون
        الإنسانية»: a ل + indefinite verbal noun, optionally a second one joined by و, then one or two
        definite genitives and adjectives. Returns the new end token (k when there is none)."""
        lex = self.lex
        if not st.word(k):
            return k
        w = st.toks[k].norm
        if not w.startswith("ل") or w.startswith("لل") or len(w) < 5 or st.is_stop(k) or \
                w[1:] in lex.stops or w.endswith(("ين", "ون")) or \
                st.first(k, "country", "dict", "org", "orghead", "title", "role", "cueverb") is not None:
            return k
        e = k + 1
        if st.word(e) and st.toks[e].norm.startswith("و") and not st.toks[e].norm.startswith("وال") and \
                len(st.toks[e].norm) >= 5 and not st.is_stop(e) and st.word(e + 1) and \
                st.toks[e + 1].norm.startswith("ال"):
            e += 1
        gen = 0
        while st.word(e) and gen < 2:
            w2 = st.toks[e].norm
            if not w2.startswith("ال") or len(w2) < 5 or st.is_stop(e) or w2 in lex.nisba or \
                    w2 in lex.org_adjs or st.first(e, "country", "title", "role", "orghead") is not None:
                break
            e, gen = e + 1, gen + 1
        if gen == 0:
            return k
        while st.word(e):
            w2 = st.toks[e].norm
            if (w2 in lex.nisba and w2 not in lex.nisba_plural and lex.nisba[w2] not in GROUP_CODES) or \
                    w2 in lex.org_adjs or (w2 in lex.nisba and w2.endswith(("يين", "يون"))):
                e += 1
            else:
                break
        return e

    def _quoted_list(self, st: _DocState, i: int, k: int) -> list[Cand]:
        """«حركتي "الماك" و"رشاد"»: after a dual or plural head (named=q) every quoted short name
        joined by و is an organisation; the span is the name inside the quotation marks."""
        out: list[Cand] = []
        while k < st.n and st.toks[k].kind == "punct" and st.toks[k].norm in ('"', "«", "“"):
            j = k + 1
            m = j
            while m < st.n and m - j < 4 and st.word(m) and not st.is_stop(m):
                m += 1
            if m == j or m >= st.n or st.toks[m].kind != "punct" or st.toks[m].norm not in ('"', "»", "”"):
                break
            out.append(Cand(st.toks[j].start, st.toks[m - 1].end, j, m, "ORG", "orgrule",
                            {"country": None, "quoted": True}))
            k = m + 1
            if k < st.n and st.toks[k].norm == "و" and k + 1 < st.n:
                k += 1
            else:
                break
        return out

    def _conjoined_complement(self, st: _DocState, k: int) -> int:
        """"وزارة الاقتصاد والتجارة": a second definite complement joined by و extends the name."""
        lex = self.lex
        if not st.word(k):
            return k
        nxt = st.toks[k].norm
        if nxt == "و" and st.word(k + 1):
            cand, w = k + 1, st.toks[k + 1].norm
        elif nxt.startswith("وال") and len(nxt) > 5:
            cand, w = k, nxt[1:]
        elif nxt.startswith("و") and len(nxt) >= 5 and not st.is_stop(k) and nxt[1:] not in lex.stops and \
                st.word(k + 1) and st.word(k + 2) and st.toks[k + 1].norm.startswith("ال") and \
                self._closing_adjective(st, k + 2) and \
                st.first(k, "orghead", "org", "dict", "country", "title", "role", "cueverb") is None:
            # "وزارة الزراعة واستصلاح الأراضي المصرية": و + an indefinite noun + its definite genitive,
            # only when a nationality or organisation adjective closes the name right after it
            w = st.toks[k + 1].norm
            if len(w) < 5 or w in lex.nisba or w in lex.stops or w in lex.org_adjs or w in lex.countries:
                return k
            return k + 2
        else:
            return k
        if not w.startswith("ال") or len(w) < 5 or w.endswith(("ات", "ين", "ون")) or w in lex.nisba or \
                w in lex.stops or w in lex.org_adjs or \
                w in lex.org_generic or w in lex.countries or \
                st.first(cand, "orghead", "org", "dict", "country", "title", "role") is not None:
            return k
        return cand + 1

    def _closing_adjective(self, st: _DocState, k: int) -> bool:
        """Is token k (without clitics) a singular nationality adjective or an organisation adjective?"""
        lex = self.lex
        if not st.word(k) or st.stem(k)[1]:
            return False
        w = st.stem(k)[0]
        return (w in lex.nisba and w.startswith("ال") and w not in lex.nisba_plural) or w in lex.org_adjs

    def _proper_complement(self, st: _DocState, k: int) -> int | None:
        """A proper name after a naming head (صحيفة، شركة، نادي): quoted (صحيفة "صن"), or 1-3 unknown
        words closed by a nationality adjective (صحيفة لانس البرازيلية، شركة بترونت الهندية).
        Returns the token index after the name (before the adjective), or None."""
        lex = self.lex
        quoted = st.toks[k].kind == "punct" and st.toks[k].norm in ('"', "«", "“")
        j = k + 1 if quoted else k
        m = j
        while m < st.n and m - j < 4 and st.word(m):
            w, pre = st.stem(m)
            if pre or st.has_clitic_article(m) or st.is_stop(m) or w in lex.nisba or w in lex.countries or \
                    (w.startswith("ال") and not quoted) or len(w) < 2:
                break
            if st.first(m, "title", "role", "orghead", "cueverb", clean=True) is not None:
                break
            m += 1
        if m == j:
            return None
        if quoted:
            if m < st.n and st.toks[m].kind == "punct" and st.toks[m].norm in ('"', "»", "”"):
                return m + 1
            return None
        if m - j > 3:
            return None
        if st.word(m):
            w, pre = st.stem(m)
            if not pre and w.startswith("ال") and w in lex.nisba and w not in lex.nisba_plural:
                return m
        return None

    # -- people -------------------------------------------------------------------------------------------
    def _people(self, st: _DocState, org_at: dict[int, Cand]) -> tuple[list[Cand], list[Chain]]:
        out: list[Cand] = []
        chains: list[Chain] = []
        # only tokens where a title, office, name word or dictionary alias starts can start a person
        starts = st.positions("title", "role", "given", "particle", "dict")
        pos = 0
        i = 0
        while pos < len(starts):
            if starts[pos] < i:
                pos += 1
                continue
            i = starts[pos]
            if st.first(i, *_CHAIN_KINDS) is not None:
                chain = self._chain(st, i, org_at)
                if chain is not None and chain.titles:
                    j = chain.t1
                    skip = 0
                    if j < st.n and st.toks[j].kind == "punct" and st.toks[j].norm in (",", "(", "-"):
                        skip = 1
                    last = chain.titles[-1]
                    kind = "religious" if last.get("class") == "religious" else last["kind"]
                    weak = fold_key(st.doc.text[last["span"][0]:last["span"][1]]) in self.lex.weak_titles
                    name = self._name(st, j + skip, kind, strict=bool(skip) or weak,
                                      feminine=st.doc.text[last["span"][0]:last["span"][1]].endswith("ة"))
                    if name is not None:
                        c = name
                        titles = chain.titles
                        if last.get("class") in ("monarch", "pope"):
                            self._regnal(st, c)
                        extra = {"titles": titles, "title": titles[0]["title"], "title_span": titles[0]["span"]}
                        if chain.country:
                            extra["country"] = chain.country
                        if chain.relation:
                            extra["relation"] = chain.relation
                        c.extra.update(extra)
                        c.how = "chain"
                        out.append(c)
                        i = c.t1
                        continue
                    chains.append(chain)
                    i = max(chain.t1, i + 1)
                    continue
            c = self._name(st, i, None)
            if c is not None:
                out.append(c)
                i = c.t1
                continue
            i += 1
        return out, chains

    def _chain(self, st: _DocState, i: int, org_at: dict[int, Cand]) -> Chain | None:
        lex = self.lex
        titles: list[dict[str, Any]] = []
        relation = None
        country = None
        k = i
        pending_kin = None
        while k < st.n:
            h = st.first(k, *_CHAIN_KINDS, clean=bool(titles or pending_kin))
            if h is not None:
                etok, m, hit = h
                row = hit.data
                kind = row.get("kind", "title")
                s, e = m.start, m.end
                text = m.key
                org_country = None
                if kind == "kin":
                    pending_kin = {"kin": st.doc.text[s:e], "span": [s, e]}
                    k = etok
                    continue
                if kind in _HEAD_KINDS:
                    org = org_at.get(etok)
                    if org is not None:
                        etok, e = org.t1, org.e
                        org_country = org.extra.get("country")
                    else:
                        j = etok
                        while j < st.n and j - etok < 2 and st.word(j):
                            w, pre = st.stem(j)
                            if pre or not w.startswith("ال") or w in lex.nisba or w in lex.stops:
                                break
                            j += 1
                        while j > etok and j < st.n and st.word(j) and st.stem(j)[0] in lex.org_adjs:
                            j += 1
                        if j == etok:
                            # "وزير خارجية فرنسا"، "ممثل قطر"، "رئيس وزراء بريطانيا": a country in the genitive
                            j, org_country = self._country_genitive(st, etok)
                        if j > etok:
                            e = st.toks[j - 1].end
                        etok = j
                if kind in ("office", "head") and etok < st.n and st.word(etok) and org_at.get(etok) is None:
                    # "المدير التنفيذي للشركة"، "الأمين العام للحزب": a definite لل complement of the office
                    nw = st.toks[etok].norm
                    if nw.startswith("لل") and len(nw) > 4 and not st.is_stop(etok) and \
                            st.first(etok, "given", "dict", "country") is None and _ARABIC_WORD.fullmatch(st.toks[etok].text):
                        e = st.toks[etok].end
                        etok += 1
                title = {"title": st.doc.text[s:e], "span": [s, e], "kind": kind,
                         "class": lex.role_classes.get(text) or row.get("class") or None}
                if kind == "cue":  # "الحكومة المؤقتة برئاسة": the name follows, the office is the organisation's
                    if titles:
                        break
                    titles.append(title)
                    k = etok
                    break
                if org_country:
                    title["country"] = org_country
                if pending_kin is not None:
                    relation = {**pending_kin, "of": title}
                    pending_kin = None
                else:
                    titles.append(title)
                k = etok
                continue
            if (titles or relation) and st.word(k):
                w, pre = st.stem(k)
                if not pre and w in lex.modifiers:
                    if titles:
                        titles[-1]["modifier"] = st.toks[k].text
                    k += 1
                    continue
                if titles and not pre and w == "في" and titles[-1]["kind"] in ("office", "head") and \
                        "posted_in" not in titles[-1]:
                    # "سفير الولايات المتحدة في ليبيا ريتشارد نورلاند": the office's post is part of the title
                    cn = st.first(k + 1, "country", clean=True)
                    if cn is not None and st.word(cn[0]):
                        last = titles[-1]
                        last["span"] = [last["span"][0], cn[1].end]
                        last["title"] = st.doc.text[last["span"][0]:cn[1].end]
                        last["posted_in"] = cn[2].data
                        k = cn[0]
                        continue
                if titles and not pre and w in lex.org_adjs and w not in lex.nisba and \
                        titles[-1]["kind"] in ("title", "honorific", "descriptor") and \
                        titles[-1]["span"][1] == st.toks[k - 1].end and w.endswith("ي") and \
                        st.word(k + 1) and st.toks[k + 1].norm != "باسم" and not st.stem(k + 1)[1] and \
                        not st.is_stop(k + 1):
                    # "الخبير الاقتصادي سعيد ليلاز": a field adjective right after a title is part of it
                    last = titles[-1]
                    last["span"] = [last["span"][0], st.toks[k].end]
                    last["title"] = st.doc.text[last["span"][0]:last["span"][1]]
                    k += 1
                    continue
                if not pre and w.startswith("ال") and w in lex.nisba:
                    code = lex.nisba[w]
                    if code not in GROUP_CODES:
                        if titles:
                            titles[-1].setdefault("country", code)
                            country = country or code
                    k += 1
                    continue
            break
        if not titles and relation is None:
            return None
        if not titles and relation is not None:
            # "نجل رئيس الجمهورية": the office is a relative's; the chain goes on with the next title, if any
            pass
        t1 = k
        s = titles[0]["span"][0] if titles else relation["span"][0]
        e = st.toks[t1 - 1].end if t1 > i else s
        if country is None:
            for t in titles:
                if t.get("country"):
                    country = t["country"]
                    break
        return Chain(i, t1, s, e, titles, country, relation)

    def _name(self, st: _DocState, j: int, after: str | None, strict: bool = False,
              feminine: bool = False) -> Cand | None:
        """A personal name starting at token j (``after``: the kind of the title before it, if any)."""
        lex = self.lex
        after_title = after in ("title", "rank", "honorific", "religious")
        if not st.word(j):
            return None
        # "عضو المفوضية علي الكرخي": علي (not the preposition على) after a title, or before a known family name
        ali = j if j in st.ali and (after is not None or st.toks[j + 1].norm in lex.surnames) else -1
        w0, pre0 = st.stem(j)
        if after and pre0:
            return None
        dict_hit = None
        for etok, m, hit in st.hits(j, "dict"):
            a = lex.dictionary.get(hit.data[0])
            if a is None or a.type != "PER":
                continue
            if hit.data[1] == "surname" and not after and a.id not in st.dict_ids_full:
                continue
            dict_hit = (etok, m, hit)
            break
        given = lex.given.get(w0)
        particle = lex.particles.get(w0)
        if not after and dict_hit is None and pre0 and pre0[-1] in "بكل":
            return None  # بفضل، بكامل، لدينا: a preposition before a bare given name is mostly an ordinary word
        if particle == "bind" and not after and dict_hit is None and w0 not in ("عبد", "عبدال"):
            # a kunya (أبو بكر) without a title needs a given name after the particle
            if not (st.word(j + 1) and st.stem(j + 1)[0] in lex.given and not st.stem(j + 1)[1]):
                return None
        compound = particle == "compound" and st.word(j + 1) and lex.particles.get(st.stem(j + 1)[0]) == "second"
        known = dict_hit is not None or given is False or particle == "bind" or (given is True and after) or compound
        if not known and after_title and w0[:1] in "ولبف" and st.first(j, "dict") is None and \
                (w0[0] == "و" and len(w0) > 3 or w0.endswith(("ه", "ها", "هم", "هما", "وا")) or st.is_stop(j)
                 or w0[1:] in lex.given) and not self._surname_next(st, j + 1):
            return None  # لنظيره، وأضاف: a clitic on an unknown word (not فرنسوا before هولاند)
        honorific_family = False
        if not known and after == "religious" and w0.startswith("ال") and w0.endswith("ي") and len(w0) > 4 \
                and w0 not in lex.nisba and w0 not in lex.modifiers and w0 not in lex.org_adjs and w0 not in lex.stops:
            honorific_family = True  # الإمام الخميني
        if not known and not honorific_family and after in ("office", "descriptor", "cue") and not strict \
                and st.word(j + 1) and self._surname_next(st, j + 1) and _ARABIC_WORD.fullmatch(st.toks[j].text) \
                and not st.is_stop(j) and not st.at[j] and not pre0 and _name_like_start(w0):
            honorific_family = None  # "المبعوث الأمريكي توم باراك": an unknown word before a known family name
            known = True
        if not known and not honorific_family and after in ("office", "descriptor", "cue") and not strict \
                and not w0.startswith(_VERB_PREFIXES) and st.word(j + 1):
            # an unknown given name after an office is accepted in the pattern "X الY" (نادر العطار)
            w1, p1 = st.stem(j + 1)
            if not p1 and w1.startswith("ال") and len(w1) > 4 and w1 not in lex.nisba and w1 not in lex.stops \
                    and w1 not in lex.modifiers and w1 not in lex.org_adjs and st.first(j + 1, "orghead", "title", "role") is None:
                honorific_family = None  # accepted; the walk below ends after the surname
                known = True
            elif self._two_word_name(st, j):
                honorific_family = None  # "كبير المفاوضين صائب عريقات إن": two name words closed by a boundary
                known = True
        if not known and not honorific_family and (st.toks[j].text.endswith("\u064b") or
                                                   not feminine and st.toks[j].text.endswith("ة")):
            return None  # سلطة، واحدة، ساكناً: a feminine noun or an accusative after a title is not a name
        if not known and not honorific_family:
            if not after_title or strict:
                if not (given is True and self._next_is_given(st, j)):
                    return None
            if w0.startswith("ال") or (w0 in lex.stops and j != ali) or \
                    w0.startswith(_VERB_PREFIXES) and given is None and not (
                        _name_like_start(w0) and self._surname_next(st, j + 1)):
                if dict_hit is None:
                    return None  # (توم باراك: a known family name after it makes it a first name)
            if w0 in lex.nisba or st.is_stop(j) or st.first(j, "orghead", "title", "role", "country", single=True):
                return None
        # walk the name (a dictionary alias is taken as it is)
        k, units, unknown_run = j, 0, 0
        while dict_hit is None and k < st.n and units < 5:
            if not st.word(k):
                break
            w, pre = st.stem(k)
            if k > j and (pre or st.has_clitic_article(k) or (w.startswith("و") and len(w) > 3
                                                                and w not in lex.given and w[1:] in lex.given)):
                break
            if k != ali and (w in lex.stops or st.is_stop(k)) or w in lex.nisba or w in lex.countries or \
                    (len(w) <= 2 and w not in lex.particles):
                break
            if k > j and w.startswith("ي") and len(w) > 3 and w not in lex.given and st.first(k, "dict") is None:
                break  # an imperfect verb (يتقمص) ends the name
            if k > j and "\u064b" in st.toks[k].text:
                break  # tanween (أخيراً، رسمياً) is never on a name
            if k > j and w not in lex.given and st.first(k, "dict") is None and len(w) > 2 and (
                    w[0] in "لب" and (w[1:] in lex.stops or w[1] == "ل") or
                    w[0] == "و" and w[1] not in "اي" and len(w) > 3):
                break  # "للمحطة"، "وزوجته": a clitic on an unknown word after a name

            if k > j and st.first(k, "title", "role", "orghead", clean=True) is not None and \
                    st.first(k, "given", "dict") is None and not self._nasab(st, k):
                break
            if k == j and dict_hit is None and st.first(k, "orghead", "role", single=True) is not None:
                break
            kind = lex.particles.get(w)
            if kind == "bind" and st.word(k + 1):
                nxt, npre = st.stem(k + 1)
                if npre or nxt in lex.stops:
                    break
                k, units = k + 2, units + 1
                if nxt.startswith("ال") and lex.particles.get(nxt) != "second" and w not in ("عبد", "ابو", "ام"):
                    break
                continue
            if kind == "compound" and st.word(k + 1) and lex.particles.get(st.stem(k + 1)[0]) == "second" \
                    and not st.stem(k + 1)[1]:
                k, units = k + 2, units + 1
                continue
            if w.startswith("ال") and w not in lex.foreign and w not in lex.surnames:
                if k > j and w0 in lex.foreign and w not in lex.given:
                    break  # a foreign first name does not take an Arabic surname with the article
                if k == j and (w in lex.given or honorific_family):
                    k, units = k + 1, units + 1
                    if honorific_family:
                        break
                    continue
                if k == j:
                    break
                k, units = k + 1, units + 1
                break
            k, units = k + 1, units + 1
            if w not in lex.given and st.first(k - 1, "dict") is None:
                unknown_run += 1
            if w in lex.surnames and dict_hit is None:
                # a family name (ميركل، زيدان) ends the name unless another known name word follows
                nxt = st.stem(k)[0] if st.word(k) and not st.stem(k)[1] else ""
                if not (nxt in lex.given or nxt in lex.particles):
                    break
            if (not known and units >= 3) or unknown_run >= 2:
                break
            if unknown_run == 1 and units >= 2:
                # after one unknown surname word the name goes on only with a known name word or a particle
                nxt = st.stem(k)[0] if st.word(k) else ""
                if not (nxt in lex.given or nxt in lex.particles or st.first(k, "dict") is not None):
                    break
        if dict_hit is not None and dict_hit[0] > k:
            k = dict_hit[0]
        if k <= j:
            return None
        # "لوكاس-برونيه": a hyphenated family name written without spaces goes on over the hyphen
        if dict_hit is None and k - j >= 2 and k + 1 < st.n and st.toks[k].text in ("-", "‐", "‑") and \
                st.toks[k].start == st.toks[k - 1].end and st.word(k + 1) and \
                st.toks[k + 1].start == st.toks[k].end and not st.is_stop(k + 1) and \
                not st.toks[k + 1].norm.startswith("ال") and len(st.toks[k + 1].norm) > 2:
            k += 2
        if dict_hit is None and not after:
            # a name without a title needs a given name and at least one more word
            if given is None and particle != "bind" and not compound:
                return None
            if k - j < 2 and not (self.single_given and given is False and pre0 in ("", "و")):
                return None
            if k - j < 2 and j > 0 and st.toks[j - 1].norm in ("من", "عن") and not pre0:
                return None  # "عن عمر يناهز"، "من عمره": a lone name after من/عن is mostly a noun
            if given is True and not compound and not self._next_is_given(st, j):
                return None
        # exact dictionary alias equal to the span
        s = int(st.norm.offsets[st.toks[j].nstart + len(pre0)])
        if dict_hit is not None and dict_hit[0] == k:
            e = dict_hit[1].end
            s = dict_hit[1].start
        else:
            e = st.toks[k - 1].end
        extra: dict[str, Any] = {}
        if dict_hit is not None and dict_hit[0] == k:
            extra["dict_id"] = dict_hit[2].data[0]
        return Cand(s, e, j, k, "PER", "dict" if (dict_hit is not None and not after) else "given", extra)

    def _two_word_name(self, st: _DocState, j: int) -> bool:
        """Tokens j, j+1 look like a two-word name (no article, clitic, stop word, verb prefix, feminine or
        plural ending, tanween) and token j+2 closes it (punctuation, إن/أن, a stop word, a speech verb)."""
        lex = self.lex
        for k in (j, j + 1):
            if not st.word(k) or not _ARABIC_WORD.fullmatch(st.toks[k].text):
                return False
            w, pre = st.stem(k)
            if pre or w.startswith("ال") or len(w) < 3 or st.is_stop(k) or w in lex.nisba or w in lex.countries \
                    or w in lex.source_nouns or st.toks[k].text.endswith("ة") or \
                    w.endswith(("ون", "ين", "ات", "وا", "ه", "ها", "هم") if k == j else ("ون", "وا", "ها", "هم")) \
                    and lex.given.get(w) is None or \
                    st.first(k, "title", "role", "orghead", "cueverb", "org", "country") is not None:
                return False
            if w.startswith(_VERB_PREFIXES) and lex.given.get(w) is None:
                return False
        b = j + 2
        if b >= st.n or st.toks[b].kind == "punct":
            return True
        w, pre = st.stem(b)
        return st.is_stop(b) or w in lex.complementisers or st.first(b, "cueverb") is not None

    def _next_is_given(self, st: _DocState, j: int) -> bool:
        if not st.word(j + 1):
            return False
        w, pre = st.stem(j + 1)
        return not pre and self.lex.given.get(w) is False

    # -- "الحكومة المؤقتة برئاسة عبد الله الثني": the person heads the organisation before the cue --------
    @staticmethod
    def _leadership(st: _DocState, chosen: list[Cand]) -> None:
        orgs_by_end = {c.e: c for c in chosen if c.label == "ORG"}
        for c in chosen:
            if c.label != "PER":
                continue
            cue = next((t for t in c.extra.get("titles", []) if t.get("kind") == "cue"), None)
            if cue is None:
                continue
            s = cue["span"][0]
            org = None
            for gap in range(0, 3):  # the organisation ends right before the cue (a space, maybe a comma)
                org = orgs_by_end.get(s - gap)
                if org is not None:
                    break
            if org is not None:
                c.extra["heads"] = {"org": st.doc.text[org.s:org.e], "span": [org.s, org.e],
                                    "class": cue.get("class"), "cue": cue["title"],
                                    "org_id": org.extra.get("dict_id") or org.extra.get("org_id")}

    # -- "قال الأمريكي جون سميث": a nationality adjective that starts a phrase introduces a name ---------
    def _nationality_names(self, st: _DocState) -> list[Cand]:
        lex = self.lex
        out: list[Cand] = []
        for i in st.positions("nisba"):
            h = st.first(i, "nisba", clean=True, single=True)
            if h is None or not h[1].key.startswith("ال") or not h[1].key.endswith("ي") or h[1].key in lex.nisba_plural:
                continue  # the masculine singular only (الأمريكي جون سميث); feminine forms are also country names
            if h[2].data in GROUP_CODES or not st.word(i + 1):
                continue
            if i > 0 and st.word(i - 1):
                pw, ppre = st.stem(i - 1)
                # after a definite noun or a name head the adjective describes that noun (الوفد المصري)
                if pw.startswith("ال") or ppre.endswith("ال") or st.has_clitic_article(i - 1) or \
                        st.first(i - 1, "orghead", "title", "role") is not None or pw in lex.nisba:
                    continue
            c = self._name(st, i + 1, "title", strict=False)
            if c is None:
                continue
            if c.t1 - c.t0 < 2:
                # one word: a known first or family name, or an unknown name-like word before a boundary
                w, pre = st.stem(c.t0)
                nxt = c.t1
                boundary = nxt >= st.n or st.toks[nxt].kind == "punct" or st.is_stop(nxt) or \
                    st.toks[nxt].norm == "و" or st.first(nxt, "cueverb") is not None
                text = st.toks[c.t0].text
                if not (lex.given.get(w) is False or w in lex.surnames or
                        boundary and lex.given.get(w) is None and len(w) > 3 and
                        not w.endswith(("ه", "ها", "هم", "ون", "ين", "ات", "وا")) and
                        not text.endswith(("ة", "\u064b")) and not w.startswith(_VERB_PREFIXES)):
                    continue
            c.how = "nisbaname"
            c.extra.setdefault("country", h[2].data)
            c.extra["nationality_span"] = [h[1].start, h[1].end]
            out.append(c)
        return out

    # -- "وقال بلير إن"، "وأضاف ريناتو سوليدام، رئيس المعهد": a speech verb introduces a name ---------------
    def _cue_names(self, st: _DocState) -> list[Cand]:
        """Unknown words right after a speech verb, closed by a clear boundary, make a person's name.

        The name is 1-3 words without the article, clitics, stop words, nationality adjectives, country
        names, offices or source nouns (مصدر، مسؤول، بيان); the word after it must be punctuation, a stop
        word (إن، أن، في، أمس) or an office/title in apposition.  One unknown word alone must look like a
        singular name (no plural ending) and be followed by إن/أن, a colon, a comma or a quotation mark.
        """
        lex = self.lex
        out: list[Cand] = []
        for i in st.positions("cueverb"):
            h = st.first(i, "cueverb", single=True)
            if h is None:
                continue
            j = h[0]
            k = j
            known = 0
            verbish = False
            if st.word(j) and self._al_family_name(st, j):
                k = j + 1
                if k >= st.n or st.toks[k].kind == "punct" and st.toks[k].norm not in ("-", "/", ".") or \
                        st.word(k) and st.stem(k)[0] in lex.complementisers and not st.stem(k)[1]:
                    out.append(Cand(st.toks[j].start, st.toks[j].end, j, k, "PER", "cuename",
                                    {"cue": st.doc.text[h[1].start:h[1].end]}))
                continue
            while k < st.n and k - j < 3 and st.word(k):
                w, pre = st.stem(k)
                if not _ARABIC_WORD.fullmatch(st.toks[k].text) or st.has_clitic_article(k) or w in lex.complementisers:
                    break  # لـCNN، بالقول، بأن
                if pre or w.startswith("ال") or len(w) < 3 or st.is_stop(k) or w in lex.nisba or \
                        w in lex.countries or w in lex.source_nouns or w in lex.particles or \
                        st.first(k, "title", "role", "orghead", "country", "cueverb", "org") is not None:
                    break
                if "\u064b" in st.toks[k].text:
                    break  # tanween: an adverb or indefinite noun (أخيراً، رسمياً)
                g = lex.given.get(w)
                d = st.first(k, "dict")
                if d is not None and k == j:
                    k = d[0]
                    known += 1
                    break  # a dictionary alias is the whole name
                if g is False:
                    known += 1
                elif st.first(k, "dict") is None and g is None and not (
                        k == j and w.endswith("ين") and len(w) >= 5 and self._complement_follows(st, k + 1)) and (
                        w.endswith(("ون", "ين", "ات", "وا", "ه", "ها", "هم") if k == j else ("ون", "وا", "ها", "هم")) or
                        st.toks[k].text.endswith("ه") or k > j and w[0] == "و" and w[1:2] not in ("ا", "ي")):
                    break  # plural nouns and verbs (مسؤولون، قالوا), pronoun suffixes (مسؤوليته); family names may end in ات (فرحات)
                if k == j and g is None and w.startswith(_VERB_PREFIXES) and st.first(k, "dict") is None:
                    verbish = True  # a first word like an imperfect verb: only a longer name closed by an office or punctuation
                k += 1
            if k == j:
                continue
            if verbish and (k - j < 2 or k < st.n and st.toks[k].kind == "word" and
                            st.first(k, "title", "role", clean=True) is None):
                continue
            # the boundary after the name
            if k < st.n:
                tok = st.toks[k]
                if tok.kind == "punct":
                    if tok.norm in ("-", "/", "."):
                        if k - j < 2 and not known:
                            continue
                elif tok.kind == "word":
                    w, pre = st.stem(k)
                    role = st.first(k, "title", "role", clean=True) is not None
                    if not (role or st.is_stop(k) and not pre):
                        continue
                    if k - j == 1 and not known and not role and w not in lex.complementisers and \
                            w not in lex.name_preps and not self._one_word_closer(st, k):
                        continue
                else:
                    continue
            c = Cand(st.toks[j].start, st.toks[k - 1].end, j, k, "PER", "cuename", {"cue": st.doc.text[h[1].start:h[1].end]})
            out.append(c)
        return out

    # -- "ووصلت كاترينا كولونا": an unknown foreign-looking word before a known family name -------------
    def _given_before_surname(self, st: _DocState, chosen: list[Cand]) -> None:
        """Extend a lone known family name (surnames.tsv, or a one-word dictionary alias) over the word before
        it when that word looks like an unlisted foreign first name: Arabic letters only, five letters or
        more, no clitic, article or tanween, not in any lexicon, not a stop word, not shaped like a verb
        (ا ت ي ن س م first: التقى، استقبل، يزور; و ف first: ورحبت; ـت last: رحبت), a plural or
        pronoun-suffixed noun; and, as transliterated names do, it spells at least two long vowels
        (كاترينا، كريستينا; not برنامج).
        """
        lex = self.lex
        taken = {k for c in chosen for k in range(c.t0, c.t1)}
        for c in chosen:
            if c.label != "PER" or c.t1 - c.t0 != 1 or c.how not in ("given", "dict", "cuename") or c.t0 == 0:
                continue
            sw, spre = st.stem(c.t0)
            if spre or sw.startswith("ال") or (lex.given.get(sw) is not False or sw not in lex.surnames) and \
                    (c.how != "dict" or lex.given.get(sw) is not None):
                continue
            k = c.t0 - 1
            if k in taken or not st.word(k) or st.at[k]:
                continue
            tok = st.toks[k]
            w = tok.norm
            if not _ARABIC_WORD.fullmatch(tok.text) or len(w) < 5 or w.startswith("ال") or w[0] in "اتينسموف" or \
                    w in lex.known_words or st.is_stop(k) or st.has_clitic_article(k) or \
                    w.endswith(("ه", "ت", "ون", "ين", "وا", "ها", "هم", "كم")):
                continue
            if w[0] in "لب" and (w[1] == "ا" or w[1:] in lex.known_words or w[1:] in lex.stops or
                                 sum(ch in "اوي" for ch in w[2:]) < 2):
                continue  # a clitic before a verbal noun, a lexicon word or a noun (لإقناع، بالنسبة، بغليان)
            if w.endswith("ء") or w[2] == "ا" or len(w) == 5 and w[1] == "ا" and w[-1] == "ي" or \
                    sum(ch in "اوي" for ch in w[1:]) < 2:
                continue  # broken plurals (حلفاء، جماهير، ضحايا، كتائب), plural constructs (داعمي), few long vowels (برنامج)
            c.s, c.t0 = tok.start, k
            c.extra["given_guess"] = True

    def _country_genitive(self, st: _DocState, k: int) -> tuple[int, str | None]:
        """After an office head at token k: an optional indefinite noun whose definite form is a lexicon word
        (خارجية → الخارجية، وزراء → الوزراء) and a country name without clitic.  Returns (end token, ISO code);
        (k, None) when there is none."""
        j = k
        if st.word(j) and st.first(j, "country", clean=True) is None:
            w, pre = st.stem(j)
            if pre or w.startswith("ال") or st.at[j] or st.is_stop(j) or "ال" + w not in self.lex.known_words:
                return k, None
            j += 1
        h = st.first(j, "country", clean=True)
        if h is None or not st.word(j):
            return k, None
        return h[0], h[2].data

    def _nasab(self, st: _DocState, k: int) -> bool:
        """"أسامة ابن لادن"، "خالد ابن الوليد": ابن/بنت inside a name (not the kinship noun of "ابن الرئيس",
        "ابن عمه"): the next word is a name word, not a title, office, stop word or pronoun-suffixed noun."""
        lex = self.lex
        if lex.particles.get(st.toks[k].norm) != "bind" or st.stem(k)[1] or not st.word(k + 1):
            return False
        w, pre = st.stem(k + 1)
        if pre or st.is_stop(k + 1) or w in lex.nisba or w in lex.countries or st.toks[k + 1].norm.endswith("ه"):
            return False
        if st.first(k + 1, "title", "role", "orghead", "country", "nisba") is not None:
            return False
        if st.word(k + 2) and st.toks[k + 2].norm in ("عاما", "عام", "سنه", "عامين"):
            return False  # "ابن الثلاثين عاما": an age
        return _ARABIC_WORD.fullmatch(st.toks[k + 1].text) is not None and len(w) > 2

    def _surname_next(self, st: _DocState, k: int) -> bool:
        """Is token k a known family name (surnames.tsv) or a person's dictionary alias, without a clitic?"""
        if not st.word(k):
            return False
        w, pre = st.stem(k)
        if pre:
            return False
        if w in self.lex.surnames and self.lex.given.get(w) is False:
            return True
        for _etok, _m, hit in st.hits(k, "dict", clean=True):
            a = self.lex.dictionary.get(hit.data[0])
            if a is not None and a.type == "PER":
                return True
        return False

    def _regnal(self, st: _DocState, c: Cand) -> None:
        """"الملك محمد الخامس"، "البابا بنديكت السادس عشر": a regnal ordinal after a monarch's name joins it."""
        k = c.t1
        if not st.word(k) or st.toks[k].norm not in self.lex.regnal or st.stem(k)[1]:
            return
        k += 1
        if st.word(k) and st.toks[k].norm == "عشر":
            k += 1
        elif st.toks[k - 1].norm == "الحادي":
            return  # الحادي alone is no ordinal
        c.extra["regnal"] = st.doc.text[st.toks[c.t1].start:st.toks[k - 1].end]
        c.t1, c.e = k, st.toks[k - 1].end

    def _complement_follows(self, st: _DocState, m: int) -> bool:
        """Does إن/أن (or إلى أن) start at token m?  ("وأشار هيرين إلى أن": a name ending in ـين is no plural here)"""
        comp = self.lex.complementisers
        if not st.word(m):
            return False
        w, pre = st.stem(m)
        if w in comp:
            return True
        return w == "الي" and not pre and st.word(m + 1) and st.stem(m + 1)[0] in comp

    def _one_word_closer(self, st: _DocState, k: int) -> bool:
        """A time word (أمس، اليوم) or "من جهته/من جانبه" after a one-word name of a speech verb."""
        w, pre = st.stem(k)
        if pre or st.toks[k - 1].norm.endswith(("نا", "كم")):
            return False  # مراسلنا اليوم: a noun with a pronoun suffix
        if w in self.lex.name_times:
            return True
        return w == "من" and st.word(k + 1) and st.toks[k + 1].norm in self.lex.self_refs

    # -- "روي ماكاي وكريستيان أودو": a name coordinated with a person's name is a person's name -------------
    def _coord_word(self, st: _DocState, k: int, w: str, first: bool) -> bool | None:
        """Can token k (stem w) be a word of a coordinated name? None: no; True: a known name word;
        False: an unknown word that may be a name."""
        lex = self.lex
        if len(w) < 2 or w in lex.stops or st.is_stop(k) or w in lex.nisba or w in lex.countries or \
                w in lex.source_nouns or "\u064b" in st.toks[k].text or not _ARABIC_WORD.fullmatch(st.toks[k].text):
            return None
        if st.first(k, "title", "role", "orghead", "cueverb", "org", "country") is not None and \
                st.first(k, "given", "dict") is None:
            return None
        if lex.given.get(w) is not None or st.first(k, "dict") is not None:
            return True
        if w.endswith(("ون", "ين", "ات", "وا", "ه", "ها", "هم")) or (first and w.startswith(_VERB_PREFIXES)):
            return None
        return False

    def _conj_boundary(self, st: _DocState, k: int) -> bool:
        """Is token k a conjunction "و" (alone or attached) or punctuation (or outside the text)?"""
        if k < 0 or k >= st.n:
            return True
        t = st.toks[k]
        if t.kind == "punct":
            return True
        return t.kind == "word" and (t.norm == "و" or (t.norm.startswith("و") and len(t.norm) > 3))

    def _coordinated_names(self, st: _DocState, chosen: list[Cand]) -> list[Cand]:
        lex = self.lex
        if not any(c.label == "PER" for c in chosen):
            return chosen
        taken = bytearray(len(st.doc.text) + 1)
        for c in chosen:
            taken[c.s:c.e] = b"\x01" * (c.e - c.s)
        extra: list[Cand] = []
        queue = [c for c in chosen if c.label == "PER"]
        while queue:
            c = queue.pop(0)
            for nc in (self._coord_right(st, c), self._coord_left(st, c)):
                if nc is None or nc.e <= nc.s or 1 in taken[nc.s:nc.e]:
                    continue
                taken[nc.s:nc.e] = b"\x01" * (nc.e - nc.s)
                extra.append(nc)
                queue.append(nc)
        if not extra:
            return chosen
        return sorted(chosen + extra, key=lambda c: c.s)

    def _coord_right(self, st: _DocState, c: Cand) -> Cand | None:
        k = c.t1
        if not st.word(k):
            return None
        attached = False
        if st.toks[k].norm == "و":
            k += 1
            if not st.word(k):
                return None
        elif st.toks[k].norm.startswith("و") and len(st.toks[k].norm) > 3 and st.toks[k].text[:1] == "و":
            attached = True
        else:
            return None
        j = k
        known = 0
        while k < st.n and k - j < 3 and st.word(k):
            w, pre = st.stem(k)
            if k == j and attached:
                if pre not in ("", "و"):
                    break
                if not pre:
                    w = w[1:]
            elif pre:
                break
            if w.startswith("ال") and not known:
                break
            ok = self._coord_word(st, k, w, k == j)
            if ok is None:
                break
            known += ok
            k += 1
            if w.startswith("ال"):
                break
        n = k - j
        if n == 0 or not known and n > 2:
            return None
        if k < st.n and st.toks[k].kind == "word":
            if not (self._conj_boundary(st, k) or (n > 1 or known) and st.is_stop(k)):
                return None
        s0 = st.toks[j].start + (1 if attached else 0)
        return Cand(s0, st.toks[k - 1].end, j, k, "PER", "coord", {"coordinated_with": [c.s, c.e]})

    def _coord_left(self, st: _DocState, c: Cand) -> Cand | None:
        """"يحيى شاهين ونور الشريف": the conjunct before a person's name (which starts after و)."""
        t0 = c.t0
        if st.toks[t0].start < c.s and st.doc.text[st.toks[t0].start] == "و":
            k = t0 - 1  # attached و: the left conjunct ends at the previous token
        elif t0 > 0 and st.toks[t0 - 1].norm == "و":
            k = t0 - 2
        else:
            return None
        e = k + 1
        known = 0
        words = 0
        while k >= 0 and e - k <= 3 and st.word(k):
            w, pre = st.stem(k)
            if pre and pre != "و":
                break
            if pre == "و" or (st.toks[k].norm.startswith("و") and len(st.toks[k].norm) > 3 and
                              self._coord_word(st, k, w, True) is False and self.lex.given.get(w[1:]) is not None):
                break  # another conjunct: handled when that one is a name
            if w.startswith("ال") and words > 0:
                break
            ok = self._coord_word(st, k, w, False)
            if ok is None:
                break
            if words == 1 and st.stem(e - 1)[0].startswith("ال") and not ok:
                break  # "محمد العلي": an Arabic surname with the article needs a known first name
            known += ok
            words += 1
            k -= 1
        if words == 0:
            return None
        left = k + 1
        # the conjunct must start after a boundary: punctuation, the start, و, a stop word or a verb/title
        if k >= 0 and st.toks[k].kind == "word" and not (self._conj_boundary(st, k) or st.is_stop(k) or
                                                          st.first(k, "cueverb", "title", "role") is not None):
            return None
        if st.stem(left)[0].startswith("ال") or st.stem(left)[0].startswith(_VERB_PREFIXES) and not known:
            return None
        if not known and words > 2 or words == 1 and st.stem(left)[0].startswith("ال"):
            return None
        return Cand(st.toks[left].start, st.toks[e - 1].end, left, e, "PER", "coord", {"coordinated_with": [c.s, c.e]})

    # -- "(الفرنسية)"، "(الألمانية - أرشيف)": a news-agency credit in brackets ------------------------------
    def _agency_credits(self, st: _DocState) -> list[Cand]:
        lex = self.lex
        out: list[Cand] = []
        for i in st.positions("nisba"):
            if i == 0 or st.toks[i - 1].norm not in ("(", "["):
                continue
            h = st.first(i, "nisba", clean=True, single=True)
            if h is None or not h[1].key.startswith("ال") or not h[1].key.endswith("يه"):
                continue
            nxt = st.toks[i + 1].norm if i + 1 < st.n else ""
            if nxt not in (")", "]", "-", "/", ",", "،"):
                continue
            close = next((k for k in range(i + 1, min(st.n, i + 5)) if st.toks[k].norm in (")", "]")), None)
            if close is None:
                continue
            after = close + 1
            # a credit closes a paragraph or a caption: nothing, punctuation or a new line follows
            if nxt != "-" and after < st.n and st.toks[after].kind != "punct" and \
                    "\n" not in st.doc.text[st.toks[close].end:st.toks[after].start]:
                continue
            out.append(Cand(h[1].start, h[1].end, i, i + 1, "ORG", "agency",
                            {"credit": True, "agency_of": h[2].data}))
        return out

    def _al_family_name(self, st: _DocState, j: int) -> bool:
        """A family name with the article and a nisba ending (الحريري، البرادعي) — not a lexicon word."""
        lex = self.lex
        w, pre = st.stem(j)
        if pre or not w.startswith("ال") or not w.endswith("ي") or len(w) < 6 or st.is_stop(j):
            return False
        if w in lex.nisba or w in lex.org_adjs or w in lex.modifiers or w in lex.source_nouns or w in lex.countries:
            return False
        return st.first(j, "title", "role", "orghead", "org", "country", "nisba") is None

    # -- a person's surname used alone later (or earlier) in the document -------------------------------
    def _surnames_again(self, st: _DocState, chosen: list[Cand]) -> list[Cand]:
        lex = self.lex
        surnames: set[str] = set()
        for c in chosen:
            if c.label != "PER" or c.t1 - c.t0 < 2 or not st.word(c.t1 - 1):
                continue
            w = st.stem(c.t1 - 1)[0]
            if len(w) < 3 or w in lex.stops or w in lex.nisba or w in lex.particles or w in lex.countries:
                continue
            surnames.add(w)
        if not surnames:
            return chosen
        for c in chosen:  # "وأضاف الكبيسي": a speech-verb name that repeats a person's surname
            if c.how == "cuename" and c.t1 - c.t0 == 1 and st.stem(c.t0)[0] in surnames:
                c.extra["coref"] = "surname"
        matcher = PhraseMatcher([(w, w) for w in surnames])  # tiny, per document
        norm, view = match_view(st.doc)
        extra: list[Cand] = []
        taken = bytearray(len(st.doc.text) + 1)
        for c in chosen:
            taken[c.s:c.e] = b"\x01" * (c.e - c.s)
        for m in matcher.find_in_view(norm, view):
            if 1 in taken[m.start:m.end]:
                continue
            if m.key in lex.given and m.prefix not in ("", "و"):
                continue  # بكامل is not the surname كامل
            i = bisect.bisect_right(st.starts, m.start) - 1
            extra.append(Cand(m.start, m.end, i, i + 1, "PER", "coref", {"coref": "surname"}))
        if not extra:
            return chosen
        return sorted(chosen + extra, key=lambda c: c.s)

    # -- nationality adjectives -------------------------------------------------------------------------
    def _nisba(self, st: _DocState) -> list[Cand]:
        out = []
        for i in st.positions("nisba"):
            h = st.first(i, "nisba", single=True)
            if h is None:
                continue
            etok, m, hit = h
            code = hit.data
            extra = {"group": GROUP_CODES[code]} if code in GROUP_CODES else {"country": code}
            if etok == i + 1 and m.key in self.lex.nisba_plural:
                extra["plural"] = True  # a plural or collective form (noun or adjective)
                if self._group_noun(st, i, m.key, m.prefix, out):
                    extra["group_noun"] = True
            out.append(Cand(m.start, m.end, i, etok, "NORP", "nisba", extra))
        return out

    def _group_noun(self, st: _DocState, i: int, key: str, prefix: str, before: list[Cand]) -> bool:
        """Is the nisba at token i a group noun (العرب، الفلسطينيون، لبنانيين) rather than an adjective?

        Form: a plural or collective form (nisba_plural).  Syntax: it heads its own noun phrase, i.e. it
        is NOT an adjective agreeing with the word before it.  It is a noun after a preposition (clitic
        ب ل ك or a stop word such as من، بين), a verb of the cue/stop lists, punctuation, a digit or the
        start of the text, and as the second term of a construct (definite after an indefinite noun:
        مقتل الفلسطينيين).  After و/ف it follows the nisba it is coordinated with.  A plural after a noun
        of the same definiteness (المواطنين المصريين، مواطنين لبنانيين) is an adjective.
        """
        if key not in self.lex.nisba_plural:
            return False
        if prefix and prefix.strip("وف"):
            return True  # a preposition clitic governs a noun
        k = i - 1
        if k < 0 or not st.word(k):
            return True
        if prefix:  # و/ف: coordinated with the previous nisba, or starting a new noun phrase
            prev = before[-1] if before else None
            if prev is not None and prev.t1 == i:
                return bool(prev.extra.get("group_noun"))
            return True
        if st.is_stop(k):
            return True
        pw, ppre = st.stem(k)
        if any(ch.isdigit() for ch in pw):
            return True
        if st.first(k, "nisba", single=True) is not None:
            return False  # a second nisba agreeing with the first (العرب المسلمين is rare; keep adjective)
        definite = key.startswith("ال")
        prev_definite = pw.startswith("ال") or st.toks[k].norm.startswith("لل")
        return definite != prev_definite

    # -- appositive roles after a name ("سامح شكري وزير الخارجية") ------------------------------------
    def _attach_after_roles(self, st: _DocState, chosen: list[Cand], chains: list[Chain]) -> None:
        by_start = {c.t0: c for c in chains}
        for c in chosen:
            if c.label != "PER":
                continue
            j = c.t1
            if j < st.n and st.toks[j].kind == "punct" and st.toks[j].norm == ",":
                j += 1
            ch = by_start.get(j)
            if ch is None or not ch.titles or ch.relation is not None:
                continue
            if ch.titles[0]["kind"] not in ("office", "head"):
                continue
            titles = c.extra.setdefault("titles", [])
            for t in ch.titles:
                titles.append({**t, "position": "after"})
            c.extra.setdefault("title", ch.titles[0]["title"])
            c.extra.setdefault("title_span", ch.titles[0]["span"])
            if ch.country:
                c.extra.setdefault("country", ch.country)
            ch.relation = {"apposition_of": [c.s, c.e]}


class _NoneActor:
    type = None


_NONE = _NoneActor()


def _name_like_start(w: str) -> bool:
    """Could this unknown word be a foreign first name rather than an imperfect verb?  Not ي/ن/س first; a
    ت first only with a long vowel after it (تود، توم، تامر — not ترحب، تستقبل)."""
    if not w or w[0] in "ينس":
        return False
    return w[0] != "ت" or w[1:2] in ("و", "ي", "ا")


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Longest non-overlapping candidates (ties by rule priority), in text order."""
    chosen: list[Cand] = []
    if not cands:
        return chosen
    taken = bytearray(max(c.e for c in cands) + 1)  # 1 where a chosen span lies (C-level slice tests)
    for c in sorted(cands, key=lambda c: (-c.length, _PRIO.get(c.how, 9), c.s)):
        if c.e <= c.s or 1 in taken[c.s:c.e]:
            continue
        chosen.append(c)
        taken[c.s:c.e] = b"\x01" * (c.e - c.s)
    chosen.sort(key=lambda c: c.s)
    return chosen


def to_entities(cands: list[Cand]) -> list[Entity]:
    out = []
    for c in cands:
        origin = "lexicon" if c.how in ("dict", "org", "nisba") else "rule"
        extra = {k: v for k, v in c.extra.items() if v is not None}
        out.append(Entity(c.s, c.e, "", c.label, origin=origin, score=0.9 if origin == "lexicon" else 0.75, extra=extra))
    return out
