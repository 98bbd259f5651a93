"""Context disambiguation: choose one gazetteer entry per place mention.

Evidence, gathered once per document:

* **country context** — unambiguous country names, nationality adjectives (nisba: الليبية → LY) and
  NORP entities' ``extra["country"]``, counted per ISO2; the most frequent is the *main country*;
* **patterns** around a mention (``place_cues.tsv``): a settlement noun before it (مدينة X: a town,
  not a country), العاصمة X (a capital), and a link word between two names (غريان جنوب طرابلس, صور في
  لبنان: the first lies in or near the second);
* **resolved neighbours** — places resolved with confidence in the same document pull candidates
  of the same country and those within ``NEAR_KM`` of them;
* **priors** — kind (country > region > capital > city) and log population.

Each candidate gets an additive score; the best wins and the margin over the runner-up gives the
confidence.  Small places (below ``min_free_population``) and city-table names written with a clitic
are only accepted with support from the context, which keeps common words that are also village names
out.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

import numpy as np

from ..lexicon.loader import load_tsv
from ..lexicon.matcher import fold_key
from .gazetteer import GeoEntry, Gazetteer, population_prior

#: prior by kind
KIND_PRIOR = {"country": 3.0, "continent": 2.6, "region": 2.6, "province": 2.4, "water": 2.6,
              "landmark": 2.0, "district": 1.8, "capital": 1.0, "city": 0.0}
NEAR_KM = 350.0
#: a small town is accepted on the strength of a resolved place this close (a tighter radius than
#: for scoring: the Levant fits in 350 km)
NEAR_ACCEPT_KM = 150.0
#: a city-table name this frequent as an Arabic word (Zipf scale; or above 4.4 for a place under 200,000
#: people, or this much more frequent than its population predicts) is taken for a common word unless a
#: pattern (مدينة X, X جنوب Y) supports it
COMMON_ZIPF = 5.3
COMMON_EXCESS = 2.6
#: a city this large whose word frequency its size explains (excess below FAMOUS_EXCESS) and whose
#: other article form is rare (نيويورك، اسطنبول, but not ميدان / الميدان) is a famous name, not a word
FAMOUS_POPULATION = 1_000_000
FAMOUS_EXCESS = 2.0
FAMOUS_MAX_FLIP = 3.5


@dataclass
class Mention:
    start: int  # original offsets
    end: int
    nstart: int  # normalised offsets
    nend: int
    key: str
    prefix: str = ""
    ids: tuple[int, ...] = ()
    cue: str | None = None  # settlement | admin | capital | facility
    cue_span: tuple[int, int] | None = None  # original span of "cue + name" for facilities
    link_to: int | None = None  # index of the mention this one is placed in / near
    link_kind: str | None = None  # direction (جنوب، قرب) | in (في، ب، comma)
    from_entity: bool = False
    chosen: int | None = None
    score: float = 0.0
    reason: str = ""
    rejected: str = ""
    extra: dict = field(default_factory=dict)


def haversine_km(a: GeoEntry, b: GeoEntry) -> float:
    if a.lat is None or b.lat is None:
        return 1e9
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class Context:
    countries: Counter  # ISO2 -> weighted mentions
    main: str | None

    @classmethod
    def build(cls, counts: Counter) -> "Context":
        main = counts.most_common(1)[0][0] if counts else None
        return cls(counts, main)

    def weight(self, cc: str | None) -> float:
        if not cc or not self.countries:
            return 0.0
        top = max(self.countries.values())
        w = 1.5 * self.countries.get(cc, 0) / top
        if cc == self.main:
            w += 0.5
        return w


class Anchors:
    """Places resolved with confidence, deduplicated, with cached "same country" and "near" tests."""

    def __init__(self, entries):
        uniq = {id(a): a for a in entries}
        self.ids = set(uniq)
        self.cc = Counter(a.cc for a in uniq.values() if a.cc)
        points = [a for a in uniq.values() if a.kind not in ("country", "continent", "water") and a.lat is not None]
        self._point_ids = [id(a) for a in points]
        self._lat = np.radians(np.array([a.lat for a in points], dtype=float))
        self._lon = np.radians(np.array([a.lon for a in points], dtype=float))
        self._near: dict[tuple[int, float], bool] = {}

    def __bool__(self) -> bool:
        return bool(self.ids)

    def same_country(self, e: GeoEntry) -> bool:
        """Another anchor lies in ``e``'s country."""
        return bool(e.cc) and self.cc.get(e.cc, 0) - (1 if id(e) in self.ids else 0) > 0

    def near(self, e: GeoEntry, km: float = NEAR_KM) -> bool:
        """Another point-like anchor lies within ``km`` of ``e``."""
        key = (id(e), km)
        hit = self._near.get(key)
        if hit is None:
            hit = False
            if e.lat is not None and len(self._lat):
                p1, l1 = math.radians(e.lat), math.radians(e.lon)
                h = (np.sin((self._lat - p1) / 2) ** 2
                     + math.cos(p1) * np.cos(self._lat) * np.sin((self._lon - l1) / 2) ** 2)
                close = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(h, 1.0))) < km
                if id(e) in self._point_ids:
                    close[self._point_ids.index(id(e))] = False
                hit = bool(close.any())
            self._near[key] = hit
        return hit


def score_candidate(gz: Gazetteer, m: Mention, i: int, ctx: Context, anchors: Anchors,
                    link: GeoEntry | None) -> tuple[float, list[str]]:
    e = gz.entries[i]
    why: list[str] = []
    s = KIND_PRIOR.get(e.kind, 0.0) + population_prior(e.population)
    if e.kind == "capital" and gz.capital_of.get(i):
        s += 0.3
    w = ctx.weight(e.cc)
    if w:
        s += w
        why.append(f"context {e.cc}")
    if m.cue in ("settlement", "facility") and e.kind in ("country", "continent", "region", "water"):
        s -= 3.0
    if m.cue == "admin" and e.kind in ("province", "region"):
        s += 0.5
    if m.cue == "capital" and e.kind == "capital":
        s += 1.0
        why.append("العاصمة")
    adj = m.extra.get("adjective_cc")
    if adj:  # طرابلس اللبنانية: the adjective right after the name says the country
        if e.cc == adj:
            s += 5.0
            why.append(f"adjective {adj}")
    border = m.extra.get("border_cc")
    if border and e.cc == border and e.kind in ("city", "capital"):
        s -= 2.5  # رفح المحاذية للحدود المصرية: next to the Egyptian border, so not in Egypt
        why.append(f"not {border} (at its border)")
    if m.extra.get("document_adjective_cc") == e.cc and e.cc:
        s += 2.5  # the same name is given this country elsewhere in the text
        why.append(f"adjective {e.cc} elsewhere")
    if m.extra.get("document_border_cc") == e.cc and e.cc and e.kind in ("city", "capital"):
        s -= 2.0
        why.append(f"not {e.cc} (at its border, elsewhere)")
    if link is not None:
        if (e.cc and e.cc == link.cc and m.extra.get("link_container")
                and link.kind in ("country", "region", "province") and e.kind in ("city", "capital")):
            s += 4.0  # X في Y / X بـY / X جنوب Y with Y a country or region: explicit
            why.append(f"in {link.name}")
        elif e.cc and e.cc == link.cc:
            s += 1.5
            why.append(f"in {link.name}")
        elif haversine_km(e, link) < NEAR_KM:
            s += 1.0
            why.append(f"near {link.name}")
    if e.kind == "city":
        # a famous name borrowed by a small town (جنيف in Geneva, USA): when the name is far more frequent
        # in Arabic text than this town's size explains and a namesake is five times larger, prefer that one
        big = max((gz.entries[j].population for j in m.ids if gz.entries[j].kind in ("city", "capital")), default=0)
        z = gz.zipf.get(m.key, 0.0)
        if big >= 5 * max(e.population, 1) and z - (0.6 * math.log10(max(e.population, 10)) - 0.5) >= 2.0:
            s -= 3.0
            why.append("famous namesake elsewhere")
    if anchors and e.kind not in ("country", "continent"):
        if anchors.same_country(e):
            s += 0.4
        if anchors.near(e):
            s += 0.4
            why.append("near other places")
    return s, why


def _describe(e: GeoEntry, scored: list, why: list[str]) -> str:
    parts = [{"country": "country name", "continent": "continent", "capital": "capital"}.get(e.kind, e.kind)]
    if len(scored) == 1:
        parts.append("only candidate")
    else:
        parts.append(f"{len(scored)} candidates")
        parts += why or ["population"]
    return "; ".join(parts)


def _confidence(e: GeoEntry, margin: float) -> float:
    conf = 1.0 / (1.0 + math.exp(-1.5 * margin))
    if e.kind == "city":
        conf *= 0.75 + 0.25 * min(1.0, population_prior(e.population))
    return round(min(0.99, conf), 2)


def resolve(gz: Gazetteer, mentions: list[Mention], ctx: Context, *, min_free_population: int = 15000,
            min_foreign_population: int = 100000, min_clitic_population: int = 100000) -> None:
    """Choose an entry for every mention (sets ``chosen``, ``score``, ``reason`` or ``rejected``)."""
    # pass 1: unambiguous mentions anchor the document; pass 2 uses the confident choices of pass 1
    anchors = Anchors(gz.entries[m.ids[0]] for m in mentions if len(m.ids) == 1)
    ranked: dict[int, list] = {}
    cache: dict[tuple, list] = {}
    for _round in range(2):
        for k, m in enumerate(mentions):
            if not m.ids:
                continue
            link = None
            if m.link_to is not None:
                t = mentions[m.link_to]
                if t.chosen is not None:
                    link = gz.entries[t.chosen]
                elif len(t.ids) == 1:
                    link = gz.entries[t.ids[0]]
            ckey = (_round, m.key, m.cue, id(link) if link is not None else None)
            scored = cache.get(ckey)
            if scored is None:  # mentions of one name in one setting score alike
                scored = []
                for i in m.ids:
                    sc, why = score_candidate(gz, m, i, ctx, anchors, link)
                    scored.append((sc, i, why))
                scored.sort(key=lambda x: -x[0])
                cache[ckey] = scored
            ranked[k] = scored
            best, bi, why = scored[0]
            margin = best - scored[1][0] if len(scored) > 1 else 3.0
            m.chosen = bi
            m.score = _confidence(gz.entries[bi], margin)
            m.reason = _describe(gz.entries[bi], scored, why)
        anchors = Anchors(gz.entries[m.chosen] for m in mentions if m.chosen is not None and m.score >= 0.7)
    # acceptance of weak names (small, common words, written with a clitic): first against the strong
    # places only, then against everything accepted; a rejected choice falls back to the next candidate
    strong_anchors = Anchors(gz.entries[m.chosen] for m in mentions if m.chosen is not None
                             and _is_strong_entry(gz, m.chosen, min_foreign_population))
    limits = (min_free_population, min_foreign_population, min_clitic_population)
    for stage in range(2):
        pool = strong_anchors if stage == 0 else Anchors(gz.entries[m.chosen] for m in mentions
                                                         if m.chosen is not None and not m.rejected)
        for k, m in enumerate(mentions):
            if m.from_entity or k not in ranked:
                continue
            m.rejected = ""
            first = None
            for pos, (s, i, why) in enumerate(ranked[k]):
                reason = _weak_reason(gz, mentions, m, i, ctx, pool, limits)
                if not reason:
                    if pos:
                        m.chosen = i
                        m.score = _confidence(gz.entries[i], s - ranked[k][pos + 1][0] if pos + 1 < len(ranked[k]) else 1.0)
                        m.reason = _describe(gz.entries[i], ranked[k], why) + f"; {first}, next candidate"
                    break
                first = first or reason
            else:
                m.rejected = first or "rejected"


def _is_strong_entry(gz: Gazetteer, i: int, min_foreign_population: int) -> bool:
    e = gz.entries[i]
    if e.kind in ("country", "continent", "water"):
        return False  # too large to say what is near
    if e.kind not in ("city", "capital") or i in gz.metonyms:
        return True
    return e.population >= min_foreign_population


def _weak_reason(gz: Gazetteer, mentions: list[Mention], m: Mention, i: int, ctx: Context,
                 anchors: Anchors, limits: tuple[int, int, int]) -> str:
    """Why candidate ``i`` of mention ``m`` must not be accepted ("" = acceptable)."""
    min_free_population, min_foreign_population, min_clitic_population = limits
    e = gz.entries[i]
    if e.kind not in ("city", "capital") or i in gz.metonyms:
        return ""
    link_ok = False
    if m.link_to is not None:
        t = mentions[m.link_to]
        if t.chosen is not None and not t.rejected:
            te = gz.entries[t.chosen]
            link_ok = (te.cc is not None and te.cc == e.cc) or haversine_km(e, te) < NEAR_KM
    strong = m.cue is not None or (link_ok and m.link_kind == "direction")
    near = anchors.near(e, NEAR_ACCEPT_KM)
    n_ctx = ctx.countries.get(e.cc, 0)
    local = n_ctx >= 2 or e.cc == ctx.main or near or link_ok  # the text is about this area
    z = gz.zipf.get(m.key, 0.0)
    excess = z - (0.6 * math.log10(max(e.population, 10)) - 0.5)
    if " " not in m.key and m.key[:1] in "وفبلك" and len(m.key) >= 4 and m.key[1:] in gz.common_words:
        z = max(z, 4.4)  # بحركة reads as ب + حركة before it reads as a town
        excess = COMMON_EXCESS  # and is no famous city either (كانو: a misspelt كانوا, not Kano)
    if e.kind == "capital" and e.population >= 100000 and z < COMMON_ZIPF:
        pass  # capitals are famous names (مدريد), whatever else the word means
    elif (e.population >= FAMOUS_POPULATION and z < COMMON_ZIPF and excess < FAMOUS_EXCESS
          and gz.flip_zipf.get(m.key, 0.0) < FAMOUS_MAX_FLIP):
        pass  # world cities are frequent because they are famous (نيويورك), not because they are words
    elif 3.5 <= z < 4.4 and gz.flip_zipf.get(m.key, 0.0) >= 4.0 and e.population < 200000 and not strong:
        return f"a common noun (zipf {z}, other article form {gz.flip_zipf.get(m.key)})"
    elif 3.5 <= z < 4.4 and gz.flip_zipf.get(m.key, 0.0) >= 3.5 and not (local or strong):
        return f"probably the word (zipf {z}) in a text not about {e.cc}"
    elif (z >= COMMON_ZIPF or (z >= 4.4 and (e.population < 200000 or not (local or n_ctx)))
            or (z >= 3.5 and (excess >= COMMON_EXCESS or e.population < min_free_population))):
        if not (strong or (e.cc == ctx.main and e.population >= 100000 and z < COMMON_ZIPF)):
            return f"common word (zipf {z})"
    if (e.kind == "city" and e.population < 1000000 and " " not in m.key and not (local or strong)
            and _suffixed_word(gz, m.key, z)):
        return "a common word with a suffix"  # جيشي (army + my), not Jixi
    if e.population < min_free_population and not (local or (strong and n_ctx)):
        return f"small place ({e.population}) without context"
    if e.population < min_foreign_population and not local:
        return f"place of {e.population} in a country ({e.cc}) the text hardly mentions"
    if m.prefix and e.population < min_clitic_population and not (local or strong):
        return f"clitic {m.prefix}+ on a small place without context"
    return ""


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, float], ...]:
    """(folded suffix, largest Zipf of the whole word) from ``place_suffixes.tsv``, longest first."""
    rows = [(fold_key(r["suffix"]), float(r.get("max_zipf") or 3.0))
            for r in load_tsv("place_suffixes.tsv").rows if r.get("suffix")]
    return tuple(sorted(rows, key=lambda x: -len(x[0])))


def _suffixed_word(gz: Gazetteer, key: str, z: float) -> bool:
    """Is ``key`` a common word plus a grammatical suffix (and rare itself)?"""
    for suf, max_z in _suffixes():
        stem = key[:-len(suf)]
        if key.endswith(suf) and len(stem) >= 3 and z <= max_z and (stem in gz.common_words
                                                                     or "ال" + stem in gz.common_words):
            return True
    return False
