"""Organisations, facilities, events and nationality adjectives."""
from _ents_helpers import ents, run


def _labels(doc, label):
    return [t for t, lab in ents(doc) if lab == label]


def _ent(doc, text):
    return next(e for e in doc.entities if e.text == text)


def test_ministry_with_nisba_has_country():
    doc = run("أصدرت وزارة الخارجية المصرية بيانا مساء السبت.")
    assert _labels(doc, "ORG") == ["وزارة الخارجية المصرية"]
    assert _ent(doc, "وزارة الخارجية المصرية").extra["country"] == "EG"


def test_nested_heads_and_dictionary_complement():
    doc = run("تقدمت قوات حكومة الوفاق نحو الجنوب.")
    assert _labels(doc, "ORG") == ["قوات حكومة الوفاق"]
    assert _ent(doc, "قوات حكومة الوفاق").extra["country"] == "LY"


def test_definite_head_needs_adjective():
    doc = run("قال الجيش إن الجيش الأردني أغلق المعبر.")
    assert _labels(doc, "ORG") == ["الجيش الأردني"]


def test_generic_complement_is_not_a_name():
    doc = run("انتشرت قوات الأمن في الشوارع بينما انسحبت قوات الأمن العراقية.")
    assert _labels(doc, "ORG") == ["قوات الأمن العراقية"]


def test_known_organisation_and_dictionary_org():
    doc = run("نقلت وكالة رويترز عن مصدر في حلف الناتو قوله إن الاجتماع تأجل.")
    orgs = _labels(doc, "ORG")
    assert "وكالة رويترز" in orgs and "حلف الناتو" in orgs


def test_adjective_with_lil_complement():
    doc = run("أعلنت الهيئة العامة للاستعلامات موعد المؤتمر.")
    assert "الهيئة العامة للاستعلامات" in _labels(doc, "ORG")


def test_nationality_adjectives_are_norp_with_country():
    doc = run("اجتمع مسؤولون سوريون مع الوفد التركي.")
    norp = [(e.text, e.extra.get("country")) for e in doc.entities if e.label == "NORP"]
    assert norp == [("سوريون", "SY"), ("التركي", "TR")]


def test_named_summit_and_airport():
    doc = run("وصل الوفد إلى مطار قرطاج للمشاركة في قمة نواكشوط.")
    assert _labels(doc, "FAC") == ["مطار قرطاج"]
    assert _labels(doc, "EVENT") == ["قمة نواكشوط"]


def test_org_containing_place_word_is_one_org():
    doc = run("ورفض مجلس النواب الليبي القرار.")
    assert _labels(doc, "ORG") == ["مجلس النواب الليبي"]


def test_strict_head_needs_known_complement_or_adjective():
    doc = run("توقفت حركة الشاحنات عند الحدود، وأعلنت حركة المقاومة الإسلامية موقفها.")
    assert _labels(doc, "ORG") == ["حركة المقاومة الإسلامية"]


def test_feminine_adjective_after_masculine_head_is_left_out():
    doc = run("بثت هيئة الإذاعة والتلفزيون التركية الخبر.")
    assert "التلفزيون التركية" not in _labels(doc, "ORG")


def test_facility_named_after_a_person():
    doc = run("أغلقت السلطات معبر جابر الحدودي أمام الشاحنات.")
    assert _labels(doc, "FAC") == ["معبر جابر"]
    assert _labels(doc, "PER") == []
