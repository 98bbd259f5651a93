"""The text component: normalised view, paragraphs, sentences, tokens (clitic words on demand)."""
from __future__ import annotations

from ..document import Document, Sentence
from ..pipeline import register
from ..text import text_view


@register("text", assigns=("norm", "paragraphs", "sentences", "tokens"),
          description="normalised view with offset map, paragraphs, sentences, tokens and clitic words")
class TextLayer:
    def __init__(self, config: dict):
        self.config = config

    def __call__(self, doc: Document) -> None:
        tv = text_view(doc)
        doc.layers["sentences"] = [Sentence(s.start, s.end, s.paragraph) for s in tv.sentences]
