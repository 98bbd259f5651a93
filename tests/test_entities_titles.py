"""Title chains: titles, ranks, offices and nationality adjectives before a name."""
from _ents_helpers import ents, run


def _per(doc, text):
    for e in doc.entities:
        if e.label == "PER" and e.text == text:
            return e
    raise AssertionError(f"no PER {text!r} in {ents(doc)}")


def test_president_with_nisba_gives_person_title_and_country():
    doc = run("استقبل الرئيس المصري عبد الفتاح السيسي وفدا من رجال الأعمال أمس.")
    e = _per(doc, "عبد الفتاح السيسي")
    assert e.extra["title"] == "الرئيس"
    s, t = e.extra["title_span"]
    assert doc.text[s:t] == "الرئيس"
    assert e.extra["country"] == "EG"


def test_unknown_name_after_rank_is_a_person():
    doc = run("وصرح العقيد منصور الفيتوري للصحفيين بأن الطريق مفتوح.")
    e = _per(doc, "منصور الفيتوري")
    assert e.extra["title"] == "العقيد"
    assert e.origin == "rule"


def test_office_and_rank_both_become_titles():
    doc = run("التقى مدير المخابرات العامة اللواء سليم الحداد بالوفد الزائر.")
    e = _per(doc, "سليم الحداد")
    titles = [t["title"] for t in e.extra["titles"]]
    assert titles == ["مدير المخابرات العامة", "اللواء"]
    assert e.extra["titles"][0]["class"] == "intel_chief"


def test_role_head_takes_organisation_complement():
    doc = run("وقال رئيس حكومة الوفاق الوطني، فايز السراج، إن المحادثات مستمرة.")
    e = _per(doc, "فايز السراج")
    assert e.extra["title"] == "رئيس حكومة الوفاق الوطني"


def test_kinship_noun_moves_office_to_a_relative():
    doc = run("وحضر نجل رئيس الجمهورية ضابط الاستخبارات محمود السيسي الاجتماع.")
    e = _per(doc, "محمود السيسي")
    assert [t["title"] for t in e.extra["titles"]] == ["ضابط الاستخبارات"]
    assert e.extra["relation"]["of"]["title"] == "رئيس الجمهورية"


def test_title_modifier_is_skipped():
    doc = run("وصل رئيس الوزراء الأسبق نادر العطار إلى المطار.")
    e = _per(doc, "نادر العطار")
    assert e.extra["titles"][0]["modifier"] == "الأسبق"


def test_title_without_name_is_no_person():
    doc = run("وقال الرئيس إن البلاد تمر بمرحلة صعبة، وأعلن الوزير اليوم خطة جديدة.")
    assert ents(doc, "PER") == []


def test_verb_after_title_is_not_a_name():
    doc = run("وكان الرئيس المصري يتوجه إلى العاصمة.")
    assert ents(doc, "PER") == []


def test_appositive_office_after_name_is_attached():
    doc = run("أكد مازن الخطيب وزير الخارجية أن الاتفاق قريب.")
    e = _per(doc, "مازن الخطيب")
    assert any(t["title"] == "وزير الخارجية" and t.get("position") == "after" for t in e.extra["titles"])
