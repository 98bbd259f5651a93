"""Round 3: pos "vphrase" — a protest noun as the subject of an occurrence verb (خرجت مظاهرات،
اندلعت احتجاجات) is a report of a protest, scored like a finite verb."""
from events_util import events
from rasid.events import EventCoder
from rasid.events import lexicon as L

DEFAULT = EventCoder({})
RAW = EventCoder({"min_confidence": 0})


def _protests(text, coder=DEFAULT):
    return [e for e in events(text, coder=coder) if e.type == "PROTEST" and e.modality == "asserted"]


def test_events_vphrase_entries_are_loaded_as_finite_verbs():
    vp = [t for _, t in L.trigger_entries() if t.pos == "vphrase"]
    assert vp and all(t.is_verb and t.is_past and t.type == "PROTEST" for t in vp)
    # matched exactly: no article form is generated for a verb phrase
    assert not any(s.startswith("ال") for s, t in L.trigger_entries() if t.pos == "vphrase")


def test_events_occurrence_verb_with_protest_noun_is_reported():
    evs = _protests("وخرجت مظاهرات في الرباط أمس ضد رفع أسعار الخبز.")
    assert evs, evs
    assert evs[0].extra["trigger"] == "خرجت مظاهرات"


def test_events_vphrase_scores_above_the_bare_noun():
    vp = _protests("واندلعت احتجاجات في الخرطوم أمس.", coder=RAW)
    bare = _protests("وتحدث الوزير عن احتجاجات في الخرطوم أمس.", coder=RAW)
    assert vp and vp[0].extra["confidence"] > max([e.extra["confidence"] for e in bare] or [0.0])


def test_events_vphrase_span_excludes_the_conjunction():
    text = "فانطلقت مسيرة في بنغازي أمس نحو مقر البلدية."
    evs = _protests(text, coder=RAW)
    assert evs
    assert evs[0].extra["trigger"] == "انطلقت مسيرة"
    assert text[evs[0].evidence["trigger_start"]:evs[0].evidence["trigger_end"]] == "انطلقت مسيرة"


def test_events_protesters_as_subject_is_not_a_vphrase():
    # a detail of a protest told elsewhere: no verb-phrase trigger for it
    assert not any(s == "هتف المتظاهرون" for s, t in L.trigger_entries() if t.pos == "vphrase")



def test_events_vphrase_repeat_keys_on_its_noun():
    # document-level dedup: a participant-less اندلعت احتجاجات joins an earlier report of احتجاجات
    from types import SimpleNamespace
    from rasid.events.coder import _lemma_key
    vp = next(t for s, t in L.trigger_entries() if s == "اندلعت احتجاجات")
    noun = next(t for s, t in L.trigger_entries() if s == "احتجاجات")
    assert _lemma_key(SimpleNamespace(trig=vp)) == _lemma_key(SimpleNamespace(trig=noun))
