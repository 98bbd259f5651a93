#!/usr/bin/env python3
"""List system events that match no gold event (false alarms) on the development gold documents.

usage: python3 bench/events_spurious.py [--shared DIR] [--ids a01,a02] [--all FILE...]

For every gold document of ../shared/eval/docs the full default pipeline analyses the article (with
its publication date) and every system event is checked against the gold events with the rule of
../shared/eval/score_doc.py (same type and any source/target surface or actor country covering any
gold name).  Events that match none are printed with their type, trigger, modality, participants and
the evidence sentence, then the misses (gold events no system event matches).

--all FILE... prints every event coded on un-annotated articles (aNN.txt of ../shared/corpus, the
publication date taken from metadata.jsonl) so false alarms can be read against the text.
Nothing is written into the repository.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from event_match import Matcher  # noqa: E402
from golddocs import gold_documents, load_scorer, read_metadata  # noqa: E402


def _label(doc: dict, ref) -> str:
    by_id = {a.get("id"): a for a in doc.get("actors", [])}
    refs = ref if isinstance(ref, list) else [ref] if ref else []
    return ",".join((by_id.get(r) or {}).get("name", r) or r for r in refs) or "-"


def _show(doc: dict, ev: dict, tag: str) -> str:
    evid = ev.get("evidence") or {}
    sent = doc["text"][evid.get("start", 0):evid.get("end", 0)].replace("\n", " ")
    n = len(ev.get("evidence_all") or []) or 1
    return (f"{tag} {ev['type']:9s} [{ev.get('trigger')}] {ev.get('modality')} "
            f"conf={ev.get('confidence')} x{n} {_label(doc, ev.get('source_actor'))} -> "
            f"{_label(doc, ev.get('target_actor'))} rules={','.join(ev.get('arg_rules') or [])}\n      | {sent[:260]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--ids", default="", help="comma-separated gold document ids (default: all)")
    ap.add_argument("--all", nargs="*", metavar="FILE", help="print every event of these un-annotated articles")
    ap.add_argument("--no-misses", action="store_true", help="do not list missed gold events")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    from rasid.io import read_file
    from rasid.pipeline import load, make_document

    meta = read_metadata(shared / "corpus")
    nlp = load()

    def analyse(path: Path, published):
        text, _, _ = read_file(path)
        return json.loads(nlp(make_document(text, published=published, id=path.stem)).to_json())

    if args.all is not None:
        for f in args.all:
            path = Path(f)
            doc = analyse(path, meta.get(path.stem, {}).get("published"))
            print(f"== {path.stem} ({len(doc.get('events', []))} events)")
            for ev in doc.get("events", []):
                print(_show(doc, ev, "  "))
        return 0

    sd = load_scorer(shared)
    want = {x for x in args.ids.split(",") if x}
    n_sys = n_fp = 0
    by_type: Counter = Counter()
    for doc_id, gold, analysed in gold_documents(shared / "eval" / "docs", shared / "corpus", nlp, want):
        doc = json.loads(analysed.to_json())
        m = Matcher(sd, doc)

        def hit(ev, ge):
            return m.hit(ev, ge)

        events = doc.get("events", [])
        print(f"== {doc_id}: {len(events)} system events, {len(gold.get('events', []))} gold")
        for ev in events:
            n_sys += 1
            if not any(hit(ev, ge) for ge in gold.get("events", [])):
                n_fp += 1
                by_type[ev["type"]] += 1
                print(_show(doc, ev, "  FP"))
        if not args.no_misses:
            for ge in gold.get("events", []):
                if ge.get("unsure"):
                    continue
                if not any(hit(ev, ge) for ev in events):
                    print(f"  MISS {ge['type']:9s} [{ge.get('trigger')}] {ge.get('source')} -> {ge.get('target')} "
                          f"| {ge.get('sentence_head', '')}")
    print(f"false alarms: {n_fp} of {n_sys} system events; by type: {dict(by_type.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
