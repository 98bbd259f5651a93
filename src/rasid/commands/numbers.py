"""``rasid numbers``: show how rasid reads the numbers (or, with --quantities, the typed figures) of a text."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser(
        "numbers", help="show the numbers (or typed quantities) rasid reads in a text",
        description="Print every number expression found in TEXT (or in stdin with '-'): its span, value "
                    "and flags (approximate, bound, ordinal, vague, percent). With --quantities, run the "
                    "quantities component instead and print the typed records. Handy when editing "
                    "number_words.tsv, quantity_nouns.tsv or currencies.tsv.")
    p.add_argument("text", nargs="+", help="the text (several arguments are joined with spaces), or - for stdin")
    p.add_argument("--quantities", action="store_true", help="print typed quantity records instead of raw numbers")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=run)


def run(args) -> int:
    text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
    if args.quantities:
        from ..document import Document
        from ..pipeline import Pipeline

        doc = Document(text)
        Pipeline(["text", "quantities"], {})(doc)
        for q in doc.quantities:
            d = q.to_dict()
            if args.json:
                print(json.dumps(d, ensure_ascii=False))
            else:
                bounds = "".join(f" {k}={d[k]}" for k in ("min", "max") if k in d)
                print(f"{q.start}:{q.end}\t{q.text}\tvalue={q.value}\tkind={q.kind}\tunit={q.unit}"
                      f"{' ~' if q.approximate else ''}{bounds}")
        return 0
    from ..numbers import find_numbers

    for n in find_numbers(text):
        flags = [f for f in ("approximate", "is_ordinal", "vague", "percent", "colloquial") if getattr(n, f)]
        if n.bound:
            flags.append(n.bound)
        if args.json:
            print(json.dumps({"start": n.start, "end": n.end, "text": n.text, "value": n.value, "flags": flags},
                             ensure_ascii=False))
        else:
            print(f"{n.start}:{n.end}\t{n.text}\t{n.value}\t{' '.join(flags)}")
    return 0
