"""Benchmark: rasid's times layer vs dateparser's ``search_dates`` on the same texts, in one run.

    PYTHONPATH=src python3 bench/times.py [--shared ../shared] [--repeat 3]

Texts: the Duckling Arabic Time/Duration examples (reference 2013-02-12) and the corpus articles
(each with its publication date; gold times for a01-a05 from eval/docs).  Accuracy:

* Duckling Time examples: the expected instant at its grain (day, week start, month, year, hour);
  intervals count as right for dateparser only if it returns both ends (it cannot: they count wrong).
* Corpus gold times with a day/month/year value: a found expression overlapping the gold surface
  whose value (dateparser: its datetime printed at the gold granularity) equals the gold value.

Speed: wall time of the same texts per system (rasid: text layer + times component, and the times
component alone on documents whose text layer is built; dateparser: ``search_dates(text,
languages=["ar"], settings={"RELATIVE_BASE": ..., "PREFER_DATES_FROM": "past"})``), both warmed up by
the accuracy pass, best of ``--repeat`` runs (the systems interleaved, so load changes hit both) with
the garbage collector paused during each run (as timeit does).
puckling (Duckling's Python port) needs Python >= 3.13 and is reported as unavailable below it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.pipeline import Pipeline, make_document  # noqa: E402
from rasid.text.normalize import fold  # noqa: E402

REF = dt.datetime(2013, 2, 12, 4, 30)


def norm(s: str) -> str:
    return " ".join(fold(s).split())


def covers(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (b in a or (a in b and len(a) >= 0.6 * len(b)))


def fmt(d: dt.datetime, gran: str) -> str:
    if gran == "year":
        return f"{d.year}"
    if gran == "month":
        return f"{d.year}-{d.month:02d}"
    if gran == "week":
        y, w, _ = d.date().isocalendar()
        return f"{y}-W{w:02d}"
    return d.date().isoformat()


def load(shared: Path):
    ducks = [x for x in json.loads((shared / "eval/duckling/duckling_ar_dev.json").read_text("utf-8"))
             if x["dimension"] == "Time" and not x.get("negative")]
    meta = {}
    for line in (shared / "corpus/metadata.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            meta[m["id"]] = m.get("published")
    docs = []
    for p in sorted((shared / "corpus").glob("*.txt")):
        pub = meta.get(p.stem) or ("2019-08-07" if p.stem.startswith("seed") else None)
        gold = None
        g = shared / "eval/docs" / f"{p.stem}.json"
        if g.exists():
            gold = [t for t in json.loads(g.read_text("utf-8")).get("times", []) if not t.get("unsure")]
        docs.append((p.stem, p.read_text("utf-8"), pub, gold))
    return ducks, docs


def duck_expected(x):
    e = x["expected"]
    if e.get("type") == "interval":
        return None, e.get("grain")
    v = dt.datetime.fromisoformat(e["value"]).replace(tzinfo=None)
    return v, e.get("grain", "day")


def duck_ok_dateparser(x, found) -> bool:
    want, grain = duck_expected(x)
    if want is None or not found:
        return False
    for _, d in found:
        if grain in ("hour", "minute", "second"):
            if d.replace(second=0) == want.replace(second=0) and (grain != "hour" or d.minute == 0):
                return True
        elif fmt(d, grain) == fmt(want, grain):
            return True
    return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=5, help="timing repetitions (best of)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "eval/duckling/duckling_ar_dev.json").exists():
        print(f"no shared data at {shared}", file=sys.stderr)
        return 1
    ducks, docs = load(shared)
    from dateparser.search import search_dates

    from rasid.commands.eval_times import check

    fut = Pipeline(("text", "times"), {"times": {"default_direction": "future"}})
    past = Pipeline(("text", "times"))

    def dp(text, base, prefer):
        try:
            return search_dates(text, languages=["ar"],
                                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}) or []
        except Exception:
            return []

    # warm-up (dateparser loads its Arabic data, rasid compiles its grammar)
    dp("أمس", REF, "future")
    fut(make_document("أمس", published="2013-02-12"))

    # -- accuracy: Duckling ------------------------------------------------------------------------
    r_ok = d_ok = 0
    for x in ducks:
        doc = fut(make_document(x["text"], published="2013-02-12")).to_dict()
        r_ok += check(x, doc)
        d_ok += duck_ok_dateparser(x, dp(x["text"], REF, "future"))
    # -- accuracy: corpus gold ---------------------------------------------------------------------
    rg_ok = dg_ok = n_gold = 0
    for _id, text, pub, gold in docs:
        if not gold or not pub:
            continue
        golds = [g for g in gold if g.get("granularity") in ("day", "month", "year", "week")]
        n_gold += len(golds)
        doc = past(make_document(text, published=pub))
        base = dt.datetime.fromisoformat(pub)
        found = dp(text, base, "past")
        for g in golds:
            rg_ok += any(covers(t.text, g["surface"]) or covers(g["surface"], t.text)
                         for t in doc.times if t.value == g["value"])
            dg_ok += any((covers(s, g["surface"]) or covers(g["surface"], s)) and fmt(d, g["granularity"]) == g["value"]
                         for s, d in found)

    # -- speed ---------------------------------------------------------------------------------------
    texts = [(x["text"], "2013-02-12") for x in ducks] + [(t, p) for _i, t, p, _g in docs]
    n_chars = sum(len(t) for t, _ in texts)

    def time_rasid():
        t0 = time.perf_counter()
        for t, p in texts:
            past(make_document(t, published=p))
        return time.perf_counter() - t0

    def time_dp():
        t0 = time.perf_counter()
        for t, p in texts:
            dp(t, dt.datetime.fromisoformat(p), "past")
        return time.perf_counter() - t0

    def time_component():
        from rasid.text import text_view

        docs = [make_document(t, published=p) for t, p in texts]
        for d in docs:
            text_view(d).sentences  # the text layer, shared by every component
        comp = dict(past.components)["times"]
        t0 = time.perf_counter()
        for d in docs:
            comp(d)
        return time.perf_counter() - t0

    import gc

    def timed(fn):
        # like timeit: the garbage collector paused during the run (the same for both systems)
        gc.collect()
        gc.disable()
        try:
            return fn()
        finally:
            gc.enable()

    # best of N, the systems interleaved (rasid, component, dateparser, rasid, …) so that a change in
    # machine load during the benchmark weighs on all of them alike; the accuracy pass above was the
    # warm-up for both (dateparser's language data and caches, rasid's compiled grammar)
    runs: dict[str, list[float]] = {"rasid": [], "component": [], "dateparser": []}
    for _ in range(max(1, args.repeat)):
        runs["rasid"].append(timed(time_rasid))
        runs["component"].append(timed(time_component))
        runs["dateparser"].append(timed(time_dp))
    tr, tc, td = (min(runs[k]) for k in ("rasid", "component", "dateparser"))

    print(f"texts: {len(ducks)} Duckling Time examples + {len(docs)} corpus articles ({n_chars:,} characters)")
    print(f"{'':28s}{'rasid':>10s}{'dateparser':>12s}")
    print(f"{'Duckling Time accuracy':28s}{r_ok / len(ducks):>10.1%}{d_ok / len(ducks):>12.1%}   (n={len(ducks)})")
    if n_gold:
        print(f"{'corpus gold times (a01-a05)':28s}{rg_ok / n_gold:>10.1%}{dg_ok / n_gold:>12.1%}   (n={n_gold}, day/week/month/year values)")
    print(f"{'time for all texts':28s}{tr:>9.3f}s{td:>11.3f}s   (rasid: text layer + times)")
    print(f"{'  times component alone':28s}{tc:>9.3f}s")
    print(f"speed ratio dateparser/rasid: {td / tr:.1f}x with the text layer, {td / tc:.1f}x for the times "
          f"component alone ({n_chars / tr / 1e3:,.0f}k / {n_chars / tc / 1e3:,.0f}k vs {n_chars / td / 1e3:,.0f}k characters/s)")
    if sys.version_info < (3, 13):
        print(f"puckling: not run (it needs Python >= 3.13; this is {sys.version.split()[0]})")
    else:
        try:
            import puckling  # noqa: F401
            print("puckling: installed, comparison not implemented in this script")
        except ImportError:
            print("puckling: not installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
