"""The actor dictionary (``data/actors.yaml`` plus an optional user file).

An entry: ``id``, ``name``, ``type`` (PER/ORG), ``country``, ``sector``, ``aliases`` (full names that
alone identify the actor), ``surnames`` (short forms usable once the actor is in context), ``roles``
(``title``, ``class``, ``country``, ``from``, ``to``), ``parent`` (the organisation a branch or wing belongs
to) and ``wikidata``.  A user file in the same format
(``--actors FILE``) is merged: an entry with an existing id replaces the bundled one.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

import yaml

from ..errors import RasidError
from ..lexicon import data_path
from ..lexicon.matcher import fold_key

#: the C YAML parser when PyYAML has it (the bundled dictionary loads ~20x faster)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TYPES = {"PER", "ORG", "GPE", "NORP"}


@dataclass(frozen=True)
class DictRole:
    title: str
    cls: str | None
    country: str | None
    start: str | None
    end: str | None

    def holds_on(self, day: str | None) -> bool:
        if not day:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class DictActor:
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    surnames: tuple[str, ...]
    roles: tuple[DictRole, ...]
    wikidata: str | None = None
    tokens: tuple[tuple[str, ...], ...] = field(default=())  # folded token tuples of name + aliases
    parent: str | None = None  # id of the organisation a branch or armed wing belongs to

    def roles_on(self, day: str | None) -> list[DictRole]:
        return [r for r in self.roles if r.holds_on(day)]

    def role_classes(self, day: str | None) -> set[str]:
        return {r.cls for r in self.roles_on(day) if r.cls}


def _date(v: Any, where: str) -> str | None:
    if v in (None, "", "null"):
        return None
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    try:
        return _dt.date.fromisoformat(str(v)).isoformat()
    except ValueError:
        raise RasidError("E101", f"{where}: bad date {v!r} (use YYYY-MM-DD)") from None


def _parse_entry(e: Any, where: str) -> DictActor:
    if not isinstance(e, dict):
        raise RasidError("E100", f"{where}: an actor entry must be a mapping, got {type(e).__name__}")
    aid = str(e.get("id") or "").strip()
    name = str(e.get("name") or "").strip()
    if not aid or not name:
        raise RasidError("E100", f"{where}: actor entry needs 'id' and 'name' ({e!r:.80})")
    typ = str(e.get("type") or "PER").upper()
    if typ not in _TYPES:
        raise RasidError("E100", f"{where}: actor {aid!r} has unknown type {typ!r} (use PER, ORG, GPE or NORP)")
    roles = []
    for r in e.get("roles") or []:
        if not isinstance(r, dict) or not r.get("title"):
            raise RasidError("E100", f"{where}: actor {aid!r} has a role without a title")
        roles.append(DictRole(str(r["title"]), r.get("class") or None, r.get("country") or e.get("country") or None,
                              _date(r.get("from"), f"{where} {aid}"), _date(r.get("to"), f"{where} {aid}")))
    aliases = [name] + [str(a) for a in (e.get("aliases") or [])]
    aliases = tuple(dict.fromkeys(a.strip() for a in aliases if str(a).strip()))
    surnames = tuple(dict.fromkeys(str(s).strip() for s in (e.get("surnames") or []) if str(s).strip()))
    tokens = tuple(tuple(fold_key(a).split()) for a in aliases)
    return DictActor(aid, name, typ, (e.get("country") or None), e.get("sector") or None, aliases, surnames,
                     tuple(roles), e.get("wikidata") or None, tokens, str(e.get("parent") or "").strip() or None)


class ActorDictionary:
    """Actors by id, plus folded alias and surname indexes."""

    def __init__(self, actors: list[DictActor]):
        self.actors: dict[str, DictActor] = {}
        for a in actors:
            self.actors[a.id] = a  # later entries (user file) replace earlier ones
        self.by_alias: dict[str, str] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.by_last: dict[str, list[str]] = {}  # last token of a full alias -> actor ids
        for a in self.actors.values():
            for al in a.aliases:
                self.by_alias.setdefault(fold_key(al), a.id)
                toks = fold_key(al).split()
                if a.type == "PER" and len(toks) > 1:
                    self.by_last.setdefault(toks[-1], [])
                    if a.id not in self.by_last[toks[-1]]:
                        self.by_last[toks[-1]].append(a.id)
            for s in a.surnames:
                self.by_surname.setdefault(fold_key(s), []).append(a.id)

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> DictActor | None:
        return self.actors.get(actor_id)

    def surfaces(self) -> Iterator[tuple[str, str, str]]:
        """(surface, actor id, 'alias'|'surname') for the matcher."""
        for a in self.actors.values():
            for al in a.aliases:
                yield al, a.id, "alias"
            for s in a.surnames:
                yield s, a.id, "surname"


def read_entries(path) -> list[DictActor]:
    """Parse an actor file (a mapping with ``entries:`` or a bare list of actors)."""
    from pathlib import Path

    p = Path(path)
    if not p.exists():
        raise RasidError("E030", f"actor file {p} not found")
    try:
        data = yaml.load(p.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise RasidError("E031", f"{p}: {' '.join(str(exc).split())}") from None
    except ValueError as exc:  # a date-like value YAML cannot build (2019-13-45)
        raise RasidError("E101", f"{p}: bad date ({exc})") from None
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        rows = data["entries"]
    elif isinstance(data, list):
        rows = data
    elif data is None:
        rows = []
    else:
        raise RasidError("E100", f"{p}: an actor file holds a mapping with 'entries:' or a list of actors")
    return [_parse_entry(e, f"{p.name} entry {i + 1}") for i, e in enumerate(rows)]


@lru_cache(maxsize=8)
def load_dictionary(actors_file: str | None = None) -> ActorDictionary:
    """The bundled dictionary, extended by ``actors_file`` when given (cached per path)."""
    actors = read_entries(data_path("actors.yaml"))
    if actors_file:
        actors += read_entries(actors_file)
    return ActorDictionary(actors)
