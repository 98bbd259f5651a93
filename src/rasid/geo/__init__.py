"""Offline Arabic geoparsing: the gazetteer (build, disk cache, look-up) and context disambiguation.

Public API (see docs/places.md)::

    from rasid.geo import gazetteer
    gz = gazetteer()                 # built once per process (disk-cached across processes)
    gz.lookup("طرابلس")              # -> [GeoEntry(...Tripoli LY...), GeoEntry(...Tripoli LB...), ...]
    gz.country_name("EG")            # -> "مصر"
    gz.country_of_nisba("الليبية")   # -> "LY"
    gz.is_place_word("بالقاهرة")     # -> True
    gz.matcher.find(doc)             # PhraseMatcher over every place name (payload: the folded key)
"""
from __future__ import annotations

from functools import lru_cache

from .gazetteer import DEFAULT_MIN_POPULATION, GeoEntry, Gazetteer, build, is_arabic_name, nisba_forms

__all__ = ["gazetteer", "Gazetteer", "GeoEntry", "build", "is_arabic_name", "nisba_forms", "DEFAULT_MIN_POPULATION"]


@lru_cache(maxsize=4)
def gazetteer(min_population: int = DEFAULT_MIN_POPULATION, use_cache: bool = True) -> Gazetteer:
    """The gazetteer, loaded from the disk cache (or built and cached), once per process."""
    from .cache import load_or_build

    return load_or_build(min_population, use_cache=use_cache)
