"""PLOVER event coding — issue 7.

Placeholder: registers the component so the pipeline chain is complete; it adds no annotations yet.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("events", requires=("sentences", "actors", "places", "quantities", "times", "quotes"), assigns=("events",), description="PLOVER event coding — issue 7")
class EventsComponent:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        return None
