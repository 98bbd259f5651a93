"""Direct and indirect quotes with their sources — issue 6.

The work is done by :class:`rasid.quotes.QuoteExtractor` (see ``docs/quotes.md``); this module
registers it as the ``quotes`` component.  It uses PER/ORG/NORP entities, actors, places and times
when earlier components provide them, and otherwise describes sources from its own lexicons.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register
from ..quotes import QuoteExtractor


@register("quotes", requires=("sentences", "entities", "actors"), assigns=("quotes",),
          description="direct and indirect quotes with their sources — issue 6")
class QuotesComponent:
    def __init__(self, config: dict):
        self.config = config
        self.extractor = QuoteExtractor(config)

    def __call__(self, doc: Document) -> None:
        self.extractor(doc)
