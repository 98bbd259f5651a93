"""``rasid components`` and ``rasid lexicons``: what the installed rasid contains."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("components", help="list the registered pipeline components",
                       description="List registered components with the layers they require and assign.")
    p.set_defaults(func=run_components)
    p = sub.add_parser("lexicons", help="list the bundled lexicon data files with their versions",
                       description="List the bundled lexicon files (name, version, entries, path).")
    p.set_defaults(func=run_lexicons)


def run_components(args) -> int:
    from ..pipeline import DEFAULT_PIPELINE, registry

    for name, info in registry().items():
        mark = "*" if name in DEFAULT_PIPELINE else " "
        print(f"{mark} {name:<12} requires: {', '.join(info.requires) or '-':<40} assigns: {', '.join(info.assigns)}")
        if info.description:
            print(f"  {'':<12} {info.description}")
    print("(* = in the default pipeline)")
    return 0


def run_lexicons(args) -> int:
    from ..lexicon.loader import list_lexicons, read_tsv, read_yaml

    for path in list_lexicons():
        lex = read_tsv(path) if path.suffix == ".tsv" else read_yaml(path)
        print(f"{lex.name:<28} v{lex.version:<6} {len(lex.rows):>6} entries  {path.name}")
    return 0
