"""A PostgreSQL server for the tests: ``$RASID_TEST_PG_DSN`` when set, else a throwaway cluster
(initdb into a temporary directory, pg_ctl start on a free port, stopped and removed at the end).

As root the cluster runs as the ``postgres`` user (PostgreSQL refuses to run as root).  When no
PostgreSQL binaries are found :func:`start` returns ``(None, reason)`` and the tests skip with it.
"""
from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def find_bindir() -> Path | None:
    cands = []
    if os.environ.get("RASID_PG_BINDIR"):
        cands.append(os.environ["RASID_PG_BINDIR"])
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=10)
        if out.returncode == 0:
            cands.append(out.stdout.strip())
    except (OSError, subprocess.SubprocessError):
        pass
    cands += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]) if
                    p.split("/")[-2].isdigit() else 0, reverse=True)
    which = shutil.which("initdb")
    if which:
        cands.append(str(Path(which).resolve().parent))
    for c in cands:
        if (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A throwaway cluster; :meth:`stop` is idempotent and also registered with atexit."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="rasid-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            shutil.chown(self.root, user="postgres")
        self.started = False
        atexit.register(self.stop)

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [str(a) for a in args]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--"] + cmd
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)

    def start(self) -> str:
        r = self._run(self.bindir / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
        if r.returncode:  # C.UTF-8 missing on some systems
            shutil.rmtree(self.data, ignore_errors=True)
            r = self._run(self.bindir / "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                          "--no-locale", "--no-sync")
        if r.returncode:
            raise RuntimeError(f"initdb failed: {r.stderr.strip()[-500:]}")
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB -c max_connections=40")
        r = self._run(self.bindir / "pg_ctl", "-D", self.data, "-o", opts, "-l", self.root / "log", "-w", "-t", "60",
                      "start")
        self.started = True  # even a failed start may leave a postmaster behind: stop() checks
        if r.returncode:
            log = (self.root / "log").read_text(errors="replace")[-800:] if (self.root / "log").exists() else ""
            self.stop()
            raise RuntimeError(f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log}")
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if self.started and (self.data / "postmaster.pid").exists():
            try:
                self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "-t", "60", "stop")
            except (OSError, subprocess.SubprocessError):
                pass
        self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


def start() -> tuple[str | None, Cluster | None, str]:
    """(DSN, cluster to stop or None, reason when no server)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, None, "psycopg is not installed (pip install 'psycopg[binary]')"
    dsn = os.environ.get("RASID_TEST_PG_DSN")
    if dsn:
        return dsn, None, ""
    bindir = find_bindir()
    if bindir is None:
        return None, None, ("PostgreSQL is not installed (no initdb/pg_ctl found via pg_config, "
                            "/usr/lib/postgresql/*/bin or PATH) and RASID_TEST_PG_DSN is not set")
    cluster = Cluster(bindir)
    try:
        return cluster.start(), cluster, ""
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        return None, None, f"could not start a throwaway PostgreSQL cluster: {exc}"


def with_schema(dsn: str, schema: str) -> str:
    """The DSN with ``search_path`` set to ``schema`` (one fresh schema per test)."""
    sep = "&" if "?" in dsn else "?"
    return f"{dsn}{sep}options=-csearch_path%3D{schema}"


def new_schema(dsn: str) -> str:
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    return name


def drop_schema(dsn: str, name: str) -> None:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
