"""numbers and typed quantities (killed, wounded, money…) — issue 4.

Placeholder: registers the component so the pipeline chain is complete; it adds no annotations yet.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("quantities", requires=("tokens", "sentences"), assigns=("quantities",), description="numbers and typed quantities (killed, wounded, money…) — issue 4")
class QuantitiesComponent:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        return None
