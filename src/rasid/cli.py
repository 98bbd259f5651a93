"""The ``rasid`` command.  Sub-commands live in ``rasid.commands`` (one module each, discovered at
start-up); each module defines ``register(subparsers)`` and a handler returning an exit code.

Expected failures (:class:`RasidError`) print one line ``rasid: error E###: …`` and exit with 2.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import __version__
from .errors import RasidError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasid", description="Offline analysis of Arabic news: actors, events, places, dates, figures and sourced quotes.")
    parser.add_argument("--version", action="version", version=f"rasid {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        mod = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(mod, "register"):
            mod.register(sub)
    return parser


def subcommand_group(sub, name: str, help: str, description: str) -> argparse._SubParsersAction:
    """The sub-command group ``name`` (e.g. ``eval``): its sub-parsers action, so several command
    modules can each add a sub-command to it (``rasid eval times``, ``rasid eval ner``).  The group is
    created by whichever module registers first; later calls return the same action."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help, description=description)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=f"{name}_what", metavar="WHAT")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except RasidError as exc:
        print(f"rasid: {exc.oneline()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rasid: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = None  # type: ignore[assignment]
        finally:
            return 0


def entry() -> None:  # pragma: no cover
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
