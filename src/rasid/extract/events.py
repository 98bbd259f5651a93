"""PLOVER event coding — issue 7.

Thin pipeline wrapper around :class:`rasid.events.EventCoder` (lexicons compiled once per component).
Config keys: ``window_after`` / ``window_before`` (tokens searched for arguments, default 25 / 12),
``dedup`` (merge repeated reports of one event, default true).
"""
from __future__ import annotations

from ..document import Document
from ..events import EventCoder
from ..pipeline import register


@register("events", requires=("sentences", "actors", "places", "quantities", "times", "quotes"), assigns=("events",), description="PLOVER event coding — issue 7")
class EventsComponent:
    def __init__(self, config: dict):
        self.config = config
        self.coder = EventCoder(config)

    def __call__(self, doc: Document) -> None:
        self.coder(doc)
