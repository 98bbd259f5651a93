"""SQLite corpus store: one file, WAL journal, versioned schema with migrations, FTS5 search.

Tables (readable in Datasette / sqlite-utils; the ``v_*`` views join in names and titles):

* ``documents`` — one row per distinct article (``content_hash`` unique), metadata and original text;
* ``annotations`` — the document's annotation layers as JSON, one row per (document, layer), so
  :meth:`SQLiteStore.get` rebuilds the exact ``rasid.document/1`` object;
* ``actors`` / ``actor_aliases`` — the corpus-level actor registry; ``document_actors`` links each
  document actor to its registry entry;
* ``events``, ``quotes``, ``places`` — one row per record, with offsets and the evidence text;
* ``sources`` — every input item (file, JSON Lines record, feed entry) and what became of it;
* ``near_duplicates`` and ``lsh`` — near-duplicate links and the MinHash band index;
* ``documents_fts`` — FTS5 index (rowid = documents.id) over the search form of title and text.

``PRAGMA user_version`` holds the schema version; :data:`MIGRATIONS` brings older files up to date
when they are opened, and a newer file is refused (E230).
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..document import Document, Meta
from ..errors import RasidError
from ..ingest import dedup
from ..text import fold, normalize
from .base import TABLES, AddResult, Filters, Prepared, Store
from .records import (EVENT_COLS, LOCAL_ID_RE, PLACE_COLS, QUOTE_COLS, VIEWS_V2, annotation_rows, columns,
                      event_rows, place_rows, quote_rows)
from .queries import QueryMixin
from .records import norm_name as _norm_name
from .records import now as _now
from .records import to_json as _json
from .textsearch import fts_query, search_form

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT, published TEXT, source TEXT, url TEXT,
  input_kind TEXT, origin TEXT, encoding TEXT,
  n_chars INTEGER, pipeline TEXT, added_at TEXT,
  meta TEXT, text TEXT NOT NULL, minhash BLOB
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source);
CREATE TABLE annotations (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  layer TEXT NOT NULL, n INTEGER, data TEXT,
  PRIMARY KEY (doc_id, layer)
) WITHOUT ROWID;
CREATE TABLE sources (
  origin TEXT PRIMARY KEY, doc_id INTEGER, status TEXT, reason TEXT, seen_at TEXT
);
CREATE TABLE near_duplicates (
  doc_id INTEGER NOT NULL, similar_to INTEGER NOT NULL, similarity REAL,
  PRIMARY KEY (doc_id, similar_to)
);
CREATE TABLE lsh (key INTEGER NOT NULL, doc_id INTEGER NOT NULL);
CREATE INDEX lsh_key ON lsh(key);
CREATE TABLE actors (
  id TEXT PRIMARY KEY, name TEXT, type TEXT, country TEXT, aliases TEXT,
  n_docs INTEGER DEFAULT 0, n_mentions INTEGER DEFAULT 0, first_seen TEXT, last_seen TEXT
);
CREATE TABLE actor_aliases (
  alias TEXT NOT NULL, type TEXT NOT NULL, actor_id TEXT NOT NULL,
  PRIMARY KEY (alias, type, actor_id)
) WITHOUT ROWID;
CREATE TABLE document_actors (
  doc_id INTEGER NOT NULL, local_id TEXT NOT NULL, actor_id TEXT NOT NULL,
  name TEXT, type TEXT, country TEXT, n_mentions INTEGER, roles TEXT,
  PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX document_actors_actor ON document_actors(actor_id);
CREATE TABLE events (
  doc_id INTEGER NOT NULL, event_id TEXT NOT NULL, type TEXT, mode TEXT, context TEXT,
  source_actor TEXT, target_actor TEXT, place_name TEXT, geonameid INTEGER, country_code TEXT,
  admin1 TEXT, lat REAL, lon REAL, date TEXT, fatalities REAL, figures TEXT, modality TEXT,
  evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
  attribution_kind TEXT, attribution TEXT, cameo TEXT,
  PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX events_type ON events(type);
CREATE TABLE quotes (
  doc_id INTEGER NOT NULL, n INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, kind TEXT, cue TEXT,
  source_text TEXT, source_kind TEXT, source_actor TEXT, descriptors TEXT,
  PRIMARY KEY (doc_id, n)
);
CREATE INDEX quotes_source_kind ON quotes(source_kind);
CREATE TABLE places (
  doc_id INTEGER NOT NULL, n INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, norm TEXT,
  geonameid INTEGER, name TEXT, country_code TEXT, lat REAL, lon REAL, feature_code TEXT, admin1 TEXT,
  PRIMARY KEY (doc_id, n)
);
CREATE INDEX places_norm ON places(norm);
CREATE INDEX places_country ON places(country_code);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
"""),
    (2, VIEWS_V2.format(near_agg="(SELECT group_concat(similar_to) FROM near_duplicates n WHERE n.doc_id = d.id)")),
    (3, """
ALTER TABLE events ADD COLUMN date_text TEXT;
DROP VIEW v_events;
CREATE VIEW v_events AS
  SELECT e.*, d.doc_key, d.title, d.published, d.source, d.url FROM events e JOIN documents d ON d.id = e.doc_id;
"""),
    (4, """
ALTER TABLE events ADD COLUMN acled TEXT;
DROP VIEW v_events;
CREATE VIEW v_events AS
  SELECT e.*, d.doc_key, d.title, d.published, d.source, d.url FROM events e JOIN documents d ON d.id = e.doc_id;
"""),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

#: ``rasid export --table`` name -> the view or table read
TABLE_SOURCES = {"documents": "v_documents", "events": "v_events", "quotes": "v_quotes", "actors": "actors",
                 "places": "places", "document_actors": "document_actors", "near_duplicates": "near_duplicates",
                 "sources": "sources", "actor_mentions": "v_actor_mentions"}

#: document-local actor ids (as opposed to stable dictionary ids such as ``haftar_khalifa``)
_LOCAL_ID_RE = LOCAL_ID_RE

#: candidates checked per new document (bounds the near-duplicate cost on template-heavy corpora)
MAX_NEAR_CANDIDATES = 200


class SQLiteStore(QueryMixin, Store):
    """The default corpus backend (see the module docstring for the tables)."""

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 30.0):
        self.path = str(path)
        self.readonly = readonly
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise RasidError("E231", f"{self.path}: no such corpus database")
                self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=timeout,
                                            isolation_level=None, check_same_thread=False)
            else:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.row_factory = sqlite3.Row
            self.schema_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise RasidError("E231", f"{self.path}: {exc}") from None
        if self.schema_version > SCHEMA_VERSION:
            raise RasidError("E230", f"{self.path} has schema version {self.schema_version}; this rasid reads up to {SCHEMA_VERSION}")
        if not readonly:
            self.migrate()
        elif self.schema_version < SCHEMA_VERSION and os.access(self.path, os.W_OK):
            SQLiteStore(self.path).close()  # bring an older file up to date before reading it
            self.schema_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        self._in_tx = False

    # -- schema ------------------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction.  Returns the versions applied."""
        applied = []
        for version, sql in MIGRATIONS:
            if version <= self.schema_version:
                continue
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                # re-read inside the lock: another process may have migrated meanwhile
                if self.conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                    self.conn.execute("ROLLBACK")
                    continue
                for stmt in _statements(sql):
                    self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version = {version}")
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self.conn.execute("ROLLBACK")
                raise RasidError("E231", f"{self.path}: migration to schema {version} failed: {exc}") from None
            applied.append(version)
        self.schema_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return applied

    # -- writing -----------------------------------------------------------------------------------
    @contextmanager
    def transaction(self):
        if self._in_tx:
            yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._in_tx = False

    def find_hash(self, content_hash: str) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def source_doc(self, origin: str) -> int | None:
        row = self.conn.execute("SELECT doc_id FROM sources WHERE origin = ?", (origin,)).fetchone()
        return row[0] if row else None

    def record_source(self, origin: str, doc_id: int | None, status: str, reason: str | None = None) -> None:
        self.conn.execute("INSERT INTO sources(origin, doc_id, status, reason, seen_at) VALUES (?,?,?,?,?) "
                          "ON CONFLICT(origin) DO UPDATE SET doc_id=excluded.doc_id, status=excluded.status, "
                          "reason=excluded.reason, seen_at=excluded.seen_at", (origin, doc_id, status, reason, _now()))

    def add(self, item: Prepared, *, near_threshold: float | None = dedup.NEAR_THRESHOLD) -> AddResult:
        with self.transaction():
            existing = self.find_hash(item.content_hash)
            if existing is not None:
                return AddResult(existing, "duplicate")
            doc = item.doc
            m = doc.meta
            key = self._unique_key(m.id or (Path(item.origin).stem if item.origin else None) or item.content_hash[:12],
                                   item.content_hash)
            meta = m.to_dict()
            cur = self.conn.execute(
                "INSERT INTO documents(doc_key, content_hash, title, published, source, url, input_kind, origin, "
                "encoding, n_chars, pipeline, added_at, meta, text, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (key, item.content_hash, m.title, m.published, m.source, m.url, item.input_kind, item.origin,
                 m.encoding, len(doc.text), ",".join(item.pipeline), _now(), _json(meta), doc.text, item.minhash))
            doc_id = cur.lastrowid
            self.conn.executemany("INSERT INTO annotations(doc_id, layer, n, data) VALUES (?,?,?,?)",
                                  annotation_rows(doc_id, doc))
            self.conn.execute("INSERT INTO documents_fts(rowid, title, body) VALUES (?,?,?)",
                              (doc_id, item.search_title or search_form(m.title or ""),
                               item.search_text or search_form(doc.text)))
            ids = self._add_actors(doc_id, doc)
            self._add_places(doc_id, doc)
            self._add_quotes(doc_id, doc, ids)
            self._add_events(doc_id, doc, ids)
            near = self._near_duplicates(doc_id, item.minhash, near_threshold) if item.minhash else []
            return AddResult(doc_id, "ingested", near)

    def _unique_key(self, key: str, content_hash: str) -> str:
        key = str(key)
        if self.conn.execute("SELECT 1 FROM documents WHERE doc_key = ?", (key,)).fetchone():
            key = f"{key}-{content_hash[:8]}"
        return key

    def _add_actors(self, doc_id: int, doc: Document) -> dict[str, str]:
        """Merge the document's actors into the registry; returns local id -> registry id."""
        ids: dict[str, str] = {}
        rows = []
        seen_actor: set[str] = set()
        for a in doc.layers.get("actors", []):
            names = [a.name] + [x for x in (a.aliases or []) if isinstance(x, str)]
            norms = [n for n in dict.fromkeys(_norm_name(x) for x in names) if n]
            atype = a.type or "?"
            stable = bool(a.id) and not _LOCAL_ID_RE.match(str(a.id))
            target = None
            if stable and self.conn.execute("SELECT 1 FROM actors WHERE id = ?", (a.id,)).fetchone():
                target = a.id
            if target is None and norms:
                q = ",".join("?" * len(norms))
                row = self.conn.execute(
                    f"SELECT actor_id FROM actor_aliases WHERE type = ? AND alias IN ({q}) "
                    f"ORDER BY (SELECT n_docs FROM actors WHERE id = actor_id) DESC LIMIT 1", (atype, *norms)).fetchone()
                if row and not stable:  # a stable (dictionary) id always keeps its own entry
                    target = row[0]
            published = doc.meta.published
            if target is None:
                target = a.id if stable else f"{atype.lower()}:{norms[0] if norms else a.id}"
                if self.conn.execute("SELECT 1 FROM actors WHERE id = ?", (target,)).fetchone() is None:
                    self.conn.execute("INSERT INTO actors(id, name, type, country, aliases, n_docs, n_mentions, first_seen, "
                                      "last_seen) VALUES (?,?,?,?,?,0,0,?,?)",
                                      (target, a.name, atype, a.country, None, published, published))
            ids[a.id] = target
            self.conn.executemany("INSERT OR IGNORE INTO actor_aliases(alias, type, actor_id) VALUES (?,?,?)",
                                  [(n, atype, target) for n in norms])
            new_doc = target not in seen_actor
            seen_actor.add(target)
            self.conn.execute(
                "UPDATE actors SET n_docs = n_docs + ?, n_mentions = n_mentions + ?, "
                "country = coalesce(country, ?), "
                "first_seen = CASE WHEN ? IS NOT NULL AND (first_seen IS NULL OR ? < first_seen) THEN ? ELSE first_seen END, "
                "last_seen = CASE WHEN ? IS NOT NULL AND (last_seen IS NULL OR ? > last_seen) THEN ? ELSE last_seen END "
                "WHERE id = ?",
                (1 if new_doc else 0, len(a.mentions or []), a.country, published, published, published,
                 published, published, published, target))
            rows.append((doc_id, a.id, target, a.name, atype, a.country, len(a.mentions or []),
                         _json([r.to_dict() for r in a.roles])))
        self.conn.executemany("INSERT OR REPLACE INTO document_actors(doc_id, local_id, actor_id, name, type, country, "
                              "n_mentions, roles) VALUES (?,?,?,?,?,?,?,?)", rows)
        if rows:
            self.conn.executemany(
                "UPDATE actors SET aliases = (SELECT json_group_array(alias) FROM actor_aliases WHERE actor_id = ?) "
                "WHERE id = ?", [(t, t) for t in set(ids.values())])
        return ids

    def _add_places(self, doc_id: int, doc: Document) -> None:
        self._insert("places", PLACE_COLS, place_rows(doc_id, doc))

    def _add_quotes(self, doc_id: int, doc: Document, ids: dict[str, str]) -> None:
        self._insert("quotes", QUOTE_COLS, quote_rows(doc_id, doc, ids))

    def _add_events(self, doc_id: int, doc: Document, ids: dict[str, str]) -> None:
        self._insert("events", EVENT_COLS, event_rows(doc_id, doc, ids), verb="INSERT OR REPLACE")

    def _insert(self, table: str, cols: tuple[str, ...], rows: list[tuple], verb: str = "INSERT") -> None:
        if rows:
            self.conn.executemany(f"{verb} INTO {table}({columns(cols)}) VALUES ({','.join('?' * len(cols))})", rows)

    def _near_duplicates(self, doc_id: int, minhash: bytes, threshold: float | None) -> list[tuple[int, float]]:
        sig = dedup.from_bytes(minhash)
        keys = dedup.lsh_keys(sig)
        found: list[tuple[int, float]] = []
        if threshold is not None:
            q = ",".join("?" * len(keys))
            cands = self.conn.execute(
                f"SELECT d.id, d.minhash FROM documents d WHERE d.id IN "
                f"(SELECT DISTINCT doc_id FROM lsh WHERE key IN ({q}) LIMIT {MAX_NEAR_CANDIDATES})", keys).fetchall()
            for cid, blob in cands:
                s = dedup.similarity(sig, dedup.from_bytes(blob))
                if s >= threshold:
                    found.append((cid, round(s, 3)))
            self.conn.executemany("INSERT OR IGNORE INTO near_duplicates(doc_id, similar_to, similarity) VALUES (?,?,?)",
                                  [(doc_id, c, s) for c, s in found])
        self.conn.executemany("INSERT INTO lsh(key, doc_id) VALUES (?,?)", [(k, doc_id) for k in keys])
        return found

    # -- reading -----------------------------------------------------------------------------------
    def _doc_id(self, ref: int | str) -> int:
        ref_s = str(ref)
        row = self.conn.execute("SELECT id FROM documents WHERE doc_key = ?", (ref_s,)).fetchone()
        if row is None and ref_s.isdigit():
            row = self.conn.execute("SELECT id FROM documents WHERE id = ?", (int(ref_s),)).fetchone()
        if row is None:
            raise RasidError("E232", f"no document {ref!r} in {self.path}")
        return row[0]

    def get(self, ref: int | str) -> Document:
        doc_id = self._doc_id(ref)
        row = self.conn.execute("SELECT id, doc_key, meta, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        data: dict[str, Any] = {"schema": "rasid.document/1", "meta": json.loads(row["meta"] or "{}"), "text": row["text"]}
        for layer, blob in self.conn.execute("SELECT layer, data FROM annotations WHERE doc_id = ?", (doc_id,)):
            data[layer] = json.loads(blob)
        doc = Document.from_dict(data)
        doc.extra.setdefault("corpus", {"doc_id": row["id"], "doc_key": row["doc_key"]})
        return doc

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def doc_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def resolve_actor(self, ref: str) -> list[str]:
        """Registry ids for an actor id, name or alias."""
        if self.conn.execute("SELECT 1 FROM actors WHERE id = ?", (ref,)).fetchone():
            return [ref]
        return [r[0] for r in self.conn.execute("SELECT DISTINCT actor_id FROM actor_aliases WHERE alias = ?",
                                                 (_norm_name(ref),))]

    def search(self, query: str | None = None, filters: Filters | None = None, *, limit: int = 20,
               offset: int = 0, snippets: bool = True) -> list[dict[str, Any]]:
        conds, params = self._filter_sql(filters)
        where = "".join(f" AND {c}" for c in conds)
        if query and query.strip():
            match = fts_query(query)
            # rank inside the FTS index first, join the page of hits to documents afterwards
            restrict = f" AND +rowid IN (SELECT d.id FROM documents d WHERE 1{where})" if conds else ""
            sql = ("SELECT d.id, d.doc_key, d.title, d.published, d.source, f.score FROM "
                   "(SELECT rowid, bm25(documents_fts, 2.0, 1.0) AS score FROM documents_fts "
                   f"WHERE documents_fts MATCH ?{restrict} ORDER BY score, rowid LIMIT ? OFFSET ?) f "
                   "JOIN documents d ON d.id = f.rowid ORDER BY f.score, d.id")
            args = (match, *params, int(limit), int(offset))
        else:
            match = None
            sql = ("SELECT d.id, d.doc_key, d.title, d.published, d.source, NULL AS score FROM documents d "
                   f"WHERE 1{where} ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?")
            args = (*params, int(limit), int(offset))
        try:
            rows = [dict(r) for r in self.conn.execute(sql, args)]
        except sqlite3.OperationalError as exc:
            raise RasidError("E233", f"search failed: {exc}") from None
        if snippets:  # around the first query term, or the opening of the text for a listing
            terms = re.findall(r'"([^"]+)"', match) if match else []
            for r in rows:
                text = self.conn.execute("SELECT text FROM documents WHERE id = ?", (r["id"],)).fetchone()[0]
                r["snippet"] = snippet(text, terms)
        return rows

    def count(self, query: str | None = None, filters: Filters | None = None) -> int:
        conds, params = self._filter_sql(filters)
        where = "".join(f" AND {c}" for c in conds)
        if query and query.strip():
            restrict = f" AND +rowid IN (SELECT d.id FROM documents d WHERE 1{where})" if conds else ""
            sql = f"SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?{restrict}"
            params = [fts_query(query), *params]
        else:
            sql = f"SELECT count(*) FROM documents d WHERE 1{where}"
        try:
            return self.conn.execute(sql, params).fetchone()[0]
        except sqlite3.OperationalError as exc:
            raise RasidError("E233", f"search failed: {exc}") from None

    def _query(self, sql: str, params) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def rows(self, table: str, where: str | None = None, *, limit: int | None = None,
             params: tuple = ()) -> Iterator[dict[str, Any]]:
        src = TABLE_SOURCES.get(table)
        if src is None:
            raise RasidError("E235", f"unknown table {table!r}; choose from {', '.join(TABLE_SOURCES)}")
        sql = f"SELECT * FROM {src}"
        if where:
            if ";" in where:
                raise RasidError("E234", "a --where condition may not contain ';'")
            sql += f" WHERE {where}"
        if limit:
            sql += f" LIMIT {int(limit)}"
        self.conn.execute("PRAGMA query_only = 1")
        try:
            cur = self.conn.execute(sql, params)
            for r in cur:
                yield dict(r)
        except sqlite3.DatabaseError as exc:
            raise RasidError("E234", f"{where!r}: {exc}") from None
        finally:
            try:
                self.conn.execute("PRAGMA query_only = 0")
            except sqlite3.ProgrammingError:  # the store was closed while the generator was pending
                pass

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # pragma: no cover
            pass


# -- helpers -------------------------------------------------------------------------------------
def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";\n") if s.strip()]


_SNIP_WORD_RE = re.compile(r"\S+")


def snippet(text: str, terms: list[str], width: int = 70) -> str:
    """A window of the original text around the first occurrence of a query term, marked with [ ]."""
    nt = normalize(text)
    low = nt.text.lower()
    best = None
    for t in terms:
        for word in t.split():
            w = word.rstrip("*")
            # prefer the word itself (after clitics) over a longer word that merely contains it
            m = re.search(rf"(?<![^\W_])(?:[وف]?[بكل]?(?:ال)?|لل)?({re.escape(w)})" + ("" if word.endswith("*") else r"(?![^\W_])"), low)
            i = m.start(1) if m else low.find(w)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, i + len(w))
    if best is None:
        return " ".join(text[: 2 * width].split())
    s, e = nt.to_original(*best)
    # widen to whole words
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    ls, re_ = max(0, s - width), min(len(text), e + width)
    while 0 < ls < s and not text[ls - 1].isspace():
        ls += 1
    while e < re_ < len(text) and not text[re_].isspace():
        re_ -= 1
    left, right = text[ls:s], text[e:re_]
    return " ".join((("…" if ls > 0 else "") + left).split() + [f"[{text[s:e]}]"] + (right + ("…" if re_ < len(text) else "")).split())
