#!/usr/bin/env python3
"""List the system items that match no gold item (false alarms), which score_doc.py --verbose does not show,
plus quote attribute mismatches and event type confusions.

usage: python3 bench/eval_docs.py --set bench/heldout2 --out /tmp/h2out
       python3 bench/heldout2/false_alarms.py /tmp/h2out [--set bench/heldout2] [--shared ../shared]
Ends with a stricter event score than score_doc.py's (which accepts any one actor name, source or target,
shared by a system and a gold event of the same type): here the system SOURCE must match a gold SOURCE.
Reuses the matching functions of ../shared/eval/score_doc.py (imported, not copied) through bench/event_match.py
(shared with bench/events_misses.py --strict).
"""
import argparse, json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from event_match import Matcher, Tally, load_scorer  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--set", default=str(ROOT / "bench" / "heldout2"))
ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
ap.add_argument("--gold", help="gold folder (default: SET/gold)")
a = ap.parse_args()
S = load_scorer(a.shared)
covers, surf = S.covers, S.surf

strict = Tally()
for gf in sorted(pathlib.Path(a.gold or pathlib.Path(a.set) / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    d = json.loads((pathlib.Path(a.out) / gf.name).read_text(encoding="utf-8"))
    i = gf.stem
    actors = d.get("actors", []); ents = d.get("entities", [])
    M = Matcher(S, d)
    asurf, names = M.actor_surfaces, M.names
    for p in [x for x in actors if x.get("type") in ("PER", "PERSON")]:
        if not any(covers(s, gs) for s in asurf(p) for q in g["persons"] for gs in q["surfaces"]):
            print(f"[{i}] person FA: {p.get('name')}")
    for e in ents:
        if e.get("label") == "ORG" and not any(covers(surf(d, e), gs) for o in g["orgs"] for gs in o["surfaces"]):
            print(f"[{i}] org FA: {surf(d, e)}")
    for p in d.get("places", []):
        if not any(covers(surf(d, p), gp["surface"]) for gp in g["places"]):
            print(f"[{i}] place FA: {surf(d, p)} ({p.get('country_code')})")
    for q in d.get("quantities", []):
        def qm(gq):
            for k in ("value", "min"):
                try:
                    if abs(float(q.get(k)) - float(gq["value"])) < 0.5 + 1e-6 * abs(float(gq["value"])):
                        return True
                except (TypeError, ValueError):
                    pass
            return False
        if not any(qm(gq) for gq in g["quantities"]):
            print(f"[{i}] quantity FA: {surf(d, q)} = {q.get('value')} ({q.get('kind')})")
    for t in d.get("times", []):
        if not any((covers(surf(d, t), gt["surface"]) or covers(gt["surface"], surf(d, t))) and str(t.get("value")) == str(gt["value"]) for gt in g["times"]):
            print(f"[{i}] time FA: {surf(d, t)} = {t.get('value')}")
    for q in d.get("quotes", []):
        hit = [gq for gq in g["quotes"] if " ".join(S.norm(gq["content_head"]).split()[:3]) in S.norm(surf(d, q))]
        src = q.get("source") or {}
        if not hit:
            print(f"[{i}] quote FA: {surf(d, q)[:60]!r} src={src.get('text') or src.get('name')} kind={src.get('kind')}")
        elif not any(src.get("kind") == gq["source_kind"] and gq.get("nationality") in (None, (src.get("descriptors") or {}).get("nationality")) for gq in hit):
            gq = hit[0]
            print(f"[{i}] quote attr: {surf(d, q)[:40]!r} sys {src.get('kind')}/{(src.get('descriptors') or {}).get('nationality')} "
                  f"({src.get('text') or src.get('name')}) gold {gq['source_kind']}/{gq['nationality']} ({gq['source_surface']})")
    for ev in d.get("events", []):
        ok = any(M.hit(ev, ge) for ge in g["events"])
        if not ok:
            trig = ev.get("trigger") or {}
            trig = trig.get("text") if isinstance(trig, dict) else trig
            print(f"[{i}] event FA: {ev.get('type')} trig={trig or surf(d, ev)!r} src={names(ev.get('source_actor'))[:2]} tgt={names(ev.get('target_actor'))[:2]} mod={ev.get('modality')}")
    strict.add(M, d.get("events", []), g["events"], strict=True)
print(strict.line("events (source must match)"))
