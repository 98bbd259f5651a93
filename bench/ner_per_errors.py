"""List the PER errors of a `rasid eval ner --predictions FILE` file, grouped by class.

    PYTHONPATH=src python3 -m rasid eval ner ../shared/eval/ner/newsfane_dev.conll --scheme anercorp \
        --predictions /tmp/pred.tsv
    python3 bench/ner_per_errors.py /tmp/pred.tsv [--label PER] [--fp]

Classes of a false negative (gold span not predicted with the same span and label):
``partial`` (a predicted span of the label overlaps it), ``other-label`` (a span of another label
overlaps it), ``single`` (one-word name, nothing predicted), ``multi`` (several words, nothing predicted).
Prints the counts, then each miss with five words of context either side. For error study only:
(The predictions file has no sentence breaks; the whole file is one sequence.) The names printed are data of the gold file, never copy them into the repository.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from rasid.ner.conll import bio_to_spans  # noqa: E402
from rasid.ner.evaluate import map_tags  # noqa: E402


def read(path):
    sents, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        cur.append(parts[:3])
    if cur:
        sents.append(cur)
    return sents


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("predictions")
    ap.add_argument("--label", default="PER")
    ap.add_argument("--scheme", default="anercorp")
    ap.add_argument("--fp", action="store_true", help="list false positives instead")
    args = ap.parse_args(argv)
    classes = Counter()
    rows = defaultdict(list)
    for sent in read(args.predictions):
        toks = [t[0] for t in sent]
        gold = bio_to_spans(map_tags([t[1] for t in sent], args.scheme))
        pred = bio_to_spans(map_tags([t[2] for t in sent], args.scheme))
        a, b = (pred, gold) if args.fp else (gold, pred)
        bset = {(s.start, s.end, s.label) for s in b}
        for s in a:
            if s.label != args.label or (s.start, s.end, s.label) in bset:
                continue
            over = [o for o in b if o.start < s.end and s.start < o.end]
            if any(o.label == s.label for o in over):
                cls = "partial"
            elif over:
                cls = "other-label:" + over[0].label
            else:
                cls = "single" if s.end - s.start == 1 else "multi"
            classes[cls] += 1
            ctx = " ".join(toks[max(0, s.start - 5):s.start]) + " [" + " ".join(toks[s.start:s.end]) + "] " + \
                " ".join(toks[s.end:s.end + 5])
            if over:
                ctx += "   || " + "; ".join(f"{' '.join(toks[o.start:o.end])}/{o.label}" for o in over)
            rows[cls].append(ctx)
    kind = "false positives" if args.fp else "false negatives"
    print(f"{args.label} {kind}: {sum(classes.values())}")
    for cls, n in classes.most_common():
        print(f"  {cls}: {n}")
    for cls, _ in classes.most_common():
        print(f"\n## {cls}")
        for r in rows[cls]:
            print("  " + r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
