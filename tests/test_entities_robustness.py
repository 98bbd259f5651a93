"""The entity and actor components never crash and always produce exact offsets."""
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.document import Document

from _ents_helpers import pipeline

_PIECES = ["الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "وزير", "الخارجية", "حكومة", "الوفاق", "قوات",
           "اللواء", "المتقاعد", "خليفة", "حفتر", "لحفتر", "وعباس", "كامل", "أبو", "بن", "آل", "نجل",
           "قمة", "مطار", "المصرية", "مصر", "فائز", "فايز", "السراج", "قال", "إن", "(", ")", "،", ".", "\n",
           "«", "»", "\"", "ـ", "\u064e", "\u0651", "123", "abc", " ", "  ", "ة", "ى", "لل",
           "وأضاف", "ميركل", "وكريستيان", "و", "صحيفة", "شركة", "الهندية", "أخيراً", "الزعبلاوي", "إيكواس"]

arabicish = st.lists(st.sampled_from(_PIECES) | st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىة ،.\n\u064b\u0640",
                                                          max_size=8), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(arabicish)
def test_random_arabic_text_gives_exact_offsets(text):
    doc = pipeline(True)(Document(text))
    assert doc.check_offsets() == []
    for e in doc.entities:
        assert e.label in {"PER", "ORG", "NORP", "FAC", "EVENT", "GPE", "LOC"}
    ids = {a.id for a in doc.actors}
    for e in doc.entities:
        assert e.actor_id is None or e.actor_id in ids
    for a in doc.actors:
        for s, e in a.mentions:
            assert 0 <= s <= e <= len(text)


def test_odd_inputs():
    for text in ["", " ", "\n\n", "no arabic here", "«««", "الرئيس", "وزارة", "عبد", "أبو", "الرئيس ،", "x" * 5000,
                 "قال الرئيس \"" * 50]:
        doc = pipeline(True)(Document(text))
        assert doc.check_offsets() == []


def test_large_text_runs():
    text = ("التقى الرئيس المصري عبد الفتاح السيسي رئيس حكومة الوفاق فايز السراج في القاهرة. " * 400)
    doc = pipeline(True)(Document(text, published="2019-08-07"))
    assert sum(1 for e in doc.entities if e.label == "PER") == 800
    assert len([a for a in doc.actors if a.type == "PER"]) == 2
