"""CoNLL reading/writing and BIO <-> span conversion."""
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.ner.conll import TokSpan, bio_to_spans, read_conll, read_conll_string, spans_to_bio, write_tags


def test_conll_reads_tab_and_space_columns_and_skips_markers():
    text = ("زار\tO\tO\nالوزير\tO\tO\nعمان\tB-LOC\tB-Population-Center\n\n"
            "لجنة B-ORG\nالاغاثة I-ORG B-NORP\n$#$ O\n\nقال O\n")
    sents = read_conll_string(text)
    assert [s.tokens for s in sents] == [["زار", "الوزير", "عمان"], ["لجنة", "الاغاثة"], ["قال"]]
    assert sents[0].tags == ["O", "O", "B-LOC"]
    assert sents[1].tags == ["B-ORG", "I-ORG"]  # first tag column = outermost
    assert read_conll_string(text, tag_column=2)[1].tags == ["O", "B-NORP"]
    assert sents[2].line == 9


def test_conll_tokens_only_file_gets_o_tags_and_limit(tmp_path):
    p = tmp_path / "t.conll"
    p.write_text("سافر\nالى\nدمشق\n\n\n\nعاد\n", encoding="utf-8")
    sents = read_conll(p)
    assert [s.tags for s in sents] == [["O", "O", "O"], ["O"]]
    assert len(read_conll(p, limit=1)) == 1


def test_bio_to_spans_reads_iob1_iob2_bioes():
    assert bio_to_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [TokSpan(0, 2, "PER"), TokSpan(3, 4, "LOC")]
    # IOB1: I- after O starts an entity; a type change starts another
    assert bio_to_spans(["I-ORG", "I-ORG", "I-LOC", "O"]) == [TokSpan(0, 2, "ORG"), TokSpan(2, 3, "LOC")]
    assert bio_to_spans(["B-PER", "B-PER"]) == [TokSpan(0, 1, "PER"), TokSpan(1, 2, "PER")]
    assert bio_to_spans(["S-LOC", "B-ORG", "E-ORG", "O"]) == [TokSpan(0, 1, "LOC"), TokSpan(1, 3, "ORG")]
    assert bio_to_spans(["O", "O"]) == []


def test_spans_to_bio_first_span_wins_on_overlap():
    tags = spans_to_bio([TokSpan(1, 3, "ORG"), TokSpan(2, 4, "PER"), TokSpan(4, 5, "LOC")], 5)
    assert tags == ["O", "B-ORG", "I-ORG", "O", "B-LOC"]


def test_write_tags_one_per_line():
    buf = io.StringIO()
    write_tags([["B-PER", "O"], ["O"]], buf)
    assert buf.getvalue() == "B-PER\nO\n\nO\n\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "E-ORG", "S-GPE"]), max_size=30))
def test_bio_roundtrip_is_stable(tags):
    spans = bio_to_spans(tags)
    for sp in spans:
        assert 0 <= sp.start < sp.end <= len(tags)
    again = spans_to_bio(spans, len(tags))
    assert bio_to_spans(again) == spans
