"""Input readers: turn files, directories, globs and stdin into :class:`Item` records.

An :class:`Item` is one article to ingest: either its text (JSON/JSONL records, feed entries, stdin)
or the path of a .txt/.html file that a worker reads and decodes later (so decoding and HTML
extraction run in parallel).  ``origin`` names where the item came from (``path``, ``path#3`` for the
third record of a JSON Lines file) and is stored with the document.

Readers never raise for one bad file: :func:`expand` and :func:`items_from_path` yield a
:class:`Skipped` record instead, carrying the :class:`~rasid.errors.RasidError` code and message.
"""
from __future__ import annotations

import email.utils
from datetime import date
import glob
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..errors import RasidError
from ..io import DEFAULT_MAX_BYTES, _finish, decode_bytes, prepare_text, read_file

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html"}
RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}
FEED_SUFFIXES = {".rss": "rss", ".atom": "rss", ".xml": "rss"}
SUFFIXES = {**TEXT_SUFFIXES, **RECORD_SUFFIXES, **FEED_SUFFIXES}

#: default JSON field names (``--text-field`` etc. override them); the first present one wins
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article"),
    "title": ("title", "headline"),
    "published": ("published", "date", "pubdate", "published_at"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "site"),
    "id": ("id", "doc_id"),
}
META_KEYS = ("title", "published", "url", "source", "id")


@dataclass
class Item:
    """One article to ingest."""

    origin: str
    kind: str  # txt html jsonl json rss stdin
    text: str | None = None  # None: read ``path`` in the worker
    path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Skipped:
    origin: str
    code: str
    reason: str


def fields_from_options(**names: str | None) -> dict[str, tuple[str, ...]]:
    """Field-name map with user overrides (``text="body"`` → look only at ``body`` for the text)."""
    out = dict(DEFAULT_FIELDS)
    for key, value in names.items():
        if value:
            out[key] = tuple(v.strip() for v in value.split(",") if v.strip())
    return out


# -- paths ---------------------------------------------------------------------------------------
def expand(paths: list[str]) -> Iterator[Path | Skipped]:
    """Files named by ``paths`` (files, directories walked recursively in sorted order, globs).

    Files with unknown suffixes inside directories are ignored; named explicitly they are skipped
    with E241.  A path or glob that matches nothing is skipped with E001.
    """
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.exists():
            found = [p]
        elif glob.has_magic(raw):
            found = sorted(Path(f) for f in glob.glob(raw, recursive=True) if os.path.isfile(f))
            if not found:
                yield Skipped(raw, "E001", "no file matches this pattern")
        else:
            yield Skipped(raw, "E001", "no such file")
            continue
        for f in found:
            key = str(f.resolve())
            if key in seen:
                continue
            seen.add(key)
            if f.suffix.lower() not in SUFFIXES:
                yield Skipped(str(f), "E241", f"unsupported file type {f.suffix or '(none)'}")
            else:
                yield f


def items_from_path(path: Path, fields: dict[str, tuple[str, ...]] | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item | Skipped]:
    """Items of one file: text files become one deferred item; JSON/JSONL/feeds are parsed here."""
    kind = SUFFIXES.get(path.suffix.lower())
    name = str(path)
    if kind in ("txt", "html"):
        yield Item(origin=name, kind=kind, path=name)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes * 50:  # record files hold many articles; allow them to be larger
            raise RasidError("E006", f"{name} is {size:,} bytes, over the limit of {max_bytes * 50:,}")
        data = path.read_bytes()
        if kind in ("jsonl", "json"):
            yield from read_records(data, name, kind, fields or DEFAULT_FIELDS)
        else:
            yield from read_feed(data, name)
    except RasidError as exc:
        yield Skipped(name, exc.code, exc.message)
    except OSError as exc:
        yield Skipped(name, "E009", exc.strerror or str(exc))


def items_from_stdin(stream, *, fields=None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item | Skipped]:
    """stdin: JSON Lines (or a JSON list) when it starts with ``{`` (``[``) and parses, otherwise one article."""
    data = stream.read(max_bytes * 50 + 1)
    try:
        head = data.lstrip()[:1]
        if head in (b"{", b"["):
            try:
                yield from read_records(data, "stdin", "jsonl" if head == b"{" else "json", fields or DEFAULT_FIELDS)
                return
            except RasidError:
                pass  # not JSON after all: treat as text
        text, enc, warnings = _finish(data, "stdin", max_bytes, None, False, html=None)
        yield Item(origin="stdin", kind="stdin", text=text, encoding=enc, warnings=warnings)
    except RasidError as exc:
        yield Skipped("stdin", exc.code, exc.message)


# -- metadata sidecars -------------------------------------------------------------------------------
SIDECAR_NAMES = ("metadata.jsonl", "metadata.json")


def read_sidecar(path: Path, fields: dict[str, tuple[str, ...]] | None = None) -> dict[str, dict[str, Any]] | None:
    """``{id: meta}`` from a ``metadata.jsonl`` whose records describe the article files beside it (an
    ``id`` equal to the file stem, and no text).  None when the file holds articles (or is unreadable)."""
    fields = fields or DEFAULT_FIELDS
    try:
        text = decode_bytes(path.read_bytes(), name=str(path)).text
        recs = json.loads(text) if path.suffix.lower() == ".json" else [json.loads(l) for l in text.splitlines() if l.strip()]
    except (OSError, RasidError, json.JSONDecodeError):
        return None
    if not isinstance(recs, list) or not recs or not all(isinstance(r, dict) for r in recs):
        return None
    out: dict[str, dict[str, Any]] = {}
    for rec in recs:
        key = _pick(rec, fields["id"])
        if key is None or _pick(rec, fields["text"]) is not None:
            return None
        meta = {k: str(v) for k in ("title", "published", "url", "source") if (v := _pick(rec, fields[k])) is not None}
        if "published" in meta and not (iso := _iso_date(meta["published"])):
            meta.pop("published")
        elif "published" in meta:
            meta["published"] = iso
        out[str(key)] = meta
    return out


def apply_sidecars(files: list[Path], fields=None) -> tuple[list[Path], dict[Path, dict[str, dict[str, Any]]]]:
    """Split sidecar files off ``files``; returns (article files, {folder: {id: meta}})."""
    sidecars: dict[Path, dict[str, dict[str, Any]]] = {}
    rest = []
    for f in files:
        if f.name.lower() in SIDECAR_NAMES:
            sc = read_sidecar(f, fields)
            if sc is not None:
                sidecars[f.parent.resolve()] = sc
                continue
        rest.append(f)
    return rest, sidecars


def sidecar_meta(path: Path, sidecars: dict[Path, dict[str, dict[str, Any]]]) -> dict[str, Any] | None:
    """The sidecar record for an article file (looked up in its folder and the folders above)."""
    for folder in path.resolve().parents:
        sc = sidecars.get(folder)
        if sc is not None and path.stem in sc:
            return sc[path.stem]
    return None


# -- worker side: read a deferred file ---------------------------------------------------------------
def load_item(item: Item, max_bytes: int = DEFAULT_MAX_BYTES) -> Item:
    """Fill ``item.text`` (decoding, HTML main text and metadata).  Raises RasidError."""
    if item.text is not None:
        return item
    assert item.path is not None
    if item.kind == "html":
        p = Path(item.path)
        data = _read_bytes(p, max_bytes)
        dec = decode_bytes(data, name=item.path)
        text, meta, warnings = html_article(dec.text, item.path)
        item.text, item.encoding = text, dec.encoding
        item.warnings.extend(warnings)
        for k, v in meta.items():
            item.meta.setdefault(k, v)
        return item
    text, enc, warnings = read_file(item.path, max_bytes=max_bytes)
    item.text, item.encoding = text, enc
    item.warnings.extend(warnings)
    return item


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    if not p.exists():
        raise RasidError("E001", f"{p}: no such file")
    try:
        if p.stat().st_size > max_bytes:
            raise RasidError("E006", f"{p} is over the limit of {max_bytes:,} bytes")
        return p.read_bytes()
    except OSError as exc:
        raise RasidError("E009", f"{p}: {exc.strerror or exc}") from None


def html_article(html: str, name: str = "html") -> tuple[str, dict[str, Any], list[str]]:
    """Main text, metadata (title, date, site name, url) and warnings of an HTML page (trafilatura)."""
    meta: dict[str, Any] = {}
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, favor_recall=True,
                                          with_metadata=True)
    except Exception:
        doc = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        for key, ours in (("title", "title"), ("date", "published"), ("sitename", "source"), ("url", "url")):
            value = get(key)
            if value:
                meta[ours] = str(value)
        if meta.get("published"):
            meta["published"] = _iso_date(meta["published"])
            if not meta["published"]:
                meta.pop("published")
    body = get("text") if doc is not None else None
    if body:  # trafilatura's main text (the same extraction rasid.io.html_to_text runs), no second parse
        text, warnings = prepare_text(body, name=name, html=False)
        warnings.insert(0, "input was HTML; analysed its main text")
    else:
        text, warnings = prepare_text(html, name=name, html=True)
    return text, meta, warnings


# -- JSON / JSON Lines ----------------------------------------------------------------------------
def read_records(data: bytes, name: str, kind: str, fields: dict[str, tuple[str, ...]]) -> Iterator[Item | Skipped]:
    text = decode_bytes(data, name=name).text
    if kind == "json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RasidError("E236", f"{name}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        records = obj if isinstance(obj, list) else (obj.get("articles") or obj.get("items") or [obj]) if isinstance(obj, dict) else None
        if not isinstance(records, list):
            raise RasidError("E236", f"{name}: expected an object or a list of objects")
        for i, rec in enumerate(records, 1):
            yield _record_item(rec, f"{name}#{i}", kind, fields)
        return
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(f"{name}#{i}", "E236", f"line {i} is not valid JSON ({exc.msg})")
            continue
        yield _record_item(rec, f"{name}#{i}", kind, fields)


def _pick(rec: dict, names: tuple[str, ...]):
    for n in names:
        v = rec.get(n)
        if v not in (None, ""):
            return v
    return None


def _record_item(rec: Any, origin: str, kind: str, fields: dict[str, tuple[str, ...]]) -> Item | Skipped:
    if not isinstance(rec, dict):
        return Skipped(origin, "E236", f"record is a {type(rec).__name__}, not an object")
    if rec.get("schema") == "rasid.document/1":  # an analysed document: keep its text and meta
        meta = {k: v for k, v in (rec.get("meta") or {}).items() if k in META_KEYS and v}
        text = rec.get("text")
    else:
        text = _pick(rec, fields["text"])
        meta = {k: _pick(rec, fields[k]) for k in META_KEYS}
    if not isinstance(text, str) or not text.strip():
        return Skipped(origin, "E239", f"no text in field(s) {', '.join(fields['text'])}")
    meta = {k: str(v) for k, v in meta.items() if v not in (None, "")}
    if "published" in meta:
        iso = _iso_date(meta["published"])
        if iso:
            meta["published"] = iso
        else:
            meta.pop("published")
    try:
        clean, warnings = prepare_text(text, name=origin)
    except RasidError as exc:
        return Skipped(origin, exc.code, exc.message)
    return Item(origin=origin, kind=kind, text=clean, meta=meta, encoding="utf-8", warnings=warnings)


# -- RSS / Atom --------------------------------------------------------------------------------------
_NS_RE = re.compile(r"^\{[^}]*\}")


def read_feed(data: bytes, name: str) -> Iterator[Item | Skipped]:
    """Entries of an RSS 2.0 or Atom file (title, link, date, description or content as HTML)."""
    from xml.etree import ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise RasidError("E237", f"{name}: {exc}") from None
    channel_title = None
    entries = []
    for el in root.iter():
        tag = _NS_RE.sub("", el.tag)
        if tag in ("item", "entry"):
            entries.append(el)
        elif tag == "title" and channel_title is None:
            channel_title = (el.text or "").strip() or None
    for i, el in enumerate(entries, 1):
        origin = f"{name}#{i}"
        fields: dict[str, str] = {}
        link = None
        for child in el:
            tag = _NS_RE.sub("", child.tag)
            value = "".join(child.itertext()).strip()
            if tag == "link":
                link = child.get("href") or value or link
            elif value and tag not in fields:
                fields[tag] = value
        body = fields.get("encoded") or fields.get("content") or fields.get("description") or fields.get("summary")
        if not body:
            yield Skipped(origin, "E239", "feed entry has no description or content")
            continue
        try:
            text, warnings = prepare_text(body, name=origin, html=bool(re.search(r"<\w+[^>]*>", body)))
        except RasidError as exc:
            yield Skipped(origin, exc.code, exc.message)
            continue
        meta = {"title": fields.get("title"), "url": link, "source": channel_title,
                "published": _iso_date(fields.get("pubDate") or fields.get("published") or fields.get("updated")
                                       or fields.get("date") or "")}
        yield Item(origin=origin, kind="rss", text=text, meta={k: v for k, v in meta.items() if v},
                   encoding="utf-8", warnings=[w for w in warnings if "HTML" not in w])


_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _iso_date(value: str) -> str | None:
    """YYYY-MM-DD from ISO or RFC 822 dates; None when unparseable."""
    value = str(value).strip()
    m = _ISO_RE.search(value)
    if m:
        try:
            return date.fromisoformat(m.group(0)).isoformat()
        except ValueError:
            return None
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return dt.date().isoformat() if dt else None
