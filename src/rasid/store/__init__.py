"""Corpus storage: the :class:`Store` interface, the default :class:`SQLiteStore` backend (one file) and
:class:`~rasid.store.postgres.PostgresStore` for a ``postgresql://`` URL (needs psycopg 3)."""
from .base import TABLES, AddResult, Filters, Prepared, Store
from .sqlite import SCHEMA_VERSION, SQLiteStore


def is_postgres_url(path) -> bool:
    return str(path).startswith(("postgres://", "postgresql://"))


def open_store(path, *, readonly: bool = False) -> Store:
    """Open (or create) a corpus database: an SQLite file, or a PostgreSQL database given by a
    ``postgresql://user:password@host:port/dbname`` URL."""
    if is_postgres_url(path):
        from .postgres import PostgresStore

        return PostgresStore(str(path), readonly=readonly)
    return SQLiteStore(path, readonly=readonly)


__all__ = ["TABLES", "AddResult", "Filters", "Prepared", "Store", "SQLiteStore", "SCHEMA_VERSION", "open_store",
           "is_postgres_url"]
