"""Round-3 argument rules: pair nouns (الجانبان، البلدان، الزعيمان) stand for the two sides just named;
vocalised passives take their subject as target and the agent of a following ب + verbal noun; the owner
of an object noun (مواقع لـX) is the target; one actor on both sides is no interaction."""
from events_util import ACTORS, events, ids, one


def test_events_pair_noun_takes_the_sides_of_the_previous_meeting():
    evs = events("استقبل قيس سعيد أحمد عطاف أمس. واتفق الطرفان على تعزيز التنسيق الأمني.")
    agree = [e for e in evs if e.type == "AGREE"]
    assert len(agree) == 1
    assert ids(agree[0].source_actor) == ["tn_president"]
    assert ids(agree[0].target_actor) == ["dz_fm"]
    assert "pair-noun" in agree[0].extra["arg_rules"]


def test_events_pair_noun_before_the_verb_and_state_kind():
    # البلدان is about states: the two countries named, not the person named in between
    evs = events("أجرى ماكرون اتصالا. وكانت روسيا قد أعلنت موقفها من تركيا، والبلدان وقعا اتفاقية تعاون.")
    agree = [e for e in evs if e.type == "AGREE"]
    assert len(agree) == 1
    assert sorted(ids(agree[0].source_actor) + ids(agree[0].target_actor)) == ["RU", "TR"]


def test_events_without_pair_noun_the_antecedent_rule_still_applies():
    ev = one("التقى ماكرون بقيس سعيد أمس. واتفق على تعزيز التنسيق.", "AGREE")
    assert "pair-noun" not in ev.extra["arg_rules"]


def test_events_vocalised_passive_subject_is_the_target():
    ev = one("اُعتقل عطاف في الجزائر أمس.", "COERCE")
    assert ids(ev.target_actor) == ["dz_fm"]
    assert not ev.source_actor
    assert "vocalised-passive" in ev.extra["arg_rules"]


def test_events_unvocalised_verb_stays_active():
    ev = one("اعتقل الجيش السوداني عشرات الناشطين في الخرطوم أمس.", "COERCE")
    assert ids(ev.source_actor) == ["saf"]


def test_events_passive_agent_from_a_following_verbal_noun():
    evs = [e for e in events("قُتل خمسة مدنيين بقصف الجيش التركي على قرى في سوريا أمس.") if e.type == "ASSAULT"]
    assert len(evs) == 1
    assert ids(evs[0].source_actor) == ["tr_army"]
    assert ids(evs[0].target_actor) == ["group:civilians"]


def test_events_owner_of_the_object_noun_is_the_target():
    ev = one("وقالت حركة حماس إن قوات الدعم السريع هاجمت مقرات للجيش السوداني في الخرطوم.", "ASSAULT")
    assert ids(ev.source_actor) == ["rsf"]
    assert ids(ev.target_actor) == ["saf"]


def test_events_same_actor_on_both_sides_is_dropped():
    assert not [e for e in events("هجوم الجيش التركي على الجيش التركي أمس.") if e.type == "ASSAULT"]
    assert not [e for e in events("شن الجيش التركي هجوما على الجيش التركي.") if e.type == "ASSAULT"]
    # a real two-sided attack in the same shape is kept
    ev = one("هجوم الجيش التركي على قوات الدعم السريع أمس.", "ASSAULT")
    assert ids(ev.target_actor) == ["rsf"]


def test_events_re_mention_of_the_subject_is_an_apposition_not_the_object():
    actors = dict(ACTORS, envoy=("PER", ["المبعوث الأممي", "هانس غروندبرغ"]))
    ev = one("ودعا المبعوث الأممي هانس غروندبرغ الجيش السوداني إلى التهدئة.", "REQUEST", actors=actors)
    assert ids(ev.source_actor) == ["envoy"]
    assert ids(ev.target_actor) == ["saf"]


def test_events_speaker_of_a_bare_complementiser_is_not_the_agent():
    ev = one("وذكرت وزارة الخارجية الإيرانية أن قصفا عنيفا استهدف قرى في سوريا أمس وقتل خمسة مدنيين.", "ASSAULT")
    assert "ir_mfa" not in ids(ev.source_actor)


def test_events_speaker_referred_to_by_a_pronoun_stays_the_agent():
    ev = one("وقال الجيش السوداني في بيان إنه قصف مواقع قوات الدعم السريع أمس.", "ASSAULT")
    assert ids(ev.source_actor) == ["saf"]


def test_events_speech_act_types_keep_the_speaker():
    ev = one("وقال الحوثي إن جماعته ترفض أي تسوية مع السعودية.", "REJECT")
    assert "houthi" in ids(ev.source_actor)


def test_events_passive_with_subject_before_takes_no_second_subject_after():
    ev = one("وقال مسؤول إن عطاف قُتل داخل الجزائر أمس.", "ASSAULT")
    assert ids(ev.target_actor) == ["dz_fm"]


def test_events_anaphoric_noun_subject_refers_back_to_the_organisation():
    actors = dict(ACTORS, amnesty=("ORG", ["العفو الدولية"]))
    text = ("نشرت منظمة العفو الدولية تقريرا عن السجون في مصر.\n"
            "وتتهم المنظمة السلطات بتعذيب المعتقلين.")
    ev = one(text, "ACCUSE", actors=actors)
    assert ids(ev.source_actor) == ["amnesty"]
    assert ids(ev.target_actor) == ["EG"]
    assert "anaphor-subject" in ev.extra["arg_rules"]


def test_events_anaphoric_noun_prefers_the_actor_introduced_with_it():
    # the nearest organisation is the EU; الحركة points to the one introduced as حركة
    text = ("وقالت حركة حماس إن الاتحاد الأوروبي أوقف تمويل مشاريع في غزة.\n"
            "ورفضت الحركة القرار.")
    ev = one(text, "REJECT")
    assert ids(ev.source_actor) == ["hamas"]


def test_events_attribution_organisation_needs_a_pronoun_pointing_back():
    with_pron = one("وبحسب مصادر في الجيش السوداني، فإن قوات تابعة له قصفت قرى في إقليم دارفور أمس.", "ASSAULT")
    assert ids(with_pron.source_actor) == ["saf"]
    without = one("وبحسب مصادر في الجيش السوداني، فإن طائرات مجهولة قصفت قرى في إقليم دارفور أمس.", "ASSAULT")
    assert "saf" not in ids(without.source_actor)


def test_events_phrase_trigger_ending_in_its_preposition_takes_the_next_actor_as_target():
    ev = one("وقال عطاف إنه تحدث مع وانغ يي هاتفيا أمس.", "CONSULT")
    assert ids(ev.source_actor) == ["dz_fm"]
    assert ids(ev.target_actor) == ["cn_fm"]
