"""Behaviour of the Arabic number parser on forms written for these tests."""
import pytest

from rasid.numbers import find_numbers, parse_number, to_number
from rasid.text import normalize


@pytest.mark.parametrize("text,value", [
    ("خمسة وعشرون", 25),
    ("ثلاثة آلاف ومئتان", 3200),
    ("مائتا", 200),
    ("مئتا ألف", 200_000),
    ("ألفان", 2000),
    ("مليار", 10**9),
    ("مليون ونصف", 1_500_000),
    ("40 ألفاً و602", 40_602),
    ("100 ألف", 100_000),
    ("1.5 مليون", 1_500_000),
    ("نصف مليون", 500_000),
    ("ثلاث مئة ألف", 300_000),
    ("ألف وخمسمئة مليون", 1_500_000_000),
    ("7 ملايين و200 ألف", 7_200_000),
    ("1,100", 1100),
    ("١٬١٠٠", 1100),
    ("3٫5", 3.5),
    ("10,8", 10.8),
    ("١١/١٠", 1.1),
    ("-١٬٢٠٠٬٠٠٠", -1_200_000),
    ("واحد فاصلة خمسة", 1.5),
    ("ثلاثة أرباع", 0.75),
    ("ثلثا", pytest.approx(2 / 3)),
    # Egyptian colloquial forms
    ("حداشر", 11),
    ("تلتمية", 300),
    ("متين واحد وعشرين", 221),
    ("تلاتة و تلاتين", 33),
    ("تلات تلاف", 3000),
    ("مليون ونص", 1_500_000),
    ("سالب خمسة فاصلة اثنين", -5.2),
])
def test_numbers_parse_value(text, value):
    assert to_number(text) == value


def test_numbers_colloquial_flag():
    assert parse_number("تمنتاشر").colloquial
    assert not parse_number("ثمانية عشر").colloquial


@pytest.mark.parametrize("text,value", [
    ("الثالث", 3), ("الخامس عشر", 15), ("الحادي والعشرين", 21), ("الحادي عشرة", 11), ("التسعون", 90),
    ("الثانية", 2), ("أول", 1),
])
def test_numbers_ordinals(text, value):
    p = parse_number(text)
    assert p is not None and p.is_ordinal and p.value == value


def test_numbers_vague_quantities_are_lower_bounds():
    for text, value in [("عشرات", 10), ("مئات", 100), ("آلاف", 1000), ("عشرات الآلاف", 10_000),
                        ("مئات الآلاف", 100_000), ("ملايين", 10**6)]:
        p = parse_number(text)
        assert p.vague and p.bound == "min" and p.approximate and p.value == value, text


def test_numbers_markers():
    p = parse_number("نحو 300")
    assert p.approximate and p.bound is None and p.value == 300 and p.marker == "نحو"
    p = parse_number("ما يزيد على 40")
    assert p.bound == "min" and not p.approximate
    p = parse_number("أقل من عشرة")
    assert p.bound == "max" and p.value == 10
    p = parse_number("50 على الأقل")
    assert p.bound == "min" and p.text == "50 على الأقل"
    p = parse_number("ونحو 12")  # a conjunction glued to the marker stays out of the span
    assert p.text == "نحو 12"


@pytest.mark.parametrize("text,value", [("15%", 15), ("15 ٪", 15), ("40 بالمئة", 40), ("سبعين في المائة", 70)])
def test_numbers_percent(text, value):
    p = parse_number(text)
    assert p.percent and p.value == value and p.text == text


def test_numbers_separate_numbers_stay_separate():
    assert [n.value for n in find_numbers("وصل 24 و26 من الجنود")] == [24, 26]
    assert [n.value for n in find_numbers("ثلاثة وأربعة")] == [3, 4]
    assert [n.value for n in find_numbers("ما بين 270 ألفا و330 ألف لاجئ")] == [270_000, 330_000]


def test_numbers_spans_on_normalised_and_original_text():
    text = "أُصيبَ ثَلاثَةُ آلافٍ ومِئَتانِ شخص"
    norm = normalize(text)
    found = find_numbers(norm)
    assert len(found) == 1 and found[0].value == 3200
    s, e = norm.to_original(found[0].start, found[0].end)
    assert text[s:e] == "ثَلاثَةُ آلافٍ ومِئَتانِ"
    direct = find_numbers(text)
    assert direct[0].text == "ثَلاثَةُ آلافٍ ومِئَتانِ"
    assert (direct[0].start, direct[0].end) == (s, e)


def test_numbers_clitics_are_outside_the_number_span():
    [n] = find_numbers("وبثلاثين")
    assert n.value == 30 and n.text == "ثلاثين" and n.prefix == "وب"
    assert find_numbers("لست أدري") == []  # ل + ست is not six
    assert find_numbers("كميات كبيرة") == []  # ك + مئات is not hundreds
    assert find_numbers("لا نعرف إن كان حيا أم ميتا.") == []  # مئتا folds like ميتاً (dead)


def test_numbers_parse_number_rejects_other_text():
    assert parse_number("قال الوزير") is None
    assert parse_number("5 و 6") is None
    assert parse_number("") is None
    assert parse_number(None) is None


def test_numbers_percent_sign_before_digits():
    [n] = find_numbers("ارتفعت الأسعار أكثر من ٪١٥ هذا العام")
    assert n.percent and n.value == 15 and n.bound == "min" and n.text == "أكثر من ٪١٥"
