"""Report vs mention (round 2): relative clauses, detail words, legal follow-up, asides.

A trigger that only mentions an attack or a protest (inside a relative clause, as a chanting or
instrument word, under an investigation or a charge, in an anniversary) must not count as a report;
the same words heading a main clause that reports an occurrence must.
"""
import pytest

from events_util import events
from rasid.events import EventCoder
from rasid.events import lexicon as L

RAW = EventCoder({"min_confidence": 0})
DEFAULT = EventCoder({})


def _by_trigger(text, typ, coder=RAW):
    return {e.extra["trigger"]: e for e in events(text, coder=coder) if e.type == typ}


def _reported(text, typ, coder=DEFAULT):
    return [e for e in events(text, coder=coder) if e.type == typ and e.modality == "asserted"]


# -- relative clauses -------------------------------------------------------------------------------

def test_events_perfect_verb_in_relative_clause_is_a_mention():
    evs = _by_trigger("وأفرج المسلحون الذين قتلوا الحارس عن رهينة في بنغازي أمس.", "ASSAULT")
    assert evs and all(e.extra.get("mention") == "relative" for e in evs.values()), evs


def test_events_same_verb_as_main_predicate_is_a_report():
    evs = _by_trigger("وقتل المسلحون الحارس في بنغازي أمس.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") for e in evs.values())


def test_events_relative_mention_scores_below_the_main_clause_report():
    rel = _by_trigger("وزار الوزير السوق التي استهدفها المسلحون في بنغازي أمس.", "ASSAULT")
    main = _by_trigger("واستهدف المسلحون السوق في بنغازي أمس.", "ASSAULT")
    assert rel and main
    assert max(e.extra["confidence"] for e in rel.values()) < max(e.extra["confidence"] for e in main.values())


def test_events_definite_noun_heading_a_relative_clause_is_a_known_event():
    evs = _by_trigger("وزار الوزير موقع الهجوم الذي وقع في بنغازي.", "ASSAULT", coder=RAW)
    assert evs and all(e.extra.get("mention") == "relative" for e in evs.values())


def test_events_progressive_relative_clause_is_still_a_report():
    # التي تقاتل: an ongoing activity (progressive aspect) describes what the group is doing now
    evs = _by_trigger("وتتقدم قوات الدعم السريع التي تقاتل الجيش السوداني في الخرطوم.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") for e in evs.values())


# -- detail words ---------------------------------------------------------------------------------

def test_events_chanting_alone_is_a_detail_not_a_protest_report():
    assert not _reported("وهتف المشاركون بشعارات ضد الحكومة المغربية.", "PROTEST")
    evs = _by_trigger("وهتف المشاركون بشعارات ضد الحكومة المغربية.", "PROTEST")
    assert evs and all(e.extra.get("mention") == "detail" for e in evs.values())


def test_events_chanting_beside_a_protest_verb_keeps_the_report():
    assert _reported("وتظاهر آلاف الطلاب في الرباط أمس وهتفوا ضد الحكومة المغربية.", "PROTEST")


def test_events_detail_flag_is_data():
    flagged = {surface for surface, t in L.trigger_entries() if "detail" in t.frame}
    assert {"هتف", "مفخخة", "انتحاري"} <= flagged
    assert "تظاهر" not in flagged


# -- legal follow-up, anniversaries, asides --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتواصل النيابة التحقيق في اغتيال القاضي منذ أشهر.",
    "ومثل ثلاثة شبان أمام المحكمة بتهمة تفجير سيارة.",
    "واتهمت الحكومة المغربية الجماعة بالوقوف وراء التفجير.",
])
def test_events_legal_follow_up_lowers_the_mention(text):
    evs = [e for e in events(text, coder=RAW) if e.type == "ASSAULT"]
    assert all(e.extra["confidence"] < 0.5 for e in evs), [(e.extra["trigger"], e.extra["confidence"]) for e in evs]
    assert not _reported(text, "ASSAULT")


def test_events_anniversary_is_not_coded():
    assert not [e for e in events("وأحيا السكان ذكرى التفجير في السوق القديم.", coder=RAW) if e.type == "ASSAULT"]


def test_events_sports_club_attack_is_not_coded():
    assert not [e for e in events("وعزز النادي هجومه بلاعب برازيلي جديد.", coder=RAW) if e.type == "ASSAULT"]


def test_events_aside_yudhkar_marks_background():
    evs = [e for e in events("ويذكر أن مسلحين هاجموا قافلة قرب بنغازي قبل عامين.", coder=RAW) if e.type == "ASSAULT"]
    assert evs and all(e.extra.get("background") for e in evs)


def test_events_concrete_report_is_untouched_by_the_new_cues():
    # an ordinary report with a figure, a place and a date stays above the threshold
    evs = _reported("وقتل خمسة جنود في هجوم على قافلة قرب بنغازي أمس.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") for e in evs)


# -- lists of act nouns ----------------------------------------------------------------------------

def test_events_bare_list_of_act_nouns_is_a_list_of_topics():
    listed = [e for e in events("ووثقت المنظمة حالات خطف وتعذيب واغتيال في بنغازي الشهر الماضي.", coder=RAW)
              if e.type == "ASSAULT"]
    single = [e for e in events("ووثقت المنظمة حالات تعذيب في بنغازي الشهر الماضي.", coder=RAW) if e.type == "ASSAULT"]
    assert listed and all(e.extra.get("mention") == "list" for e in listed)
    assert single and not single[0].extra.get("mention")
    assert max(e.extra["confidence"] for e in listed) < single[0].extra["confidence"]


def test_events_list_with_casualty_figure_stays_a_report():
    text = "وأعلنت الشرطة الأردنية مقتل وإصابة عشرين شخصا في انفجار قرب عمان أمس."
    assert _reported(text, "ASSAULT")
