"""Speed of the number parser and the quantities component on the shared corpus (read at run time).

    PYTHONPATH=src python3 bench/quantities_speed.py [CORPUS_DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rasid.document import Document
from rasid.numbers import find_numbers
from rasid.pipeline import Pipeline
from rasid.text import normalize


def main() -> None:
    ap = argparse.ArgumentParser(description="speed of rasid.numbers and the quantities component")
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    repeat = max(1, args.repeat)
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.corpus).glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files in {args.corpus}")
    chars = sum(map(len, texts))
    norms = [normalize(t) for t in texts]
    t0 = time.perf_counter()
    n = 0
    for _ in range(repeat):
        for nt in norms:
            n += len(find_numbers(nt))
    t_num = (time.perf_counter() - t0) / repeat
    pipe = Pipeline(["text", "quantities"], {})
    q = 0
    t_q = 0.0
    for _ in range(repeat):
        for t in texts:
            doc = Document(t)
            pipe(doc)
            t_q += doc.timings.get("quantities", 0.0)
            q += len(doc.quantities)
    t_q /= repeat
    print(f"{len(texts)} documents, {chars:,} characters")
    print(f"find_numbers   {t_num * 1000:8.2f} ms total  {t_num * 1000 / len(texts):6.3f} ms/doc  "
          f"{chars / t_num / 1e6:6.2f} M chars/s  ({n // repeat} numbers)")
    print(f"quantities     {t_q * 1000:8.2f} ms total  {t_q * 1000 / len(texts):6.3f} ms/doc  "
          f"{chars / t_q / 1e6:6.2f} M chars/s  ({q // repeat} quantities; text layer excluded)")


if __name__ == "__main__":
    main()
