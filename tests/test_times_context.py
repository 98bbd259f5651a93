"""Context decides how an expression is read: the direction of the sentence for year-less dates and
weekdays (past verbs, calls for a future day), «منذ + N» as a duration, clock ranges over midnight,
ages, dates inside place names and «اليوم» that is not today.  Sentences written for these tests."""
from times_helpers import times, values

from rasid.temporal import time_lexicon


# -- 1. day-month or month without a year ---------------------------------------------------------
def test_times_day_month_in_past_narration_is_the_previous_occurrence():
    v = values("اندلعت المواجهات في الثالث من أيلول/سبتمبر بين الطرفين.", "2022-02-15")
    assert v["الثالث من أيلول/سبتمبر"] == "2021-09-03"


def test_times_month_in_past_tense_keeps_the_year_when_it_lies_before():
    assert values("وقّع الطرفان الاتفاق في آب/أغسطس بعد مفاوضات طويلة.", "2021-11-20")["آب/أغسطس"] == "2021-08"


def test_times_year_less_month_defaults_to_past_for_news():
    # no tense cue at all: news narrates what happened, so the last October, not the next one
    assert values("الحصيلة منذ هجوم تشرين الأول/أكتوبر كبيرة.", "2024-02-27")["تشرين الأول/أكتوبر"] == "2023-10"


def test_times_day_month_with_future_cue_is_the_next_occurrence():
    v = values("ستجرى الانتخابات في العاشر من آذار وفق الجدول.", "2022-11-01")
    assert v["العاشر من آذار"] == "2023-03-10"


def test_times_date_of_the_current_month_keeps_the_year():
    assert values("وصل الوفد في 2 أغسطس إلى الميناء.")["2 أغسطس"] == "2019-08-02"
    assert values("سيصل الوفد في 25 أغسطس إلى الميناء.")["25 أغسطس"] == "2019-08-25"


# -- 2. weekdays: the governing verb decides --------------------------------------------------------
def test_times_weekday_after_a_past_verb_is_past_despite_an_earlier_future_verb():
    # published Wednesday 2019-08-07
    v = values("ستنطلق الحملة قريبا بعد أن اجتمع الوزراء يوم الأحد.")
    assert v["يوم الأحد"] == "2019-08-04"


def test_times_weekday_before_a_passive_past_verb_is_past():
    # published Sunday 2019-08-11: «قُتل … مساء السبت» is the day before, not next Saturday
    v = values("سيشيع الأهالي الجنديين اللذين قُتلا مساء السبت في هجوم قرب الحدود.", "2019-08-11")
    assert v["مساء السبت"] == "2019-08-10TEV"


def test_times_call_for_an_action_on_a_weekday_points_forward():
    assert values("دعا الاتحاد العام للشغل أنصاره إلى إضراب عام يوم الخميس.")["يوم الخميس"] == "2019-08-08"
    assert values("طالبت النقابة العمال بالعودة إلى مواقعهم يوم السبت.")["يوم السبت"] == "2019-08-10"
    assert values("خرج المحتجون داعين إلى اعتصام مفتوح الأحد.")["الأحد"] == "2019-08-11"


def test_times_call_made_on_a_weekday_stays_past():
    # the weekday is when the call was made, before «إلى»
    assert values("دعا الوزير يوم الاثنين إلى الهدوء.")["يوم الاثنين"] == "2019-08-05"


# -- 3. «منذ + N units» and «خلال N» in past narration are durations --------------------------------
def test_times_since_n_units_is_a_duration():
    v = values("تراجعت الأسعار منذ أسبوعين، ولم تتحسن منذ خمس سنوات.")
    assert v["منذ أسبوعين"] == "P2W"
    assert v["منذ خمس سنوات"] == "P5Y"
    t = [x for x in times("تراجعت الأسعار منذ أسبوعين.") if x.text == "منذ أسبوعين"][0]
    assert t.granularity == "duration" and t.extra["interval"] == "2019-W30/2019-W32"


def test_times_since_n_units_is_a_duration_without_publication_date():
    assert values("يعيش السكان في الخيام منذ ثلاث سنوات.", None)["منذ ثلاث سنوات"] == "P3Y"


def test_times_within_in_past_narration_is_a_duration_and_in_future_an_interval():
    assert values("جمعت الحملة مليون دينار خلال ثلاثة أيام فقط.")["خلال ثلاثة أيام"] == "P3D"
    assert values("سيبدأ توزيع المساعدات التي وصلت خلال يومين.")["خلال يومين"] == "P2D"
    assert values("سيصل الوفد خلال يومين.")["خلال يومين"] == "2019-08-07/2019-08-08"


# -- 4. clock ranges over midnight -------------------------------------------------------------------
def test_times_clock_range_over_midnight_ends_the_next_day():
    v = values("فرضت السلطات حظر التجول من الساعة التاسعة مساء حتى الخامسة صباحا.")
    a, b = v["الساعة التاسعة مساء حتى الخامسة صباحا"].split("/")
    assert (a, b) == ("2019-08-07T21:00", "2019-08-08T05:00")


def test_times_clock_range_over_midnight_with_a_day():
    v = values("فرض الجيش حظر التجول ليلة الجمعة من العاشرة مساء حتى الرابعة فجرا.")
    (val,) = v.values()
    a, b = val.split("/")
    assert a == "2019-08-02T22:00" and b == "2019-08-03T04:00" and a < b


def test_times_clock_range_within_a_day_is_unchanged():
    v = values("يفتح المعبر من الساعة الثامنة صباحا حتى الثالثة عصرا.")
    assert "2019-08-07T08:00/2019-08-07T15:00" in v.values()


# -- 5. ages and dates inside names ------------------------------------------------------------------
def test_times_ages_are_not_durations():
    assert values("توفي الشاعر عن عمر ناهز 90 عاما، ورحل شقيقه عن 77 عاما.") == {}
    assert values("أصيب الطفل (9 أعوام) ورجل يبلغ من العمر 45 عاما.") == {}
    assert values("شابة في العشرين وعمرها 20 عاما.") == {}


def test_times_real_durations_survive_the_age_check():
    assert values("استمر الحصار ثلاثة أعوام.")["ثلاثة أعوام"] == "P3Y"
    assert values("أمضى الأسير 12 عاما في السجن.")["12 عاما"] == "P12Y"


def test_times_day_month_after_a_place_noun_is_a_name():
    assert values("تجمع المحتجون في ساحة 14 آذار وفي شارع 26 يوليو قرب مدرسة 6 أكتوبر.") == {}
    assert values("اندلعت اشتباكات في حي 9 نيسان شرق المدينة.") == {}


def test_times_day_month_without_place_noun_is_still_a_date():
    assert values("في 14 آذار/مارس اجتمع المجلس.")["14 آذار/مارس"] == "2019-03-14"


def test_times_place_nouns_come_from_the_data_file():
    ctx = time_lexicon().context
    assert {"حي", "شارع", "ساحه", "ميدان", "جسر", "مدرسه"} <= ctx["place"]
    assert "قال" in ctx["past"] and "دعا" in ctx["call"]


# -- 6. «اليوم» that is not today --------------------------------------------------------------------
def test_times_the_nth_day_of_something_is_not_today():
    assert values("في اليوم الثالث من الاعتصام وصل الوفد، وغادر في اليوم التالي، قبل اليوم العالمي للمرأة.") == {}


def test_times_today_is_still_today():
    assert values("قال الوزير اليوم إن الوضع مستقر.")["اليوم"] == "2019-08-07"
    assert values("وصلت القافلة اليوم الأربعاء إلى المدينة.")["اليوم الأربعاء"] == "2019-08-07"


# -- the governing verb: imperfect announces, منذ looks back -----------------------------------------
def test_times_weekday_after_an_imperfect_verb_is_the_next_one():
    assert values("يلتقي الرئيس نظيره الفرنسي الخميس في باريس.")["الخميس"] == "2019-08-08"
    assert values("يصوت البرلمان يوم الأحد على القانون.")["يوم الأحد"] == "2019-08-11"


def test_times_imperfect_after_lam_or_impersonal_is_not_future():
    assert values("لم يحضر الوزير اجتماع الخميس.")["الخميس"] == "2019-08-01"
    assert values("يذكر أن الوزير زار المدينة الخميس.")["الخميس"] == "2019-08-01"


def test_times_since_a_day_is_in_the_past():
    v = values("تتواصل الاحتجاجات منذ السبت في العاصمة، وسيعقد البرلمان جلسة طارئة.")
    assert v["السبت"] == "2019-08-03"
    assert values("يحتشد المتظاهرون منذ 25 أغسطس أمام الوزارة.")["25 أغسطس"] == "2018-08-25"
    assert values("سيبقى المعتصمون كما هم منذ 3 أيار في الساحة.", "2020-02-10")["3 أيار"] == "2019-05-03"


# -- the night between two days ----------------------------------------------------------------------
def test_times_night_between_two_days_is_one_night():
    assert values("هز انفجار العاصمة ليل السبت-الأحد.") == {"ليل السبت-الأحد": "2019-08-03TNI"}
    assert values("تجدد القصف ليلة الأحد على الاثنين في الضواحي.") == {"ليلة الأحد على الاثنين": "2019-08-04TNI"}


def test_times_midnight_between_two_days_starts_the_second():
    assert values("بدأ سريان الهدنة منتصف ليل الاثنين الثلاثاء.") == {"منتصف ليل الاثنين الثلاثاء": "2019-08-06T00:00"}
    assert values("ستبدأ الهدنة منتصف ليل الجمعة-السبت المقبل.") == {"منتصف ليل الجمعة-السبت المقبل": "2019-08-10T00:00"}


def test_times_two_separate_days_stay_apart():
    v = values("وصل الوفد ليل السبت والتقى الرئيس الأحد.")
    assert v == {"ليل السبت": "2019-08-03TNI", "الأحد": "2019-08-04"}


def test_times_age_words_only_count_right_before_the_figure():
    # «عمر» is also a first name: a reign of 30 years stays a duration
    assert values("حكم عمر البشير البلاد 30 عاما.")["30 عاما"] == "P30Y"
    assert values("قضت المحكمة بالسجن مدة لا تقل عن 5 سنوات.")["5 سنوات"] == "P5Y"


def test_times_definite_place_noun_before_a_date_does_not_make_a_name():
    assert values("افتتحت المدرسة 14 آذار الماضي.")["14 آذار الماضي"] == "2019-03-14"
    assert values("زار الوزير الحي في 3 أغسطس.")["3 أغسطس"] == "2019-08-03"
