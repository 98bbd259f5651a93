"""Embedded acts take their arguments from the embedding frame (events10): the addressee of a request
does the requested act, the threatener does the threatened act, a denial answers the accuser and the
accused act is denied; a capital city as the subject of a political verb stands for its state; the
owner of a hit object is the target; signing an agreement is AGREE. Every test asserts type, source,
target and modality. All sentences are written for these tests."""
import json

from hypothesis import given, settings, strategies as st

from rasid.pipeline import make_document

from events_util import pipeline as nlp
from events_util import pipeline_events as evs


# -- a requested act: its agent is the request's addressee ---------------------------------------------
def test_request_addressee_is_agent_of_requested_release():
    text = ("وقال المغرب إنه يتابع التطورات باهتمام. "
            "وطالبت منظمة هيومن رايتس ووتش السلطات الأردنية بالإفراج عن الصحفيين المحتجزين.")
    [(src, tgt, mod)] = evs(text, "REQUEST")
    assert "JO" in tgt and "MA" not in src
    [(src, tgt, mod)] = evs(text, "RETREAT")
    assert src == {"JO"} and "MA" not in src and mod == "hypothetical"


def test_request_agent_with_own_genitive_is_kept():
    # the act names its own agent (انسحاب القوات التركية): the addressee does not replace it
    text = "ودعت الجامعة العربية مجلس الأمن إلى ضمان انسحاب القوات التركية من الأراضي العراقية."
    rel = evs(text, "RETREAT")
    assert rel and all(s == {"الجيش التركي"} for s, _, _ in rel)


# -- a capital city as the subject of a political verb -------------------------------------------------
def test_capital_after_fima_is_a_new_subject():
    text = ("وانتقد الاتحاد الأوروبي أوضاع السجون في تركيا، فيما رفضت أنقرة البيان الأوروبي.")
    rej = evs(text, "REJECT", "رفضت")
    assert rej
    src, tgt, mod = rej[0]
    assert src == {"TR"} and "الاتحاد الأوروبي" not in src and mod == "asserted"


def test_capital_subject_with_capital_object():
    [(src, tgt, mod)] = evs("واتهمت طهران واشنطن بتأجيج التوتر في المنطقة.", "ACCUSE")
    assert src == {"IR"} and tgt == {"US"} and mod == "asserted"


def test_capital_after_visit_verb_is_not_subject():
    text = "وزار وزير الخارجية الفرنسي القاهرة أمس والتقى نظيره المصري."
    for src, _, _ in evs(text, "CONSULT"):
        assert src != {"EG"}


# -- the owner of a hit object --------------------------------------------------------------------------
def test_owner_of_hit_object_through_link_word():
    text = "وقال الجيش التركي إن مدفعيته قصفت مخزنا للذخيرة تابعا لفصائل المعارضة في ريف حلب."
    [(src, tgt, mod)] = evs(text, "ASSAULT")
    assert "TR" in src or "الجيش التركي" in src
    assert tgt == {"فصائل المعارضة"} and mod == "asserted"


# -- a threatened act: the threatener acts on the one threatened ----------------------------------------
def test_threatener_is_agent_of_threatened_strike():
    text = "وهدد قائد الحرس الثوري الإيراني إسرائيل بشن هجوم واسع إذا تعرضت المنشآت النووية لأي اعتداء."
    [(src, tgt, mod)] = evs(text, "THREATEN")
    assert "IL" in tgt and "IL" not in src
    att = evs(text, "ASSAULT")
    assert att
    src, tgt, mod = att[0]
    assert "IL" not in src and ("IR" in src or any("الحرس الثوري" in s for s in src))
    assert "IL" in tgt and mod == "hypothetical"


# -- signing an agreement -------------------------------------------------------------------------------
def test_signing_with_long_coordinated_subject_is_agree():
    text = "ووقعت المملكة العربية السعودية والإمارات العربية المتحدة اتفاقية للتعاون الاقتصادي في الرياض."
    [(src, tgt, mod)] = evs(text, "AGREE")
    assert src | tgt == {"SA", "AE"} and mod == "asserted"


def test_occurred_is_not_signing():
    # وقعت + an event noun, the agreement named after a preposition: not a signing
    text = "ووقعت اشتباكات عنيفة بين الجيش والمسلحين بعد الاتفاق في المدينة."
    assert evs(text, "AGREE", "ووقعت") == [] and evs(text, "AGREE", "وقعت") == []


# -- a denial of an accusation --------------------------------------------------------------------------
def test_denial_of_accusation():
    text = "ونفت روسيا اتهامات بريطانية بتسليح الانفصاليين في شرق أوكرانيا."
    [(src, tgt, mod)] = evs(text, "REJECT")
    assert src == {"RU"} and tgt == {"GB"} and mod == "asserted"
    [(src, tgt, mod)] = evs(text, "ACCUSE")
    assert src == {"GB"} and tgt == {"RU"} and mod == "asserted"


def test_denied_act_agent_is_the_accused():
    text = "ونفت إيران اتهامات أمريكية بتزويد الحوثيين بالصواريخ."
    [(src, tgt, mod)] = evs(text, "AID")
    assert src == {"IR"} and "US" not in tgt and mod == "negated"
    assert any("حوثي" in t for t in tgt)


def test_denial_without_accusation_is_no_event():
    assert evs("ونفى المتحدث باسم الحكومة وجود أي خلاف داخل الائتلاف.", "REJECT") == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["نفت", "اتهامات", "القاهرة", "طالبت", "هدد", "بتوجيه", "ضربة", "وقعت",
                                 "اتفاقا", "تابعا", "لفصائل", "المعارضة", "فيما", "رفضت", "،", ".", "بالإفراج",
                                 "عن", "إيران", "مصر", "الحكومة"]), max_size=30))
def test_random_embedded_text_offsets(words):
    doc = nlp()(make_document(" ".join(words), published="2024-03-10"))
    for e in doc.events:
        ev = e.evidence
        assert 0 <= ev["start"] <= ev["end"] <= len(doc.text)
    json.dumps([e.type for e in doc.events])


def test_denial_of_unattributed_accusation():
    # no accuser named: the one who denies is the accused, never the accuser; the denied strike is negated
    text = "ونفى الجيش الباكستاني الاتهامات بقصف قرية حدودية."
    [(src, tgt, mod)] = evs(text, "ACCUSE")
    assert src == set() and tgt == {"الجيش الباكستاني"} and mod == "asserted"
    for src, tgt, mod in evs(text, "ASSAULT"):
        assert src == {"الجيش الباكستاني"} and mod == "negated"


def test_request_for_inquiry_does_not_make_addressee_the_attacker():
    text = "وطالبت منظمة العفو الدولية الحكومة النيجيرية بالتحقيق في هجوم المسلحين على قرية في ولاية زامفارا."
    for src, tgt, mod in evs(text, "ASSAULT"):
        assert "NG" not in src and "الحكومة النيجيرية" not in src


def test_threat_to_respond_to_raids_does_not_make_threatener_the_raider():
    # the raids are what the threatened response answers (after على), not the threatened act
    text = "وتوعدت حركة الجهاد الإسلامي إسرائيل بالرد على الغارات الأخيرة."
    [(src, tgt, mod)] = evs(text, "THREATEN")
    assert "IL" in tgt and "IL" not in src
    for src, tgt, mod in evs(text, "ASSAULT"):
        assert not any("الجهاد" in s for s in src)


def test_condemned_act_agent_is_the_target_of_the_condemnation():
    [(src, tgt, mod)] = evs("وانتقدت موسكو العقوبات البريطانية الجديدة.", "ACCUSE")
    assert src == {"RU"} and tgt == {"GB"} and mod == "asserted"


def test_condemned_act_without_named_agent_leaves_no_target():
    [(src, tgt, mod)] = evs("وأدانت الحكومة المغربية الهجوم الذي استهدف دورية للجيش.", "ACCUSE")
    assert src == {"الحكومة المغربية"} and tgt == set() and mod == "asserted"


def test_signing_by_titled_person_and_counterpart_is_agree():
    text = "ووقع الرئيس الغاني جون ماهاما ونظيره الإيفواري اتفاقا لترسيم الحدود البحرية."
    agr = evs(text, "AGREE")
    assert agr
    src, tgt, mod = agr[0]
    assert any("ماهاما" in s for s in src) and mod == "asserted"
