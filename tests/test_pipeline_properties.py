"""Whole-pipeline properties on random and real input: never crash, every span is exact."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasid
from rasid.document import Document
from rasid.schema import validate

WORDS = ["قال", "الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "إن", "القاهرة", "بالقاهرة", "وطرابلس", "لحفتر",
         "مقتل", "14", "١٢٠", "شخصاً", "أمس", "يوم", "الثلاثاء", "أغسطس/", "آب", "2019", "«", "»", "“", "”", '"',
         "مصدر", "دبلوماسي", "رفيع", "المستوى", ".", "،", ":", "؟", "\n", "قصف", "غارة", "على", "وزارة", "الخارجية",
         "نحو", "ألف", "مليون", "دولار", "عيد", "الأضحى", "ـ", "َ", "ّ", "hello", "(", ")", "3.5", "%"]
TEXTS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "2019-08-07", "2023-03-14"]))
def test_pipeline_spans_exact_on_random_text(text, published):
    doc = rasid.analyze(text, published=published)
    assert doc.check_offsets() == []
    data = doc.to_dict()
    validate(data)
    assert Document.from_dict(json.loads(json.dumps(data))).to_dict() == data


def test_pipeline_on_seed_article_is_valid(seed_text):
    doc = rasid.analyze(seed_text, published="2019-08-07")
    assert doc.check_offsets() == []
    validate(doc.to_dict())
    # sentences: no split on ، or :, quotations stay with their speech verb
    sents = [seed_text[s.start:s.end] for s in doc.sentences]
    assert 25 <= len(sents) <= 45
    assert any(s.startswith("وأضاف المصدر:") and s.endswith("”.") for s in sents)
    assert not any(s.strip() in ("”", "“") for s in sents)
    for s in sents:
        assert s == s.strip()


def test_pipeline_on_corpus_articles(shared_dir):
    files = sorted((shared_dir / "corpus").glob("*.txt"))
    assert files
    nlp = rasid.load()
    for f in files:
        doc = nlp.analyze(f.read_text(encoding="utf-8"), published="2018-07-04")
        assert doc.check_offsets() == [], f.name
