"""Model back-ends for the entities component: errors and merging."""
import pytest

from rasid.document import Entity
from rasid.errors import RasidError
from rasid.pipeline import Pipeline


def test_missing_model_path_is_e040(tmp_path):
    with pytest.raises(RasidError) as exc:
        Pipeline(["text", "entities"], {"entities": {"model": str(tmp_path / "nope.crf")}})
    assert exc.value.code == "E040"


class _FakeModel:
    """Predicts one lexicon-overlapping span and one new span."""

    def predict(self, doc):
        t = doc.text
        out = []
        for word, label in (("حفتر", "ORG"), ("زيدون", "PER")):
            i = t.find(word)
            if i >= 0:
                out.append(Entity(i, i + len(word), "", label, origin="model:fake"))
        return out


def test_model_spans_are_added_only_where_the_lexicon_found_none():
    p = Pipeline(["text", "entities", "places", "actors"])
    comp = dict(p.components)["entities"]
    comp.model = _FakeModel()
    try:
        doc = p.analyze("التقى حفتر في بنغازي مع زيدون.", published="2019-08-07")
    finally:
        comp.model = None
    labels = {(e.text, e.label, e.origin) for e in doc.entities if e.label in ("PER", "ORG")}
    assert ("حفتر", "PER", "lexicon") in labels  # the lexicon keeps its span and label
    assert ("زيدون", "PER", "model:fake") in labels
    assert not any(e.origin == "model:fake" and e.text == "حفتر" for e in doc.entities)
    assert any(a.id == "haftar_khalifa" for a in doc.actors)
    assert any(a.name == "زيدون" and a.type == "PER" for a in doc.actors)
