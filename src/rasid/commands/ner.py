"""``rasid tag``, ``rasid eval ner`` and ``rasid train ner``: NER on CoNLL token files (docs/ner.md)."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from ..cli import subcommand_group as _group


def register(sub) -> None:
    p = sub.add_parser("tag", help="tag a CoNLL token file with BIO entity tags",
                       description="Read tokens (one per line, blank line between sentences, extra columns ignored) "
                                   "and print one BIO tag per token, aligned 1:1. Without --model the default "
                                   "pipeline (text, entities, places) tags the rebuilt sentences.")
    p.add_argument("--conll", required=True, metavar="IN", help="CoNLL file (or - for stdin)")
    p.add_argument("--model", metavar="M", help="CRF model file or local Hugging Face model directory")
    p.add_argument("--scheme", default="raw", choices=("raw", "rasid", "anercorp", "wojood"),
                   help="label names of the output: raw (the tagger's own; default), or mapped to a scheme")
    p.add_argument("--components", help="pipeline components when no --model is given (default: text,entities,places)")
    p.add_argument("--with-tokens", action="store_true", help="print token<TAB>tag instead of the tag alone")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.set_defaults(func=run_tag)

    ev = _group(sub, "eval", "evaluate a component against gold data", "Evaluate rasid against gold data.")
    p = ev.add_parser("ner", help="entity-level P/R/F1 of NER on a CoNLL gold file",
                      description="Entity-level (exact span and type) precision, recall and F1 per label and "
                                  "micro-averaged, for the default pipeline or a --model, after mapping gold and "
                                  "predicted labels into a scheme (ner_label_map.tsv).")
    p.add_argument("gold", metavar="GOLD.conll", help="gold CoNLL file (token, then tag columns)")
    p.add_argument("--model", metavar="M", help="CRF model file or local Hugging Face model directory")
    p.add_argument("--scheme", default="auto", choices=("auto", "anercorp", "wojood", "rasid"),
                   help="label scheme (default: auto, from the gold labels)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N sentences")
    p.add_argument("--tag-column", type=int, default=1, help="column of the gold tag (default 1: the first after the token)")
    p.add_argument("--components", help="pipeline components when no --model is given (default: text,entities,places)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--predictions", metavar="FILE", help="also write token, gold and predicted tags to FILE")
    p.set_defaults(func=run_eval)

    tr = _group(sub, "train", "train a model", "Train a rasid model.")
    p = tr.add_parser("ner", help="train a CRF NER model on a CoNLL file",
                      description="Train a CRF (python-crfsuite) with word, shape, affix, clitic, normalised-form "
                                  "and lexicon features over a ±2 window; the model file loads with --ner-model "
                                  "and --model.")
    p.add_argument("train", metavar="TRAIN.conll")
    p.add_argument("--dev", metavar="DEV.conll", help="development file: its F1 is printed at the end")
    p.add_argument("-o", "--output", required=True, metavar="MODEL", help="model file to write (e.g. model.crf)")
    p.add_argument("--c1", type=float, help="L1 regularisation (default 0.001)")
    p.add_argument("--c2", type=float, help="L2 regularisation (default 0.005)")
    p.add_argument("--max-iterations", type=int, help="L-BFGS iterations (default 300)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N training sentences")
    p.add_argument("--tag-column", type=int, default=1)
    p.set_defaults(func=run_train)


def _tagger(args):
    from ..ner.models import load_model

    if getattr(args, "model", None):
        return load_model(args.model)
    from ..ner.tagging import PipelineTagger

    comps = [c.strip() for c in args.components.split(",") if c.strip()] if getattr(args, "components", None) else None
    return PipelineTagger(comps)


def run_tag(args) -> int:
    from ..ner.conll import read_conll
    from ..ner.evaluate import map_tags

    src = sys.stdin if args.conll == "-" else args.conll
    sents = read_conll(src)
    tagger = _tagger(args)
    tags = tagger.tag_tokens([s.tokens for s in sents])
    if args.scheme != "raw":
        tags = [map_tags(t, args.scheme) for t in tags]
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for s, ts in zip(sents, tags):
            for tok, t in zip(s.tokens, ts):
                out.write(f"{tok}\t{t}\n" if args.with_tokens else f"{t}\n")
            out.write("\n")
    finally:
        if args.output:
            out.close()
    return 0


def run_eval(args) -> int:
    from ..errors import RasidError
    from ..ner.conll import read_conll
    from ..ner.evaluate import detect_scheme, score_tags

    gold = read_conll(args.gold, tag_column=args.tag_column, limit=args.limit)
    if not gold:
        raise RasidError("E123", f"{args.gold} holds no sentences")
    scheme = detect_scheme(gold) if args.scheme == "auto" else args.scheme
    tagger = _tagger(args)
    t0 = time.perf_counter()
    pred = tagger.tag_tokens([s.tokens for s in gold])
    elapsed = time.perf_counter() - t0
    scores = score_tags([s.tags for s in gold], pred, scheme)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for s, p in zip(gold, pred):
                for tok, g, t in zip(s.tokens, s.tags, p):
                    fh.write(f"{tok}\t{g}\t{t}\n")
                fh.write("\n")
    what = f"model {args.model} ({getattr(tagger, 'origin', '?')})" if args.model else \
        f"pipeline {','.join(tagger.pipeline.names)}"
    if args.json:
        d = scores.as_dict()
        d.update({"gold": str(args.gold), "tagger": what, "seconds": round(elapsed, 2)})
        print(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        print(f"{args.gold}: {scores.sentences} sentences, {scores.tokens} tokens; scheme {scheme}; {what}; "
              f"{elapsed:.1f}s ({scores.tokens / max(elapsed, 1e-9):,.0f} tokens/s)")
        print(scores.table())
    return 0


def run_train(args) -> int:
    from ..ner.conll import read_conll
    from ..ner.crf import train_crf

    train = read_conll(args.train, tag_column=args.tag_column, limit=args.limit)
    dev = read_conll(args.dev, tag_column=args.tag_column) if args.dev else None
    params = {}
    if args.c1 is not None:
        params["c1"] = args.c1
    if args.c2 is not None:
        params["c2"] = args.c2
    if args.max_iterations is not None:
        params["max_iterations"] = args.max_iterations
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    model = train_crf(train, dev, args.output, params, log=log)
    print(f"wrote {args.output} ({Path(args.output).stat().st_size:,} bytes; labels {', '.join(model.labels)}; "
          f"lexicons {', '.join(model.meta['lexicons']) or 'none'})")
    if dev:
        s = model.dev_scores
        print(f"dev {args.dev}: scheme {s.scheme}")
        print(s.table())
        print(f"dev micro F1 {s.micro().f1:.4f}; {'/'.join(s.core)} F1 {s.micro(s.core).f1:.4f}")
    return 0
