"""Accuracy of the quantities layer on Duckling's Arabic Numeral / Ordinal / AmountOfMoney examples.

Reads ../shared/eval/duckling/duckling_ar_dev.json at run time (nothing from it is stored here):

    PYTHONPATH=src python3 bench/quantities_duckling.py [PATH] [--verbose]

An example counts as right when the document's quantities layer holds a record with the expected
value (Numeral), kind ordinal and value (Ordinal), or kind money with the value or interval ends and
the currency (AmountOfMoney; Duckling's generic "Dollar", "Pound" and "Cent" are compared with the
record's currency family, ISO codes with its unit).  Negative examples must give no such record.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from rasid.document import Document
from rasid.pipeline import Pipeline

DIMS = ("Numeral", "Ordinal", "AmountOfMoney")
GENERIC = {"Dollar": "dollar", "Pound": "pound", "Cent": "cent"}


def close(a, b) -> bool:
    try:
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-6 + 1e-9 * abs(float(b))
    except (TypeError, ValueError):
        return False


def money_ok(q, exp) -> bool:
    if q.kind != "money":
        return False
    unit = exp.get("unit")
    if unit == "Cent":
        if q.extra.get("currency") != "cent" or not close(q.extra.get("cents"), exp.get("value")):
            return False
        return True
    if unit in GENERIC:
        if q.extra.get("currency") != GENERIC[unit]:
            return False
    elif q.unit != unit:
        return False
    if exp.get("type") == "interval":
        lo, hi = exp.get("from"), exp.get("to")
        return (lo is None or close(q.min, lo)) and (hi is None or close(q.max, hi))
    return close(q.value, exp.get("value"))


def hit(q, dim, exp) -> bool:
    if dim == "Numeral":
        return q.kind != "ordinal" and close(q.value, exp["value"])
    if dim == "Ordinal":
        return q.kind == "ordinal" and close(q.value, exp["value"])
    return money_ok(q, exp)


def claims(q, dim) -> bool:
    return {"Numeral": q.kind != "ordinal", "Ordinal": q.kind == "ordinal", "AmountOfMoney": q.kind == "money"}[dim]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    path = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared/eval/duckling/duckling_ar_dev.json"
    items = [x for x in json.loads(path.read_text(encoding="utf-8")) if x["dimension"] in DIMS]
    pipe = Pipeline(["text", "quantities"], {})
    ok, n = Counter(), Counter()
    t0 = time.perf_counter()
    for x in items:
        dim, exp = x["dimension"], x.get("expected")
        doc = Document(x["text"])
        pipe(doc)
        if exp is None:
            good = not any(claims(q, dim) for q in doc.quantities)
        else:
            good = any(hit(q, dim, exp) for q in doc.quantities)
        n[dim] += 1
        ok[dim] += good
        if verbose and not good:
            print(f"  {dim:14} {x['text']!r} expected {exp} got "
                  f"{[(q.text, q.value, q.kind, q.unit, q.min, q.max) for q in doc.quantities]}")
    dt = time.perf_counter() - t0
    for dim in DIMS:
        print(f"{dim:14} {ok[dim]:4d}/{n[dim]:<4d} {ok[dim] / max(n[dim], 1):.1%}")
    tot_ok, tot = sum(ok.values()), sum(n.values())
    print(f"{'overall':14} {tot_ok:4d}/{tot:<4d} {tot_ok / max(tot, 1):.1%}   ({dt * 1000 / max(tot, 1):.2f} ms/example)")


if __name__ == "__main__":
    main()
