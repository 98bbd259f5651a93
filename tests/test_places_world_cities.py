"""Large world cities whose word frequency their fame explains (نيويورك) are places in any text, after
و / في and before punctuation; words that are also big towns stay words."""
from places_helpers import places, run


def test_new_york_after_wa_fi_and_before_a_comma():
    doc = run("وفي نيويورك، عقد مجلس الأمن جلسة طارئة حول الأزمة.")
    assert ("نيويورك", "US") in places(doc)


def test_new_york_after_fi_in_a_foreign_story():
    doc = run("قال مندوبون عرب في نيويورك إن التصويت تأجل إلى الأسبوع المقبل.")
    assert ("نيويورك", "US") in places(doc)


def test_istanbul_and_alexandria_without_their_country():
    doc = run("انتقل الكاتب من اسطنبول إلى الإسكندرية حيث قضى سنواته الأخيرة.")
    got = dict(places(doc))
    assert got.get("اسطنبول") == "TR" and got.get("الإسكندرية") == "EG"


def test_common_words_that_are_big_cities_stay_words():
    doc = run("احتشد الناس في ميدان واسع لمشاهدة مشهد الاحتفال مع القوم.")
    assert places(doc) == []


def test_misspelt_verb_is_not_kano():
    doc = run("قال الشهود إنهم كانو في المكان عند وقوع الحادث.")
    assert "كانو" not in [t for t, _ in places(doc)]


def test_aba_in_a_kunya_is_not_a_place():
    doc = run("التقى الوفد أبا محمد في مكتبه بالعاصمة.")
    assert not [t for t, _ in places(doc) if "با" in t and t != "بالعاصمة"]
