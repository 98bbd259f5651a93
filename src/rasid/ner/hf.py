"""A local Hugging Face token-classification model as a rasid NER model.

The directory must hold ``config.json`` (with ``id2label``), the weights and the tokenizer files
(e.g. a CAMeLBERT NER model saved with ``save_pretrained``).  Everything is loaded with
``local_files_only=True`` and ``HF_HUB_OFFLINE=1``: nothing is ever downloaded.  Requires the
``transformers`` and ``torch`` packages (``pip install 'rasid[transformers]'``).

Words are the document's tokens (not clitic-split: BERT-style Arabic models read raw words); the
label of a word is the label of its first sub-word.  Label names are read from ``id2label``; any
``B-``/``I-``/``E-``/``S-`` prefix is understood, and types are mapped to rasid labels through the
``rasid`` scheme of ``ner_label_map.tsv`` (PERS -> PER, ...).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from ..errors import RasidError
from .models import NerModel

#: words per model window (long sentences are cut into windows of this many words)
WINDOW_WORDS = 128


class HfModel(NerModel):
    origin = "model:hf"
    split_clitics = False

    def __init__(self, path: str | os.PathLike, device: str = "cpu", batch_size: int = 16):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise RasidError("E041", f"the Hugging Face backend needs transformers and torch ({exc}); "
                                     "pip install 'rasid[transformers]'") from None
        self.path = str(path)
        self._torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            self.model = AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True)
        except Exception as exc:  # transformers raises many kinds (OSError, ValueError, KeyError...)
            raise RasidError("E041", f"cannot load Hugging Face model from {path}: {' '.join(str(exc).split())[:300]}") from None
        self.model.eval()
        self.model.to(device)
        self.device = device
        self.batch_size = batch_size
        id2label = getattr(self.model.config, "id2label", None) or {}
        self.id2label = {int(k): str(v) for k, v in id2label.items()}
        self.labels = sorted({v[2:] if len(v) > 2 and v[1] == "-" else v for v in self.id2label.values()} - {"O"})
        self.max_len = min(int(getattr(self.tokenizer, "model_max_length", 512) or 512), 512,
                           int(getattr(self.model.config, "max_position_embeddings", 512) or 512))

    def _encode(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        """Input ids (with special tokens) and, per word, the index of its first sub-word (-1: none)."""
        tok = self.tokenizer
        words = [w if w.strip() else "_" for w in words]
        try:
            enc = tok(list(words), is_split_into_words=True, add_special_tokens=True, truncation=True,
                      max_length=self.max_len)
            word_ids = enc.word_ids()
        except (ValueError, AttributeError, NotImplementedError):  # a slow tokenizer: sub-words word by word
            return self._encode_slow(words)
        first = [-1] * len(words)
        for pos, wid in enumerate(word_ids):
            if wid is not None and 0 <= wid < len(words) and first[wid] < 0:
                first[wid] = pos
        return list(enc["input_ids"]), first

    def _encode_slow(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        tok = self.tokenizer
        ids: list[int] = []
        first: list[int] = []
        budget = self.max_len - 2
        for w in words:
            sub = tok.convert_tokens_to_ids(tok.tokenize(w))
            if not sub or len(ids) + len(sub) > budget:
                first.append(-1)
                continue
            first.append(len(ids) + 1)
            ids.extend(sub)
        cls = tok.cls_token_id if tok.cls_token_id is not None else tok.bos_token_id
        sep = tok.sep_token_id if tok.sep_token_id is not None else tok.eos_token_id
        if cls is None or sep is None:
            return ids, [f - 1 if f > 0 else -1 for f in first]
        return [cls] + ids + [sep], first

    def tag_tokens(self, sentences: Sequence[Sequence[str]], with_scores: bool = False):
        torch = self._torch
        jobs = []  # (sentence index, word offset, words)
        for si, words in enumerate(sentences):
            for off in range(0, len(words), WINDOW_WORDS):
                jobs.append((si, off, list(words[off:off + WINDOW_WORDS])))
        tags = [["O"] * len(w) for w in sentences]
        scores = [[0.0] * len(w) for w in sentences]
        pad = self.tokenizer.pad_token_id or 0
        for b in range(0, len(jobs), self.batch_size):
            batch = jobs[b:b + self.batch_size]
            enc = [self._encode(words) for _, _, words in batch]
            width = max(len(ids) for ids, _ in enc)
            input_ids = torch.full((len(enc), width), pad, dtype=torch.long)
            mask = torch.zeros((len(enc), width), dtype=torch.long)
            for k, (ids, _) in enumerate(enc):
                input_ids[k, :len(ids)] = torch.tensor(ids, dtype=torch.long)
                mask[k, :len(ids)] = 1
            with torch.no_grad():
                logits = self.model(input_ids=input_ids, attention_mask=mask).logits
            probs = logits.softmax(-1)
            best = probs.argmax(-1).tolist()
            bestp = probs.max(-1).values.tolist()
            for k, ((si, off, words), (_, first)) in enumerate(zip(batch, enc)):
                for wi, pos in enumerate(first):
                    if pos >= 0:
                        tags[si][off + wi] = self.id2label.get(best[k][pos], "O")
                        scores[si][off + wi] = bestp[k][pos]
        return (tags, scores) if with_scores else tags
