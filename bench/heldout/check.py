#!/usr/bin/env python3
"""Sanity checks for a team-written held-out gold set (bench/heldout/, bench/heldout2/): JSON shape,
PLOVER types, value formats, ISO2 codes, word counts, and that every surface/cue/head occurs in the
article text.

usage: python3 bench/heldout/check.py [--set bench/heldout2] [--max-words 350]   (from the repository root)
"""
import argparse, json, pathlib, re, sys

ap = argparse.ArgumentParser()
ap.add_argument("--set", default=str(pathlib.Path(__file__).resolve().parent),
                help="folder with articles/ (and metadata.jsonl) and gold/ (default: bench/heldout)")
ap.add_argument("--max-words", type=int, default=450, help="longest article body allowed (heldout2: 350)")
args = ap.parse_args()
HERE = pathlib.Path(args.set).resolve()
KEYS = {"persons": ["name", "surfaces", "country", "roles"], "orgs": ["name", "surfaces", "country"],
        "places": ["surface", "cc", "lat", "lon", "kind"], "quantities": ["surface", "value", "kind", "approximate"],
        "times": ["surface", "value", "granularity"],
        "quotes": ["kind", "cue", "source_surface", "source_kind", "nationality", "content_head"],
        "events": ["type", "mode", "source", "target", "trigger", "modality", "sentence_head"]}
PLOVER = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
meta = {}
for line in (HERE / "articles" / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
    if line.strip():
        m = json.loads(line); meta[m["id"]] = m
DIAC = re.compile(r"[\u064B-\u0652\u0640\u0670]")
def norm(s):  # same folding as ../shared/eval/score_doc.py (لل + noun compared as ال + noun)
    s = DIAC.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join("ال" + w[2:] if w.startswith("لل") and len(w) > 4 else w for w in s.split())
import pycountry
ISO2 = {c.alpha_2 for c in pycountry.countries}
_T = r"\d{4}(-\d{2}(-\d{2}(T(MO|AF|EV|NI|\d{2}:\d{2}))?)?)?"
TIMEVAL = re.compile(rf"^({_T}|\d{{4}}-W\d{{2}}|P(\d+|X)[DWMY]|PT(\d+|X)[HM]|PRESENT_REF|{_T}/{_T})$")
bad = 0
def err(i, msg):
    global bad; bad += 1; print(f"[{i}] {msg}")
for gf in sorted((HERE / "gold").glob("*.json")):
    i = gf.stem
    g = json.loads(gf.read_text(encoding="utf-8"))
    text = (HERE / "articles" / f"{i}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    if len(lines) < 3 or lines[1].strip():
        err(i, "line 2 must be blank")
    words = len(re.findall(r"\S+", "\n".join(lines[2:])))
    if not 200 <= words <= args.max_words:
        err(i, f"body has {words} words")
    if g.get("id") != i or g.get("published") != meta.get(i, {}).get("published"):
        err(i, "id/published mismatch with metadata")
    if meta[i]["title"] != lines[0].strip():
        err(i, "title mismatch")
    for layer, keys in KEYS.items():
        for x in g.get(layer, []):
            for k in keys:
                if k not in x:
                    err(i, f"{layer} item lacks {k}: {x}")
            if "unsure" in x and not isinstance(x["unsure"], bool):
                err(i, f"{layer}: unsure must be a boolean: {x}")
            for k in ("country", "cc", "nationality"):
                if x.get(k) is not None and x[k] not in ISO2:
                    err(i, f"{layer}: bad ISO2 {k}={x[k]!r}")
            if layer == "times" and not TIMEVAL.match(str(x["value"])):
                err(i, f"times: odd value {x['value']!r}")
            if layer == "quantities" and not isinstance(x["value"], (int, float)):
                err(i, f"quantities: value not a number: {x}")
            if layer == "events":
                known = {p["name"] for p in g.get("persons", []) + g.get("orgs", [])}
                for a in x["source"] + x["target"]:
                    if re.fullmatch(r"[A-Z]{2}", a):
                        if a not in ISO2:
                            err(i, f"events: bad ISO2 actor {a!r}")
                    elif a not in known and norm(a) not in norm(text):
                        err(i, f"events: actor {a!r} is neither a person/org name nor copied from the text")
            subs = []
            if layer in ("persons", "orgs"):
                subs = x["surfaces"] + [r for r in x.get("roles", [])]
            elif layer in ("places", "quantities", "times"):
                subs = [x["surface"]]
            elif layer == "quotes":
                subs = [x["cue"], x["source_surface"], x["content_head"]]
            else:
                subs = [x["trigger"], x["sentence_head"]]
                if x["type"] not in PLOVER:
                    err(i, f"bad type {x['type']}")
            for s in subs:
                if s and s not in text and not (layer in ("persons", "orgs", "places") and norm(s) in norm(text)):
                    err(i, f"{layer}: not in text: {s!r}")
    print(f"{i}: words {words} " + " ".join(f"{k} {len(g.get(k, []))}" for k in KEYS))
print("OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
