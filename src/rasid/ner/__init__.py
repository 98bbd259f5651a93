"""NER models, CoNLL I/O and evaluation (issue 3, part 2).

* :func:`load_model` -- a CRF file from ``rasid train ner`` or a local Hugging Face model directory;
  ``model.predict(doc)`` returns :class:`rasid.document.Entity` records (``origin`` ``model:crf`` /
  ``model:hf``), ``model.tag_tokens(sentences)`` BIO tags.
* :mod:`rasid.ner.conll` -- CoNLL readers/writers and BIO <-> spans.
* :mod:`rasid.ner.evaluate` -- entity-level precision/recall/F1 with label-scheme mapping.
* :mod:`rasid.ner.crf` -- CRF features, training and tagging (python-crfsuite).
* :mod:`rasid.ner.tagging` -- the default pipeline as a token tagger (``rasid tag`` without a model).
"""
from .conll import ConllSentence, TokSpan, bio_to_spans, iter_conll, read_conll, spans_to_bio
from .models import NerModel, load_model

__all__ = ["ConllSentence", "TokSpan", "bio_to_spans", "iter_conll", "read_conll", "spans_to_bio",
           "NerModel", "load_model"]
