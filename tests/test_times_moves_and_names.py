"""A date moved to another is two points, not an interval; spelled-out durations; weekdays and dates
that complete a name are no times; set phrases such as «منذ ذلك الحين».  Sentences written for these
tests (published Wednesday 2019-08-07 unless said otherwise)."""
import pytest

from times_helpers import times, values

from rasid.pipeline import Pipeline, make_document


# -- 1. moving a date: two points ---------------------------------------------------------------------
def test_times_postponed_date_gives_the_old_and_the_new_date():
    v = values("أرجأت الهيئة الاقتراع من 24 ديسمبر إلى 24 يناير المقبل بسبب الأمطار.")
    assert v == {"24 ديسمبر": "2019-12-24", "24 يناير المقبل": "2020-01-24"}


def test_times_move_verbal_noun_splits_the_pair_and_the_year_follows_the_new_date():
    v = values("وافق المجلس على تأجيل المؤتمر من 30 نوفمبر إلى 15 فبراير 2021.")
    assert v == {"30 نوفمبر": "2020-11-30", "15 فبراير 2021": "2021-02-15"}


def test_times_a_span_without_a_move_verb_stays_an_interval():
    t = times("سيستمر المعرض من 10 سبتمبر حتى 20 أكتوبر في القاهرة.")
    assert [(x.text, x.value, x.granularity) for x in t] == [
        ("10 سبتمبر حتى 20 أكتوبر", "2019-09-10/2019-10-20", "interval")]


def test_times_a_range_cannot_run_backwards_within_a_month():
    # brought forward: no move verb next to «من», but 3 May lies before 10 May
    v = values("قدمت اللجنة موعد التصويت من 10 مايو إلى 3 مايو.")
    assert v == {"10 مايو": "2019-05-10", "3 مايو": "2019-05-03"}


def test_times_postponed_weekday_moves_to_the_coming_one():
    v = values("قرر القاضي تأجيل المحاكمة من الأحد إلى الخميس.")
    assert v["الأحد"] == "2019-08-04" and v["الخميس"] == "2019-08-08"


def test_times_weekday_span_in_the_past_ends_on_the_last_day():
    v = values("أغلقت المدارس من الأحد إلى الخميس بسبب الحر.")
    assert v["الأحد"] == "2019-07-28" and v["الخميس"] == "2019-08-01"


def test_times_weekday_span_in_the_future_starts_on_the_next_day():
    v = values("ستغلق المدارس من الأحد إلى الخميس.")
    assert v["الأحد"] == "2019-08-11" and v["الخميس"] == "2019-08-15"


# -- 2. spelled-out durations --------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, surface, value", [
    ("قضى المتسابق يوما واحدا في المستشفى.", "يوما واحدا", "P1D"),
    ("تأخر القطار ساعة واحدة عن موعده.", "ساعة واحدة", "PT1H"),
    ("استمر الاعتصام أسبوعا كاملا أمام الوزارة.", "أسبوعا كاملا", "P1W"),
    ("دام الحصار شهرا ونصف قبل أن يرفع.", "شهرا ونصف", "P1.5M"),
    ("انتظر المسافرون نحو ساعة ونصف في المطار.", "نحو ساعة ونصف", "PT1.5H"),
    ("بقي الجسر مغلقا عاما كاملا.", "عاما كاملا", "P1Y"),
])
def test_times_spelled_out_duration(sentence, surface, value):
    assert values(sentence).get(surface) == value


def test_times_count_word_after_ago_counts():
    v = values("وصلت فرق الإنقاذ بعد ساعة ونصف من الانفجار.")
    assert v["بعد ساعة ونصف"] == "PT1.5H"


def test_times_count_word_needs_a_unit_noun():
    assert values("حضر ممثل واحد عن كل حزب.") == {}


# -- 3. names ---------------------------------------------------------------------------------------
def test_times_weekday_after_a_market_noun_is_a_name():
    assert values("باع التاجر بضاعته في سوق الخميس القديم.") == {}


def test_times_weekday_after_a_noun_with_the_article_stays_a_day():
    assert values("عاد التجار إلى السوق الخميس بعد الإغلاق.")["الخميس"] == "2019-08-01"


@pytest.mark.parametrize("sentence", [
    "نظمت حركة 20 فبراير وقفة احتجاجية.",
    "اجتمع قادة قوى 8 آذار في مقر البرلمان.",
    "تضم جبهة 17 فبراير عدة فصائل.",
])
def test_times_day_month_after_an_organisation_head_is_a_name(sentence):
    assert values(sentence) == {}


def test_times_inside_a_name_span_of_the_entities_or_places_layer():
    # a places layer (as the pipeline runs it before times) covering «ميناء 9 يوليو»: the date is
    # part of the name; «صباح الاثنين» outside it stays
    from rasid.document import Place
    from rasid.extract.times import TimesComponent

    text = "رست السفينة في ميناء 9 يوليو صباح الاثنين."
    start, end = text.index("ميناء"), text.index(" صباح")
    doc = Pipeline(("text",))(make_document(text, published="2019-08-07"))
    doc.add("places", Place(start, end, ""))
    TimesComponent({})(doc)
    assert [t.text for t in doc.times] == ["صباح الاثنين"]
    assert "9 يوليو" in {t.text for t in times(text)}  # without the name span the date is read


# -- 4. set phrases -----------------------------------------------------------------------------------
def test_times_since_then_is_no_dated_expression():
    assert values("ومنذ ذلك الحين تراجعت الأسعار في الأسواق.") == {}


def test_times_until_now_is_kept_as_the_guide_counts_it():
    v = times("لم تتبن أي جهة الهجوم حتى الآن.")
    assert [(t.text, t.value, t.extra.get("ref")) for t in v] == [("حتى الآن", "2019-08-07", "now")]


def test_times_weekday_after_a_verb_that_is_also_an_organisation_head_stays_a_day():
    assert values("وتحالف الجمعة حزبان صغيران في البرلمان.")["الجمعة"] == "2019-08-02"
