"""The per-document indexes of the quotes component give the same answers as a scan of the layer."""
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

from rasid.lexicon.matcher import Match, longest_first
from rasid.quotes.sources import _Spans


def _bytearray_longest_first(matches, size):
    """The quotes package's former private resolution (occupancy bytearray), kept here as the oracle."""
    if len(matches) < 2:
        return list(matches)
    taken = bytearray(size + 1)
    chosen = []
    for m in sorted(matches, key=lambda m: (-(m.nend - m.nstart), m.nstart)):
        if taken.find(1, m.nstart, m.nend) != -1:
            continue
        taken[m.nstart:m.nend] = b"\x01" * (m.nend - m.nstart)
        chosen.append(m)
    chosen.sort(key=lambda m: m.nstart)
    return chosen


def _match(a, b, i):
    return Match(start=a, end=b, nstart=a, nend=b, key="x" * (b - a), prefix="", payloads=(i,))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=40))
def test_quotes_index_longest_first_same_as_former_private_copy(spans):
    ms = [_match(a, a + n, i) for i, (a, n) in enumerate(spans)]
    got = [(m.nstart, m.nend, m.payloads) for m in longest_first(list(ms))]
    want = [(m.nstart, m.nend, m.payloads) for m in _bytearray_longest_first(list(ms), 80)]
    assert got == want


def _rec(a, b, label):
    return SimpleNamespace(start=a, end=b, label=label)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(1, 30), st.sampled_from(["PER", "ORG"])), max_size=30),
       st.integers(-2, 130), st.integers(-2, 130))
def test_quotes_index_spans_agree_with_scans(recs, x, y):
    items = sorted((_rec(a, a + n, lab) for a, n, lab in recs), key=lambda r: r.start)
    sp = _Spans(items)
    a, b = min(x, y), max(x, y)
    assert sp.between(a, b) == [r for r in items if a <= r.start < b]
    assert (sp.max_end(x, inclusive=False) > x) == any(r.start < x < r.end for r in items)
    assert (sp.max_end(x, inclusive=True) > x) == any(r.start <= x < r.end for r in items)
    first = next((r for r in items if r.start >= x), None)
    assert sp.first_after(x) is first
    # reaching(x) skips only records that end at or before x and start before every later record
    skipped = items[:len(items) - len(list(sp.reaching(x)))]
    assert all(r.end <= x for r in skipped)


def test_quotes_index_sources_identical_on_repeated_article():
    """A document made of one of our own paragraphs repeated gives the same sources in every copy
    (the indexed lookups see only their own neighbourhood)."""
    import rasid

    para = ("وقال وزير الخارجية المصري سامح شكري للصحفيين إن المحادثات مع الوفد الليبي ستستأنف الأسبوع المقبل. "
            "وأضاف مصدر دبلوماسي رفيع المستوى في القاهرة أن الوفود وصلت بالفعل، بحسب وكالة الأنباء الرسمية.\n\n")
    one = rasid.analyze(para, published="2020-03-01")
    many = rasid.analyze(para * 40, published="2020-03-01")
    assert one.quotes and len(many.quotes) == 40 * len(one.quotes)
    sig = [(q.kind, q.cue, q.source.kind if q.source else None, q.source.text if q.source else None)
           for q in one.quotes]
    for i in range(40):
        chunk = many.quotes[i * len(one.quotes):(i + 1) * len(one.quotes)]
        got = [(q.kind, q.cue, q.source.kind if q.source else None, q.source.text if q.source else None)
               for q in chunk]
        assert got == sig
        off = i * len(para)
        assert [q.start - off for q in chunk] == [q.start for q in one.quotes]
    for q in many.quotes:
        assert many.text[q.start:q.end] == q.text
        if q.source is not None and q.source.start is not None:
            assert many.text[q.source.start:q.source.end] == q.source.text
