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
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_doc", shared / "eval" / "score_doc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _names(doc: dict, ref) -> list[str]:
    by_id = {a.get("id"): a for a in doc.get("actors", [])}
    ents = doc.get("entities", [])
    out = []
    for r in (ref if isinstance(ref, list) else [ref] if ref else []):
        a = by_id.get(r)
        if not a:
            out.append(str(r))
            continue
        out += [a.get("name", "")] + list(a.get("aliases", []))
        out += [doc["text"][s:e] for s, e in a.get("mentions", [])]
        out += [doc["text"][e["start"]:e["end"]] for e in ents if e.get("actor_id") == a.get("id")]
        out.append(a.get("country") or "")
    return [x for x in out if x]


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

    meta = {}
    for line in (shared / "corpus" / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            meta[m["id"]] = m
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

    sd = _scorer(shared)
    want = {x for x in args.ids.split(",") if x}
    n_sys = n_fp = 0
    by_type: Counter = Counter()
    for gf in sorted((shared / "eval" / "docs").glob("*.json")):
        if want and gf.stem not in want:
            continue
        gold = json.loads(gf.read_text(encoding="utf-8"))
        doc = analyse(shared / "corpus" / f"{gf.stem}.txt", gold.get("published") or meta.get(gf.stem, {}).get("published"))

        def hit(ev, ge):
            if ev.get("type") != ge.get("type"):
                return False
            sysn = _names(doc, ev.get("source_actor")) + _names(doc, ev.get("target_actor"))
            gn = list(ge.get("source", [])) + list(ge.get("target", []))
            return any(sd.covers(s, x) or s == x for s in sysn for x in gn)

        events = doc.get("events", [])
        print(f"== {gf.stem}: {len(events)} system events, {len(gold.get('events', []))} gold")
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
