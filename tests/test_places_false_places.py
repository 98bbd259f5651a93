"""Common words and idioms that spell a place are not places: القوة القاهرة (force majeure) is not Cairo,
جيشي (a dual noun in construct) is not Jixi in China, بولو (polo) is not Bolu in Turkey."""
from places_helpers import places, run


def test_force_majeure_is_not_cairo():
    doc = run("أعلنت شركة النفط حالة القوة القاهرة في موانئ التصدير بسبب الإغلاق.")
    assert not [p for p in doc.places if "القاهرة" in p.text]


def test_cairo_alone_is_still_cairo():
    doc = run("وصل الوفد إلى القاهرة لبحث الأزمة، رغم الظروف القاهرة التي يمر بها البلد.")
    assert [(p.text, p.country_code) for p in doc.places] == [("القاهرة", "EG")]


def test_dual_noun_is_not_a_chinese_city():
    doc = run("التقى قائدا جيشي البلدين في الخرطوم لبحث التعاون العسكري.")
    assert not [p for p in doc.places if p.text == "جيشي"]
    assert ("الخرطوم", "SD") in places(doc)


def test_suffix_rule_yields_to_a_place_noun():
    doc = run("ضرب زلزال مدينة جيشي شمال شرق الصين صباح اليوم.")
    assert [p for p in doc.places if p.text == "جيشي" and p.country_code == "CN"]


def test_polo_is_a_sport():
    doc = run("فاز الفريق ببطولة بولو الخيول التي أقيمت في دبي.")
    assert not [p for p in doc.places if p.text == "بولو"]
