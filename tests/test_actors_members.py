"""Members of a group (مسلحو تنظيم الدولة، عناصر من حزب الله) are mentions of the group, and canonical
actor names never carry a proclitic (للجيش العراقي -> الجيش العراقي)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.actors.lexicons import entity_lexicon
from rasid.actors.resolver import Resolver
from rasid.document import Document
from rasid.pipeline import Pipeline

from _ents_helpers import actor, pipeline, run


def _span_texts(doc, a):
    return [doc.text[s:e] for s, e in a.mentions]


@pytest.mark.parametrize("text, actor_id, phrase", [
    ("هاجم مسلحو تنظيم الدولة قرية نائية فجر اليوم.", "isis", "مسلحو تنظيم الدولة"),
    ("اعترف مقاتلي حزب الله بصعوبة المعركة.", "lb_hezbollah", "مقاتلي حزب الله"),
    ("تسلل عناصر من هيئة تحرير الشام إلى خطوط التماس.", "sy_hts", "عناصر من هيئة تحرير الشام"),
    ("اقتحم مقاتلون تابعون لقوات الدعم السريع سوقا شعبيا.", "sd_rsf", "مقاتلون تابعون لقوات الدعم السريع"),
    ("دخل جنود من الجيش التركي إلى البلدة.", "tr_army", "جنود من الجيش التركي"),
    ("وأحرق مسلحون موالون للمجلس الانتقالي الجنوبي مقرا حكوميا.", "ye_stc", "مسلحون موالون للمجلس الانتقالي الجنوبي"),
])
def test_member_phrase_is_a_mention_of_the_group(text, actor_id, phrase):
    doc = run(text, published="2023-06-01")
    a = actor(doc, actor_id)
    assert phrase in _span_texts(doc, a)
    assert [doc.text[s:e] for s, e in a.extra["members"]] == [phrase]


def test_member_phrase_excludes_the_conjunction_clitic():
    doc = run("ومسلحو تنظيم الدولة يسيطرون على التلال.")
    a = actor(doc, "isis")
    assert "مسلحو تنظيم الدولة" in _span_texts(doc, a)


def test_member_noun_without_a_group_is_no_mention():
    doc = run("هاجم مسلحون مجهولون حافلة في الطريق إلى المدينة. وقال الجيش العراقي إنه يلاحقهم.")
    a = actor(doc, "iq_army")
    assert "members" not in a.extra
    assert _span_texts(doc, a) == ["الجيش العراقي"]


def test_member_noun_separated_by_other_words_is_no_mention():
    doc = run("قتل مسلحون في هجوم تبناه تنظيم الدولة.")
    assert "members" not in actor(doc, "isis").extra


def test_member_phrase_makes_the_group_the_event_source():
    # without the member phrase the source would be the anonymous group:armed_men of the events layer
    doc = Pipeline().analyze("وهاجم مسلحون تابعون لتنظيم الدولة قرية في ريف دير الزور.", published="2023-06-01")
    assault = [ev for ev in doc.events if ev.type == "ASSAULT"]
    assert assault and assault[0].source_actor == ["isis"]
    assert not any(a.id == "group:armed_men" for a in doc.actors)


# -- canonical names without clitics ------------------------------------------------------------
def test_lil_spelling_is_not_in_the_canonical_name():
    doc = run("استهدف هجوم نقطة للجيش الكيني قرب الحدود.")
    orgs = [a for a in doc.actors if a.type == "ORG"]
    assert [a.name for a in orgs] == ["الجيش الكيني"]
    # the entity span keeps the preposition (the article has lost its alif), the name restores ال
    assert [doc.text[s:e] for s, e in orgs[0].mentions] == ["للجيش الكيني"]
    assert orgs[0].aliases == []


def test_lil_and_plain_forms_are_one_local_actor():
    doc = run("وجهت الحكومة الشكر للجيش الكيني. وقال الجيش الكيني إنه أحبط الهجوم.")
    orgs = [a for a in doc.actors if a.type == "ORG" and "الكيني" in a.name]
    assert len(orgs) == 1 and orgs[0].name == "الجيش الكيني"
    assert len(orgs[0].mentions) == 2


def test_lil_spelling_resolves_to_the_dictionary_actor():
    doc = run("قدمت دول مجاورة دعما لقوات الدعم السريع وللجيش العراقي.", published="2023-06-01")
    assert actor(doc, "sd_rsf").name == "قوات الدعم السريع"
    assert actor(doc, "iq_army").name == "الجيش العراقي"


def test_canonical_drops_proclitics_before_the_article():
    r = Resolver(entity_lexicon())
    assert r.canonical("للجيش العراقي") == "الجيش العراقي"
    assert r.canonical("بالحكومة العراقية") == "الحكومة العراقية"
    assert r.canonical("وللقوات الخاصة") == "القوات الخاصة"
    assert r.canonical("الجيش العراقي") == "الجيش العراقي"
    assert r.canonical("للا سلمى") == "للا سلمى"  # too short to be ل + ال
    assert r.canonical("فالنسيا") == "فالنسيا"  # a lexicon word (the club), not ف + النسيا


# -- robustness ---------------------------------------------------------------------------------------
_PIECES = ["مسلحو", "مقاتلي", "عناصر", "من", "تابعين", "لقوات", "الدعم", "السريع", "تنظيم", "الدولة", "حزب",
           "الله", "الشباب", "القاعدة", "حركة", "مسؤوليتها", "للجيش", "العراقي", "لل", "ومسلحو", "لـ", "،", ".",
           "\n", "«", "»", "\u064e", "ـ", " ", "123"]
arabicish = st.lists(st.sampled_from(_PIECES) | st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىة ،.\n",
                                                          max_size=6), max_size=40).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(arabicish)
def test_member_phrases_on_random_text_keep_exact_offsets(text):
    doc = pipeline(True)(Document(text))
    assert doc.check_offsets() == []
    for a in doc.actors:
        assert not a.name.startswith("لل") or len(a.name) < 5
        for s, e in a.mentions + a.extra.get("members", []):
            assert 0 <= s < e <= len(text)
