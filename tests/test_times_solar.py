"""Iranian solar (Jalali) dates: recognised only with an explicit solar year, converted exactly."""
import datetime as dt

from hypothesis import given, strategies as st
from times_helpers import times, values

from rasid.temporal.calendar import solar_month_length, solar_to_gregorian


def test_times_solar_known_dates():
    assert solar_to_gregorian(1357, 11, 22) == dt.date(1979, 2, 11)
    assert solar_to_gregorian(1403, 1, 1) == dt.date(2024, 3, 20)
    assert solar_to_gregorian(1403, 12, 30) == dt.date(2025, 3, 20)  # 1403 is a leap year
    assert solar_to_gregorian(1402, 12, 30) is None  # 1402 is not
    assert solar_to_gregorian(1100, 1, 1) is None


@given(st.integers(1250, 1470), st.integers(1, 12))
def test_times_solar_months_follow_each_other(sy, sm):
    first = solar_to_gregorian(sy, sm, 1)
    last = solar_to_gregorian(sy, sm, solar_month_length(sy, sm))
    nxt = solar_to_gregorian(sy + (sm == 12), sm % 12 + 1, 1)
    assert last - first == dt.timedelta(days=solar_month_length(sy, sm) - 1)
    if nxt is not None:
        assert nxt - last == dt.timedelta(days=1)


def test_times_solar_date_in_text():
    t = times("قال الرئيس في خطاب ألقاه يوم 22 بهمن 1390 إن البلاد صامدة.")
    assert [(x.text, x.value, x.granularity, x.extra.get("calendar")) for x in t] == [
        ("22 بهمن 1390", "2012-02-11", "day", "solar")]


def test_times_solar_month_with_year_is_an_interval():
    v = values("وقعت الحادثة في شهر مهر 1385 هـ.ش، بحسب التقرير.")
    assert list(v.values()) == ["2006-09-23/2006-10-22"]


def test_times_solar_month_names_without_a_solar_year_are_words():
    assert values("طلبت مهر ابنتها، وقال إن دي مستورا وصل في آذر.") == {}
    # the Levantine آذار is still March
    assert values("حدث ذلك في 5 آذار 2019.")["5 آذار 2019"] == "2019-03-05"
