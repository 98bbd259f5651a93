"""Quantity kinds given by the head of the sentence (عدد/حصيلة X … N، X … عددهم N), by a casualty
figure before (بينهم), by body and hosting cues, and by the counted noun after ونصف المليون; ordinal
adjectives and clock times are no figures; dual number words and dual durations are read."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.document import Document
from rasid.pipeline import Pipeline

_PIPE = Pipeline(["text", "quantities"], {})


def run(text):
    doc = Document(text, published="2022-04-02")
    _PIPE(doc)
    assert doc.check_offsets() == []
    return doc.quantities


def kinds(text):
    return [(q.value, q.kind) for q in run(text)]


def test_quantities_kind_from_governing_count_far_before():
    assert kinds("وصعد عدد القتلى جراء السيول التي اجتاحت القرى الجبلية والسهول الساحلية خلال عطلة "
                 "نهاية الأسبوع إلى 212 شخصا.") == [(212, "killed")]
    assert kinds("وقدّر الهلال الأحمر عدد المهجرين من القرى الحدودية منذ مطلع الشهر الجاري بنحو 45 ألف شخص."
                 ) == [(45000, "displaced")]


def test_quantities_kind_from_pronoun_count_after_the_group():
    assert kinds("وأطلقت النيابة سراح المعتقلين في أحداث الملعب، وبلغ عددهم 64 شخصا.") == [(64, "arrested")]


def test_quantities_governor_stops_at_a_figure_in_between():
    # the governed figure is the first one; a later count of people keeps its own kind
    got = kinds("وبلغ عدد الجرحى 30 شخصا، ونقل 12 شخصا إلى العاصمة.")
    assert got[0] == (30, "wounded") and got[1] == (12, "people")


def test_quantities_among_them_inherits_the_casualty_kind():
    assert kinds("وأسفرت الغارة عن مقتل 23 شخصا، بينهم سبعة أطفال.") == [(23, "killed"), (7, "killed")]
    assert kinds("وأودى الحريق بحياة 9 أشخاص على الأقل.") == [(9, "killed")]


def test_quantities_bodies_before_the_figure_are_killed():
    assert kinds("وعثر الدفاع المدني على جثث أربعة صيادين قرب الشاطئ.") == [(4, "killed")]


def test_quantities_counted_noun_after_half_million_wins():
    qs = run("ويقيم في المخيمات أكثر من مليونين ونصف المليون مهجر.")
    assert [(q.value, q.kind) for q in qs] == [(2_500_000, "displaced")]
    assert qs[0].text.endswith("مهجر")


def test_quantities_hosting_a_nationality_is_refugees():
    assert kinds("وتستضيف المملكة نحو 700 ألف سوري منذ بداية الحرب.") == [(700000, "refugees")]


def test_quantities_ordinal_adjectives_and_clock_times_are_not_figures():
    assert run("وتوافد الزوار في ثاني أيام المعرض على الجناح.") == []
    assert run("وانتهت الجولة الرابعة من الحوار، وهي المرة الثالثة التي يتعثر فيها.") == []
    assert run("وتواصل إطلاق النار حتى الثانية فجرا.") == []


def test_quantities_dual_number_words_and_dual_durations():
    assert kinds("ووصلت ألفي خيمة إلى المخيم بعد يومين.") == [(2000, "count"), (2, "duration")]
    q = [q for q in run("وتوقفت الملاحة شهرين كاملين.") if q.kind == "duration"][0]
    assert q.value == 2 and q.unit == "month"
    assert kinds("ورصدت الحكومة مليوني دولار للمشروع.") == [(2_000_000, "money")]


def test_quantities_count_after_a_month_name_is_not_a_year():
    assert kinds("وبلغ عدد القتلى منذ 3 آذار/مارس 58 شخصا.") == [(58, "killed")]


PIECES = ["عدد", "القتلى", "عددهم", "بينهم", "جثث", "يستضيف", "ونصف المليون", "مليونين", "ألفي", "يومين",
          "الثالثة", "فجرا", "أول", "الجولة", "السابعة", "إلى", "بنحو", "12", "ألف", "شخصا", "سوري", "نازح",
          "،", ".", " ", "\n", "أكتوبر", "5"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_quantities_sentence_head_pieces_keep_offsets(text):
    for q in run(text):
        assert text[q.start:q.end] == q.text


def test_quantities_iranian_solar_date_is_not_a_figure():
    assert kinds("وأعلنت طهران في 21 مهر 1398 عن إطلاق 3 أقمار صناعية.") == [(3, "count")]
    # without a solar year the word is an ordinary noun and the figure stays
    assert kinds("وقدمت الجمعية مهر 5 عرائس.") == [(5, "count")]


def test_quantities_part_of_a_casualty_group_and_present_tense_cue():
    assert kinds("غارات جوية تقتل 12 مدنيا في الريف الشرقي") == [(12, "killed")]
    assert kinds("وقدرت المنظمة عدد النازحين بنحو 200 ألف شخص، يقيم نحو 50 ألفا منهم في مخيمات مؤقتة."
                 ) == [(200000, "displaced"), (50000, "displaced")]
    # not across a sentence end
    assert kinds("ونقل 30 جريحا إلى المستشفى. وغادر 5 منهم بعد العلاج.") == [(30, "wounded"), (5, "other")]
