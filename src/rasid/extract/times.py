"""temporal expressions normalised to the publication date — issue 4.

Placeholder: registers the component so the pipeline chain is complete; it adds no annotations yet.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("times", requires=("tokens", "sentences"), assigns=("times",), description="temporal expressions normalised to the publication date — issue 4")
class TimesComponent:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        return None
