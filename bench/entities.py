#!/usr/bin/env python3
"""Entity + actor stage cost as a share of pipeline time (steady state, pipeline built once).

usage: python bench/entities.py [FILE ...] [--repeat N]

Default input: ../shared/corpus/seed_haftar_cairo.txt (published 2019-08-07) and examples/*.txt.
Prints, per file, the mean milliseconds per component over N runs after one warm-up run, and the
share of the entities and actors components in the whole pipeline.  Also reports how long building
the compiled lexicon takes (once per process) and its size.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    files = [Path(f) for f in args.files]
    if not files:
        seed = ROOT.parent / "shared" / "corpus" / "seed_haftar_cairo.txt"
        files = ([seed] if seed.exists() else []) + sorted((ROOT / "examples").glob("*.txt"))

    from rasid.actors.lexicons import entity_lexicon
    from rasid.pipeline import Pipeline, make_document

    t0 = time.perf_counter()
    lex = entity_lexicon()
    t_lex = time.perf_counter() - t0
    print(f"compiled entity lexicon: {len(lex.matcher):,} keys, {len(lex.dictionary)} dictionary actors, "
          f"built in {t_lex * 1000:.0f} ms (once per process)")
    nlp = Pipeline()
    for f in files:
        text = f.read_text(encoding="utf-8")
        nlp(make_document(text, published="2019-08-07"))  # warm-up
        per: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            doc = nlp(make_document(text, published="2019-08-07"))
            for k, v in doc.timings.items():
                per.setdefault(k, []).append(v)
        total = sum(statistics.mean(v) for v in per.values())
        ea = statistics.mean(per["entities"]) + statistics.mean(per["actors"])
        print(f"\n{f.name}: {len(text):,} chars, {len(doc.entities)} entities, {len(doc.actors)} actors")
        for k, v in per.items():
            m = statistics.mean(v)
            print(f"  {k:11s} {m * 1000:8.2f} ms  {m / total:6.1%}")
        print(f"  {'total':11s} {total * 1000:8.2f} ms;  entities+actors {ea * 1000:.2f} ms = {ea / total:.1%} of the pipeline"
              f" ({len(text) / ea / 1000:,.0f}k chars/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
