"""``rasid.Corpus``: the Python face of the corpus layer (the CLI commands are thin wrappers of it).

>>> import rasid
>>> corpus = rasid.Corpus("news.db", components=["text"])        # doctest: +SKIP
>>> corpus.ingest(["articles/"], jobs=2).as_dict()                  # doctest: +SKIP
>>> corpus.search("وزير الخارجية", country="LY")                   # a pandas DataFrame  # doctest: +SKIP
>>> corpus.get("cairo_talks")                                      # a rasid Document      # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from .document import Document
from .errors import RasidError
from .ingest import dedup
from .store import Filters, open_store


def _frame(rows: list[dict[str, Any]]):
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        raise RasidError("E240", "DataFrames need pandas; use the store's list-returning methods instead") from None
    return pd.DataFrame(rows)


class Corpus:
    """A corpus database of analysed articles.

    ``components`` chooses the pipeline used by :meth:`ingest` and :meth:`add` (default: the full
    default pipeline).  Query methods return pandas DataFrames; :meth:`get` and iteration give Documents.
    """

    def __init__(self, path: str | Path, *, components: Iterable[str] | None = None, config: dict | None = None,
                 readonly: bool = False):
        self.store = open_store(path, readonly=readonly)
        self.path = getattr(self.store, "path", str(path))  # a PostgreSQL URL without its password
        self.components = tuple(components) if components is not None else None
        self.config = config
        self._pipeline = None

    # -- writing ------------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str] | str, *, jobs: int = 1, fields: dict | None = None,
               near_threshold: float | None = dedup.NEAR_THRESHOLD, progress: bool | None = False, **kw):
        """Ingest files, directories or globs; returns a :class:`~rasid.ingest.runner.Summary`."""
        from .ingest.runner import ingest

        if isinstance(paths, (str, Path)):
            paths = [str(paths)]
        return ingest(self.store, [str(p) for p in paths], components=self.components, config=self.config,
                      jobs=jobs, fields=fields, near_threshold=near_threshold, progress=progress, **kw)

    def add(self, text: str, **meta: Any) -> int:
        """Analyse and store one text (exactly once); returns its document id."""
        from .ingest.readers import Item
        from .ingest.runner import process_item
        from .pipeline import Pipeline

        if self._pipeline is None:
            self._pipeline = Pipeline(self.components, self.config)
        item = Item(origin=meta.pop("origin", None) or f"api:{dedup.content_hash(text)[:12]}", kind="api", text=text,
                    meta={k: v for k, v in meta.items() if v is not None})
        r = process_item(item, self._pipeline, lambda h: self.store.find_hash(h) is not None)
        if r[0] == "dup":
            return self.store.find_hash(r[2])
        if r[0] == "skip":
            raise RasidError(r[2], r[3])
        with self.store.transaction():
            res = self.store.add(r[1])
            self.store.record_source(item.origin, res.doc_id, res.status)
        return res.doc_id

    # -- reading ------------------------------------------------------------------------------
    def get(self, ref: int | str) -> Document:
        return self.store.get(ref)

    def __len__(self) -> int:
        return len(self.store)

    def __iter__(self) -> Iterator[Document]:
        for i in self.store.doc_ids():
            yield self.store.get(i)

    def search(self, query: str | None = None, *, limit: int = 20, offset: int = 0, **filters: Any):
        """Full-text search plus filters (actor, event_type, place, country, date_from, date_to,
        source_kind, outlet, input_kind) → DataFrame (id, doc_key, title, published, source, score, snippet)."""
        return _frame(self.store.search(query, Filters(**filters), limit=limit, offset=offset))

    def count(self, query: str | None = None, **filters: Any) -> int:
        return self.store.count(query, Filters(**filters))

    def actors(self, name: str | None = None, *, limit: int = 50):
        return _frame(self.store.actors(name, limit=limit))

    def events(self, *, limit: int = 1000, **filters: Any):
        return _frame(self.store.events(Filters(**filters), limit=limit))

    def table(self, name: str, where: str | None = None, *, limit: int | None = None):
        """Any readable table (documents, events, actors, quotes, places, …) as a DataFrame."""
        return _frame(list(self.store.rows(name, where, limit=limit)))

    def documents(self, where: str | None = None, *, limit: int | None = None):
        return self.table("documents", where, limit=limit)

    def quotes(self, where: str | None = None, *, limit: int | None = None):
        return self.table("quotes", where, limit=limit)

    def near_duplicates(self, ref: int | str) -> list[dict[str, Any]]:
        return self.store.near_duplicates(ref)

    def export(self, fmt: str, out, *, table: str = "documents", where: str | None = None) -> int:
        from .export import export

        return export(self.store, fmt, out, table=table, where=where)

    def stats(self) -> dict[str, int]:
        return self.store.stats()

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({self.path!r}, {len(self)} documents)"
