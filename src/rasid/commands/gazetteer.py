"""``rasid gazetteer``: build the place-name cache ahead of time and look names up."""
from __future__ import annotations

import json
import time


def register(sub) -> None:
    p = sub.add_parser("gazetteer", help="build the gazetteer cache or look up place names",
                       description="Build the gazetteer disk cache (so the first analysis starts fast) or show the "
                                   "GeoNames candidates for Arabic place names.")
    p.add_argument("action", choices=("build", "lookup", "info"), help="build the cache, look up NAMEs, or show sizes")
    p.add_argument("names", nargs="*", metavar="NAME", help="place names for lookup (clitics allowed: بالقاهرة)")
    p.add_argument("--min-population", type=int, default=None, help="GeoNames city cut-off (default 1000)")
    p.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..errors import RasidError
    from ..geo import DEFAULT_MIN_POPULATION, gazetteer
    from ..geo.cache import cache_path, load_or_build

    cut = DEFAULT_MIN_POPULATION if args.min_population is None else args.min_population
    if cut < 0:
        raise RasidError("E172", f"--min-population must be >= 0, got {cut}")
    if args.action == "build":
        t = time.perf_counter()
        path = cache_path(cut)
        if path.exists():
            path.unlink()
        gz = load_or_build(cut)
        print(f"built {gz!r} in {time.perf_counter() - t:.1f} s -> {path}")
        return 0
    t = time.perf_counter()
    gz = gazetteer(cut)
    if args.action == "info":
        print(f"{gz!r}; loaded in {time.perf_counter() - t:.2f} s from {cache_path(cut)}")
        return 0
    for name in args.names:
        cands = gz.lookup(name)
        nisba = gz.country_of_nisba(name)
        if args.json:
            print(json.dumps({"name": name, "nisba_country": nisba,
                              "candidates": [c._asdict() for c in cands]}, ensure_ascii=False))
            continue
        note = f"  (nisba of {nisba})" if nisba else ""
        print(f"{name}: {len(cands)} candidate(s){note}")
        for c in sorted(cands, key=lambda c: -c.population):
            print(f"  {c.geonameid or '-':>9}  {c.cc or '--'}  {c.kind:<9} {c.feature_code:<5} "
                  f"{c.lat if c.lat is not None else '-':>9} {c.lon if c.lon is not None else '-':>10}  "
                  f"pop {c.population:>9}  {c.name}")
    return 0
