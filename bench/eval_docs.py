#!/usr/bin/env python3
"""Score the whole pipeline on the development gold documents (../shared/eval/docs).

usage: python bench/eval_docs.py [--shared DIR] [--out DIR] [--verbose]
       python bench/eval_docs.py --heldout      # the team's own held-out set in bench/heldout/
       python bench/eval_docs.py --set DIR      # any set laid out as DIR/articles (+ metadata.jsonl) and DIR/gold

Analyses every gold document's article (../shared/corpus/<id>.txt) with its publication date from
metadata.jsonl, writes the JSON outputs to --out (a temporary folder by default) and runs the
project-independent scorer ../shared/eval/score_doc.py over them.  Nothing from ../shared is written
into the repository.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", help="folder for the JSON outputs (default: a temporary folder)")
    ap.add_argument("--verbose", action="store_true", help="list misses (scorer --verbose)")
    ap.add_argument("--heldout", action="store_true",
                    help="score bench/heldout/ (articles and gold written by the rasid team) instead of ../shared")
    ap.add_argument("--set", metavar="DIR",
                    help="score the set in DIR (DIR/articles/ with metadata.jsonl, DIR/gold/), e.g. bench/heldout2")
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = shared / "eval" / "score_doc.py"
    if args.set:
        base = Path(args.set)
        if not base.is_absolute() and not base.exists():
            base = ROOT / base
        gold_dir, articles = base / "gold", base / "articles"
    elif args.heldout:
        gold_dir, articles = ROOT / "bench" / "heldout" / "gold", ROOT / "bench" / "heldout" / "articles"
    else:
        gold_dir, articles = shared / "eval" / "docs", shared / "corpus"
    if not gold_dir.is_dir() or not scorer.exists():
        print(f"no gold documents at {gold_dir} or no scorer at {scorer}", file=sys.stderr)
        return 1
    from golddocs import gold_documents
    from rasid.pipeline import load

    nlp = load()
    tmp = tempfile.TemporaryDirectory() if not args.out else None
    out = Path(args.out or tmp.name)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    n = 0
    for doc_id, _gold, doc in gold_documents(gold_dir, articles, nlp):
        (out / f"{doc_id}.json").write_text(doc.to_json(), encoding="utf-8")
        n += 1
    elapsed = time.perf_counter() - t0
    cmd = [sys.executable, str(scorer), str(gold_dir), str(out)]
    if args.verbose:
        cmd.append("--verbose")
    r = subprocess.run(cmd, capture_output=True, text=True)
    print(r.stdout, end="")
    print(f"({n} documents analysed in {elapsed:.2f} s)")
    if tmp:
        tmp.cleanup()
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
