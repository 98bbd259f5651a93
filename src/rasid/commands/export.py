"""``rasid export``: write corpus tables as JSON Lines, CSV, Parquet, ACLED-style or PLOVER-style."""
from __future__ import annotations

import sys

from .ingest import add_db_option


def register(sub) -> None:
    from ..export import EXPORT_TABLES, FORMATS

    p = sub.add_parser("export", help="export corpus tables (jsonl, csv, parquet, acled, plover)",
                       description="Export a corpus table. jsonl of documents writes full rasid.document/1 objects; "
                                   "acled and plover always export events.")
    add_db_option(p)
    p.add_argument("--format", "-f", choices=FORMATS, default="jsonl")
    p.add_argument("--table", "-t", choices=EXPORT_TABLES, default="documents")
    p.add_argument("--where", help="SQL condition on the table's columns, e.g. \"published >= '2019-08-01'\"")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("-o", "--output", default="-", help="output file (default stdout; required for parquet)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..export import export
    from ..store import open_store

    with open_store(args.db, readonly=True) as store:
        n = export(store, args.format, args.output, table=args.table, where=args.where, limit=args.limit)
    if args.output != "-":
        print(f"wrote {n:,} rows to {args.output}", file=sys.stderr)
    return 0
