"""Entity-level NER scoring: exact span + type, precision/recall/F1 per label and micro-averaged.

Gold and predicted labels are first mapped into one *scheme* (data file ``ner_label_map.tsv``):
``anercorp`` (PER ORG LOC MISC; rasid GPE/LOC/FAC -> LOC, NORP/EVENT -> MISC), ``wojood`` (PER ORG GPE
LOC FAC NORP EVENT; Wojood's other types ignored) or ``rasid``.  Labels a scheme does not list are
dropped on both sides, so they count neither as hits nor as errors.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from ..errors import RasidError
from ..lexicon.loader import load_tsv
from .conll import TokSpan, bio_to_spans

#: labels of the headline figure ("PER/ORG/LOC") in each scheme
CORE_LABELS = {
    "anercorp": ("PER", "ORG", "LOC"),
    "wojood": ("PER", "ORG", "GPE", "LOC"),
    "rasid": ("PER", "ORG", "GPE", "LOC"),
}


@lru_cache(maxsize=None)
def label_map(scheme: str) -> dict[str, str]:
    """``{source label: scheme label}`` for ``scheme`` (upper-case keys)."""
    lex = load_tsv("ner_label_map.tsv")
    out = {r["label"].upper(): r["maps_to"] for r in lex.rows if r["scheme"] == scheme and r["maps_to"]}
    if not out:
        raise RasidError("E121", f"unknown NER label scheme {scheme!r}; known: {', '.join(schemes())}")
    return out


#: gold labels that only Wojood-style data has
_WOJOOD_ONLY = frozenset({"GPE", "FAC", "NORP", "EVENT", "DATE", "CARDINAL", "OCC", "TIME", "MONEY", "ORDINAL",
                          "PERCENT", "QUANTITY", "UNIT", "LAW", "LANGUAGE", "PRODUCT", "WEBSITE", "CURR"})


def detect_scheme(sentences) -> str:
    """``wojood`` when the gold tags use Wojood-only types, otherwise ``anercorp``."""
    labels = {sp.label.upper() for s in sentences for sp in bio_to_spans(list(s.tags))}
    return "wojood" if labels & _WOJOOD_ONLY else "anercorp"


def schemes() -> list[str]:
    return sorted({r["scheme"] for r in load_tsv("ner_label_map.tsv").rows})


def map_label(label: str, scheme: str) -> str | None:
    return label_map(scheme).get(label.upper())


def map_spans(spans: Iterable[TokSpan], scheme: str) -> list[TokSpan]:
    m = label_map(scheme)
    out = []
    for sp in spans:
        lab = m.get(sp.label.upper())
        if lab:
            out.append(TokSpan(sp.start, sp.end, lab))
    return out


def map_tags(tags: Sequence[str], scheme: str) -> list[str]:
    """Map a BIO tag sequence into ``scheme``; tags of unmapped labels become ``O``."""
    from .conll import spans_to_bio

    return spans_to_bio(map_spans(bio_to_spans(list(tags)), scheme), len(tags))


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support}


@dataclass
class NerScores:
    scheme: str
    labels: dict[str, LabelScore] = field(default_factory=dict)
    sentences: int = 0
    tokens: int = 0

    def micro(self, labels: Iterable[str] | None = None) -> LabelScore:
        keep = set(labels) if labels is not None else None
        total = LabelScore()
        for lab, s in self.labels.items():
            if keep is None or lab in keep:
                total.tp += s.tp
                total.fp += s.fp
                total.fn += s.fn
        return total

    @property
    def core(self) -> tuple[str, ...]:
        return CORE_LABELS.get(self.scheme, ("PER", "ORG", "LOC"))

    def as_dict(self) -> dict:
        return {"scheme": self.scheme, "sentences": self.sentences, "tokens": self.tokens,
                "labels": {k: v.as_dict() for k, v in sorted(self.labels.items())},
                "micro": self.micro().as_dict(), "micro_core": self.micro(self.core).as_dict(),
                "core_labels": list(self.core)}

    def table(self) -> str:
        rows = [("label", "precision", "recall", "F1", "gold", "predicted")]
        for lab in sorted(self.labels):
            s = self.labels[lab]
            rows.append((lab, f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}", str(s.support), str(s.tp + s.fp)))
        for name, s in (("micro", self.micro()), ("micro " + "/".join(self.core), self.micro(self.core))):
            rows.append((name, f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}", str(s.support), str(s.tp + s.fp)))
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = []
        for k, r in enumerate(rows):
            lines.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)))
            if k == 0 or k == len(rows) - 3:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)


def score_spans(gold: Iterable[Sequence[TokSpan]], pred: Iterable[Sequence[TokSpan]], scheme: str) -> NerScores:
    """Score sentence-aligned span lists (already in any label space; both are mapped into ``scheme``)."""
    scores = NerScores(scheme)
    for g, p in zip(gold, pred, strict=True):
        scores.sentences += 1
        gset = Counter(map_spans(g, scheme))
        pset = Counter(map_spans(p, scheme))
        for sp in gset | pset:
            s = scores.labels.setdefault(sp.label, LabelScore())
            hit = min(gset[sp], pset[sp])
            s.tp += hit
            s.fn += gset[sp] - hit
            s.fp += pset[sp] - hit
    return scores


def score_tags(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]], scheme: str) -> NerScores:
    """Score sentence-aligned BIO tag sequences."""
    gold, pred = list(gold), list(pred)
    for k, (g, p) in enumerate(zip(gold, pred)):
        if len(g) != len(p):
            raise RasidError("E122", f"sentence {k + 1}: {len(g)} gold tags but {len(p)} predicted tags")
    if len(gold) != len(pred):
        raise RasidError("E122", f"{len(gold)} gold sentences but {len(pred)} predicted sentences")
    scores = score_spans((bio_to_spans(list(g)) for g in gold), (bio_to_spans(list(p)) for p in pred), scheme)
    scores.tokens = sum(len(g) for g in gold)
    return scores
