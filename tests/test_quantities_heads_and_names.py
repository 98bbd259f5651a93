"""Casualty heads over people counts, «مليون ونصف مليون» as one figure, and digits inside names (qty3)."""
import pytest

from rasid.document import Document
from rasid.numbers import find_numbers
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline(["text", "quantities"], {})

    def _run(text):
        doc = Document(text, published="2025-05-04")
        pipe(doc)
        assert doc.check_offsets() == []
        return [(q.text, q.value, q.kind, q.unit) for q in doc.quantities]
    return _run


@pytest.mark.parametrize("text,kind", [
    ("واستشهد 8 فلسطينيين في غارة على المخيم.", "killed"),
    ("وقالت البلدية إن 120 عائلة نزحت من الحي الشرقي.", "displaced"),
    ("وأكد المتحدث أن 6 جنود استشهدوا في الكمين.", "killed"),
    ("وأعدمت السلطات 4 رجال فجر اليوم.", "killed"),
    ("وتسببت السيول في تشريد 900 نسمة.", "displaced"),
    ("وأعلن خفر السواحل إصابة 9 صيادين قرب الميناء.", "wounded"),
])
def test_quantities_people_count_takes_the_head_kind(run, text, kind):
    qs = run(text)
    assert len(qs) == 1 and qs[0][2] == kind and qs[0][3] == "person", qs


def test_quantities_people_nouns_alone_stay_people(run):
    assert run("ويعمل على الناقلة 18 بحارا من جنسيات مختلفة.")[0][1:] == (18, "people", "person")
    assert run("ويبلغ عدد سكان البلدة 40 ألف نسمة.")[0][1:] == (40000, "people", "person")
    # a unit noun keeps its unit, a ف-initial noun included
    assert run("ووقعت 9 فصائل على البيان.")[0][1:] == (9, "count", "فصائل")


def test_quantities_million_and_half_a_million_is_one_figure(run):
    qs = run("ويعيش في المخيمات مليون ونصف مليون لاجئ منذ سنوات.")
    assert [(q[1], q[2]) for q in qs] == [(1500000, "refugees")]
    assert [n.value for n in find_numbers("وصل عدد الزوار إلى ألف ونصف ألف زائر")] == [1500]
    assert [n.value for n in find_numbers("مليونان ونصف المليون")] == [2500000]
    # a different scale after ونصف is another figure
    assert [n.value for n in find_numbers("ألف ونصف مليون")] == [1500, 1000000]


@pytest.mark.parametrize("text", [
    "وانطلقت مناورات حماة الصحراء 3 بمشاركة قوات برية.",
    "وأعلنت أنقرة انتهاء عملية غصن الزيتون 2 في الريف.",
    "وعاد ملف سد النهضة 4 إلى الواجهة.",
    "وتفشى وباء كوفيد-19 في المدينة.",
    "وقررت الحكومة شراء منظومة إس-400 الروسية.",
    "وسقطت طائرة بوينغ 737 في الغابة.",
])
def test_quantities_digit_in_a_name_is_not_a_figure(run, text):
    assert run(text) == []


def test_quantities_name_head_does_not_swallow_real_figures(run):
    assert [q[1:3] for q in run("وشارك في العملية 300 جندي.")] == [(300, "people")]
    assert [q[1:3] for q in run("ونفذ الجيش عملية عسكرية أسفرت عن مقتل 7.")] == [(7, "killed")]
    assert [q[2] for q in run("وبلغت كلفة المشروع 5 مليارات دولار.")] == ["money"]
    assert [q[1:3] for q in run("وسقطت طائرة على بعد 3 كيلومترات من المطار.")][0][0] == 3
    assert [q[1] for q in run("وتأجل اجتماع سد النهضة 3 مرات.")] == [3]  # a counted noun after: a figure


def test_quantities_among_after_a_wound_phrase(run):
    qs = run("وأصيب 14 شخصا بجروح متفاوتة بينهم 5 من طلاب الجامعة.")
    assert [(q[1], q[2]) for q in qs] == [(14, "wounded"), (5, "wounded")]
    # «بينهم» right after a figure is not its counted noun
    qs = run("وقتل 9 بينهم امرأتان.")
    assert qs[0][:3] == ("9", 9, "killed")
