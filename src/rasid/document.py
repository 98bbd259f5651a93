"""The rasid data model: a Document owns the original text; annotations are typed spans over it.

Every span carries ``start``/``end`` character offsets (Python string indices) into ``Document.text``,
which is never modified, so ``doc.text[start:end] == span.text`` always holds.  Serialisation uses the
versioned JSON schema ``rasid.document/1`` (see ``docs/schema.md`` and ``schema/rasid.document-1.schema.json``).

Annotation records are dataclasses.  Fields that a record does not declare are kept in ``extra`` and
written back out unchanged, so a newer producer's fields survive a round trip through an older reader.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from numbers import Integral
from typing import Any, ClassVar, Iterator

from .errors import RasidError

SCHEMA = "rasid.document/1"


def _clean(value: Any) -> Any:
    """Recursively turn dataclasses into JSON-ready values, dropping ``None`` and empty ``extra``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if f.name == "extra" or not f.repr:
                continue
            v = getattr(value, f.name)
            if v is None:
                continue
            out[f.name] = _clean(v)
        extra = getattr(value, "extra", None)
        if extra:
            for k, v in extra.items():
                out.setdefault(k, _clean(v))
        return out
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


class Record:
    """Mixin: JSON conversion for annotation dataclasses (unknown keys go to ``extra``)."""

    nested: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        return _clean(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        if not isinstance(data, dict):
            raise RasidError("E010", f"{cls.__name__} must be a JSON object, got {type(data).__name__}")
        names = {f.name for f in dataclasses.fields(cls) if f.init}
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for k, v in data.items():
            if k in names and k != "extra":
                sub = cls.nested.get(k)
                if sub is not None and v is not None:
                    v = [sub.from_dict(x) for x in v] if isinstance(v, list) else sub.from_dict(v)
                kwargs[k] = v
            else:
                extra[k] = v
        if "extra" in names:
            kwargs["extra"] = extra
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise RasidError("E010", f"bad {cls.__name__} record: {exc}") from None


@dataclass
class Span(Record):
    """A stretch of the original text."""

    start: int
    end: int
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Meta(Record):
    """Document metadata.  ``published`` is an ISO date (YYYY-MM-DD) or None when unknown."""

    published: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "ar"
    id: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        d = _clean(self)
        if not d.get("warnings"):
            d.pop("warnings", None)
        return d


@dataclass
class Sentence(Record):
    start: int
    end: int
    paragraph: int = 0
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Entity(Record):
    """A named-entity mention.  label: PER ORG GPE LOC FAC NORP EVENT."""

    start: int
    end: int
    text: str
    label: str
    actor_id: str | None = None
    score: float | None = None
    origin: str | None = None  # "lexicon", "rule", "model:<name>"
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Role(Record):
    """A title or role held by an actor, with the span where the text says so (when it does)."""

    title: str
    start: int | None = None
    end: int | None = None
    country: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Actor(Record):
    """One real-world entity in a document: a person, organisation, group or state."""

    id: str
    name: str
    type: str  # PER ORG GPE NORP ...
    country: str | None = None
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)
    sector: str | None = None
    wikidata: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    nested: ClassVar[dict[str, type]] = {"roles": Role}


@dataclass
class Place(Record):
    start: int
    end: int
    text: str
    geonameid: int | None = None
    name: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    admin1: str | None = None
    score: float | None = None
    reason: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Time(Record):
    """A temporal expression; ``value`` is ISO 8601 (date, week, month, year, interval a/b, duration P…)."""

    start: int
    end: int
    text: str
    value: str | None = None
    granularity: str | None = None
    approximate: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Quantity(Record):
    start: int
    end: int
    text: str
    value: float | int | None = None
    unit: str | None = None
    kind: str | None = None
    approximate: bool = False
    min: float | int | None = None
    max: float | int | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Source(Record):
    """Who a quote or claim is attributed to.  kind: named | anonymous | institutional | document | outlet."""

    text: str | None = None
    kind: str | None = None
    actor_id: str | None = None
    start: int | None = None
    end: int | None = None
    descriptors: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class Quote(Record):
    start: int
    end: int
    text: str
    kind: str  # direct | indirect
    cue: str | None = None
    source: Source | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    nested: ClassVar[dict[str, type]] = {"source": Source}


@dataclass
class Event(Record):
    id: str
    type: str
    mode: str | None = None
    context: str | list[str] | None = None
    source_actor: str | list[str] | None = None
    target_actor: str | list[str] | None = None
    place: Any = None
    date: Any = None
    figures: list[Any] = field(default_factory=list)
    modality: str = "asserted"
    evidence: dict[str, Any] | None = None
    attribution: dict[str, Any] | None = None
    cameo: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


#: The serialised annotation layers of schema rasid.document/1, in output order, with their record type.
LAYERS: dict[str, type] = {
    "sentences": Sentence,
    "entities": Entity,
    "actors": Actor,
    "places": Place,
    "times": Time,
    "quantities": Quantity,
    "quotes": Quote,
    "events": Event,
}


class Document:
    """Original text, metadata and annotation layers.

    ``text`` is read-only.  Derived views (``norm``, ``tokens``, ``paragraphs``) are attached by the
    text components and are not serialised: they are recomputed from ``text`` when needed.
    """

    __slots__ = ("_text", "meta", "layers", "views", "timings", "extra")

    def __init__(self, text: str, meta: Meta | dict | None = None, **meta_kw: Any):
        if not isinstance(text, str):
            raise RasidError("E011", f"Document text must be str, got {type(text).__name__}")
        self._text = text
        if meta is None:
            meta = Meta(**meta_kw) if meta_kw else Meta()
        elif isinstance(meta, dict):
            meta = Meta.from_dict({**meta, **meta_kw})
        self.meta: Meta = meta
        self.layers: dict[str, list] = {name: [] for name in LAYERS}
        self.views: dict[str, Any] = {}
        self.timings: dict[str, float] = {}
        self.extra: dict[str, Any] = {}

    # -- text -------------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    def span_text(self, start: int, end: int) -> str:
        return self._text[start:end]

    # -- layers -----------------------------------------------------------------------------------
    def __getattr__(self, name: str):
        # attribute access to layers: doc.entities, doc.places, ...
        if name in LAYERS:
            return self.layers[name]
        raise AttributeError(name)

    def add(self, layer: str, item: Any) -> Any:
        """Append an annotation to a layer, checking that its offsets fit the text and its surface."""
        if layer not in self.layers:
            self.layers[layer] = []
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if start is not None and end is not None:
            if not (0 <= start <= end <= len(self._text)):
                raise RasidError("E012", f"{layer}: span {start}:{end} lies outside the text (length {len(self._text)})")
            if hasattr(item, "text") and getattr(item, "text", None) in ("", None):
                item.text = self._text[start:end]
        self.layers[layer].append(item)
        return item

    def iter_spans(self) -> Iterator[tuple[str, Any]]:
        for name, items in self.layers.items():
            for it in items:
                if getattr(it, "start", None) is not None:
                    yield name, it

    # -- serialisation ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA, "meta": self.meta.to_dict(), "text": self._text}
        for name in LAYERS:
            out[name] = [it.to_dict() for it in self.layers.get(name, [])]
        for name, items in self.layers.items():
            if name not in LAYERS:
                out[name] = [it.to_dict() if isinstance(it, Record) else it for it in items]
        for k, v in self.extra.items():
            out.setdefault(k, _clean(v))
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        if not isinstance(data, dict):
            raise RasidError("E010", "a rasid document must be a JSON object")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise RasidError("E013", f"unsupported schema {schema!r}; this rasid reads {SCHEMA!r}")
        if not isinstance(data.get("text"), str):
            raise RasidError("E010", "document has no 'text' string")
        doc = cls(data["text"], Meta.from_dict(data.get("meta") or {}))
        for name, value in data.items():
            if name in ("schema", "meta", "text"):
                continue
            rec = LAYERS.get(name)
            if rec is not None:
                doc.layers[name] = [rec.from_dict(x) for x in (value or [])]
            else:
                doc.extra[name] = value
        bad = doc._offset_problems(surfaces=False)
        if bad:
            more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
            raise RasidError("E010", f"bad span offsets: {bad[0]}{more}")
        return doc

    @classmethod
    def from_json(cls, s: str) -> "Document":
        try:
            data = json.loads(s)
        except json.JSONDecodeError as exc:
            raise RasidError("E010", f"not valid JSON: {exc}") from None
        return cls.from_dict(data)

    def check_offsets(self) -> list[str]:
        """Return a list of problems: spans whose offsets are not integers inside the text, or whose
        ``text`` differs from ``doc.text[start:end]``."""
        return self._offset_problems(surfaces=True)

    def _offset_problems(self, surfaces: bool) -> list[str]:
        problems = []
        n = len(self._text)
        for name, it in self.iter_spans():
            start, end = it.start, it.end
            if not isinstance(start, Integral) or not isinstance(end, Integral):
                problems.append(f"{name} offsets {start!r}:{end!r} are not integers")
            elif not (0 <= start <= end <= n):
                problems.append(f"{name} {start}:{end} outside the text")
            elif surfaces:
                surface = getattr(it, "text", None)
                if surface is not None and surface != self._text[start:end]:
                    problems.append(f"{name} {start}:{end} {surface!r} != {self._text[start:end]!r}")
        return problems

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(v)}" for k, v in self.layers.items() if v)
        return f"<Document {len(self._text)} chars {counts}>"
