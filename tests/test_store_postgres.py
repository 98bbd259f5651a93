"""PostgreSQL backend specifics: migrations table, connection errors, concurrent writers, the query
translation to tsquery, and ranking that agrees with SQLite's on clear cases.  The shared store
behaviour (round trip, dedup, registry, filters, search, exports) is in the parametrised tests."""
import threading

import pytest

from rasid.errors import RasidError
from rasid.ingest import dedup
from rasid.pipeline import make_document
from rasid.store import Prepared, SQLiteStore, open_store
from rasid.store.postgres import MIGRATIONS, SCHEMA_VERSION, PostgresStore, redact, ts_query
from rasid.store.sqlite import SCHEMA_VERSION as SQLITE_SCHEMA_VERSION
from test_store_sqlite import doc1, doc2, prep


def test_pg_query_translation_mirrors_fts5_syntax():
    assert ts_query("بالإسكندرية") == ("'اسكندريه'", ["اسكندريه"])
    assert ts_query("الطرفين OR القمح")[0] == "'طرفين' | 'قمح'"
    assert ts_query("المعبر NOT ليبيا")[0] == "'معبر' & ! 'ليبيا'"
    assert ts_query('"المحكمة العليا" محادث*')[0] == "('محكمه' <-> 'عليا') & 'محادث':*"
    assert ts_query("(القمح OR الميناء) أمس")[0] == "( 'قمح' | 'ميناء' ) & 'امس'"
    for bad in ["(القمح", "ميناء)", "NOT القمح", "", "OR"]:
        with pytest.raises(RasidError) as exc:
            ts_query(bad)
        assert exc.value.code == "E233"


def test_pg_password_is_not_shown_in_messages():
    assert redact("postgresql://ali:s3cret@db.example:5433/news") == "postgresql://ali:***@db.example:5433/news"
    assert redact("postgresql://ali@db/news") == "postgresql://ali@db/news"


@pytest.mark.parametrize("url,code", [
    ("postgresql://[bad/db", "E252"),
    ("postgresql://u@127.0.0.1:notaport/db", "E252"),
    ("postgresql://u@127.0.0.1:5432/db?bogus=1", "E252"),
])
def test_pg_bad_urls_are_e252(url, code):
    pytest.importorskip("psycopg")
    with pytest.raises(RasidError) as exc:
        open_store(url)
    assert exc.value.code == code


def test_pg_server_down_is_e250():
    pytest.importorskip("psycopg")
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(RasidError) as exc:
        open_store(f"postgresql://rasid:pw@127.0.0.1:{port}/news?connect_timeout=3")
    assert exc.value.code == "E250" and "pw" not in exc.value.message


def test_pg_unknown_role_is_e251_and_unknown_database_e250(pg_dsn):
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    info = conninfo_to_dict(pg_dsn)
    with pytest.raises(RasidError) as exc:
        PostgresStore(make_conninfo(**{**info, "user": "nobody_here"}))
    assert exc.value.code == "E251"
    with pytest.raises(RasidError) as exc:
        PostgresStore(make_conninfo(**{**info, "dbname": "no_such_db"}))
    assert exc.value.code == "E250" and "no_such_db" in exc.value.message


def test_pg_migrations_table_old_schemas_and_newer_ones(pg_new_url):
    import psycopg

    url = pg_new_url()
    with psycopg.connect(url, autocommit=True) as conn:  # a database left at schema 2 by an older rasid
        conn.execute("CREATE TABLE rasid_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        for version, sql in MIGRATIONS[:2]:
            conn.execute(sql)
            conn.execute("INSERT INTO rasid_migrations VALUES (%s, 'then')", (version,))
        conn.execute("INSERT INTO documents(doc_key, content_hash, text) VALUES ('old', 'h', 'نص قديم')")
        conn.execute("INSERT INTO events(doc_id, event_id, type) VALUES (1, 'e1', 'AGREE')")
    s = PostgresStore(url, readonly=True)  # a reader that may write brings it up to date
    assert s.schema_version == SCHEMA_VERSION == SQLITE_SCHEMA_VERSION
    (row,) = s.rows("events")
    assert row["type"] == "AGREE" and row["doc_key"] == "old" and "date_text" in row and "acled" in row
    s.close()
    with psycopg.connect(url, autocommit=True) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM rasid_migrations ORDER BY version")]
        assert versions == [v for v, _ in MIGRATIONS]
        conn.execute("INSERT INTO rasid_migrations VALUES (%s, 'future')", (SCHEMA_VERSION + 1,))
    with pytest.raises(RasidError) as exc:
        PostgresStore(url)
    assert exc.value.code == "E230"


def test_pg_readonly_on_an_empty_database_is_e231_and_readers_cannot_write(pg_new_url):
    url = pg_new_url()
    with pytest.raises(RasidError) as exc:
        open_store(url, readonly=True)
    assert exc.value.code == "E231"
    open_store(url).close()
    with open_store(url, readonly=True) as s:
        import psycopg

        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            s.add(prep(doc1()))
    with pytest.raises(RasidError) as exc:  # --where conditions cannot write either
        with open_store(url) as s:
            list(s.rows("documents", "(SELECT count(*) FROM (DELETE FROM documents RETURNING 1) x) = 0"))
    assert exc.value.code == "E234"


def test_pg_two_writers_store_each_article_once(pg_new_url):
    url = pg_new_url()
    open_store(url).close()
    texts = [f"أعلنت بلدية المدينة رقم {i} افتتاح حديقة عامة جديدة قرب السوق القديم يوم الأحد." for i in range(30)]
    errors = []

    def writer():
        try:
            with open_store(url) as s:
                for t in texts:
                    d = make_document(t)
                    with s.transaction():
                        s.add(Prepared(d, dedup.content_hash(t), dedup.to_bytes(dedup.minhash(t)), origin=t[:30]))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(url) as s:
        assert len(s) == 30 and s.count("الحديقة") == 30
        assert len({r["doc_key"] for r in s.rows("documents")}) == 30


RANKED = {
    "title": ("مهرجان السينما", "افتتح المهرجان أمس بعرض فيلم قصير أمام جمهور كبير."),
    "body2": ("أخبار ثقافية", "عرضت السينما الوطنية فيلمين، وقالت إدارة السينما إن الإقبال كان جيدا."),
    "body1": ("أخبار محلية", "أغلقت السوق باكرا بسبب المطر، وأعيد فتح دار السينما مساء اليوم نفسه بعد الإصلاحات الطويلة."),
    "none": ("أخبار رياضية", "فاز الفريق المحلي بالمباراة النهائية بعد ركلات الترجيح."),
}


def test_pg_ranking_agrees_with_sqlite_on_clear_cases(pg_new_url, tmp_path):
    orders = []
    for s in (SQLiteStore(tmp_path / "r.db"), PostgresStore(pg_new_url())):
        for key, (title, text) in RANKED.items():
            d = make_document(text, id=key, title=title)
            s.add(Prepared(d, dedup.content_hash(text)))
        orders.append([r["doc_key"] for r in s.search("السينما")])
        assert s.count("السينما NOT فيلم") == 2  # فيلمين is another word
        s.close()
    # the word in the title beats the body; twice in a short body beats once in a long one
    assert orders[0] == orders[1] == ["title", "body2", "body1"]


def test_pg_kill_9_then_rerun_stores_each_document_once(pg_new_url, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    import psycopg

    from conftest import ROOT
    from rasid.ingest.dedup import BANDS
    from rasid.ingest.synthetic import write_corpus

    url = pg_new_url()
    m = write_corpus(tmp_path / "in", 600, seed=7)
    cmd = [sys.executable, "-m", "rasid", "ingest", str(tmp_path / "in"), "--db", url, "--components", "text",
           "--jobs", "1", "--batch-size", "4", "--no-progress", "--text-field", "matn", "--title-field", "unwan",
           "--published-field", "tarikh", "--source-field", "masdar"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def count(q="SELECT count(*) FROM documents"):
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                return conn.execute(q).fetchone()[0]
        except psycopg.Error:  # tables not created yet
            return 0

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while count() < 60 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = count()
    assert 60 <= partial < m.unique

    r = subprocess.run(cmd + ["--json"], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert count() == count("SELECT count(DISTINCT content_hash) FROM documents") == m.unique
    assert count("SELECT count(*) FROM documents_fts") == m.unique
    assert count("SELECT count(*) FROM lsh") == m.unique * BANDS
    assert count("SELECT count(*) FROM sources") == m.items
