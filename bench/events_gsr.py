#!/usr/bin/env python3
"""Sentence-level ASSAULT / PROTEST detection on the OEDA Arabic event gold (../shared/eval/events_gsr).

usage: PYTHONPATH=src python3 bench/events_gsr.py [GSR_DIR] [--half all|even|odd] [--components text,events] [--errors N] [--agreement]

A sentence counts as detected when rasid codes at least one event of the file's type in it whose
modality is one of --modalities (default: asserted; a planned, hypothetical or alleged attack is not
a report of one, which is what the annotators accepted).  Gold: label "yes" is positive; "easy no" and "difficult no" are negative;
"ambiguous" is left out (the README of the data set).  Prints precision, recall and F1 per type, and
the recall on "difficult no" separately (how often the hard negatives fool the coder).
--half even|odd scores only the even or odd data rows (0-based) of each file: the default
confidence threshold of the coder was chosen on the even rows; report on the odd rows.
--sweep switches the coder's default threshold off and prints P/R/F1 per confidence threshold.
Every run also prints the single-annotator agreement ceiling of the scored rows (below);
--agreement prints only that ceiling, for all, even and odd rows, without running the pipeline.

Agreement ceiling: the files give, per sentence, how many annotators accepted it (accept) out of
how many saw it (total).  A randomly chosen annotator of the pool, scored against this gold, says
yes on every "yes" row (those are unanimous) and on a "no" row with probability accept/total; the
ceiling is that annotator's expected precision (expected TP / expected TP + FP), recall and F1.
A system above it agrees with the majority gold better than one of the annotators does.
By default the full default pipeline runs (participants, places, dates and figures decide which
reports are kept); pass --components text,events to run the event coder over the text layer only.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


FILES = (("assault_dev.csv", "ASSAULT"), ("protest_dev.csv", "PROTEST"))


def _rows(path: Path, half: str):
    """(0-based row index, row) of the scored rows of one file: the half asked for, ambiguous left out."""
    with path.open(encoding="utf-8") as f:
        for ri, row in enumerate(csv.DictReader(f)):
            if half != "all" and ri % 2 != (0 if half == "even" else 1):
                continue
            if row["label"] != "ambiguous":
                yield ri, row


def agreement_ceiling(path: Path, half: str = "all") -> tuple[float, float, float]:
    """Expected P, R, F1 of one randomly chosen annotator against the gold of ``path`` (module doc)."""
    tp = fp = pos = 0.0
    for _, row in _rows(path, half):
        total = int(row["total"] or 0)
        share = int(row["accept"] or 0) / total if total else 0.0
        if row["label"] == "yes":
            pos += 1
            tp += share
        else:
            fp += share
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / pos if pos else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _print_ceiling(path: Path, typ: str, half: str) -> None:
    p, r, f1 = agreement_ceiling(path, half)
    print(f"{typ:8s} [{half}] agreement ceiling (one random annotator vs this gold): P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gsr", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "events_gsr"))
    ap.add_argument("--components", default="all")
    ap.add_argument("--errors", type=int, default=0, help="print this many false positives / negatives")
    ap.add_argument("--min-confidence", type=float, default=0.0,
                    help="count only events with extra.confidence at or above this value")
    ap.add_argument("--modalities", default="asserted",
                    help="comma-separated modalities that count as a report of the event (default asserted; "
                         "rounds before events4 counted every modality except negated: pass "
                         "asserted,reported,hypothetical,future,generic for that)")
    ap.add_argument("--sweep", action="store_true", help="also print P/R/F1 for confidence thresholds 0.3-0.9")
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all",
                    help="score only the even (tuning) or odd (report) data rows of each file (0-based)")
    ap.add_argument("--agreement", action="store_true",
                    help="print only the single-annotator agreement ceiling (all, even, odd rows) and exit")
    args = ap.parse_args(argv)
    gsr = Path(args.gsr)
    if args.agreement:
        for name, typ in FILES:
            if not (gsr / name).exists():
                print(f"{gsr / name} not found", file=sys.stderr)
                return 1
            for half in ("all", "even", "odd"):
                _print_ceiling(gsr / name, typ, half)
        return 0
    from rasid.pipeline import DEFAULT_PIPELINE, Pipeline, make_document
    from rasid.events import EventCoder
    from rasid.text import text_view

    # --sweep scores the raw confidence, so the coder's default threshold is switched off for it
    events_cfg = {"min_confidence": 0} if args.sweep else {}
    if args.components == "all":
        pipe = Pipeline(DEFAULT_PIPELINE, config={"events": events_cfg})
        run = lambda text: pipe(make_document(text)).events
    else:
        coder = EventCoder(events_cfg)

        def run(text):
            doc = make_document(text)
            text_view(doc)
            return coder(doc)

    mods = set(args.modalities.split(","))
    for name, typ in FILES:
        path = gsr / name
        if not path.exists():
            print(f"{path} not found", file=sys.stderr)
            return 1
        tp = fp = fn = tn = hard_fp = hard = 0
        conf_rows = []  # (best confidence of a non-negated event of the type, gold)
        fps, fns = [], []
        t0 = time.perf_counter()
        n = 0
        for ri, row in _rows(path, args.half):
            label = row["label"]
            n += 1
            events = run(row["text"])
            confs = [e.extra.get("confidence", 1.0) for e in events if e.type == typ and e.modality in mods]
            best = max(confs) if confs else -1.0
            hit = best >= args.min_confidence and bool(confs)
            gold = label == "yes"
            conf_rows.append((best, gold))
            if gold and hit:
                tp += 1
            elif gold:
                fn += 1
                fns.append(row["text"])
            elif hit:
                fp += 1
                fps.append((label, row["text"], [e.extra.get("trigger") for e in events if e.type == typ]))
            else:
                tn += 1
            if label == "difficult no":
                hard += 1
                hard_fp += hit
        dt = time.perf_counter() - t0
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{typ:8s} [{args.half}] n={n} P {p:.3f} ({tp}/{tp + fp})  R {r:.3f} ({tp}/{tp + fn})  F1 {f1:.3f}  "
              f"difficult-no flagged {hard_fp}/{hard}  [{dt:.1f}s, {1000 * dt / max(n, 1):.2f} ms/sentence]")
        _print_ceiling(path, typ, args.half)
        if args.sweep:
            for th in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
                t_p = sum(1 for c, g in conf_rows if c >= th and g)
                f_p = sum(1 for c, g in conf_rows if c >= th and not g)
                f_n = sum(1 for c, g in conf_rows if c < th and g)
                pp = t_p / (t_p + f_p) if t_p + f_p else 0.0
                rr = t_p / (t_p + f_n) if t_p + f_n else 0.0
                ff = 2 * pp * rr / (pp + rr) if pp + rr else 0.0
                print(f"   confidence >= {th:.1f}: P {pp:.3f} R {rr:.3f} F1 {ff:.3f}")
        for label, text, trig in fps[:args.errors]:
            print(f"   FP[{label}] {trig} {text[:160]}")
        for text in fns[:args.errors]:
            print(f"   FN {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
