"""Modality: negated, future, hypothetical and reported events are recorded, never coded as fact."""
import pytest

from events_util import events, ids, one


@pytest.mark.parametrize("text,typ,modality", [
    ("ولم يلتق الرئيس التونسي قيس سعيد بوزير الخارجية الجزائري أحمد عطاف.", "CONSULT", "negated"),
    ("ولن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر هذا العام.", "CONSULT", "negated"),
    ("ونفت وزارة الخارجية الإيرانية أن تكون طهران قد أرسلت أسلحة إلى الحوثي.", "AID", "negated"),
    ("وسيلتقي وزير الخارجية الصيني وانغ يي بنظيره الجزائري.", "CONSULT", "future"),
    ("ومن المقرر أن يزور وزير الخارجية الصيني وانغ يي الجزائر الأسبوع المقبل.", "CONSULT", "future"),
    ("ويعتزم الاتحاد الأوروبي فرض عقوبات على شركات روسية.", "SANCTION", "future"),
    ("وإذا هاجمت إسرائيل إيران فإن المنطقة ستدخل في حرب.", "ASSAULT", "hypothetical"),
    ("ويتمنى ماكرون أن يلتقي الرئيس التونسي قيس سعيد قريبا.", "CONSULT", "hypothetical"),
    ("وقد يقصف الجيش السوداني مواقع قوات الدعم السريع.", "ASSAULT", "hypothetical"),
    ("وزعمت وسائل إعلام أن الجيش السوداني قصف مواقع قوات الدعم السريع.", "ASSAULT", "reported"),
])
def test_events_modality_cues(text, typ, modality):
    ev = one(text, typ)
    assert ev.modality == modality
    assert ev.extra.get("modality_cue")


def test_events_qad_with_perfect_is_an_assertion():
    ev = one("وكان الجيش السوداني قد قصف مواقع قوات الدعم السريع.", "ASSAULT")
    assert ev.modality == "asserted"


def test_events_negation_does_not_reach_a_noun_three_words_later():
    # لم تعلن عن الزيارة: the announcement is negated, not the visit
    ev = one("لكن الحكومة المغربية لم تعلن عن زيارة ماكرون إلى الجزائر.", "CONSULT")
    assert ev.modality == "asserted"


def test_events_requested_and_threatened_acts_are_not_asserted():
    evs = events("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الأطراف الليبية إلى وقف القتال.")
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and req[0].modality == "asserted"
    assert all(e.modality == "hypothetical" for e in evs if e.type != "REQUEST")
    evs = events("وهدد زعيم الحوثيين عبد الملك الحوثي السعودية بضربات جديدة.")
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert assault and assault[0].modality == "hypothetical"


def test_events_accused_acts_are_reported():
    evs = events("واتهمت وزارة الخارجية الإيرانية واشنطن بقصف مواقع في سوريا أمس.")
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert assault and assault[0].modality == "reported"


def test_events_dated_after_publication_is_future():
    ev = one("ويلتقي ماكرون بالرئيس التونسي قيس سعيد الأسبوع المقبل.", "CONSULT")
    assert ev.modality == "future"


def test_events_kama_is_not_a_negation():
    # كما (as, also) contains the letters of ما but is not a negation
    ev = one("كما اشتبك المتظاهرون مع الشرطة الأردنية في عمان.", "ASSAULT")
    assert ev.modality == "asserted"


def test_events_accused_agent_and_requested_agent():
    evs = events("وقال عطاف إن الاتفاق خرق، متهما الجيش السوداني بقصف مواقع قوات الدعم السريع.")
    acc = [e for e in evs if e.type == "ACCUSE"][0]
    assert ids(acc.target_actor) == ["saf"]
    assert "dz_fm" in ids(acc.source_actor)  # a participle's subject is the main clause's
    evs = events("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الجيش السوداني إلى وقف القتال.")
    stop = [e for e in evs if e.type == "RETREAT"][0]
    assert stop.modality == "hypothetical"
    assert "guterres" not in ids(stop.source_actor)


def test_events_background_references_are_flagged_not_dropped():
    evs = events("وزار ماكرون موقع الانفجار في بنغازي أمس.")
    blast = [e for e in evs if e.type == "ASSAULT"][0]
    assert blast.extra.get("background") is True
    fresh = one("وانفجرت سيارة مفخخة في بنغازي أمس ما أدى إلى مقتل سبعة أشخاص.", "ASSAULT")
    assert "background" not in fresh.extra
    assert blast.extra["confidence"] < fresh.extra["confidence"]
