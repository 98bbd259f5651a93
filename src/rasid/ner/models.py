"""Pluggable NER models behind one interface.

``load_model(path)`` returns a :class:`NerModel`:

* a file written by ``rasid train ner`` (or a plain crfsuite file)  -> :class:`rasid.ner.crf.CrfModel`,
  ``origin="model:crf"``;
* a directory holding a Hugging Face token-classification model (``config.json``, weights, tokenizer)
  -> :class:`rasid.ner.hf.HfModel`, ``origin="model:hf"``; loaded with ``local_files_only=True``,
  never downloaded.

Every model tags token sequences (``tag_tokens``: tokens in, BIO tags out, 1:1) and documents
(``predict(doc)``: a list of :class:`rasid.document.Entity` with offsets into ``doc.text``, labels
mapped to rasid's PER ORG GPE LOC FAC NORP EVENT by the ``rasid`` scheme of ``ner_label_map.tsv``;
model labels with no rasid counterpart, such as MISC, are left out).  ``predict`` does not add the
entities to the document: the entities component merges them with the lexicon's.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..document import Document, Entity
from ..errors import RasidError
from .conll import bio_to_spans


@dataclass(slots=True)
class Piece:
    """A unit the model tags: a token, or a clitic-separated part of one.

    ``start``/``end`` cover the piece in the original text; an entity that begins on this piece
    begins at ``lead`` (after a proclitic preposition: بالقاهرة -> القاهرة).
    """

    start: int
    end: int
    lead: int
    text: str


def doc_pieces(doc: Document, split_clitics: bool) -> list[list[Piece]]:
    """The document's sentences as lists of pieces.

    With ``split_clitics`` the conjunctions و ف and pronoun suffixes become pieces of their own (the
    NewsFANE/ANERcorp segmentation); otherwise every token is one piece.
    """
    from ..text import text_view

    tv = text_view(doc)
    text = doc.text
    out: list[list[Piece]] = []
    for sent in tv.sentences:
        pieces: list[Piece] = []
        for tok in tv.sentence_tokens(sent):
            if tok.kind != "word":
                pieces.append(Piece(tok.start, tok.end, tok.start, tok.text))
                continue
            words = tok.words
            if len(words) == 1:
                pieces.append(Piece(tok.start, tok.end, tok.start, tok.text))
                continue
            if not split_clitics:
                pieces.append(Piece(tok.start, tok.end, _lead(words, tok.start), tok.text))
                continue
            mid = [w for w in words if w.role not in ("conj", "pron")]
            for w in words:
                if w.role == "conj":
                    pieces.append(Piece(w.start, w.end, w.start, w.text))
            if mid:
                s, e = mid[0].start, mid[-1].end
                pieces.append(Piece(s, e, _lead(mid, s), text[s:e]))
            for w in words:
                if w.role == "pron":
                    pieces.append(Piece(w.start, w.end, w.start, w.text))
        if pieces:
            out.append(pieces)
    return out


def _lead(words, default: int) -> int:
    """Where an entity starting on this token starts: after و ف ب ل ك and the future س, except in the
    لل spelling (للقاهرة), where rasid spans start at the preposition, as the lexicon matcher's do."""
    for k, w in enumerate(words):
        if w.role in ("conj", "prep", "fut"):
            if w.role == "prep" and w.norm == "ل" and k + 1 < len(words) and words[k + 1].role == "det" \
                    and words[k + 1].norm == "ل":
                return w.start
            continue
        return w.start
    return default


class NerModel:
    """Base class: subclasses implement :meth:`tag_tokens`."""

    origin = "model"
    split_clitics = False
    labels: list[str] = []
    path: str | None = None

    def tag_tokens(self, sentences: Sequence[Sequence[str]], with_scores: bool = False):
        """BIO tags (the model's own label names) for each token of each sentence."""
        raise NotImplementedError

    def predict(self, doc: Document) -> list[Entity]:
        """Entities over ``doc.text`` (not added to the document), rasid labels, ``origin`` set."""
        from .evaluate import map_label

        if not doc.text.strip():
            return []
        sents = doc_pieces(doc, self.split_clitics)
        if not sents:
            return []
        tags, scores = self.tag_tokens([[p.text for p in s] for s in sents], with_scores=True)
        ents: list[Entity] = []
        text = doc.text
        for pieces, stags, sscores in zip(sents, tags, scores):
            for sp in bio_to_spans(list(stags)):
                label = map_label(sp.label, "rasid")
                if not label:
                    continue
                start, end = pieces[sp.start].lead, pieces[sp.end - 1].end
                if start >= end:
                    continue
                score = None
                if sscores:
                    vals = sscores[sp.start:sp.end]
                    score = round(float(sum(vals) / len(vals)), 4) if vals else None
                ents.append(Entity(start, end, text[start:end], label, score=score, origin=self.origin,
                                   extra={"model_label": sp.label}))
        return ents

    def __call__(self, doc: Document) -> list[Entity]:
        return self.predict(doc)


_CACHE: dict[tuple, NerModel] = {}
_LOCK = threading.Lock()


def load_model(path: str | os.PathLike) -> NerModel:
    """Load a CRF model file or a local Hugging Face model directory (cached per path and mtime)."""
    if path is None or str(path).strip() == "":
        raise RasidError("E040", "no model path given")
    p = Path(path).expanduser()
    if not p.exists():
        raise RasidError("E040", f"NER model {p} not found")
    try:
        key = (str(p.resolve()), p.stat().st_mtime_ns)
    except OSError as exc:
        raise RasidError("E041", f"cannot read NER model {p}: {exc}") from None
    with _LOCK:
        model = _CACHE.get(key)
        if model is not None:
            return model
    if p.is_dir():
        if not (p / "config.json").exists():
            raise RasidError("E042", f"{p} is a directory without config.json: not a Hugging Face model")
        from .hf import HfModel

        model = HfModel(p)
    else:
        from .crf import load_crf

        try:
            model = load_crf(p)
        except OSError as exc:
            raise RasidError("E041", f"cannot read NER model {p}: {exc}") from None
    with _LOCK:
        _CACHE[key] = model
    return model
