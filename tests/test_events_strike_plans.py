"""Round 3 non-event cues: a strike warded off (لاتقاء ضربة) is not a report of one; a strike reported
in a main clause still is."""
from events_util import events
from rasid.events import EventCoder

DEFAULT = EventCoder({})
RAW = EventCoder({"min_confidence": 0})


def _assaults(text, coder=RAW):
    return [e for e in events(text, coder=coder) if e.type == "ASSAULT" and e.modality == "asserted"]


def test_events_strike_warded_off_is_dropped():
    assert not _assaults("وسعت قطر لاتقاء ضربة إسرائيلية على إيران.")


def test_events_reported_strike_is_kept():
    assert _assaults("وقتلت قوات الدعم السريع خمسة مدنيين في إقليم دارفور أمس.", coder=DEFAULT)
