"""The quantities component and the number parser never crash and keep exact offsets on odd input."""
from hypothesis import given, settings, strategies as st

from rasid.document import Document
from rasid.numbers import find_numbers
from rasid.pipeline import Pipeline

_PIPE = Pipeline(["text", "quantities"], {})

PIECES = ["نحو", "أكثر من", "مقتل", "قتيل", "جرحى", "إصابة", "ألف", "آلاف", "مليون", "ونصف", "عشرات", "مئات",
          "الآلاف", "دولار", "دينار", "ليبي", "%", "بالمئة", "في المائة", "الخامس", "عشر", "والعشرين", "و",
          "بين", "من", "إلى", "-", "$", "€", "/", ":", ",", "،", ".", "«", "»", '"', "\n", "ً", "ـ", "أغسطس",
          "عام", "الساعة", "فاصلة", "ثلاثة", "وعشرون", "مئتان", "حداشر", "١٢٣", "۴۵", "1,100", "3٫5", "+20"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.integers(0, 10**13).map(str),
                          st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢٣٤٥٦٧٨٩0123456789 ،.%$\n\u064b\u0640",
                                  max_size=12)), max_size=40))
def test_quantities_random_arabic_text_keeps_offsets(parts):
    text = " ".join(parts)
    doc = Document(text)
    _PIPE(doc)
    assert doc.check_offsets() == []
    for q in doc.quantities:
        assert q.text == text[q.start:q.end]
        a, b = q.extra["number"]
        assert q.start <= a <= b <= q.end
    for n in find_numbers(text):
        assert n.text == text[n.start:n.end]


def test_quantities_odd_inputs():
    for text in ["", "   ", "no arabic here 12 apples", "«" * 50, "٥" * 5000, "ثلاثة " * 2000,
                 "و" * 100, "1/0", "0/0 و 5/0", "10" * 400]:
        doc = Document(text)
        _PIPE(doc)
        assert doc.check_offsets() == []
