"""``rasid search``, ``rasid actors``, ``rasid events``, ``rasid show``: query a corpus database."""
from __future__ import annotations

import json

from .ingest import add_db_option


def _add_filters(p) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--actor", help="corpus actor id, name or alias")
    g.add_argument("--event-type", help="PLOVER event type (ASSAULT, CONSULT, …)")
    g.add_argument("--place", help="place name (Arabic or English) or GeoNames id")
    g.add_argument("--country", help="ISO alpha-2 code of a place mentioned")
    g.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    g.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    g.add_argument("--source-kind", help="documents quoting a source of this kind (named, anonymous, institutional, document, outlet)")
    g.add_argument("--outlet", help="publishing outlet (meta.source)")
    g.add_argument("--input-kind", help="input type (txt, html, jsonl, json, rss, stdin)")


def _filters(args):
    from ..store import Filters

    return Filters(actor=args.actor, event_type=args.event_type, place=args.place, country=args.country,
                   date_from=args.date_from, date_to=args.date_to, source_kind=args.source_kind,
                   outlet=args.outlet, input_kind=args.input_kind)


def _open(args):
    from ..store import open_store

    return open_store(args.db, readonly=True)


def register(sub) -> None:
    p = sub.add_parser("search", help="full-text search of a corpus with filters",
                       description="Search the corpus: Arabic full text (orthographic variants, diacritics and "
                                   "attached clitics do not matter; \"…\" for phrases; AND/OR/NOT; word* for "
                                   "prefixes) combined with structured filters.")
    p.add_argument("query", nargs="?", default=None, help="search words (omit to list by filters only)")
    add_db_option(p)
    _add_filters(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true", help="JSON lines output")
    p.set_defaults(func=run_search)

    p = sub.add_parser("actors", help="list the corpus actor registry",
                       description="List corpus-level actors (merged across documents by id and alias), most frequent first.")
    p.add_argument("name", nargs="?", help="filter by name or alias")
    add_db_option(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_actors)

    p = sub.add_parser("events", help="list events stored in a corpus",
                       description="List events (one row each) of the documents matching the filters.")
    add_db_option(p)
    _add_filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_events)

    p = sub.add_parser("show", help="print one stored document (rasid.document/1 JSON or a text report)",
                       description="Print a stored document by numeric id or key.")
    p.add_argument("id", help="document id or key")
    add_db_option(p)
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.set_defaults(func=run_show)


def _emit(rows, args, columns) -> None:
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    for r in rows:
        print("  ".join(str(r.get(c)) if r.get(c) is not None else "-" for c in columns))


def run_search(args) -> int:
    with _open(args) as store:
        f = _filters(args)
        rows = store.search(args.query, f, limit=args.limit, offset=args.offset)
        if args.json:
            _emit(rows, args, ())
            return 0
        total = store.count(args.query, f)
        print(f"{total:,} documents" + (f" (showing {len(rows)})" if total > len(rows) else ""))
        for r in rows:
            print(f"[{r['id']}] {r['doc_key']}  {r.get('published') or '-'}  {r.get('source') or ''}  {r.get('title') or ''}".rstrip())
            if r.get("snippet"):
                print(f"    {r['snippet']}")
    return 0


def run_actors(args) -> int:
    with _open(args) as store:
        rows = store.actors(args.name, limit=args.limit)
        if args.json:
            _emit(rows, args, ())
        else:
            for r in rows:
                print(f"{r['id']:<32} {r['type'] or '-':<5} {r['country'] or '-':<3} docs {r['n_docs']:>6} "
                      f"mentions {r['n_mentions']:>7}  {r['name']}")
    return 0


def run_events(args) -> int:
    with _open(args) as store:
        rows = store.events(_filters(args), limit=args.limit)
        _emit(rows, args, ("doc_key", "published", "type", "mode", "source_actor", "target_actor", "place_name",
                           "date", "modality", "evidence_text"))
    return 0


def run_show(args) -> int:
    with _open(args) as store:
        doc = store.get(args.id)
    doc.extra.pop("corpus", None)
    if args.format == "json":
        print(doc.to_json())
    else:
        from ..report import render_text

        print(render_text(doc))
    return 0
