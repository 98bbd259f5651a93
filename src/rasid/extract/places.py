"""geoparsing to GeoNames with context disambiguation — issue 5.

Placeholder: registers the component so the pipeline chain is complete; it adds no annotations yet.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("places", requires=("tokens", "entities"), assigns=("places",), description="geoparsing to GeoNames with context disambiguation — issue 5")
class PlacesComponent:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        return None
