"""Places: Arabic geoparsing to GeoNames with context disambiguation — issue 5.

Runs after the entity layer.  It finds every gazetteer name in the text in one Aho-Corasick pass
(through clitics: بالقاهرة، وطرابلس، لليبيا), drops names inside PER/ORG/EVENT entities (the entity
layer decides what is a person or an organisation; a country inside an ORG still counts as context) and
inside NORP entities unless the NORP is part of a longer place name or a country name out of adjective
position (see ``_norp_conflict``),
resolves the GPE/LOC/FAC entities the entity layer produced, chooses one GeoNames entry per mention from
the document context (:mod:`rasid.geo.resolve`), and writes a ``Place`` per accepted mention plus a
GPE/LOC/FAC ``Entity`` (origin ``gazetteer``) for mentions the entity layer did not have.  NORP
entities get ``extra["country"]`` from the nisba table when they lack it.

Config (``Pipeline(config={"places": {...}})``): ``min_population`` (GeoNames cut-off of the gazetteer,
default 1000), ``min_free_population`` (smallest place accepted without support from the context,
default 15000), ``min_foreign_population`` (smallest place accepted when its country is mentioned
less than twice and is not the main country, default 100000), ``min_clitic_population`` (the same
for city names written with a clitic, default 100000), ``unknown_after_cue`` (read "place noun +
unknown name" as an unresolved place, default true), ``cache`` (use the disk cache, default true).
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

import numpy as np

from ..document import Document, Entity, Place
from ..errors import RasidError
from ..geo import DEFAULT_MIN_POPULATION, gazetteer
from ..geo.resolve import Context, Mention, resolve
from ..lexicon.loader import load_tsv
from ..lexicon.matcher import PROCLITICS, PhraseMatcher, fold_key, match_view
from ..pipeline import register
from ..text import text_view

#: entity labels whose spans are not places (the entity layer decided; NORP: see _norp_conflict)
BLOCKING = frozenset({"PER", "ORG", "NORP", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: words beginning with ال that are not article + noun (closed class: prepositions, relatives, particles)
_ALIF_LAM_WORDS = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
                             "اللاتي", "اللواتي", "اللائي", "الان"})
_LABEL_OF_KIND = {"country": "GPE", "capital": "GPE", "city": "GPE", "province": "GPE", "region": "LOC",
                  "continent": "LOC", "water": "LOC", "landmark": "FAC", "facility": "FAC",
                  "district": "GPE"}


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str], frozenset[str]]:
    """(single-word cue → type, link phrases), folded."""
    cues: dict[str, str] = {}
    links: set[str] = set()
    for r in load_tsv("place_cues.tsv").rows:
        key = fold_key(r.get("word", ""))
        if not key:
            continue
        if r.get("type") == "link":
            links.add(key)
        else:
            cues.setdefault(key, r["type"])
    return cues, frozenset(links)


@lru_cache(maxsize=1)
def _club_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words before, words after) a city name that make it a sports club, and sport words, folded."""
    sets: dict[str, set] = {"before": set(), "after": set(), "context": set()}
    for r in load_tsv("sports_club_cues.tsv").rows:
        key = fold_key(r.get("word", ""))
        if key and r.get("position") in sets:
            sets[r["position"]].add(key)
    return frozenset(sets["before"]), frozenset(sets["after"]), frozenset(sets["context"])


@lru_cache(maxsize=1)
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(unambiguous, all) given names of the entity layer's given_names.tsv: after a place noun they name
    the place (حي سليمان، معبر جابر), although many are frequent words in the wordfreq sense."""
    rows = [r for r in load_tsv("given_names.tsv").rows if r.get("name")]
    return (frozenset(fold_key(r["name"]) for r in rows if not (r.get("ambiguous") or "").strip()),
            frozenset(fold_key(r["name"]) for r in rows))


@lru_cache(maxsize=1)
def _clitic_exceptions() -> frozenset[str]:
    return frozenset(fold_key(w) for w in load_tsv("clitic_exceptions.tsv").column("word") if w)


def _strip_clitics(word: str, table) -> str | None:
    """``word`` or ``word`` without a proclitic chain, whichever is in ``table``."""
    if word in table:
        return word
    for n in (1, 2):
        if len(word) > n + 1 and word[:n] in PROCLITICS and word[n:] in table:
            return word[n:]
    if word.startswith("لل") and "ال" + word[2:] in table:
        return "ال" + word[2:]
    return None


class _Cover:
    """Which characters of the text some span covers: O(span length) overlap tests for long documents."""

    def __init__(self, n: int, spans=()):
        self.mask = np.zeros(n + 1, dtype=bool)
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        self.mask[s:e] = True

    def hits(self, s: int, e: int) -> bool:
        return bool(self.mask[s:e].any())


def _int_option(config: dict, name: str, default: int) -> int:
    value = config.get(name, default)
    try:
        value = int(value)
    except (TypeError, ValueError):
        value = -1
    if value < 0:
        raise RasidError("E172", f"places option {name} must be a whole number >= 0, got {config.get(name)!r}")
    return value


@register("places", requires=("tokens", "entities"), assigns=("places",),
          description="geoparsing to GeoNames with context disambiguation — issue 5")
class PlacesComponent:
    """Find place names, resolve them to GeoNames entries in context, link NORP entities to countries."""

    def __init__(self, config: dict):
        self.config = config
        self.min_free = _int_option(config, "min_free_population", 15000)
        self.min_clitic = _int_option(config, "min_clitic_population", 100000)
        self.min_foreign = _int_option(config, "min_foreign_population", 100000)
        self.gz = gazetteer(_int_option(config, "min_population", DEFAULT_MIN_POPULATION), bool(config.get("cache", True)))
        self.cues, self.links = _cues()
        self.common_name_nouns = frozenset(fold_key(r["word"]) for r in load_tsv("place_cues.tsv").rows
                                           if (r.get("name") or "").strip() == "common")
        rows = load_tsv("place_cues.tsv").rows
        #: kind and feature code of the place "noun + name" (سد النهضة: landmark, DAM; default facility, FAC)
        self.cue_kind = {fold_key(r["word"]): ((r.get("kind") or "").strip() or "facility",
                                               (r.get("code") or "").strip() or "FAC")
                         for r in rows if r.get("type") == "facility" and r.get("word")}
        self.operator_nouns = frozenset(fold_key(r["word"]) for r in load_tsv("place_cues.tsv").rows
                                        if (r.get("adjective") or "").strip() == "operator")
        self.exceptions = _clitic_exceptions()
        self.given, self.given_all = _given_names()
        self.club_before, self.club_after, self.sport_words = _club_cues()
        self.cue_matcher = PhraseMatcher((w, t) for w, t in self.cues.items() if t in ("settlement", "admin", "facility"))
        self.unknown = bool(config.get("unknown_after_cue", True))
        self.plural_cues = frozenset(fold_key(w) for w in ("مدن", "قرى", "بلدات", "مدينتي"))
        self.kunya = frozenset(fold_key(w) for w in ("أبو", "أبي", "أم", "بن", "بني"))
        self.border_words = frozenset(fold_key(w) for w in ("الحدود", "حدود"))

    # -- helpers ----------------------------------------------------------------------------------
    def _cue_before(self, view: str, nstart: int) -> tuple[str | None, int]:
        """The cue type of the word before normalised index ``nstart`` and that word's start."""
        end = view.rfind(" ", 0, nstart)
        if end <= 0:
            return None, -1
        j = end
        while j > 0 and view[j - 1] == " ":
            j -= 1
        s = view.rfind(" ", 0, j) + 1
        word = view[s:j]
        key = _strip_clitics(word, self.cues)
        if key is None:
            return None, -1
        # the cue word's own span, without its clitics
        return self.cues[key], j - len(key)

    def _is_link(self, gap: str, prefix: str, container: bool, head: str | None = None) -> str | None:
        """Does ``gap`` (normalised text between two names) place the first name in or near the second?
        Returns ``"direction"`` (جنوب، قرب ...), ``"in"`` (في، ب، a comma) or None.  ``container``: the
        second name can hold the first (a country or region); ``head`` its first word."""
        words = gap.replace(",", " ").split()
        while words and _strip_clitics(words[-1], self.cues) is not None:
            words.pop()  # "جنوب العاصمة طرابلس", "في مدينة صور"
        if not words:
            if head is not None and head in self.links:
                return "direction"  # "صور جنوب لبنان": the second name starts with a direction
            # "صور بلبنان", "صور، لبنان": only when the second name is a country or region
            return "in" if container and (prefix in ("ب", "وب") or "," in gap) else None
        if len(words) > 3:
            return None
        phrase = " ".join(words)
        if phrase.startswith("و") and phrase[1:] in self.links:
            return None  # "X وشرق Y": a list, not a location
        if phrase.startswith("في ") and phrase[3:] in self.links:
            phrase = phrase[3:]  # "في شمال"
        if phrase not in self.links:
            return None
        return "in" if phrase in ("في", "ب") else "direction"

    # -- main -------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        if not doc.text:
            return
        gz = self.gz
        text_view(doc)
        norm, view = match_view(doc)
        self._extend_place_entities(doc, norm, view)
        ents = doc.layers.get("entities", [])
        blocking = [(e.start, e.end) for e in ents if e.label in BLOCKING and e.label != "NORP"]
        norps = sorted((e for e in ents if e.label == "NORP"), key=lambda e: e.start)
        norp_starts = [e.start for e in norps]
        place_ents = [e for e in ents if e.label in PLACE_LABELS]

        per_spans = {(e.start, e.end): e for e in ents if e.label == "PER"}
        blocked = _Cover(len(doc.text), blocking)
        org_cover = _Cover(len(doc.text), [(e.start, e.end) for e in ents if e.label == "ORG"])
        other_cover = _Cover(len(doc.text), [(e.start, e.end) for e in ents if e.label in ("PER", "EVENT")])
        norp_cover = _Cover(len(doc.text), [(e.start, e.end) for e in ents if e.label == "NORP"])

        ctx_counts: Counter = Counter()
        mentions: list[Mention] = []
        clubs: list = []
        for m in gz.matcher.find_in_view(norm, view):
            ids = gz.names.get(m.key, ())
            if not ids:
                continue
            countries = [gz.entries[i].cc for i in ids if gz.entries[i].kind == "country"]
            rivals = {gz.entries[i].cc for i in ids if gz.entries[i].kind == "capital"} - set(countries)
            unique_country = len(countries) == 1 and not rivals
            if unique_country:  # a country name counts for its country even if some town shares it
                # (but not عمان: Oman or Amman, the capital of another country)
                ctx_counts[countries[0]] += 1
            relabel = None
            in_org = False
            if (m.start, m.end) in per_spans and " " in m.key and (all(
                    gz.entries[i].kind in self._CURATED_KINDS and gz.entries[i].source != "geonames" for i in ids)
                    or any(gz.entries[i].kind == "capital" for i in ids)):
                # سلطنة عمان read as a person (title + name): a formal country / region name, a curated
                # landmark or a capital's two-word name (أديس أبابا) is no person
                relabel = per_spans[(m.start, m.end)]
            elif blocked.hits(m.start, m.end):
                if not (unique_country and org_cover.hits(m.start, m.end) and not other_cover.hits(m.start, m.end)
                        and not norp_cover.hits(m.start, m.end)
                        and (m.prefix or not self._after_definite(view, m.nstart))):
                    continue  # القنصلية السعودية: an adjective after a definite noun, not the country
                # سفارة الولايات المتحدة في ليبيا: a country named inside an organisation phrase is a place
                # too (the gold guide's "every toponym"); the ORG entity stays, no entity is added
                in_org = True
            fix = None
            if norps:
                j = bisect.bisect_right(norp_starts, m.end)
                hit = [n for n in norps[max(0, j - 3):j] if n.start < m.end and m.start < n.end]
                if hit:
                    fixes = [self._norp_conflict(gz, view, m, ids, n, unique_country) for n in hit]
                    if any(f is None for f in fixes):
                        continue  # the entity layer's nationality adjective stands
                    fix = fixes
            if m.key in gz.nisba and not unique_country:
                continue  # السويدية is "Swedish", not Samandağ
            if m.prefix:
                word = view[view.rfind(" ", 0, m.nstart) + 1:m.nend]
                if word in self.exceptions or word in gz.clitic_words:
                    continue  # وزير is not و + زير; كبير is not ك + بير
                if m.prefix == "و" and self._coordinated_adjective(view, m):
                    continue  # القنابل الصوتية والغازية: "and gas", not Ghazieh
            if all(gz.entries[i].kind in ("city", "capital") for i in ids) and self._is_club(view, norm, m):
                clubs.append(m)
                continue  # ريال مدريد، موناكو الفرنسي: a team
            mention = Mention(m.start, m.end, m.nstart, m.nend, m.key, m.prefix, ids)
            if len({gz.entries[i].cc for i in ids}) > 1:
                self._after_name(norm, view, mention)
            if fix is not None:
                mention.extra["norp_fix"] = fix
            if in_org:
                mention.extra["in_org"] = True
            if relabel is not None:
                kinds = {gz.entries[i].kind for i in ids}
                relabel.label = next((_LABEL_OF_KIND[k] for k in ("country", "capital", "district", "landmark")
                                      if k in kinds), "LOC")
                relabel.extra["relabelled"] = "PER->%s by places (formal place name)" % relabel.label
                mention.extra["entity"] = relabel
            mentions.append(mention)
        for m in gz.nisba_matcher.find_in_view(norm, view, overlapping=True):
            ctx_counts[m.payloads[0]] += 1
        for e in ents:
            if e.label == "NORP":
                cc = e.extra.get("country") or gz.country_of_nisba(e.text)
                if cc and "country" not in e.extra:
                    e.extra["country"] = cc
        # entities from the entity layer: they decide the span; resolve their text
        starts = [m.start for m in mentions]  # text order (the matcher returns sorted matches)
        dropped: set[int] = set()
        for e in place_ents:
            lo, hi = bisect.bisect_left(starts, e.start), bisect.bisect_left(starts, e.end)
            covered = [mentions[j] for j in range(lo, hi) if mentions[j].end <= e.end and j not in dropped]
            ids = gz.lookup_ids(e.text)
            if ids:
                dropped.update(j for j in range(lo, hi) if mentions[j].end <= e.end)
                ns = norm.to_normalised(e.start)
                mentions.append(Mention(e.start, e.end, ns, norm.to_normalised(e.end), fold_key(e.text), "", ids,
                                        from_entity=True, extra={"entity": e}))
            elif e.label == "FAC" and covered:
                inner = covered[-1]
                inner.cue, inner.cue_span = "facility", (e.start, e.end)
                inner.extra["entity"] = e
            else:
                mentions.append(Mention(e.start, e.end, -1, -1, fold_key(e.text), "", (), from_entity=True,
                                        extra={"entity": e}))
        if dropped:
            mentions = [m for j, m in enumerate(mentions) if j not in dropped]
        mentions.sort(key=lambda m: m.start)
        # patterns: a cue before the name, a link word between two names
        for k, m in enumerate(mentions):
            if m.nstart < 0:
                continue
            if m.cue is None:
                cue, cstart = self._cue_before(view, m.nstart - len(m.prefix))
                if cue is not None:
                    m.cue = cue
                    if cue == "facility":
                        m.cue_span = (norm.to_original(cstart, cstart + 1)[0], m.end)
                        m.extra["cue_key"] = view[cstart:view.find(" ", cstart)]
            if k + 1 < len(mentions):
                n = mentions[k + 1]
                if n.nstart > m.nend and n.nstart - m.nend < 40:
                    gap = norm.text[m.nend:n.nstart - len(n.prefix)]
                    container = any(self.gz.entries[i].kind in ("country", "region", "province") for i in n.ids)
                    kind = self._is_link(gap, n.prefix, container, n.key.split(" ", 1)[0] if " " in n.key else None)
                    if kind:
                        m.link_to, m.link_kind = k + 1, kind
                        if container:
                            m.extra["link_container"] = True  # the name is said to lie in this country / region
                        if n.link_to is None:
                            n.link_to, n.link_kind = k, kind
        if clubs:
            self._add_clubs(doc, norm, view, clubs)
        # one sense per discourse: an explicit country said once (رفح الفلسطينية) holds for the name's other
        # mentions that say nothing themselves (weaker: see resolve.score_candidate)
        said: dict[str, dict] = {}
        for m in mentions:
            for key in ("adjective_cc", "border_cc"):
                if key in m.extra:
                    said.setdefault(m.key, {}).setdefault(key, m.extra[key])
        for m in mentions:
            if (m.key in said and "adjective_cc" not in m.extra and "border_cc" not in m.extra
                    and m.cue != "facility"):  # معبر رفح: a border facility may be on either side
                for key, cc in said[m.key].items():
                    m.extra["document_" + key] = cc
        ctx = Context.build(ctx_counts)
        resolve(gz, mentions, ctx, min_free_population=self.min_free, min_foreign_population=self.min_foreign,
                min_clitic_population=self.min_clitic)
        self._emit(doc, mentions, ctx)
        accepted = [m for m in mentions if m.chosen is not None and not m.rejected]
        if ctx.main is None:  # no country named: the country most of the resolved places lie in
            ccs = Counter(gz.entries[m.chosen].cc for m in accepted if gz.entries[m.chosen].cc)
            ctx = Context(ctx.countries, ccs.most_common(1)[0][0] if ccs else None)
        if self.unknown:
            # "مديرية X" read as an organisation (a directorate) while X is a name: a district (see below)
            districts = {(e.start, e.end): e for e in ents if e.label == "ORG" and len(e.text.split()) == 2
                         and self.cues.get(fold_key(e.text.split()[0])) == "admin"
                         and self._name_like(fold_key(e.text.split()[1]))}
            others = [(e.start, e.end) for e in ents if e.label in BLOCKING and e.label not in ("NORP", "PER")
                      and (e.start, e.end) not in districts]
            pers = [e for e in doc.layers["entities"] if e.label == "PER"]
            self._unknown_after_cues(doc, norm, view, accepted, ctx, others + [(e.start, e.end) for e in place_ents]
                                     + [(e.start, e.end) for e in norps], pers, districts)
        self._unresolved_entities(doc, norm, place_ents, accepted, ctx)
        doc.layers["places"].sort(key=lambda p: (p.start, p.end))
        doc.layers["entities"].sort(key=lambda x: (x.start, x.end))

    def _word_before(self, view: str, nstart: int) -> tuple[str, int]:
        """The folded word before normalised index ``nstart`` and its start ("" when none)."""
        j = nstart
        while j > 0 and view[j - 1] == " ":
            j -= 1
        if j == nstart:
            return "", -1
        s = view.rfind(" ", 0, j) + 1
        return view[s:j], s

    def _is_club(self, view: str, norm, m) -> bool:
        """A city name used for a sports club: a club word before it (نادي، دينامو، ريال) or after it
        (يونايتد، سيتي), or a masculine nationality adjective right after it (موناكو الفرنسي)."""
        prev, _ = self._word_before(view, m.nstart - len(m.prefix))
        if prev and not m.prefix and _strip_clitics(prev, self.club_before) is not None:
            return True
        end = view.find(" ", m.nend + 1)
        if norm.text[m.nend:m.nend + 1] != " ":
            return False  # punctuation right after the name
        nxt = view[m.nend + 1:end if end > 0 else len(view)]
        if nxt in self.club_after:
            return True
        if not (nxt.startswith("ال") and nxt.endswith("ي") and not nxt.endswith("يي")
                and self.gz.country_of_nisba(nxt) is not None):
            return False
        # موناكو الفرنسي: a masculine adjective after a (feminine) city, in a sentence about sport
        lo = max(0, max(norm.text.rfind(c, 0, m.nstart) for c in ".!?\n") + 1)
        hi = [norm.text.find(c, m.nend) for c in ".!?\n"]
        hi = min([h for h in hi if h >= 0] or [len(view)])
        return any(_strip_clitics(w, self.sport_words) is not None for w in view[lo:hi].split())

    def _add_clubs(self, doc, norm, view, clubs) -> None:
        """ORG entities for city names read as clubs (with the club word: دينامو كييف، مانشستر يونايتد),
        unless an entity already covers them."""
        cover = _Cover(len(doc.text), [(x.start, x.end) for x in doc.layers["entities"]])
        for m in clubs:
            s, e = m.start, m.end
            prev, ps = self._word_before(view, m.nstart - len(m.prefix))
            key = _strip_clitics(prev, self.club_before) if prev else None
            if key is not None and key not in ("نادي", "فريق"):
                s = norm.to_original(ps + len(prev) - len(key), ps + len(prev))[0]
            end = view.find(" ", m.nend + 1)
            nxt = view[m.nend + 1:end if end > 0 else len(view)]
            if nxt in self.club_after:
                e = norm.to_original(m.nend + 1, m.nend + 1 + len(nxt))[1]
            if cover.hits(s, e):
                continue
            doc.add("entities", Entity(s, e, "", "ORG", score=0.5, origin="gazetteer",
                                       extra={"kind": "sports club"}))
            cover.add(s, e)

    def _after_name(self, norm, view: str, m: Mention) -> None:
        """Country evidence in the words right after an ambiguous name: a feminine nationality adjective
        (طرابلس اللبنانية → LB) sets ``adjective_cc``; "… الحدود <adjective>" within the next few words
        of the same clause (رفح المحاذية للحدود المصرية) sets ``border_cc`` (near that border, so in the
        neighbouring country)."""
        end = m.nend + 60
        for stop in ".,;:!?()\n\"«»،":
            j = norm.text.find(stop, m.nend, end)
            if j >= 0:
                end = j
        words = view[m.nend:end].split()[:6]
        if not words:
            return
        if words[0].endswith("يه"):
            cc = self.gz.country_of_nisba(words[0])
            if cc:
                m.extra["adjective_cc"] = cc
                return
        for a, b in zip(words, words[1:]):
            if _strip_clitics(a, self.border_words) is not None:
                cc = self.gz.country_of_nisba(b)
                if cc:
                    m.extra["border_cc"] = cc
                return

    @staticmethod
    def _after_definite(view: str, nstart: int) -> bool:
        """Is the word before normalised index ``nstart`` definite (ال…), so that a country name written
        like a feminine adjective (السعودية) stands in adjective position (السفارة السعودية)?"""
        j = view.rfind(" ", 0, nstart)
        while j > 0 and view[j - 1] == " ":
            j -= 1
        prev = view[view.rfind(" ", 0, j) + 1:j] if j > 0 else ""
        bare = prev[1:] if len(prev) > 3 and prev[0] in "وفبك" else prev
        return bare.startswith(("ال", "لل")) and bare not in _ALIF_LAM_WORDS

    @staticmethod
    def _norp_conflict(gz, view: str, m, ids, norp, unique_country: bool):
        """A gazetteer name overlapping a NORP entity: ``("drop", e)`` when the name strictly contains it
        (الضفة الغربية ⊃ الغربية, المملكة العربية السعودية ⊃ العربية), ``("relabel", e)`` when both are the
        same country name not in adjective position (زار السعودية; بالسعودية — but not السلطات السعودية),
        else None (the adjective stands)."""
        if m.start <= norp.start and norp.end <= m.end and (m.end - m.start) > (norp.end - norp.start):
            if " " in m.key and any(gz.entries[i].source != "geonames" for i in ids):
                return ("drop", norp)
            return None
        if (norp.start, norp.end) == (m.start, m.end) and unique_country:
            if m.prefix:
                return ("relabel", norp)  # بالسعودية، وللسعودية: a preposition before a country
            end = view.rfind(" ", 0, m.nstart)
            j = end
            while j > 0 and view[j - 1] == " ":
                j -= 1
            prev = view[view.rfind(" ", 0, j) + 1:j] if j > 0 else ""
            bare = prev[1:] if len(prev) > 3 and prev[0] in "وفبك" else prev
            definite = bare.startswith(("ال", "لل")) and bare not in _ALIF_LAM_WORDS
            return None if definite else ("relabel", norp)
        return None

    def _coordinated_adjective(self, view: str, m) -> bool:
        """``والـXية`` right after a definite ``ـية`` word that is not a place: a second adjective of the
        same noun (القنابل الصوتية والغازية), not a town."""
        if not (m.key.startswith("ال") and m.key.endswith("يه") and " " not in m.key):
            return False
        end = view.rfind(" ", 0, m.nstart - len(m.prefix))
        j = end
        while j > 0 and view[j - 1] == " ":
            j -= 1
        prev = view[view.rfind(" ", 0, j) + 1:j] if j > 0 else ""
        return prev.startswith("ال") and prev.endswith("يه") and prev not in self.gz.names

    def _name_like(self, word: str) -> bool:
        """Can this folded word be an unknown place name after a place noun?  Not a frequent word, a nisba
        adjective, a cue or link word, a stoplisted name, or an indefinite adjective form (نفطي، متفرقة)."""
        gz = self.gz
        stem = word[2:] if word.startswith("ال") else word
        return not (len(stem) < 3 or not word.isalpha() or word in gz.common_words or stem in gz.common_words
                    or word in gz.nisba or word in self.cues or word in self.links or word in gz.stopped
                    or (not word.startswith("ال") and word.endswith(self._ADJ_ENDINGS)))

    def _context_country(self, norm, nend: int, accepted: list[Mention], ctx: Context,
                         head: str = "") -> tuple[str | None, str]:
        """Country for an unresolved name ending at normalised ``nend``: that of a place it is said to be
        in or near (X في Y، X جنوب Y), else the article's main country.  ``accepted`` is in text order."""
        rest = norm.text[nend:nend + 30]
        nxt = rest.split()[0] if rest[:1] == " " and rest.split() else ""
        cc = (self.gz.country_of_nisba(nxt) if nxt and nxt[-1].isalpha()
              and _strip_clitics(head, self.operator_nouns) is None else None)
        if cc:
            return cc, "the adjective after it"  # معبر نصيب السوري
        j = self._bisect_nstart(accepted, nend)
        nxt = [accepted[j]] if j < len(accepted) and accepted[j].nstart - nend < 25 else []
        if nxt and self._is_link(norm.text[nend:nxt[0].nstart - len(nxt[0].prefix)], nxt[0].prefix, True):
            cc = self.gz.entries[nxt[0].chosen].cc
            if cc:
                return cc, "the place it lies in"
        return ctx.main, "the context"

    @staticmethod
    def _bisect_nstart(items: list[Mention], x: int) -> int:
        lo, hi = 0, len(items)
        while lo < hi:
            mid = (lo + hi) // 2
            if items[mid].nstart < x:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _unresolved_entities(self, doc, norm, place_ents, accepted, ctx) -> None:
        """GPE/LOC/FAC entities of the entity layer that no place covers: a place without coordinates.
        An entity overlapping a resolved place is left alone (the gazetteer's reading wins)."""
        spans = _Cover(len(doc.text), ((p.start, p.end) for p in doc.layers["places"]))
        for e in place_ents:
            if spans.hits(e.start, e.end):
                continue
            words = fold_key(e.text).split()
            if (e.label == "FAC" and len(words) == 2 and words[0] in self.cues and not self._name_like(words[1])
                    and words[1] not in self.given_all):
                continue  # ميناء نفطي: a facility noun and an adjective, no place name
            if (e.label == "FAC" and len(words) == 2 and not words[1].startswith("ال") and len(words[1]) >= 5
                    and words[1].endswith("يا")):
                continue  # أقاموا مستشفى ميدانيا: an accusative adjective (-iyyan), no place name
            cc, source = self._context_country(norm, norm.to_normalised(e.end), accepted, ctx, words[0] if words else "")
            own = (self.gz.country_of_nisba(words[-1]) if len(words) > 1
                   and _strip_clitics(words[0], self.operator_nouns) is None else None)
            if own and source != "the adjective after it":
                cc, source = own, "its adjective"  # معبر نصيب السوري as one entity
            fac = e.label == "FAC"
            doc.add("places", Place(e.start, e.end, "", country_code=cc, feature_code="FAC" if fac else None,
                                    score=0.3, reason=f"entity not in the gazetteer; country from {source}",
                                    extra={"kind": "facility" if fac else "unknown"}))
            spans.add(e.start, e.end)

    def _extend_place_entities(self, doc, norm, view: str) -> None:
        """A GPE/LOC/FAC entity of the entity layer followed by أبو / أبي / أم / بن + a word (معبر كرم | أبو
        سالم) is one place name cut short: extend it and drop the PER entity the tail was read as."""
        ents = doc.layers.get("entities", [])
        pers = [e for e in ents if e.label == "PER"]
        if not pers:
            return
        for e in ents:
            if e.label not in PLACE_LABELS:
                continue
            ne = norm.to_normalised(e.end)
            new = self._kunya_end(view, ne)
            if new == ne:
                continue
            end = norm.to_original(ne, new)[1]
            inside = [x for x in pers if e.end <= x.start and x.end <= end]
            if any(x.start < end < x.end for x in pers):
                continue  # the person's name goes on: not a place name
            e.end, e.text = end, doc.text[e.start:end]
            e.extra["extended"] = "name continues with a kunya (places)"
            if inside:
                gone = {id(x) for x in inside}
                doc.layers["entities"] = ents = [x for x in ents if id(x) not in gone]

    def _common_name_ends(self, norm, view: str, word: str, we: int) -> bool:
        """شارع الجمهورية: a definite common word is the whole name when punctuation, the end of the text
        or a link word (في، وسط، قرب…) follows it (شارع الإمام | الخميني goes on: refused)."""
        if not (word.startswith("ال") and len(word) > 4 and word not in self.gz.nisba
                and not word.endswith("ي") and word not in _ALIF_LAM_WORDS):
            return False
        if we >= len(view) or norm.text[we:we + 1] != " ":
            return True  # punctuation or the end
        k = view.find(" ", we + 1)
        nxt = view[we + 1:k if k > 0 else len(view)]
        return _strip_clitics(nxt, self.links) is not None

    def _kunya_end(self, view: str, we: int) -> int:
        """End of a name that goes on with أبو / أبي / أم / بن + a word (كرم أبو سالم), else ``we``."""
        if view[we:we + 1] != " ":
            return we
        k = view.find(" ", we + 1)
        if k < 0 or view[we + 1:k] not in self.kunya or view[k:k + 1] != " ":
            return we
        k2 = view.find(" ", k + 1)
        k2 = len(view) if k2 < 0 else k2
        return k2 if k2 > k + 2 and view[k + 1:k2].isalpha() else we

    def _short_head(self, word: str) -> bool:
        """A first word of a town name that is too short or stoplisted to stand alone (ود، بولو)."""
        return (word.isalpha() and (len(word) == 2 or word in self.gz.stopped) and word not in self.cues
                and word not in self.links and word not in _ALIF_LAM_WORDS and word not in self.gz.common_words)

    def _name_boundary(self, norm, view: str, we: int) -> bool:
        """Does an unknown name clearly end at normalised ``we``: punctuation or the end of the text, a
        link word (في، جنوب; not a place noun: قوانغتشو حاضرة مقاطعة …), a known place with or without a clitic (بالصومال) or a
        nationality adjective?"""
        if we >= len(view) or norm.text[we:we + 1] != " ":
            return True
        k = view.find(" ", we + 1)
        w = view[we + 1:k if k > 0 else len(view)]
        gz = self.gz
        return bool(w) and (_strip_clitics(w, self.links) is not None or w in gz.nisba or (_strip_clitics(w, gz.names) is not None and w not in gz.stopped))

    def _next_name_word(self, view: str, we: int, definite_ok: bool) -> int:
        """End of the word after normalised index ``we`` when it can continue an unknown town name (a rare
        word, no article unless ``definite_ok``, not a gazetteer name, a link word or an adjective form),
        else ``we``."""
        if view[we:we + 1] != " ":
            return we
        k = view.find(" ", we + 1)
        k = len(view) if k < 0 else k
        w = view[we + 1:k]
        gz = self.gz
        if (not w.isalpha() or len(w) < 3 or (w.startswith("ال") and not definite_ok) or w in gz.common_words
                or w in gz.nisba or w in self.cues or w in self.links or w in self.given_all
                or _strip_clitics(w, self.links) is not None or w[0] == "و"
                or (w[0] in "فبلك" and (w[1:] in gz.common_words or w[1:] in self.links))):
            return we  # وقتلت: a new clause, not the name going on
        key = _strip_clitics(w, gz.names)
        if key is not None and (key != w or any(gz.entries[i].kind != "city" or gz.entries[i].population >= 100000
                                                for i in gz.names[key])):
            return we  # بالصومال، جنوب: a known place or a link word ends the name (a tiny namesake does not)
        return k

    _ADJ_ENDINGS = ("يه", "ي", "ين", "ون", "ات", "ان")
    #: curated kinds whose multi-word names win over a PER reading of the same span
    _CURATED_KINDS = frozenset({"country", "region", "province", "water", "landmark", "district"})

    def _unknown_after_cues(self, doc, norm, view, accepted, ctx, blocking, pers=(), districts=None) -> None:
        """A settlement/admin/facility noun followed by a name the gazetteer lacks (معبر نصيب، حي الزهراء):
        an unresolved place, its country from the next linked place or the main country.  ``blocking``:
        entity spans to keep out of (PER/ORG/NORP/EVENT, and place entities, handled separately)."""
        gz = self.gz
        per_spans = [(e.start, e.end) for e in pers]
        taken = _Cover(len(doc.text), [(p.start, p.end) for p in doc.layers["places"]] + blocking)
        blocked = _Cover(len(doc.text), blocking + per_spans)
        per_cover = _Cover(len(doc.text), per_spans)
        per_at = {e.start: e for e in pers}
        for cm in self.cue_matcher.find_in_view(norm, view, overlapping=True):
            ctype = cm.payloads[0]
            ws = cm.nend
            while ws < len(view) and view[ws] == " ":
                ws += 1
            we = view.find(" ", ws)
            if we <= ws or ws - cm.nend > 2:
                continue  # punctuation or a line break between cue and name
            if any(ch in ".,;:\n\"()" for ch in norm.text[cm.nend:ws]):
                continue
            word = view[ws:we]
            s, e = norm.to_original(ws, we)
            per = per_at.get(s) if ctype != "admin" else None
            if per is not None and len(per.text.split()) <= 4:
                # معبر جابر، شارع الحبيب بورقيبة: a person's name after a facility or settlement noun names
                # the place; the PER entity is removed below
                e = per.end
            else:
                we2 = self._kunya_end(view, we)  # معبر كرم أبو سالم: the name goes on
                if word in self.kunya and ctype != "admin":
                    we2 = self._kunya_end(view, ws - 1)  # حي أبو رمانة: the name starts with the kunya
                settled = ctype in ("settlement", "admin")
                if not (self._name_like(word) or (we2 > we and word.isalpha() and word not in self.cues
                                                  and word not in self.links and word not in gz.nisba)
                        or (word in (self.given_all if ctype == "facility" else self.given) and ctype != "admin")
                        or (cm.key in self.common_name_nouns and self._common_name_ends(norm, view, word, we))
                        or (settled and self._short_head(word) and self._next_name_word(view, we, True) > we)):
                    continue  # (تل أبو نعيم: a common first word is fine when a kunya follows; معبر جابر;
                    # بلدة بولو بوردي، قرية ود النورة: a short or stoplisted head word when a name follows)
                if settled and we2 == we and not word.startswith("ال"):
                    # مدينة عيل بور: a foreign town's name of two or three indefinite words, taken only when
                    # a clear boundary follows (punctuation, a link word, a known place: عيل بور بالصومال)
                    ends = []
                    for _ in range(2):
                        nxt = self._next_name_word(view, ends[-1] if ends else we, self._short_head(word) and not ends)
                        if nxt == (ends[-1] if ends else we):
                            break
                        ends.append(nxt)
                    for end in reversed(ends):
                        if self._name_boundary(norm, view, end):
                            we2 = end
                            break
                    if we2 == we and not self._name_like(word):
                        continue  # ود، بولو alone are no names
                we = we2
                e = norm.to_original(ws, we)[1]
            fs = norm.to_original(cm.nstart, cm.nstart + 1)[0]
            district = (districts or {}).get((fs, e))
            if taken.hits(s, e) or blocked.hits(fs, fs + 1):
                continue
            if district is not None:  # مديرية الخوخي: a district, not a directorate (مديرية الأمن stays ORG)
                doc.layers["entities"] = [x for x in doc.layers["entities"] if x is not district]
            inner = [x for x in pers if s <= x.start and x.end <= e]
            if per_cover.hits(s, e) and not (inner and sum(x.end - x.start for x in inner)
                                              == int(per_cover.mask[s:e].sum())):
                continue  # a person's name runs past the place name
            if ctype == "admin" and not word.startswith("ال") and word.endswith("ه"):
                continue  # منطقة مأهولة: an adjective
            if cm.key in self.plural_cues:
                continue  # مدن متفرقة: plural nouns precede adjectives and lists, not one name
            cc, source = self._context_country(norm, we, accepted, ctx, cm.key)
            reason = f"name after {cm.key} not in the gazetteer; country from {source}"
            kind, code = self.cue_kind.get(cm.key, ("facility", "FAC")) if ctype == "facility" else ("unknown", None)
            if ctype == "facility":
                s = fs
            doc.add("places", Place(s, e, "", country_code=cc, feature_code=code,
                                    score=0.4, reason=reason, extra={"kind": kind}))
            doc.add("entities", Entity(s, e, "", _LABEL_OF_KIND.get(kind, "GPE"), score=0.4, origin="gazetteer"))
            taken.add(s, e)
            if inner:  # أبو سالم in معبر كرم أبو سالم is no person
                gone = {id(x) for x in inner}
                doc.layers["entities"] = [x for x in doc.layers["entities"] if id(x) not in gone]

    def _emit(self, doc: Document, mentions: list[Mention], ctx: Context) -> None:
        gz = self.gz
        fac_done: set[tuple[int, int]] = set()
        ent_spans = {(x.start, x.end) for x in doc.layers["entities"]}
        for m in mentions:
            if m.rejected:
                continue
            ent = m.extra.get("entity")
            if m.chosen is None:
                continue  # entities the gazetteer lacks: see _unresolved_entities
            e = gz.entries[m.chosen]
            kind = e.kind
            for action, norp in m.extra.get("norp_fix", ()):
                if action == "relabel":  # the entity layer's NORP is the country here
                    norp.label = "GPE"
                    norp.extra["relabelled"] = "NORP->GPE by places (country name, not an adjective)"
                    ent = norp
                else:  # an adjective inside a longer place name is no nationality mention
                    doc.layers["entities"] = [x for x in doc.layers["entities"] if x is not norp]
                    ent_spans.discard((norp.start, norp.end))
            extra = {"kind": kind}
            if m.chosen in gz.capital_of:  # أنقرة may stand for the Turkish government
                extra["capital_of"] = gz.capital_of[m.chosen]
            doc.add("places", Place(m.start, m.end, "", geonameid=e.geonameid, name=e.name, country_code=e.cc,
                                    lat=e.lat, lon=e.lon, feature_code=e.feature_code, admin1=e.admin1,
                                    score=m.score, reason=m.reason, extra=extra))
            if m.extra.get("in_org"):
                extra["in_org"] = True  # the organisation entity holds the mention; no entity of its own
            if ent is None and not m.extra.get("in_org"):
                doc.add("entities", Entity(m.start, m.end, "", _LABEL_OF_KIND.get(kind, "GPE"), score=m.score,
                                           origin="gazetteer"))
            if m.cue == "facility" and m.cue_span is not None:
                fs, fe = m.cue_span
                if (fs, fe) not in fac_done:
                    fac_done.add((fs, fe))
                    fkind, fcode = self.cue_kind.get(m.extra.get("cue_key", ""), ("facility", "FAC"))
                    doc.add("places", Place(fs, fe, "", name=e.name, country_code=e.cc, lat=e.lat, lon=e.lon,
                                            feature_code=fcode, admin1=e.admin1, score=round(m.score * 0.9, 2),
                                            reason=f"{fkind} at {e.name}", extra={"kind": fkind}))
                    if (fs, fe) not in ent_spans:
                        ent_spans.add((fs, fe))
                        doc.add("entities", Entity(fs, fe, "", _LABEL_OF_KIND.get(fkind, "FAC"),
                                                   score=round(m.score * 0.9, 2), origin="gazetteer"))
        doc.layers["places"].sort(key=lambda p: (p.start, p.end))
        doc.layers["entities"].sort(key=lambda x: (x.start, x.end))
