"""Event matching shared by the event benches (events_misses.py, heldout2/false_alarms.py).

Imports ../shared/eval/score_doc.py (its `covers`, `surf`, `norm`, `sure`) rather than copying it, and adds the
strict check the acceptance scorer does not make: the system event's SOURCE must match a gold SOURCE.
  lenient (score_doc.py): same type and ANY system source/target name covers ANY gold source/target name
  strict:                 same type and a system SOURCE name covers a gold SOURCE name
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from golddocs import load_scorer  # noqa: E402,F401  (re-exported for the event benches)


class Matcher:
    """Actor names and event matching for one analysed document (rasid.document/1 JSON as a dict)."""

    def __init__(self, scorer, doc: dict):
        self.S = scorer
        self.doc = doc
        self.by_id = {a.get("id"): a for a in doc.get("actors", [])}
        self.ents = doc.get("entities", [])

    def actor_surfaces(self, a: dict) -> list[str]:
        text = self.doc.get("text", "")
        out = [a.get("name", "")] + list(a.get("aliases", []))
        out += [text[s:e] for s, e in a.get("mentions", [])]
        out += [self.S.surf(self.doc, e) for e in self.ents if e.get("actor_id") and e.get("actor_id") == a.get("id")]
        return [x for x in out if x]

    def names(self, ref) -> list[str]:
        refs = ref if isinstance(ref, list) else [ref]
        out: list[str] = []
        for r in refs:
            if isinstance(r, dict):
                r = r.get("id") or r.get("actor_id") or r.get("name")
            a = self.by_id.get(r)
            out += self.actor_surfaces(a) + [a.get("country") or ""] if a else [str(r or "")]
        return [x for x in out if x]

    def _any_covers(self, sysn, gn) -> bool:
        return any(self.S.covers(s, x) or s == x for s in sysn for x in gn)

    def hit(self, ev: dict, ge: dict, strict: bool = False) -> bool:
        """Lenient: the acceptance scorer's rule. Strict: a system source covers a gold source."""
        if ev.get("type") != ge.get("type"):
            return False
        if strict:
            return self._any_covers(self.names(ev.get("source_actor")), ge.get("source", []))
        sysn = self.names(ev.get("source_actor")) + self.names(ev.get("target_actor"))
        return self._any_covers(sysn, list(ge.get("source", [])) + list(ge.get("target", [])))


class Tally:
    """Precision/recall counts over documents, scored like score_doc.py (unsure gold not required)."""

    def __init__(self):
        self.tp_p = self.n_sys = self.tp_r = self.n_gold = 0

    def add(self, m: Matcher, events: list, gold_events: list, strict: bool) -> None:
        sure = m.S.sure(gold_events)
        self.n_gold += len(sure)
        self.n_sys += len(events)
        self.tp_r += sum(any(m.hit(ev, ge, strict) for ev in events) for ge in sure)
        self.tp_p += sum(any(m.hit(ev, ge, strict) for ge in gold_events) for ev in events)

    def line(self, name: str) -> str:
        p = self.tp_p / max(self.n_sys, 1)
        r = self.tp_r / max(self.n_gold, 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name} P {p:.3f} ({self.tp_p}/{self.n_sys})  R {r:.3f} ({self.tp_r}/{self.n_gold})  F1 {f:.3f}"
