#!/usr/bin/env python3
"""Speed of the quotes component alone: python bench/quotes_speed.py [--repeat N] [--scale K]

Runs the layers before quotes once per document (text, entities, places, actors, quantities, times;
``--text-only`` for the text layer alone), then times QuoteExtractor on the corpus articles in
../shared/corpus (or the bundled examples when the corpus is absent), and on one document made of
the corpus repeated K times (to check the component stays linear on huge inputs).
"""
import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasid.pipeline import Pipeline, make_document  # noqa: E402
from rasid.quotes import QuoteExtractor  # noqa: E402
from rasid.text import text_view  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--text-only", action="store_true",
                    help="run only the text layer first (the source lookups then see no entities or places)")
    args = ap.parse_args()
    corpus = ROOT.parent / "shared" / "corpus"
    files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else sorted((ROOT / "examples").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    text_layer = Pipeline(["text"] if args.text_only else ["text", "entities", "places", "actors", "quantities", "times"])
    extractor = QuoteExtractor()

    def timed(text: str) -> tuple[float, int]:
        doc = text_layer(make_document(text))
        text_view(doc)
        t0 = time.perf_counter()
        extractor(doc)
        return time.perf_counter() - t0, len(doc.quotes)

    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(args.repeat):
        total = 0.0
        n = 0
        for t in texts:
            dt, q = timed(t)
            total += dt
            n += q
        best = min(best, total)
    print(f"{len(texts)} documents, {chars:,} characters, {n} quotes: {best * 1000:.0f} ms "
          f"({best / chars * 1e6:.1f} µs per character)")
    big = "\n".join(texts) * args.scale
    dt, q = timed(big)
    print(f"one document x{args.scale}: {len(big):,} characters, {q} quotes: {dt:.2f} s "
          f"({dt / len(big) * 1e6:.1f} µs per character)")


if __name__ == "__main__":
    main()
