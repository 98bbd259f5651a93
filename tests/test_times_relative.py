"""Relative expressions resolved against the publication date (2019-08-07, a Wednesday)."""
from times_helpers import times, values


def test_times_yesterday_today_tomorrow():
    v = values("قال الوزير أمس إن اليوم يوم حاسم، وإن الوفد يصل غداً.")
    assert v["أمس"] == "2019-08-06"
    assert v["اليوم"] == "2019-08-07"
    assert v["غداً"] == "2019-08-08"


def test_times_day_before_yesterday():
    assert values("وصل الوفد أول أمس إلى العاصمة.")["أول أمس"] == "2019-08-05"


def test_times_last_week_month_year():
    v = values("تراجعت الأسعار الأسبوع الماضي، بعد ارتفاعها الشهر الماضي، مقارنة بالعام الماضي.")
    assert v["الأسبوع الماضي"] == "2019-W31"
    assert v["الشهر الماضي"] == "2019-07"
    assert v["العام الماضي"] == "2018"
    assert [t.granularity for t in times("تراجعت الأسعار الأسبوع الماضي")] == ["week"]


def test_times_next_and_current_units():
    v = values("ستبدأ الدراسة الشهر المقبل، وتنتهي السنة القادمة، ولن يتغير شيء هذا الأسبوع.")
    assert v["الشهر المقبل"] == "2019-09"
    assert v["السنة القادمة"] == "2020"
    assert v["هذا الأسبوع"] == "2019-W32"


def test_times_since_n_days_is_a_duration_with_the_interval_in_extra():
    t = times("تتواصل الاحتجاجات منذ ثلاثة أيام في الجنوب.")
    assert [(x.text, x.value, x.granularity) for x in t] == [("منذ ثلاثة أيام", "P3D", "duration")]
    assert t[0].extra["interval"] == "2019-08-04/2019-08-07"


def test_times_last_two_days_interval():
    v = values("اجتمع الطرفان خلال اليومين الماضيين مرتين.")
    assert v["اليومين الماضيين"] == "2019-08-05/2019-08-06"


def test_times_last_n_months_interval():
    assert values("ارتفع التضخم خلال الأشهر الخمسة الماضية.")["الأشهر الخمسة الماضية"] == "2019-03/2019-07"


def test_times_vague_plural_is_vague_duration():
    t = times("شهدت المدينة اشتباكات في الأيام الماضية.")
    assert [(x.value, x.granularity, x.approximate) for x in t] == [("PXD", "duration", True)]


def test_times_mid_and_start_of_month_keep_the_month_with_a_modifier():
    t = times("تنتهي المهلة منتصف الشهر الحالي، وقد بدأت مطلع يناير/ كانون الثاني الماضي.")
    got = {x.text: (x.value, x.extra.get("mod")) for x in t}
    assert got["منتصف الشهر الحالي"] == ("2019-08", "MID")
    assert got["مطلع يناير/ كانون الثاني الماضي"] == ("2019-01", "START")


def test_times_weekday_in_past_narration_is_the_latest_on_or_before():
    v = values("التقى الرئيس نظيره يوم الثلاثاء في القصر.")
    assert v["يوم الثلاثاء"] == "2019-08-06"
    # the publication day itself (a Wednesday) counts as "on or before"
    assert values("وقع الانفجار الأربعاء قرب السوق.")["الأربعاء"] == "2019-08-07"


def test_times_weekday_in_future_context_is_the_next_one():
    assert values("سيلتقي الرئيس نظيره يوم الثلاثاء في القصر.")["يوم الثلاثاء"] == "2019-08-13"
    assert values("من المقرر أن يصل الوفد الخميس إلى العاصمة.")["الخميس"] == "2019-08-08"


def test_times_weekday_with_explicit_direction_word():
    v = values("وقع الهجوم السبت الماضي، ويعقد المجلس جلسة الأحد المقبل.")
    assert v["السبت الماضي"] == "2019-08-03"
    assert v["الأحد المقبل"] == "2019-08-11"


def test_times_part_of_day_with_weekday_and_yesterday():
    v = values("اندلعت النيران مساء الجمعة الماضية وخمدت ليلة أمس الثلاثاء.")
    assert v["مساء الجمعة الماضية"] == "2019-08-02TEV"
    assert v["ليلة أمس الثلاثاء"] == "2019-08-06TNI"


def test_times_weekday_word_meaning_one_is_not_a_weekday():
    # أحد = "one/anyone" without the article
    assert values("لم يتحدث أحد من المسؤولين.") == {}


def test_times_holiday_nearest_occurrence():
    # Eid al-Adha 1440 fell on 2019-08-11, four days after publication
    assert values("اتفق الطرفان على التهدئة قبل عيد الأضحى.")["عيد الأضحى"] == "2019-08-11"


def test_times_holiday_direction_words_and_tense():
    # published 2020-01-10: the last Eid al-Fitr was 2019-06-04, the next 2020-05-24
    assert values("احتفل السكان بعيد الفطر الماضي في الساحات.", published="2020-01-10")["عيد الفطر الماضي"] == "2019-06-04"
    assert values("سيحتفل السكان بعيد الفطر في الساحات.", published="2020-01-10")["عيد الفطر"] == "2020-05-24"
    assert values("احتفل السكان بعيد الفطر في الساحات.", published="2020-01-10")["عيد الفطر"] == "2019-06-04"


def test_times_ramadan_is_an_interval():
    t = times("ارتفعت الأسعار في رمضان الماضي.", published="2019-08-07")
    assert [(x.value, x.granularity) for x in t] == [("2019-05-06/2019-06-03", "interval")]


def test_times_now():
    assert values("لا تزال المحادثات متعثرة حتى الآن.")["حتى الآن"] == "2019-08-07"


def test_times_word_starting_like_a_future_verb_is_not_a_cue():
    # سنيا ("Sunnis") begins with س + ن but is not a future verb: the narration stays past
    assert values("خطف المسلحون 170 سنيا الخميس من المدينة.")["الخميس"] == "2019-08-01"


def test_times_day_of_the_current_month():
    assert values("تنتهي المهلة في العاشر من الشهر الجاري.")["العاشر من الشهر الجاري"] == "2019-08-10"
    assert values("صدر القرار في 20 من الشهر الماضي.")["20 من الشهر الماضي"] == "2019-07-20"


def test_times_last_n_units():
    assert values("تراجعت الأسعار في آخر يومين.")["آخر يومين"] == "2019-08-05/2019-08-06"


def test_times_month_then_day():
    assert values("أقيم الحفل في شباط 15، 2018 بالعاصمة.")["شباط 15، 2018"] == "2018-02-15"


def test_times_the_two_is_not_monday():
    # الاثنين also means "the two"
    assert values("وقع الخلاف بين الاثنين حول الميزانية.") == {}


def test_times_future_verb_in_a_reported_clause_does_not_move_the_speech_day():
    # the Tuesday is when he spoke (past); سيعلن belongs to the reported clause after إن
    assert values("قال الوزير الثلاثاء إن الحكومة سيعلن عنها قريبا.")["الثلاثاء"] == "2019-08-06"
    # but a future verb before the weekday in the same clause still points forward
    assert values("قال الوزير إن الحكومة ستعلن الخميس خطتها.")["الخميس"] == "2019-08-08"
