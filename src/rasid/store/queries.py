"""The read queries both SQL backends share: document filters, the actor list, the event list.

Written once with ``?`` placeholders; a backend whose driver wants another style (psycopg: ``%s``) sets
:attr:`QueryMixin.PARAM` and the SQL is rewritten when it runs.  Only portable SQL is used here
(``TRUE``, ``lower()``, ``NULLS FIRST``, ``LIKE … ESCAPE``), so SQLite and PostgreSQL return the same rows.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Any

from .base import Filters
from .records import norm_name

#: Filters fields that map to one condition on the documents table (alias ``d``)
SIMPLE_FILTERS = (
    ("date_from", "d.published >= ?"), ("date_to", "d.published <= ?"), ("outlet", "d.source = ?"),
    ("input_kind", "d.input_kind = ?"), ("source_kind", "d.id IN (SELECT doc_id FROM quotes WHERE source_kind = ?)"),
    ("event_type", "d.id IN (SELECT doc_id FROM events WHERE type = upper(?))"),
    ("country", "d.id IN (SELECT doc_id FROM places WHERE country_code = upper(?) "
                "UNION SELECT doc_id FROM events WHERE country_code = upper(?))"),
)


def marks(n: int) -> str:
    """``?,?,…`` for an IN list (never empty: ``NULL`` matches nothing)."""
    return ",".join("?" * n) or "NULL"


def like_pattern(s: str) -> str:
    """A LIKE pattern that finds ``s`` anywhere, its own ``%``/``_``/``\\`` taken literally (ESCAPE '\\')."""
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class QueryMixin:
    """Mixed into a :class:`~rasid.store.base.Store` that has ``resolve_actor`` and ``_query``."""

    PARAM = "?"

    def _query(self, sql: str, params) -> list[dict[str, Any]]:  # pragma: no cover - each backend runs it
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql if self.PARAM == "?" else sql.replace("?", self.PARAM)

    def _filter_sql(self, f: Filters | None) -> tuple[list[str], list[Any]]:
        """SQL conditions on the documents table (alias ``d``, ``?`` placeholders) and their parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if f is None:
            return conds, params
        for name, cond in SIMPLE_FILTERS:
            value = getattr(f, name)
            if value:
                conds.append(cond)
                params += [value] * cond.count("?")
        if f.actor:
            ids = self.resolve_actor(f.actor)
            conds.append(f"d.id IN (SELECT doc_id FROM document_actors WHERE actor_id IN ({marks(len(ids))}))")
            params += ids
        if f.place and str(f.place).isdigit():
            conds.append("d.id IN (SELECT doc_id FROM places WHERE geonameid = ?)")
            params.append(int(f.place))
        elif f.place:
            conds.append("d.id IN (SELECT doc_id FROM places WHERE norm = ? OR lower(name) = lower(?) "
                         "UNION SELECT doc_id FROM events WHERE lower(place_name) = lower(?))")
            params += [norm_name(f.place), f.place, f.place]
        return conds, params

    def actors(self, name: str | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
        if name:
            ids = self.resolve_actor(name)
            rows = self._query(
                f"SELECT * FROM actors WHERE id IN ({marks(len(ids))}) OR id IN (SELECT actor_id FROM actor_aliases "
                "WHERE alias LIKE ? ESCAPE '\\') ORDER BY n_docs DESC, id LIMIT ?",
                (*ids, like_pattern(norm_name(name)), limit))
        else:
            rows = self._query("SELECT * FROM actors ORDER BY n_docs DESC, n_mentions DESC, id LIMIT ?", (limit,))
        for d in rows:
            d["aliases"] = json.loads(d["aliases"]) if d.get("aliases") else []
        return rows

    def events(self, filters: Filters | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
        f = filters or Filters()
        # event type, country and place select the events themselves; the other filters their documents
        conds, params = self._filter_sql(dataclasses.replace(f, event_type=None, country=None, place=None))
        if f.event_type:
            conds.append("e.type = ?")
            params.append(f.event_type.upper())
        if f.country:
            conds.append("e.country_code = ?")
            params.append(f.country.upper())
        if f.place:
            if str(f.place).isdigit():
                conds.append("e.geonameid = ?")
                params.append(int(f.place))
            else:
                conds.append("(lower(e.place_name) = lower(?) OR e.geonameid IN "
                             "(SELECT geonameid FROM places WHERE norm = ? AND geonameid IS NOT NULL))")
                params += [f.place, norm_name(f.place)]
        sql = ("SELECT e.* FROM v_events e JOIN documents d ON d.id = e.doc_id WHERE TRUE"
               + "".join(f" AND {c}" for c in conds)
               + " ORDER BY d.published NULLS FIRST, e.doc_id, e.evidence_start NULLS FIRST LIMIT ?")
        return self._query(sql, (*params, limit))

    def near_duplicates(self, ref: int | str) -> list[dict[str, Any]]:
        doc_id = self._doc_id(ref)
        return self._query("SELECT n.doc_id, n.similar_to, n.similarity FROM near_duplicates n "
                           "WHERE n.doc_id = ? OR n.similar_to = ? ORDER BY n.doc_id, n.similar_to", (doc_id, doc_id))

    def stats(self) -> dict[str, int]:
        return {t: self._query(f"SELECT count(*) AS n FROM {t}", ())[0]["n"]
                for t in ("documents", "actors", "events", "quotes", "places", "near_duplicates", "sources")}
