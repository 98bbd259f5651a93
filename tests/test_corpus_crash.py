"""Crash safety: kill -9 an ingest mid-way, rerun it, and every document is stored exactly once."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT
from rasid.ingest.dedup import BANDS
from rasid.ingest.synthetic import write_corpus


def _count(db):
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return 0


def test_corpus_kill_9_then_rerun_stores_each_document_once(tmp_path):
    m = write_corpus(tmp_path / "in", 1500, seed=5)
    db = tmp_path / "c.db"
    cmd = [sys.executable, "-m", "rasid", "ingest", str(tmp_path / "in"), "--db", str(db), "--components", "text",
           "--jobs", "1", "--batch-size", "4", "--no-progress", "--text-field", "matn", "--title-field", "unwan",
           "--published-field", "tarikh", "--source-field", "masdar"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db) < 150 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = _count(db)
    assert 150 <= partial < m.unique

    r = subprocess.run(cmd + ["--json"], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n, distinct = conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone()
    assert n == distinct == m.unique
    assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == n
    assert conn.execute("SELECT count(*) FROM lsh").fetchone()[0] == n * BANDS
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == m.items
    assert conn.execute("SELECT count(*) FROM annotations WHERE layer = 'sentences'").fetchone()[0] == n
    conn.close()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as f:
            return "\nState:\tZ" not in f.read()
    except FileNotFoundError:
        return False


def test_corpus_kill_9_of_a_parallel_ingest_leaves_no_workers(tmp_path):
    if not os.path.isdir("/proc"):
        import pytest

        pytest.skip("needs /proc")
    write_corpus(tmp_path / "in", 600, seed=8)
    db = tmp_path / "c.db"
    cmd = [sys.executable, "-m", "rasid", "ingest", str(tmp_path / "in"), "--db", str(db), "--components", "text",
           "--jobs", "2", "--batch-size", "4", "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 40 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    children = [int(p) for p in subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                                               text=True).stdout.split()]
    assert proc.poll() is None and len(children) == 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    leftover = [c for c in children if _alive(c)]
    for c in leftover:  # do not leave them behind if the assertion fails
        os.kill(c, signal.SIGKILL)
    assert not leftover
