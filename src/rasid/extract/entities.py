"""named-entity recognition (PER ORG GPE LOC FAC NORP EVENT) — issue 3.

Placeholder: registers the component so the pipeline chain is complete; it adds no annotations yet.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("entities", requires=("tokens", "sentences"), assigns=("entities",), description="named-entity recognition (PER ORG GPE LOC FAC NORP EVENT) — issue 3")
class EntitiesComponent:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        return None
