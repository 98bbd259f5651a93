"""The quantities component types numbers by counted noun, currency and casualty context."""
import pytest

from rasid.document import Document
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline(["text", "quantities"], {})

    def _run(text):
        doc = Document(text, published="2024-03-10")
        pipe(doc)
        assert doc.check_offsets() == []
        return doc.quantities
    return _run


def one(qs, **want):
    hits = [q for q in qs if all(getattr(q, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(q.text, q.value, q.kind, q.unit) for q in qs])
    return hits[0]


def test_quantities_casualties_from_noun_and_cue(run):
    qs = run("أدى القصف إلى سقوط نحو 230 قتيل، وإصابة 1480 بجروح، فيما تجاوز عدد النازحين 60 ألف شخص.")
    q = one(qs, value=230)
    assert q.kind == "killed" and q.approximate and q.text == "نحو 230 قتيل"
    assert one(qs, value=1480).kind == "wounded"
    q = one(qs, value=60000)
    assert q.kind == "displaced" and q.unit == "person"


def test_quantities_cue_before_generic_noun(run):
    qs = run("أعلنت الوزارة مقتل 9 أشخاص وإصابة 21 آخرين في الانفجار.")
    assert one(qs, value=9).kind == "killed"
    assert one(qs, value=21).kind == "wounded"


def test_quantities_tail_verb_after_the_noun(run):
    qs = run("قال مسؤول إن ثلاثة من الصيادين قتلوا قرب الساحل.")
    assert one(qs, value=3).kind == "killed"


def test_quantities_other_casualty_kinds(run):
    qs = run("سجلت المنظمة 450 لاجئا و35 مفقودا، واعتقلت السلطات 80 ناشطا.")
    assert one(qs, value=450).kind == "refugees"
    assert one(qs, value=35).kind == "missing"
    assert one(qs, value=80).kind == "arrested"


def test_quantities_one_number_with_coordinated_nouns(run):
    qs = run("خلفت المواجهات 40 قتيلا وجريحا.")
    q = one(qs, value=40)
    assert q.kind == "killed" and q.extra["kinds"] == ["killed", "wounded"]


def test_quantities_money_with_iso_codes(run):
    qs = run("خصصت الحكومة 2.5 مليار دولار، ودفعت 300 دينار ليبي و12 ليرة لبنانية و90 جنيها إسترلينيا و7 دراهم.")
    assert one(qs, value=2_500_000_000).unit == "USD"
    assert one(qs, value=300).unit == "LYD"
    assert one(qs, value=12).unit == "LBP"
    assert one(qs, value=90).unit == "GBP"
    q = one(qs, value=7)
    assert q.kind == "money" and q.unit == "AED"


def test_quantities_money_symbols_and_cents(run):
    qs = run("بلغ السعر $15 ثم 8 € ثم 4 دولارات و25 سنتا.")
    assert one(qs, value=15).unit == "USD"
    assert one(qs, value=8).unit == "EUR"
    q = one(qs, value=4.25)
    assert q.kind == "money"


def test_quantities_money_intervals_and_bounds(run):
    qs = run("يتراوح الأجر بين 150 و200 دولار شهريا.")
    q = one(qs, kind="money")
    assert (q.min, q.max, q.value, q.unit) == (150, 200, None, "USD") and q.extra["interval"]
    qs = run("لا يتجاوز الراتب أقل من 90 يورو.")
    q = one(qs, kind="money")
    assert q.max == 90 and q.min is None


def test_quantities_percent_duration_count(run):
    qs = run("ارتفعت البطالة إلى 14 في المئة خلال نحو 7 أشهر، وافتتحت الوزارة 12 مدرسة.")
    assert one(qs, value=14).kind == "percent"
    q = one(qs, value=7)
    assert q.kind == "duration" and q.unit == "month" and q.approximate
    q = one(qs, value=12)
    assert q.kind == "count" and q.unit == "مدرسة"


def test_quantities_vague_lower_bounds(run):
    qs = run("فر مئات الآلاف من المدنيين، وخرج عشرات المتظاهرين.")
    q = one(qs, value=100_000)
    assert q.min == 100_000 and q.approximate and q.extra["vague"]
    assert one(qs, value=10).kind == "people"


def test_quantities_bounds(run):
    qs = run("اعتقلت الشرطة أكثر من 120 شخصا وأفرجت عن أقل من 30 منهم.")
    q = one(qs, value=120)
    assert q.min == 120 and q.kind == "arrested"
    assert one(qs, value=30).max == 30


def test_quantities_skip_dates_years_times_and_phones(run):
    qs = run("عقد الاجتماع في 14 و15 نوفمبر 2023 عند الساعة 9 و10:45، واتصلوا على 0223456789 "
             "أو +20 122 555 0101 في 3/11/2022 عام 2021.")
    assert qs == [], [(q.text, q.value) for q in qs]


def test_quantities_ordinals():
    # an ordinal adjective (الجولة الخامسة عشرة) is only reported with ordinals="all"
    pipe = Pipeline(["text", "quantities"], {"quantities": {"ordinals": "all"}})
    doc = Document("انعقدت الجولة الخامسة عشرة في كانون الأول.")
    pipe(doc)
    qs = doc.quantities
    q = one(qs, kind="ordinal")
    assert q.value == 15
    assert len(qs) == 1  # الأول inside the month name is not an ordinal


def test_quantities_standalone_ordinal_is_kept(run):
    assert one(run("الحادي والعشرين"), kind="ordinal").value == 21


def test_quantities_age_is_not_a_duration(run):
    qs = run("قال الرئيس، 68 عاما، إنه أمضى 4 أعوام في المنفى.")
    assert one(qs, value=68).kind == "other"
    assert one(qs, value=4).kind == "duration"


def test_quantities_ordinals_can_be_switched_off():
    pipe = Pipeline(["text", "quantities"], {"quantities": {"ordinals": False}})
    doc = Document("الدورة الثالثة جمعت 5 سفن")
    pipe(doc)
    assert [q.kind for q in doc.quantities] == ["count"]


def test_quantities_bad_option_is_reported():
    from rasid.errors import RasidError

    with pytest.raises(RasidError) as exc:
        Pipeline(["text", "quantities"], {"quantities": {"ordinal": False}})
    assert exc.value.code == "E141"


def test_numbers_bad_lexicon_entry_is_reported(tmp_path):
    from rasid.errors import RasidError
    from rasid.lexicon.loader import read_tsv
    from rasid.numbers import _check

    p = tmp_path / "number_words.tsv"
    p.write_text("# name: number_words\n# version: 1\n# changelog:\nform\tvalue\ttype\nسبعة\t7\tseven\n", encoding="utf-8")
    lex = read_tsv(p)
    with pytest.raises(RasidError) as exc:
        _check(lex, lex.rows[0], "type", frozenset({"unit"}))
    assert exc.value.code == "E140" and "سبعة" in exc.value.message


def test_quantities_duals_and_others(run):
    qs = run("أسفرت الغارة عن مقتل رجلين، وقتل 4 أطفال و3 آخرين، ثم أصيب 6 أشخاص وقتل 2 آخرون.")
    q = one(qs, value=2, kind="killed", start=qs[0].start)
    assert q.text == "رجلين" and q.extra["dual"]
    assert one(qs, value=4).kind == "killed"
    assert one(qs, value=3).kind == "killed"  # و3 آخرين inherits the casualty kind
    assert one(qs, value=6).kind == "wounded"  # وقتل after the noun belongs to the next clause


def test_quantities_article_digits_ordinal_and_money_after_min(run):
    qs = run("احتفلت المنظمة بالذكرى الـ65 وأنفقت مئات الملايين من الدولارات على 12000000 مستفيد.")
    assert one(qs, kind="ordinal").value == 65
    q = one(qs, kind="money")
    assert q.value == 100_000_000 and q.unit == "USD" and q.extra["vague"]
    assert one(qs, value=12_000_000).kind == "count"  # eight digits without a leading 0 is not a phone number
