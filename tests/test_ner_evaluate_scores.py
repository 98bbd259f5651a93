"""Entity-level scoring and label schemes."""
import pytest

from rasid.errors import RasidError
from rasid.ner.evaluate import label_map, map_tags, schemes, score_tags


def test_exact_span_and_type_scoring():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-GPE"], ["B-ORG", "O", "O"]]  # rasid labels; one ORG span too short
    s = score_tags(gold, pred, "anercorp")
    assert s.labels["PER"].tp == 1 and s.labels["LOC"].tp == 1  # GPE counts as LOC in anercorp
    assert s.labels["ORG"].tp == 0 and s.labels["ORG"].fp == 1 and s.labels["ORG"].fn == 1
    m = s.micro()
    assert (m.tp, m.fp, m.fn) == (2, 1, 1)
    assert m.precision == pytest.approx(2 / 3) and m.recall == pytest.approx(2 / 3)
    assert s.micro(s.core).f1 == pytest.approx(2 / 3)
    assert "micro PER/ORG/LOC" in s.table()


def test_anercorp_maps_event_to_misc_and_norp_by_group_noun():
    s = score_tags([["B-MISC", "O"]], [["B-EVENT", "O"]], "anercorp")
    assert s.labels["MISC"].tp == 1
    assert s.micro(s.core).tp == 0  # MISC is not in the headline figure
    # a group noun (العرب) is ORG in the ANERcorp convention; a nationality adjective is untagged
    s = score_tags([["B-ORG", "O", "O"]], [["B-NORP_GROUP", "O", "B-NORP"]], "anercorp")
    assert s.labels["ORG"].tp == 1 and s.micro().fp == 0
    assert map_tags(["B-NORP_GROUP", "B-NORP"], "wojood") == ["B-NORP", "B-NORP"]
    assert map_tags(["B-NORP_PLURAL", "B-NORP"], "anercorp") == ["B-ORG", "O"]


def test_wojood_ignores_types_outside_the_seven():
    gold = [["B-DATE", "I-DATE", "B-GPE", "B-OCC"]]
    pred = [["O", "O", "B-GPE", "O"]]
    s = score_tags(gold, pred, "wojood")
    assert set(s.labels) == {"GPE"}
    assert s.micro().f1 == 1.0


def test_map_tags_drops_unmapped_labels():
    assert map_tags(["B-PERS", "I-PERS", "B-MISC"], "rasid") == ["B-PER", "I-PER", "O"]


def test_label_map_is_data_and_unknown_scheme_is_an_error():
    assert {"anercorp", "wojood", "rasid"} <= set(schemes())
    assert label_map("anercorp")["FAC"] == "LOC"
    with pytest.raises(RasidError) as e:
        label_map("conll2003")
    assert e.value.code == "E121"


def test_length_mismatch_is_an_error():
    with pytest.raises(RasidError) as e:
        score_tags([["O", "O"]], [["O"]], "anercorp")
    assert e.value.code == "E122"


def test_detect_scheme_from_gold_labels():
    from rasid.ner.conll import ConllSentence
    from rasid.ner.evaluate import detect_scheme

    assert detect_scheme([ConllSentence(["عمان"], ["B-LOC"]), ConllSentence(["سعاد"], ["B-PERS"])]) == "anercorp"
    assert detect_scheme([ConllSentence(["سعاد", "امس"], ["B-PERS", "B-DATE"])]) == "wojood"
