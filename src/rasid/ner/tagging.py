"""The default rasid pipeline as a token tagger (``rasid tag`` / ``rasid eval ner`` without a model).

Each sentence's text is rebuilt by joining its tokens with spaces (sentences joined by line breaks,
which always end a sentence in rasid's text layer, a batch of sentences per document); the pipeline
(by default text -> entities -> places) runs on it, and each entity's character span is projected
onto the tokens it overlaps.  Overlapping entities: the earlier, then the longer, wins.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from ..document import Document
from .conll import TokSpan, spans_to_bio
from .models import NerModel

DEFAULT_COMPONENTS = ("text", "entities", "places")


class PipelineTagger(NerModel):
    origin = "pipeline"

    def __init__(self, components: Sequence[str] | None = None, config: dict | None = None, batch: int = 64):
        from ..pipeline import Pipeline, registry

        names = tuple(components) if components else tuple(n for n in DEFAULT_COMPONENTS if n in registry())
        self.pipeline = Pipeline(names, config or {})
        self.batch = max(1, batch)
        self.labels = ["PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"]

    def predict(self, doc: Document):
        self.pipeline(doc)
        return list(doc.entities)

    def tag_tokens(self, sentences: Sequence[Sequence[str]], with_scores: bool = False):
        out: list[list[str]] = []
        for b in range(0, len(sentences), self.batch):
            out.extend(self._tag_batch(sentences[b:b + self.batch]))
        return (out, [[1.0] * len(t) for t in out]) if with_scores else out

    def _tag_batch(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        parts: list[str] = []
        starts: list[int] = []  # char start of every token, all sentences
        ends: list[int] = []
        sent_of: list[int] = []
        first_tok: list[int] = []
        pos = 0
        for si, toks in enumerate(sentences):
            first_tok.append(len(starts))
            for k, t in enumerate(toks):
                t = " ".join(t.split()) or "_"
                if k:
                    parts.append(" ")
                    pos += 1
                starts.append(pos)
                ends.append(pos + len(t))
                sent_of.append(si)
                parts.append(t)
                pos += len(t)
            parts.append("\n")
            pos += 1
        text = "".join(parts)
        doc = Document(text)
        self.pipeline(doc, profile=False)
        spans: list[list[TokSpan]] = [[] for _ in sentences]
        for ent in sorted(doc.entities, key=lambda e: (e.start, -(e.end - e.start))):
            i = bisect.bisect_right(ends, ent.start)  # first token ending after the entity start
            if i >= len(starts) or starts[i] >= ent.end:
                continue
            j = bisect.bisect_left(starts, ent.end) - 1  # last token starting before the entity end
            si = sent_of[i]
            j = min(j, first_tok[si] + len(sentences[si]) - 1)
            if j < i:
                continue
            label = ent.label
            if label == "NORP" and ent.extra.get("group_noun"):
                label = "NORP_GROUP"  # a group noun (العرب): schemes that tag them (anercorp: ORG) map it
            elif label == "NORP" and ent.extra.get("plural"):
                label = "NORP_PLURAL"  # a plural adjective (الجنود الأميركيين)
            spans[si].append(TokSpan(i - first_tok[si], j - first_tok[si] + 1, label))
        return [spans_to_bio(spans[si], len(toks)) for si, toks in enumerate(sentences)]
