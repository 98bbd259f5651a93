"""``rasid analyze FILE|-``: analyse one article and print JSON or a text report."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import RasidError
from ..io import DEFAULT_MAX_BYTES, read_file, read_stream
from ..pipeline import DEFAULT_PIPELINE, Pipeline, make_document
from ..report import render_profile, render_text, to_visual


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that runs the pipeline."""
    p.add_argument("--components", help=f"comma-separated component names (default: {','.join(DEFAULT_PIPELINE)})")
    p.add_argument("--actors", metavar="FILE", help="extra actor dictionary (YAML) merged with the bundled one")
    p.add_argument("--ner-model", metavar="PATH", help="local NER model: a Hugging Face model directory or a rasid .crf file")


def pipeline_from_args(args) -> Pipeline:
    names = [n.strip() for n in args.components.split(",") if n.strip()] if getattr(args, "components", None) else None
    config: dict[str, dict] = {}
    if getattr(args, "actors", None):
        config.setdefault("actors", {})["actors_file"] = args.actors
        config.setdefault("entities", {})["actors_file"] = args.actors
    if getattr(args, "ner_model", None):
        config.setdefault("entities", {})["model"] = args.ner_model
    return Pipeline(names, config)


def read_input(args) -> tuple[str, str, list[str], str | None]:
    """Read ``args.file`` (a path, or - for stdin) with the options ``--max-bytes``, ``--encoding`` and
    ``--allow-non-arabic`` when the command has them: (text, encoding, warnings, document id)."""
    max_bytes = getattr(args, "max_bytes", DEFAULT_MAX_BYTES)
    if max_bytes <= 0:
        raise RasidError("E006", f"--max-bytes must be a positive number of bytes, got {max_bytes}")
    kw = dict(max_bytes=max_bytes, encoding=getattr(args, "encoding", None),
              allow_non_arabic=getattr(args, "allow_non_arabic", False))
    if args.file == "-":
        text, enc, warnings = read_stream(sys.stdin.buffer, **kw)
        return text, enc, warnings, None
    text, enc, warnings = read_file(args.file, **kw)
    return text, enc, warnings, Path(args.file).stem


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse one article (file or - for stdin)",
                       description="Analyse one Arabic article and print a rasid.document/1 JSON object or a text report.")
    p.add_argument("file", help="article file (.txt or .html; UTF-8, UTF-16 with BOM or windows-1256), or - for stdin")
    p.add_argument("--published", help="publication date YYYY-MM-DD (anchors relative dates)")
    p.add_argument("--title", help="headline")
    p.add_argument("--source", help="outlet name")
    p.add_argument("--url", help="article URL")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--display", choices=("logical", "visual"), default="logical",
                   help="text format: 'logical' for terminals with bidi support (most), 'visual' reorders and shapes "
                        "Arabic for terminals without it (xterm, basic consoles)")
    p.add_argument("--compact", action="store_true", help="one-line JSON")
    p.add_argument("--profile", action="store_true", help="print per-component timings to stderr")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"refuse larger inputs (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--encoding", help="force the input encoding (default: detect)")
    p.add_argument("--allow-non-arabic", action="store_true", help="analyse text even if it is not Arabic")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    add_pipeline_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    text, enc, warnings, name = read_input(args)
    doc = make_document(text, published=args.published, title=args.title, source=args.source, url=args.url, id=name,
                        encoding=enc)
    doc.meta.warnings.extend(warnings)
    if not args.published:
        doc.meta.warnings.append("no --published date: relative dates are left unresolved")
    pipeline = pipeline_from_args(args)
    pipeline(doc)
    if args.format == "json":
        out = doc.to_json(indent=None if args.compact else 2) + "\n"
    else:
        out = render_text(doc, profile=args.profile)
        if args.display == "visual":
            out = to_visual(out)
    if args.output:
        try:
            Path(args.output).write_text(out, encoding="utf-8")
        except OSError as exc:
            raise RasidError("E014", f"cannot write {args.output}: {exc.strerror or exc}") from None
    else:
        sys.stdout.write(out)
        sys.stdout.flush()
    if args.profile:
        sys.stderr.write(render_profile(doc))
    return 0
