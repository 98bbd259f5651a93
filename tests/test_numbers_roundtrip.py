"""Property tests: integers written in digits (any script, with or without separators) and in
Arabic number words generated here from the integer parse back to the same integer."""
from hypothesis import given, settings, strategies as st

from rasid.numbers import parse_number

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
TENS = {2: ("عشرون", "عشرين"), 3: ("ثلاثون", "ثلاثين"), 4: ("أربعون", "أربعين"), 5: ("خمسون", "خمسين"),
        6: ("ستون", "ستين"), 7: ("سبعون", "سبعين"), 8: ("ثمانون", "ثمانين"), 9: ("تسعون", "تسعين")}
HUNDRED_STEMS = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}
SCALES = [(10**9, "مليار", ("ملياران", "مليارين"), "مليارات", "مليارا"),
          (10**6, "مليون", ("مليونان", "مليونين"), "ملايين", "مليونا"),
          (10**3, "ألف", ("ألفان", "ألفين"), "آلاف", "ألفاً")]


def below_100(n: int, d) -> str:
    units = d.draw(st.sampled_from([UNITS_M, UNITS_F]))
    if n <= 10:
        return units[n]
    if n == 11:
        return d.draw(st.sampled_from(["أحد عشر", "إحدى عشرة"]))
    if n == 12:
        return d.draw(st.sampled_from(["اثنا عشر", "اثني عشر", "اثنتا عشرة"]))
    if n < 20:
        return units[n - 10] + " " + d.draw(st.sampled_from(["عشر", "عشرة"]))
    tens = d.draw(st.sampled_from(TENS[n // 10]))
    if n % 10 == 0:
        return tens
    return units[n % 10] + d.draw(st.sampled_from([" و", " و "])) + tens


def below_1000(n: int, d) -> str:
    h, r = divmod(n, 100)
    parts = []
    if h == 1:
        parts.append(d.draw(st.sampled_from(["مئة", "مائة"])))
    elif h == 2:
        parts.append(d.draw(st.sampled_from(["مئتان", "مائتان", "مئتين", "مائتين"])))
    elif h:
        parts.append(HUNDRED_STEMS[h] + d.draw(st.sampled_from(["مئة", "مائة"])))
    if r:
        parts.append(below_100(r, d))
    return " و".join(parts)


def to_words(n: int, d) -> str:
    if n == 0:
        return "صفر"
    parts = []
    for scale, one, dual, plural, acc in SCALES:
        g, n = divmod(n, scale)
        if not g:
            continue
        if g == 1:
            parts.append(one)
        elif g == 2:
            parts.append(d.draw(st.sampled_from(dual)))
        elif 3 <= g % 100 <= 10:
            parts.append(below_1000(g, d) + " " + plural)
        elif 11 <= g % 100 <= 99:
            parts.append(below_1000(g, d) + " " + acc)
        else:
            parts.append(below_1000(g, d) + " " + one)
    if n:
        parts.append(below_1000(n, d))
    return " و".join(parts)


def with_separators(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1), st.sampled_from(["", ",", "٬"]),
       st.sampled_from(["ascii", "arabic", "persian"]))
def test_numbers_digits_parse_back(n, sep, script):
    s = with_separators(n, sep) if sep else str(n)
    if script == "arabic":
        s = s.translate(ARABIC_INDIC)
    elif script == "persian":
        s = s.translate(PERSIAN)
    p = parse_number(s)
    assert p is not None, s
    assert p.value == n, (s, p)
    assert p.text == s


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1), st.data())
def test_numbers_generated_words_parse_back(n, data):
    s = to_words(n, data)
    p = parse_number(s)
    assert p is not None, s
    assert p.value == n, (s, p.value)
    assert p.words


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.data())
def test_numbers_words_inside_a_sentence(n, data):
    s = to_words(n, data)
    text = f"قالت الوزارة إن {s} شخصا وصلوا."
    from rasid.numbers import find_numbers
    found = find_numbers(text)
    assert [f.value for f in found] == [n], (s, found)
    assert found[0].text == s
