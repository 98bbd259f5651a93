"""The ``Store`` interface: what a corpus backend must provide.

:class:`~rasid.store.sqlite.SQLiteStore` is the default (one file).  A PostgreSQL backend implements the
same methods (same table and column names, ``tsvector`` over :func:`~rasid.store.textsearch.search_form`
in place of FTS5); nothing outside ``rasid.store`` touches SQL except the ``where`` strings users give
to :meth:`Store.rows`.

Writes happen in one process (the ingest driver); :meth:`Store.add` is idempotent on the content
hash, and a batch of adds inside :meth:`Store.transaction` is atomic, which is what makes an
interrupted ingest resumable.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..document import Document

#: tables (and views) that :meth:`Store.rows` and ``rasid export --table`` accept
TABLES = ("documents", "events", "actors", "quotes", "places", "document_actors", "near_duplicates", "sources")


@dataclass
class Prepared:
    """A document ready to store, with what the worker computed for it."""

    doc: Document
    content_hash: str
    minhash: bytes | None = None
    search_text: str = ""  # search form of the text (FTS)
    search_title: str = ""
    origin: str | None = None
    input_kind: str | None = None
    pipeline: tuple[str, ...] = ()


@dataclass
class AddResult:
    doc_id: int
    status: str  # "ingested" | "duplicate"
    near: list[tuple[int, float]] = field(default_factory=list)  # (doc_id, similarity)


@dataclass
class Filters:
    """Structured search filters (all optional, combined with AND)."""

    actor: str | None = None  # corpus actor id, name or alias
    event_type: str | None = None  # PLOVER type
    place: str | None = None  # place name (Arabic or English) or GeoNames id
    country: str | None = None  # ISO alpha-2 of a place mentioned or of an event's place
    date_from: str | None = None  # published >= (YYYY-MM-DD)
    date_to: str | None = None  # published <= (YYYY-MM-DD)
    source_kind: str | None = None  # a quote source kind: named anonymous institutional document outlet
    outlet: str | None = None  # meta.source
    input_kind: str | None = None  # txt html jsonl json rss stdin

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}


class Store(ABC):
    """A corpus of analysed documents."""

    schema_version: int

    @abstractmethod
    def transaction(self) -> AbstractContextManager: """Atomic block of writes."""

    @abstractmethod
    def find_hash(self, content_hash: str) -> int | None: """Document id with this content hash."""

    @abstractmethod
    def add(self, item: Prepared, *, near_threshold: float | None = None) -> AddResult:
        """Store a document once (keyed by content hash), its annotation layers, derived tables
        (actors merged into the corpus registry, events, quotes, places), FTS entry and near-duplicate
        links.  A document whose hash is present is not stored again (status ``duplicate``)."""

    @abstractmethod
    def record_source(self, origin: str, doc_id: int | None, status: str, reason: str | None = None) -> None:
        """Remember where an input item came from and what became of it."""

    @abstractmethod
    def source_doc(self, origin: str) -> int | None: """Document id recorded for an input origin."""

    @abstractmethod
    def get(self, ref: int | str) -> Document: """A stored Document by numeric id or key (E232)."""

    @abstractmethod
    def search(self, query: str | None = None, filters: Filters | None = None, *, limit: int = 20,
               offset: int = 0) -> list[dict[str, Any]]:
        """Documents matching a full-text query and filters, best first, with a snippet."""

    @abstractmethod
    def count(self, query: str | None = None, filters: Filters | None = None) -> int:
        """Number of documents matching a query and filters."""

    @abstractmethod
    def doc_ids(self) -> list[int]: """All document ids in insertion order."""

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def near_duplicates(self, ref: int | str) -> list[dict[str, Any]]:
        """Near-duplicate links (``doc_id``, ``similar_to``, ``similarity``) touching a document."""

    @abstractmethod
    def actors(self, name: str | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
        """Corpus actor registry, most frequent first; ``name`` filters by name or alias."""

    @abstractmethod
    def events(self, filters: Filters | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
        """Events (one row each) of the documents matching the filters."""

    @abstractmethod
    def rows(self, table: str, where: str | None = None, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Rows of a readable table (see :data:`TABLES`), optionally filtered by an SQL condition."""

    @abstractmethod
    def stats(self) -> dict[str, int]: """Counts per table."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
