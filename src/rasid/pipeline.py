"""Components, the registry and the pipeline.

A component is a class registered by name with the layers it ``requires`` and ``assigns``::

    @register("places", requires=("entities",), assigns=("places",))
    class PlaceResolver:
        def __init__(self, config: dict): ...
        def __call__(self, doc: Document) -> None: ...   # adds annotations to doc

Building a :class:`Pipeline` checks the chain: every required layer must be assigned by an earlier
component, otherwise :class:`~rasid.errors.RasidError` E021 names what is missing and who provides it.
Components hold only read-only state built in ``__init__`` (compiled lexicons), so one pipeline can
process documents concurrently in threads, and batch workers build their own copy.
"""
from __future__ import annotations

import importlib
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator

from .document import Document, Meta
from .errors import RasidError

#: layers every document has before any component runs
BASE_LAYERS = ("text", "meta")


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Callable[[dict], Callable[[Document], None]]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    description: str


_REGISTRY: dict[str, ComponentInfo] = {}

#: the built-in pipeline, in order
DEFAULT_PIPELINE = ("text", "entities", "places", "actors", "quantities", "times", "quotes", "events")

#: modules whose import registers the built-in components
_COMPONENT_MODULES = (
    "rasid.extract.textlayer",
    "rasid.extract.entities",
    "rasid.extract.places",
    "rasid.extract.actors",
    "rasid.extract.quantities",
    "rasid.extract.times",
    "rasid.extract.quotes",
    "rasid.extract.events",
)


def register(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = (), description: str = ""):
    """Class decorator registering a component factory under ``name``."""

    def deco(factory):
        if name in _REGISTRY and _REGISTRY[name].factory is not factory:
            existing = _REGISTRY[name].factory
            if f"{existing.__module__}.{existing.__qualname__}" != f"{factory.__module__}.{factory.__qualname__}":
                raise RasidError("E022", f"component {name!r} is registered twice")
        doc = description or (factory.__doc__ or "").strip().split("\n")[0]
        _REGISTRY[name] = ComponentInfo(name, factory, tuple(requires), tuple(assigns), doc)
        return factory

    return deco


def _load_builtins() -> None:
    for mod in _COMPONENT_MODULES:
        importlib.import_module(mod)


def registry() -> dict[str, ComponentInfo]:
    """All registered components (built-ins are imported on first call)."""
    _load_builtins()
    return dict(_REGISTRY)


class Pipeline:
    """An ordered, checked chain of components."""

    def __init__(self, names: Iterable[str] | None = None, config: dict[str, dict] | None = None):
        reg = registry()
        self.names = tuple(names) if names is not None else DEFAULT_PIPELINE
        if config is not None and not isinstance(config, dict):
            raise RasidError("E023", f"pipeline config must be a mapping of component name to options, "
                                     f"got {type(config).__name__}")
        for k, v in (config or {}).items():
            if not isinstance(v, dict):
                raise RasidError("E023", f"options of component {k!r} must be a mapping, got {type(v).__name__}")
        self.config = {k: dict(v) for k, v in (config or {}).items()}
        provided = set(BASE_LAYERS)
        seen: set[str] = set()
        for name in self.names:
            if name not in reg:
                raise RasidError("E020", f"unknown component {name!r}; registered: {', '.join(sorted(reg))}")
            if name in seen:
                raise RasidError("E022", f"component {name!r} appears twice in the pipeline")
            seen.add(name)
            info = reg[name]
            missing = [r for r in info.requires if r not in provided]
            if missing:
                providers = {m: sorted(c.name for c in reg.values() if m in c.assigns) for m in missing}
                detail = "; ".join(f"{m!r} (assigned by: {', '.join(p) or 'no component'})" for m, p in providers.items())
                raise RasidError("E021", f"component {name!r} requires {detail}, which no earlier component assigns")
            provided.update(info.assigns)
        self.provides = frozenset(provided)
        self.components: list[tuple[str, Callable[[Document], None]]] = [
            (name, reg[name].factory(self.config.get(name, {}))) for name in self.names
        ]

    def __call__(self, doc: Document, *, profile: bool = True) -> Document:
        for name, comp in self.components:
            t0 = time.perf_counter()
            comp(doc)
            if profile:
                doc.timings[name] = doc.timings.get(name, 0.0) + time.perf_counter() - t0
        return doc

    def analyze(self, text: str, **meta: Any) -> Document:
        return self(make_document(text, **meta))

    def pipe(self, texts: Iterable[str | Document | tuple[str, dict]], *, n_process: int = 1,
             chunksize: int = 8) -> Iterator[Document]:
        """Analyse many texts.  Items are strings, Documents or ``(text, meta)`` pairs.  With
        ``n_process > 1`` worker processes each build their own pipeline; order is preserved."""
        items = (_as_document(t) for t in texts)
        if n_process <= 1:
            for doc in items:
                yield self(doc)
            return
        with ProcessPoolExecutor(n_process, initializer=_worker_init, initargs=(self.names, self.config)) as ex:
            for data in ex.map(_worker_run, (d.to_dict() for d in items), chunksize=chunksize):
                yield Document.from_dict(data)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)})"


def make_document(text: str, **meta: Any) -> Document:
    published = meta.get("published")
    if published is not None and not isinstance(published, str):
        meta["published"] = published.isoformat()[:10]
    if meta.get("published"):
        _check_date(meta["published"])
    return Document(text, Meta.from_dict({k: v for k, v in meta.items() if v is not None}))


def _check_date(value: str) -> None:
    import datetime as _dt

    try:
        _dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RasidError("E008", f"published date {value!r} is not YYYY-MM-DD") from None


def _as_document(item) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, tuple):
        text, meta = item
        return make_document(text, **meta)
    return make_document(item)


_WORKER: Pipeline | None = None


def _worker_init(names, config) -> None:
    global _WORKER  # one pipeline per worker process, built once
    _WORKER = Pipeline(names, config)


def _worker_run(data: dict) -> dict:
    assert _WORKER is not None
    return _WORKER(Document.from_dict(data)).to_dict()


@lru_cache(maxsize=4)
def _cached_default(key: tuple = ()) -> Pipeline:
    return Pipeline()


def load(names: Iterable[str] | None = None, config: dict[str, dict] | None = None) -> Pipeline:
    """A pipeline; the default one is built once per process and reused."""
    if names is None and not config:
        return _cached_default()
    return Pipeline(names, config)


def analyze(text: str, published: str | None = None, title: str | None = None, **meta: Any) -> Document:
    """Analyse one Arabic text with the default pipeline."""
    return load().analyze(text, published=published, title=title, **meta)


def pipe(texts: Iterable, *, n_process: int = 1, **kw) -> Iterator[Document]:
    return load().pipe(texts, n_process=n_process, **kw)
