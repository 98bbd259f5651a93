"""Loading versioned lexicon data files.

Lexicons live in ``rasid/data`` as TSV (one entry per line) or YAML (structured entries).  Every file
starts with a header of ``# key: value`` comment lines (name, version, description, changelog) that a
linguist can read and edit; see ``docs/lexicons.md``.  A TSV file's first non-comment line names its
columns.  Loaded lexicons are cached per process (read-only, so safe to share between components).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import RasidError

_HEADER_RE = re.compile(r"^#\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$")


@dataclass(frozen=True)
class Lexicon:
    name: str
    version: str
    path: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    header: dict[str, str] = field(default_factory=dict)
    data: Any = None  # YAML payload (for YAML lexicons)

    def column(self, name: str) -> list[str]:
        return [r.get(name, "") for r in self.rows]


def data_path(name: str) -> Path:
    """Path of a bundled data file (``name`` relative to ``rasid/data``)."""
    p = Path(str(resources.files("rasid") / "data" / name))
    if not p.exists():
        raise RasidError("E030", f"bundled lexicon {name!r} not found at {p}")
    return p


def list_lexicons() -> list[Path]:
    root = Path(str(resources.files("rasid") / "data"))
    return sorted(p for p in root.rglob("*") if p.suffix in (".tsv", ".yaml", ".yml"))


def _parse_header(lines: list[str]) -> dict[str, str]:
    header: dict[str, str] = {}
    for line in lines:
        m = _HEADER_RE.match(line)
        if m:
            header.setdefault(m.group(1).lower(), m.group(2).strip())
    return header


def _read_text(path: Path) -> str:
    """The UTF-8 text of a lexicon file; a missing, unreadable or non-UTF-8 file is a RasidError."""
    if not path.exists():
        raise RasidError("E030", f"lexicon file {path} not found")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RasidError("E031", f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise RasidError("E031", f"{path}: cannot be read ({exc.strerror or exc})") from None


def read_tsv(path: str | os.PathLike) -> Lexicon:
    path = Path(path)
    text = _read_text(path)
    comments, body = [], []
    for line in text.splitlines():
        (comments if line.startswith("#") else body).append(line)
    header = _parse_header(comments)
    body = [b for b in body if b.strip()]
    if not body:
        return Lexicon(header.get("name", path.stem), header.get("version", "0"), str(path), (), (), header)
    columns = tuple(c.strip() for c in body[0].split("\t"))
    rows = []
    for lineno, line in enumerate(body[1:], start=2):
        cells = line.split("\t")
        if len(cells) > len(columns):
            raise RasidError("E031", f"{path}: data line {lineno} has {len(cells)} fields, header has {len(columns)}")
        cells += [""] * (len(columns) - len(cells))
        rows.append({c: v.strip() for c, v in zip(columns, cells)})
    return Lexicon(header.get("name", path.stem), header.get("version", "0"), str(path), columns, tuple(rows), header)


def read_yaml(path: str | os.PathLike) -> Lexicon:
    path = Path(path)
    text = _read_text(path)
    header = _parse_header([l for l in text.splitlines() if l.startswith("#")])
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RasidError("E031", f"{path}: {' '.join(str(exc).split())}") from None
    rows: tuple = ()
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        rows = tuple(data["entries"])
    elif isinstance(data, list):
        rows = tuple(data)
    return Lexicon(header.get("name", path.stem), header.get("version", "0"), str(path), (), rows, header, data)


@lru_cache(maxsize=None)
def load_tsv(name: str) -> Lexicon:
    """Load a bundled TSV lexicon by file name (cached)."""
    return read_tsv(data_path(name))


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Lexicon:
    """Load a bundled YAML lexicon by file name (cached)."""
    return read_yaml(data_path(name))
