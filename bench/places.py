#!/usr/bin/env python3
"""Places benchmark: gazetteer cold build, cached load, memory, matching throughput, and accuracy by
population cut-off.

usage: python bench/places.py [--cutoffs 1000,5000,15000] [--repeat N] [--no-eval]

* cold build: ``rasid.geo.build(cut)`` from the installed packages (no cache), per cut-off;
* cached load: a fresh Python process loads the pickled gazetteer (``RASID_CACHE_DIR`` = a temp dir),
  measuring the load call only, and the process's peak RSS minus a bare-import baseline;
* throughput: the places component alone on ../shared/corpus/*.txt and examples/*.txt (text layer
  built beforehand), characters per second over ``--repeat`` passes;
* accuracy: for each cut-off, a01–a05 of ../shared/eval/docs analysed with the text, entities and
  places components and scored with ../shared/eval/score_doc.py (places line).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("RASID_SHARED", ROOT.parent / "shared"))

LOAD_SNIPPET = r"""
import sys, time
sys.path.insert(0, {src!r})
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
import rasid.geo.cache as c
from rasid.lexicon import matcher  # imports shared with a bare pipeline
base = rss()
t = time.perf_counter()
gz = c.load_or_build({cut})
dt = time.perf_counter() - t
after = rss()
print(dt, after - base, after, len(gz), len(gz.names))
"""


def texts() -> list[str]:
    files = sorted((SHARED / "corpus").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def bench_cut(cut: int, repeat: int, tmp: Path) -> dict:
    from rasid.geo import build

    t = time.perf_counter()
    build(cut)
    cold = time.perf_counter() - t
    env = dict(os.environ, RASID_CACHE_DIR=str(tmp))
    snippet = LOAD_SNIPPET.format(src=str(ROOT / "src"), cut=cut)
    subprocess.run([sys.executable, "-c", snippet], env=env, check=True, capture_output=True)  # writes cache
    out = subprocess.run([sys.executable, "-c", snippet], env=env, check=True, capture_output=True, text=True)
    load, mem, peak, n_places, n_names = out.stdout.split()
    size = sum(p.stat().st_size for p in tmp.glob(f"gazetteer-*.pkl")) / 1e6
    return {"min_population": cut, "cold_build_s": round(cold, 2), "cached_load_s": round(float(load), 3),
            "gazetteer_rss_mb": round(float(mem), 1), "process_rss_mb": round(float(peak), 1),
            "places": int(n_places), "names": int(n_names), "cache_file_mb": round(size, 1)}


def throughput(cut: int, repeat: int) -> dict:
    from rasid.extract.places import PlacesComponent
    from rasid.pipeline import Pipeline, make_document

    docs_text = texts()
    comp = PlacesComponent({"min_population": cut})
    text_pipe = Pipeline(["text"])
    total_chars = sum(len(t) for t in docs_text)
    best = None
    n_places = 0
    for _ in range(repeat):
        docs = [text_pipe(make_document(t)) for t in docs_text]
        t0 = time.perf_counter()
        for d in docs:
            comp(d)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
        n_places = sum(len(d.places) for d in docs)
    return {"docs": len(docs_text), "chars": total_chars, "seconds": round(best, 4),
            "chars_per_s": int(total_chars / best) if best else None, "places": n_places}


def accuracy(cut: int) -> str:
    from rasid.pipeline import Pipeline, make_document

    gold_dir = SHARED / "eval" / "docs"
    if not gold_dir.is_dir():
        return "skipped (no ../shared/eval)"
    pipe = Pipeline(["text", "entities", "places"], {"places": {"min_population": cut}})
    with tempfile.TemporaryDirectory() as out:
        for g in sorted(gold_dir.glob("*.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            text = (SHARED / "corpus" / f"{g.stem}.txt").read_text(encoding="utf-8")
            doc = pipe(make_document(text, published=gold.get("published")))
            Path(out, g.name).write_text(doc.to_json(), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SHARED / "eval" / "score_doc.py"), str(gold_dir), out],
                             capture_output=True, text=True, check=True)
    return next((l for l in res.stdout.splitlines() if l.startswith("places")), res.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cutoffs", default="1000,5000,15000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-eval", action="store_true")
    args = ap.parse_args()
    results = []
    for cut in (int(c) for c in args.cutoffs.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["RASID_CACHE_DIR"] = tmp
            r = bench_cut(cut, args.repeat, Path(tmp))
            r["throughput"] = throughput(cut, args.repeat)
            if not args.no_eval:
                r["eval"] = accuracy(cut)
        results.append(r)
        print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
