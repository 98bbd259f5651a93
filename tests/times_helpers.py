"""Helpers for the times tests: run the times component on a sentence written for the test."""
from __future__ import annotations

from rasid.pipeline import Pipeline, make_document

_PIPES: dict = {}


def times(text: str, published: str | None = "2019-08-07", direction: str = "past"):
    key = direction
    if key not in _PIPES:
        _PIPES[key] = Pipeline(("text", "times"), {"times": {"default_direction": direction}})
    doc = _PIPES[key](make_document(text, published=published))
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
    return doc.times


def values(text: str, published: str | None = "2019-08-07", direction: str = "past") -> dict[str, str | None]:
    return {t.text: t.value for t in times(text, published, direction)}
