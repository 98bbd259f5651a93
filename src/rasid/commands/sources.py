"""``rasid sources FILE|-``: who said what in one article, and how much of it rests on unnamed sources."""
from __future__ import annotations

import json
import sys

from ..io import DEFAULT_MAX_BYTES
from ..pipeline import make_document
from .analyze import add_pipeline_options, pipeline_from_args, read_input

_DESC_ORDER = ("nationality", "role", "seniority", "count", "affiliation", "document", "issuer", "outlet")


def register(sub) -> None:
    p = sub.add_parser("sources", help="list the quotes of one article with their sources and its sourcing profile",
                       description="Analyse one article and list every quote (direct or indirect) with its cue and "
                                   "source (named, institutional, anonymous with descriptors, document, outlet), "
                                   "then the sourcing profile: counts per source kind and the anonymous share.")
    p.add_argument("file", help="article file, or - for stdin")
    p.add_argument("--published", help="publication date YYYY-MM-DD")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger inputs")
    p.add_argument("--encoding", help="force the input encoding (default: detect)")
    add_pipeline_options(p)
    p.set_defaults(func=run)


def _describe(src) -> str:
    if src is None:
        return "unattributed"
    d = src.descriptors or {}
    bits = [f"{k}={d[k]}" for k in _DESC_ORDER if d.get(k)]
    actor = f" [{src.actor_id}]" if src.actor_id else ""
    return f"{src.kind}: {src.text or ''}{actor}" + (f" ({', '.join(bits)})" if bits else "")


def render(doc) -> str:
    lines = []
    for q in doc.quotes:
        head = " ".join(q.text.split()[:10])
        flags = " pull-quote" if q.extra.get("pullquote") else ""
        to = f" → {q.extra['addressee']}" if q.extra.get("addressee") else ""
        lines.append(f"{q.kind:8s} {q.cue or '-'}{to}{flags}\n    {_describe(q.source)}\n    «{head}{' …' if len(q.text.split()) > 10 else ''}»")
    prof = doc.extra.get("sourcing", {})
    kinds = ", ".join(f"{k} {v}" for k, v in prof.get("by_source_kind", {}).items())
    lines.append(f"\n{prof.get('quotes', 0)} quotes ({prof.get('direct', 0)} direct, {prof.get('indirect', 0)} indirect"
                 f", {prof.get('pullquotes', 0)} pull quotes); sources: {kinds or 'none'}; "
                 f"anonymous share {prof.get('anonymous_share', 0.0):.0%}")
    return "\n".join(lines) + "\n"


def run(args) -> int:
    text, enc, _, name = read_input(args)
    doc = make_document(text, published=args.published, id=name, encoding=enc)
    pipeline_from_args(args)(doc)
    if args.format == "json":
        data = doc.to_dict()
        out = json.dumps({"quotes": data["quotes"], "sourcing": data.get("sourcing", {})}, ensure_ascii=False, indent=2) + "\n"
    else:
        out = render(doc)
    sys.stdout.write(out)
    return 0
