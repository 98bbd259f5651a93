"""Actor resolution: one actor per real entity in a document, with in-document coreference.

Steps (see docs/entities.md):

1. organisations and people named in full: dictionary aliases give stable ids (``haftar_khalifa``);
   other full names become document-local actors (``per_1``), merged when first and last names agree
   (spelling variants fold together: فايز/فائز); a different given name with the same surname is a
   different person (محمود السيسي ≠ عبد الفتاح السيسي);
2. single-word mentions (حفتر، كامل) go to the document actor with that surname, or to the
   dictionary's actor when the dictionary lists the word as an alias or surname;
3. surnames of the document's people are searched again to catch mentions the recogniser left out;
4. role mentions without a name (القائد العام، رئيس الجهاز، الرئيس المصري) go to the one actor in the
   document who holds an office of that class (from the text or the dictionary, at the article's date);
5. countries named in the text, resolved places of country rank and nationality adjectives give GPE
   actors with the ISO code as id;
6. members named by a noun before an organisation (مسلحو تنظيم الدولة، عناصر من حزب الله، مقاتلين
   تابعين لقوات الدعم السريع; nouns and link words in ``actor_members.tsv``) make the whole phrase a
   mention of the organisation.

Canonical names never carry a proclitic: an organisation first seen as «للجيش العراقي» is named
«الجيش العراقي», and the dictionary is looked up with that form.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Actor, Document, Entity, Role
from ..lexicon import PhraseMatcher
from ..lexicon.matcher import fold_key
from .dictionary import DictActor
from .lexicons import GROUP_CODES, EntityLexicon, member_matcher

_SLUG_RE = re.compile(r"\W+")
#: the لل spelling (ل + ال) at the start of a name: للجيش العراقي -> الجيش العراقي
_LIL_RE = re.compile(r"^[وف]?لل(?=\w\w\w)")
#: other proclitic chains before the article: بالحكومة، وللقوات، فالجيش (closed grammatical class)
_PROCLITIC_ART_RE = re.compile(r"^(?:[وف]?[بكل]|[وف])(?=ال\w\w\w)")
#: between a member phrase and the organisation: spaces, optionally the preposition ل (تابعين لحزب الله)
_MEMBER_GAP_RE = re.compile(r"\s+(?:لـ?\s*)?")


@dataclass
class _Builder:
    id: str
    type: str
    name: str = ""
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    dict_actor: DictActor | None = None
    roles: list[Role] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    tokens: tuple[str, ...] = ()  # folded tokens of the longest name
    last_pos: int = -1
    extra: dict[str, Any] = field(default_factory=dict)
    _seen: set = field(default_factory=set, repr=False)
    surface_tokens: set = field(default_factory=set, repr=False)  # folded token tuples of the surfaces
    role_spans: set = field(default_factory=set, repr=False)

    def add_mention(self, s: int, e: int, surface: str) -> None:
        if (s, e) not in self._seen:
            self._seen.add((s, e))
            self.mentions.append((s, e))
        if surface and surface not in self.surfaces:
            self.surfaces.append(surface)
            self.surface_tokens.add(tuple(fold_key(surface).split()))
        self.last_pos = max(self.last_pos, s)

    def classes(self, day: str | None) -> set[str]:
        out = {r.extra.get("class") for r in self.roles if r.extra.get("class")}
        if self.dict_actor is not None:
            out |= self.dict_actor.role_classes(day)
        return out

    def countries_of_class(self, cls: str, day: str | None) -> set[str | None]:
        out = {r.country or self.country for r in self.roles if r.extra.get("class") == cls}
        if self.dict_actor is not None:
            out |= {r.country or self.country for r in self.dict_actor.roles_on(day) if r.cls == cls}
        return out


class Resolver:
    def __init__(self, lex: EntityLexicon):
        self.lex = lex
        self.dictionary = lex.dictionary
        self._role_mention_ok: set[str] = set()
        from ..lexicon import load_tsv

        for r in load_tsv("roles.tsv").rows:
            if r.get("mention") == "1":
                self._role_mention_ok.add(fold_key(r["form"]))
        for r in load_tsv("titles.tsv").rows:
            if r.get("kind") == "title" and r.get("class"):
                self._role_mention_ok.add(fold_key(r["form"]))
        #: قوات / ميليشيات + an armed group's or army's full name is that actor (actor_members.tsv kind=force)
        self._force_heads = frozenset(fold_key(r["form"]) for r in load_tsv("actor_members.tsv").rows
                                      if r["kind"] == "force")

    # ------------------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> list[Actor]:
        day = doc.meta.published
        self.builders: dict[str, _Builder] = {}
        self.local_orgs: dict[tuple[str, str], _Builder] = {}
        self.people: list[_Builder] = []
        self.counter = {"PER": 0, "ORG": 0, "FAC": 0, "EVENT": 0}
        text = doc.text
        ents = sorted(doc.entities, key=lambda e: (e.start, e.end))
        people = [e for e in ents if e.label == "PER"]
        # pass 1: organisations and full names; pass 2: one-word names
        for e in ents:
            if e.label == "ORG":  # facilities and named events are not actors
                self._org(e)
        single = []
        for e in people:
            toks = fold_key(self.canonical(e.text)).split()
            if e.extra.get("dict_id") or len(toks) > 1 or self.dictionary.by_alias.get(" ".join(toks)):
                self._person(e, toks, day)
            else:
                single.append((e, toks))
        for e, toks in single:
            self._person(e, toks, day)
        self._partial_names(doc)
        self._members(doc)
        self._role_mentions(doc, day)
        self._states(doc)
        return self._records(doc, day)

    # -- names ----------------------------------------------------------------------------------------
    def canonical(self, surface: str) -> str:
        """The surface without a leading proclitic: للجيش العراقي -> الجيش العراقي, بالحكومة -> الحكومة.

        The matcher keeps the ل of the لل spelling inside a span (the article is written without its
        alif); the article is restored.  Other proclitic chains before ال are dropped only when the
        first word is no lexicon word of its own and the word without them is one (فالنسيا stays)."""
        if not surface:
            return surface
        m = _LIL_RE.match(surface)
        if m:
            return "ال" + surface[m.end():]
        m = _PROCLITIC_ART_RE.match(surface)
        if m:
            first = surface.split()[0]
            known = self.lex.known_words
            if fold_key(first) not in known and fold_key(first[m.end():]) in known:
                return surface[m.end():]
        return surface

    # -- builders -------------------------------------------------------------------------------------
    def _new(self, typ: str, surface: str, dict_actor: DictActor | None = None) -> _Builder:
        if dict_actor is not None:
            b = self.builders.get(dict_actor.id)
            if b is None:
                b = _Builder(dict_actor.id, dict_actor.type, dict_actor.name, dict_actor.country or None,
                             dict_actor.sector, dict_actor.wikidata, dict_actor,
                             tokens=tuple(fold_key(dict_actor.name).split()))
                self.builders[b.id] = b
                if b.type == "PER":
                    self.people.append(b)
            return b
        self.counter[typ] = self.counter.get(typ, 0) + 1
        surface = self.canonical(surface)
        b = _Builder(f"{typ.lower()}_{self.counter[typ]}", typ, surface, tokens=tuple(fold_key(surface).split()))
        self.builders[b.id] = b
        if typ == "PER":
            self.people.append(b)
        return b

    def _link(self, b: _Builder, e: Entity) -> None:
        e.actor_id = b.id
        b.add_mention(e.start, e.end, e.text)
        if b.dict_actor is None:
            name = self.canonical(e.text)
            if len(fold_key(name).split()) > len(b.tokens):
                b.name, b.tokens = name, tuple(fold_key(name).split())
        if b.country is None and e.extra.get("country"):
            b.country = e.extra["country"]
        heads = e.extra.get("heads")
        if heads and heads.get("org"):
            word = {"commander": "قائد", "leader": "زعيم"}.get(heads.get("class") or "", "رئيس")
            title = f"{word} {heads['org']}"
            if all(r.title != title for r in b.roles):
                b.roles.append(Role(title, None, None, b.country, extra={
                    "class": heads.get("class"), "source": "text", "evidence": heads["span"], "cue": heads["cue"],
                    **({"org_id": heads["org_id"]} if heads.get("org_id") else {})}))
        for t in e.extra.get("titles", []):
            if t.get("kind") == "cue":
                continue
            span = t.get("span") or [None, None]
            if (span[0], span[1]) in b.role_spans:
                continue
            b.role_spans.add((span[0], span[1]))
            same = next((r for r in b.roles if r.title == t["title"]), None)
            if same is not None:  # the same title again: one role, every span in extra.spans
                same.extra.setdefault("spans", [[same.start, same.end]]).append([span[0], span[1]])
                continue
            extra = {k: v for k, v in (("class", t.get("class")), ("kind", t.get("kind"))) if v}
            b.roles.append(Role(t["title"], span[0], span[1], t.get("country") or e.extra.get("country"), extra=extra))
            if b.country is None and t.get("country"):
                b.country = t["country"]

    def _org(self, e: Entity) -> None:
        did = e.extra.get("dict_id")
        key = fold_key(self.canonical(e.text))
        a = self.dictionary.get(did) if did else self.dictionary.get(self.dictionary.by_alias.get(key, ""))
        if a is None and not e.extra.get("org_id"):
            a = self._forces_of(key)
        if a is not None and a.type == "ORG":
            b = self._new("ORG", e.text, a)
        elif e.extra.get("org_id"):
            oid = e.extra["org_id"]
            b = self.builders.get(oid) or _Builder(oid, "ORG", e.text, e.extra.get("country"))
            self.builders[oid] = b
        else:
            key = (e.label, key)
            b = self.local_orgs.get(key)
            if b is None:
                b = self._new(e.label, e.text)
                self.local_orgs[key] = b
                if e.extra.get("part_of"):
                    b.extra["part_of"] = e.extra["part_of"]
        self._link(b, e)

    def _forces_of(self, key: str) -> DictActor | None:
        """«قوات الجيش الأردني»، «ميليشيات الحوثي»: a force head before the full name of a dictionary
        armed group or army names that actor (not «قوات حكومة الوفاق»: a government is not a force)."""
        head, _, rest = key.partition(" ")
        if head not in self._force_heads or not rest:
            return None
        a = self.dictionary.get(self.dictionary.by_alias.get(rest, ""))
        if a is not None and a.type == "ORG" and a.sector in ("armed_group", "military"):
            return a
        return None

    def _person(self, e: Entity, toks: list[str], day: str | None) -> None:
        d = self.dictionary
        did = e.extra.get("dict_id") or d.by_alias.get(" ".join(toks))
        a = d.get(did) if did else None
        if a is not None and a.type == "PER":
            self._link(self._new("PER", e.text, a), e)
            return
        doc_people = self.people
        if len(toks) > 1:
            key = tuple(toks)
            same = [b for b in doc_people if b.tokens == key or key in b.surface_tokens]
            if not same:
                same = [b for b in doc_people if b.tokens and b.tokens[-1] == toks[-1] and b.tokens[0] == toks[0]]
            if not same:
                for aid in d.by_last.get(toks[-1], []):
                    cand = d.get(aid)
                    if cand and any(t[0] == toks[0] for t in cand.tokens if len(t) > 1):
                        same = [self._new("PER", e.text, cand)]
                        break
            b = same[0] if same else self._new("PER", e.text)
            self._link(b, e)
            return
        w = toks[0] if toks else ""
        cands = [b for b in doc_people if w and len(b.tokens) > 1 and w in b.tokens[1:]]
        if len(cands) > 1:
            listed = [b for b in cands if b.dict_actor is not None and
                      (w in {fold_key(s) for s in b.dict_actor.surnames} or w in {fold_key(x) for x in b.dict_actor.aliases})]
            cands = listed or sorted(cands, key=lambda b: -b.last_pos)[:1]
        if cands:
            self._link(cands[0], e)
            return
        ids = d.by_surname.get(w, []) + d.by_last.get(w, [])
        ids = list(dict.fromkeys(ids))
        if len(ids) == 1:
            self._link(self._new("PER", e.text, d.get(ids[0])), e)
            return
        self._link(self._new("PER", e.text), e)

    # -- coreference of partial names the recogniser did not tag ------------------------------------
    def _partial_names(self, doc: Document) -> None:
        lex = self.lex
        by_word: dict[str, list[_Builder]] = {}
        for b in self.builders.values():
            if b.type != "PER" or len(b.tokens) < 2:
                continue
            w = b.tokens[-1]
            if len(w) < 3 or w in lex.stops or w in lex.nisba or w in lex.particles:
                continue
            by_word.setdefault(w, []).append(b)
        if not by_word:
            return
        matcher = PhraseMatcher([(w, w) for w in by_word])
        taken = _coverage(len(doc.text), ((e.start, e.end) for e in doc.entities))
        added = []
        for m in matcher.find(doc):
            if 1 in taken[m.start:m.end]:
                continue
            w = m.key
            owners = by_word[w]
            if len(owners) > 1:
                owners = [b for b in owners if b.dict_actor is not None and
                          w in {fold_key(s) for s in b.dict_actor.surnames}]
                if len(owners) != 1:
                    continue
            if (w in lex.given or lex.given.get(w) is not None) and m.prefix not in ("", "و"):
                continue
            ent = Entity(m.start, m.end, "", "PER", origin="rule", score=0.6, extra={"coref": "surname"})
            doc.add("entities", ent)
            self._link(owners[0], ent)
            added.append(ent)
        if added:
            doc.entities.sort(key=lambda x: (x.start, x.end))

    # -- members of an organisation -----------------------------------------------------------------------
    def _members(self, doc: Document) -> None:
        """«مسلحو تنظيم الدولة»، «عناصر من حزب الله»، «مقاتلين تابعين لقوات الدعم السريع»: a member noun
        (with its link word) right before an organisation's mention makes the phrase, from the member
        noun to the end of the organisation's name, a mention of the organisation (``extra.members``
        lists these spans), so events whose subject is the members have the group as source."""
        orgs = sorted((e.start, e.end, e.actor_id) for e in doc.entities
                      if e.label == "ORG" and e.actor_id and e.actor_id in self.builders)
        if not orgs:
            return
        starts = [o[0] for o in orgs]
        taken = _coverage(len(doc.text), ((e.start, e.end) for e in doc.entities))
        text = doc.text
        for m in member_matcher().find(doc):
            if 1 in taken[m.start:m.end]:
                continue  # وحدات in وحدات حماية الشعب is part of the name
            i = bisect.bisect_left(starts, m.end)
            if i >= len(orgs):
                continue
            s, e, aid = orgs[i]
            gap = _MEMBER_GAP_RE.fullmatch(text, m.end, s)
            if gap is None:
                continue
            b = self.builders[aid]
            if b.type != "ORG":
                continue
            b.add_mention(m.start, e, "")
            b.extra.setdefault("members", []).append([m.start, e])

    # -- role mentions ------------------------------------------------------------------------------------
    def _role_mentions(self, doc: Document, day: str | None) -> None:
        chains = doc.views.get("role_mentions") or []
        people = [b for b in self.builders.values() if b.type == "PER"]
        for ch in chains:
            if ch.relation and "apposition_of" in ch.relation:
                continue
            items = list(ch.titles)
            if ch.relation and ch.relation.get("of"):
                items.append(ch.relation["of"])
            for t in items:
                cls = t.get("class")
                key = fold_key(t["title"])
                if not cls or key not in self._role_mention_ok:
                    continue
                country = t.get("country") or (ch.country if t in ch.titles else None)
                holders = [b for b in people if cls in b.classes(day)]
                if country:
                    holders = [b for b in holders if country in b.countries_of_class(cls, day) or b.country == country]
                if len(holders) != 1:
                    continue
                b = holders[0]
                s, e = t["span"]
                b.add_mention(s, e, "")
                b.extra.setdefault("role_mentions", []).append([s, e])
                break

    # -- states -----------------------------------------------------------------------------------------------
    def _states(self, doc: Document) -> None:
        lex = self.lex
        spans: list[tuple[int, int, str]] = list(doc.views.get("country_mentions") or [])
        for p in doc.places:
            fc = (p.feature_code or "")
            if fc.startswith("PCL") and p.country_code:
                spans.append((p.start, p.end, p.country_code.upper()))
        named = _coverage(len(doc.text), ((x.start, x.end) for x in doc.entities
                                          if x.label in ("ORG", "PER", "FAC", "EVENT")))
        seen = set()
        for s, e, code in sorted(spans):
            if (s, e) in seen or 1 in named[s:e]:
                continue
            seen.add((s, e))
            b = self._state(code)
            b.add_mention(s, e, doc.text[s:e])
        for ent in doc.entities:
            if ent.label == "GPE" and ent.extra.get("country_code") and ent.extra.get("feature_code", "").startswith("PCL"):
                ent.actor_id = ent.extra["country_code"]
            if ent.label == "NORP" and ent.extra.get("country") and ent.extra["country"] not in GROUP_CODES:
                b = self._state(ent.extra["country"])
                ent.actor_id = b.id
                b.add_mention(ent.start, ent.end, "")
        for ent in doc.entities:
            if ent.label == "GPE" and ent.actor_id is None:
                key = fold_key(ent.text)
                code = lex.countries.get(key)
                if code:
                    b = self._state(code)
                    ent.actor_id = b.id
                    b.add_mention(ent.start, ent.end, ent.text)

    def _state(self, code: str) -> _Builder:
        b = self.builders.get(code)
        if b is None:
            b = _Builder(code, "GPE", self.lex.country_names.get(code, code), code)
            self.builders[code] = b
        return b

    # -- records ------------------------------------------------------------------------------------------------
    def _records(self, doc: Document, day: str | None) -> list[Actor]:
        out = []
        for b in self.builders.values():
            roles = list(b.roles)
            if b.dict_actor is not None:
                have = {r.extra.get("class") for r in roles}
                titles = {fold_key(r.title) for r in roles}
                for r in b.dict_actor.roles_on(day):
                    if (r.cls and r.cls in have) or fold_key(r.title) in titles:
                        continue
                    roles.append(Role(r.title, None, None, r.country, extra={"class": r.cls, "source": "dictionary"}))
            aliases = list(dict.fromkeys(self.canonical(s) for s in b.surfaces))
            aliases = [s for s in aliases if s != b.name]
            extra = dict(b.extra)
            if b.dict_actor is not None:
                extra["source"] = "dictionary"
                if b.dict_actor.parent:
                    extra["parent"] = b.dict_actor.parent
            out.append(Actor(b.id, b.name, b.type, b.country, roles, aliases, [list(m) for m in sorted(b.mentions)],
                             b.sector, b.wikidata, extra=extra))
        return out




def _coverage(n: int, spans) -> bytearray:
    """A byte per character, 1 where one of ``spans`` lies (for C-level overlap tests)."""
    cov = bytearray(n + 1)
    for s, e in spans:
        if e > s:
            cov[s:e] = b"\x01" * (e - s)
    return cov
