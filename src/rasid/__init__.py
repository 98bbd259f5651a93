"""rasid (راصد): offline analysis of Arabic news into structured, sourced, offset-anchored records."""
__version__ = "0.1.0"

from .document import SCHEMA, Document, Meta  # noqa: E402
from .errors import RasidError  # noqa: E402
from .pipeline import Pipeline, analyze, load, pipe, register, registry  # noqa: E402

__all__ = ["SCHEMA", "Document", "Meta", "RasidError", "Pipeline", "analyze", "load", "pipe", "register",
           "registry", "__version__"]


def __getattr__(name: str):  # rasid.Corpus is imported lazily (the corpus layer pulls in SQLite and export code)
    if name == "Corpus":
        from .corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'rasid' has no attribute {name!r}")
