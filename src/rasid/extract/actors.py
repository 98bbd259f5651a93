"""actor resolution and in-document coreference — issue 3.

Placeholder: registers the component so the pipeline chain is complete; it adds no annotations yet.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("actors", requires=("tokens", "entities", "places"), assigns=("actors",), description="actor resolution and in-document coreference — issue 3")
class ActorsComponent:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        return None
