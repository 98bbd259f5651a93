"""``rasid ingest PATH…``: analyse files, folders, globs or stdin into a corpus database."""
from __future__ import annotations

import json
import os
import sys

from .analyze import add_pipeline_options, pipeline_from_args

DEFAULT_DB = "rasid.db"


def add_db_option(p) -> None:
    p.add_argument("--db", default=os.environ.get("RASID_DB", DEFAULT_DB),
                   help=f"corpus database: an SQLite file or a postgresql://user@host/dbname URL "
                        f"(default: $RASID_DB or {DEFAULT_DB})")


def register(sub) -> None:
    p = sub.add_parser("ingest", help="analyse articles (files, folders, globs, - for stdin) into a corpus database",
                       description="Read .txt, .html, .json/.jsonl and RSS/Atom files (folders recursively, globs, "
                                   "- for stdin), analyse each article once and store it in a corpus (an SQLite file, or "
                                   "PostgreSQL with --db postgresql://…). "
                                   "Exact duplicates are stored once; near-duplicates are linked. Rerunning is safe.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, glob, or - for stdin")
    add_db_option(p)
    p.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1; 0 = one per core)")
    p.add_argument("--batch-size", type=int, default=16, help="documents per worker task and per transaction")
    p.add_argument("--near-threshold", type=float, default=None,
                   help="estimated Jaccard similarity of word 3-shingles above which documents are linked as "
                        "near-duplicates (default 0.6); 1.1 disables near-duplicate detection")
    for key in ("text", "title", "published", "url", "source", "id"):
        p.add_argument(f"--{key}-field", metavar="NAME", help=f"JSON field(s) holding the {key} (comma-separated)")
    p.add_argument("--max-bytes", type=int, default=None, help="largest article file to read")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (it is off anyway when stderr is not a terminal)")
    add_pipeline_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..ingest.dedup import NEAR_THRESHOLD
    from ..ingest.readers import fields_from_options
    from ..ingest.runner import ingest
    from ..io import DEFAULT_MAX_BYTES
    from ..store import open_store

    pipeline = pipeline_from_args(args)
    fields = fields_from_options(**{k: getattr(args, f"{k}_field") for k in ("text", "title", "published", "url",
                                                                             "source", "id")})
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    threshold = NEAR_THRESHOLD if args.near_threshold is None else args.near_threshold
    with open_store(args.db) as store:
        summary = ingest(store, args.paths, pipeline=pipeline, jobs=jobs, fields=fields,
                         stdin=sys.stdin.buffer if "-" in args.paths else None,
                         near_threshold=None if threshold > 1 else threshold, batch_size=args.batch_size,
                         progress=False if args.no_progress else None,
                         max_bytes=args.max_bytes or DEFAULT_MAX_BYTES)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        print(summary.render())
    return 0
