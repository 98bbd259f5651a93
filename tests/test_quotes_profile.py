"""The per-document sourcing profile (doc.extra["sourcing"], serialised as top-level "sourcing")."""
import json

from _quotes_util import run
from rasid.document import Document


TEXT = ("قال مصدر أمني إن الطريق أغلق.\n"
        "وقالت وزارة الصحة: «لا إصابات جديدة».\n"
        "وارتفع عدد المصابين إلى عشرين، بحسب تقرير للمستشفى.\n"
        "وذكرت مصادر محلية أن السوق أعيد فتحه.")


def test_quotes_profile_counts_and_shares():
    prof = run(TEXT).extra["sourcing"]
    assert prof["quotes"] == 4 and prof["direct"] == 1 and prof["indirect"] == 3
    assert prof["by_source_kind"] == {"anonymous": 2, "document": 1, "institutional": 1}
    assert prof["anonymous_share"] == 0.5


def test_quotes_profile_is_serialised_and_round_trips():
    doc = run(TEXT)
    data = json.loads(doc.to_json())
    assert data["sourcing"]["quotes"] == 4
    back = Document.from_json(doc.to_json())
    assert back.extra["sourcing"] == data["sourcing"]
    assert [q.source.kind for q in back.quotes] == [q.source.kind for q in doc.quotes]


def test_quotes_profile_of_a_text_without_quotes():
    prof = run("انخفضت درجات الحرارة في العاصمة.").extra["sourcing"]
    assert prof["quotes"] == 0 and prof["anonymous_share"] == 0.0


def test_quotes_bad_lexicon_type_raises_e190(monkeypatch, tmp_path):
    import pytest

    from rasid.errors import RasidError
    from rasid.lexicon.loader import read_tsv
    import importlib

    qlex = importlib.import_module("rasid.quotes.lexicons")
    original = qlex.load_tsv

    bad = tmp_path / "cue_verbs.tsv"
    bad.write_text("# name: cue_verbs\n# version: 0\nform\tlemma\ttype\tposition\nقال\tقال\tnoun\tany\n", encoding="utf-8")
    monkeypatch.setattr(qlex, "load_tsv", lambda name: read_tsv(bad) if name == "cue_verbs.tsv" else original(name))
    qlex.lexicons.cache_clear()
    try:
        with pytest.raises(RasidError) as exc:
            qlex.lexicons()
        assert exc.value.code == "E190" and "line 2" in exc.value.message
    finally:
        monkeypatch.undo()
        qlex.lexicons.cache_clear()
