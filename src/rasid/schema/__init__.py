"""The JSON Schema of rasid.document/1 (``rasid.document-1.schema.json``)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def load_schema() -> dict:
    return json.loads((resources.files(__package__) / "rasid.document-1.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate(data: dict) -> None:
    """Raise jsonschema.ValidationError when ``data`` does not follow rasid.document/1 (the validator
    is built once per process; ``jsonschema.validate`` would re-check the schema on every call)."""
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        raise error
