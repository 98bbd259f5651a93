#!/usr/bin/env python3
"""NER model benchmark: CRF/HF ``predict(doc)`` cost on articles, and token-tagging throughput.

usage: python bench/ner.py MODEL [DIR_OR_FILE ...] [--conll FILE] [--repeat N]

MODEL is a CRF file from ``rasid train ner`` (write it to /tmp, never commit a model trained on
../shared data) or a local Hugging Face model directory.  Inputs default to examples/*.txt and,
when present, ../shared/corpus/*.txt.  Reports characters/second of ``predict`` next to a bare
text-layer pass on the same documents (a ratio, comparable across machines), and tokens/second of
``tag_tokens`` on a CoNLL file when ``--conll`` is given.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


from run import collect  # noqa: E402  (bench/run.py: the same default inputs as the pipeline benchmark)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--conll", help="CoNLL file for a tag_tokens throughput figure")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from rasid.document import Document
    from rasid.ner import load_model, read_conll
    from rasid.text import text_view

    t0 = time.perf_counter()
    model = load_model(args.model)
    load_s = time.perf_counter() - t0
    texts = [p.read_text(encoding="utf-8") for p in collect(args.inputs)]
    chars = sum(len(t) for t in texts)
    print(f"model {args.model} ({model.origin}); loaded in {load_s:.2f}s; {len(texts)} documents, {chars:,} chars")

    def run_predict() -> tuple[float, int]:
        n = 0
        t = time.perf_counter()
        for text in texts:
            n += len(model.predict(Document(text)))
        return time.perf_counter() - t, n

    def run_text() -> float:
        t = time.perf_counter()
        for text in texts:
            tv = text_view(Document(text))
            for tok in tv.tokens:
                tok.words  # the clitic segmentation predict needs as well
        return time.perf_counter() - t

    run_predict()  # warm caches
    pred = [run_predict() for _ in range(args.repeat)]
    base = [run_text() for _ in range(args.repeat)]
    p_s = statistics.median(x[0] for x in pred)
    b_s = statistics.median(base)
    print(f"predict: {p_s:.3f}s median of {args.repeat} ({chars / p_s:,.0f} chars/s, {pred[0][1]} entities); "
          f"text layer + clitics alone {b_s:.3f}s; ratio {p_s / b_s:.1f}x")
    if args.conll:
        sents = read_conll(args.conll)
        toks = sum(len(s.tokens) for s in sents)
        t = time.perf_counter()
        model.tag_tokens([s.tokens for s in sents])
        dt = time.perf_counter() - t
        print(f"tag_tokens: {len(sents)} sentences, {toks:,} tokens in {dt:.2f}s ({toks / dt:,.0f} tokens/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
