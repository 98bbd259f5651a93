"""Helpers shared by the entity and actor tests."""
from __future__ import annotations

from functools import lru_cache

from rasid.pipeline import Pipeline


@lru_cache(maxsize=2)
def pipeline(with_actors: bool = True) -> Pipeline:
    names = ["text", "entities", "places", "actors"] if with_actors else ["text", "entities"]
    return Pipeline(names)


def run(text: str, published: str | None = "2019-08-07", actors: bool = True):
    return pipeline(actors).analyze(text, published=published)


def ents(doc, label=None):
    return [(e.text, e.label) for e in doc.entities if label is None or e.label == label]


def actor(doc, actor_id):
    for a in doc.actors:
        if a.id == actor_id:
            return a
    raise AssertionError(f"no actor {actor_id}: {[a.id for a in doc.actors]}")
