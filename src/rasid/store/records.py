"""Rows for the corpus tables, built from a :class:`~rasid.document.Document` — the part of storing a
document that does not depend on the database.  Both backends (:mod:`.sqlite`, :mod:`.postgres`) insert
exactly these tuples, in the column order of the ``*_COLS`` constants, with their own SQL dialect.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any

from ..document import Document
from .textsearch import search_form

#: actor ids that belong to one document (``per_1``, ``org_2``, ``group:protesters#3`` …), as opposed to
#: stable dictionary ids such as ``haftar_khalifa`` that keep their own registry entry
LOCAL_ID_RE = re.compile(r"^(?:[A-Za-z]{0,8}[_:\-]?\d+|local[:_].*|.*#.*)$")

PLACE_COLS = ("doc_id", "n", "start", "end", "text", "norm", "geonameid", "name", "country_code", "lat", "lon",
              "feature_code", "admin1")
QUOTE_COLS = ("doc_id", "n", "start", "end", "text", "kind", "cue", "source_text", "source_kind", "source_actor",
              "descriptors")
EVENT_COLS = ("doc_id", "event_id", "type", "mode", "context", "source_actor", "target_actor", "place_name",
              "geonameid", "country_code", "admin1", "lat", "lon", "date", "date_text", "fatalities", "figures",
              "modality", "evidence_start", "evidence_end", "evidence_text", "attribution_kind", "attribution",
              "cameo", "acled")

#: schema version 2 of both backends: the joined views (``{near_agg}`` is the dialect's list aggregate of
#: a document's near-duplicate ids).  A migration's text never changes once released.
VIEWS_V2 = """
CREATE VIEW v_documents AS
  SELECT d.id, d.doc_key, d.title, d.published, d.source, d.url, d.input_kind, d.origin, d.n_chars,
         (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS n_events,
         (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS n_quotes,
         (SELECT count(*) FROM document_actors a WHERE a.doc_id = d.id) AS n_actors,
         {near_agg} AS near_duplicate_of,
         d.added_at
  FROM documents d;
CREATE VIEW v_events AS
  SELECT e.*, d.doc_key, d.title, d.published, d.source, d.url FROM events e JOIN documents d ON d.id = e.doc_id;
CREATE VIEW v_quotes AS
  SELECT q.*, d.doc_key, d.title, d.published, d.source FROM quotes q JOIN documents d ON d.id = q.doc_id;
CREATE VIEW v_actor_mentions AS
  SELECT a.id AS actor_id, a.name AS actor, a.type, a.country, da.doc_id, d.doc_key, d.title, d.published,
         da.name AS surface, da.n_mentions
  FROM document_actors da JOIN actors a ON a.id = da.actor_id JOIN documents d ON d.id = da.doc_id;
"""


def now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def to_json(value: Any) -> str | None:
    if value in (None, "", [], {}):
        return None
    return json.dumps(value, ensure_ascii=False)


def norm_name(s: str) -> str:
    return " ".join(search_form(s).split())


def as_int(v: Any) -> int | None:
    try:
        return int(v) if v not in (None, "") else None
    except (TypeError, ValueError):
        return None


def columns(cols: tuple[str, ...]) -> str:
    """The column list for an INSERT (``end`` is a keyword in both dialects)."""
    return ", ".join(f'"{c}"' if c == "end" else c for c in cols)


def annotation_rows(doc_id: int, doc: Document) -> list[tuple]:
    """(doc_id, layer, n, JSON) for every non-empty annotation layer: enough to rebuild the document."""
    data = doc.to_dict()
    return [(doc_id, name, len(v) if isinstance(v, list) else None, json.dumps(v, ensure_ascii=False))
            for name, v in data.items() if name not in ("schema", "meta", "text") and v not in (None, [], {})]


def place_rows(doc_id: int, doc: Document) -> list[tuple]:
    return [(doc_id, i, p.start, p.end, p.text, norm_name(p.text or ""), as_int(p.geonameid), p.name,
             p.country_code, p.lat, p.lon, p.feature_code, p.admin1)
            for i, p in enumerate(doc.layers.get("places", []))]


def quote_rows(doc_id: int, doc: Document, ids: dict[str, str]) -> list[tuple]:
    rows = []
    for i, q in enumerate(doc.layers.get("quotes", [])):
        s = q.source
        rows.append((doc_id, i, q.start, q.end, q.text, q.kind, q.cue, s.text if s else None,
                     s.kind if s else None, ids.get(s.actor_id, s.actor_id) if s and s.actor_id else None,
                     to_json(s.descriptors) if s else None))
    return rows


def event_rows(doc_id: int, doc: Document, ids: dict[str, str]) -> list[tuple]:
    rows = []
    for i, e in enumerate(doc.layers.get("events", [])):
        place = event_place(e.place, doc)
        ev = e.evidence or {}
        es, ee = ev.get("start"), ev.get("end")
        ev_text = doc.text[es:ee] if isinstance(es, int) and isinstance(ee, int) and 0 <= es <= ee <= len(doc.text) else None
        att = e.attribution if isinstance(e.attribution, dict) else None
        src = att.get("source") if att else None
        att_kind = (att.get("kind") or (src.get("kind") if isinstance(src, dict) else None)) if att else None
        rows.append((doc_id, str(e.id or i), e.type, e.mode, joined(e.context), joined(e.source_actor, ids),
                     joined(e.target_actor, ids), place.get("name") or place.get("text"), as_int(place.get("geonameid")),
                     place.get("country_code"), place.get("admin1"), place.get("lat"), place.get("lon"),
                     *event_date(e.date), fatalities(e.figures, doc), to_json(e.figures), e.modality, es, ee,
                     ev_text, att_kind, to_json(e.attribution), e.cameo, to_json(e.extra.get("acled"))))
    return rows


def joined(value: Any, ids: dict[str, str] | None = None) -> str | None:
    if value in (None, "", []):
        return None
    vals = value if isinstance(value, list) else [value]
    out = []
    for v in vals:
        if isinstance(v, dict):
            v = v.get("id") or v.get("name") or v.get("text")
        if v is None:
            continue
        v = str(v)
        out.append(ids.get(v, v) if ids else v)
    return "; ".join(out) or None


def event_place(place: Any, doc: Document) -> dict[str, Any]:
    """A dict for the event's place, whatever shape the event coder gives it."""
    places = doc.layers.get("places", [])
    if isinstance(place, list):
        place = place[0] if place else None
    if isinstance(place, dict):
        return place
    if isinstance(place, int) and not isinstance(place, bool) and 0 <= place < len(places):
        return places[place].to_dict()
    if isinstance(place, str):
        for p in places:
            if place in (p.text, p.name, str(p.geonameid)):
                return p.to_dict()
        return {"name": place}
    return {}


def event_date(date: Any) -> tuple[str | None, str | None]:
    """(ISO value, surface text) of an event's date; durations (P…) and unresolved dates give no value."""
    if isinstance(date, list):
        return event_date(date[0] if date else None)
    text = None
    if isinstance(date, dict):
        text = date.get("text")
        date = date.get("value")
    value = str(date) if date not in (None, "") else None
    if value and not value[:1].isdigit():
        value = None
    return value, text


def fatalities(figures: Any, doc: Document) -> float | None:
    """Sum of the ``killed`` figures attached to an event (None when none)."""
    total, found = 0.0, False
    qs = doc.layers.get("quantities", [])
    for f in figures or []:
        if isinstance(f, int) and not isinstance(f, bool) and 0 <= f < len(qs):
            f = qs[f].to_dict()
        if isinstance(f, dict) and f.get("kind") == "killed" and isinstance(f.get("value"), (int, float)):
            total += f["value"]
            found = True
    return total if found else None
