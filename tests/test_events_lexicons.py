"""The event data files are consistent with the ontology and with each other."""
from rasid.events.lexicon import PLOVER_TYPES, _forms, acled_types, cameo_code, trigger_entries
from rasid.lexicon import load_tsv


def test_events_every_trigger_row_has_a_plover_type_and_known_pos():
    for row in load_tsv("event_triggers.tsv").rows:
        assert row["pos"] in {"past", "pres", "verb", "part", "noun", "fixed", "phrase", "vphrase", "block"}, row
        if row["pos"] != "block":
            assert row["type"] in PLOVER_TYPES, row


def test_events_every_type_has_a_cameo_root():
    for t in PLOVER_TYPES:
        code = cameo_code(t, None)
        assert code and len(code) == 2 and code.isdigit(), t


def test_events_mode_tables_use_known_types():
    for row in load_tsv("event_modes.tsv").rows:
        for t in row["types"].split(","):
            assert t in PLOVER_TYPES, row
        assert not row["retype"] or row["retype"] in PLOVER_TYPES
    for row in load_tsv("acled_map.tsv").rows:
        assert row["type"] in PLOVER_TYPES
    for row in load_tsv("modality_cues.tsv").rows:
        assert row["modality"] in {"negated", "future", "hypothetical", "reported", "generic", "background"}
        assert row["scope"] in {"near", "clause"}


def test_events_inflection_generation():
    past = dict(_forms("قصف", "past"))
    assert {"قصف", "قصفت", "قصفوا", "قصفته"} <= set(past)
    pres = dict(_forms("يقصف", "pres"))
    assert {"يقصف", "تقصف", "يقصفون", "نقصف"} <= set(pres)
    assert pres["سيقصف"] is True and pres["يقصف"] is False
    nouns = {f for f, _ in _forms("غارة", "noun")}
    assert {"غارة", "غارات", "الغارة", "الغارات", "غارتين"} <= nouns
    assert {"هجوما", "الهجوم"} <= {f for f, _ in _forms("هجوم", "noun")}
    assert len(trigger_entries()) > 2000


def test_events_acled_lookup_prefers_mode_then_type():
    assert acled_types("ASSAULT", "drone") == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_types("ASSAULT", "unknown-mode") == ("Battles", "Armed clash")
    assert acled_types("CONSULT", None) is None


def test_events_bad_options_are_reported_with_codes():
    import pytest

    from rasid.errors import RasidError
    from rasid.events import EventCoder

    with pytest.raises(RasidError) as e:
        EventCoder({"windw_after": 3})
    assert e.value.code == "E210"
    with pytest.raises(RasidError) as e:
        EventCoder({"window_after": -1})
    assert e.value.code == "E210"
    with pytest.raises(RasidError) as e:
        EventCoder({"actorless": "some"})
    assert e.value.code == "E210"
    assert EventCoder({"actorless": "all", "window_after": 10, "dedup": False})


def test_events_unknown_type_in_a_lexicon_row_is_e211(tmp_path, monkeypatch):
    import pytest

    from rasid.errors import RasidError
    from rasid.events import lexicon as L
    from rasid.lexicon import loader

    bad = tmp_path / "event_triggers.tsv"
    bad.write_text("# name: event_triggers\n# version: 0\n# description: x\n# changelog:\nform\tpos\ttype\tmode\tframe\tnote\n"
                   "قصف\tpast\tBOMB\t\t\t\n", encoding="utf-8")
    monkeypatch.setattr(L, "load_tsv", lambda name: loader.read_tsv(bad))
    L.trigger_entries.cache_clear()
    try:
        with pytest.raises(RasidError) as e:
            L.trigger_entries()
        assert e.value.code == "E211"
    finally:
        monkeypatch.undo()
        L.trigger_entries.cache_clear()
