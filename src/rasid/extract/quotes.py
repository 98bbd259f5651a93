"""direct and indirect quotes with their sources — issue 6.

Placeholder: registers the component so the pipeline chain is complete; it adds no annotations yet.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("quotes", requires=("sentences", "entities", "actors"), assigns=("quotes",), description="direct and indirect quotes with their sources — issue 6")
class QuotesComponent:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        return None
