"""Helpers for the quote tests: run the text layer and the quote component on a sentence."""
from __future__ import annotations

from rasid.document import Actor, Entity
from rasid.pipeline import Pipeline, make_document
from rasid.quotes import QuoteExtractor

_TEXT = Pipeline(["text"])
_EXTRACTOR = QuoteExtractor()


def run(text: str, entities=(), actors=()):
    """Analyse ``text`` with the text layer, the given entities/actors, then the quote component.

    ``entities`` are (surface, label, actor_id, extra) tuples located by their first occurrence."""
    doc = _TEXT(make_document(text))
    for surface, label, actor_id, extra in entities:
        i = text.index(surface)
        doc.add("entities", Entity(i, i + len(surface), surface, label, actor_id=actor_id, extra=dict(extra or {})))
    for a in actors:
        doc.add("actors", a)
    _EXTRACTOR(doc)
    assert doc.check_offsets() == []
    for q in doc.quotes:
        if q.source is not None and q.source.start is not None:
            assert doc.text[q.source.start:q.source.end] == q.source.text
    return doc


def only(doc):
    assert len(doc.quotes) == 1, [(q.kind, q.cue, q.text) for q in doc.quotes]
    return doc.quotes[0]


__all__ = ["run", "only", "Actor"]
