"""Clock times, parts of the day, nth weekdays of a month and Duckling-style future reading."""
from times_helpers import times, values


def test_times_clock_with_part_of_day():
    v = values("انطلقت المسيرة الساعة 3 عصراً من الساحة.")
    assert v["الساعة 3 عصراً"] == "2019-08-07T15:00"


def test_times_clock_words_and_quarter():
    v = values("بدأ الاجتماع عند الساعة الثانية وربع بعد الظهر.")
    assert list(v.values()) == ["2019-08-07T14:15"]


def test_times_clock_minutes_to_the_hour():
    assert list(values("وصل القطار الساعة خمسة إلا ثلث مساءً.").values()) == ["2019-08-07T16:40"]


def test_times_digital_clock():
    t = times("أعلن البيان في 21:45 أن الهدنة بدأت.")
    assert [(x.text, x.value, x.granularity) for x in t] == [("21:45", "2019-08-07T21:45", "time")]


def test_times_clock_range():
    v = values("تغلق المحال من الساعة الثانية إلى الساعة الخامسة مساء.")
    assert list(v.values()) == ["2019-08-07T14:00/2019-08-07T17:00"]


def test_times_nth_weekday_of_month():
    assert list(values("يعقد المؤتمر في ثالث خميس من شهر نوفمبر 2019.").values()) == ["2019-11-21"]
    assert list(values("تجرى القرعة في الجمعة الأخيرة من مارس 2020.").values()) == ["2020-03-27"]


def test_times_first_day_of_month_word():
    assert values("تبدأ الدراسة أول سبتمبر المقبل.")["أول سبتمبر المقبل"] == "2019-09-01"


def test_times_future_default_reads_bare_weekday_forward():
    # Duckling's convention (used by `rasid eval times`): a bare weekday is the next one
    assert values("الجمعة", direction="future") == {"الجمعة": "2019-08-09"}
    assert values("الجمعة", direction="past") == {"الجمعة": "2019-08-02"}


def test_times_week_of_a_relative_weekday():
    v = values("زار الوفد المدينة خميس الأسبوع الماضي.")
    assert v["خميس الأسبوع الماضي"] == "2019-08-01"


def test_times_day_and_clock_are_one_moment():
    v = values("سيصل الوفد الخميس الساعة 8 مساء إلى المطار.")
    assert v == {"الخميس الساعة 8 مساء": "2019-08-08T20:00"}
    assert values("انطلقت المسيرة الساعة الثامنة من مساء اليوم.") == {"الساعة الثامنة من مساء اليوم": "2019-08-07T20:00"}


def test_times_tonight_and_last_night():
    assert values("تعقد الجلسة الليلة في القصر.")["الليلة"] == "2019-08-07TNI"
    assert values("قصفت الطائرات المدينة الليلة الماضية.")["الليلة الماضية"] == "2019-08-06TNI"


def test_times_within_in_future_context_is_an_interval_from_publication():
    assert values("سينتهي المشروع في غضون أسبوعين.")["في غضون أسبوعين"] == "2019-08-07/2019-08-20"
    # in past narration the same words only give a length
    assert values("انتهى المشروع خلال أسبوعين.")["خلال أسبوعين"] == "P2W"


def test_times_part_of_day_after_the_day():
    assert values("اندلع الحريق أمس مساءً في المخزن.")["أمس مساءً"] == "2019-08-06TEV"
    assert values("هذا الصباح", direction="future") == {"هذا الصباح": "2019-08-07TMO"}


def test_times_hour_with_adverb_and_half():
    assert values("وقع الانفجار 3 صباحاً قرب الميناء.")["3 صباحاً"] == "2019-08-07T03:00"
    assert list(values("بدأت الجلسة الساعة الثالثة والنصف عصراً.").values()) == ["2019-08-07T15:30"]
