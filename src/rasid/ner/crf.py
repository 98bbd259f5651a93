"""CRF named-entity tagger (python-crfsuite): training, saving, loading, tagging.

A rasid CRF model is one file: the magic line ``RASIDCRF1``, one line of JSON metadata (labels,
feature version, lexicon fingerprint, training figures) and the crfsuite model bytes.  Plain
crfsuite model files (trained elsewhere with :func:`rasid.ner.features.sentence_features`) load too.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Sequence

from ..errors import RasidError
from .conll import ConllSentence, bio_to_spans
from .features import FEATURE_VERSION, lexicon_index, sentence_features
from .models import NerModel

MAGIC = b"RASIDCRF1\n"
CRFSUITE_MAGIC = b"lCRF"

#: default training parameters (L-BFGS with elastic net); override with ``params``
DEFAULT_PARAMS = {"c1": 0.001, "c2": 0.005, "max_iterations": 300, "feature.possible_transitions": True,
                  "feature.minfreq": 1}


def _crfsuite():
    try:
        import pycrfsuite
    except ImportError:  # pragma: no cover - a declared dependency
        raise RasidError("E041", "python-crfsuite is not installed (pip install python-crfsuite)") from None
    return pycrfsuite


class CrfModel(NerModel):
    """A trained CRF; ``predict(doc)`` splits conjunction and pronoun clitics off like NewsFANE does."""

    origin = "model:crf"
    split_clitics = True

    def __init__(self, model_bytes: bytes, meta: dict | None = None, path: str | None = None):
        pycrfsuite = _crfsuite()
        self.meta = dict(meta or {})
        self.path = path
        version = int(self.meta.get("feature_version", FEATURE_VERSION))
        if version != FEATURE_VERSION:
            raise RasidError("E041", f"CRF model {path} uses feature version {version}; this rasid computes version "
                                     f"{FEATURE_VERSION}: retrain it with `rasid train ner`")
        self._bytes = model_bytes
        self._local = threading.local()  # a crfsuite Tagger holds per-call state: one per thread
        self._tagger  # open it now so a damaged file fails at load time
        self.labels = sorted({lab for lab in self._tagger.labels() if lab != "O"})
        self.index = lexicon_index()
        self.lexicon_warning = None
        want = self.meta.get("lexicon_fingerprint")
        if want and want != self.index.fingerprint:
            self.lexicon_warning = (f"CRF model was trained with lexicons {self.meta.get('lexicons')} "
                                    f"(fingerprint {want}); now {list(self.index.names)} ({self.index.fingerprint})")

    @property
    def _tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = _crfsuite().Tagger()
            try:
                tagger.open_inmemory(self._bytes)
            except Exception as exc:
                raise RasidError("E041", f"cannot open CRF model {self.path}: {exc}") from None
            self._local.tagger = tagger
        return tagger

    def __getstate__(self):  # for process pools: rebuild the tagger from the bytes
        return {"b": self._bytes, "m": self.meta, "p": self.path}

    def __setstate__(self, state):
        self.__init__(state["b"], state["m"], state["p"])

    def tag_tokens(self, sentences: Sequence[Sequence[str]], with_scores: bool = False):
        out, scores = [], []
        tagger = self._tagger
        for toks in sentences:
            if not toks:
                out.append([])
                scores.append([])
                continue
            tags = tagger.tag(sentence_features(toks, self.index))
            out.append(list(tags))
            if with_scores:
                scores.append([tagger.marginal(t, i) for i, t in enumerate(tags)])
        return (out, scores) if with_scores else out

    def save(self, path: str | os.PathLike) -> None:
        save_model_file(path, self._bytes, self.meta)


def save_model_file(path: str | os.PathLike, model_bytes: bytes, meta: dict) -> None:
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(MAGIC)
        fh.write(json.dumps(meta, ensure_ascii=False).encode("utf-8") + b"\n")
        fh.write(model_bytes)


def load_crf(path: str | os.PathLike) -> CrfModel:
    path = Path(path)
    data = path.read_bytes()
    if data.startswith(MAGIC):
        nl = data.index(b"\n", len(MAGIC))
        try:
            meta = json.loads(data[len(MAGIC):nl].decode("utf-8"))
        except ValueError as exc:
            raise RasidError("E041", f"{path}: damaged CRF model header: {exc}") from None
        return CrfModel(data[nl + 1:], meta, str(path))
    if data.startswith(CRFSUITE_MAGIC):
        return CrfModel(data, {}, str(path))
    raise RasidError("E042", f"{path} is neither a rasid CRF model nor a crfsuite model file")


def train_crf(train: Sequence[ConllSentence], dev: Sequence[ConllSentence] | None = None,
              output: str | os.PathLike | None = None, params: dict | None = None,
              log: Callable[[str], None] | None = None) -> CrfModel:
    """Train a CRF on BIO-tagged sentences; return the model (and write it to ``output`` if given)."""
    pycrfsuite = _crfsuite()
    train = [s for s in train if s.tokens]
    if not train:
        raise RasidError("E123", "no training sentences: the CoNLL file is empty")
    if not any(t != "O" for s in train for t in s.tags):
        raise RasidError("E123", "the training data has no entity tags (only O)")
    log = log or (lambda m: None)
    index = lexicon_index()
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in train:
        trainer.append(sentence_features(s.tokens, index), _iob2(s.tags))
    log(f"features for {len(train)} sentences, {sum(len(s.tokens) for s in train)} tokens in {time.perf_counter() - t0:.1f}s")
    p = dict(DEFAULT_PARAMS)
    p.update(params or {})
    trainer.set_params(p)
    fd, tmp = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        t1 = time.perf_counter()
        trainer.train(tmp)
        log(f"trained in {time.perf_counter() - t1:.1f}s ({p['max_iterations']} iterations max)")
        model_bytes = Path(tmp).read_bytes()
    finally:
        os.unlink(tmp)
    meta = {
        "format": "rasid-crf", "feature_version": FEATURE_VERSION, "lexicons": list(index.names),
        "lexicon_fingerprint": index.fingerprint, "params": p,
        "train_sentences": len(train), "train_tokens": sum(len(s.tokens) for s in train),
        "labels": sorted({sp.label for s in train for sp in bio_to_spans(s.tags)}),
        "trained": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    model = CrfModel(model_bytes, meta)
    if dev:
        from .evaluate import detect_scheme, score_tags

        dev = [s for s in dev if s.tokens]
        pred = model.tag_tokens([s.tokens for s in dev])
        raw = score_tags([s.tags for s in dev], pred, detect_scheme(dev))
        model.meta["dev"] = {"sentences": len(dev), "micro_f1": round(raw.micro().f1, 4),
                             "core_f1": round(raw.micro(raw.core).f1, 4), "scheme": raw.scheme}
        model.dev_scores = raw
    if output is not None:
        model.save(output)
        model.path = str(output)
    return model


def _iob2(tags: Sequence[str]) -> list[str]:
    """Normalise any BIO variant to IOB2 so the CRF learns one scheme."""
    from .conll import spans_to_bio

    return spans_to_bio(bio_to_spans(list(tags)), len(tags))
