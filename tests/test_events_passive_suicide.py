"""Round 3 trigger forms: the passive perfect اغتيل and the suicide-bombing phrase فجر نفسه; فجر alone
(dawn) is not a trigger."""
from events_util import events
from rasid.events import EventCoder

RAW = EventCoder({"min_confidence": 0})


def _assaults(text):
    return [e for e in events(text, coder=RAW) if e.type == "ASSAULT" and e.modality == "asserted"]


def test_events_passive_assassination_is_an_assault():
    evs = _assaults("واغتيل وزير الخارجية الجزائري أحمد عطاف في بنغازي أمس.")
    assert evs and evs[0].extra["trigger"] == "اغتيل"


def test_events_blew_himself_up_is_an_assault():
    evs = _assaults("وقال الجيش إن مهاجما فجر نفسه قرب مقر الشرطة الأردنية في عمان أمس.")
    assert evs
    trigs = {x["trigger"] for e in evs for x in e.extra.get("evidence_all", [])} | {e.extra["trigger"] for e in evs}
    assert "فجر نفسه" in trigs, trigs
    assert evs[0].type == "ASSAULT"


def test_events_dawn_is_not_a_bombing():
    assert not _assaults("ووصل الوفد إلى عمان فجر أمس.")


def test_events_came_under_attack_targets_the_subject():
    evs = _assaults("وقالت مصادر إن قوات الأمن المصرية تعرضت لهجوم في عمان أمس.")
    assert evs, evs
    assert "eg_security" in (evs[0].target_actor or []), (evs[0].source_actor, evs[0].target_actor)
    assert "eg_security" not in (evs[0].source_actor or [])
