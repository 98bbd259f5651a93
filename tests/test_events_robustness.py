"""The event coder never crashes and every span it emits points into the text."""
from hypothesis import HealthCheck, given, settings, strategies as st

from rasid.events import EventCoder
from rasid.events.annotate import annotate
from rasid.pipeline import make_document

WORDS = ["قصف", "الجيش", "هجوم", "على", "مع", "التقى", "الرئيس", "لم", "سوف", "إن", "قال", "بحسب", "مصادر", "،", ".",
         "«", "»", "\"", "غارة", "جوية", "مقتل", "5", "أمس", "وزيارة", "للقاهرة", "اجتماعاً", "ضربة", "لقاعدة", "تظاهر",
         "\n", "ـ", "ّ", "abc", "؟", "؛", ":", "بين", "و", "يتمنى", "إذا", "زعم", "نفى", "أن", "ستلتقي", "مساعدات"]
CODER = EventCoder({})
ACTORS = {"army": ("ORG", ["الجيش"]), "pres": ("PER", ["الرئيس"]), "EG": ("GPE", ["القاهرة"])}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60), st.lists(st.sampled_from([" ", "", "\u064e", "\u0640"]), max_size=60))
def test_events_random_arabic_text_offsets_hold(words, seps):
    text = "".join(w + (seps[i] if i < len(seps) else " ") for i, w in enumerate(words))
    doc = make_document(text, published="2020-01-01")
    annotate(doc, actors=ACTORS)
    CODER(doc)
    for ev in doc.events:
        e = ev.evidence
        assert 0 <= e["start"] <= e["trigger_start"] < e["trigger_end"] <= e["end"] <= len(text)
        assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        for aid in (ev.source_actor or []) + (ev.target_actor or []):
            assert aid in {"army", "pres", "EG"}
    assert doc.check_offsets() == []


def test_events_odd_inputs():
    for text in ["", "   ", "no arabic here", "«قصف", "\"" * 50, "قصف" * 2000, "قصف الجيش\n" * 3000]:
        doc = make_document(text)
        CODER(doc)
        assert doc.check_offsets() == []


def test_events_pipeline_component_registers_and_runs(nlp):
    doc = nlp.analyze("وقصف الجيش مواقع المسلحين في المدينة أمس.", published="2020-01-01")
    assert all(e.type for e in doc.events)
