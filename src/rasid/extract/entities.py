"""Named-entity recognition (PER ORG NORP FAC EVENT) — issue 3.

The default recogniser is offline and rule-based (:mod:`rasid.actors.recognizer`): lexicons compiled
once per component instance into one Aho-Corasick automaton, plus context rules for title chains,
names and organisation names.  GPE/LOC are left to the ``places`` component, which runs next.

Config keys: ``actors_file`` (extra actor dictionary, YAML), ``model`` (path of a local NER model;
its spans are added where the lexicon found none), ``single_given_names`` (default true: an
unambiguous given name standing alone is a person).
"""
from __future__ import annotations

from ..document import Document
from ..errors import RasidError
from ..pipeline import register


def _load_model(path: str):
    try:
        from ..ner.models import load_model  # provided by the NER models module
    except ImportError as exc:
        raise RasidError("E041", f"cannot load NER model {path!r}: the model backends (rasid.ner.models) are "
                                 f"not available in this installation ({exc})") from None
    return load_model(path)


@register("entities", requires=("tokens", "sentences"), assigns=("entities",),
          description="named-entity recognition (PER ORG NORP FAC EVENT): lexicons + rules, optional model")
class EntitiesComponent:
    def __init__(self, config: dict):
        from ..actors.lexicons import entity_lexicon
        from ..actors.recognizer import Recognizer

        self.config = config
        self.lexicon = entity_lexicon(config.get("actors_file"))
        self.recognizer = Recognizer(self.lexicon, single_given=bool(config.get("single_given_names", True)))
        self.model = None
        if config.get("model"):
            from pathlib import Path

            if not Path(config["model"]).exists():
                raise RasidError("E040", f"NER model {config['model']!r} not found")
            self.model = _load_model(config["model"])

    def __call__(self, doc: Document) -> None:
        from ..actors.recognizer import to_entities

        cands, chains = self.recognizer(doc)
        doc.views["role_mentions"] = chains
        taken: list[tuple[int, int]] = []
        for ent in to_entities(cands):
            doc.add("entities", ent)
            taken.append((ent.start, ent.end))
        if self.model is not None:
            for ent in self.model.predict(doc) or []:
                if any(ent.start < e and s < ent.end for s, e in taken):
                    continue
                doc.add("entities", ent)
                taken.append((ent.start, ent.end))
            doc.entities.sort(key=lambda x: (x.start, x.end))
