"""Benchmark: rasid's times layer vs dateparser's ``search_dates`` on the same texts, in one run.

    PYTHONPATH=src python3 bench/times.py [--shared ../shared] [--repeat 5]
        [--puckling-python PATH] [--puckling-repeat 3] [--no-puckling]

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
puckling (Duckling's Python port) needs Python >= 3.13, so it runs in a separate interpreter:
``--puckling-python PATH`` (or the environment variable ``PUCKLING_PYTHON``), else the first
``python3.13``/``python3.14`` found on PATH or under ``~/.pyenv/versions/*/bin`` that can import
puckling.  ``bench/puckling_worker.py`` runs there: it gets the same texts and reference times as
JSON on stdin, parses them once (the accuracy pass and warm-up: ``puckling.parse`` with
``dims=("time",)``, no time budget), then times its own parsing loop in-process on request (gc paused),
so subprocess start-up and the JSON exchange are not counted; its timed passes are interleaved with
the others (best of ``--puckling-repeat``, one puckling pass takes several seconds).  Scoring as for
dateparser: the start instant of each found time at the expected grain; a Duckling interval counts
as right when puckling returns an interval with the same ends.  Without such an interpreter the
table says "puckling: unavailable (needs Python >= 3.13)"; with one that lacks puckling it says how
to install it (``python3.13 -m venv /tmp/py313 && /tmp/py313/bin/pip install puckling``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import re
import shutil
import subprocess
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


INSTALL_HINT = "python3.13 -m venv /tmp/py313 && /tmp/py313/bin/pip install puckling"
_CHECK = "import sys; assert sys.version_info >= (3, 13); import puckling"


def _runs(py: str, code: str) -> bool:
    try:
        return subprocess.run([py, "-c", code], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def find_puckling_python(explicit: str | None) -> tuple[str | None, str]:
    """(interpreter, note): a Python >= 3.13 that imports puckling, or None and why not."""
    if explicit:
        if not _runs(explicit, "import sys; assert sys.version_info >= (3, 13)"):
            return None, f"puckling: unavailable ({explicit} is not a working Python >= 3.13)"
        if not _runs(explicit, _CHECK):
            return None, f"puckling: not installed for {explicit} (install it: {INSTALL_HINT})"
        return explicit, ""
    cands = [shutil.which(n) for n in ("python3.14", "python3.13")]
    cands += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/*/bin/python3.1[34]")), reverse=True)
    seen, without = set(), []
    for c in cands:
        if not c or c in seen:
            continue
        seen.add(c)
        if _runs(c, _CHECK):
            return c, ""
        if _runs(c, "import sys; assert sys.version_info >= (3, 13)"):
            without.append(c)
    if without:
        return None, (f"puckling: not installed for {without[0]} (install it: {INSTALL_HINT}, "
                      f"then --puckling-python /tmp/py313/bin/python)")
    return None, "puckling: unavailable (needs Python >= 3.13)"


class PucklingWorker:
    """bench/puckling_worker.py under another interpreter, kept alive for interleaved timed passes."""

    def __init__(self, py: str, texts: list[tuple[str, str]]):
        self.proc = subprocess.Popen([py, str(ROOT / "bench" / "puckling_worker.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self._send({"texts": texts, "dims": ["time"]})
        first = self._recv()
        if "error" in first:
            self.close()
            raise RuntimeError(first["error"])
        self.version, self.python, self.results = first["version"], first["python"], first["results"]

    def _send(self, obj) -> None:
        self.proc.stdin.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def _recv(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("puckling worker ended without an answer")
        return json.loads(line)

    def time_pass(self) -> float:
        self._send("time")
        return self._recv()["seconds"]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)


def _naive(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s).replace(tzinfo=None)


def puckling_found(ents) -> list[tuple[str, dt.datetime]]:
    """((start, end), start instant) of each time puckling found (an interval: its first instant)."""
    out = []
    for _s, _e, v in ents:
        start = v.get("value") or (v.get("from") or {}).get("value")
        if start:
            out.append(((_s, _e), _naive(start)))
    return out


def duck_ok_puckling(x, ents) -> bool:
    e = x["expected"]
    if e.get("type") == "interval":
        want_a = _naive(e["from"]) if e.get("from") else None
        want_b = _naive(e["to"]) if e.get("to") else None
        for _s, _e, v in ents:
            a = (v.get("from") or {}).get("value")
            b = (v.get("to") or {}).get("value")
            if (a and _naive(a)) == want_a and (b and _naive(b)) == want_b:
                return True
        return False
    return duck_ok_dateparser(x, [(None, d) for _span, d in puckling_found(ents)])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=5, help="timing repetitions (best of)")
    ap.add_argument("--puckling-python", default=os.environ.get("PUCKLING_PYTHON"),
                    help="a Python >= 3.13 with puckling installed (default: search python3.13/3.14 on PATH "
                         "and under ~/.pyenv/versions/*/bin)")
    ap.add_argument("--puckling-repeat", type=int, default=3, help="timed puckling passes (best of)")
    ap.add_argument("--no-puckling", action="store_true", help="skip puckling")
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

    # -- puckling (its own interpreter; its first pass is the accuracy pass and warm-up) -----------
    texts = [(x["text"], "2013-02-12") for x in ducks] + [(t, p) for _i, t, p, _g in docs]
    n_chars = sum(len(t) for t, _ in texts)
    pk = None
    if args.no_puckling:
        pk_note = "puckling: not run (--no-puckling)"
    else:
        py, pk_note = find_puckling_python(args.puckling_python)
        if py:
            refs = [REF.isoformat()] * len(ducks) + [dt.datetime.fromisoformat(p).isoformat() for _t, p in texts[len(ducks):]]
            try:
                pk = PucklingWorker(py, [(t, r) for (t, _p), r in zip(texts, refs)])
            except (OSError, RuntimeError, ValueError) as exc:
                pk, pk_note = None, f"puckling: failed under {py} ({exc})"

    # -- accuracy: Duckling ------------------------------------------------------------------------
    r_ok = d_ok = p_ok = 0
    for x in ducks:
        doc = fut(make_document(x["text"], published="2013-02-12")).to_dict()
        r_ok += check(x, doc)
        d_ok += duck_ok_dateparser(x, dp(x["text"], REF, "future"))
    if pk:
        p_ok = sum(duck_ok_puckling(x, ents) for x, ents in zip(ducks, pk.results))
    # -- accuracy: corpus gold ---------------------------------------------------------------------
    rg_ok = dg_ok = pg_ok = n_gold = 0
    for di, (_id, text, pub, gold) in enumerate(docs):
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
            if pk:
                pfound = [(text[a:b], d) for (a, b), d in puckling_found(pk.results[len(ducks) + di])]
                pg_ok += any((covers(s, g["surface"]) or covers(g["surface"], s)) and fmt(d, g["granularity"]) == g["value"]
                             for s, d in pfound)

    # -- speed ---------------------------------------------------------------------------------------

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
    runs: dict[str, list[float]] = {"rasid": [], "component": [], "dateparser": [], "puckling": []}
    for i in range(max(1, args.repeat, args.puckling_repeat if pk else 0)):
        if i < max(1, args.repeat):
            runs["rasid"].append(timed(time_rasid))
            runs["component"].append(timed(time_component))
            runs["dateparser"].append(timed(time_dp))
        if pk and i < max(1, args.puckling_repeat):
            try:
                runs["puckling"].append(pk.time_pass())  # timed inside the worker, gc paused there
            except (OSError, RuntimeError, ValueError, KeyError) as exc:
                pk_note = f"puckling: its worker failed during the timed passes ({exc})"
                pk.proc.kill()
                pk = None
    if pk:
        pk.close()
    tr, tc, td = (min(runs[k]) for k in ("rasid", "component", "dateparser"))
    tp = min(runs["puckling"]) if pk else None

    pcol = f"{'puckling':>10s}" if pk else ""

    def pv(x, fmt_):
        return format(x, fmt_) if pk else ""

    print(f"texts: {len(ducks)} Duckling Time examples + {len(docs)} corpus articles ({n_chars:,} characters)")
    print(f"{'':28s}{'rasid':>10s}{'dateparser':>12s}{pcol}")
    print(f"{'Duckling Time accuracy':28s}{r_ok / len(ducks):>10.1%}{d_ok / len(ducks):>12.1%}"
          f"{pv(p_ok / len(ducks), '>10.1%')}   (n={len(ducks)})")
    if n_gold:
        print(f"{'corpus gold times (a01-a05)':28s}{rg_ok / n_gold:>10.1%}{dg_ok / n_gold:>12.1%}"
              f"{pv(pg_ok / n_gold, '>10.1%')}   (n={n_gold}, day/week/month/year values)")
    print(f"{'time for all texts':28s}{tr:>9.3f}s{td:>11.3f}s{pv(tp, '>9.3f') + 's' if pk else ''}"
          f"   (rasid: text layer + times)")
    print(f"{'  times component alone':28s}{tc:>9.3f}s")
    print(f"speed ratio dateparser/rasid: {td / tr:.1f}x with the text layer, {td / tc:.1f}x for the times "
          f"component alone ({n_chars / tr / 1e3:,.0f}k / {n_chars / tc / 1e3:,.0f}k vs {n_chars / td / 1e3:,.0f}k characters/s)")
    if pk:
        print(f"speed ratio puckling/rasid: {tp / tr:.1f}x with the text layer, {tp / tc:.1f}x for the times "
              f"component alone (puckling {pk.version} under Python {pk.python}: {n_chars / tp / 1e3:,.1f}k characters/s, "
              f"best of {len(runs['puckling'])}, timed inside its worker)")
        print(f"runs (s): " + "; ".join(f"{k} " + " ".join(f"{x:.3f}" for x in v) for k, v in runs.items() if v))
    else:
        print(pk_note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
