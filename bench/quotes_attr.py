#!/usr/bin/env python3
"""List each gold quote's source attributes next to the system's (dev gold ../shared/eval/docs).

usage: python bench/quotes_attr.py [--shared DIR] [--errors]

For every gold quote the system finds (same matching as ../shared/eval/score_doc.py: the first three
normalised words of the gold ``content_head`` inside the system quote), prints the gold source
(surface, kind, nationality) and every matching system quote's source (text, kind, nationality);
``ok`` when one of them has the gold kind and, when the gold gives one, its nationality.  Misses are
listed as ``MISS``.  ``--errors`` prints only wrong or missed quotes.  Ends with the attribute tally.
Nothing from ../shared is written into the repository.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--errors", action="store_true", help="only wrong attributes and misses")
    args = ap.parse_args()
    shared = Path(args.shared)
    gold_dir, articles = shared / "eval" / "docs", shared / "corpus"
    scorer = shared / "eval" / "score_doc.py"
    if not gold_dir.is_dir() or not scorer.exists():
        print(f"no gold documents at {gold_dir}", file=sys.stderr)
        return 1
    from golddocs import gold_documents, load_scorer
    from rasid.pipeline import load

    sd = load_scorer(shared)
    nlp = load()
    ok_n = n = missed = 0
    for doc_id, gold, doc in gold_documents(gold_dir, articles, nlp):
        quotes = [q for q in doc.quotes]
        for gq in gold.get("quotes", []):
            if gq.get("unsure"):
                continue
            head = " ".join(sd.norm(gq.get("content_head", "")).split()[:3])
            hits = [q for q in quotes if head and head in sd.norm(doc.text[q.start:q.end])]
            g = f"{gq.get('source_kind')}/{gq.get('nationality') or '-'} «{gq.get('source_surface')}»"
            if not hits:
                missed += 1
                print(f"[{doc_id}] MISS  gold {g}  cue {gq.get('cue')} / {gq.get('content_head')}")
                continue
            n += 1
            sys_src = []
            ok = False
            for q in hits:
                s = q.source
                kind = s.kind if s else None
                nat = (s.descriptors or {}).get("nationality") if s else None
                ok = ok or (kind == gq.get("source_kind") and gq.get("nationality") in (None, nat))
                sys_src.append(f"{kind}/{nat or '-'} «{s.text if s else ''}»")
            ok_n += ok
            if ok and args.errors:
                continue
            print(f"[{doc_id}] {'ok  ' if ok else 'BAD '}  gold {g}  sys {' | '.join(sys_src)}  ({gq.get('content_head')[:30]})")
    print(f"attributes {ok_n}/{n}; missed {missed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
