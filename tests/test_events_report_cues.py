"""Report vs mention, round 4 (GSR): legal follow-up, reactions, verbal attacks, metaphors, history,
habits, purposes, expectations and protests that are only the setting of a police action.

Each class has a sentence that only mentions an attack or a protest (it must not count as a reported
occurrence under the default threshold) and, where the same words can report one, a twin sentence
that does (it must still count).
"""
import pytest

from events_util import events
from rasid.events import EventCoder
from rasid.events import lexicon as L
from rasid.events.coder import _dated_background

RAW = EventCoder({"min_confidence": 0})
DEFAULT = EventCoder({})


def _of(text, typ, coder=RAW):
    return [e for e in events(text, coder=coder) if e.type == typ]


def _reported(text, typ):
    return [e for e in events(text, coder=DEFAULT) if e.type == typ and e.modality == "asserted"]


def _best(text, typ):
    evs = [e for e in _of(text, typ) if e.modality == "asserted"]
    return max((e.extra["confidence"] for e in evs), default=-1.0)


def test_report_cue_file_loads_with_known_kinds():
    assert L.report_cue_matcher() is L.report_cue_matcher()  # compiled once
    rows = L.load_tsv("event_report_cues.tsv").rows
    assert rows and {r["kind"] for r in rows} >= {"legal", "reaction", "verbal", "metaphor", "background",
                                                   "setting", "purpose", "exposed", "generic"}
    assert all(r["side"] in ("before", "after", "sentence", "opening") for r in rows)


# -- legal follow-up --------------------------------------------------------------------------------

def test_trial_of_the_accused_in_a_bombing_is_not_a_report():
    text = "وبدأت في بنغازي أمس محاكمة خمسة متهمين في تفجير السوق."
    assert not _reported(text, "ASSAULT")
    assert any(e.extra.get("mention") == "legal" for e in _of(text, "ASSAULT"))


def test_bombing_with_casualties_in_the_same_city_is_a_report():
    assert _reported("وقتل خمسة مدنيين في تفجير استهدف السوق في بنغازي أمس.", "ASSAULT")


def test_police_killing_suspects_is_still_a_report():
    # a finite verb reports the act even in a sentence about suspects (only nouns are follow-up)
    text = "وقتلت الشرطة الأردنية أمس خمسة من المشتبه بهم في عمان."
    assert _reported(text, "ASSAULT")


def test_blame_cue_covers_the_attack_noun_that_qualifies_the_killing():
    # مقتل (blamed) + في هجوم (how it happened): one event, told under the blame cue
    blamed = _of("وحملت الحكومة المصرية حركة حماس مسؤولية مقتل خمسة مدنيين في هجوم على بنغازي أمس.", "ASSAULT")
    assert blamed and all(e.extra.get("mention") == "legal" for e in blamed)
    assert max(e.extra["confidence"] for e in blamed) < _best("وقتل خمسة مدنيين في هجوم على بنغازي أمس.", "ASSAULT")


# -- reactions ----------------------------------------------------------------------------------------

def test_killing_as_subject_of_a_reaction_is_the_topic_not_the_news():
    text = "وأثار اغتيال الصحفي في بنغازي أمس موجة غضب في ليبيا."
    assert not _reported(text, "ASSAULT")
    assert any(e.extra.get("mention") == "reaction" for e in _of(text, "ASSAULT"))


def test_commenting_on_an_attack_is_not_a_report():
    assert not _reported("وتعليقا على الهجوم على القافلة في بنغازي أمس، قال الوزير إن الأمن مستتب.", "ASSAULT")


# -- verbal attacks and metaphors ----------------------------------------------------------------------

def test_attacking_a_policy_is_verbal():
    text = "وهاجم الرئيس الفرنسي إيمانويل ماكرون سياسة الحكومة المغربية أمس."
    assert not _reported(text, "ASSAULT")
    assert any(e.extra.get("mention") == "verbal" for e in _of(text, "ASSAULT"))


def test_attacking_a_town_is_not_verbal():
    evs = _of("وهاجم الجيش التركي مواقع في سوريا أمس.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") == "verbal" for e in evs)


def test_killing_hope_is_a_metaphor():
    text = "وقتلت الأزمة كل بصيص أمل لدى الشباب في ليبيا أمس."
    assert not _reported(text, "ASSAULT")


def test_population_explosion_is_a_metaphor():
    evs = _of("ويحذر الخبراء من الانفجار السكاني في القاهرة.", "ASSAULT")
    assert not any(e.modality == "asserted" and e.extra["confidence"] >= 0.5 for e in evs)


# -- history ------------------------------------------------------------------------------------------

def test_sentence_opening_when_clause_is_background():
    text = "عندما اغتيل القائد في دمشق، أعلنت حركة حماس الحداد في غزة."
    assert any(e.extra.get("mention") == "background" for e in _of(text, "ASSAULT"))
    assert not _reported(text, "ASSAULT")


def test_when_clause_after_the_main_clause_is_not_background():
    evs = _of("واندلعت المواجهات في بنغازي أمس عندما هاجم مسلحون مركزا للشرطة.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") == "background" for e in evs)


def test_dated_by_a_bare_year_is_background():
    assert _dated_background({"granularity": "year", "text": "عام 1988", "value": "1988"}, None)
    assert _dated_background({"granularity": "interval", "text": "الستينات", "value": "1960/1969"}, None)
    assert _dated_background({"granularity": "year", "text": "عام 2013", "value": "2013"}, "2018-02-19")
    # the publication year itself, a relative year or a day are not history
    assert not _dated_background({"granularity": "year", "text": "عام 2018", "value": "2018"}, "2018-02-19")
    assert not _dated_background({"granularity": "year", "text": "هذا العام", "value": "2018"}, None)
    assert not _dated_background({"granularity": "day", "text": "14 فبراير 2005", "value": "2005-02-14"}, None)
    assert not _dated_background(None, None)


def test_dated_attack_scores_below_the_same_attack_yesterday(nlp):
    def best(text):
        doc = nlp.analyze(text, published="2020-06-01")
        return max((e.extra["confidence"] for e in doc.events if e.type == "ASSAULT"), default=-1.0)
    old = best("وقصفت الطائرات قرية في الجنوب عام 1982 وقتلت عشرين شخصا.")
    new = best("وقصفت الطائرات قرية في الجنوب أمس وقتلت عشرين شخصا.")
    assert -1.0 < old < new


# -- habits, subjunctives, purposes, expectations -----------------------------------------------------

def test_past_habit_is_not_one_occurrence():
    for text in ("وكان الجيش السوداني يقصف الخرطوم كل يوم.", "وكانت قوات الدعم السريع تهاجم القرى في إقليم دارفور."):
        evs = _of(text, "ASSAULT")
        assert evs and all(e.extra.get("mention") == "habitual" for e in evs)
        assert not _reported(text, "ASSAULT")


def test_past_progressive_in_a_relative_clause_still_reports():
    evs = _of("وقاتلت قوات الدعم السريع التي كانت تقاتل الجيش السوداني في الخرطوم أمس.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") == "habitual" for e in evs)


def test_bare_imperfect_is_progressive_not_habitual():
    evs = _of("وتقصف قوات الدعم السريع مواقع الجيش السوداني في الخرطوم.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") == "habitual" for e in evs)


def test_subjunctive_imperfect_is_not_a_report():
    text = "ولم يتوقع أحد أن تقصف قوات الدعم السريع الخرطوم."
    assert not _reported(text, "ASSAULT")


def test_expectation_makes_the_strike_hypothetical():
    evs = _of("ورجحت واشنطن توجيه ضربات جوية إلى مواقع في سوريا.", "ASSAULT")
    assert evs and all(e.modality != "asserted" for e in evs)


def test_training_for_attacks_is_not_an_attack():
    evs = _of("وقال الجيش إن المسلحين تدربوا على تنفيذ هجمات في بنغازي.", "ASSAULT")
    assert evs and all(e.modality != "asserted" for e in evs)


def test_purpose_preposition_marks_a_planned_killing():
    text = "وأرسلت الجماعة فريقا إلى عمان لاغتيال الوزير."
    assert any(e.extra.get("mention") == "purpose" for e in _of(text, "ASSAULT"))
    assert not _reported(text, "ASSAULT")


def test_came_under_shelling_is_not_a_purpose():
    evs = _of("وتعرضت القافلة أمس في بنغازي للقصف.", "ASSAULT")
    assert evs and not any(e.extra.get("mention") == "purpose" for e in evs)


# -- protest as the setting of a police action ----------------------------------------------------------

def test_dispersing_a_protest_makes_the_protest_a_setting():
    assert not _reported("وفرقت الشرطة الأردنية مظاهرة في عمان.", "PROTEST")
    police = _of("وفرقت الشرطة الأردنية مظاهرة لعشرات الناشطين في عمان أمس.", "PROTEST")
    assert police and all(e.extra.get("mention") == "setting" for e in police)
    assert max(e.extra["confidence"] for e in police) < _best("ونظم عشرات الناشطين مظاهرة في عمان أمس.", "PROTEST")


def test_protest_without_police_action_is_a_report():
    assert _reported("وتظاهر عشرات الناشطين في عمان أمس احتجاجا على غلاء الأسعار.", "PROTEST")


@pytest.mark.parametrize("text", [
    "وقتل خمسة مدنيين في قصف على بنغازي أمس.",
    "وهاجم مسلحون مركزا للشرطة في بنغازي أمس.",
])
def test_plain_attack_reports_keep_no_report_cue(text):
    evs = _of(text, "ASSAULT")
    assert evs and all(e.extra.get("mention") is None for e in evs)
    assert _best(text, "ASSAULT") >= 0.5


# -- robustness -----------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from rasid.pipeline import make_document  # noqa: E402

_WORDS = ["عندما", "اغتيل", "محاكمة", "المتهمين", "تفجير", "أثار", "هاجم", "تصريحات", "الانفجار", "السكاني", "كان",
          "يقتل", "أن", "تقصف", "لاغتيال", "تعرضت", "للقصف", "فرقت", "الشرطة", "مظاهرة", "عام", "1988", "أمس", "،", ".",
          "و", "«", "»", "آنذاك", "في إشارة إلى", "تظاهر", "رجحت", "ضربات", "\n", "ـ", "abc"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=50))
def test_report_cues_on_random_text_keep_offsets(words):
    text = " ".join(words)
    doc = make_document(text)
    RAW(doc)
    for ev in doc.events:
        e = ev.evidence
        assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        assert 0.0 <= ev.extra["confidence"] <= 1.0
    assert doc.check_offsets() == []
