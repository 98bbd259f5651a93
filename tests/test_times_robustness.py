"""The times component never crashes and always produces exact offsets, whatever the input."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.pipeline import Pipeline, make_document

PIPE = Pipeline(("text", "times"))
PIECES = ["يوم", "الثلاثاء", "أمس", "بين", "24", "و26", "أغسطس", "/", " آب", "الماضي", "عام", "2019", "منذ",
          "ثلاثة", "أيام", "الساعة", "3:30", "١٥", "رمضان", "عيد الأضحى", "مطلع", "الشهر", "«", "”", "،", "\n",
          "ـ", "ً", "الأسبوع", "القادم", "ذي الحجة", "1440", "هـ", "x", "-", "إلى", "من", " ",
          # context words (time_context.tsv) and solar months
          "ليل", "منتصف", "السبت", "الأحد", "حي", "عمر", "ناهز", "عن", "عاما", "(", ")", "اليوم", "الثالث",
          "قتل", "دعا", "يلتقي", "لم", "بهمن", "1390", "آبان", "العاشرة", "مساء", "حتى", "فجرا", "يوليو", "7"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢٣٤٥٦٧٨٩0123456789 /-،.\u064b\u0640", max_size=8), max_size=30),
       st.sampled_from([None, "2019-08-07", "2000-02-29", "1990-12-31"]))
def test_times_random_arabic_text_has_exact_offsets(parts, published):
    text = " ".join(parts)
    doc = PIPE(make_document(text, published=published))
    assert doc.check_offsets() == []
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
        assert t.text.strip() == t.text and t.text
        if published is None and t.value is not None:
            # only absolute values may be given without a publication date
            assert t.granularity in ("day", "month", "year", "interval", "duration")


def test_times_odd_inputs():
    for text in ["", " ", "\n\n", "no arabic at all 2019", "«" * 50, "أمس" * 500, "12 مارس" + "ً" * 20,
                 "بين 31 و1 فبراير", "30 فبراير 2019", "0 يناير 2019", "9999 عام"]:
        doc = PIPE(make_document(text, published="2019-08-07"))
        assert doc.check_offsets() == []
