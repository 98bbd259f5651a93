"""Corpus benchmark: ingest throughput (docs/s) and search latency on generated corpora.

    PYTHONPATH=src python3 bench/corpus.py --sizes 10000 100000 --jobs 2

Articles come from ``rasid.ingest.synthetic`` (in memory, as JSON-like records, so file reading is not
measured).  Corpora up to ``--full-upto`` documents run the default pipeline; larger ones run the
text-only pipeline (``text``) to keep the run short.  Search latency is the wall time of
``SQLiteStore.search`` (top 20 with snippets) over a fixed query set, repeated; the report gives the
median and 95th percentile in milliseconds.

``--db postgresql://user@host/dbname`` runs the same benchmark against PostgreSQL: each size goes into
a fresh schema of that database (``rasid_bench_<n>_<pid>``, dropped afterwards), and the database
size is the total size of that schema's tables and indexes.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from rasid.ingest.readers import Item
from rasid.ingest.runner import ingest
from rasid.ingest.synthetic import MARKER_VARIANTS, article
from rasid.pipeline import DEFAULT_PIPELINE
from rasid.store import Filters, SQLiteStore, Store, is_postgres_url, open_store

QUERIES = [
    ("الحوار", {}), ("القاهرة", {}), ("بالقاهرة", {}), ('"مجلس الأمن"', {}), ("اسكندريه", {}),
    ("مساعدات OR عقوبات", {}), ("المحتجين NOT الطلاب", {}), ("محادث*", {}), ("الكهرباء", {"date_from": "2022-01-01"}),
    ("النازحين", {"date_from": "2020-01-01", "date_to": "2020-12-31"}), ("الانتخابات", {"outlet": "صحيفة النهار"}),
    ("وزير الخارجية", {}), ("نواكشوط", {}), ("الصليب الأحمر", {}), ("انفجارا", {}),
]


def make_items(n: int, seed: int = 1) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for i in range(n):
        marker = MARKER_VARIANTS[i % len(MARKER_VARIANTS)] if i % 50 == 0 else None
        a = article(rng, marker=marker)
        items.append(Item(origin=f"gen#{i}", kind="jsonl", text=a["text"],
                          meta={"title": a["title"], "published": a["published"], "source": a["source"]}))
    return items


def search_latency(store: Store, repeats: int = 5) -> dict[str, float]:
    times = []
    hits = {}
    for _ in range(repeats):
        for q, f in QUERIES:
            t0 = time.perf_counter()
            rows = store.search(q, Filters(**f), limit=20)
            times.append((time.perf_counter() - t0) * 1000)
            hits[q] = len(rows)
    times.sort()
    t0 = time.perf_counter()
    n = store.count("الحوار")
    count_ms = (time.perf_counter() - t0) * 1000
    return {"search_median_ms": round(statistics.median(times), 2),
            "search_p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
            "count_ms": round(count_ms, 2), "count_hits": n}


def run(n: int, jobs: int, components, workdir: Path, url: str | None = None) -> dict:
    if url and is_postgres_url(url):
        return run_pg(n, jobs, components, url)
    db = workdir / f"bench_{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    items = make_items(n)
    store = SQLiteStore(db)
    out = measure(store, n, jobs, components, items)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    out["db_mb"] = round(os.path.getsize(db) / 1e6, 1)
    db.unlink()
    return out


def measure(store: Store, n: int, jobs: int, components, items) -> dict:
    s = ingest(store, items=items, components=components, jobs=jobs, batch_size=64, progress=False)
    out = {"backend": type(store).__name__, "documents": n, "pipeline": ",".join(components), "jobs": jobs,
           "ingest_s": round(s.seconds, 1), "docs_per_s": round(s.ingested / s.seconds, 1), "ingested": s.ingested,
           "near_duplicates": s.near_duplicates}
    out.update(search_latency(store))
    return out


def run_pg(n: int, jobs: int, components, url: str) -> dict:
    import psycopg

    schema = f"rasid_bench_{n}_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        sep = "&" if "?" in url else "?"
        store = open_store(f"{url}{sep}options=-csearch_path%3D{schema}")
        out = measure(store, n, jobs, components, make_items(n))
        out["db_mb"] = round(store.conn.execute(
            "SELECT sum(pg_total_relation_size(c.oid))::float8 AS b FROM pg_class c JOIN pg_namespace s "
            "ON s.oid = c.relnamespace WHERE s.nspname = %s AND c.relkind IN ('r', 'm')",
            (schema,)).fetchone()["b"] / 1e6, 1)
        store.close()
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--full-upto", type=int, default=10000, help="largest size run with the default pipeline")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--db", default=None, metavar="URL",
                    help="postgresql:// URL: benchmark the PostgreSQL backend (in a temporary schema) instead of SQLite")
    args = ap.parse_args()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="rasid-bench-"))
    for n in args.sizes:
        comps = list(DEFAULT_PIPELINE) if n <= args.full_upto else ["text"]
        print(json.dumps(run(n, args.jobs, comps, workdir, args.db), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
