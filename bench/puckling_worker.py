"""puckling side of ``bench/times.py``: runs under Python >= 3.13 with puckling importable.

    python3.13 bench/puckling_worker.py      (driven by bench/times.py; not meant to be run by hand)

Protocol (one JSON object per line on stdin, one per line on stdout, so the benchmark can interleave
puckling's timed passes with rasid's and dateparser's):

* first line ``{"texts": [[text, "YYYY-MM-DDTHH:MM:SS"], ...], "dims": ["time"]}`` (the reference
  time of each text) → ``{"version": ..., "python": ..., "results": [[[start, end, value], ...], ...]}``:
  one untimed pass that is also the warm-up; ``value`` is puckling's ``TimeValue.to_dict()``;
* then ``"time"`` → ``{"seconds": s}``: one timed pass over all texts, measured here in-process
  (``time.perf_counter`` around the parsing loop, garbage collector paused as in timeit), so the
  subprocess start-up and the JSON exchange are not counted;
* end of input → exit.

puckling is called as ``puckling.parse(text, Context(reference_time, Locale(Lang.AR)),
Options(parse_timeout_ms=None), dims=...)``: no wall-clock cap, so long articles are parsed fully.
"""
from __future__ import annotations

import datetime as dt
import gc
import json
import sys
import time


def main() -> int:
    try:
        import puckling
        from puckling import Context, Lang, Locale, Options, parse
    except ImportError as exc:
        print(json.dumps({"error": f"puckling not importable: {exc}"}), flush=True)
        return 2
    first = sys.stdin.readline()
    if not first:
        return 0
    req = json.loads(first)
    dims = tuple(req.get("dims") or ("time",))
    opts = Options(parse_timeout_ms=None)
    jobs = [(t, Context(dt.datetime.fromisoformat(ref), Locale(Lang.AR))) for t, ref in req["texts"]]

    def run_all():
        return [parse(t, ctx, opts, dims=dims) for t, ctx in jobs]

    results = []
    for ents in run_all():
        out = []
        for e in ents:
            try:
                v = e.value.to_dict()
            except Exception:  # a value type without to_dict: keep its text form
                v = {"repr": repr(e.value)}
            out.append([e.start, e.end, v])
        results.append(out)
    try:
        from importlib.metadata import version
        ver = version("puckling")
    except Exception:
        ver = getattr(puckling, "__version__", "?")
    print(json.dumps({"version": ver, "python": sys.version.split()[0], "results": results},
                     ensure_ascii=False), flush=True)
    for line in sys.stdin:
        if line.strip() != '"time"':
            continue
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            run_all()
            s = time.perf_counter() - t0
        finally:
            gc.enable()
        print(json.dumps({"seconds": s}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
