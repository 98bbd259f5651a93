"""``rasid eval times FILE``: accuracy on a Duckling-format corpus (docs/times.md).

Every example's text is analysed by the pipeline (text, quantities, times) with ``published`` set to
the corpus reference date (2013-02-12) and the times component in Duckling's convention (an
expression with no tense points to the future).  An example is correct when one record of the right
layer carries the expected value:

* Time: a ``times`` record whose value equals the expected one at its grain (day ``2013-02-18``,
  week = the ISO week of the Monday given, month, year, hour/minute times ``…T15:00``); Duckling's
  intervals end EXCLUSIVELY, so their end is moved back one grain before comparing with our inclusive
  end; "now" (grain second at the reference instant) matches a record marked ``ref: now``;
  ``اوائل/اواسط/اواخر`` month intervals match a month record with ``mod`` START/MID/END, and a
  mid-month day (``نص شهر ثلاث``) a month record with ``mod`` MID.
* Duration: a ``times`` duration ``P<n><unit>``.
* Numeral: a quantity with that value; Ordinal: a quantity of kind ``ordinal`` with that value;
  AmountOfMoney: a quantity of kind ``money`` with that value (or min/max for intervals) and unit.
* Negative examples: no record of that dimension at all.
Other dimensions (Quantity, PhoneNumber, Volume, Temperature) are counted and reported as not
evaluated.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from ..cli import subcommand_group
from ..errors import RasidError

REFERENCE_DATE = "2013-02-12"
DIMENSIONS = ("Time", "Duration", "Numeral", "Ordinal", "AmountOfMoney")
_DUR_CODE = {"second": "PT{}S", "minute": "PT{}M", "hour": "PT{}H", "day": "P{}D", "week": "P{}W",
             "month": "P{}M", "year": "P{}Y"}
#: Duckling currency names -> ISO 4217 codes we accept for them
_MONEY = {"Dollar": {"USD", "Dollar", "$"}, "Cent": {"cent", "Cent", "USD_cent", "¢"}, "EUR": {"EUR"},
          "Pound": {"EGP", "GBP", "Pound", "LBP", "SYP", "SDG"}, "GBP": {"GBP"}, "EGP": {"EGP"}}


def register(sub) -> None:
    ev = subcommand_group(sub, "eval", "evaluate a component against gold data", "Evaluate rasid against gold data.")
    p = ev.add_parser("times", help="accuracy per dimension on a Duckling-format JSON corpus",
                      description="Run the pipeline on every example of a Duckling-format corpus "
                                  "(../shared/eval/duckling/README.md) and print accuracy per dimension "
                                  "(Time, Duration, Numeral, Ordinal, AmountOfMoney) and overall.")
    p.add_argument("file", help="Duckling-format JSON (a list of {dimension, text, expected})")
    p.add_argument("--reference", default=REFERENCE_DATE, help=f"publication date given to every example (default {REFERENCE_DATE})")
    p.add_argument("--direction", default="future", choices=("future", "past"),
                   help="tense assumed when the text shows none (default future: Duckling's convention)")
    p.add_argument("--errors", action="store_true", help="list every wrong example")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


# -- matching ---------------------------------------------------------------------------------------
def _dt(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def _minus_grain(s: str, grain: str) -> dt.datetime:
    t = _dt(s)
    if grain in ("hour",):
        return t - dt.timedelta(hours=1)
    if grain == "minute":
        return t - dt.timedelta(minutes=1)
    if grain == "second":
        return t - dt.timedelta(seconds=1)
    if grain == "week":
        return t - dt.timedelta(weeks=1)
    if grain == "month":
        return (t.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    if grain == "year":
        return t.replace(year=t.year - 1)
    return t - dt.timedelta(days=1)


def _point(t: dt.datetime, grain: str) -> set[str]:
    """Our possible values for a Duckling instant at a grain."""
    d = t.date()
    if grain == "day":
        return {d.isoformat()}
    if grain == "week":
        y, w, _ = d.isocalendar()
        return {f"{y}-W{w:02d}", d.isoformat()}
    if grain == "month":
        return {d.isoformat()[:7]}
    if grain == "year":
        return {str(d.year)}
    if grain == "hour":
        return {t.strftime("%Y-%m-%dT%H:%M"), t.strftime("%Y-%m-%dT%H")}
    if grain == "minute":
        return {t.strftime("%Y-%m-%dT%H:%M")}
    return {t.strftime("%Y-%m-%dT%H:%M:%S")}


def _time_ok(exp: dict, times: list[dict]) -> bool:
    grain = exp.get("grain", "day")
    if exp.get("type") == "interval":
        a = _dt(exp["from"])
        b = _minus_grain(exp["to"], grain) if exp.get("to") else None
        for t in times:
            v = t.get("value") or ""
            if "/" in v and b is not None:
                va, vb = v.split("/", 1)
                if va[:10] == a.date().isoformat() and vb[:10] == b.date().isoformat():
                    return True
                if va in _point(a, grain) and vb in _point(b, grain):
                    return True
                end_day = (_dt(exp["to"]) - dt.timedelta(days=1)).date().isoformat()
                if va[:10] == a.date().isoformat() and vb[:10] == end_day and grain in ("day", "week", "month"):
                    return True
                # "within two weeks" from the reference instant: days compared
                if va[:10] == a.date().isoformat() and vb[:10] == b.date().isoformat():
                    return True
            # TIMEX3 part of day "tonight" (TNI) is Duckling's 18:00-24:00 interval
            if v.endswith("TNI") and b is not None and a.hour == 18 and v[:10] == a.date().isoformat():
                return True
            mod = t.get("mod")
            if mod and b is not None and len(v) == 7 and v == a.date().isoformat()[:7]:
                if mod == "START" and a.day == 1 and b.day <= 11:
                    return True
                if mod == "END" and a.day >= 20 and (b + dt.timedelta(days=1)).day == 1:
                    return True
                if mod == "MID" and 10 <= a.day <= 11 and 19 <= b.day <= 21:
                    return True
        return False
    want = _dt(exp["value"])
    if grain == "second" and exp["value"].startswith(REFERENCE_DATE + "T04:30:00"):
        return any(t.get("ref") == "now" for t in times)
    values = _point(want, grain)
    for t in times:
        v = t.get("value") or ""
        if v in values:
            return True
        if t.get("mod") == "MID" and grain == "day" and want.day == 15 and v == want.date().isoformat()[:7]:
            return True
    return False


def _duration_ok(exp: dict, times: list[dict]) -> bool:
    want = _DUR_CODE.get(exp.get("unit", ""), "").format(exp.get("value"))
    return any(t.get("granularity") == "duration" and t.get("value") == want for t in times)


def _num_eq(a, b) -> bool:
    try:
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


def _money_unit_ok(exp_unit: str, unit) -> bool:
    return unit in _MONEY.get(exp_unit, {exp_unit})


def check(example: dict, doc: dict) -> bool:
    """Is the analysis of one example right for its dimension?"""
    dim = example["dimension"]
    exp = example.get("expected")
    times = doc.get("times", [])
    qs = doc.get("quantities", [])
    if example.get("negative") or exp is None:
        if dim == "Time":
            return not any(t.get("granularity") != "duration" for t in times)
        if dim == "Duration":
            return not any(t.get("granularity") == "duration" for t in times)
        if dim in ("Numeral", "Ordinal", "AmountOfMoney"):
            kind = {"Ordinal": "ordinal", "AmountOfMoney": "money"}.get(dim)
            return not any(kind is None or q.get("kind") == kind for q in qs)
        return True
    if dim == "Time":
        return _time_ok(exp, times)
    if dim == "Duration":
        return _duration_ok(exp, times)
    if dim == "Numeral":
        return any(_num_eq(q.get("value"), exp.get("value")) and q.get("kind") != "ordinal" for q in qs)
    if dim == "Ordinal":
        return any(_num_eq(q.get("value"), exp.get("value")) and q.get("kind") == "ordinal" for q in qs)
    if dim == "AmountOfMoney":
        unit = exp.get("unit")
        for q in qs:
            if q.get("kind") != "money":
                continue
            if not _money_unit_ok(unit, q.get("unit")) and not (unit == "Cent" and q.get("unit") == "USD"):
                continue
            scale = 100 if unit == "Cent" and q.get("unit") == "USD" else 1
            if exp.get("type") == "interval":
                lo, hi = exp.get("from"), exp.get("to")
                ok_lo = lo is None or _num_eq(q.get("min", q.get("value")), lo)
                ok_hi = hi is None or _num_eq(q.get("max", q.get("value") if lo is None else None), hi)
                if ok_lo and ok_hi:
                    return True
            elif _num_eq((q.get("value") or 0) * scale if q.get("value") is not None else None, exp.get("value")):
                return True
        return False
    return False


def evaluate(path: str | Path, *, reference: str = REFERENCE_DATE, direction: str = "future") -> dict:
    """Run the pipeline over a Duckling-format corpus; per-dimension counts and the wrong examples."""
    from ..pipeline import Pipeline, make_document

    p = Path(path)
    if not p.exists():
        raise RasidError("E001", f"{p} does not exist")
    try:
        examples = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RasidError("E150", f"{p}: not a Duckling-format JSON list ({exc})") from None
    if not isinstance(examples, list):
        raise RasidError("E150", f"{p}: expected a JSON list of examples")
    pipe = Pipeline(("text", "quantities", "times"), {"times": {"default_direction": direction}})
    per: dict[str, list[int]] = {}
    skipped: dict[str, int] = {}
    wrong: list[dict] = []
    for i, ex in enumerate(examples, start=1):
        if not isinstance(ex, dict) or "dimension" not in ex or not isinstance(ex.get("text"), str):
            raise RasidError("E150", f"{p}: an example lacks 'dimension' or 'text'")
        dim = ex["dimension"]
        if dim not in DIMENSIONS:
            skipped[dim] = skipped.get(dim, 0) + 1
            continue
        doc = pipe(make_document(ex["text"], published=reference)).to_dict()
        try:
            ok = check(ex, doc)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise RasidError("E150", f"{p}: example {i} ({ex['text'][:40]!r}) has a malformed 'expected' "
                                     f"value ({type(exc).__name__}: {exc})") from None
        c = per.setdefault(dim, [0, 0])
        c[0] += ok
        c[1] += 1
        if not ok:
            wrong.append({"dimension": dim, "text": ex["text"], "expected": ex.get("expected"),
                          "times": [(t.get("text"), t.get("value"), t.get("granularity")) for t in doc.get("times", [])],
                          "quantities": [(q.get("text"), q.get("value"), q.get("kind"), q.get("unit"))
                                         for q in doc.get("quantities", [])]})
    total = [sum(c[0] for c in per.values()), sum(c[1] for c in per.values())]
    return {"per_dimension": per, "overall": total, "not_evaluated": skipped, "wrong": wrong}


def run(args) -> int:
    res = evaluate(args.file, reference=args.reference, direction=args.direction)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    out = sys.stdout
    out.write(f"{'dimension':14s} {'correct':>7s} {'total':>6s} {'accuracy':>9s}\n")
    for dim in DIMENSIONS:
        if dim in res["per_dimension"]:
            ok, n = res["per_dimension"][dim]
            out.write(f"{dim:14s} {ok:7d} {n:6d} {ok / n:9.1%}\n")
    ok, n = res["overall"]
    out.write(f"{'overall':14s} {ok:7d} {n:6d} {(ok / n if n else 0):9.1%}\n")
    times_dims = [res["per_dimension"].get(d, [0, 0]) for d in ("Time", "Duration")]
    tok, tn = sum(c[0] for c in times_dims), sum(c[1] for c in times_dims)
    if tn:
        out.write(f"{'time+duration':14s} {tok:7d} {tn:6d} {tok / tn:9.1%}\n")
    if res["not_evaluated"]:
        out.write("not evaluated: " + ", ".join(f"{k} ({v})" for k, v in sorted(res["not_evaluated"].items())) + "\n")
    if args.errors:
        for w in res["wrong"]:
            out.write(f"- {w['dimension']}: {w['text']!r} expected {json.dumps(w['expected'], ensure_ascii=False)}\n"
                      f"    times {w['times']}\n    quantities {w['quantities']}\n")
    return 0
