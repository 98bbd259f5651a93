"""Hand annotation of the layers the event coder reads (actors, places, times, quantities, quotes).

Used by tests and by anyone who wants to code events over their own actor list: give the surfaces,
and every occurrence in the text (clitics seen through, as the lexicon matcher does) becomes a record
with exact offsets.  Nothing here guesses: only the surfaces given are annotated.

    annotate(doc,
             actors={"haftar": ("PER", ["خليفة حفتر", "حفتر"]), "EG": ("GPE", ["مصر", "المصري"])},
             places={"القاهرة": {"country_code": "EG", "feature_code": "PPLC"}},
             times={"أمس": ("2019-08-06", "day")},
             quantities={"ثلاثة قتلى": (3, "killed")},
             quotes=[("content words …", "indirect", "مصادر عسكرية", "anonymous")])
"""
from __future__ import annotations

from typing import Any

from ..document import Actor, Document, Entity, Place, Quantity, Quote, Source, Time
from ..lexicon import PhraseMatcher


def _find(doc: Document, surfaces: dict[str, Any]):
    if not surfaces:
        return []
    matcher = PhraseMatcher([(s, key) for key, ss in surfaces.items() for s in ss], min_chars=2)
    return matcher.find(doc)


def annotate(doc: Document, *, actors: dict | None = None, places: dict | None = None, times: dict | None = None,
             quantities: dict | None = None, quotes: list | None = None) -> Document:
    if actors:
        records: dict[str, Actor] = {}
        for aid, spec in actors.items():
            typ, surfaces = spec[0], list(spec[1])
            country = spec[2] if len(spec) > 2 else (aid if typ == "GPE" and len(aid) == 2 else None)
            records[aid] = Actor(id=aid, name=surfaces[0], type=typ, country=country, aliases=surfaces[1:])
        for m in _find(doc, {aid: spec[1] for aid, spec in actors.items()}):
            aid = m.payloads[0]
            records[aid].mentions.append([m.start, m.end])
            doc.add("entities", Entity(m.start, m.end, "", records[aid].type, actor_id=aid, origin="rule"))
        for a in records.values():
            if a.mentions:
                doc.add("actors", a)
    if places:
        for m in _find(doc, {k: [k] for k in places}):
            info = dict(places[m.payloads[0]])
            doc.add("places", Place(m.start, m.end, "", **info))
    if times:
        for m in _find(doc, {k: [k] for k in times}):
            value, gran = times[m.payloads[0]]
            doc.add("times", Time(m.start, m.end, "", value=value, granularity=gran))
    if quantities:
        for m in _find(doc, {k: [k] for k in quantities}):
            value, kind = quantities[m.payloads[0]]
            doc.add("quantities", Quantity(m.start, m.end, "", value=value, kind=kind))
    for content, kind, source_text, source_kind in quotes or []:
        i = doc.text.find(content)
        if i < 0:
            raise ValueError(f"quote content not in text: {content!r}")
        j = doc.text.find(source_text) if source_text else -1
        src = Source(text=source_text, kind=source_kind, start=j if j >= 0 else None,
                     end=j + len(source_text) if j >= 0 else None)
        doc.add("quotes", Quote(i, i + len(content), "", kind, source=src))
    return doc
