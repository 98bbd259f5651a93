"""General defect classes found on held-out text, checked on sentences written for these tests."""
import pytest

from events_util import ACTORS, events, ids

A = dict(ACTORS)
A.update({
    "AE": ("GPE", ["الإمارات"]),
    "BH": ("GPE", ["البحرين"]),
    "dpa": ("ORG", ["وكالة الأنباء الألمانية"]),
    "jazeera_reporter": ("PER", ["مراسل الجزيرة"]),
    "iaea": ("ORG", ["الوكالة الدولية للطاقة الذرية"]),
})


def evs(text):
    return events(text, actors=A)


def of(text, typ):
    return [e for e in evs(text) if e.type == typ]


def test_events_reject_obstruct_and_refuse():
    (ev,) = of("وعرقلت روسيا مشروع القرار في مجلس الأمن.", "REJECT")
    assert ids(ev.source_actor) == ["RU"] and ev.modality == "asserted"
    (ev,) = of("ورفضت الحكومة المغربية المقترح الجديد.", "REJECT")
    assert ids(ev.source_actor) == ["ma_gov"]


@pytest.mark.parametrize("text,src", [
    ("وأكدت قطر أنها لن تتنازل عن سيادتها.", "QA"),
    ("وقالت تركيا إنها لن تفتح حدودها أمام المهاجرين.", "TR"),
])
def test_events_refused_concession_is_an_asserted_reject(text, src):
    types = [(e.type, e.modality) for e in evs(text)]
    assert ("CONCEDE", "asserted") not in types
    rej = of(text, "REJECT")
    assert rej and rej[0].modality == "asserted" and ids(rej[0].source_actor) == [src]


def test_events_concession_negated_by_lam_stays_negated():
    # لم (did not) reports a fact about the past; only لن (will not) is a refusal
    assert [(e.type, e.modality) for e in of("ولم تتنازل قطر عن مطالبها.", "CONCEDE")] == [("CONCEDE", "negated")]


@pytest.mark.parametrize("text,src,tgt", [
    ("وحثت الجزائر الأطراف الليبية على الحوار.", "DZ", "LY"),
    ("وطالبت مصر إسرائيل بوقف القصف.", "EG", "IL"),
    ("وتحدث غوتيريش في المؤتمر داعيا الاتحاد الأوروبي إلى زيادة المساعدات.", "guterres", "eu"),
])
def test_events_request_feminine_and_participle_forms(text, src, tgt):
    (ev,) = of(text, "REQUEST")
    assert ids(ev.source_actor) == [src] and ids(ev.target_actor) == [tgt]


@pytest.mark.parametrize("text,outlet", [
    ("وقالت وكالة الأنباء الألمانية إن اشتباكات اندلعت في الخرطوم أمس.", "dpa"),
    ("وأفاد مراسل الجزيرة بأن الجيش التركي قصف مواقع في سوريا أمس.", "jazeera_reporter"),
])
def test_events_outlets_and_reporters_are_not_participants(text, outlet):
    got = evs(text)
    assert got  # the reported event is still coded
    assert all(outlet not in ids(e.source_actor) + ids(e.target_actor) for e in got)


def test_events_non_outlet_agency_is_still_a_participant():
    (ev,) = of("والتقى وزير الخارجية الصيني وانغ يي الوكالة الدولية للطاقة الذرية في طهران.", "CONSULT")
    assert "iaea" in ids(ev.source_actor) + ids(ev.target_actor)


def test_events_casualty_noun_takes_no_guessed_agent():
    for ev in of("وقالت وزارة الخارجية الإيرانية إن عدد القتلى بلغ سبعة أشخاص.", "ASSAULT"):
        assert "ir_mfa" not in ids(ev.source_actor)


def test_events_condemner_is_not_the_attacker():
    got = of("وأدانت وزارة الخارجية الإيرانية الهجوم على القافلة في الخرطوم أمس.", "ASSAULT")
    assert got and all("ir_mfa" not in ids(e.source_actor) for e in got)
    (acc,) = of("وأدانت وزارة الخارجية الإيرانية الهجوم على القافلة في الخرطوم أمس.", "ACCUSE")
    assert ids(acc.source_actor) == ["ir_mfa"]


@pytest.mark.parametrize("text", [
    "وقطعت السعودية والإمارات والبحرين ومصر علاقاتها الدبلوماسية مع قطر.",
    "والسعودية والإمارات والبحرين ومصر قطعت علاقاتها الدبلوماسية مع قطر.",
])
def test_events_coordinated_subjects_are_all_sources(text):
    (ev,) = of(text, "SANCTION")
    assert sorted(ids(ev.source_actor)) == ["AE", "BH", "EG", "SA"] and ids(ev.target_actor) == ["QA"]


def test_events_agreement_needs_a_concrete_act():
    assert of("وتحدث ماكرون عن الاتفاق النووي مع إيران.", "AGREE") == []
    (ev,) = of("ووقعت الجزائر وقطر اتفاقا للتعاون الاقتصادي أمس.", "AGREE")
    assert sorted(ids(ev.source_actor) + ids(ev.target_actor or [])) == ["DZ", "QA"]
    assert of("وتوصلت تركيا وروسيا إلى اتفاق بشأن سوريا.", "AGREE")
    assert of("ودخل اتفاق التهدئة بين تركيا وروسيا حيز التنفيذ أمس.", "AGREE")


def test_events_sanction_membership_suspension():
    (ev,) = of("وقرر الاتحاد الأوروبي تعليق عضوية سوريا.", "SANCTION")
    assert ids(ev.source_actor) == ["eu"] and ids(ev.target_actor) == ["SY"]
    assert ev.mode == "suspend-membership"


def test_events_cut_without_relations_is_not_a_sanction():
    assert of("وقطعت قوات الأمن المصرية الكهرباء عن الحي.", "SANCTION") == []
