"""Sentence-level precision: non-event contexts (event_nonevent.tsv) and the default confidence threshold."""
import pytest

from events_util import code, events
from rasid.errors import RasidError
from rasid.events import EventCoder
from rasid.events import lexicon as L

DEFAULT = EventCoder({})


def _types(text, coder=None):
    return [(e.type, e.modality) for e in events(text, coder=coder)]


@pytest.mark.parametrize("text,typ", [
    ("ويكفل الدستور الجديد حق التظاهر السلمي لكل المواطنين.", "PROTEST"),
    ("وتحدث الكاتب عن ثقافة العنف في المجتمعات الحديثة.", "ASSAULT"),
    ("وتبحث الحكومة المغربية خطة لمكافحة الهجمات الإلكترونية.", "ASSAULT"),
    ("وناقش البرلمان التونسي مشروع قانون التظاهر أمس.", "PROTEST"),
    ("وأكد ماكرون أن الحرب على الإرهاب ستستمر.", "ASSAULT"),
    ("ويعرض المسرح الوطني مسرحية عن اغتيال ملك قديم.", "ASSAULT"),
    ("وقاد المدرب هجوم المنتخب في المباراة الأخيرة.", "ASSAULT"),
    ("وشن الوزير هجوما لاذعا على خصومه في البرلمان.", "ASSAULT"),
])
def test_events_nonevent_contexts_are_not_coded(text, typ):
    assert typ not in [t for t, _ in _types(text)], _types(text)


@pytest.mark.parametrize("text,typ", [
    ("وقصف الجيش السوداني مواقع قوات الدعم السريع في الخرطوم أمس.", "ASSAULT"),
    ("وتظاهر آلاف الطلاب في الرباط أمس ضد الحكومة المغربية.", "PROTEST"),
    # a plan word in another sentence does not touch the report
    ("وأعلنت الحكومة المغربية خطة جديدة. وهاجم مسلحون قافلة قرب بنغازي أمس.", "ASSAULT"),
])
def test_events_concrete_occurrences_survive_the_contexts_and_threshold(text, typ):
    assert (typ, "asserted") in _types(text, coder=DEFAULT)


def test_events_default_threshold_drops_bare_nominal_mentions():
    text = "وتحدث التقرير عن هجوم الجيش السوداني."
    assert "ASSAULT" not in [t for t, _ in _types(text, coder=DEFAULT)]
    # the same sentence with the threshold off still has the mention (ranked low)
    low = [e for e in events(text, coder=EventCoder({"min_confidence": 0})) if e.type == "ASSAULT"]
    assert low and low[0].extra["confidence"] < DEFAULT.min_confidence["ASSAULT"]


def test_events_threshold_keeps_non_asserted_acts():
    # the threshold removes weakly anchored facts; a hypothetical act is kept and marked as such
    assert ("ASSAULT", "hypothetical") in _types("وقد يقصف الجيش السوداني مواقع قوات الدعم السريع.", coder=DEFAULT)


def test_events_lower_contexts_reduce_confidence():
    coder = EventCoder({"min_confidence": 0})
    plain = [e for e in events("وناقش القاضي اغتيال الرئيس التونسي قيس سعيد في الخرطوم.", coder=coder)
             if e.type == "ASSAULT"]
    case = [e for e in events("وناقش القاضي قضية اغتيال الرئيس التونسي قيس سعيد في الخرطوم.", coder=coder)
            if e.type == "ASSAULT"]
    assert plain and case and case[0].extra["confidence"] < plain[0].extra["confidence"]


@pytest.mark.parametrize("bad", [-0.1, 1.5, "high", True, {"CONSULT": 0.5}, {"ASSAULT": 2}])
def test_events_min_confidence_option_is_checked(bad):
    with pytest.raises(RasidError) as e:
        EventCoder({"min_confidence": bad})
    assert e.value.code == "E210"


def test_events_min_confidence_option_accepts_number_and_mapping():
    assert EventCoder({"min_confidence": 0.7}).min_confidence == {"ASSAULT": 0.7, "PROTEST": 0.7}
    assert EventCoder({"min_confidence": {"PROTEST": 0.3}}).min_confidence == {"ASSAULT": 0.0, "PROTEST": 0.3}


def test_events_nonevent_lexicon_rows_are_consistent():
    cues = [p for m in L.nonevent_matcher().find(code("حق التظاهر")) for p in m.payloads]
    assert cues and all(c.side in ("before", "after", "sentence") and c.effect in ("drop", "lower") for c in cues)


def test_events_support_verb_shanna_needs_an_attack_noun():
    assert "ASSAULT" not in [t for t, _ in _types("وشنت الشركة حملة إعلانية واسعة في الرباط أمس.", coder=DEFAULT)]
    assert "ASSAULT" not in [t for t, _ in _types("وتشن الشركة حملة إعلانية واسعة.", coder=EventCoder({"min_confidence": 0}))]
    got = [e for e in events("وشنت قوات الأمن المصرية غارات على مواقع في سيناء أمس.", coder=DEFAULT) if e.type == "ASSAULT"]
    assert got and got[0].extra["trigger"] == "شنت" and got[0].source_actor == ["eg_security"]
