#!/usr/bin/env python3
"""List the dev gold events the coder misses, and the system events that match no gold event, with why.

usage: python bench/events_misses.py [--shared DIR] [--types T1,T2] [--fp] [--docs a01,a02] [--strict]

For each missed gold event (../shared/eval/docs, scored like ../shared/eval/score_doc.py) it prints
the sentence (found by its sentence_head) and a reason:
  no-trigger     no system event has a trigger in that sentence
  wrong-type     events in the sentence, none of the gold type (their types are listed)
  wrong-actors   an event of the gold type in the sentence whose participants cover no gold name
  elsewhere      the type was coded elsewhere in the document with other participants
With --fp, the system events that match no gold event are listed too (precision audit).
With --strict, an event is only found when a system SOURCE matches a gold SOURCE (the acceptance scorer
accepts any shared source/target name); the reason is then `wrong-source` when a lenient match exists.
It ends with lenient and strict events P/R over the documents read (matching code: bench/event_match.py,
which imports ../shared/eval/score_doc.py).
Nothing from ../shared is written into the repository.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from event_match import Matcher, Tally, load_scorer  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--types", help="only gold events of these types")
    ap.add_argument("--docs", help="only these document ids")
    ap.add_argument("--fp", action="store_true", help="also list system events matching no gold event")
    ap.add_argument("--strict", action="store_true", help="a system SOURCE must match a gold SOURCE")
    args = ap.parse_args()
    shared = Path(args.shared)
    sc = load_scorer(shared)
    tallies = {"lenient": Tally(), "strict": Tally()}
    from golddocs import gold_documents
    from rasid.pipeline import load

    nlp = load()
    types = set(args.types.split(",")) if args.types else None
    docs = set(args.docs.split(",")) if args.docs else None
    counts: dict[str, int] = {}
    for doc_id, gold, analysed in gold_documents(shared / "eval" / "docs", shared / "corpus", nlp, docs):
        doc = json.loads(analysed.to_json())
        text = analysed.text
        actors = {a["id"]: a for a in doc.get("actors", [])}
        doc.setdefault("text", text)
        m = Matcher(sc, doc)
        strict = args.strict

        def hit(ev, ge, strict=strict):
            return m.hit(ev, ge, strict)

        def show(ev):
            def nm(ref):
                return [(actors.get(r) or {}).get("name", r) for r in ref or []]
            return (f"{ev['type']}/{ev.get('modality')} '{ev['evidence'].get('trigger')}' "
                    f"{nm(ev.get('source_actor'))}->{nm(ev.get('target_actor'))}")

        events = doc.get("events", [])
        for name, t in tallies.items():
            t.add(m, events, gold.get("events", []), name == "strict")
        for ge in sc.sure(gold.get("events", [])):
            if types and ge["type"] not in types:
                continue
            if any(hit(ev, ge) for ev in events):
                continue
            head = ge.get("sentence_head", "")
            pos = sc.norm(text).find(sc.norm(head)) if head else -1
            # sentence span: the normalised text keeps lengths except diacritics; search raw too
            pos = text.find(head) if text.find(head) >= 0 else pos
            sent = (pos, text.find(".", pos) + 1 if pos >= 0 else -1)
            in_sent = [ev for ev in events if pos >= 0 and pos <= ev["evidence"]["trigger_start"] < (sent[1] or len(text))]
            if not in_sent:
                why = "no-trigger"
            elif not any(ev["type"] == ge["type"] for ev in in_sent):
                why = "wrong-type"
            elif strict and any(hit(ev, ge, False) for ev in events):
                why = "wrong-source"
            else:
                why = "wrong-actors"
            if why not in ("wrong-actors", "wrong-source") and any(ev["type"] == ge["type"] for ev in events):
                why += "+elsewhere"
            counts[why] = counts.get(why, 0) + 1
            print(f"[{doc_id}] MISS {why}: {ge['type']}/{ge.get('modality')} {ge.get('source')} -> {ge.get('target')} "
                  f"({ge.get('trigger')})")
            print(f"    sentence: {text[pos:sent[1]][:300] if pos >= 0 else head}")
            for ev in in_sent:
                print(f"    sys: {show(ev)}")
        if args.fp:
            for ev in events:
                if not any(hit(ev, ge) for ge in gold.get("events", [])):
                    counts["fp"] = counts.get("fp", 0) + 1
                    s, e = ev["evidence"]["start"], ev["evidence"]["end"]
                    print(f"[{doc_id}] FP {show(ev)}  | {text[s:e][:200]}")
    print("counts:", counts)
    for name, t in tallies.items():
        print(t.line(f"events ({name})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
