"""Export corpus tables: JSON Lines, CSV, Parquet, and ACLED-style / PLOVER-style event tables.

``export(store, fmt, out, table=..., where=...)`` writes to a path or a text stream and returns the
number of rows.  ``jsonl`` of the ``documents`` table writes full ``rasid.document/1`` objects (one per
line, re-readable by ``rasid ingest``); every other table/format writes the table's rows.  ``acled`` and
``plover`` always export events (``where`` filters the ``v_events`` view).
"""
from __future__ import annotations

import csv
import io
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import RasidError

FORMATS = ("jsonl", "csv", "parquet", "acled", "plover")
EXPORT_TABLES = ("documents", "events", "actors", "quotes", "places", "document_actors", "actor_mentions",
                 "near_duplicates", "sources")

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "interaction",
                 "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
                 "source_scale", "notes", "fatalities", "plover_type", "modality", "doc_key", "evidence_start",
                 "evidence_end")


#: ACLED event type -> disorder type (ACLED's closed list of six event types)
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Protests": "Demonstrations",
             "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}


def acled_rows(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """ACLED-style rows, one per event that ACLED would code (violence, protests, riots, arrests …).

    The ACLED type, fatalities and precisions come from the event coder's ``acled`` record (which knows
    whether the targets are civilians); events stored without one are mapped by type and mode with the
    coder's table (``acled_map.tsv``).  Diplomatic and verbal events have no ACLED type and are left out.
    Columns ACLED fills by hand (interaction codes, source scale) stay empty."""
    from ..events import acled_types

    for e in events:
        a = json.loads(e["acled"]) if e.get("acled") else None
        if a is None:
            hit = acled_types(e.get("type") or "", e.get("mode"))
            if hit is None:
                continue
            a = {"event_type": hit[0], "sub_event_type": hit[1]}
        day = _is_day(e.get("date"))
        date = e.get("date") if day else e.get("published")
        iso = e.get("country_code")
        fatalities = a.get("fatalities")
        if fatalities is None:
            fatalities = int(e["fatalities"]) if e.get("fatalities") is not None else 0
        yield {
            "event_id_cnty": f"{iso or 'XX'}-{e['doc_id']}-{e['event_id']}",
            "event_date": date, "year": (date or "")[:4] or None,
            "time_precision": a.get("time_precision") or (1 if day else 2 if e.get("date") else 3),
            "disorder_type": _DISORDER.get(a["event_type"]), "event_type": a["event_type"],
            "sub_event_type": a.get("sub_event_type"),
            "actor1": e.get("source_actor"), "assoc_actor_1": None, "actor2": e.get("target_actor"),
            "assoc_actor_2": None, "interaction": None, "country": _country_name(iso), "iso": iso,
            "admin1": e.get("admin1"), "location": e.get("place_name"), "latitude": e.get("lat"),
            "longitude": e.get("lon"),
            "geo_precision": a.get("geo_precision") or (1 if e.get("geonameid") else (3 if iso else None)),
            "source": e.get("source"), "source_scale": None, "notes": e.get("evidence_text"),
            "fatalities": fatalities, "plover_type": e.get("type"), "modality": e.get("modality"),
            "doc_key": e.get("doc_key"), "evidence_start": e.get("evidence_start"), "evidence_end": e.get("evidence_end"),
        }


def plover_rows(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """PLOVER-style event records (nested JSON: actors, location, attribution)."""
    for e in events:
        yield {
            "id": f"{e.get('doc_key')}:{e['event_id']}", "date": e.get("date"), "story_date": e.get("published"),
            "event": e.get("type"), "mode": e.get("mode"), "context": (e.get("context") or "").split("; ") if e.get("context") else [],
            "source": {"actor": e.get("source_actor")}, "target": {"actor": e.get("target_actor")},
            "location": {"name": e.get("place_name"), "geonameid": e.get("geonameid"), "country": e.get("country_code"),
                         "admin1": e.get("admin1"), "lat": e.get("lat"), "lon": e.get("lon")},
            "fatalities": e.get("fatalities"), "figures": json.loads(e["figures"]) if e.get("figures") else [],
            "modality": e.get("modality"), "cameo": e.get("cameo"),
            "attribution": json.loads(e["attribution"]) if e.get("attribution") else None,
            "evidence": {"start": e.get("evidence_start"), "end": e.get("evidence_end"), "text": e.get("evidence_text")},
            "publisher": e.get("source"), "url": e.get("url"), "title": e.get("title"), "doc_id": e.get("doc_id"),
        }


def _is_day(v: Any) -> bool:
    return isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"


@lru_cache(maxsize=512)
def _country_name(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=iso.upper())
        return c.name if c else iso
    except Exception:  # pragma: no cover
        return iso


def export(store, fmt: str, out: str | Path | io.TextIOBase | None = None, *, table: str = "documents",
           where: str | None = None, limit: int | None = None) -> int:
    """Write a table in a format; returns the number of rows written."""
    if fmt not in FORMATS:
        raise RasidError("E235", f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt in ("acled", "plover"):
        table = "events"
    if table not in EXPORT_TABLES:
        raise RasidError("E235", f"unknown table {table!r}; choose from {', '.join(EXPORT_TABLES)}")
    rows: Iterable[dict[str, Any]] = store.rows(table, where, limit=limit)
    if fmt == "acled":
        rows = acled_rows(rows)
    elif fmt == "plover":
        rows = plover_rows(rows)
    if fmt == "parquet":
        if out is None or not isinstance(out, (str, Path)) or str(out) == "-":
            raise RasidError("E235", "parquet export needs an output file (-o FILE.parquet)")
        return _parquet(list(rows), Path(out))
    stream, close = _open(out, "csv" if fmt in ("csv", "acled") else "jsonl")
    try:
        n = 0
        if fmt in ("jsonl", "plover"):
            full = fmt == "jsonl" and table == "documents"
            for r in rows:
                obj = store.get(r["id"]).to_dict() if full else r
                if full:
                    obj.pop("corpus", None)
                stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
        else:
            writer = None
            for r in rows:
                if writer is None:
                    cols = list(ACLED_COLUMNS) if fmt == "acled" else list(r)
                    writer = csv.DictWriter(stream, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
                    writer.writeheader()
                writer.writerow(r)
                n += 1
            if writer is None and fmt == "acled":
                csv.DictWriter(stream, fieldnames=list(ACLED_COLUMNS), lineterminator="\n").writeheader()
        return n
    finally:
        if close:
            stream.close()


def _open(out, kind: str):
    if out is None or str(out) == "-":
        return sys.stdout, False
    if isinstance(out, (str, Path)):
        # CSV gets a BOM so spreadsheet programs read the Arabic as UTF-8
        return open(out, "w", encoding="utf-8-sig" if kind == "csv" else "utf-8", newline=""), True
    return out, False


def _parquet(rows: list[dict[str, Any]], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover
        raise RasidError("E240", "parquet export needs pyarrow") from None
    if rows:
        # nested values (PLOVER records) become JSON strings so every column has one type
        rows = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in r.items()}
                for r in rows]
    pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({}), path)
    return len(rows)
