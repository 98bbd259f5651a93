"""Absolute dates: every month-name system, dual forms, digits in any script, years, ranges, Hijri."""
from times_helpers import times, values


def test_times_day_month_year_western_names():
    v = values("وصل الوفد إلى الرباط في 3 مارس 2017 بعد رحلة طويلة.")
    assert v == {"3 مارس 2017": "2017-03-03"}


def test_times_levantine_and_maghreb_month_names():
    assert values("افتتح المعرض في 12 تشرين الثاني 2016.")["12 تشرين الثاني 2016"] == "2016-11-12"
    assert values("أُجريت الانتخابات يوم 6 جانفي 2015 في تونس.")["6 جانفي 2015"] == "2015-01-06"
    assert values("وقع الاتفاق في 30 غشت 2014 بالرباط.")["30 غشت 2014"] == "2014-08-30"


def test_times_dual_month_form_with_and_without_spaces():
    v = values("انطلقت المفاوضات في 5 سبتمبر/ أيلول 2018، واستؤنفت في 9 مايو/أيار 2019.")
    assert v["5 سبتمبر/ أيلول 2018"] == "2018-09-05"
    assert v["9 مايو/أيار 2019"] == "2019-05-09"


def test_times_mismatched_dual_month_is_not_one_date():
    # يناير and آذار are different months: no single date is invented from them
    assert "2019-01-04" not in values("في 4 يناير/آذار جرى التصويت.").values()


def test_times_arabic_indic_digits():
    t = times("بدأت الحملة في ١٥ يوليو/تموز ٢٠١٨ وانتهت سريعاً.")
    assert [(x.text, x.value) for x in t] == [("١٥ يوليو/تموز ٢٠١٨", "2018-07-15")]


def test_times_ordinal_day_words():
    v = values("عُقد المؤتمر في الحادي والعشرين من أكتوبر 2012.")
    assert v["الحادي والعشرين من أكتوبر 2012"] == "2012-10-21"


def test_times_date_without_year_takes_publication_year():
    assert values("وكان الوزير قد زار المدينة في 12 مايو/ أيار.")["12 مايو/ أيار"] == "2019-05-12"


def test_times_date_with_current_month_word():
    assert values("تظاهر المئات في 3 أغسطس الجاري أمام البرلمان.")["3 أغسطس الجاري"] == "2019-08-03"


def test_times_month_with_past_word_goes_back_a_year_when_needed():
    v = values("أعلنت الحكومة في نوفمبر/ تشرين الثاني الماضي خطة جديدة.")
    assert v["نوفمبر/ تشرين الثاني الماضي"] == "2018-11"
    assert values("خسرت القوات المدينة في يونيو/ حزيران الماضي.")["يونيو/ حزيران الماضي"] == "2019-06"


def test_times_month_and_year():
    assert values("تأسست الهيئة في مارس/آذار 2015 بقرار رسمي.")["مارس/آذار 2015"] == "2015-03"


def test_times_ambiguous_month_word_alone_is_not_a_month():
    # مارس is also the verb "practised"
    assert values("مارس اللاعب الرياضة منذ صغره.") == {}


def test_times_years():
    v = values("انضم إلى الحزب عام 1998 وغادره في 2006.")
    assert v == {"عام 1998": "1998", "2006": "2006"}


def test_times_number_that_is_not_a_year_is_ignored():
    assert values("شارك 2014 متطوعا في الحملة.") == {}


def test_times_range_inside_one_month():
    v = values("ستعقد القمة بين 24 و26 أغسطس/ آب الحالي في المدينة.")
    assert v["بين 24 و26 أغسطس/ آب الحالي"] == "2019-08-24/2019-08-26"
    assert values("يقام المهرجان من 13 إلى 15 يوليو المقبل.")["من 13 إلى 15 يوليو المقبل"] == "2020-07-13/2020-07-15"


def test_times_range_across_months():
    v = values("امتدت الدراسة من 15 يناير/كانون الثاني إلى 14 أبريل/نيسان 2018.")
    assert list(v.values()) == ["2018-01-15/2018-04-14"]
    assert all(t.granularity == "interval" for t in times("امتدت الدراسة من 15 يناير/كانون الثاني إلى 14 أبريل/نيسان 2018."))


def test_times_decade_with_modifier():
    assert values("هاجر والده في أواخر الثمانينيات إلى الخارج.")["أواخر الثمانينيات"] == "1985/1989"


def test_times_hijri_date_with_year():
    v = values("ولد الشيخ في 10 ذي الحجة 1440 هـ بمكة.")
    assert list(v.values()) == ["2019-08-11"]


def test_times_hijri_month_with_year_is_an_interval():
    v = values("صدر القرار في شهر رمضان 1440 هـ.")
    assert "2019-05-06/2019-06-03" in v.values()


def test_times_clitic_is_outside_the_span():
    t = times("وبالعام الماضي شهدت البلاد أزمة.")
    assert [x.text for x in t] == ["العام الماضي"]


def test_times_dual_month_separated_by_a_space_only():
    v = values("شنت القوات هجوما في 26 مارس آذار على المدينة.")
    assert v == {"26 مارس آذار": "2019-03-26"}


def test_times_range_end_without_year_takes_the_start_year():
    v = values("استمر الاعتصام من 21 يونيو 2013 حتى 14 أغسطس.")
    assert list(v.values()) == ["2013-06-21/2013-08-14"]


def test_times_year_ranges():
    assert values("حكم البلاد بين عامي 2011 و2014 بقبضة حديدية.") == {"بين عامي 2011 و2014": "2011/2014"}
    assert values("امتدت الحرب من 2011 إلى 2014.") == {"من 2011 إلى 2014": "2011/2014"}
    # two bare numbers before a counted noun are a quantity range, not years
    assert values("انضم ما بين 1950 و2000 مقاتل إلى القوات.") == {}


def test_times_quarters_and_halves_of_a_year():
    assert values("تراجع النمو في الربع الأول من 2014.")["الربع الأول من 2014"] == "2014-01/2014-03"
    assert values("ارتفعت الأسعار في النصف الثاني من العام الماضي.")["النصف الثاني من العام الماضي"] == "2018-07/2018-12"
