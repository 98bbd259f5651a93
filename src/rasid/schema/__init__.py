"""The JSON Schema of rasid.document/1 (``rasid.document-1.schema.json``)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def load_schema() -> dict:
    return json.loads((resources.files(__package__) / "rasid.document-1.schema.json").read_text(encoding="utf-8"))


def validate(data: dict) -> None:
    """Raise jsonschema.ValidationError when ``data`` does not follow rasid.document/1."""
    import jsonschema

    jsonschema.validate(data, load_schema())
