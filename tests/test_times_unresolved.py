"""Without a publication date: relative expressions keep no value; absolute ones are still resolved."""
from times_helpers import times


def test_times_relative_without_published_have_no_value():
    t = times("وصل الوفد أمس، وسيغادر الأسبوع المقبل.", published=None)
    assert [x.text for x in t] == ["أمس", "الأسبوع المقبل"]
    assert all(x.value is None for x in t)


def test_times_absolute_without_published_are_resolved():
    t = times("وقع الاتفاق في 3 مارس 2017 بعد عام 2016 الصعب.", published=None)
    assert {x.text: x.value for x in t} == {"3 مارس 2017": "2017-03-03", "عام 2016": "2016"}


def test_times_date_without_year_and_without_published_is_not_guessed():
    t = times("عاد الوزير في 12 مايو إلى بلاده.", published=None)
    assert [(x.text, x.value) for x in t] == [("12 مايو", None)]


def test_times_weekday_without_published_is_not_guessed():
    t = times("التقى الوزيران يوم الأحد.", published=None)
    assert [(x.text, x.value) for x in t] == [("يوم الأحد", None)]
