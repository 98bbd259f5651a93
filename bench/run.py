#!/usr/bin/env python3
"""Pipeline benchmark: throughput, per-component cost, ratio to a bare regex pass, memory, cold start.

usage: python bench/run.py [DIR_OR_FILE ...] [--repeat N] [--json OUT]

Default inputs: examples/*.txt and, when present, ../shared/corpus/*.txt.  Everything is measured in
one run on this machine and reported as ratios where it matters (pipeline time / bare tokenisation
time), so numbers from different machines stay comparable.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

BARE_TOKEN_RE = re.compile(r"\w+|[^\w\s]")


def collect(paths: list[str]) -> list[Path]:
    if not paths:
        paths = [str(ROOT / "examples")]
        shared = ROOT.parent / "shared" / "corpus"
        if shared.is_dir():
            paths.append(str(shared))
    files: list[Path] = []
    for p in paths:
        pp = Path(p)
        files += sorted(pp.glob("*.txt")) if pp.is_dir() else [pp]
    return files


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_start(file: Path, published: str = "2019-08-07", runs: int = 3, env_extra: dict | None = None) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.update(env_extra or {})
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "rasid", "analyze", str(file), "--published", published],
                           capture_output=True, env=env)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise SystemExit(f"cold start run failed: {r.stderr.decode()[:500]}")
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the inputs (best pass is reported)")
    ap.add_argument("--json", help="also write the results as JSON here")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold-start measurement")
    args = ap.parse_args()

    files = collect(args.paths)
    texts = [f.read_text(encoding="utf-8") for f in files]
    n_chars = sum(map(len, texts))
    rss0 = peak_rss_mb()

    import rasid
    from rasid.pipeline import Pipeline

    t0 = time.perf_counter()
    nlp = Pipeline()
    nlp.analyze(texts[0], published="2019-08-07")  # builds lazily loaded resources
    build_s = time.perf_counter() - t0

    # bare regex tokenisation pass over the same texts: the floor any pipeline is compared with
    bare = []
    for _ in range(max(3, args.repeat)):
        t0 = time.perf_counter()
        n_tokens = sum(len(BARE_TOKEN_RE.findall(t)) for t in texts)
        bare.append(time.perf_counter() - t0)
    bare_s = min(bare)

    best = None
    comp: dict[str, float] = {}
    for _ in range(args.repeat):
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        for text in texts:
            doc = nlp.analyze(text, published="2019-08-07")
            for k, v in doc.timings.items():
                timings[k] = timings.get(k, 0.0) + v
        el = time.perf_counter() - t0
        if best is None or el < best:
            best, comp = el, timings
    assert best is not None
    rss = peak_rss_mb()

    res = {
        "articles": len(texts),
        "characters": n_chars,
        "tokens": n_tokens,
        "pipeline_build_s": round(build_s, 3),
        "pipeline_s": round(best, 4),
        "articles_per_s": round(len(texts) / best, 1),
        "tokens_per_s": round(n_tokens / best),
        "bare_regex_tokenise_s": round(bare_s, 5),
        "ratio_pipeline_to_bare_regex": round(best / bare_s, 1),
        "component_share": {k: round(v / best, 3) for k, v in comp.items()},
        "component_ms_per_article": {k: round(1000 * v / len(texts), 2) for k, v in comp.items()},
        "peak_rss_mb": round(rss, 1),
        "rss_before_import_mb": round(rss0, 1),
        "rasid_version": rasid.__version__,
    }
    if not args.no_cold:
        res["cold_start_analyze_s"] = round(cold_start(files[0]), 3)
        with tempfile.TemporaryDirectory() as cache:
            res["cold_start_empty_cache_s"] = round(cold_start(files[0], runs=1, env_extra={"RASID_CACHE_DIR": cache}), 3)

    print(f"inputs: {res['articles']} articles, {n_chars:,} characters, {n_tokens:,} tokens")
    print(f"pipeline: {res['pipeline_s']:.3f} s  ->  {res['articles_per_s']} articles/s, {res['tokens_per_s']:,} tokens/s")
    print(f"bare regex tokenisation: {bare_s * 1000:.2f} ms  ->  pipeline / bare = {res['ratio_pipeline_to_bare_regex']}x")
    print("per component (share of pipeline time, ms per article):")
    for k in comp:
        print(f"  {k:<12} {res['component_share'][k]:6.1%}  {res['component_ms_per_article'][k]:8.2f} ms")
    print(f"pipeline build (first document): {build_s:.3f} s")
    print(f"peak RSS: {res['peak_rss_mb']} MB (before importing rasid: {res['rss_before_import_mb']} MB)")
    if "cold_start_analyze_s" in res:
        print(f"cold start `rasid analyze` (new process, one article, warm disk cache): {res['cold_start_analyze_s']} s")
        print(f"cold start with an empty cache dir: {res['cold_start_empty_cache_s']} s")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
