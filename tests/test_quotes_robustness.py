"""The quote component never crashes and keeps every offset exact, whatever the input."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _quotes_util import run

PIECES = ["قال", "وقال", "إن", "أن", "مصدر", "مصادر", "المصدر", "مسؤول", "مصري", "رفيع المستوى", "بحسب",
          "وفقاً", "لـ", "تقرير", "الأمم المتحدة", "مستطرداً", "وأضاف", "كما", "عن", "أعلن", "في",
          "«", "»", "“", "”", '"', "‘", "’", ":", "،", ".", "-", "\n", " ", "ـ", "َ", "x", "12"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join))
def test_quotes_random_arabic_like_text_keeps_offsets(text):
    doc = run(text)
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.text
        if q.source is not None and q.source.start is not None:
            assert text[q.source.start:q.source.end] == q.source.text
    assert doc.extra["sourcing"]["quotes"] <= len(doc.quotes)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_quotes_arbitrary_unicode_never_crashes(text):
    run(text)


def test_quotes_edge_inputs():
    for text in ["", "   ", "\n\n", "«", "”\n”", "قال", "قال إن", "بحسب", "«قال: “", "English only, said he."]:
        doc = run(text)
        assert isinstance(doc.extra["sourcing"], dict)


def test_quotes_huge_text_with_unbalanced_marks():
    text = ("وقال مصدر إن «الوضع صعب " * 400) + "\n" + ("قال مسؤول إن الطريق مفتوح. " * 400)
    doc = run(text)
    assert len(doc.quotes) >= 400


def test_quotes_one_extractor_serves_threads():
    from concurrent.futures import ThreadPoolExecutor

    from rasid.pipeline import Pipeline, make_document
    from rasid.quotes import QuoteExtractor

    extractor = QuoteExtractor()
    text_layer = Pipeline(["text"])
    texts = [f"وقال مصدر أمني رقم {i} إن الطريق {'مفتوح' if i % 2 else 'مغلق'} منذ الصباح." * 3 for i in range(40)]

    def work(t):
        doc = text_layer(make_document(t))
        extractor(doc)
        return [(q.text, q.source.text) for q in doc.quotes]

    expected = [work(t) for t in texts]
    with ThreadPoolExecutor(4) as ex:
        assert list(ex.map(work, texts)) == expected
