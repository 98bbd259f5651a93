"""The reference article (../shared/corpus/seed_haftar_cairo.txt): what issue 6 must show."""
import pytest


_CACHE: dict = {}


@pytest.fixture
def seed_doc(seed_text, nlp):
    if seed_text not in _CACHE:
        from rasid.pipeline import make_document

        _CACHE[seed_text] = nlp(make_document(seed_text, published="2019-08-07"))
    return _CACHE[seed_text]


def _source(doc, prefix):
    hits = [q for q in doc.quotes if q.source is not None and (q.source.text or "").startswith(prefix)]
    assert hits, f"no quote with a source starting {prefix!r}"
    return hits[0].source


def test_quotes_seed_counts(seed_doc):
    body = [q for q in seed_doc.quotes if not q.extra.get("pullquote")]
    assert len(body) >= 8
    assert sum(q.kind == "direct" for q in body) >= 5
    prof = seed_doc.extra["sourcing"]
    assert prof["quotes"] == len(body) and prof["anonymous_share"] > 0.5


def test_quotes_seed_senior_egyptian_diplomatic_source(seed_doc):
    s = _source(seed_doc, "مصدر دبلوماسي مصري رفيع المستوى")
    assert s.kind == "anonymous"
    assert s.descriptors["nationality"] == "EG" and s.descriptors["seniority"] == "high"
    assert s.descriptors["role"] == "diplomatic" and s.descriptors["count"] == "singular"
    assert s.descriptors["affiliation"].startswith("اللجنة العليا المعنية بمتابعة ملف ليبيا")


def test_quotes_seed_libyan_source_in_eastern_camp(seed_doc):
    s = _source(seed_doc, "مصدر ليبي مسؤول")
    assert s.kind == "anonymous" and s.descriptors["nationality"] == "LY"
    assert s.descriptors["affiliation"] == "معسكر شرق ليبيا"


def test_quotes_seed_gna_military_sources(seed_doc):
    s = _source(seed_doc, "مصادر عسكرية في حكومة الوفاق")
    assert s.kind == "anonymous" and s.descriptors["count"] == "plural"
    assert s.descriptors["role"] == "military" and "حكومة الوفاق" in s.descriptors["affiliation"]


def test_quotes_seed_un_statistic_is_a_document_source(seed_doc):
    hits = [q for q in seed_doc.quotes if q.cue and q.cue.startswith("وفق")]
    assert hits and hits[0].source.kind == "document"
    assert hits[0].source.descriptors["issuer"] == "الأمم المتحدة"
    assert "1100" in hits[0].text


def test_quotes_seed_pull_quotes_and_addressee(seed_doc):
    pulls = [q for q in seed_doc.quotes if q.extra.get("pullquote")]
    assert len(pulls) == 3
    assert any(q.extra.get("addressee") == "حفتر" for q in pulls)
    assert seed_doc.check_offsets() == []
