"""Compiled entity and actor lexicons (built once per process and per user dictionary).

Everything the entity recogniser and the actor resolver look up is compiled here, from the data files
in ``rasid/data`` (see docs/entities.md):

* one :class:`~rasid.lexicon.PhraseMatcher` (``EntityLexicon.matcher``) over titles, offices, organisation
  heads, nationality adjectives, country names, given names, name particles, known organisations and
  the actor dictionary's aliases (stop words are a set looked up at the few positions the rules visit), each entry tagged with its kind, so a document
  is scanned in one C-level pass;
* folded look-up tables (sets and dicts) for the token-level rules.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..lexicon import PhraseMatcher, load_tsv
from ..lexicon.matcher import fold_key
from .dictionary import ActorDictionary, load_dictionary

#: pseudo country codes in nisba.tsv that name groups, not states
GROUP_CODES = {"XA": "arab", "XK": "kurd", "XE": "european", "XF": "african", "XP": "gulf", "XW": "western",
               "XI": "international", "XM": "muslim", "XC": "christian", "XJ": "jewish", "XS": "shia",
               "XU": "sunni"}


def nisba_forms(base: str) -> list[str]:
    """All regular inflections of a nisba adjective given its masculine singular indefinite form."""
    forms = [base, base + "ة", base + "ون", base + "ين", base + "ات"]
    return forms + ["ال" + f for f in forms]


@dataclass(frozen=True)
class Hit:
    """A lexicon entry of some kind (payload of the matcher)."""

    kind: str  # title role orghead nisba country given particle stop dict org
    data: Any = None


@dataclass
class EntityLexicon:
    matcher: PhraseMatcher
    dictionary: ActorDictionary
    stops: frozenset[str]  # looked up per token (not in the automaton: they are frequent)
    given: dict[str, bool]  # folded given name -> ambiguous
    particles: dict[str, str]  # folded particle -> kind (bind compound second)
    nisba: dict[str, str]  # folded nisba form -> code
    countries: dict[str, str]  # folded country name -> ISO2
    country_names: dict[str, str]  # ISO2 -> canonical Arabic name
    org_adjs: frozenset[str]
    org_nouns: frozenset[str]
    org_generic: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    nisba_plural: frozenset[str] = frozenset()  # plural forms (المصريون، العرب): nouns for people, not adjectives of names
    role_classes: dict[str, str] = field(default_factory=dict)  # folded title/office -> class
    foreign: frozenset[str] = frozenset()  # foreign first names (no Arabic ال-surname after them)
    surnames: frozenset[str] = frozenset()  # well-known family names that are not first names (surnames.tsv)
    source_nouns: frozenset[str] = frozenset()  # common nouns that follow speech verbs (مصدر، مسؤول)
    name_preps: frozenset[str] = frozenset({"الي", "عن", "في", "خلال", "امام", "لدي"})  # closed class (folded)
    sport_cues: frozenset[str] = frozenset()  # words before an ambiguous club name (فريق، مباراة، أمام)
    weak_titles: frozenset[str] = frozenset()  # titles that are also common nouns (الفريق "the team")
    complementisers: frozenset[str] = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه"})  # closed class (folded)
    #: words that may close a one-word name after a speech verb: "وقال X أمس"، "وقال X من جهته" (closed class, folded)
    name_times: frozenset[str] = frozenset({"امس", "اليوم"})
    #: regnal ordinals after a monarch's or pope's name (الملك محمد الخامس، البابا بنديكت السادس عشر; closed class, folded)
    regnal: frozenset[str] = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                                         "التاسع", "العاشر", "الحادي", "الثانى"})
    self_refs: frozenset[str] = frozenset({"جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها", "جهه", "جانب"})
    member_context: frozenset[str] = frozenset()  # actor_members.tsv: member nouns and context words (folded)
    known_words: frozenset[str] = frozenset()  # every word of every lexicon surface (folded)
    #: definite heads that name the domain of an office (الخارجية، الأمن): after a role head (وزير، مدير)
    #: they are the role's complement, not an organisation (org_heads.tsv kind=office)
    office_heads: frozenset[str] = frozenset()


def _rows(name: str) -> tuple[dict[str, str], ...]:
    return load_tsv(name).rows


@lru_cache(maxsize=8)
def entity_lexicon(actors_file: str | None = None) -> EntityLexicon:
    """The compiled lexicon (cached per user dictionary path)."""
    dictionary = load_dictionary(actors_file)
    entries: list[tuple[str, Hit]] = []
    role_classes: dict[str, str] = {}

    weak_titles: set[str] = set()
    for r in _rows("titles.tsv"):
        entries.append((r["form"], Hit("title", r)))
        if r.get("weak") == "1":
            weak_titles.add(fold_key(r["form"]))
        if r.get("class"):
            role_classes[fold_key(r["form"])] = r["class"]
    modifiers = set()
    for r in _rows("roles.tsv"):
        if r["kind"] == "modifier":
            modifiers.add(fold_key(r["form"]))
            continue
        entries.append((r["form"], Hit("role", r)))
        if r.get("class"):
            role_classes[fold_key(r["form"])] = r["class"]

    org_adjs, org_nouns, org_generic = set(), set(), set()
    sport_cues: set[str] = set()
    office_heads: set[str] = set()
    for r in _rows("org_heads.tsv"):
        kind = r["kind"]
        key = fold_key(r["form"])
        if kind == "adj":
            org_adjs.add(key)
            continue
        if kind == "noun":
            org_nouns.add(key)
            continue
        if kind == "generic":
            org_generic.add(key)
            continue
        if kind == "sportcue":
            sport_cues.add(key)
            continue
        if kind == "office":
            office_heads.add(key)
            continue
        entries.append((r["form"], Hit("orghead", {**r, "definite": key.startswith("ال")})))
        if r.get("definite") == "1" and not key.startswith("ال"):
            entries.append(("ال" + r["form"], Hit("orghead", {**r, "definite": True})))

    nisba: dict[str, str] = {}
    nisba_plural: set[str] = set()
    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    for r in _rows("nisba.tsv"):
        code = r["country"]
        forms = nisba_forms(r["nisba"]) if r.get("nisba") else []
        listed: set[str] = set()  # the "forms" column, with and without the article
        for extra in filter(None, (x.strip() for x in r.get("forms", "").split("|"))):
            more = [extra] if extra.startswith("ال") else [extra, "ال" + extra]
            forms += more
            listed.update(more)
        for f in forms:
            nisba[fold_key(f)] = code
            if f.endswith(("ون", "ين", "ات")) or f in listed:
                if not f.endswith(("ي", "ية")):
                    nisba_plural.add(fold_key(f))
            entries.append((f, Hit("nisba", code)))
        names = [r["name"]] + [x.strip() for x in r.get("aliases", "").split("|")]
        for nm in filter(None, names):
            countries[fold_key(nm)] = code
            entries.append((nm, Hit("country", code)))
        if r.get("name"):
            country_names[code] = r["name"]

    given: dict[str, bool] = {}
    foreign: set[str] = set()
    for r in _rows("given_names.tsv"):
        key = fold_key(r["name"])
        given[key] = r.get("ambiguous") == "1"
        if r.get("origin") == "foreign":
            foreign.add(key)
        entries.append((r["name"], Hit("given", r)))
    surnames: set[str] = set()
    for r in _rows("surnames.tsv"):
        key = fold_key(r["name"])
        if key not in given:
            given[key] = r.get("ambiguous") == "1"
            entries.append((r["name"], Hit("given", r)))
            surnames.add(key)  # only names that are not also first names
    for r in _rows("cue_verbs.tsv"):
        if r.get("type") == "verb":
            entries.append((r["form"], Hit("cueverb", r)))
    source_nouns = {fold_key(r["form"]) for r in _rows("source_nouns.tsv")}
    particles: dict[str, str] = {}
    for r in _rows("name_particles.tsv"):
        particles[fold_key(r["form"])] = r["kind"]
        entries.append((r["form"], Hit("particle", r["kind"])))

    stops = {fold_key(r["word"]) for r in _rows("name_stops.tsv")}
    stops |= {fold_key(r["form"]) for r in _rows("cue_verbs.tsv") if r.get("type") == "verb"}

    for r in _rows("organisations.tsv"):
        kind = "clubctx" if r.get("context") == "sport" else "org"
        entries.append((r["name"], Hit(kind, {"id": r["id"], "country": r.get("country") or None,
                                              "sector": r.get("sector") or None})))
    for alias, actor_id, kind in dictionary.surfaces():
        entries.append((alias, Hit("dict", (actor_id, kind))))

    member_context = {fold_key(r["form"]) for r in _rows("actor_members.tsv") if r["kind"] in ("member", "context")}
    known_words = {w for surface, _ in entries for w in fold_key(surface).split()}
    matcher = PhraseMatcher(entries, min_chars=2)
    return EntityLexicon(matcher, dictionary, frozenset(stops), given, particles, nisba, countries, country_names,
                         frozenset(org_adjs), frozenset(org_nouns), frozenset(org_generic), frozenset(modifiers),
                         frozenset(nisba_plural), role_classes, frozenset(foreign), frozenset(surnames),
                         frozenset(source_nouns), weak_titles=frozenset(weak_titles), sport_cues=frozenset(sport_cues),
                         office_heads=frozenset(office_heads),
                         member_context=frozenset(member_context), known_words=frozenset(known_words))


@dataclass(frozen=True)
class MemberPhrase:
    """A member noun (مسلحو، عناصر), alone or with its link word (عناصر من، مقاتلين تابعين)."""

    member: str
    link: str = ""


@lru_cache(maxsize=1)
def member_matcher() -> PhraseMatcher:
    """Member nouns of ``actor_members.tsv`` and every member noun + link word pair, in one automaton."""
    rows = _rows("actor_members.tsv")
    members = [r["form"] for r in rows if r["kind"] == "member"]
    links = [r["form"] for r in rows if r["kind"] == "link"]
    entries = [(m, MemberPhrase(m)) for m in members]
    entries += [(f"{m} {lk}", MemberPhrase(m, lk)) for m in members for lk in links]
    return PhraseMatcher(entries)
