"""Durations: numbers with time units, duals, approximation markers, vague counts."""
from times_helpers import times, values


def test_times_duration_with_approximation_marker():
    t = times("وها هي الحرب تستمر لنحو 5 أشهر دون حسم.")
    assert [(x.text, x.value, x.granularity, x.approximate) for x in t] == [("نحو 5 أشهر", "P5M", "duration", True)]


def test_times_duration_words_and_duals():
    v = values("قضى ثلاثة أعوام في السجن ثم عامين في المنفى.")
    assert v == {"ثلاثة أعوام": "P3Y", "عامين": "P2Y"}


def test_times_duration_hours_minutes():
    v = values("استمر الاجتماع 4 ساعات، وتأخر الوفد عشر دقائق.")
    assert v["4 ساعات"] == "PT4H"
    assert v["عشر دقائق"] == "PT10M"


def test_times_relative_to_another_event_stays_a_duration():
    # "بعد ثلاثة أيام من" counts from another event, not from the publication date
    t = times("جاء القرار بعد ثلاثة أيام من الاحتجاجات.")
    assert [(x.value, x.granularity) for x in t] == [("P3D", "duration")]


def test_times_within_days_is_vague():
    assert values("سيعود الرئيس إلى البلاد خلال أيام.")["خلال أيام"] == "PXD"


def test_times_ago_with_unit_gives_a_point():
    t = times("غادر السفير البلاد قبل أسبوعين.")
    assert [(x.value, x.granularity) for x in t] == [("2019-W30", "week")]
