"""Helpers for the places tests: run the text layer, optionally add hand-built entities, run places."""
from __future__ import annotations

from functools import lru_cache

from rasid.document import Entity
from rasid.extract.places import PlacesComponent
from rasid.pipeline import Pipeline, make_document


@lru_cache(maxsize=1)
def _text():
    return Pipeline(["text"])


@lru_cache(maxsize=1)
def component():
    return PlacesComponent({})


def run(text, entities=()):
    """Analyse ``text`` with the text layer, the given ``(surface, label[, occurrence])`` entities and places."""
    doc = make_document(text)
    _text()(doc)
    for ent in entities:
        surface, label = ent[0], ent[1]
        extra = ent[2] if len(ent) > 2 else {}
        start = text.index(surface)
        doc.add("entities", Entity(start, start + len(surface), "", label, origin="test", extra=dict(extra)))
    component()(doc)
    return doc


def places(doc):
    return [(p.text, p.country_code) for p in doc.places]


def place(doc, surface):
    found = [p for p in doc.places if p.text == surface]
    assert found, f"{surface!r} not resolved; places: {places(doc)}"
    return found[0]


def run_spans(text, spans):
    """Like :func:`run` with entities given as ``(start, end, label)`` offsets."""
    doc = make_document(text)
    _text()(doc)
    for start, end, label in spans:
        doc.add("entities", Entity(start, end, "", label, origin="test"))
    component()(doc)
    return doc
