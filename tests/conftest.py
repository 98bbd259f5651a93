"""Shared fixtures.  ``shared_dir`` is ../shared (or $RASID_SHARED); tests that need it skip when absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _shared() -> Path | None:
    env = os.environ.get("RASID_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if cand.is_dir():
            return cand
    return None


SHARED = _shared()


@pytest.fixture
def shared_dir() -> Path:
    if SHARED is None:
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def seed_text(shared_dir) -> str:
    p = shared_dir / "corpus" / "seed_haftar_cairo.txt"
    if not p.exists():
        pytest.skip("seed article not present")
    return p.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    import rasid

    return rasid.load()


# -- corpus backends: SQLite file or PostgreSQL (tests/pg_server.py starts a throwaway server) -------
@pytest.fixture(scope="session")
def pg_dsn():
    """DSN of a PostgreSQL server: $RASID_TEST_PG_DSN, else a throwaway cluster stopped at session end."""
    import pg_server

    dsn, cluster, reason = pg_server.start()
    if dsn is None:
        pytest.skip(reason)
    try:
        yield dsn
    finally:
        if cluster is not None:
            cluster.stop()


@pytest.fixture(scope="session")
def pg_new_url(pg_dsn):
    """Factory of URLs each pointing at a fresh schema (dropped at session end)."""
    import pg_server

    made: list[str] = []

    def make() -> str:
        made.append(pg_server.new_schema(pg_dsn))
        return pg_server.with_schema(pg_dsn, made[-1])

    yield make
    for name in made:
        pg_server.drop_schema(pg_dsn, name)


def _db_url(request, directory) -> str:
    if request.param == "postgres":
        return request.getfixturevalue("pg_new_url")()
    return str(directory / "c.db")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """An empty corpus database, once per backend."""
    return _db_url(request, tmp_path)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def db_url_module(request, tmp_path_factory) -> str:
    return _db_url(request, tmp_path_factory.mktemp("db"))
