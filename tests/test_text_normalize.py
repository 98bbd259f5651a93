from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.normalize import fold, normalize

ARABIC = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ ًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲۳،؛؟.“”«»\n\u200f\u200c0123456789abc ﻻﷲ")),
    max_size=200,
)


def test_normalize_folds_variants():
    assert fold("أإآٱ") == "اااا"
    assert fold("مصطفى") == "مصطفي"
    assert fold("القاهرة") == "القاهره"
    assert fold("مُحَمَّد") == "محمد"
    assert fold("قــال") == "قال"
    assert fold("٢٠١٩ ۱۲") == "2019 12"
    assert fold("«نعم»، “لا”؛ لماذا؟") == '"نعم", "لا"; لماذا?'
    assert fold("فائز") == fold("فايز") or fold("فائز") == "فايز"


def test_normalize_offsets_map_back():
    text = "قالَ الرّئيسُ: «سنواصل» ٣٫٥"
    n = normalize(text)
    i = n.text.index("الرييس")
    s, e = n.to_original(i, i + len("الرييس"))
    assert text[s:e] == "الرّئيسُ"
    j = n.text.index("3.5")
    s, e = n.to_original(j, j + 3)
    assert text[s:e] == "٣٫٥"


@settings(max_examples=300)
@given(ARABIC)
def test_normalize_offsets_are_monotonic_and_exact(text):
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(text)
    prev = -1
    for i, ch in enumerate(n.text):
        o = int(n.offsets[i])
        assert o >= prev
        prev = o
        assert fold(text[o]) == "" or ch in fold(text[o])
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert ch in fold(text[s:e])


@settings(max_examples=300)
@given(ARABIC)
def test_normalize_is_fold(text):
    assert normalize(text).text == fold(text)


PRES_ALPHABET = list("ابتجحدرسعفقكلمنهويةىأإآ ًَُّـ\u200c\u200f،«»0٣") + list("ﻻﻷﺍﺑﹰﹱﷲﷺ")


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(PRES_ALPHABET), max_size=60))
def test_presentation_forms_segmented_path_equals_char_by_char(text):
    import numpy as np

    from rasid.text.normalize import _PRESENTATION_RE, _normalize_presentation, _normalize_slow

    pres = [m.start() for m in _PRESENTATION_RE.finditer(text)]
    a, b = _normalize_presentation(text, pres), _normalize_slow(text)
    assert a.text == b.text
    assert np.array_equal(a.offsets, b.offsets) and np.array_equal(a.ends, b.ends)


def test_one_ligature_in_a_long_text_keeps_offsets():
    text = "قال الوزير إن الوفد وصل. " * 200 + "ﻻ تراجع"
    n = normalize(text)
    assert n.text.endswith("لا تراجع")
    s, e = n.to_original(len(n.text) - 8, len(n.text) - 6)
    assert text[s:e] == "ﻻ"


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(PRES_ALPHABET), max_size=40))
def test_fold_equals_the_normalised_view(text):
    assert fold(text) == normalize(text).text
