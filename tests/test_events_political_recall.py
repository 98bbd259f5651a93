"""Recall of political (non-violent) events, round events7: trigger forms that were missing, refusals,
threats in participle/future form, concern, and argument rules (speaker of an announcement, the
previous sentence's subject, feminine verbs, joint sources, fallback targets, الحكومة, capitals).
All sentences are written for these tests."""
import pytest

from events_util import ACTORS, _CODER, events, ids
from rasid.events.annotate import annotate
from rasid.pipeline import make_document

A = dict(ACTORS)
A.update({
    "JO": ("GPE", ["الأردن", "الأردنية"]),
    "IQ": ("GPE", ["العراق", "العراقية"]),
    "JP": ("GPE", ["اليابان"]),
    "KP": ("GPE", ["كوريا الشمالية"]),
    "UA": ("GPE", ["أوكرانيا"]),
    "FR": ("GPE", ["فرنسا"]),
    "MA": ("GPE", ["المغرب"]),
    "IL": ("GPE", ["إسرائيل", "الإسرائيلي"]),
    "pa": ("ORG", ["السلطة الفلسطينية"], "PS"),
    "jo_gov": ("ORG", ["الحكومة الأردنية"], "JO"),
    "eg_mfa": ("ORG", ["وزارة الخارجية المصرية"], "EG"),
    "ru_mfa": ("ORG", ["وزارة الخارجية الروسية"], "RU"),
    "iq_interior": ("ORG", ["وزارة الداخلية العراقية"], "IQ"),
    "ly_gov": ("ORG", ["حكومة الوحدة الليبية"], "LY"),
    "ly_army": ("ORG", ["قوات الشرق الليبي"], "LY"),
    "se_mission": ("ORG", ["البعثة السويدية"], "SE"),
    "yemen_forces": ("ORG", ["القوات اليمنية"], "YE"),
    "rebels": ("ORG", ["المتمردين الحوثيين"], "YE"),
    "un_envoy": ("PER", ["المبعوث الأممي هانس برغ", "برغ"]),
    "kerry": ("PER", ["الوزير الأمريكي جون كيري", "كيري"], "US"),
    "pm": ("PER", ["رئيس الوزراء سالم العلي", "العلي"]),
})
PLACES = {"القاهرة": {"country_code": "EG", "feature_code": "PPLC", "name": "Cairo"},
          "الخليل": {"country_code": "PS", "feature_code": "PPL", "name": "Hebron"}}


def of(text, typ, **kw):
    return [e for e in events(text, actors=A, places=PLACES, **kw) if e.type == typ]


# -- trigger forms ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,src,tgt", [
    ("ودانت الحكومة الأردنية قرار الاحتلال بإغلاق المعبر.", "ACCUSE", "jo_gov", None),
    ("واستنكرت وزارة الخارجية المصرية تصريحات الوزير الإيراني.", "ACCUSE", "eg_mfa", None),
    ("وحمّلت وزارة الخارجية المصرية إسرائيل المسؤولية الكاملة عن التصعيد.", "ACCUSE", "eg_mfa", "IL"),
    ("ورفضت الحكومة الأردنية الخطة، رافضة أي حديث عن الوطن البديل.", "REJECT", "jo_gov", None),
    ("وتوافقت مصر والأردن على تنسيق المواقف في القمة.", "AGREE", "EG", None),
    ("وأرسلت قطر وفدا إلى القاهرة لبحث التهدئة.", "CONSULT", "QA", None),
    ("واتصل كيري بوزير الخارجية الجزائري أحمد عطاف أمس.", "CONSULT", "kerry", "dz_fm"),
    ("وأسرت القوات اليمنية عددا من المتمردين الحوثيين قرب المطار.", "COERCE", "yemen_forces", "rebels"),
    ("وأغلقت الأردن الحدود أمام القادمين من سوريا.", "COERCE", "JO", None),
    ("وسحبت روسيا قواتها من المدينة الشهر الماضي.", "RETREAT", "RU", None),
    ("وقرر الاتحاد الأوروبي تجميد أصول حركة حماس في أوروبا.", "SANCTION", "eu", "hamas"),
])
def test_events_new_political_trigger_forms(text, typ, src, tgt):
    evs = of(text, typ)
    assert evs, [(e.type, e.extra.get("trigger")) for e in events(text, actors=A, places=PLACES)]
    assert src in ids(evs[0].source_actor)
    if tgt:
        assert tgt in ids(evs[0].target_actor)


def test_events_blame_needs_responsibility():
    # حمل without المسؤولية is "carry", not blame
    assert not of("وحملت الطائرة مساعدات إلى الأردن.", "ACCUSE")


def test_events_meeting_noun_with_hamza_seat_before_pronoun():
    (ev,) = of("وأكد كيري خلال لقائه الرئيس التونسي قيس سعيد أمس دعم بلاده للإصلاحات.", "CONSULT")
    assert set(ids(ev.source_actor) + ids(ev.target_actor)) == {"kerry", "tn_president"}


def test_events_money_transfer_is_aid_only_with_a_currency():
    (ev,) = of("وأعلن الاتحاد الأوروبي تحويل 50 مليون يورو إلى السلطة الفلسطينية.", "AID")
    assert ids(ev.source_actor) == ["eu"] and ids(ev.target_actor) == ["pa"] and ev.mode == "economic"
    assert not of("وقرر الاتحاد الأوروبي تحويل المكتب إلى السلطة الفلسطينية.", "AID")


def test_events_delivery_to_a_capital_names_its_state():
    (ev,) = of("وقالت واشنطن إنها بدأت تسليم القاهرة طائرات مقاتلة.", "AID")
    assert ids(ev.target_actor) == ["EG"]


# -- threats, refusals, concern -----------------------------------------------------------------------
def test_events_threat_participle_after_a_threat_is_not_embedded():
    evs = of("وهددت إيران بالرد، مهددا وزيرها إسرائيل بعواقب وخيمة.", "THREATEN")
    assert evs and all(e.modality == "asserted" for e in evs)
    assert any("IL" in ids(e.target_actor) for e in evs)


def test_events_future_retaliation_is_a_future_threat():
    (ev,) = of("وقال المتحدث إن إيران سترد بقوة على أي هجوم إسرائيلي.", "THREATEN")
    assert ids(ev.source_actor) == ["IR"] and ev.modality == "future"
    # answering questions is not a threat (no retaliation cue)
    assert not of("وقال المتحدث إن إيران سترد على أسئلة الصحفيين غدا.", "THREATEN")


@pytest.mark.parametrize("text", ["وقالت الجزائر إنها لن تقبل أي تدخل أجنبي في ليبيا.",
                                  "وأكدت الجزائر أنها لا تقبل التدخل في شؤون ليبيا."])
def test_events_refused_acceptance_is_an_asserted_reject(text):
    (ev,) = of(text, "REJECT")
    assert ids(ev.source_actor) == ["DZ"] and ev.modality == "asserted"
    assert not of(text, "CONCEDE")


def test_events_asserted_acceptance_is_no_event():
    text = "وقالت الجزائر إنها تقبل الوساطة."
    assert not of(text, "CONCEDE") and not of(text, "REJECT")


def test_events_concern_about_an_act_is_accuse_but_not_about_a_situation():
    (ev,) = of("وأعربت الحكومة الأردنية عن قلقها إزاء اعتقال الصحفيين في الخليل.", "ACCUSE")
    assert ids(ev.source_actor) == ["jo_gov"] and ev.mode == "concern"
    assert not of("وأعربت الحكومة الأردنية عن قلقها من تدهور الأوضاع الاقتصادية.", "ACCUSE")


# -- arguments -----------------------------------------------------------------------------------------
def _code_with_quote(text, content, speaker_text, speaker_actor):
    doc = make_document(text, published="2024-03-10")
    annotate(doc, actors=A, places=PLACES, quotes=[(content, "indirect", speaker_text, "institutional")])
    doc.quotes[0].source.actor_id = speaker_actor
    _CODER(doc)
    return doc.events


def test_events_speaker_of_an_announcement_is_the_agent_with_both_truce_parties():
    text = "وأعلنت حكومة الوحدة الليبية هدنة مع قوات الشرق الليبي."
    evs = [e for e in _code_with_quote(text, "هدنة مع قوات الشرق الليبي", "حكومة الوحدة الليبية", "ly_gov")
           if e.type == "RETREAT"]
    assert len(evs) == 1
    assert ids(evs[0].source_actor) == ["ly_gov"] and ids(evs[0].target_actor) == ["ly_army"]


def test_events_speaker_is_not_the_agent_after_a_complementiser():
    text = "وقال المتحدث باسم الحكومة الأردنية إن المحادثات تناولت الوضع في غزة."
    evs = [e for e in _code_with_quote(text, "المحادثات تناولت الوضع في غزة", "الحكومة الأردنية", "jo_gov")
           if e.type == "CONSULT"]
    assert not any("speaker-announces" in e.extra.get("arg_rules", []) for e in evs)


def test_events_sentence_initial_verb_takes_the_previous_sentence_subject():
    text = ("وقالت البعثة السويدية إن العنف يتصاعد في الجنوب.\n\n"
            "وطالبت بضرورة فتح الممرات أمام القوافل الإنسانية.")
    (ev,) = of(text, "REQUEST")
    assert ids(ev.source_actor) == ["se_mission"]
    assert "previous-sentence-subject" in ev.extra["arg_rules"]


def test_events_feminine_dropped_subject_is_not_a_person():
    # the minister is the nearest actor, but طالبت (feminine) has the ministry as its subject
    text = ("وقالت وزارة الخارجية الروسية في بيان نقله وزير الخارجية الصيني وانغ يي إن الوضع خطير.\n\n"
            "وطالبت بوقف التصعيد فورا.")
    (ev,) = of(text, "REQUEST")
    assert ids(ev.source_actor) == ["ru_mfa"]


def test_events_support_verb_noun_takes_the_previous_sentence_subject():
    text = "وترأس كيري الاجتماع الوزاري في القاهرة أمس. وأجرى محادثات مع الرئيس التونسي قيس سعيد."
    evs = [e for e in of(text, "CONSULT") if e.extra["trigger"] == "محادثات"]
    assert evs and ids(evs[0].source_actor) == ["kerry"] and ids(evs[0].target_actor) == ["tn_president"]


def test_events_joint_parties_of_a_ceasefire_noun():
    (ev,) = of("واتفقت روسيا وتركيا على وقف إطلاق النار في إدلب.", "RETREAT")
    assert set(ids(ev.source_actor)) == {"RU", "TR"}


def test_events_fallback_target_after_against():
    (ev,) = of("وهددت كوريا الشمالية باستخدام السلاح النووي ضد اليابان.", "THREATEN")
    assert ids(ev.source_actor) == ["KP"] and ids(ev.target_actor) == ["JP"]


def test_events_fallback_target_is_not_the_complement_of_another_trigger():
    # الحرب ضد X: X is the war's opponent, not the accused
    (ev,) = of("واتهم معارضون الرئيس التونسي قيس سعيد باستغلال الحرب ضد حركة حماس.", "ACCUSE")
    assert "hamas" not in ids(ev.target_actor)


def test_events_the_government_is_the_state_named_before():
    text = ("وقالت وزارة الداخلية العراقية إن الهدوء عاد إلى البصرة. "
            "وكانت الحكومة فرضت السبت حظرا للتجوال في المدينة.")
    (ev,) = of(text, "COERCE")
    assert ids(ev.source_actor) == ["IQ"]


def test_events_pair_noun_as_object_of_a_request_gives_the_requested_parties():
    text = ("وتبادلت القوات اليمنية والمتمردين الحوثيين القصف أمس، فيما هاجمت القوات اليمنية المتمردين الحوثيين.\n\n"
            "ودعا المبعوث الأممي هانس برغ الطرفين إلى وقف فوري لإطلاق النار.")
    (req,) = of(text, "REQUEST")
    assert set(ids(req.target_actor)) == {"yemen_forces", "rebels"}
    (ret,) = of(text, "RETREAT")
    assert set(ids(ret.source_actor)) == {"yemen_forces", "rebels"} and ret.modality == "hypothetical"


def test_events_requested_act_left_without_participants_is_dropped():
    text = "ودعت وزارة الخارجية الروسية إلى وقف فوري لإطلاق النار في غزة."
    assert [e.type for e in events(text, actors=A)] == ["REQUEST"]


def test_events_each_of_x_and_y_are_joint_sources():
    (ev,) = of("وتغلق كلا من تركيا والأردن الحدود أمام القادمين من سوريا.", "COERCE")
    assert set(ids(ev.source_actor)) == {"TR", "JO"}


def test_events_partitive_object_is_the_target():
    (ev,) = of("واعتقلت القوات اليمنية عشرات من المتمردين الحوثيين أمس.", "COERCE")
    assert ids(ev.source_actor) == ["yemen_forces"] and ids(ev.target_actor) == ["rebels"]


def test_events_title_with_attached_preposition_keeps_the_person_as_subject():
    # للأمم المتحدة governs the organisation inside the title, not the person after it
    A2 = dict(A, un=("ORG", ["الأمم المتحدة"]), guterres=("PER", ["أنطونيو غوتيريش"]))
    evs = [e for e in events("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل وحركة حماس إلى وقف القتال.",
                             actors=A2) if e.type == "REQUEST"]
    assert len(evs) == 1
    assert ids(evs[0].source_actor) == ["guterres"]
    assert set(ids(evs[0].target_actor)) == {"IL", "hamas"}


def test_events_capital_as_object_names_its_state():
    places = dict(PLACES, طهران={"country_code": "IR", "feature_code": "PPLC", "name": "Tehran"})
    actors = {k: v for k, v in A.items() if k != "IR"}
    evs = [e for e in events("وتتهم الولايات المتحدة طهران بتسليح جماعات في المنطقة.", actors=actors, places=places)
           if e.type == "ACCUSE"]
    assert evs and ids(evs[0].source_actor) == ["US"] and ids(evs[0].target_actor) == ["IR"]


def test_events_release_verb_with_its_subject_between():
    (ev,) = of("وأطلقت حركة حماس سراح ثلاثة محتجزين أمس.", "RETREAT")
    assert ids(ev.source_actor) == ["hamas"] and ev.mode == "release"
    assert not of("وأطلقت حركة حماس حملة إعلامية جديدة.", "RETREAT")


def test_events_blame_with_a_long_subject():
    (ev,) = of("وحمّل رئيس الوزراء سالم العلي الحكومة الأردنية مسؤولية الأزمة.", "ACCUSE")
    assert ids(ev.source_actor) == ["pm"] and ids(ev.target_actor) == ["jo_gov"]


def test_events_two_letter_verb_urged():
    (ev,) = of("وحث الرئيس الفرنسي إيمانويل ماكرون إيران على ضبط النفس.", "REQUEST")
    assert ids(ev.source_actor) == ["macron"] and ids(ev.target_actor) == ["IR"]


def test_events_noun_after_a_future_support_verb_is_future():
    (ev,) = of("وستفرض الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION")
    assert ev.modality == "future" and ids(ev.source_actor) == ["US"] and ids(ev.target_actor) == ["IR"]
    (ev,) = of("وفرضت الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION")
    assert ev.modality == "asserted"


def test_events_welcoming_a_step_is_support_but_not_welcoming_people():
    (ev,) = of("ورحبت قطر بقرار الاتحاد الأوروبي.", "SUPPORT")
    assert ids(ev.source_actor) == ["QA"] and ev.mode == "praise"
    A2 = dict(A, refugees=("GROUP", ["اللاجئين"]))
    text = "وحثت المفوضية الأردن على الترحيب باللاجئين."
    assert not [e for e in events(text, actors={k: v for k, v in A2.items() if k != "refugees"} | {
        "group:refugees": ("GROUP", ["اللاجئين"])}) if e.type == "SUPPORT"]


def test_events_suspended_aid_is_a_sanction():
    (ev,) = of("وعلقت الولايات المتحدة مساعداتها العسكرية لمصر.", "SANCTION")
    assert ids(ev.source_actor) == ["US"] and ids(ev.target_actor) == ["EG"]
    assert not of("وعلقت الولايات المتحدة مساعداتها العسكرية لمصر.", "AID")


def test_events_pledged_money_is_aid():
    (ev,) = of("وتعهدت قطر بتقديم 500 مليون دولار للسلطة الفلسطينية.", "AID")
    assert ids(ev.source_actor) == ["QA"] and ids(ev.target_actor) == ["pa"]


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("وقال الرئيس التونسي قيس سعيد في كلمة منددا بالقصف الإسرائيلي على غزة.", "ACCUSE", "tn_president", "IL"),
    ("وتحدث الوزير الأمريكي جون كيري أمام الصحفيين منتقدا الحكومة الأردنية.", "ACCUSE", "kerry", "jo_gov"),
    ("وأصدرت وزارة الخارجية المصرية بيانا مشيدة بجهود قطر.", "SUPPORT", "eg_mfa", "QA"),
])
def test_events_statement_participles(text, typ, src, tgt):
    (ev,) = of(text, typ)
    assert ids(ev.source_actor) == [src] and ids(ev.target_actor) == [tgt] and ev.modality == "asserted"


def test_events_speaker_conjuncts_announce_together():
    text = "وأعلنت كل من السعودية والأردن قطع العلاقات مع قطر."
    evs = [e for e in _code_with_quote(text, "قطع العلاقات مع قطر", "السعودية", "SA") if e.type == "SANCTION"]
    assert len(evs) == 1
    assert set(ids(evs[0].source_actor)) == {"SA", "JO"} and ids(evs[0].target_actor) == ["QA"]


def test_events_allocated_funds_are_aid():
    (ev,) = of("وأعلن رئيس الوزراء سالم العلي رصد مخصصات مالية لإعادة بناء المدارس.", "AID")
    assert ids(ev.source_actor) == ["pm"] and ev.mode == "economic"
    # monitoring is not allocating
    assert not of("وواصل المرصد رصد الانتهاكات في المدينة.", "AID")


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("واستخدمت روسيا حق النقض ضد مشروع قرار قدمته الجزائر.", "REJECT", "RU", None),
    ("وتقود قطر وساطة بين حركة حماس وإسرائيل.", "CONSULT", "QA", "hamas"),
    ("وزودت إيران قوات الدعم السريع بطائرات مسيرة.", "AID", "IR", "rsf"),
    ("وعززت روسيا قواتها قرب الحدود.", "MOBILIZE", "RU", None),
    ("وقاطعت الجزائر القمة العربية.", "SANCTION", "DZ", None),
    ("وفرقت قوات الأمن المصرية مسيرة طلابية أمس.", "COERCE", "eg_security", None),
])
def test_events_more_political_forms(text, typ, src, tgt):
    (ev,) = of(text, typ)
    assert src in ids(ev.source_actor)
    if tgt:
        assert tgt in ids(ev.target_actor)


def test_events_reinforcing_cooperation_is_not_a_mobilisation():
    assert not of("وقررت الجزائر تعزيز التعاون مع تركيا.", "MOBILIZE")


def test_events_visit_framing_a_request_is_not_requested():
    evs = of("وطالب غوتيريش في ختام زيارة إلى ليبيا بوقف القتال.", "CONSULT")
    assert evs and evs[0].modality == "asserted" and ids(evs[0].source_actor) == ["guterres"]
    # what is asked for stays hypothetical
    asked = of("وطالب غوتيريش بزيارة عاجلة إلى ليبيا.", "CONSULT")
    assert asked and all(e.modality == "hypothetical" for e in asked)


def test_events_anaphoric_noun_after_the_verb_is_the_subject():
    A2 = dict(A, ec=("ORG", ["المفوضية الأوروبية"]))
    text = "وقالت المفوضية الأوروبية إن الوضع صعب. وحثت المفوضية الأردن على فتح الحدود."
    evs = [e for e in events(text, actors=A2) if e.type == "REQUEST"]
    assert len(evs) == 1
    assert ids(evs[0].source_actor) == ["ec"] and ids(evs[0].target_actor) == ["JO"]


def test_events_anaphoric_noun_with_a_nisba_keeps_the_nisba_actor_as_subject():
    # السلطات الأردنية: the nisba names the authorities, it is not an object
    (ev,) = of("وقالت قطر إنها قلقة. وحثت السلطات الأردنية المواطنين على الهدوء.", "REQUEST")
    assert ids(ev.source_actor) == ["JO"]


def test_events_lifting_a_freeze_on_aid_stays_aid():
    assert of("وقررت الولايات المتحدة رفع تجميد مساعداتها العسكرية لمصر.", "AID")
    assert not of("وقررت الولايات المتحدة رفع تجميد مساعداتها العسكرية لمصر.", "SANCTION")


def test_events_veto_needs_a_finite_use_verb():
    assert of("واستخدمت روسيا حق النقض ضد مشروع القرار.", "REJECT")
    # a possible veto, an instrument of a plan: no event
    assert not of("ويمكن لروسيا إفشال المشروع باستخدام حق النقض.", "REJECT")


def test_events_withdrawal_verb_needs_forces_and_insisting_needs_a_demand():
    assert of("وسحبت روسيا قواتها من محيط دمشق.", "RETREAT")
    assert not of("وسحبت روسيا منتجاتها من الأسواق.", "RETREAT")
    (ev,) = of("وأصر الرئيس التونسي قيس سعيد على أن تعتذر فرنسا.", "REQUEST")
    assert ids(ev.source_actor) == ["tn_president"]
    assert not of("وأصر الرئيس التونسي قيس سعيد على موقفه.", "REQUEST")


def test_events_each_of_after_a_verb_with_a_named_subject_is_the_object():
    text = "وقالت المصادر إن قوات الدعم السريع اقتحمت القرية، ثم اعتقلت كلا من الرئيس التونسي قيس سعيد وحمدي."
    (ev,) = of(text, "COERCE")
    assert ids(ev.source_actor) == ["rsf"] and ids(ev.target_actor) == ["tn_president"]
