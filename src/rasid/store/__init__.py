"""Corpus storage: the :class:`Store` interface and the default :class:`SQLiteStore` backend."""
from .base import TABLES, AddResult, Filters, Prepared, Store
from .sqlite import SCHEMA_VERSION, SQLiteStore


def open_store(path, *, readonly: bool = False) -> Store:
    """Open (or create) a corpus database.  Only SQLite files for now; a ``postgresql://`` URL is
    reserved for the PostgreSQL backend."""
    if str(path).startswith(("postgres://", "postgresql://")):
        from ..errors import RasidError

        raise RasidError("E231", "the PostgreSQL backend is not available in this version; use an SQLite file")
    return SQLiteStore(path, readonly=readonly)


__all__ = ["TABLES", "AddResult", "Filters", "Prepared", "Store", "SQLiteStore", "SCHEMA_VERSION", "open_store"]
