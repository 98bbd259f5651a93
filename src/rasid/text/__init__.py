"""The Arabic text layer: normalisation with offset maps, sentences, tokens and clitic words."""
from .normalize import NormText, fold, normalize
from .segment import Paragraph, SentenceSpan, TextView, Token, Word
from .clitics import segment as segment_clitics

__all__ = ["NormText", "fold", "normalize", "Paragraph", "SentenceSpan", "TextView", "Token", "Word",
           "segment_clitics", "text_view"]


def text_view(doc) -> TextView:
    """The document's TextView, built on first use and cached in ``doc.views``."""
    tv = doc.views.get("text")
    if tv is None:
        tv = TextView(doc.text, doc.views.get("norm"))
        doc.views["text"] = tv
        doc.views["norm"] = tv.norm
    return tv
