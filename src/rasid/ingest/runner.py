"""The ingest driver: read inputs, analyse them in worker processes, store them exactly once.

Work is split into batches of items.  A worker (or the calling process when ``jobs == 1``) reads and
decodes each item, computes its content hash, skips the analysis when the store already holds that
hash, and otherwise runs its own :class:`~rasid.pipeline.Pipeline` and computes the MinHash signature
and FTS search form.  The driver writes each finished batch in one transaction, so a killed ingest
loses at most the batches in flight, and rerunning it on the same input stores every document once.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ..document import Document
from ..errors import RasidError
from ..io import DEFAULT_MAX_BYTES
from ..pipeline import Pipeline, make_document
from ..store.base import Prepared, Store
from ..store.textsearch import search_form
from ..text import fold
from . import dedup
from .readers import Item, Skipped, apply_sidecars, expand, items_from_path, items_from_stdin, sidecar_meta


@dataclass
class Summary:
    """What an ingest run did."""

    ingested: int = 0
    duplicates: int = 0  # exact duplicates (same normalised content as a stored document)
    unchanged: int = 0  # already stored from the same origin (a rerun)
    near_duplicates: int = 0  # new documents linked to at least one near-duplicate
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (origin, code, reason)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.ingested + self.duplicates + self.unchanged + len(self.skipped)

    def skipped_by_code(self) -> Counter:
        return Counter(code for _, code, _ in self.skipped)

    def as_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "duplicates": self.duplicates, "unchanged": self.unchanged,
                "near_duplicates": self.near_duplicates, "skipped": len(self.skipped),
                "skipped_by_code": dict(self.skipped_by_code()), "seconds": round(self.seconds, 2),
                "docs_per_second": round(self.ingested / self.seconds, 1) if self.seconds else None}

    def render(self) -> str:
        from ..errors import CATALOGUE

        lines = [f"ingested {self.ingested:,}  duplicates {self.duplicates:,}  already stored {self.unchanged:,}  "
                 f"near-duplicates {self.near_duplicates:,}  skipped {len(self.skipped):,}  "
                 f"({self.seconds:.1f} s" + (f", {self.ingested / self.seconds:.1f} docs/s)" if self.seconds else ")")]
        for code, n in sorted(self.skipped_by_code().items()):
            lines.append(f"  skipped {n:,} × {code} {CATALOGUE.get(code, ('', ''))[0]}")
        for origin, code, reason in self.skipped[:10]:
            lines.append(f"    {origin}: {code} {reason}")
        if len(self.skipped) > 10:
            lines.append(f"    … {len(self.skipped) - 10} more (see the sources table)")
        return "\n".join(lines)


# -- worker side ---------------------------------------------------------------------------------------
_W: dict[str, Any] = {}


def _watch_parent(ppid: int) -> None:
    """Exit when the driver dies (kill -9 leaves pool workers orphaned otherwise)."""
    while True:
        time.sleep(0.5)
        if os.getppid() != ppid:
            os._exit(1)


def _worker_init(names, config, db_path, max_bytes) -> None:
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    _W["pipeline"] = Pipeline(names, config)
    _W["db"] = db_path
    _W["max_bytes"] = max_bytes
    _W["conn"] = None


def _known_hash(h: str) -> bool:
    conn = _W.get("conn")
    if conn is None and _W.get("db"):
        if str(_W["db"]).startswith(("postgres://", "postgresql://")):
            return _known_hash_pg(h)
        try:
            conn = _W["conn"] = sqlite3.connect(f"file:{_W['db']}?mode=ro", uri=True, timeout=30)
        except sqlite3.DatabaseError:
            return False
    if conn is None:
        return False
    try:
        return conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (h,)).fetchone() is not None
    except sqlite3.DatabaseError:
        return False


def _known_hash_pg(h: str) -> bool:
    """The worker's look-up of an already stored content hash in a PostgreSQL corpus."""
    conn = _W.get("pg")
    try:
        if conn is None:
            from ..store.postgres import connect

            conn = _W["pg"] = connect(_W["db"], readonly=True)
        return conn.execute("SELECT 1 FROM documents WHERE content_hash = %s", (h,)).fetchone() is not None
    except Exception:  # the writer decides anyway; this only saves analysing a known article again
        return False


def process_item(item: Item, pipeline: Pipeline, known=_known_hash, max_bytes: int = DEFAULT_MAX_BYTES):
    """Read, hash and analyse one item.  Returns ("ok", Prepared) | ("dup", origin, hash) | ("skip", …)."""
    from .readers import load_item

    try:
        load_item(item, max_bytes)
        text = item.text or ""
        folded = fold(text)  # one folding pass shared by the hash, the signature and the FTS form
        toks = dedup.words(folded, folded=True)
        if not toks:
            return ("skip", item.origin, "E007", "no words to index")
        h = dedup.content_hash(toks)
        if known(h):
            return ("dup", item.origin, h)
        meta = dict(item.meta)
        if item.kind in ("txt", "html") and "id" not in meta and item.path:
            from pathlib import Path

            meta["id"] = Path(item.path).stem
        doc = make_document(text, encoding=item.encoding, **meta)
        doc.meta.warnings.extend(item.warnings)
        pipeline(doc, profile=False)
        return ("ok", Prepared(doc=doc, content_hash=h, minhash=dedup.to_bytes(dedup.minhash(toks)),
                               search_text=search_form(folded, folded=True),
                               search_title=search_form(doc.meta.title or ""),
                               origin=item.origin, input_kind=item.kind, pipeline=pipeline.names))
    except RasidError as exc:
        return ("skip", item.origin, exc.code, exc.message)
    except Exception as exc:  # a component bug must not stop the batch
        return ("skip", item.origin, "E242", f"{type(exc).__name__}: {exc}")


def _worker_batch(items: list[Item]) -> list:
    out = []
    for it in items:
        r = process_item(it, _W["pipeline"], max_bytes=_W["max_bytes"])
        if r[0] == "ok":  # Documents travel as plain JSON-ready dicts
            p = r[1]
            r = ("okd", p.doc.to_dict(), {k: v for k, v in p.__dict__.items() if k != "doc"})
        out.append(r)
    return out


# -- driver ----------------------------------------------------------------------------------------
def collect_items(paths: Iterable[str], *, fields=None, stdin=None, max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> Iterator[Item | Skipped]:
    paths = list(paths)
    if stdin is not None and "-" in paths:
        yield from items_from_stdin(stdin, fields=fields, max_bytes=max_bytes)
    files: list = []
    for p in expand(paths):
        if isinstance(p, Skipped):
            yield p
        else:
            files.append(p)
    files, sidecars = apply_sidecars(files, fields)
    for p in files:
        for it in items_from_path(p, fields, max_bytes):
            if sidecars and isinstance(it, Item) and it.kind in ("txt", "html"):
                it.meta.update(sidecar_meta(p, sidecars) or {})
            yield it


def _batches(items: list[Item], size: int) -> Iterator[list[Item]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def ingest(store: Store, paths: Iterable[str] = (), *, components: Iterable[str] | None = None,
           config: dict | None = None, jobs: int = 1, fields=None, stdin=None, items: Iterable | None = None,
           near_threshold: float | None = dedup.NEAR_THRESHOLD, batch_size: int = 16, progress: bool | None = None,
           max_bytes: int = DEFAULT_MAX_BYTES, pipeline: Pipeline | None = None) -> Summary:
    """Ingest files/directories/globs (and stdin for ``-``) or prepared ``items`` into ``store``.

    The pipeline is ``pipeline`` or one built from ``components``/``config`` (default: the full
    default pipeline); worker processes build their own copy from its names and config."""
    t0 = time.perf_counter()
    summary = Summary()
    names = tuple(components) if components is not None else None
    if pipeline is None:
        pipeline = Pipeline(names, config)  # checks the chain before any work starts
    todo: list[Item] = []
    source = items if items is not None else collect_items(paths, fields=fields, stdin=stdin, max_bytes=max_bytes)
    with store.transaction():
        for it in source:
            if isinstance(it, Skipped):
                summary.skipped.append((it.origin, it.code, it.reason))
                store.record_source(it.origin, None, "skipped", f"{it.code} {it.reason}")
            else:
                todo.append(it)
    if not todo and not summary.skipped:
        raise RasidError("E238", "nothing to ingest: " + (", ".join(map(str, paths)) or "no paths given"))

    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress(show, len(todo))

    def write(results: list) -> None:
        with store.transaction():
            for r in results:
                kind = r[0]
                if kind == "okd":
                    r = ("ok", Prepared(doc=Document.from_dict(r[1]), **r[2]))
                    kind = "ok"
                if kind == "ok":
                    p: Prepared = r[1]
                    res = store.add(p, near_threshold=near_threshold)
                    if res.status == "ingested":
                        summary.ingested += 1
                        summary.near_duplicates += bool(res.near)
                    else:
                        summary.duplicates += 1
                    store.record_source(p.origin or "", res.doc_id, res.status)
                elif kind == "dup":
                    _, origin, h = r
                    doc_id = store.find_hash(h)
                    if store.source_doc(origin) == doc_id:
                        summary.unchanged += 1
                    else:
                        summary.duplicates += 1
                        store.record_source(origin, doc_id, "duplicate")
                else:
                    _, origin, code, reason = r
                    summary.skipped.append((origin, code, reason))
                    store.record_source(origin, None, "skipped", f"{code} {reason}")
        if bar:
            bar[0].advance(bar[1], len(results))

    try:
        if jobs <= 1:
            def known(h: str) -> bool:
                return store.find_hash(h) is not None

            for batch in _batches(todo, batch_size):
                write([process_item(it, pipeline, known, max_bytes) for it in batch])
        else:
            db = getattr(store, "dsn", None) or getattr(store, "path", None)
            with ProcessPoolExecutor(jobs, initializer=_worker_init,
                                     initargs=(pipeline.names, pipeline.config, db, max_bytes)) as ex:
                batches = _batches(todo, batch_size)
                pending = set()
                for b in batches:
                    pending.add(ex.submit(_worker_batch, b))
                    if len(pending) >= jobs * 3:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for f in done:
                            write(f.result())
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in done:
                        write(f.result())
    finally:
        if bar:
            bar[0].stop()
    summary.seconds = time.perf_counter() - t0
    return summary


def _progress(show: bool, total: int):
    if not show:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    prog = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), transient=False, console=Console(stderr=True))
    task = prog.add_task("ingesting", total=total)
    prog.start()
    return prog, task
